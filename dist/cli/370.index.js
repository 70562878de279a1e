export const id = 370;
export const ids = [370];
export const modules = {

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

/***/ 5370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runStatus: () => (/* binding */ runStatus),
  statusJson: () => (/* binding */ statusJson)
});

// EXTERNAL MODULE: ./src/aws/clients.ts
var aws_clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/credentials.ts
var credentials = __webpack_require__(6963);
// EXTERNAL MODULE: ./src/github/summary.ts
var summary = __webpack_require__(2935);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/operate/target.ts
var operate_target = __webpack_require__(9344);
// EXTERNAL MODULE: ./src/operate/stacks.ts
var stacks = __webpack_require__(4231);
// EXTERNAL MODULE: ./src/convert/naming.ts
var naming = __webpack_require__(5419);
;// CONCATENATED MODULE: ./src/operate/service-status.ts
// What `status` (docker compose ps) reads: the stack's ECS services with their counts and deployments, their
// tasks, and the public URLs the stack's Outputs publish. Services come from the stack's resources (not a
// ListServices of the cluster, which an x-aws-cluster may share with other stacks). DescribeServices takes at
// most 10 services and DescribeTasks 100 tasks per call; ListTasks is read to its last page.



const DESCRIBE_SERVICES_BATCH = 10;
const DESCRIBE_TASKS_BATCH = 100;
/** Stopped tasks shown per service: enough to see a crash loop, not a wall of history. */
const STOPPED_TASKS_SHOWN = 5;
async function readStackStatus(clients, stack, composeServiceNames) {
    const stackName = stack.StackName ?? '';
    const resources = await (0,stacks/* listStackResources */.uq)(clients, stackName);
    const serviceResources = resources.filter((r) => r.ResourceType === 'AWS::ECS::Service' && r.PhysicalResourceId && r.ResourceStatus !== 'DELETE_COMPLETE');
    const urls = urlsFromOutputs(stack, composeServiceNames);
    const report = { stackName, stackStatus: stack.StackStatus, services: [], urls };
    if (serviceResources.length === 0)
        return report;
    const cluster = await clusterOf(clients, stack, resources, serviceResources);
    report.cluster = cluster;
    const { sdk, client } = await clients.ecs();
    const described = [];
    const arns = serviceResources.map((r) => r.PhysicalResourceId);
    for (let i = 0; i < arns.length; i += DESCRIBE_SERVICES_BATCH) {
        const result = await client.send(new sdk.DescribeServicesCommand({ cluster, services: arns.slice(i, i + DESCRIBE_SERVICES_BATCH), include: ['TAGS'] }));
        described.push(...(result.services ?? []));
    }
    const byLogicalId = new Map(serviceResources.map((r) => [r.PhysicalResourceId, r.LogicalResourceId ?? '']));
    for (const service of described) {
        const arn = service.serviceArn ?? '';
        const tasks = await readTasks(clients, cluster, service.serviceName ?? arn);
        const name = composeServiceName(service, byLogicalId.get(arn) ?? '', composeServiceNames, tasks);
        const deployments = (service.deployments ?? []).map(toDeploymentState);
        const primary = (service.deployments ?? []).find((d) => d.status === 'PRIMARY');
        const mainContainer = tasks.flatMap((t) => t.containers).find((c) => c.name === name && c.image);
        report.services.push({
            name,
            ecsName: service.serviceName,
            arn,
            status: service.status,
            desired: service.desiredCount ?? 0,
            running: service.runningCount ?? 0,
            pending: service.pendingCount ?? 0,
            rolloutState: primary?.rolloutState,
            deployments,
            deploymentInProgress: deployments.length > 1 || primary?.rolloutState === 'IN_PROGRESS',
            image: mainContainer?.image,
            tasks,
            urls: urls[name] ?? [],
            events: (service.events ?? []).slice(0, 5).map((e) => e.message ?? ''),
        });
    }
    report.services.sort((a, b) => a.name.localeCompare(b.name));
    return report;
}
function toDeploymentState(d) {
    return {
        id: d.id,
        status: d.status,
        rolloutState: d.rolloutState,
        rolloutStateReason: d.rolloutStateReason,
        taskDefinition: d.taskDefinition,
        desired: d.desiredCount,
        running: d.runningCount,
        pending: d.pendingCount,
        failedTasks: d.failedTasks,
    };
}
/**
 * The cluster: the stack's own AWS::ECS::Cluster, else (x-aws-cluster) the one the template's Metadata names,
 * else the one a long service ARN (service/<cluster>/<name>) carries.
 */
async function clusterOf(clients, stack, resources, services) {
    const own = resources.find((r) => r.ResourceType === 'AWS::ECS::Cluster' && r.PhysicalResourceId);
    if (own?.PhysicalResourceId)
        return own.PhysicalResourceId;
    const fromArn = /:service\/([^/]+)\/[^/]+$/.exec(services[0].PhysicalResourceId ?? '')?.[1];
    if (fromArn)
        return fromArn;
    const { sdk, client } = await clients.cloudFormation();
    const summary = await client.send(new sdk.GetTemplateSummaryCommand({ StackName: stack.StackId ?? stack.StackName }));
    const metadata = summary.Metadata ? JSON.parse(summary.Metadata) : {};
    if (typeof metadata.Cluster === 'string' && metadata.Cluster !== '')
        return metadata.Cluster;
    throw new errors/* UserError */.yo(`Cannot tell which ECS cluster stack ${stack.StackName} uses: it has no AWS::ECS::Cluster resource and its template names none (Metadata.Cluster). Was it deployed by this action?`);
}
/** Running tasks (all pages) and the latest few stopped ones, described in batches of 100. */
async function readTasks(clients, cluster, serviceName) {
    const { sdk, client } = await clients.ecs();
    const running = [];
    for await (const page of sdk.paginateListTasks({ client }, { cluster, serviceName, desiredStatus: 'RUNNING' }))
        running.push(...(page.taskArns ?? []));
    const stopped = [];
    for await (const page of sdk.paginateListTasks({ client }, { cluster, serviceName, desiredStatus: 'STOPPED' })) {
        stopped.push(...(page.taskArns ?? []));
        if (stopped.length >= STOPPED_TASKS_SHOWN)
            break;
    }
    const arns = [...running, ...stopped.slice(0, STOPPED_TASKS_SHOWN)];
    const tasks = [];
    for (let i = 0; i < arns.length; i += DESCRIBE_TASKS_BATCH) {
        const result = await client.send(new sdk.DescribeTasksCommand({ cluster, tasks: arns.slice(i, i + DESCRIBE_TASKS_BATCH) }));
        tasks.push(...(result.tasks ?? []));
    }
    return tasks.map(toTaskState);
}
function toTaskState(task) {
    const arn = task.taskArn ?? '';
    return {
        id: arn.split('/').pop() ?? arn,
        arn,
        lastStatus: task.lastStatus,
        desiredStatus: task.desiredStatus,
        health: task.healthStatus,
        startedAt: task.startedAt?.toISOString(),
        stoppedAt: task.stoppedAt?.toISOString(),
        stopCode: task.stopCode,
        stoppedReason: task.stoppedReason,
        containers: (task.containers ?? []).map((c) => ({ name: c.name ?? '', lastStatus: c.lastStatus, exitCode: c.exitCode, reason: c.reason, image: c.image })),
    };
}
/**
 * The Compose service an ECS service runs: its com.docker.compose.service tag; else the Compose service whose
 * logical id (`<Normalized>Service`) it has; else its task's main container (named after the service, init
 * containers end in `_InitContainer`); else the logical id without `Service`.
 */
function composeServiceName(service, logicalId, composeServiceNames, tasks) {
    const tagged = service.tags?.find((t) => t.key === naming/* SERVICE_TAG */.dt)?.value;
    if (tagged)
        return tagged;
    const byLogicalId = composeServiceNames.find((name) => `${(0,naming/* normalizeResourceName */.LU)(name)}Service` === logicalId);
    if (byLogicalId)
        return byLogicalId;
    const main = tasks.flatMap((t) => t.containers).find((c) => c.name !== '' && !c.name.endsWith('_InitContainer'));
    if (main)
        return main.name;
    return logicalId.replace(/Service$/, '') || (service.serviceName ?? 'service');
}
/**
 * Public URLs from the stack Outputs the converter writes: `<S><PROTO><port>Url`, described as "Public endpoint
 * of service <name>, port …". The description names the service exactly; the logical-id prefix is the fallback.
 */
function urlsFromOutputs(stack, composeServiceNames) {
    const urls = {};
    const descriptions = new Map((stack.Outputs ?? []).map((o) => [o.OutputKey ?? '', o.Description ?? '']));
    for (const [key, value] of Object.entries((0,stacks/* outputsOf */.Yz)(stack))) {
        if (!/Url$/.test(key) || value === '')
            continue;
        const described = /^Public endpoint of service (.+), port \d+/.exec(descriptions.get(key) ?? '')?.[1];
        const byPrefix = composeServiceNames.find((name) => new RegExp(`^${(0,naming/* normalizeResourceName */.LU)(name)}(TCP|UDP|HTTP|HTTPS)\\d+Url$`).test(key));
        const service = described ?? byPrefix ?? '_';
        (urls[service] ??= []).push(value);
    }
    for (const list of Object.values(urls))
        list.sort();
    return urls;
}

// EXTERNAL MODULE: ./src/operate/table.ts
var table = __webpack_require__(1168);
// EXTERNAL MODULE: ./src/modes/project.ts
var project = __webpack_require__(4449);
;// CONCATENATED MODULE: ./src/modes/status.ts
// `status` (docker compose ps): the stack's services with desired/running/pending counts, deployments still
// rolling out, one row per task, and the published URLs. Read-only. Outputs: `status` (JSON), `url` (the first
// URL), `urls` (service → URLs), `stack-name`. A table goes to the log; the job summary gets the same services.









async function runStatus(context) {
    const { host, inputs } = context;
    const target = (0,operate_target/* stackTarget */.s2)(context);
    const { stackName } = target;
    host.setOutput('stack-name', stackName);
    const composeServiceNames = serviceNamesIfLoadable(context);
    const clients = aws_clients/* AwsClients */.cE.forHost(host, inputs);
    try {
        await (0,credentials/* verifyCredentials */.qH)(clients);
        const stack = await (0,stacks/* describeStack */.GO)(clients, stackName);
        if (!stack)
            throw new errors/* UserError */.yo(`Stack ${stackName} does not exist in ${clients.region}: deploy it first (mode: deploy), or check "stack-name" / "region".`);
        const status = await readStackStatus(clients, stack, composeServiceNames);
        const { urls } = status;
        const firstUrl = status.services.flatMap((s) => s.urls)[0] ?? Object.values(urls).flat()[0] ?? '';
        host.setOutput('status', JSON.stringify(statusJson(status)));
        host.setOutput('urls', JSON.stringify(urls));
        host.setOutput('url', firstUrl);
        host.info(`Stack ${stackName}: ${status.stackStatus}${status.cluster ? ` · cluster ${status.cluster}` : ''}`);
        host.info((0,table/* textTable */.e)(serviceTable(status)));
        const tasks = taskTable(status);
        if (tasks.rows.length > 0)
            host.info(`\n${(0,table/* textTable */.e)(tasks)}`);
        for (const service of status.services.filter((s) => s.deploymentInProgress)) {
            host.info(`Deployment in progress for ${service.name}: ${service.deployments.map((d) => `${d.status} ${d.rolloutState ?? ''} ${d.running ?? 0}/${d.desired ?? 0}`.trim()).join(', ')}`);
        }
        if (firstUrl)
            host.info(`URL: ${firstUrl}`);
        const report = {
            mode: 'status',
            result: 'success',
            stackName,
            project: target.projectName ?? (0,stacks/* projectOfStack */.ZG)(stack) ?? stackName,
            region: clients.region,
            links: (0,operate_target/* consoleLinks */.tr)(clients),
            stackStatus: status.stackStatus,
            services: status.services.map((s) => ({ name: s.name, image: s.image, desired: s.desired, running: s.running, pending: s.pending, rolloutState: s.rolloutState })),
            urls,
        };
        await (0,summary.writeSummary)(host, report);
        if (tasks.rows.length > 0)
            await host.appendSummary(`\n### Tasks\n\n${(0,table/* markdownTable */.Q)(tasks)}\n`);
    }
    finally {
        await clients.destroy();
    }
}
/** The Compose file's service names when there is one: they name services exactly (tags may be missing). */
function serviceNamesIfLoadable(context) {
    try {
        if (context.inputs.string('stack-name') !== '' && context.inputs.list('compose-file').length === 0)
            return [];
        return Object.keys((0,project/* loadForMode */.F1)(context).project.services);
    }
    catch {
        // status works without the Compose file; names then come from tags and task containers.
        return [];
    }
}
/** The `status` output: stable field names, for `fromJSON` in later steps. */
function statusJson(status) {
    return {
        stackName: status.stackName,
        stackStatus: status.stackStatus,
        cluster: status.cluster,
        services: status.services.map((s) => ({
            name: s.name,
            ecsServiceName: s.ecsName,
            status: s.status,
            desired: s.desired,
            running: s.running,
            pending: s.pending,
            rolloutState: s.rolloutState,
            deploymentInProgress: s.deploymentInProgress,
            deployments: s.deployments,
            image: s.image,
            urls: s.urls,
            tasks: s.tasks.map((t) => ({ id: t.id, lastStatus: t.lastStatus, desiredStatus: t.desiredStatus, health: t.health, startedAt: t.startedAt, stoppedAt: t.stoppedAt, stopCode: t.stopCode, stoppedReason: t.stoppedReason })),
        })),
        urls: status.urls,
    };
}
function serviceTable(status) {
    return {
        headers: ['SERVICE', 'DESIRED', 'RUNNING', 'PENDING', 'ROLLOUT', 'URL'],
        rows: status.services.map((s) => [s.name, String(s.desired), String(s.running), String(s.pending), `${s.rolloutState ?? ''}${s.deployments.length > 1 ? ` (${s.deployments.length} deployments)` : ''}`, s.urls.join(' ')]),
    };
}
/** One row per task, docker compose ps style. */
function taskTable(status) {
    const rows = [];
    for (const service of status.services) {
        for (const task of service.tasks) {
            const exited = task.containers.filter((c) => c.exitCode !== undefined && c.exitCode !== 0).map((c) => `${c.name} exited ${c.exitCode}${c.reason ? `: ${c.reason}` : ''}`);
            const why = [task.stoppedReason, ...exited].filter((x) => x).join('; ');
            rows.push([task.id, service.name, task.lastStatus ?? '', task.health && task.health !== 'UNKNOWN' ? task.health : '', task.startedAt ?? '', why]);
        }
    }
    return { headers: ['TASK', 'SERVICE', 'STATE', 'HEALTH', 'STARTED', 'REASON'], rows };
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
