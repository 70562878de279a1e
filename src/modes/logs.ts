// `logs` (docker compose logs): the CloudWatch Logs of the stack's log group, printed to stdout as
// `service | task | message`. The log group is the stack's AWS::Logs::LogGroup (`/docker-compose/<stack>`, the
// converter's name and Docker's); streams are `<stack>/<container>/<task-id>` (awslogs-stream-prefix = stack),
// and a Compose service's main container is named after it, so `service` filters by the stream prefix
// `<stack>/<service>/`. Every page of FilterLogEvents is read (Docker's `logs` had no --since and no --tail).
//
// Without `tail` lines stream out page by page (memory stays flat); with it, only the last N lines of each
// service are kept and printed in time order at the end. With `follow`, new lines keep coming (a poll every
// FOLLOW_INTERVAL_MS from the newest timestamp seen, deduplicated by event id) until the run is interrupted,
// which then ends it successfully, as Ctrl-C ends `docker compose logs -f`.

import type { FilteredLogEvent } from '@aws-sdk/client-cloudwatch-logs';
import type { ModeContext } from './index.js';
import { AwsClients, errorCode } from '../aws/clients.js';
import { verifyCredentials } from '../aws/credentials.js';
import { UserError } from '../errors.js';
import { stackTarget } from '../operate/target.js';
import { describeStack, listStackResources } from '../operate/stacks.js';
import { pointInTimeInput } from '../operate/duration.js';
import { Aborted, sleep } from '../aws/wait.js';

/** Length of the task-id prefix shown on each line (docker compose shows `web-1`; ECS task ids are 32 hex). */
const TASK_ID_SHOWN = 8;

/** Between two polls of `follow`: at most 20 calls a minute plus pages, well inside CloudWatch Logs' quotas. */
export const FOLLOW_INTERVAL_MS = 3_000;

export interface LogLine {
  timestamp: number;
  container: string;
  task: string;
  message: string;
}

export async function runLogs(context: ModeContext): Promise<void> {
  const { host, inputs } = context;
  const target = stackTarget(context);
  const { stackName } = target;
  const service = inputs.string('service');
  const startTime = pointInTimeInput('since', inputs.string('since'), Date.now());
  const tail = inputs.number('tail', { min: 0, integer: true });
  const follow = inputs.boolean('follow');
  const clients = AwsClients.forHost(host, inputs);
  try {
    await verifyCredentials(clients);
    const logGroupName = await logGroupOf(clients, stackName);
    const prefix = `${stackName}/${service !== '' ? `${service}/` : ''}`;
    host.info(`Logs of ${service !== '' ? `service ${service} in ` : ''}${stackName} since ${new Date(startTime).toISOString()} (log group ${logGroupName})${tail > 0 ? `, last ${tail} line(s) per service` : ''}.`);
    const { sdk, client } = await clients.logs();
    const kept = new Map<string, LogLine[]>();
    let printed = 0;
    let seen = 0;
    let lastTimestamp = 0;
    /** Ids of the events at the newest timestamp: `follow` starts there and must not print them twice. */
    const seenIds = new Set<string>();
    const width = { value: 0 };
    try {
      for await (const page of sdk.paginateFilterLogEvents({ client }, { logGroupName, logStreamNamePrefix: prefix, startTime })) {
        const lines = (page.events ?? []).map((event) => toLogLine(event, stackName));
        seen += lines.length;
        for (const event of page.events ?? []) {
          if ((event.timestamp ?? 0) > lastTimestamp) {
            lastTimestamp = event.timestamp ?? 0;
            seenIds.clear();
          }
          if (event.timestamp === lastTimestamp && event.eventId) seenIds.add(event.eventId);
        }
        if (tail > 0) {
          for (const line of lines) {
            const list = kept.get(line.container) ?? [];
            list.push(line);
            if (list.length > tail) list.shift();
            kept.set(line.container, list);
          }
        } else if (lines.length > 0) {
          host.writeStdout(formatLines(lines, width));
          printed += lines.length;
        }
      }
    } catch (error) {
      if (errorCode(error) === 'ResourceNotFoundException') {
        throw new UserError(`Log group ${logGroupName} does not exist in ${clients.region}: the stack has not been deployed yet, or it was deleted (its log group goes with it).`, { cause: error });
      }
      throw error;
    }
    if (tail > 0) {
      const lines = [...kept.values()].flat().sort((a, b) => a.timestamp - b.timestamp);
      if (lines.length > 0) host.writeStdout(formatLines(lines, width));
      printed = lines.length;
    }
    if (seen === 0) host.info(`No log events${service !== '' ? ` for service ${service}` : ''} since ${new Date(startTime).toISOString()}.${service !== '' ? ' Check the service name (it is the Compose service name).' : ''}`);
    else host.info(`${printed} line(s) printed.`);
    if (follow) await followLogs(host, clients, { logGroupName, prefix, stackName, since: Math.max(startTime, lastTimestamp), width, seenIds });
  } finally {
    await clients.destroy();
  }
}

/** Polls for lines newer than `since` until the run is interrupted (host.signal), printing each event once. */
async function followLogs(
  host: ModeContext['host'],
  clients: AwsClients,
  state: { logGroupName: string; prefix: string; stackName: string; since: number; width: { value: number }; seenIds: Set<string> },
): Promise<void> {
  host.info('Following new lines (interrupt to stop).');
  const { sdk, client } = await clients.logs();
  let since = state.since;
  let atSince = state.seenIds;
  try {
    for (;;) {
      await sleep(FOLLOW_INTERVAL_MS, host.signal);
      const fresh: FilteredLogEvent[] = [];
      for await (const page of sdk.paginateFilterLogEvents({ client }, { logGroupName: state.logGroupName, logStreamNamePrefix: state.prefix, startTime: since })) {
        for (const event of page.events ?? []) if (!(event.eventId && atSince.has(event.eventId) && event.timestamp === since)) fresh.push(event);
      }
      if (fresh.length === 0) continue;
      fresh.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
      host.writeStdout(formatLines(fresh.map((event) => toLogLine(event, state.stackName)), state.width));
      const newest = fresh[fresh.length - 1].timestamp ?? since;
      if (newest > since) {
        since = newest;
        atSince = new Set();
      }
      for (const event of fresh) if (event.timestamp === since && event.eventId) atSince.add(event.eventId);
    }
  } catch (error) {
    // Interrupting `follow` is how it ends: a success, as with docker compose logs -f.
    if (error instanceof Aborted || host.signal.aborted) return;
    throw error;
  }
}

/** The stack's log group; by the converter's naming rule when the stack is gone or holds none. */
async function logGroupOf(clients: AwsClients, stackName: string): Promise<string> {
  const stack = await describeStack(clients, stackName);
  if (stack) {
    const group = (await listStackResources(clients, stackName)).find((r) => r.ResourceType === 'AWS::Logs::LogGroup' && r.PhysicalResourceId);
    if (group?.PhysicalResourceId) return group.PhysicalResourceId;
  }
  return `/docker-compose/${stackName}`;
}

/** `<prefix>/<container>/<task-id>` → its parts; a stream of another shape keeps its whole name as the container. */
export function toLogLine(event: FilteredLogEvent, stackName: string): LogLine {
  const stream = event.logStreamName ?? '';
  const parts = stream.startsWith(`${stackName}/`) ? stream.slice(stackName.length + 1).split('/') : stream.split('/').slice(1);
  const [container, task] = parts.length >= 2 ? [parts.slice(0, -1).join('/'), parts[parts.length - 1]] : [stream, ''];
  return { timestamp: event.timestamp ?? 0, container, task, message: event.message ?? '' };
}

/**
 * `web    | 3f2a9c1e | message`, one output line per message line. Control characters (ANSI escapes included)
 * are dropped: a log line must not drive the terminal, and on a runner the prefix keeps a message from being
 * read as a `::workflow-command::`.
 */
export function formatLines(lines: LogLine[], width: { value: number }): string {
  for (const line of lines) width.value = Math.max(width.value, line.container.length);
  let out = '';
  for (const line of lines) {
    const head = `${line.container.padEnd(width.value)} | ${line.task.slice(0, TASK_ID_SHOWN).padEnd(TASK_ID_SHOWN)} | `;
    const text = line.message.replace(/\r\n?/g, '\n').replace(/\n$/, '').replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');
    for (const part of text.split('\n')) out += `${head}${part}\n`;
  }
  return out;
}
