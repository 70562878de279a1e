export const id = 91;
export const ids = [91];
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

/***/ 5419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ NETWORK_TAG),
/* harmony export */   LU: () => (/* binding */ normalizeResourceName),
/* harmony export */   MV: () => (/* binding */ taskExecutionRoleLogicalId),
/* harmony export */   Wy: () => (/* binding */ VOLUME_TAG),
/* harmony export */   YI: () => (/* binding */ taskRoleLogicalId),
/* harmony export */   Zc: () => (/* binding */ listenerLogicalId),
/* harmony export */   Zm: () => (/* binding */ taskDefinitionLogicalId),
/* harmony export */   _P: () => (/* binding */ networkIngressLogicalId),
/* harmony export */   dE: () => (/* binding */ initContainerName),
/* harmony export */   dt: () => (/* binding */ SERVICE_TAG),
/* harmony export */   fD: () => (/* binding */ portIngressLogicalId),
/* harmony export */   hc: () => (/* binding */ PROJECT_TAG),
/* harmony export */   lN: () => (/* binding */ discoveryEntryLogicalId),
/* harmony export */   mt: () => (/* binding */ serviceLogicalId),
/* harmony export */   pf: () => (/* binding */ targetGroupLogicalId),
/* harmony export */   r3: () => (/* binding */ networkLogicalId),
/* harmony export */   sV: () => (/* binding */ LOGICAL_ID),
/* harmony export */   zW: () => (/* binding */ volumeLogicalId)
/* harmony export */ });
// Logical IDs, exactly as Docker's ECS integration derived them, so stacks it created update in place instead of
// being replaced. Collisions are detected (Docker let them overwrite each other silently).
/**
 * Docker's `normalizeResourceName`: strip every run of non-alphanumerics, then upper-case the first letter only
 * (`web-app` → `Webapp`, `back_tier` → `Backtier`, `apiServer` → `ApiServer`, `subnet-0ab1` → `Subnet0ab1`).
 */
function normalizeResourceName(name) {
    const stripped = name.replace(/[^a-zA-Z0-9]+/g, '');
    return stripped.charAt(0).toUpperCase() + stripped.slice(1);
}
/** `<S>Service`: the ECS service of a Compose service; other services' DependsOn point at it. */
const serviceLogicalId = (service) => `${normalizeResourceName(service)}Service`;
const taskDefinitionLogicalId = (service) => `${normalizeResourceName(service)}TaskDefinition`;
const taskExecutionRoleLogicalId = (service) => `${normalizeResourceName(service)}TaskExecutionRole`;
const taskRoleLogicalId = (service) => `${normalizeResourceName(service)}TaskRole`;
const discoveryEntryLogicalId = (service) => `${normalizeResourceName(service)}ServiceDiscoveryEntry`;
/** `<N>Network`: the security group of a Compose network. */
const networkLogicalId = (network) => `${normalizeResourceName(network)}Network`;
/** `<N>NetworkIngress`: the self-referencing rule that lets a network's members talk to each other. */
const networkIngressLogicalId = (network) => `${normalizeResourceName(network)}NetworkIngress`;
/** `<N><port>Ingress`: internet ingress for a published port (Docker's name; it ignores the service). */
const portIngressLogicalId = (network, port) => `${normalizeResourceName(network)}${port}Ingress`;
/** `<S><PROTO><port>TargetGroup`, PROTO being the Compose protocol (TCP) even for HTTP listeners. */
const targetGroupLogicalId = (service, protocol, port) => `${normalizeResourceName(service)}${protocol.toUpperCase()}${port}TargetGroup`;
const listenerLogicalId = (service, protocol, port) => `${normalizeResourceName(service)}${protocol.toUpperCase()}${port}Listener`;
/** `<N>Filesystem`: the EFS file system of a Compose volume. */
const volumeLogicalId = (volume) => `${normalizeResourceName(volume)}Filesystem`;
/** Init containers are named `<S>_<Purpose>_InitContainer` (Docker's names; e.g. `Web_ResolvConf_InitContainer`). */
const initContainerName = (service, purpose) => `${normalizeResourceName(service)}_${purpose}_InitContainer`;
const PROJECT_TAG = 'com.docker.compose.project';
const SERVICE_TAG = 'com.docker.compose.service';
const NETWORK_TAG = 'com.docker.compose.network';
const VOLUME_TAG = 'com.docker.compose.volume';
/** CloudFormation logical IDs: alphanumeric, at most 255 characters. */
const LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/;


/***/ }),

/***/ 4848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ deleteFileSystem),
/* harmony export */   OT: () => (/* binding */ markFileSystemsInUse),
/* harmony export */   Wz: () => (/* binding */ listProjectFileSystems),
/* harmony export */   c0: () => (/* binding */ CFN_STACK_NAME_TAG),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(201);
/* harmony import */ var _aws_wait_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6308);
/* harmony import */ var _convert_naming_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5419);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _stacks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4231);
// The project's EFS file systems (Compose volumes). Stacks create them with DeletionPolicy Retain, so `down`
// keeps the data, exactly as Docker's integration did; `volume ls`/`volume rm` and teardown's `delete-volumes`
// manage what is left. A file system is found by its tags: com.docker.compose.project and
// com.docker.compose.volume, set by the converter.
//
// Removing one is three steps, because EFS refuses to delete a file system that still has mount targets:
// access points and mount targets first, wait until the mount targets are gone (they take a while to leave
// the "deleting" state), then the file system.





/** CloudFormation tags every resource it creates with the owning stack's name. */
const CFN_STACK_NAME_TAG = 'aws:cloudformation:stack-name';
const tagMap = (fs) => new Map((fs.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
/**
 * File systems tagged for the project. `projectTagValues`: the values com.docker.compose.project may carry — the
 * project name, and the stack name when it differs (stacks named explicitly tag their volumes with either).
 */
async function listProjectFileSystems(clients, projectTagValues) {
    const { sdk, client } = await clients.efs();
    const wanted = new Set(projectTagValues.filter((v) => v !== ''));
    const found = [];
    for await (const page of sdk.paginateDescribeFileSystems({ client }, {})) {
        for (const fs of page.FileSystems ?? []) {
            const tags = tagMap(fs);
            const project = tags.get(_convert_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .PROJECT_TAG */ .hc);
            if (!fs.FileSystemId || project === undefined || !wanted.has(project))
                continue;
            if (fs.LifeCycleState === 'deleted' || fs.LifeCycleState === 'deleting')
                continue;
            found.push({
                id: fs.FileSystemId,
                volume: tags.get(_convert_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .VOLUME_TAG */ .Wy),
                project,
                name: fs.Name ?? tags.get('Name'),
                sizeBytes: fs.SizeInBytes?.Value,
                lifeCycleState: fs.LifeCycleState,
                mountTargets: fs.NumberOfMountTargets ?? 0,
                createdAt: fs.CreationTime,
                ownerStack: tags.get(CFN_STACK_NAME_TAG),
            });
        }
    }
    return found.sort((a, b) => (a.volume ?? a.id).localeCompare(b.volume ?? b.id));
}
/**
 * Marks each file system a live stack still uses: the stack holds the file system itself as a resource, or holds
 * mount targets on it (a redeploy that reuses a retained file system creates its own mount targets). The stacks
 * asked are the file systems' owner stacks and `projectStacks` (the project's other live stacks). Mount targets
 * no live stack holds are leftovers: removal deletes them.
 */
async function markFileSystemsInUse(clients, fileSystems, projectStacks = []) {
    if (fileSystems.length === 0)
        return;
    const holder = new Map();
    const stacks = new Set([...projectStacks, ...fileSystems.map((fs) => fs.ownerStack).filter((s) => s !== undefined)]);
    for (const stackName of stacks) {
        if (!(await (0,_stacks_js__WEBPACK_IMPORTED_MODULE_3__/* .describeStack */ .GO)(clients, stackName)))
            continue;
        for (const resource of await (0,_stacks_js__WEBPACK_IMPORTED_MODULE_3__/* .listStackResources */ .uq)(clients, stackName)) {
            if (resource.PhysicalResourceId && resource.ResourceStatus !== 'DELETE_COMPLETE')
                holder.set(resource.PhysicalResourceId, stackName);
        }
    }
    for (const fs of fileSystems) {
        const owner = holder.get(fs.id);
        if (owner) {
            fs.inUseBy = `stack ${owner}`;
            continue;
        }
        if (fs.mountTargets === 0)
            continue;
        const heldBy = new Set((await listMountTargets(clients, fs.id)).map((mt) => holder.get(mt.id)).filter((s) => s !== undefined));
        if (heldBy.size > 0)
            fs.inUseBy = `mount targets of stack ${[...heldBy].join(', ')}`;
    }
}
/** Deletes a file system: access points, mount targets (waiting until they are gone), then the file system. */
async function deleteFileSystem(clients, fileSystemId, signal, progress) {
    const { sdk, client } = await clients.efs();
    const accessPoints = [];
    for await (const page of sdk.paginateDescribeAccessPoints({ client }, { FileSystemId: fileSystemId })) {
        for (const ap of page.AccessPoints ?? [])
            if (ap.AccessPointId)
                accessPoints.push(ap.AccessPointId);
    }
    for (const id of accessPoints) {
        await ignoreMissing(() => client.send(new sdk.DeleteAccessPointCommand({ AccessPointId: id })), 'AccessPointNotFound');
        progress.info(`  deleted access point ${id}`);
    }
    const mountTargets = await listMountTargets(clients, fileSystemId);
    for (const mt of mountTargets) {
        if (mt.state === 'deleting' || mt.state === 'deleted')
            continue;
        await ignoreMissing(() => client.send(new sdk.DeleteMountTargetCommand({ MountTargetId: mt.id })), 'MountTargetNotFound');
        progress.info(`  deleting mount target ${mt.id}`);
    }
    if (mountTargets.length > 0) {
        const pacer = new _aws_wait_js__WEBPACK_IMPORTED_MODULE_1__/* .Pacer */ ._E(clients.calls, signal);
        for (;;) {
            const left = (await listMountTargets(clients, fileSystemId)).filter((mt) => mt.state !== 'deleted');
            if (left.length === 0)
                break;
            await pacer.pause();
        }
        progress.info(`  mount targets of ${fileSystemId} deleted`);
    }
    try {
        await client.send(new sdk.DeleteFileSystemCommand({ FileSystemId: fileSystemId }));
    }
    catch (error) {
        if ((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) === 'FileSystemNotFound')
            return;
        if ((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) === 'FileSystemInUse') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`EFS file system ${fileSystemId} is still in use (a mount target or a replication): retry in a minute, or check it in the EFS console.`, { cause: error });
        }
        throw error;
    }
}
async function listMountTargets(clients, fileSystemId) {
    const { sdk, client } = await clients.efs();
    const targets = [];
    try {
        for await (const page of sdk.paginateDescribeMountTargets({ client }, { FileSystemId: fileSystemId })) {
            for (const mt of page.MountTargets ?? [])
                if (mt.MountTargetId)
                    targets.push({ id: mt.MountTargetId, state: mt.LifeCycleState });
        }
    }
    catch (error) {
        if ((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) === 'FileSystemNotFound')
            return [];
        throw error;
    }
    return targets;
}
async function ignoreMissing(call, missingCode) {
    try {
        await call();
    }
    catch (error) {
        if ((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) !== missingCode)
            throw error;
    }
}
/** 1536 → `1.5 KiB`. */
function formatBytes(bytes) {
    if (bytes === undefined)
        return '';
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}


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

/***/ 1168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ markdownTable),
/* harmony export */   e: () => (/* binding */ textTable)
/* harmony export */ });
/* harmony import */ var _github_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6028);
// Tables for the operational modes, in two renderings of the same rows: aligned plain text for the log and
// the terminal (docker compose ps style), and a markdown table for the job summary with every cell escaped
// (service names, task reasons and secret descriptions are untrusted).

/** Aligned columns, two spaces apart; control characters dropped so a value cannot move the cursor. */
function textTable(table) {
    const clean = (cell) => cell.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ');
    const rows = [table.headers, ...table.rows].map((row) => row.map(clean));
    const widths = table.headers.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
    return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : (cell ?? '').padEnd(widths[column]))).join('  ').trimEnd()).join('\n');
}
/** A GFM table; cells are escaped unless a column is marked as pre-rendered markdown (links built by us). */
function markdownTable(table, options = {}) {
    const raw = new Set(options.rawColumns ?? []);
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [
        line(table.headers.map((h) => (0,_github_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(h))),
        line(table.headers.map(() => '---')),
        ...table.rows.map((row) => line(row.map((cell, column) => (raw.has(column) ? cell : (0,_github_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(cell, 300)) || ' '))),
    ].join('\n');
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
