export const id = 751;
export const ids = [751];
export const modules = {

/***/ 1935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ changeSetName),
/* harmony export */   V$: () => (/* binding */ createChangeSet),
/* harmony export */   b4: () => (/* binding */ changesOutput),
/* harmony export */   bp: () => (/* binding */ waitForChangeSet),
/* harmony export */   cW: () => (/* binding */ deleteChangeSet),
/* harmony export */   cY: () => (/* binding */ ChangeSetAccessDenied),
/* harmony export */   nu: () => (/* binding */ CHANGE_SET_CREATION_LIMIT_MS),
/* harmony export */   sF: () => (/* binding */ describeChangeSetFully)
/* harmony export */ });
/* unused harmony export isNoChangesReason */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6076);
// Change sets: one per run with a unique name (concurrent runs never collide), created as CREATE or UPDATE from
// the stack's state, waited for, described in full (property values, every page) and deleted when not executed.
// A change set that FAILED because nothing changed is "no changes", a success (Docker failed there: #875, #1074).



/** `compose-ecs-<run id>-<attempt>-<random>` (a timestamp outside GitHub). Change set names allow [a-zA-Z0-9-], ≤ 128. */
function changeSetName(env, now = new Date()) {
    const run = env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}` : now.toISOString().replace(/\D/g, '').slice(0, 14);
    return `compose-ecs-${run.replace(/[^a-zA-Z0-9-]/g, '')}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')}`.slice(0, 128);
}
/** Raised when the credentials may read but not create change sets (preview falls back to a template diff). */
class ChangeSetAccessDenied extends Error {
    constructor(cause) {
        super((0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(cause), { cause });
        this.name = 'ChangeSetAccessDenied';
    }
}
async function createChangeSet(clients, request) {
    const { sdk, client } = await clients.cloudFormation();
    const parameters = Object.entries(request.parameters).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue }));
    try {
        const result = await client.send(new sdk.CreateChangeSetCommand({
            StackName: request.stackName,
            ChangeSetName: request.changeSetName,
            ChangeSetType: request.type,
            ...request.template,
            Capabilities: request.capabilities,
            Parameters: parameters,
            Tags: request.tags,
            ...(request.roleArn ? { RoleARN: request.roleArn } : {}),
            Description: request.description?.slice(0, 1024),
            // A CREATE change set that fails to execute leaves ROLLBACK_COMPLETE (explained and recoverable), not a deleted stack.
            ...(request.type === 'CREATE' ? { OnStackFailure: 'ROLLBACK' } : {}),
        }));
        if (!result.Id)
            throw new Error('CreateChangeSet returned no change set id');
        return { id: result.Id, stackId: result.StackId ?? request.stackName };
    }
    catch (error) {
        if ((0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .isAccessDenied */ .w7)(error))
            throw new ChangeSetAccessDenied(error);
        const code = (0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCode */ .CA)(error);
        if (code === 'InsufficientCapabilitiesException' || /requires capabilities/i.test((0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`CloudFormation needs more capabilities: ${(0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}. Add them to the "capabilities" input.`, { cause: error });
        }
        if (code === 'ValidationError' || code === 'AlreadyExistsException' || code === 'LimitExceededException') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`CloudFormation refused the change set for stack ${request.stackName}: ${(0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`, { cause: error });
        }
        throw error;
    }
}
const NO_CHANGES = /didn't contain changes|No updates are to be performed|submitted information didn't contain changes/i;
function isNoChangesReason(reason) {
    return reason !== undefined && NO_CHANGES.test(reason);
}
/** How long a change set may take to be created before the run gives up (CloudFormation takes seconds to minutes). */
const CHANGE_SET_CREATION_LIMIT_MS = 15 * 60_000;
/**
 * Polls DescribeChangeSet (first page, no values) until it is created or failed, for at most `limitMs` (deploy passes
 * what is left of timeout-minutes). Past that, a UserError says so; the caller deletes the change set as on any failure.
 */
async function waitForChangeSet(clients, id, pacer, limitMs = CHANGE_SET_CREATION_LIMIT_MS) {
    const { sdk, client } = await clients.cloudFormation();
    const deadline = Date.now() + limitMs;
    for (;;) {
        if (Date.now() > deadline) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The change set ${id} was still being created after ${Math.round(limitMs / 1000)} s; CloudFormation may be slow or the template very large. Re-run, or raise timeout-minutes.`);
        }
        await pacer.pause();
        const result = await client.send(new sdk.DescribeChangeSetCommand({ ChangeSetName: id }));
        const status = result.Status ?? 'UNKNOWN';
        if (status === 'CREATE_COMPLETE' || status === 'FAILED' || status === 'DELETE_COMPLETE' || status === 'DELETE_FAILED') {
            return { status, reason: result.StatusReason, executionStatus: result.ExecutionStatus, noChanges: status === 'FAILED' && isNoChangesReason(result.StatusReason) };
        }
    }
}
/** Every resource change of the change set, with property values, across all pages. */
async function describeChangeSetFully(clients, id) {
    const { sdk, client } = await clients.cloudFormation();
    const changes = [];
    let token;
    do {
        const page = await client.send(new sdk.DescribeChangeSetCommand({ ChangeSetName: id, IncludePropertyValues: true, NextToken: token }));
        changes.push(...(page.Changes ?? []));
        token = page.NextToken;
    } while (token);
    return changes.filter((c) => c.ResourceChange).map(toResourceChange);
}
/** Property paths whose values are never shown: secret material CloudFormation echoes back in change sets. */
const SENSITIVE = /SecretString|SecretBinary|Password|PrivateKey|SecretValue|AuthToken/i;
function toResourceChange(change) {
    const rc = change.ResourceChange;
    const details = (rc.Details ?? []).map((d) => {
        const target = d.Target ?? {};
        const sensitive = SENSITIVE.test(`${target.Name ?? ''} ${target.Path ?? ''}`) || rc.ResourceType === 'AWS::SecretsManager::Secret';
        const detail = { attribute: target.Attribute ?? 'Properties' };
        if (target.Name)
            detail.name = target.Name;
        if (target.Path)
            detail.path = target.Path;
        if (target.BeforeValue !== undefined)
            detail.before = sensitive ? '***' : target.BeforeValue;
        if (target.AfterValue !== undefined)
            detail.after = sensitive ? '***' : target.AfterValue;
        if (target.RequiresRecreation)
            detail.requiresRecreation = target.RequiresRecreation;
        if (d.ChangeSource)
            detail.changeSource = d.ChangeSource;
        if (d.CausingEntity)
            detail.causingEntity = d.CausingEntity;
        if (d.Evaluation)
            detail.evaluation = d.Evaluation;
        return detail;
    });
    const result = {
        logicalId: rc.LogicalResourceId ?? '',
        type: rc.ResourceType ?? '',
        action: (rc.Action ?? 'Modify'),
        details,
    };
    if (rc.Replacement && rc.Action === 'Modify')
        result.replacement = rc.Replacement;
    if (rc.PhysicalResourceId)
        result.physicalId = rc.PhysicalResourceId;
    return result;
}
/** Deletes a change set (awaited; already gone is fine). */
async function deleteChangeSet(clients, id) {
    const { sdk, client } = await clients.cloudFormation();
    try {
        await client.send(new sdk.DeleteChangeSetCommand({ ChangeSetName: id }));
    }
    catch (error) {
        if ((0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCode */ .CA)(error) === 'ChangeSetNotFoundException' || (0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCode */ .CA)(error) === 'ChangeSetNotFound')
            return;
        throw error;
    }
}
/** The JSON of the `changes` output: no property values, so nothing sensitive. */
function changesOutput(changes) {
    return JSON.stringify(changes.map((c) => ({ logicalId: c.logicalId, type: c.type, action: c.action, replacement: c.replacement ?? null })));
}


/***/ }),

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

/***/ 7677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ checkAccountRequirements)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6076);
// Account requirements, checked before anything is created. ECS services created by CloudFormation need the
// long ARN format (tags on services and tasks depend on it); Docker's integration refused to run without it.


async function checkAccountRequirements(clients, warn) {
    const { sdk, client } = await clients.ecs();
    let value;
    try {
        const result = await client.send(new sdk.ListAccountSettingsCommand({ name: 'serviceLongArnFormat', effectiveSettings: true }));
        value = result.settings?.find((s) => s.name === 'serviceLongArnFormat')?.value;
    }
    catch (error) {
        if ((0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .isAccessDenied */ .w7)(error)) {
            warn(`Cannot check the ECS account setting serviceLongArnFormat (${(0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}); allow ecs:ListAccountSettings to have it checked. Continuing.`);
            return;
        }
        throw error;
    }
    if (value !== undefined && value !== 'enabled') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('This tool requires the "new ARN resource ID format" for ECS services (account setting serviceLongArnFormat is ' +
            `${value} in ${clients.region}). Enable it for the account: aws ecs put-account-setting-default --name serviceLongArnFormat --value enabled ` +
            '(see https://aws.amazon.com/blogs/compute/migrating-your-amazon-ecs-deployment-to-the-new-arn-and-resource-id-format-2/).');
    }
}


/***/ }),

/***/ 1075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ requireTemplateStore),
/* harmony export */   aE: () => (/* binding */ templateLocation)
/* harmony export */ });
/* unused harmony exports INLINE_TEMPLATE_LIMIT, templateBytes, objectUrl */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6076);
// Templates over CloudFormation's inline limit (51,200 bytes of TemplateBody) go through S3: uploaded to the
// `s3-bucket` input under `s3-prefix`, named by their SHA-256 (an identical template is the same object), and
// passed as TemplateURL. Without s3-bucket the run fails before any stack call, saying so.


const INLINE_TEMPLATE_LIMIT = 51_200;
function templateBytes(body) {
    return Buffer.byteLength(body, 'utf8');
}
/** Fails early (before any AWS call) when the template is too big to inline and there is nowhere to upload it. */
function requireTemplateStore(body, store) {
    const size = templateBytes(body);
    if (size > INLINE_TEMPLATE_LIMIT && !store) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The template is ${size.toLocaleString('en-US')} bytes, over CloudFormation's inline limit of 51,200 bytes: set the "s3-bucket" input to a bucket this job can write to (and CloudFormation can read), and the template is uploaded there.`);
    }
}
/** TemplateBody when it fits, else the URL of the uploaded object. */
async function templateLocation(clients, env, body, sha256, stackName, store, info) {
    requireTemplateStore(body, store);
    if (templateBytes(body) <= INLINE_TEMPLATE_LIMIT)
        return { TemplateBody: body };
    const { bucket, prefix } = store;
    const key = `${prefix}${stackName}/${sha256}.json`;
    const { sdk, client } = await clients.s3();
    try {
        await client.send(new sdk.PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'application/json' }));
    }
    catch (error) {
        const code = (0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(error);
        const what = code === 'NoSuchBucket' ? `the bucket "${bucket}" does not exist` : `${code || 'error'}: ${(0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Cannot upload the template (${templateBytes(body).toLocaleString('en-US')} bytes) to s3://${bucket}/${key}: ${what}. Check the "s3-bucket" input and that the job may s3:PutObject there.`, {
            cause: error,
        });
    }
    info(`Template (${templateBytes(body).toLocaleString('en-US')} bytes) uploaded to s3://${bucket}/${key}.`);
    return { TemplateURL: objectUrl(env, clients.region, bucket, key) };
}
function objectUrl(env, region, bucket, key) {
    const path = key.split('/').map(encodeURIComponent).join('/');
    const endpoint = (0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .endpointFor */ .Lo)('S3', env);
    if (endpoint)
        return `${endpoint.replace(/\/+$/, '')}/${bucket}/${path}`;
    return `https://${bucket}.s3.${region}.amazonaws.com/${path}`;
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

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ permissionAdvice),
/* harmony export */   UU: () => (/* binding */ createClient),
/* harmony export */   XH: () => (/* binding */ resolveIdentity),
/* harmony export */   g5: () => (/* binding */ findPullRequestForCommit),
/* harmony export */   gJ: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.gJ),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   tl: () => (/* binding */ findStackComment)
/* harmony export */ });
/* unused harmony export WORKFLOW_TOKEN_LOGIN */
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4329);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// The GitHub API client and the calls comment.ts and reviewed.ts share: who the token is, our comment on a
// pull request, the pull request of a commit. @actions/github is ESM-only and heavy (octokit, undici); it is
// imported lazily so modes that never post (convert, config, local, …) never load it.

/**
 * An authenticated client for the API at context.apiUrl (GITHUB_API_URL from the Host, so GitHub Enterprise
 * Server and the tests' stand-in work). @actions/github's own default base URL is read from the process environment at
 * import time, which is why baseUrl is always passed explicitly.
 */
async function createClient(token, context, retryDelayMs = 1000) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const client = getOctokit(token, { baseUrl: context.apiUrl, userAgent: 'compose-ecs-action' });
    // GitHub answers 5xx (and drops connections) now and then; the workflow token has no retry of its own. A comment is
    // not worth failing over, but neither is a transient error worth a missing comment: try twice more with backoff.
    // 4xx answers are final (a 403 is the fork case, reported as a warning by the callers).
    client.hook.wrap('request', async (request, options) => {
        for (let attempt = 1;; attempt++) {
            try {
                return await request(options);
            }
            catch (error) {
                const status = error.status;
                const transient = status === undefined || status >= 500;
                if (!transient || attempt >= 3)
                    throw error;
                await new Promise((resolve) => setTimeout(resolve, retryDelayMs * attempt));
            }
        }
    });
    return client;
}
/** The identity the workflow's GITHUB_TOKEN comments as. */
const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';
/**
 * GraphQL `viewer` works for personal tokens, app tokens and the workflow token alike (GET /user does not
 * work for installation tokens). GraphQL spells a bot's login without REST's `[bot]` suffix, so it is added.
 * When the query fails (a token without GraphQL access, an old GHES), the workflow token is assumed: at worst
 * we then find no comment of ours and create a new one, never edit someone else's.
 */
async function resolveIdentity(client, debug) {
    try {
        const response = await client.graphql('query { viewer { login __typename } }');
        const { login, __typename: typename } = response.viewer;
        if (typeof login === 'string' && login) {
            return { login: typename === 'Bot' && !login.endsWith('[bot]') ? `${login}[bot]` : login, source: 'viewer' };
        }
    }
    catch (error) {
        debug(`GraphQL viewer query failed (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}); assuming the workflow token (${WORKFLOW_TOKEN_LOGIN}).`);
    }
    return { login: WORKFLOW_TOKEN_LOGIN, source: 'fallback' };
}
/**
 * Our comment for this stack on a pull request: every page of its comments (a busy PR has more than 100),
 * only those written by `identity`, only those whose first line is our marker for this stack. When several
 * match (a race between two runs), the newest wins.
 */
async function findStackComment(client, repository, pullRequestNumber, identity, stack) {
    const comments = (await client.paginate(client.rest.issues.listComments, {
        ...repository,
        issue_number: pullRequestNumber,
        per_page: 100,
    }));
    let found;
    for (const comment of comments) {
        if (comment.user?.login.toLowerCase() !== identity.login.toLowerCase())
            continue;
        const marker = (0,_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMarker */ .gY)(comment.body);
        if (marker && (0,_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .markerMatches */ ._K)(marker, stack))
            found = { comment, marker };
    }
    return found;
}
/**
 * The pull request a commit belongs to: the one it was merged by (merge or squash: its merge_commit_sha is
 * the commit), else one whose head it is, else the first GitHub associates with it.
 */
async function findPullRequestForCommit(client, repository, sha) {
    const pulls = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, { ...repository, commit_sha: sha, per_page: 100 });
    const candidates = pulls.map((pull) => ({
        number: pull.number,
        state: pull.state,
        mergedAt: pull.merged_at,
        mergeCommitSha: pull.merge_commit_sha,
        headSha: pull.head?.sha,
        url: pull.html_url,
    }));
    return (candidates.find((pull) => pull.mergedAt && pull.mergeCommitSha === sha) ??
        candidates.find((pull) => pull.headSha === sha) ??
        candidates.find((pull) => pull.state === 'open') ??
        candidates[0]);
}
/** The HTTP status of an octokit RequestError, when it is one. */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}


/** The advice for a 403/404 from a comment call: the two causes are permissions and forks. */
function permissionAdvice(status) {
    const fork = 'On pull requests from forks the GITHUB_TOKEN is read-only whatever the permissions say: render the preview in the pull_request job, upload it as an artifact, and post it from a workflow_run workflow.';
    if (status === 404)
        return `Check the repository and pull-request number, and that the token can see the repository (\`permissions: pull-requests: write\`). ${fork}`;
    return `Give the job \`permissions: pull-requests: write\` (and \`contents: read\`). ${fork}`;
}


/***/ }),

/***/ 7318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HW: () => (/* binding */ readCommentSettings),
/* harmony export */   gz: () => (/* binding */ failed),
/* harmony export */   p8: () => (/* binding */ publishComment),
/* harmony export */   ut: () => (/* binding */ runLink)
/* harmony export */ });
/* unused harmony exports renderCommentBody, markerFor, statusLineFor */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9556);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6028);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4329);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1700);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8422);
// The sticky pull-request comment: one per stack, updated in place on every run, found by its hidden marker
// among the comments the token itself wrote. Posting is a courtesy to reviewers, never a reason to fail a run:
// a read-only token (fork pull requests), a missing permission or an API hiccup becomes a warning.







/** Reads and validates the comment inputs through the Host (defaults as in interface.ts). */
function readCommentSettings(host) {
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputs */ .Ko)(host);
    const comment = inputs.oneOf('comment', ['auto', 'always', 'never']);
    const prNumber = inputs.string('pr-number');
    if (prNumber && !/^[1-9]\d*$/.test(prNumber))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Input "pr-number" must be a pull-request number, not "${prNumber}".`);
    // A runner passes github-token's default (the workflow token); the CLI may take it from GITHUB_TOKEN.
    const token = inputs.string('github-token') || host.env.GITHUB_TOKEN || '';
    if (token)
        host.setSecret(token);
    return { comment, token, prNumber, redactEnvironment: inputs.boolean('redact-environment') };
}
/**
 * Posts or updates the comment for `report.stackName` and sets the `comment-id` and `comment-url` outputs.
 * Never throws for API errors (they are warnings); returns what happened.
 */
async function publishComment(host, report, settings) {
    if (settings.comment === 'never')
        return skipped(host, 'the comment input is never');
    const context = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .readGitHubContext */ .L)(host.env);
    const explicitNumber = settings.prNumber ? Number(settings.prNumber) : undefined;
    if (settings.comment === 'auto' && explicitNumber === undefined && !(0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPullRequestEvent */ .T)(context.eventName)) {
        return skipped(host, `${context.eventName ? `a ${context.eventName} event` : 'not a workflow run'} is not a pull-request event (set comment: always or pr-number to comment anyway)`);
    }
    if (!context.repository)
        return skipped(host, 'GITHUB_REPOSITORY is not set', settings.comment === 'always');
    if (!settings.token)
        return skipped(host, 'the github-token input is empty', true);
    host.setSecret(settings.token);
    let stage = 'connect to GitHub for';
    try {
        const client = await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .createClient */ .UU)(settings.token, context);
        let pullRequestNumber = explicitNumber ?? context.pullRequestNumber;
        if (pullRequestNumber === undefined && context.sha) {
            stage = 'find the pull request for';
            pullRequestNumber = (await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .findPullRequestForCommit */ .g5)(client, context.repository, context.sha))?.number;
        }
        if (pullRequestNumber === undefined)
            return skipped(host, `no pull request is associated with commit ${context.sha ?? '(unknown)'}`, settings.comment === 'always');
        stage = 'read';
        const identity = await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveIdentity */ .XH)(client, (message) => host.debug(message));
        const existing = await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .findStackComment */ .tl)(client, context.repository, pullRequestNumber, identity, report);
        const marker = markerFor(report, context);
        const statusLine = statusLineFor(report, context);
        const body = renderCommentBody(report, marker, statusLine, settings.redactEnvironment);
        let commentId;
        let url;
        if (existing) {
            stage = 'update';
            const response = await client.rest.issues.updateComment({ ...context.repository, comment_id: existing.comment.id, body });
            commentId = response.data.id;
            url = response.data.html_url;
        }
        else {
            stage = 'create';
            const response = await client.rest.issues.createComment({ ...context.repository, issue_number: pullRequestNumber, body });
            commentId = response.data.id;
            url = response.data.html_url;
        }
        host.setOutput('comment-id', String(commentId));
        host.setOutput('comment-url', url);
        host.info(`${existing ? 'Updated' : 'Posted'} the preview comment on pull request #${pullRequestNumber}: ${url}`);
        return { status: existing ? 'updated' : 'created', pullRequestNumber, commentId, url };
    }
    catch (error) {
        return failed(host, `${stage} the pull-request comment`, error);
    }
}
/** The comment body for a report: marker, status block, then the report rendered within the comment budget. */
function renderCommentBody(report, marker, statusLine, redactEnvironment) {
    const overhead = (0,_marker_js__WEBPACK_IMPORTED_MODULE_5__/* .composeCommentBody */ .oR)(marker, statusLine, '').length;
    const rendered = (0,_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderReport */ .B1)(report, {
        target: 'comment',
        redaction: { redactAllEnvironment: redactEnvironment },
        limit: _render_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMENT_CHARACTER_LIMIT */ .Wr - overhead,
    });
    return (0,_marker_js__WEBPACK_IMPORTED_MODULE_5__/* .composeCommentBody */ .oR)(marker, statusLine, rendered.markdown);
}
function markerFor(report, context) {
    const marker = { v: 1, stack: report.stackName, project: report.project };
    if (report.region)
        marker.region = report.region;
    if (report.hashes) {
        marker.modelHash = report.hashes.modelHash;
        marker.imagesHash = report.hashes.imagesHash;
    }
    if (report.template)
        marker.templateSha256 = report.template.sha256;
    const run = report.run?.id ?? context.runId;
    if (run)
        marker.run = run;
    const sha = report.run?.sha ?? context.headSha;
    if (sha)
        marker.sha = sha;
    return marker;
}
/** The line under the marker: what this comment is now (rewritten by markDeployed after a deploy). */
function statusLineFor(report, context) {
    const runId = report.run?.id ?? context.runId;
    const run = runLink(runId, report.links?.run ?? report.run?.url ?? context.runUrl);
    const sha = report.run?.sha ?? context.headSha;
    const commit = sha ? ` for commit ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)(sha.slice(0, 12))}` : '';
    if (report.result === 'failure')
        return `> ❌ **${capitalize(report.mode)} failed** in ${run}${commit}.`;
    if (report.mode === 'deploy')
        return `> ✅ **Deployed** in ${run}${commit}.`;
    if (report.mode === 'preview')
        return `> 👀 **Previewed** in ${run}${commit} — not deployed yet.`;
    return `> ✅ **${capitalize(report.mode)}** in ${run}${commit}.`;
}
function runLink(runId, url) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .link */ .nf)(runId ? `run ${runId}` : 'this run', url);
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function skipped(host, reason, warn = false) {
    const message = `Not commenting on the pull request: ${reason}.`;
    if (warn)
        host.warning(message);
    else
        host.info(message);
    return { status: 'skipped', reason };
}
/** A failed comment call as a warning with the fix; the run goes on. */
function failed(host, what, error) {
    const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error);
    const advice = status === 403 || status === 404 ? ` ${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .permissionAdvice */ .Ew)(status)}` : '';
    const reason = `Could not ${what} (${status ? `HTTP ${status}: ` : ''}${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}).${advice} The run continues without it.`;
    host.warning(reason);
    return { status: 'failed', reason };
}


/***/ }),

/***/ 9556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ readGitHubContext),
/* harmony export */   T: () => (/* binding */ isPullRequestEvent)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// The GitHub Actions context, read from the Host's environment snapshot. @actions/github has a `context` too,
// but it reads the process environment once, when the module is first imported; reading host.env here keeps the CLI and
// the tests (which build their own Host) in control, and lets modes that never post skip loading it at all.

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
function isPullRequestEvent(eventName) {
    return eventName === 'pull_request' || eventName === 'pull_request_target';
}
function readGitHubContext(env) {
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const repository = owner && repo ? { owner, repo } : undefined;
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const runId = env.GITHUB_RUN_ID || undefined;
    const pullRequest = record(payload.pull_request);
    const issue = record(payload.issue);
    let pullRequestNumber;
    if (pullRequest && typeof pullRequest.number === 'number')
        pullRequestNumber = pullRequest.number;
    else if (issue && typeof issue.number === 'number' && record(issue.pull_request))
        pullRequestNumber = issue.number;
    else if (PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '') && typeof payload.number === 'number')
        pullRequestNumber = payload.number;
    const head = record(pullRequest?.head);
    const sha = env.GITHUB_SHA || undefined;
    return {
        repository,
        eventName: env.GITHUB_EVENT_NAME || undefined,
        payload,
        sha,
        headSha: typeof head?.sha === 'string' ? head.sha : sha,
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT || undefined,
        serverUrl,
        apiUrl,
        workspace: env.GITHUB_WORKSPACE || undefined,
        runUrl: repository && runId ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` : undefined,
        pullRequestNumber,
    };
}
function readPayload(path) {
    if (!path)
        return {};
    try {
        return record(JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'))) ?? {};
    }
    catch {
        // A missing or broken event file only means "no payload": the PR number can still come from `pr-number`.
        return {};
    }
}
function record(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}


/***/ }),

/***/ 4329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ replaceStatus),
/* harmony export */   _K: () => (/* binding */ markerMatches),
/* harmony export */   gY: () => (/* binding */ parseMarker),
/* harmony export */   oR: () => (/* binding */ composeCommentBody)
/* harmony export */ });
/* unused harmony exports MARKER_PREFIX, formatMarker */
// The hidden first line that identifies our sticky comment and records what it showed:
//   <!-- compose-ecs-action {"v":1,"stack":"shop","project":"shop","modelHash":"…","imagesHash":"…","templateSha256":"…","run":"123"} -->
// Matching on a hidden marker (not on visible text a person could quote) and only in comments written by the
// token's own identity means a comment by someone else is never taken for ours. The JSON is the record the
// reviewed-deploy check compares against, and below it sits a status block markDeployed rewrites in place.
const MARKER_PREFIX = '<!-- compose-ecs-action ';
const MARKER_SUFFIX = ' -->';
const STATUS_BEGIN = '<!-- compose-ecs-action:status -->';
const STATUS_END = '<!-- /compose-ecs-action:status -->';
/** JSON with `<`, `>` and `&` escaped, so no value (a stack name, say) can end the HTML comment early. */
function formatMarker(marker) {
    const json = JSON.stringify(marker).replace(/[<>&]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `${MARKER_PREFIX}${json}${MARKER_SUFFIX}`;
}
/** The marker of a comment body, only when it is the very first line (as we write it), else undefined. */
function parseMarker(body) {
    if (!body?.startsWith(MARKER_PREFIX))
        return undefined;
    const firstLine = body.split('\n', 1)[0].replace(/\r$/, '');
    if (!firstLine.endsWith(MARKER_SUFFIX))
        return undefined;
    try {
        const parsed = JSON.parse(firstLine.slice(MARKER_PREFIX.length, -MARKER_SUFFIX.length));
        if (parsed === null || typeof parsed !== 'object')
            return undefined;
        const marker = parsed;
        return marker.v === 1 && typeof marker.stack === 'string' && typeof marker.project === 'string' ? marker : undefined;
    }
    catch {
        return undefined;
    }
}
/** One comment per stack: the same stack name, and the same region when both record one. */
function markerMatches(marker, stack) {
    if (marker.stack !== stack.stackName)
        return false;
    return !(marker.region && stack.region && marker.region !== stack.region);
}
/** Marker line, status block, then the rendered report. */
function composeCommentBody(marker, statusLine, rendered) {
    return `${formatMarker(marker)}\n${STATUS_BEGIN}\n${statusLine}\n${STATUS_END}\n\n${rendered}`;
}
/** The body with a new marker line and status line; the rest (the reviewed report) untouched. */
function replaceStatus(body, marker, statusLine) {
    const firstNewline = body.indexOf('\n');
    let rest = firstNewline >= 0 ? body.slice(firstNewline + 1) : '';
    const begin = rest.indexOf(STATUS_BEGIN);
    const end = rest.indexOf(STATUS_END);
    if (begin >= 0 && end > begin)
        rest = rest.slice(0, begin) + rest.slice(end + STATUS_END.length).replace(/^\n/, '');
    return `${formatMarker(marker)}\n${STATUS_BEGIN}\n${statusLine}\n${STATUS_END}\n${rest.startsWith('\n') ? '' : '\n'}${rest}`;
}


/***/ }),

/***/ 3346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MU: () => (/* binding */ computeReviewHashes),
/* harmony export */   PD: () => (/* binding */ checkReviewedDeploy),
/* harmony export */   qj: () => (/* binding */ markDeployed)
/* harmony export */ });
/* unused harmony exports sha256Hex, canonicalJson */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6584);
/* harmony import */ var _comment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7318);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9556);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6028);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4329);
// Reviewed deploys (dflook's "apply only what was planned"): the preview comment's marker records a hash of
// the Compose model a reviewer saw; a deploy with `reviewed-deploy: true` finds the pull request the deployed
// commit came from, reads that marker, and refuses when the model differs.
//
// What is hashed is the normalized Compose model, not the template: the template also depends on runtime
// lookups (default VPC, retained file systems, image digests pinned at deploy time) that differ between the
// preview run and the deploy run without anyone changing anything. Image references are hashed separately,
// because workflows commonly tag images per commit (`app:${GITHUB_SHA}`), which changes on the merge commit
// while the reviewed configuration does not.







/** The placeholder an image reference is replaced by in the model hash. */
const IMAGE_PLACEHOLDER = '<image>';
/** Where a value came from in the files (line numbers), or run-specific paths: not part of what was reviewed. */
const VOLATILE_KEYS = new Set(['source', 'positions', 'warnings', 'composeFiles', 'workingDir']);
function sha256Hex(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
}
/** JSON with object keys sorted at every level: the same data always gives the same text. Undefined members are dropped. */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value ?? null);
    if (Array.isArray(value))
        return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}
/**
 * The hashes of a normalized Compose model (the loader's Project, or its JSON text). Pure: the caller loads
 * the model. Paths under the model's `workingDir` are made relative, so the hash does not depend on where the
 * repository was checked out; source positions are dropped, so reformatting the file does not change it.
 */
function computeReviewHashes(model) {
    const data = typeof model === 'string' ? JSON.parse(model) : model;
    const root = data !== null && typeof data === 'object' && !Array.isArray(data) ? data : {};
    const workingDir = typeof root.workingDir === 'string' && root.workingDir ? root.workingDir.replace(/\/+$/, '') : undefined;
    const images = {};
    const services = root.services !== null && typeof root.services === 'object' ? root.services : {};
    for (const [name, service] of Object.entries(services)) {
        const image = service !== null && typeof service === 'object' ? service.image : undefined;
        images[name] = typeof image === 'string' ? image : null;
    }
    const normalize = (value) => {
        if (typeof value === 'string') {
            if (workingDir && (value === workingDir || value.startsWith(`${workingDir}/`)))
                return `.${value.slice(workingDir.length)}`;
            return value;
        }
        if (Array.isArray(value))
            return value.map(normalize);
        if (value !== null && typeof value === 'object') {
            const copy = {};
            for (const [childKey, child] of Object.entries(value)) {
                if (VOLATILE_KEYS.has(childKey))
                    continue;
                copy[childKey] = normalize(child);
            }
            return copy;
        }
        return value;
    };
    const normalized = normalize(root);
    // Image references leave the model hash (they are in imagesHash); the key stays, so adding or removing an image still counts.
    for (const collection of ['services', 'disabledServices']) {
        const group = normalized[collection];
        if (group === null || typeof group !== 'object')
            continue;
        for (const service of Object.values(group)) {
            if (service !== null && typeof service === 'object' && typeof service.image === 'string') {
                service.image = IMAGE_PLACEHOLDER;
            }
        }
    }
    return { modelHash: sha256Hex(canonicalJson(normalized)), imagesHash: sha256Hex(canonicalJson(images)) };
}
/**
 * Refuses (UserError) unless the deployed commit's pull request carries our preview comment for this stack
 * with the same model hash. Fails closed: when the check cannot be made (no token, no pull request, API
 * errors), the deploy is refused with what to do.
 */
async function checkReviewedDeploy(host, options) {
    const context = (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .readGitHubContext */ .L)(host.env);
    const refuse = (message, cause) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`reviewed-deploy: ${message}`, cause !== undefined ? { cause } : {});
    };
    if (!context.repository || !context.sha)
        return refuse('GITHUB_REPOSITORY and GITHUB_SHA are needed to find the reviewed pull request; run this in a GitHub workflow, or turn reviewed-deploy off.');
    if (!options.token)
        return refuse('the github-token input is empty; it is needed to read the pull request\'s preview comment.');
    host.setSecret(options.token);
    let stage = 'find the pull request of';
    try {
        const client = await (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .createClient */ .UU)(options.token, context);
        const pull = await (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .findPullRequestForCommit */ .g5)(client, context.repository, context.sha);
        if (!pull) {
            return refuse(`commit ${context.sha.slice(0, 12)} does not belong to any pull request, so nothing was reviewed. Deploy commits merged through a pull request whose preview commented on stack "${options.stackName}", or turn reviewed-deploy off.`);
        }
        stage = `read the comments of pull request #${pull.number} for`;
        const identity = await (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveIdentity */ .XH)(client, (message) => host.debug(message));
        const found = await (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .findStackComment */ .tl)(client, context.repository, pull.number, identity, options);
        if (!found) {
            return refuse(`pull request #${pull.number} has no compose-ecs-action preview comment for stack "${options.stackName}" written by ${identity.login}. Run the preview (mode: preview, comment: auto) on the pull request before merging, or turn reviewed-deploy off.`);
        }
        const { marker, comment } = found;
        if (!marker.modelHash) {
            return refuse(`the preview comment on pull request #${pull.number} (${comment.html_url}) records no model hash; re-run the preview with this version of the action.`);
        }
        if (marker.modelHash !== options.hashes.modelHash) {
            return refuse(`the Compose model being deployed differs from the one previewed on pull request #${pull.number} (${comment.html_url}): ` +
                `previewed ${marker.modelHash.slice(0, 12)} in run ${marker.run ?? '?'}, deploying ${options.hashes.modelHash.slice(0, 12)}. ` +
                'Something changed after the last preview (a later push, or another pull request merged first). Re-run the preview on the pull request, or deploy without reviewed-deploy.');
        }
        host.info(`reviewed-deploy: the Compose model matches the preview on pull request #${pull.number} (${comment.html_url}).`);
        if (marker.imagesHash && marker.imagesHash !== options.hashes.imagesHash) {
            host.info('reviewed-deploy: image references differ from the preview (expected with per-commit image tags).');
        }
        if (marker.templateSha256 && options.templateSha256 && marker.templateSha256 !== options.templateSha256) {
            host.info('reviewed-deploy: the template differs from the previewed one (runtime lookups such as image digests or the default VPC can change it).');
        }
        return { pullRequestNumber: pull.number, commentId: comment.id, commentUrl: comment.html_url, marker };
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
            throw error;
        const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(error);
        const advice = status === 403 || status === 404
            ? ' Give the job `permissions: pull-requests: read` and `contents: read`.'
            : '';
        return refuse(`could not ${stage} commit ${context.sha.slice(0, 12)} (${status ? `HTTP ${status}: ` : ''}${(0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}).${advice}`, error);
    }
}
/**
 * Rewrites the status line of the preview comment: "✅ Deployed in run N — url" or "❌ Deploy failed in run N".
 * The reviewed report below it is left as it was. Returns whether a comment was updated; API errors are warnings.
 */
async function markDeployed(host, options) {
    const context = (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .readGitHubContext */ .L)(host.env);
    if (!context.repository || !options.token) {
        host.debug('markDeployed: no repository or token; the preview comment is left as is.');
        return false;
    }
    try {
        const client = await (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .createClient */ .UU)(options.token, context);
        let commentId = options.target?.commentId;
        if (commentId === undefined) {
            if (!context.sha)
                return false;
            const pull = await (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .findPullRequestForCommit */ .g5)(client, context.repository, context.sha);
            if (!pull) {
                host.debug(`markDeployed: commit ${context.sha} has no pull request; nothing to update.`);
                return false;
            }
            const identity = await (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveIdentity */ .XH)(client, (message) => host.debug(message));
            commentId = (await (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .findStackComment */ .tl)(client, context.repository, pull.number, identity, options))?.comment.id;
            if (commentId === undefined) {
                host.debug(`markDeployed: pull request #${pull.number} has no preview comment for ${options.stackName}.`);
                return false;
            }
        }
        // Read it again: a preview run may have rewritten it since the check.
        const current = (await client.rest.issues.getComment({ ...context.repository, comment_id: commentId })).data;
        const marker = (0,_marker_js__WEBPACK_IMPORTED_MODULE_5__/* .parseMarker */ .gY)(current.body);
        if (!marker) {
            host.warning(`The preview comment ${current.html_url} no longer carries the compose-ecs-action marker; its status was not updated.`);
            return false;
        }
        const run = (0,_comment_js__WEBPACK_IMPORTED_MODULE_3__/* .runLink */ .ut)(context.runId, context.runUrl);
        const statusLine = options.outcome === 'deployed'
            ? `> ✅ **Deployed** in ${run}${context.sha ? ` from commit ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)(context.sha.slice(0, 12))}` : ''}${options.url ? ` — ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .link */ .nf)(options.url, options.url)}` : ''}.`
            : `> ❌ **Deploy failed** in ${run}${context.sha ? ` from commit ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)(context.sha.slice(0, 12))}` : ''}; see the run's job summary.`;
        const updatedMarker = { ...marker, deployStatus: options.outcome };
        if (context.runId)
            updatedMarker.deployedRun = context.runId;
        await client.rest.issues.updateComment({ ...context.repository, comment_id: commentId, body: (0,_marker_js__WEBPACK_IMPORTED_MODULE_5__/* .replaceStatus */ .Jk)(current.body ?? '', updatedMarker, statusLine) });
        host.info(`Marked the preview comment as ${options.outcome}: ${current.html_url}`);
        return true;
    }
    catch (error) {
        (0,_comment_js__WEBPACK_IMPORTED_MODULE_3__/* .failed */ .gz)(host, 'update the status of the pull-request comment', error);
        return false;
    }
}


/***/ }),

/***/ 2920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yd: () => (/* binding */ attachTemplate),
  Z1: () => (/* binding */ commentSettings),
  bQ: () => (/* binding */ newReport),
  S3: () => (/* binding */ publishReport),
  fu: () => (/* binding */ runToken),
  xt: () => (/* binding */ stageTemplate),
  Wg: () => (/* binding */ templateStoreFrom)
});

// UNUSED EXPORTS: forceNewDeployment

// EXTERNAL MODULE: ./src/convert/index.ts + 19 modules
var convert = __webpack_require__(3417);
// EXTERNAL MODULE: ./src/convert/render.ts
var render = __webpack_require__(5399);
// EXTERNAL MODULE: ./src/diagnostics.ts + 1 modules
var diagnostics = __webpack_require__(8670);
// EXTERNAL MODULE: ./src/modes/project.ts
var modes_project = __webpack_require__(4449);
// EXTERNAL MODULE: ./src/modes/template-output.ts
var template_output = __webpack_require__(8496);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var aws_clients = __webpack_require__(6076);
;// CONCATENATED MODULE: ./src/aws/lookups.ts
// The AWS facts a template needs that the Compose file cannot give: the VPC and its subnets (which are public,
// in which zone), and that the existing resources the file names (x-aws-cluster, x-aws-loadbalancer, external
// security groups and EFS file systems) really exist. Also finds the EFS file systems an earlier deployment of
// the same stack retained, so a redeploy mounts the same data instead of an empty new file system.
//
// Every list call is paginated. Every failure is a UserError naming the resource and what to do about it.
// Docker's integration put the load balancer in every subnet of the VPC (two in one zone fail: compose-cli#921)
// and never checked DNS hostnames (#2024); here the load balancer gets one public subnet per zone and the VPC's
// DNS support and hostnames are both checked, because Cloud Map service discovery needs them.


const PROJECT_TAG = 'com.docker.compose.project';
const VOLUME_TAG = 'com.docker.compose.volume';
const STACK_NAME_TAG = 'aws:cloudformation:stack-name';
async function lookUpRuntimeFacts(clients, project, options) {
    await checkCluster(clients, project);
    const loadBalancer = await checkLoadBalancer(clients, project);
    const vpcId = await resolveVpc(clients, project, options, loadBalancer?.vpcId);
    await checkVpcDns(clients, vpcId);
    const subnets = await describeVpcSubnets(clients, vpcId, options.subnets);
    const network = chooseSubnets(vpcId, subnets, options, needsLoadBalancer(project) && loadBalancer === undefined);
    network.region = clients.region;
    await checkExternalSecurityGroups(clients, project, vpcId);
    const existingFileSystems = await lookUpFileSystems(clients, project, options);
    return { network, existingFileSystems };
}
// ------------------------------------------------------------------------------------------------ cluster
function stringExtension(project, name) {
    const value = project.extensions[name];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'string' || value === '')
        throw new errors/* UserError */.yo(`${name} must be a non-empty string, got ${JSON.stringify(value)}.`, { key: name, source: project.positions[name] });
    return value;
}
async function checkCluster(clients, project) {
    const cluster = stringExtension(project, 'x-aws-cluster');
    if (cluster === undefined)
        return;
    const { sdk, client } = await clients.ecs();
    const result = await client.send(new sdk.DescribeClustersCommand({ clusters: [cluster] }));
    const found = result.clusters?.find((c) => c.status !== 'INACTIVE');
    if (!found) {
        const reason = result.failures?.[0]?.reason;
        throw new errors/* UserError */.yo(`x-aws-cluster: the ECS cluster "${cluster}" does not exist in ${clients.region}${reason && reason !== 'MISSING' ? ` (${reason})` : ''}. Create it, fix the name or ARN, or remove x-aws-cluster to let the stack create one.`, { key: 'x-aws-cluster', source: project.positions['x-aws-cluster'] });
    }
    if (found.status !== 'ACTIVE') {
        throw new errors/* UserError */.yo(`x-aws-cluster: the ECS cluster "${cluster}" is ${found.status}, not ACTIVE. Wait for it or name another cluster.`, {
            key: 'x-aws-cluster',
            source: project.positions['x-aws-cluster'],
        });
    }
}
// ------------------------------------------------------------------------------------------------ load balancer
/** Docker's rule: application iff every published port of every service is HTTP (x-aws-protocol http/https, else target 80 or 443). */
function requiredLoadBalancerType(project) {
    let any = false;
    let allHttp = true;
    for (const service of Object.values(project.services)) {
        for (const port of service.ports) {
            any = true;
            const protocol = port.extensions['x-aws-protocol'];
            const http = protocol !== undefined && protocol !== null ? protocol === 'http' || protocol === 'https' : port.target === 80 || port.target === 443;
            if (!http)
                allHttp = false;
        }
    }
    if (!any)
        return undefined;
    return allHttp ? 'application' : 'network';
}
function needsLoadBalancer(project) {
    return requiredLoadBalancerType(project) !== undefined;
}
async function checkLoadBalancer(clients, project) {
    const name = stringExtension(project, 'x-aws-loadbalancer');
    if (name === undefined)
        return undefined;
    const at = { key: 'x-aws-loadbalancer', source: project.positions['x-aws-loadbalancer'] };
    const { sdk, client } = await clients.elbv2();
    let found;
    try {
        const result = await client.send(new sdk.DescribeLoadBalancersCommand(name.startsWith('arn:') ? { LoadBalancerArns: [name] } : { Names: [name] }));
        found = result.LoadBalancers?.[0];
    }
    catch (error) {
        if ((0,aws_clients/* errorCode */.CA)(error) !== 'LoadBalancerNotFoundException' && (0,aws_clients/* errorCode */.CA)(error) !== 'LoadBalancerNotFound' && (0,aws_clients/* errorCode */.CA)(error) !== 'ValidationError')
            throw error;
    }
    if (!found) {
        throw new errors/* UserError */.yo(`x-aws-loadbalancer: the load balancer "${name}" does not exist in ${clients.region}. Fix the name or ARN, or remove x-aws-loadbalancer to let the stack create one.`, at);
    }
    const required = requiredLoadBalancerType(project);
    if (required !== undefined && found.Type !== required) {
        throw new errors/* UserError */.yo(`x-aws-loadbalancer: "${name}" is a ${found.Type} load balancer, but the published ports need a ${required} load balancer ` +
            `(application only when every port is HTTP: x-aws-protocol http/https, or target port 80/443). Name a ${required} load balancer or change the ports.`, at);
    }
    return { vpcId: found.VpcId, type: found.Type };
}
// ------------------------------------------------------------------------------------------------ VPC
async function resolveVpc(clients, project, options, loadBalancerVpc) {
    const fromFile = stringExtension(project, 'x-aws-vpc');
    const fileVpc = fromFile?.startsWith('arn:') ? fromFile.slice(fromFile.lastIndexOf('/') + 1) : fromFile;
    const explicit = options.vpc !== '' ? options.vpc : fileVpc;
    if (explicit !== undefined && loadBalancerVpc !== undefined && explicit !== loadBalancerVpc) {
        throw new errors/* UserError */.yo(`x-aws-loadbalancer is attached to VPC ${loadBalancerVpc}, but the stack is to deploy into ${explicit} (${options.vpc !== '' ? 'the "vpc" input' : 'x-aws-vpc'}). Use one VPC.`);
    }
    const wanted = explicit ?? loadBalancerVpc;
    const { sdk, client } = await clients.ec2();
    if (wanted !== undefined) {
        try {
            const result = await client.send(new sdk.DescribeVpcsCommand({ VpcIds: [wanted] }));
            if (result.Vpcs?.length)
                return wanted;
        }
        catch (error) {
            if (!/InvalidVpcID|InvalidVpc/.test((0,aws_clients/* errorCode */.CA)(error)))
                throw error;
        }
        throw new errors/* UserError */.yo(`VPC "${wanted}" (${options.vpc !== '' ? 'the "vpc" input' : fileVpc !== undefined ? 'x-aws-vpc' : 'x-aws-loadbalancer'}) does not exist in ${clients.region}. Fix the id or the region.`);
    }
    for await (const page of sdk.paginateDescribeVpcs({ client }, { Filters: [{ Name: 'isDefault', Values: ['true'] }] })) {
        const vpc = page.Vpcs?.[0];
        if (vpc?.VpcId) {
            options.info(`Using the default VPC ${vpc.VpcId} of ${clients.region}.`);
            return vpc.VpcId;
        }
    }
    throw new errors/* UserError */.yo(`The account has no default VPC in ${clients.region}. Set the "vpc" input (or x-aws-vpc in the Compose file) to the VPC to deploy into.`);
}
async function checkVpcDns(clients, vpcId) {
    const { sdk, client } = await clients.ec2();
    const support = await client.send(new sdk.DescribeVpcAttributeCommand({ VpcId: vpcId, Attribute: 'enableDnsSupport' }));
    if (support.EnableDnsSupport?.Value === false) {
        throw new errors/* UserError */.yo(`VPC ${vpcId} does not have DNS resolution enabled; service discovery (Cloud Map) needs it. Enable it: aws ec2 modify-vpc-attribute --vpc-id ${vpcId} --enable-dns-support "{\\"Value\\":true}"`);
    }
    const hostnames = await client.send(new sdk.DescribeVpcAttributeCommand({ VpcId: vpcId, Attribute: 'enableDnsHostnames' }));
    if (hostnames.EnableDnsHostnames?.Value === false) {
        throw new errors/* UserError */.yo(`VPC ${vpcId} does not have DNS hostnames enabled; service discovery (Cloud Map private DNS) needs it. Enable it: aws ec2 modify-vpc-attribute --vpc-id ${vpcId} --enable-dns-hostnames "{\\"Value\\":true}"`);
    }
}
/** The VPC's subnets (or the given ones, checked to be in it), each with its zone and whether it routes to an internet gateway. */
async function describeVpcSubnets(clients, vpcId, requested) {
    const { sdk, client } = await clients.ec2();
    const all = [];
    for await (const page of sdk.paginateDescribeSubnets({ client }, { Filters: [{ Name: 'vpc-id', Values: [vpcId] }] })) {
        for (const subnet of page.Subnets ?? [])
            if (subnet.SubnetId)
                all.push({ id: subnet.SubnetId, zone: subnet.AvailabilityZone ?? '' });
    }
    if (all.length === 0)
        throw new errors/* UserError */.yo(`VPC ${vpcId} has no subnets. Create subnets (at least two public ones in different availability zones) or choose another VPC.`);
    for (const id of requested) {
        if (!all.some((s) => s.id === id))
            throw new errors/* UserError */.yo(`Subnet "${id}" (the "subnets" input) is not a subnet of VPC ${vpcId} in ${clients.region}. List subnets of that VPC, or set "vpc" to the subnet's VPC.`);
    }
    // A subnet without an explicit association uses the VPC's main route table.
    const associated = new Map();
    let mainPublic = false;
    for await (const page of sdk.paginateDescribeRouteTables({ client }, { Filters: [{ Name: 'vpc-id', Values: [vpcId] }] })) {
        for (const table of page.RouteTables ?? []) {
            const toInternet = (table.Routes ?? []).some((r) => r.GatewayId?.startsWith('igw-') && r.State !== 'blackhole');
            for (const association of table.Associations ?? []) {
                if (association.Main)
                    mainPublic = toInternet;
                else if (association.SubnetId)
                    associated.set(association.SubnetId, toInternet);
            }
        }
    }
    return all.map((s) => ({ id: s.id, availabilityZone: s.zone, public: associated.get(s.id) ?? mainPublic }));
}
/** The first subnet of each zone, zones in name order, subnets in id order (stable across runs). */
function onePerZone(subnets) {
    const byZone = new Map();
    for (const subnet of [...subnets].sort((a, b) => a.availabilityZone.localeCompare(b.availabilityZone) || a.id.localeCompare(b.id))) {
        if (!byZone.has(subnet.availabilityZone))
            byZone.set(subnet.availabilityZone, subnet);
    }
    return [...byZone.values()];
}
/** Tasks: the `subnets` input, else one public subnet per zone (private when there are none); load balancer: one public subnet per zone. */
function chooseSubnets(vpcId, subnets, options, loadBalancerNeeded) {
    const publicSubnets = subnets.filter((s) => s.public);
    let tasks;
    if (options.subnets.length > 0) {
        tasks = options.subnets.map((id) => subnets.find((s) => s.id === id));
        const zones = new Set(tasks.map((s) => s.availabilityZone));
        if (zones.size < tasks.length)
            options.warn('The "subnets" input names two subnets in one availability zone: EFS mount targets allow one per zone, so volumes will fail. Give one subnet per zone.');
    }
    else if (publicSubnets.length > 0) {
        tasks = onePerZone(publicSubnets);
    }
    else {
        tasks = onePerZone(subnets);
        options.warn(`VPC ${vpcId} has no public subnets (none routes to an internet gateway): tasks run in private subnets and need a NAT gateway or VPC endpoints to pull images.`);
    }
    const network = { vpcId, subnets: tasks.map(toSubnet) };
    if (loadBalancerNeeded) {
        const lbSubnets = onePerZone(publicSubnets);
        if (lbSubnets.length < 2) {
            throw new errors/* UserError */.yo(`VPC ${vpcId} needs at least two public subnets (with a route to an internet gateway) in different availability zones for the internet-facing load balancer of the published ports; it has ${lbSubnets.length}. Add them, or choose another VPC with the "vpc" input.`);
        }
        network.loadBalancerSubnets = lbSubnets.map(toSubnet);
    }
    return network;
}
function toSubnet(s) {
    return { id: s.id, availabilityZone: s.availabilityZone, public: s.public };
}
// ------------------------------------------------------------------------------------------------ security groups
/** External networks named `sg-…` (or x-aws-securitygroup) must be existing security groups of the VPC. */
async function checkExternalSecurityGroups(clients, project, vpcId) {
    const groups = new Map();
    for (const network of Object.values(project.networks)) {
        const legacy = network.extensions['x-aws-securitygroup'];
        const name = typeof legacy === 'string' && legacy !== '' ? legacy : network.external ? network.name : undefined;
        if (name?.startsWith('sg-'))
            groups.set(name, network.key);
    }
    if (groups.size === 0)
        return;
    const { sdk, client } = await clients.ec2();
    const found = new Map();
    for (const id of groups.keys()) {
        try {
            for await (const page of sdk.paginateDescribeSecurityGroups({ client }, { GroupIds: [id] })) {
                for (const group of page.SecurityGroups ?? [])
                    if (group.GroupId)
                        found.set(group.GroupId, group.VpcId);
            }
        }
        catch (error) {
            if (!/InvalidGroup/.test((0,aws_clients/* errorCode */.CA)(error)))
                throw error;
        }
    }
    for (const [id, key] of groups) {
        const at = { key: `networks.${key}`, source: project.networks[key]?.source };
        if (!found.has(id))
            throw new errors/* UserError */.yo(`networks.${key}: the security group "${id}" does not exist in ${clients.region}. Fix the name or create the group.`, at);
        if (found.get(id) !== vpcId)
            throw new errors/* UserError */.yo(`networks.${key}: the security group "${id}" belongs to VPC ${found.get(id)}, not to ${vpcId} where the stack deploys.`, at);
    }
}
// ------------------------------------------------------------------------------------------------ EFS
/**
 * Checks external `fs-…` volumes exist, and finds file systems an earlier deployment of this stack retained: tagged
 * com.docker.compose.project = the project, com.docker.compose.volume = the key, and made by a stack of this name
 * (aws:cloudformation:stack-name; without that tag only when the stack has the project's default name). One still
 * owned by a live stack is never reused: that stack manages it (for this stack: the template keeps its resource).
 */
async function lookUpFileSystems(clients, project, options) {
    const volumes = Object.values(project.volumes);
    if (volumes.length === 0)
        return {};
    const { sdk, client } = await clients.efs();
    for (const volume of volumes) {
        if (!volume.external || !volume.name.startsWith('fs-'))
            continue;
        try {
            await client.send(new sdk.DescribeFileSystemsCommand({ FileSystemId: volume.name }));
        }
        catch (error) {
            if ((0,aws_clients/* errorCode */.CA)(error) !== 'FileSystemNotFound')
                throw error;
            throw new errors/* UserError */.yo(`volumes.${volume.key}: the EFS file system "${volume.name}" does not exist in ${clients.region}. Fix the id, or remove "external" to let the stack create one.`, {
                key: `volumes.${volume.key}`,
                source: volume.source,
            });
        }
    }
    const wanted = new Set(volumes.filter((v) => !v.external).map((v) => v.key));
    if (wanted.size === 0)
        return {};
    const defaultStackName = project.name.replace(/_/g, '-') === options.stackName;
    const candidates = [];
    for await (const page of sdk.paginateDescribeFileSystems({ client }, {})) {
        for (const fs of page.FileSystems ?? []) {
            const tags = new Map((fs.Tags ?? []).map((t) => [t.Key, t.Value]));
            const key = tags.get(VOLUME_TAG);
            const owner = tags.get(STACK_NAME_TAG);
            const projectTag = tags.get(PROJECT_TAG);
            if (key === undefined || !wanted.has(key) || !fs.FileSystemId)
                continue;
            if (projectTag !== project.name && projectTag !== options.stackName)
                continue;
            if (owner !== undefined ? owner !== options.stackName : !defaultStackName)
                continue;
            if (fs.LifeCycleState !== undefined && fs.LifeCycleState !== 'available')
                continue;
            candidates.push({ key, id: fs.FileSystemId, owner, created: fs.CreationTime?.getTime() ?? 0 });
        }
    }
    const existing = {};
    let ownerLive;
    for (const candidate of candidates.sort((a, b) => b.created - a.created)) {
        if (existing[candidate.key] !== undefined)
            continue;
        if (candidate.owner !== undefined) {
            ownerLive ??= await stackIsLive(clients, candidate.owner);
            if (ownerLive)
                continue;
        }
        existing[candidate.key] = candidate.id;
        options.info(`Volume "${candidate.key}": reusing the file system ${candidate.id} retained by an earlier deployment of ${options.stackName}.`);
    }
    return existing;
}
async function stackIsLive(clients, stackName) {
    const { sdk, client } = await clients.cloudFormation();
    try {
        const result = await client.send(new sdk.DescribeStacksCommand({ StackName: stackName }));
        return (result.Stacks ?? []).some((s) => s.StackStatus !== 'DELETE_COMPLETE');
    }
    catch (error) {
        if ((0,aws_clients/* errorCode */.CA)(error) === 'ValidationError' && /does not exist/.test((0,aws_clients/* errorMessage */.gJ)(error)))
            return false;
        throw error;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./src/aws/proxy.ts
var aws_proxy = __webpack_require__(1373);
;// CONCATENATED MODULE: ./src/aws/registry.ts
// Pinning image tags to registry digests (`pin-images`), so a tag that moved (`:latest`, `:main`) rolls out a new
// task definition and the deployed task definition says exactly what runs. Registry HTTP API v2: HEAD (then GET)
// /v2/<name>/manifests/<tag> accepting OCI indexes, Docker manifest lists and single manifests, reading
// Docker-Content-Digest (or hashing the body when a registry leaves it out).
//
// Authentication: the anonymous token flow for public registries (401 + WWW-Authenticate: Bearer realm=…), ECR
// with GetAuthorizationToken (Basic). An image that cannot be resolved (private registry without credentials,
// registry unreachable) is deployed by its tag with a warning — Docker aborted the deployment there (#1173) — but a
// tag the registry says does not exist fails the run, because the tasks could never start.
//
// Registries on loopback (127.0.0.1, localhost, [::1]) and those listed in COMPOSE_ECS_INSECURE_REGISTRIES
// (comma-separated host[:port]) are spoken to over plain http, as Docker treats them.






const MANIFEST_ACCEPT = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
].join(', ');
function parseImageReference(image) {
    let rest = image;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag = 'latest';
    const lastColon = rest.lastIndexOf(':');
    if (lastColon > rest.lastIndexOf('/')) {
        tag = rest.slice(lastColon + 1);
        rest = rest.slice(0, lastColon);
    }
    const name = rest;
    const slash = rest.indexOf('/');
    const first = slash >= 0 ? rest.slice(0, slash) : '';
    const hasRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
    const registry = hasRegistry ? first : 'registry-1.docker.io';
    let repository = hasRegistry ? rest.slice(slash + 1) : rest;
    if (!hasRegistry && !repository.includes('/'))
        repository = `library/${repository}`;
    return { original: image, registry: registry === 'docker.io' || registry === 'index.docker.io' ? 'registry-1.docker.io' : registry, repository, name, tag, ...(digest ? { digest } : {}) };
}
const ECR_REGISTRY = /^(\d{12})\.dkr\.ecr(-fips)?\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/;
/** Reference as written → `name@sha256:…`, for every image that could be resolved. */
async function pinImages(images, options) {
    const resolver = new RegistryResolver(options);
    const pinned = {};
    for (const { service, image } of images) {
        if (pinned[image] !== undefined)
            continue;
        const ref = parseImageReference(image);
        if (ref.digest)
            continue;
        const digest = await resolver.digestOf(ref, service);
        if (digest) {
            pinned[image] = `${ref.name}@${digest}`;
            options.info(`Image ${image} of ${service} pinned to ${digest}.`);
        }
    }
    return pinned;
}
class RegistryResolver {
    options;
    tokens = new Map();
    agent;
    insecure;
    constructor(options) {
        this.options = options;
        const proxy = (0,aws_proxy/* proxySettingsFrom */.Yw)(options.env);
        if (proxy)
            this.agent = new aws_proxy/* ConnectTunnelAgent */.yq(proxy);
        this.insecure = new Set((options.env.COMPOSE_ECS_INSECURE_REGISTRIES ?? '')
            .split(',')
            .map((s) => s.trim().toLowerCase())
            .filter(Boolean));
    }
    schemeOf(registry) {
        const host = registry.toLowerCase();
        if (this.insecure.has(host) || this.insecure.has(host.replace(/:\d+$/, '')))
            return 'http';
        return /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(host) ? 'http' : 'https';
    }
    async digestOf(ref, service) {
        const url = `${this.schemeOf(ref.registry)}://${ref.registry}/v2/${ref.repository}/manifests/${encodeURIComponent(ref.tag)}`;
        try {
            let auth = await this.initialAuthorization(ref);
            let response = await this.fetch('HEAD', url, auth);
            if (response.status === 401) {
                auth = await this.challenge(ref, response.headers['www-authenticate']);
                if (auth)
                    response = await this.fetch('HEAD', url, auth);
            }
            if (response.status === 404) {
                throw new errors/* UserError */.yo(`services.${service}.image: ${ref.original} does not exist in ${ref.registry} (the registry has no tag "${ref.tag}" for ${ref.repository}). Push it, or fix the tag.`, {
                    key: `services.${service}.image`,
                });
            }
            if (response.status === 401 || response.status === 403) {
                this.options.warn(`Cannot pin ${ref.original} (service ${service}) to a digest: ${ref.registry} refused anonymous access (HTTP ${response.status}). It is deployed by its tag; set pin-images: false to skip pinning.`);
                return undefined;
            }
            let digest = header(response.headers, 'docker-content-digest');
            if (response.status >= 200 && response.status < 300 && !digest) {
                // Some registries leave the digest out of HEAD: the digest is the SHA-256 of the manifest bytes.
                const full = await this.fetch('GET', url, auth);
                digest = header(full.headers, 'docker-content-digest') ?? (full.status === 200 ? `sha256:${(0,external_node_crypto_.createHash)('sha256').update(full.body).digest('hex')}` : undefined);
            }
            if (!digest || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
                this.options.warn(`Cannot pin ${ref.original} (service ${service}): ${ref.registry} answered HTTP ${response.status} without a digest. It is deployed by its tag.`);
                return undefined;
            }
            return digest;
        }
        catch (error) {
            if (error instanceof errors/* UserError */.yo)
                throw error;
            // Unreachable is an error, not a silent deploy by tag: the tag may have moved, which is what pinning is for.
            // (A registry that answers but refuses anonymous access is a warning above: ECS may hold pull credentials.)
            throw new errors/* UserError */.yo(`services.${service}.image: cannot reach the registry ${ref.registry} to pin ${ref.original} to a digest (${(0,aws_clients/* errorMessage */.gJ)(error)}). ` +
                'Check the image name and the runner\'s network access (HTTPS_PROXY), or set pin-images: false to deploy by tag.', { key: `services.${service}.image`, cause: error });
        }
    }
    /** ECR (any region: the registry host names it): Basic auth from GetAuthorizationToken, before the first request. */
    async initialAuthorization(ref) {
        const ecr = ECR_REGISTRY.exec(ref.registry);
        if (!ecr || !this.options.clients)
            return undefined;
        const cached = this.tokens.get(ref.registry);
        if (cached)
            return cached;
        const { sdk, client } = await this.options.clients.ecr(ecr[3]);
        const result = await client.send(new sdk.GetAuthorizationTokenCommand({ registryIds: [ecr[1]] }));
        const token = result.authorizationData?.[0]?.authorizationToken;
        if (!token)
            return undefined;
        this.options.setSecret(token);
        const auth = `Basic ${token}`;
        this.tokens.set(ref.registry, auth);
        return auth;
    }
    /** The anonymous Bearer token flow: GET realm?service=…&scope=repository:<repo>:pull. */
    async challenge(ref, wwwAuthenticate) {
        const value = Array.isArray(wwwAuthenticate) ? wwwAuthenticate[0] : wwwAuthenticate;
        if (!value || !/^Bearer\s/i.test(value))
            return undefined;
        const params = Object.fromEntries([...value.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1].toLowerCase(), m[2]]));
        if (!params.realm)
            return undefined;
        const realm = new URL(params.realm);
        if (params.service)
            realm.searchParams.set('service', params.service);
        realm.searchParams.set('scope', params.scope ?? `repository:${ref.repository}:pull`);
        const response = await this.fetch('GET', realm.toString(), undefined);
        if (response.status !== 200)
            return undefined;
        const body = JSON.parse(response.body.toString('utf8'));
        const token = body.token ?? body.access_token;
        if (!token)
            return undefined;
        this.options.setSecret(token);
        return `Bearer ${token}`;
    }
    fetch(method, url, authorization, redirects = 3) {
        return new Promise((resolve, reject) => {
            const target = new URL(url);
            const send = target.protocol === 'http:' ? external_node_http_.request : external_node_https_.request;
            const headers = { Accept: MANIFEST_ACCEPT, 'User-Agent': 'compose-ecs-action' };
            if (authorization)
                headers.Authorization = authorization;
            const req = send(target, { method, headers, ...(target.protocol === 'https:' && this.agent ? { agent: this.agent } : {}), timeout: this.options.timeoutMs ?? 15_000 }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('end', () => {
                    const status = res.statusCode ?? 0;
                    const location = res.headers.location;
                    if (status >= 300 && status < 400 && location && redirects > 0) {
                        // Blob/manifest redirects to storage: never forward the registry credentials.
                        this.fetch(method, new URL(location, target).toString(), undefined, redirects - 1).then(resolve, reject);
                        return;
                    }
                    resolve({ status, headers: res.headers, body: Buffer.concat(chunks) });
                });
                res.on('error', reject);
            });
            req.on('timeout', () => req.destroy(new Error(`${target.host} did not answer within ${(this.options.timeoutMs ?? 15_000) / 1000} s`)));
            req.on('error', reject);
            req.end();
        });
    }
}
function header(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}

// EXTERNAL MODULE: ./src/github/report.ts
var github_report = __webpack_require__(2745);
// EXTERNAL MODULE: ./src/github/reviewed.ts
var reviewed = __webpack_require__(3346);
// EXTERNAL MODULE: ./src/github/context.ts
var github_context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/github/summary.ts
var summary = __webpack_require__(2935);
// EXTERNAL MODULE: ./src/github/comment.ts
var comment = __webpack_require__(7318);
;// CONCATENATED MODULE: ./src/modes/stage.ts
// What preview and deploy share before they touch a stack: the AWS lookups that complete the network facts,
// image pinning, the conversion, the written template (template-path, template-sha256, stack-name, as convert
// writes them), and the RunReport both fill and publish (job summary always, pull-request comment as asked).













async function stageTemplate(context, loaded, options) {
    const { host } = context;
    const { project, stackName, workingDir } = loaded;
    let network = (0,modes_project/* networkFactsFromInputs */.r$)(context);
    let existingFileSystems;
    let pinnedImages = {};
    if (options.clients) {
        const facts = await lookUpRuntimeFacts(options.clients, project, {
            vpc: context.inputs.string('vpc'),
            subnets: context.inputs.list('subnets'),
            stackName,
            warn: (m) => host.warning(m),
            info: (m) => host.info(m),
        });
        network = facts.network;
        existingFileSystems = facts.existingFileSystems;
        if (options.pinImages) {
            const images = Object.values(project.services).flatMap((s) => (s.image ? [{ service: s.name, image: s.image }] : []));
            pinnedImages = await pinImages(images, {
                env: host.env,
                clients: options.clients,
                warn: (m) => host.warning(m),
                info: (m) => host.info(m),
                setSecret: (v) => host.setSecret(v),
            });
        }
    }
    const { template, warnings } = (0,convert/* convertProject */.$l)(project, { stackName, network, existingFileSystems, pinnedImages });
    (0,diagnostics/* reportDiagnostics */.D)(host, warnings, 'warning');
    if (options.forceNewDeploymentNonce)
        forceNewDeployment(template, options.forceNewDeploymentNonce);
    const written = (0,template_output/* writeTemplate */.sy)(context, template, stackName, workingDir);
    host.setOutput('stack-name', stackName);
    return { template, warnings, written, body: (0,render/* minifiedJson */.Gy)(template), pinnedImages };
}
/**
 * ECS rolls a service's tasks when its ForceNewDeploymentNonce changes. Set only when asked, with this run's
 * token, so an unchanged deployment stays unchanged otherwise.
 */
function forceNewDeployment(template, nonce) {
    for (const resource of Object.values(template.Resources)) {
        if (resource.Type !== 'AWS::ECS::Service')
            continue;
        resource.Properties = { ...resource.Properties, ForceNewDeployment: { EnableForceNewDeployment: true, ForceNewDeploymentNonce: nonce } };
    }
}
/** This run's token: the workflow run and attempt, else the time. */
function runToken(env, now = new Date()) {
    return env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}` : now.toISOString();
}
function templateStoreFrom(context) {
    const bucket = context.inputs.string('s3-bucket');
    if (bucket === '')
        return undefined;
    let prefix = context.inputs.string('s3-prefix');
    if (prefix !== '' && !prefix.endsWith('/'))
        prefix += '/';
    return { bucket, prefix };
}
/** The report skeleton every AWS mode fills. */
function newReport(context, loaded, mode, region) {
    const github = (0,github_context/* readGitHubContext */.L)(context.host.env);
    const report = {
        mode,
        result: 'failure',
        stackName: loaded.stackName,
        project: loaded.project.name,
        startedAt: new Date().toISOString(),
        hashes: (0,reviewed/* computeReviewHashes */.MU)(loaded.project),
    };
    if (region) {
        report.region = region;
        report.links = { cloudFormation: (0,github_report/* cloudFormationConsoleUrl */.v_)(region, loaded.stackName) };
    }
    if (github.runId)
        report.run = { id: github.runId, attempt: github.runAttempt, url: github.runUrl, sha: github.headSha ?? github.sha };
    return report;
}
function attachTemplate(report, staged) {
    report.template = (0,template_output/* templateInfo */.pT)(staged.written);
    report.warnings = staged.warnings.map(template_output/* toReportWarning */.I6);
}
/** Reads the comment inputs up front, so a bad value fails before any AWS call. */
function commentSettings(context) {
    return (0,comment/* readCommentSettings */.HW)(context.host);
}
/** Job summary always; the pull-request comment as the `comment` input says. Never throws. */
async function publishReport(context, report, settings) {
    report.finishedAt = new Date().toISOString();
    await (0,summary.writeSummary)(context.host, report, { redactEnvironment: settings?.redactEnvironment ?? false });
    if (settings) {
        try {
            await (0,comment/* publishComment */.p8)(context.host, report, settings);
        }
        catch (error) {
            context.host.warning(`Could not publish the pull-request comment: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
}


/***/ }),

/***/ 8496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I6: () => (/* binding */ toReportWarning),
/* harmony export */   pT: () => (/* binding */ templateInfo),
/* harmony export */   sy: () => (/* binding */ writeTemplate),
/* harmony export */   vx: () => (/* binding */ templateInventory)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _convert_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3417);
/* harmony import */ var _write_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8655);
// Writing the generated template where the user asked (template-path), or to stdout in the CLI, and the
// short markdown summary of what it contains. Written whole or not at all: a failure never leaves half a file.




function writeTemplate(context, template, stackName, workingDir) {
    const { host, inputs } = context;
    const format = inputs.oneOf('template-format', ['yaml', 'json']);
    const text = (0,_convert_index_js__WEBPACK_IMPORTED_MODULE_2__/* .renderTemplate */ .Xm)(template, format);
    const sha256 = (0,_convert_index_js__WEBPACK_IMPORTED_MODULE_2__/* .templateSha256 */ .K4)(template);
    let path;
    const requested = inputs.string('template-path');
    if (requested !== '')
        path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workingDir, requested);
    else if (host.kind === 'action') {
        path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'compose-ecs-action', `${stackName}.template.${format === 'json' ? 'json' : 'yaml'}`);
    }
    if (path) {
        (0,_write_file_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomically */ .l)(path, text, 'template', 'template-path');
        host.setOutput('template-path', path);
        host.info(`Template written to ${path}`);
    }
    else {
        host.writeStdout(text.endsWith('\n') ? text : `${text}\n`);
    }
    host.setOutput('template-sha256', sha256);
    return { path, sha256, format, text };
}
/** What the template holds: services, resource counts by type, and whether network facts were resolved. */
function templateInventory(options) {
    const { project, template, unresolvedNetworkParameters: unresolved } = options;
    const counts = new Map();
    for (const resource of Object.values(template.Resources))
        counts.set(resource.Type, (counts.get(resource.Type) ?? 0) + 1);
    const rows = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, n]) => `| \`${type}\` | ${n} |`);
    const services = Object.keys(project.services);
    const lines = [
        '',
        `### What the template holds`,
        '',
        `${services.length} service(s) (${services.map((s) => `\`${escapeCode(s)}\``).join(', ')}), ${Object.keys(template.Resources).length} resources.`,
        '',
        unresolved.length > 0
            ? `Network facts are unresolved (no \`vpc\`/\`subnets\` given and no AWS lookup in this mode): the template takes them as Parameters (${unresolved.map((p) => `\`${p}\``).join(', ')}).`
            : 'Network facts are resolved and inlined.',
        '',
        '| Resource type | Count |',
        '| --- | --- |',
        ...rows,
        '',
    ];
    return lines.join('\n');
}
/** Service names are [a-zA-Z0-9._-] (the Compose schema), but a backtick must never close the code span. */
function escapeCode(text) {
    return text.replace(/`/g, "'");
}
/** The written template as the renderer's RunReport carries it. */
function templateInfo(written) {
    return { format: written.format, body: written.text, sha256: written.sha256, ...(written.path ? { path: written.path } : {}) };
}
/** A loader or converter diagnostic as the renderer's RunReport carries it. */
function toReportWarning(d) {
    const warning = { message: d.message };
    if (d.key)
        warning.key = d.key;
    if (d.source?.file)
        warning.file = d.source.file;
    if (d.source?.line !== undefined)
        warning.line = d.source.line;
    if (d.source?.column !== undefined)
        warning.column = d.source.column;
    return warning;
}


/***/ }),

/***/ 8655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ writeFileAtomically)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
// Writing an artifact the user asked for (a template, a Compose override) whole or not at all: a failure never
// leaves half a file where a later step would pick it up.



/** Writes through a temporary file and a rename; `what` and `input` name the artifact and its path input in errors. */
function writeFileAtomically(path, text, what, input) {
    const temporary = `${path}.${process.pid}.tmp`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, text);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, path);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temporary, { force: true });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot write the ${what} to ${path}: ${error.message}. Check that "${input}" names a writable location.`, { cause: error });
    }
}


/***/ })

};
