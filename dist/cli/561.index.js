export const id = 561;
export const ids = [561];
export const modules = {

/***/ 7404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ StackEventStream),
/* harmony export */   qF: () => (/* binding */ formatEvent)
/* harmony export */ });
/* unused harmony export toReportEvent */
// The stack events of one operation, each streamed once. DescribeStackEvents returns newest first; a poll reads
// pages only until it meets an event already seen or one older than the operation, so a steady poll is one call.
// Only this operation's events count: those carrying its ClientRequestToken, or (when CloudFormation gives none)
// those at or after its start. The stack's own event (LogicalResourceId = stack name) gives its status, so the
// waiter learns the final state from the same call.
class StackEventStream {
    clients;
    scope;
    seen = new Set();
    /** This operation's events, oldest first. */
    events = [];
    /** The newest status of the stack itself, from its own events. */
    stackStatus;
    stackStatusReason;
    constructor(clients, scope) {
        this.clients = clients;
        this.scope = scope;
    }
    belongs(event) {
        // The REVIEW_IN_PROGRESS event comes from creating the change set, not from the operation.
        if (event.ResourceStatus === 'REVIEW_IN_PROGRESS')
            return false;
        if (event.ClientRequestToken && this.scope.clientRequestToken)
            return event.ClientRequestToken === this.scope.clientRequestToken;
        return (event.Timestamp?.getTime() ?? 0) >= this.scope.since.getTime();
    }
    /** Fetches the events new since the last poll, oldest first (each returned once). */
    async poll() {
        const { sdk, client } = await this.clients.cloudFormation();
        const fresh = [];
        let token;
        pages: do {
            const page = await client.send(new sdk.DescribeStackEventsCommand({ StackName: this.scope.stackId, NextToken: token }));
            for (const event of page.StackEvents ?? []) {
                if (!event.EventId)
                    continue;
                if (this.seen.has(event.EventId))
                    break pages;
                if (!this.belongs(event)) {
                    // Older than the operation: everything after it on later pages is older still.
                    if ((event.Timestamp?.getTime() ?? 0) < this.scope.since.getTime())
                        break pages;
                    continue;
                }
                fresh.push(event);
            }
            token = page.NextToken;
        } while (token);
        fresh.reverse();
        const added = [];
        for (const event of fresh) {
            if (this.seen.has(event.EventId))
                continue;
            this.seen.add(event.EventId);
            const converted = toReportEvent(event);
            this.events.push(converted);
            added.push(converted);
            if (event.LogicalResourceId === this.scope.stackName && event.ResourceType === 'AWS::CloudFormation::Stack') {
                this.stackStatus = event.ResourceStatus;
                this.stackStatusReason = event.ResourceStatusReason;
            }
        }
        return added;
    }
    /** Remembers every current event as seen without streaming it (events of earlier operations). */
    async skipExisting() {
        const { sdk, client } = await this.clients.cloudFormation();
        const page = await client.send(new sdk.DescribeStackEventsCommand({ StackName: this.scope.stackId }));
        for (const event of page.StackEvents ?? [])
            if (event.EventId)
                this.seen.add(event.EventId);
    }
    /** The root cause of a failure: the first *_FAILED events that are not the cascade ("Resource creation cancelled"). */
    rootCauses(limit = 3) {
        const failed = this.events.filter((e) => /_FAILED$/.test(e.status) && e.type !== 'AWS::CloudFormation::Stack');
        const real = failed.filter((e) => !/cancelled|canceled/i.test(e.reason ?? ''));
        const chosen = (real.length ? real : failed).slice(0, limit);
        if (chosen.length === 0) {
            const stack = this.events.filter((e) => e.type === 'AWS::CloudFormation::Stack' && e.reason).slice(-1);
            return stack;
        }
        return chosen;
    }
}
function toReportEvent(event) {
    const converted = {
        timestamp: (event.Timestamp ?? new Date(0)).toISOString(),
        logicalId: event.LogicalResourceId ?? '',
        type: event.ResourceType ?? '',
        status: event.ResourceStatus ?? '',
    };
    if (event.ResourceStatusReason)
        converted.reason = event.ResourceStatusReason;
    if (event.PhysicalResourceId)
        converted.physicalId = event.PhysicalResourceId;
    return converted;
}
/** One log line per event: `12:01:02 WebService AWS::ECS::Service CREATE_IN_PROGRESS Resource creation Initiated`. */
function formatEvent(event) {
    const time = event.timestamp.slice(11, 19);
    return `${time} ${event.logicalId.padEnd(28)} ${event.type.padEnd(40)} ${event.status}${event.reason ? `  ${event.reason}` : ''}`;
}


/***/ }),

/***/ 6308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _E: () => (/* binding */ Pacer),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   aG: () => (/* binding */ Aborted),
/* harmony export */   ab: () => (/* binding */ waitForStackOperation),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony exports DEFAULT_INTERVALS_MS, CALLS_PER_MINUTE */
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7404);
/* harmony import */ var _stacks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3596);
// Pacing of every poll loop (change set creation, stack operations): quick first polls so short operations end
// quickly, then a steady interval of at most 5 s, and never more than 30 AWS calls in any minute in total
// (counted from the CallLog, so lookups and diagnostics share the budget). Every wait is abortable through the
// Host's signal, so a cancelled job stops waiting at once.


/** Rejects with this when the run is cancelled (SIGINT/SIGTERM) during a wait. */
class Aborted extends Error {
    constructor() {
        super('cancelled');
        this.name = 'Aborted';
    }
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(new Aborted());
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(new Aborted());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
const DEFAULT_INTERVALS_MS = [500, 1000, 2000, 3000];
const CALLS_PER_MINUTE = 30;
class Pacer {
    calls;
    signal;
    polls = 0;
    intervals;
    budget;
    now;
    /** The budget counts the calls made since this pacer began (its wait), not the lookups before it. */
    since;
    constructor(calls, signal, options = {}) {
        this.calls = calls;
        this.signal = signal;
        this.intervals = options.intervalsMs ?? DEFAULT_INTERVALS_MS;
        this.budget = options.callsPerMinute ?? CALLS_PER_MINUTE;
        this.now = options.now ?? Date.now;
        this.since = this.now();
    }
    /** Calls of this wait within the last minute. */
    recentCalls() {
        const windowStart = Math.max(this.since - 1, this.now() - 60_000);
        const times = [];
        for (let i = this.calls.calls.length - 1; i >= 0 && this.calls.calls[i].time > windowStart; i--)
            times.push(this.calls.calls[i].time);
        return times.reverse();
    }
    /** Waits before the next poll, which will make `nextCalls` calls: the interval, then as long as the budget needs. */
    async pause(nextCalls = 1) {
        const interval = this.intervals[Math.min(this.polls, this.intervals.length - 1)];
        this.polls++;
        await sleep(interval, this.signal);
        // The window slides: wait until enough of the oldest calls inside it have left.
        for (;;) {
            const recent = this.recentCalls();
            if (recent.length + nextCalls <= this.budget)
                return;
            const leaving = recent[recent.length + nextCalls - this.budget - 1];
            await sleep(Math.max(100, Math.min(5_000, leaving + 60_000 - this.now() + 10)), this.signal);
        }
    }
}
/** 5 400 000 → `1h30m`, 42 000 → `42s`: a duration in a message (waits, timeouts, the sweep's ages). */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const parts = [];
    let rest = Math.round(ms / 1000);
    for (const [unit, seconds] of [['d', 86_400], ['h', 3_600], ['m', 60], ['s', 1]]) {
        const n = Math.floor(rest / seconds);
        if (n > 0)
            parts.push(`${n}${unit}`);
        rest -= n * seconds;
    }
    return parts.join('');
}
/**
 * Streams the operation's events until the stack reaches a final state. One DescribeStackEvents per poll; a
 * DescribeStacks with each heartbeat (about every 30 s) as a backstop in case the stack's own event is missed.
 */
async function waitForStackOperation(clients, scope, options) {
    const now = options.now ?? Date.now;
    const pacer = options.pacer ?? new Pacer(clients.calls, options.signal);
    const heartbeatMs = options.heartbeatMs ?? 30_000;
    const stream = new _events_js__WEBPACK_IMPORTED_MODULE_1__/* .StackEventStream */ .$R(clients, scope);
    const started = now();
    let lastHeartbeat = started;
    let status = 'UNKNOWN';
    const { sdk, client } = await clients.cloudFormation();
    try {
        for (;;) {
            if (now() - started >= options.timeoutMs)
                return { status, outcome: 'timeout', stream };
            await pacer.pause();
            for (const event of await stream.poll())
                options.log((0,_events_js__WEBPACK_IMPORTED_MODULE_1__/* .formatEvent */ .qF)(event));
            if (stream.stackStatus)
                status = stream.stackStatus;
            if ((0,_stacks_js__WEBPACK_IMPORTED_MODULE_0__/* .isFinal */ .dR)(stream.stackStatus))
                return { status, reason: stream.stackStatusReason, outcome: 'final', finalSeenAt: now(), stream };
            if (now() - lastHeartbeat >= heartbeatMs) {
                lastHeartbeat = now();
                const described = await client.send(new sdk.DescribeStacksCommand({ StackName: scope.stackId }));
                const stack = described.Stacks?.[0];
                status = stack?.StackStatus ?? status;
                if ((0,_stacks_js__WEBPACK_IMPORTED_MODULE_0__/* .isFinal */ .dR)(status) || (!(0,_stacks_js__WEBPACK_IMPORTED_MODULE_0__/* .isInProgress */ .LT)(status) && status !== 'REVIEW_IN_PROGRESS' && status !== 'UNKNOWN')) {
                    // The stack's own final event was missed (or never streamed): catch the last events, then stop.
                    for (const event of await stream.poll())
                        options.log((0,_events_js__WEBPACK_IMPORTED_MODULE_1__/* .formatEvent */ .qF)(event));
                    return { status, reason: stack?.StackStatusReason, outcome: 'final', finalSeenAt: now(), stream };
                }
                const active = new Set(stream.events.filter((e) => e.status.endsWith('_IN_PROGRESS')).map((e) => e.logicalId));
                for (const e of stream.events)
                    if (!e.status.endsWith('_IN_PROGRESS'))
                        active.delete(e.logicalId);
                options.log(`… still waiting: ${scope.stackName} is ${status} after ${formatDuration(now() - started)}${active.size ? ` (in progress: ${[...active].slice(0, 5).join(', ')}${active.size > 5 ? ', …' : ''})` : ''}`);
            }
        }
    }
    catch (error) {
        if (error instanceof Aborted)
            return { status, outcome: 'aborted', stream };
        throw error;
    }
}


/***/ }),

/***/ 8561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FOLLOW_INTERVAL_MS: () => (/* binding */ FOLLOW_INTERVAL_MS),
/* harmony export */   formatLines: () => (/* binding */ formatLines),
/* harmony export */   runLogs: () => (/* binding */ runLogs),
/* harmony export */   toLogLine: () => (/* binding */ toLogLine)
/* harmony export */ });
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(201);
/* harmony import */ var _aws_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6963);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _operate_target_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9344);
/* harmony import */ var _operate_stacks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4231);
/* harmony import */ var _operate_duration_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(650);
/* harmony import */ var _aws_wait_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6308);
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







/** Length of the task-id prefix shown on each line (docker compose shows `web-1`; ECS task ids are 32 hex). */
const TASK_ID_SHOWN = 8;
/** Between two polls of `follow`: at most 20 calls a minute plus pages, well inside CloudWatch Logs' quotas. */
const FOLLOW_INTERVAL_MS = 3_000;
async function runLogs(context) {
    const { host, inputs } = context;
    const target = (0,_operate_target_js__WEBPACK_IMPORTED_MODULE_3__/* .stackTarget */ .s2)(context);
    const { stackName } = target;
    const service = inputs.string('service');
    const startTime = (0,_operate_duration_js__WEBPACK_IMPORTED_MODULE_5__/* .pointInTimeInput */ .NI)('since', inputs.string('since'), Date.now());
    const tail = inputs.number('tail', { min: 0, integer: true });
    const follow = inputs.boolean('follow');
    const clients = _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsClients */ .cE.forHost(host, inputs);
    try {
        await (0,_aws_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyCredentials */ .qH)(clients);
        const logGroupName = await logGroupOf(clients, stackName);
        const prefix = `${stackName}/${service !== '' ? `${service}/` : ''}`;
        host.info(`Logs of ${service !== '' ? `service ${service} in ` : ''}${stackName} since ${new Date(startTime).toISOString()} (log group ${logGroupName})${tail > 0 ? `, last ${tail} line(s) per service` : ''}.`);
        const { sdk, client } = await clients.logs();
        const kept = new Map();
        let printed = 0;
        let seen = 0;
        let lastTimestamp = 0;
        /** Ids of the events at the newest timestamp: `follow` starts there and must not print them twice. */
        const seenIds = new Set();
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
                    if (event.timestamp === lastTimestamp && event.eventId)
                        seenIds.add(event.eventId);
                }
                if (tail > 0) {
                    for (const line of lines) {
                        const list = kept.get(line.container) ?? [];
                        list.push(line);
                        if (list.length > tail)
                            list.shift();
                        kept.set(line.container, list);
                    }
                }
                else if (lines.length > 0) {
                    host.writeStdout(formatLines(lines, width));
                    printed += lines.length;
                }
            }
        }
        catch (error) {
            if ((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) === 'ResourceNotFoundException') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Log group ${logGroupName} does not exist in ${clients.region}: the stack has not been deployed yet, or it was deleted (its log group goes with it).`, { cause: error });
            }
            throw error;
        }
        if (tail > 0) {
            const lines = [...kept.values()].flat().sort((a, b) => a.timestamp - b.timestamp);
            if (lines.length > 0)
                host.writeStdout(formatLines(lines, width));
            printed = lines.length;
        }
        if (seen === 0)
            host.info(`No log events${service !== '' ? ` for service ${service}` : ''} since ${new Date(startTime).toISOString()}.${service !== '' ? ' Check the service name (it is the Compose service name).' : ''}`);
        else
            host.info(`${printed} line(s) printed.`);
        if (follow)
            await followLogs(host, clients, { logGroupName, prefix, stackName, since: Math.max(startTime, lastTimestamp), width, seenIds });
    }
    finally {
        await clients.destroy();
    }
}
/** Polls for lines newer than `since` until the run is interrupted (host.signal), printing each event once. */
async function followLogs(host, clients, state) {
    host.info('Following new lines (interrupt to stop).');
    const { sdk, client } = await clients.logs();
    let since = state.since;
    let atSince = state.seenIds;
    try {
        for (;;) {
            await (0,_aws_wait_js__WEBPACK_IMPORTED_MODULE_6__/* .sleep */ .yy)(FOLLOW_INTERVAL_MS, host.signal);
            const fresh = [];
            for await (const page of sdk.paginateFilterLogEvents({ client }, { logGroupName: state.logGroupName, logStreamNamePrefix: state.prefix, startTime: since })) {
                for (const event of page.events ?? [])
                    if (!(event.eventId && atSince.has(event.eventId) && event.timestamp === since))
                        fresh.push(event);
            }
            if (fresh.length === 0)
                continue;
            fresh.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
            host.writeStdout(formatLines(fresh.map((event) => toLogLine(event, state.stackName)), state.width));
            const newest = fresh[fresh.length - 1].timestamp ?? since;
            if (newest > since) {
                since = newest;
                atSince = new Set();
            }
            for (const event of fresh)
                if (event.timestamp === since && event.eventId)
                    atSince.add(event.eventId);
        }
    }
    catch (error) {
        // Interrupting `follow` is how it ends: a success, as with docker compose logs -f.
        if (error instanceof _aws_wait_js__WEBPACK_IMPORTED_MODULE_6__/* .Aborted */ .aG || host.signal.aborted)
            return;
        throw error;
    }
}
/** The stack's log group; by the converter's naming rule when the stack is gone or holds none. */
async function logGroupOf(clients, stackName) {
    const stack = await (0,_operate_stacks_js__WEBPACK_IMPORTED_MODULE_4__/* .describeStack */ .GO)(clients, stackName);
    if (stack) {
        const group = (await (0,_operate_stacks_js__WEBPACK_IMPORTED_MODULE_4__/* .listStackResources */ .uq)(clients, stackName)).find((r) => r.ResourceType === 'AWS::Logs::LogGroup' && r.PhysicalResourceId);
        if (group?.PhysicalResourceId)
            return group.PhysicalResourceId;
    }
    return `/docker-compose/${stackName}`;
}
/** `<prefix>/<container>/<task-id>` → its parts; a stream of another shape keeps its whole name as the container. */
function toLogLine(event, stackName) {
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
function formatLines(lines, width) {
    for (const line of lines)
        width.value = Math.max(width.value, line.container.length);
    let out = '';
    for (const line of lines) {
        const head = `${line.container.padEnd(width.value)} | ${line.task.slice(0, TASK_ID_SHOWN).padEnd(TASK_ID_SHOWN)} | `;
        const text = line.message.replace(/\r\n?/g, '\n').replace(/\n$/, '').replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');
        for (const part of text.split('\n'))
            out += `${head}${part}\n`;
    }
    return out;
}


/***/ }),

/***/ 650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NI: () => (/* binding */ pointInTimeInput),
/* harmony export */   Ts: () => (/* binding */ durationInput),
/* harmony export */   a3: () => (/* reexport safe */ _aws_wait_js__WEBPACK_IMPORTED_MODULE_1__.a3)
/* harmony export */ });
/* unused harmony export parseDurationMs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _aws_wait_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6308);
// Durations and points in time as people type them in a workflow file: `30m`, `12h`, `7d`, `1h30m`, `2w`
// (older-than, since), or a timestamp (since). Every parse error names the input and shows a valid value.

const UNIT_MS = {
    ms: 1,
    s: 1_000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000,
};
/** `1h30m` → 5 400 000. Undefined when the text is not a duration (so callers can try a timestamp next). */
function parseDurationMs(text) {
    const compact = text.trim().toLowerCase().replace(/\s+/g, '');
    if (!/^(\d+(\.\d+)?(ms|s|m|h|d|w))+$/.test(compact))
        return undefined;
    let total = 0;
    for (const match of compact.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g))
        total += Number(match[1]) * UNIT_MS[match[2]];
    return total;
}
/** A duration input, positive. */
function durationInput(name, text) {
    const ms = parseDurationMs(text);
    if (ms === undefined || ms <= 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input "${name}" must be a duration such as 30m, 12h, 7d or 1h30m (units: s, m, h, d, w); got "${text}".`);
    }
    return ms;
}
/**
 * A point in time: a duration before `now` (`10m`), an ISO 8601 timestamp (`2024-05-01T12:00:00Z`, a date alone
 * is midnight UTC) or epoch milliseconds/seconds. Returns epoch milliseconds.
 */
function pointInTimeInput(name, text, now) {
    const duration = parseDurationMs(text);
    if (duration !== undefined)
        return now - duration;
    const trimmed = text.trim();
    if (/^\d{12,13}$/.test(trimmed))
        return Number(trimmed);
    if (/^\d{9,10}$/.test(trimmed))
        return Number(trimmed) * 1000;
    // Date.parse accepts many loose forms; only ISO-like text is taken so "yesterday" is an error, not NaN later.
    if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)) {
        const parsed = Date.parse(trimmed.replace(' ', 'T'));
        if (Number.isFinite(parsed))
            return parsed;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input "${name}" must be a duration before now (10m, 2h, 1d) or a timestamp (2024-05-01T12:00:00Z); got "${text}".`);
}
// Formatting a duration for a message is the waiter's (aws/wait.ts), shared by every mode.



/***/ }),

/***/ 4231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DP: () => (/* binding */ isActionStack),
/* harmony export */   Fg: () => (/* binding */ tagsOf),
/* harmony export */   GO: () => (/* reexport safe */ _aws_stacks_js__WEBPACK_IMPORTED_MODULE_0__.GO),
/* harmony export */   Oz: () => (/* binding */ describeAllStacks),
/* harmony export */   S$: () => (/* binding */ listLiveStacks),
/* harmony export */   Yz: () => (/* binding */ outputsOf),
/* harmony export */   ZG: () => (/* binding */ projectOfStack),
/* harmony export */   uq: () => (/* binding */ listStackResources)
/* harmony export */ });
/* harmony import */ var _aws_stacks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3596);
// Stack lookups shared by teardown, status and volume: a stack's resources, every live stack, tags and outputs.
// Every list is read to its last page: Docker's integration read only the first page of ListStackResources and
// ListStacks and so missed resources on big stacks.

/** The stack by name, or undefined when there is none (the AWS runtime's lookup, re-exported for the modes). */

/** Every resource of the stack, all pages. */
async function listStackResources(clients, stackName) {
    const { sdk, client } = await clients.cloudFormation();
    const resources = [];
    for await (const page of sdk.paginateListStackResources({ client }, { StackName: stackName })) {
        resources.push(...(page.StackResourceSummaries ?? []));
    }
    return resources;
}
/** Stacks that exist now (every status but DELETE_COMPLETE), all pages. ListStacks carries no tags. */
async function listLiveStacks(clients) {
    const { sdk, client } = await clients.cloudFormation();
    const live = Object.values(sdk.StackStatus).filter((status) => status !== 'DELETE_COMPLETE');
    const stacks = [];
    for await (const page of sdk.paginateListStacks({ client }, { StackStatusFilter: live })) {
        stacks.push(...(page.StackSummaries ?? []));
    }
    return stacks;
}
function tagsOf(stack) {
    return new Map((stack.Tags ?? []).filter((t) => t.Key !== undefined).map((t) => [t.Key, t.Value ?? '']));
}
/** Stack Outputs as key → value. */
function outputsOf(stack) {
    const outputs = {};
    for (const output of stack.Outputs ?? [])
        if (output.OutputKey)
            outputs[output.OutputKey] = output.OutputValue ?? '';
    return outputs;
}
/** Every live stack with its tags (DescribeStacks without a name, all pages): one call per page, not per stack. */
async function describeAllStacks(clients) {
    const { sdk, client } = await clients.cloudFormation();
    const stacks = [];
    for await (const page of sdk.paginateDescribeStacks({ client }, {})) {
        for (const stack of page.Stacks ?? [])
            if (stack.StackStatus !== 'DELETE_COMPLETE')
                stacks.push(stack);
    }
    return stacks;
}
/** The Compose project a stack belongs to, from the tags deploy (or Docker) put on it. */
function projectOfStack(stack) {
    const tags = tagsOf(stack);
    return tags.get(_aws_stacks_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_PROJECT */ .Pl) ?? tags.get(_aws_stacks_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCKER_PROJECT_TAG */ .W8);
}
/** Created by this action: it carries the action's project tag. */
function isActionStack(stack) {
    return tagsOf(stack).has(_aws_stacks_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_PROJECT */ .Pl);
}


/***/ }),

/***/ 9344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mB: () => (/* binding */ projectScope),
/* harmony export */   s2: () => (/* binding */ stackTarget),
/* harmony export */   tr: () => (/* binding */ consoleLinks)
/* harmony export */ });
/* harmony import */ var _modes_project_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4449);
/* harmony import */ var _stack_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7911);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
// Which stack and which project an operational mode acts on. Like `docker compose down`, these modes must work
// without the Compose file when the stack is named: `stack-name` alone is enough for teardown, status and logs,
// and `project-name` alone for secret and volume. Otherwise the Compose file is loaded for its project name.



/** Stack (and project, when cheap) for teardown/status/logs. */
function stackTarget(context) {
    const explicitStack = context.inputs.string('stack-name');
    const explicitProject = context.inputs.string('project-name');
    if (explicitStack !== '') {
        return { stackName: (0,_stack_name_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveStackName */ .c)(explicitStack, explicitProject), projectName: explicitProject || undefined };
    }
    if (explicitProject !== '' && context.inputs.list('compose-file').length === 0) {
        // Project name given, no Compose file asked for: the stack name follows from it, as it did at deploy time.
        return { stackName: (0,_stack_name_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveStackName */ .c)('', explicitProject), projectName: explicitProject };
    }
    const loaded = loadWithHint(context);
    return { stackName: loaded.stackName, projectName: loaded.project.name };
}
/** The project name that scopes secrets and volumes (the `com.docker.compose.project` tag value). */
function projectScope(context) {
    const explicit = context.inputs.string('project-name');
    if (explicit !== '')
        return explicit;
    return loadWithHint(context).project.name;
}
function loadWithHint(context) {
    try {
        return (0,_modes_project_js__WEBPACK_IMPORTED_MODULE_0__/* .loadForMode */ .F1)(context);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo && /no (compose|configuration) file|not find|cannot find|no such file/i.test(error.message)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${error.message} Without a Compose file, name the target with the "stack-name" or "project-name" input.`, { cause: error });
        }
        throw error;
    }
}
/**
 * Report links for the run. Against a custom endpoint (a local stand-in) the AWS console has nothing to show:
 * an empty link makes the renderer leave out its default console link.
 */
function consoleLinks(clients) {
    return clients.customEndpoint ? { cloudFormation: '' } : undefined;
}


/***/ })

};
