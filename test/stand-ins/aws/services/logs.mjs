// CloudWatch Logs (awsJson1_1, Logs_20140328): read paths over seeded log events.
import { ACCOUNT, REGION, paginate } from '../state.mjs';
import { AwsError, list } from '../protocols.mjs';

function group(state, name) {
  const g = state.logGroups.get(name);
  if (!g) throw new AwsError('ResourceNotFoundException', 'The specified log group does not exist.', 400);
  return g;
}

/** Add events to a stream, creating group and stream as needed (control API helper). */
export function seedLogs(state, logGroupName, logStreamName, events) {
  if (!state.logGroups.has(logGroupName)) state.logGroups.set(logGroupName, { name: logGroupName, createdAt: Date.now(), streams: new Map() });
  const g = state.logGroups.get(logGroupName);
  if (!g.streams.has(logStreamName)) g.streams.set(logStreamName, { createdAt: Date.now(), events: [] });
  const stream = g.streams.get(logStreamName);
  const now = Date.now();
  events.forEach((e, i) => {
    const ev = typeof e === 'string' ? { message: e } : e;
    stream.events.push({ timestamp: ev.timestamp ?? now - (events.length - i), message: ev.message, ingestionTime: now });
  });
  stream.events.sort((a, b) => a.timestamp - b.timestamp);
}

function inRange(e, p) {
  return (p.startTime === undefined || e.timestamp >= p.startTime) && (p.endTime === undefined || e.timestamp <= p.endTime);
}

/** Filter patterns: only plain terms (all must appear) and "quoted phrases"; enough for tests. */
function matchesPattern(message, pattern) {
  if (!pattern) return true;
  const terms = [...String(pattern).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
  return terms.every((t) => message.includes(t));
}

export const logs = {
  FilterLogEvents(state, p) {
    const g = group(state, p.logGroupName);
    const names = [...g.streams.keys()].filter((n) => (!list(p.logStreamNames).length || list(p.logStreamNames).includes(n)) && (!p.logStreamNamePrefix || n.startsWith(p.logStreamNamePrefix)));
    const events = names
      .flatMap((n) => g.streams.get(n).events.map((e, i) => ({ logStreamName: n, timestamp: e.timestamp, message: e.message, ingestionTime: e.ingestionTime, eventId: `${n}/${i}` })))
      .filter((e) => inRange(e, p) && matchesPattern(e.message, p.filterPattern))
      .sort((a, b) => a.timestamp - b.timestamp || a.eventId.localeCompare(b.eventId));
    const { page, nextToken } = paginate(events, p.nextToken, p.limit, state.pageSize, 'fle');
    return { events: page, nextToken, searchedLogStreams: names.map((n) => ({ logStreamName: n, searchedCompletely: true })) };
  },

  GetLogEvents(state, p) {
    const g = group(state, p.logGroupName);
    const stream = g.streams.get(p.logStreamName);
    if (!stream) throw new AwsError('ResourceNotFoundException', 'The specified log stream does not exist.', 400);
    const events = stream.events.filter((e) => inRange(e, p));
    const size = Math.min(Number(p.limit) || state.pageSize, 10000);
    // Tokens are f/<index> (forward) and b/<index> (backward); at the end of the stream the
    // same forward token comes back, which is how AWS signals "no more events".
    let start;
    if (p.nextToken) {
      const m = /^([fb])\/(\d+)$/.exec(String(p.nextToken));
      if (!m) throw new AwsError('InvalidParameterException', 'The specified nextToken is invalid.', 400);
      start = m[1] === 'f' ? Number(m[2]) : Math.max(0, Number(m[2]) - size);
    } else {
      start = p.startFromHead === true ? 0 : Math.max(0, events.length - size);
    }
    const page = events.slice(start, start + size).map(({ timestamp, message, ingestionTime }) => ({ timestamp, message, ingestionTime }));
    return { events: page, nextForwardToken: `f/${start + page.length}`, nextBackwardToken: `b/${start}` };
  },

  DescribeLogStreams(state, p) {
    const g = group(state, p.logGroupName);
    let streams = [...g.streams.entries()]
      .filter(([n]) => !p.logStreamNamePrefix || n.startsWith(p.logStreamNamePrefix))
      .map(([n, s]) => ({
        logStreamName: n,
        creationTime: s.createdAt,
        firstEventTimestamp: s.events[0]?.timestamp,
        lastEventTimestamp: s.events.at(-1)?.timestamp,
        lastIngestionTime: s.events.at(-1)?.ingestionTime,
        arn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${g.name}:log-stream:${n}`,
        storedBytes: 0,
      }));
    streams = p.orderBy === 'LastEventTime'
      ? streams.sort((a, b) => (a.lastEventTimestamp ?? 0) - (b.lastEventTimestamp ?? 0))
      : streams.sort((a, b) => a.logStreamName.localeCompare(b.logStreamName));
    if (p.descending === true) streams.reverse();
    const { page, nextToken } = paginate(streams, p.nextToken, p.limit, state.pageSize, 'dls');
    return { logStreams: page, nextToken };
  },

  DescribeLogGroups(state, p) {
    const groups = [...state.logGroups.values()].filter((g) => !p.logGroupNamePrefix || g.name.startsWith(p.logGroupNamePrefix));
    const { page, nextToken } = paginate(groups, p.nextToken, p.limit, state.pageSize, 'dlg');
    return { logGroups: page.map((g) => ({ logGroupName: g.name, creationTime: g.createdAt, arn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${g.name}:*`, storedBytes: 0 })), nextToken };
  },
};
