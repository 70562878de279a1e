export const id = 561;
export const ids = [561];
export const modules = {

/***/ 8561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatLines: () => (/* binding */ formatLines),
/* harmony export */   runLogs: () => (/* binding */ runLogs),
/* harmony export */   toLogLine: () => (/* binding */ toLogLine)
/* harmony export */ });
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6076);
/* harmony import */ var _aws_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6963);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _operate_target_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9344);
/* harmony import */ var _operate_stacks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4231);
/* harmony import */ var _operate_duration_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(650);
// `logs` (docker compose logs): the CloudWatch Logs of the stack's log group, printed to stdout as
// `service | task | message`. The log group is the stack's AWS::Logs::LogGroup (`/docker-compose/<stack>`, the
// converter's name and Docker's); streams are `<stack>/<container>/<task-id>` (awslogs-stream-prefix = stack),
// and a Compose service's main container is named after it, so `service` filters by the stream prefix
// `<stack>/<service>/`. Every page of FilterLogEvents is read (Docker's `logs` had no --since and no --tail).
//
// Without `tail` lines stream out page by page (memory stays flat); with it, only the last N lines of each
// service are kept and printed in time order at the end.






/** Length of the task-id prefix shown on each line (docker compose shows `web-1`; ECS task ids are 32 hex). */
const TASK_ID_SHOWN = 8;
async function runLogs(context) {
    const { host, inputs } = context;
    const target = (0,_operate_target_js__WEBPACK_IMPORTED_MODULE_3__/* .stackTarget */ .s2)(context);
    const { stackName } = target;
    const service = inputs.string('service');
    const startTime = (0,_operate_duration_js__WEBPACK_IMPORTED_MODULE_5__/* .pointInTimeInput */ .NI)('since', inputs.string('since'), Date.now());
    const tail = inputs.number('tail', { min: 0, integer: true });
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
        const width = { value: 0 };
        try {
            for await (const page of sdk.paginateFilterLogEvents({ client }, { logGroupName, logStreamNamePrefix: prefix, startTime })) {
                const lines = (page.events ?? []).map((event) => toLogLine(event, stackName));
                seen += lines.length;
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
    }
    finally {
        await clients.destroy();
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
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* unused harmony export parseDurationMs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
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
/** 5 400 000 → `1h30m`, for messages. */
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
