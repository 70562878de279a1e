export const id = 534;
export const ids = [534];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   Lo: () => (/* binding */ endpointFor),
/* harmony export */   cE: () => (/* binding */ AwsClients),
/* harmony export */   gJ: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.gJ),
/* harmony export */   w7: () => (/* binding */ isAccessDenied)
/* harmony export */ });
/* unused harmony exports MAX_ATTEMPTS, CallLog, resolveRegion */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1373);
// One factory for every AWS SDK v3 client the action uses. Each client and its module are imported lazily
// (`await import(…)`), so `convert` never loads the SDK and the bundle keeps each service in its own chunk.
//
// Configuration, identical for every client:
// - credentials: the SDK default chain only (environment, web identity/OIDC as configure-aws-credentials leaves
//   it, ~/.aws files, container and instance metadata);
// - region: the `region` input, else AWS_REGION, else AWS_DEFAULT_REGION (a clear error naming them otherwise);
// - endpoint: AWS_ENDPOINT_URL_<SERVICE>, else AWS_ENDPOINT_URL, taken from the Host's environment snapshot (modes
//   never read process.env); S3 then uses path-style addressing, which local endpoints need;
// - retries: standard mode, 5 attempts, with the SDK's backoff (longer on throttling);
// - HTTPS_PROXY through a CONNECT tunnel (proxy.ts);
// - user agent `compose-ecs-action/<version>`.
// Every HTTP attempt is recorded in `calls` (service, operation, time): the waiter keeps its budget with it and
// the run reports how many calls it made.



const MAX_ATTEMPTS = 5;
/** Every attempt this run made, in order. */
class CallLog {
    now;
    calls = [];
    constructor(now = Date.now) {
        this.now = now;
    }
    record(service, operation) {
        this.calls.push({ service, operation, time: this.now() });
    }
    /** Attempts within the last `windowMs` (default one minute). */
    recent(windowMs = 60_000) {
        const since = this.now() - windowMs;
        let n = 0;
        for (let i = this.calls.length - 1; i >= 0 && this.calls[i].time > since; i--)
            n++;
        return n;
    }
    /** `Service.Operation` → count, for reports. */
    countByOperation(from = 0) {
        const counts = {};
        for (const call of this.calls.slice(from))
            counts[`${call.service}.${call.operation}`] = (counts[`${call.service}.${call.operation}`] ?? 0) + 1;
        return counts;
    }
}
/** The region for AWS calls: the `region` input, else AWS_REGION, else AWS_DEFAULT_REGION. */
function resolveRegion(inputs, env) {
    const region = inputs.region(env);
    if (region === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('No AWS region: set the "region" input (CLI: --region), or AWS_REGION / AWS_DEFAULT_REGION in the environment (aws-actions/configure-aws-credentials sets AWS_REGION from its aws-region input).');
    }
    if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${region}" is not an AWS region name (e.g. us-east-1): check the "region" input and AWS_REGION / AWS_DEFAULT_REGION.`);
    }
    return region;
}
/** AWS_ENDPOINT_URL_<SERVICE_ID> or AWS_ENDPOINT_URL, as the SDK's configuration rules name them. */
function endpointFor(serviceEnvId, env) {
    if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true')
        return undefined;
    const value = env[`AWS_ENDPOINT_URL_${serviceEnvId}`] || env.AWS_ENDPOINT_URL;
    if (!value)
        return undefined;
    try {
        new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`AWS_ENDPOINT_URL${env[`AWS_ENDPOINT_URL_${serviceEnvId}`] ? `_${serviceEnvId}` : ''} is not a URL: "${value}".`);
    }
    return value;
}
class AwsClients {
    region;
    env;
    calls;
    cache = new Map();
    agent;
    constructor(region, env, calls) {
        this.region = region;
        this.env = env;
        this.calls = calls ?? new CallLog();
        const proxy = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .proxySettingsFrom */ .Yw)(env);
        if (proxy)
            this.agent = new _proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectTunnelAgent */ .yq(proxy);
    }
    static forHost(host, inputs) {
        return new AwsClients(resolveRegion(inputs, host.env), host.env);
    }
    /** Whether any client talks to a custom endpoint (a local stand-in): used to keep console links out of reports. */
    get customEndpoint() {
        return Boolean(this.env.AWS_ENDPOINT_URL);
    }
    cloudFormation() {
        return this.load('CLOUDFORMATION', 'CloudFormation', () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19)), (sdk, config) => new sdk.CloudFormationClient(config));
    }
    ecs() {
        return this.load('ECS', 'ECS', () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(212)]).then(__webpack_require__.t.bind(__webpack_require__, 212, 19)), (sdk, config) => new sdk.ECSClient(config));
    }
    ec2() {
        return this.load('EC2', 'EC2', () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(193)]).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19)), (sdk, config) => new sdk.EC2Client(config));
    }
    elbv2() {
        return this.load('ELASTIC_LOAD_BALANCING_V2', 'ELBv2', () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(586)]).then(__webpack_require__.t.bind(__webpack_require__, 586, 19)), (sdk, config) => new sdk.ElasticLoadBalancingV2Client(config));
    }
    efs() {
        return this.load('EFS', 'EFS', () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(663)]).then(__webpack_require__.t.bind(__webpack_require__, 1663, 19)), (sdk, config) => new sdk.EFSClient(config));
    }
    s3() {
        return this.load('S3', 'S3', () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19)), (sdk, config) => new sdk.S3Client({ ...config, forcePathStyle: config.endpoint !== undefined }));
    }
    /** ECR of the run's region, or of another (an image can live in any region's registry). */
    ecr(region = this.region) {
        return this.load('ECR', 'ECR', () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19)), (sdk, config) => new sdk.ECRClient(config), region);
    }
    secretsManager() {
        return this.load('SECRETS_MANAGER', 'SecretsManager', () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(994)]).then(__webpack_require__.t.bind(__webpack_require__, 2994, 19)), (sdk, config) => new sdk.SecretsManagerClient(config));
    }
    logs() {
        return this.load('CLOUDWATCH_LOGS', 'CloudWatchLogs', () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(303)]).then(__webpack_require__.t.bind(__webpack_require__, 2684, 19)), (sdk, config) => new sdk.CloudWatchLogsClient(config));
    }
    sts() {
        return this.load('STS', 'STS', () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19)), (sdk, config) => new sdk.STSClient(config));
    }
    /** Closes keep-alive sockets so the process can exit as soon as the work is done. */
    async destroy() {
        for (const pending of this.cache.values()) {
            try {
                (await pending).client.destroy();
            }
            catch {
                // A client that failed to load has nothing to close.
            }
        }
        this.agent?.destroy();
    }
    load(serviceEnvId, serviceName, importer, create, region = this.region) {
        const cacheKey = `${serviceEnvId}@${region}`;
        let pending = this.cache.get(cacheKey);
        if (!pending) {
            pending = (async () => {
                const sdk = await importer();
                const endpoint = endpointFor(serviceEnvId, this.env);
                const config = {
                    region,
                    maxAttempts: MAX_ATTEMPTS,
                    retryMode: 'standard',
                    customUserAgent: `compose-ecs-action/${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x}`,
                    ...(endpoint ? { endpoint } : {}),
                    ...(this.agent ? { requestHandler: { httpsAgent: this.agent } } : {}),
                };
                const client = create(sdk, config);
                const calls = this.calls;
                // Low priority in finalizeRequest runs inside the retry loop: each attempt is counted once.
                client.middlewareStack.add((next, context) => async (args) => {
                    calls.record(serviceName, (context.commandName ?? 'Unknown').replace(/Command$/, ''));
                    return next(args);
                }, { step: 'finalizeRequest', priority: 'low', name: 'composeEcsCallLog' });
                return { sdk, client };
            })();
            this.cache.set(cacheKey, pending);
        }
        return pending;
    }
}
/** The error's name/code as the SDK reports it (`ValidationError`, `AccessDenied`, `ThrottlingException`, …). */
function errorCode(error) {
    const e = error;
    return e?.name ?? e?.Code ?? e?.code ?? '';
}


/** Access-denied errors across services and protocols. */
function isAccessDenied(error) {
    const code = errorCode(error);
    return /AccessDenied|UnauthorizedOperation|AuthorizationError|NotAuthorized|Forbidden/i.test(code) || error?.$metadata?.httpStatusCode === 403;
}


/***/ }),

/***/ 6963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ld: () => (/* binding */ credentialSource),
/* harmony export */   qH: () => (/* binding */ verifyCredentials)
/* harmony export */ });
/* unused harmony export MISSING_CREDENTIALS_HELP */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(201);
// Credentials: where they come from (only the SDK's default chain) and the early check that fails at once, naming
// what to set, instead of an opaque error from the first AWS call.
//
// `credentialSource` looks only at the environment and the ~/.aws files, without any network call. preview uses
// it to recognise a run without credentials (a pull request from a fork gets no secrets and no OIDC token) and
// fall back to the template alone.




const MISSING_CREDENTIALS_HELP = 'Give the job AWS credentials: aws-actions/configure-aws-credentials with OIDC (role-to-assume, and `permissions: id-token: write` on the job), ' +
    'or AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN), AWS_PROFILE with ~/.aws files, or AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN.';
/** A readable name of the first credential source the environment offers, or undefined when there is none. */
function credentialSource(env) {
    if (env.AWS_ACCESS_KEY_ID)
        return 'AWS_ACCESS_KEY_ID';
    if (env.AWS_WEB_IDENTITY_TOKEN_FILE)
        return 'AWS_WEB_IDENTITY_TOKEN_FILE (OIDC web identity)';
    if (env.AWS_PROFILE)
        return `AWS_PROFILE (${env.AWS_PROFILE})`;
    if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI)
        return 'AWS_CONTAINER_CREDENTIALS_* (container credentials endpoint)';
    const home = env.HOME || env.USERPROFILE;
    const files = [env.AWS_SHARED_CREDENTIALS_FILE, env.AWS_CONFIG_FILE, home ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, '.aws', 'credentials') : undefined, home ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, '.aws', 'config') : undefined];
    for (const file of files)
        if (file && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            return file;
    return undefined;
}
/**
 * Resolves the default chain once, before any other AWS call, so a missing or broken credential source fails
 * with what to set. Also the only path to instance-profile credentials when the environment names no source.
 */
async function verifyCredentials(clients) {
    const { client } = await clients.sts();
    try {
        const resolve = client.config.credentials;
        const credentials = await resolve();
        if (!credentials?.accessKeyId)
            throw new Error('the credential chain returned no access key');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`No usable AWS credentials (${(0,_clients_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}). ${MISSING_CREDENTIALS_HELP}`, { cause: error });
    }
}


/***/ }),

/***/ 1373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yw: () => (/* binding */ proxySettingsFrom),
/* harmony export */   yq: () => (/* binding */ ConnectTunnelAgent)
/* harmony export */ });
/* unused harmony export bypassesProxy */
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
// HTTPS_PROXY support for the AWS SDK. No proxy-agent package is installed, so this is a minimal CONNECT tunnel:
// an https.Agent whose connections go through `CONNECT host:port` on the proxy and then TLS to the real host.
// NO_PROXY (comma-separated host suffixes, `*`, host:port) and loopback hosts bypass the proxy, so a local
// stand-in endpoint on 127.0.0.1 is reached directly even on a runner that sets HTTPS_PROXY.




/** The proxy the environment asks for (HTTPS_PROXY, https_proxy), or undefined. */
function proxySettingsFrom(env) {
    const raw = env.HTTPS_PROXY || env.https_proxy;
    if (!raw)
        return undefined;
    let url;
    try {
        url = new URL(raw.includes('://') ? raw : `http://${raw}`);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`HTTPS_PROXY is not a valid URL: "${raw}". Use the form http://host:port (or unset it).`);
    }
    if (url.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`HTTPS_PROXY must be an http:// proxy URL (the tunnel to AWS is TLS inside CONNECT), got "${url.protocol}//${url.host}".`);
    }
    const noProxy = (env.NO_PROXY || env.no_proxy || '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== '');
    return { url, noProxy };
}
/** Whether `host:port` bypasses the proxy: loopback always, then NO_PROXY's entries (suffix match, `*` = all). */
function bypassesProxy(host, port, noProxy) {
    const h = host.toLowerCase().replace(/^\[|\]$/g, '');
    if (h === 'localhost' || h === '::1' || /^127\./.test(h))
        return true;
    for (const entry of noProxy) {
        if (entry === '*')
            return true;
        const [entryHost, entryPort] = entry.includes(':') && !entry.includes('::') ? entry.split(':') : [entry, undefined];
        if (entryPort !== undefined && Number(entryPort) !== port)
            continue;
        const suffix = entryHost.replace(/^\*?\./, '');
        if (h === suffix || h.endsWith(`.${suffix}`))
            return true;
    }
    return false;
}
/** An https.Agent that tunnels through an HTTP proxy with CONNECT. Keep-alive pools the tunnelled sockets. */
class ConnectTunnelAgent extends node_https__WEBPACK_IMPORTED_MODULE_0__.Agent {
    proxy;
    constructor(proxy, options = {}) {
        super({ keepAlive: true, ...options });
        this.proxy = proxy;
    }
    // Node's Agent accepts an asynchronous createConnection: return nothing and call back with the socket.
    createConnection(requestOptions, callback) {
        const options = requestOptions;
        const host = options.host ?? 'localhost';
        const port = Number(options.port ?? 443);
        if (bypassesProxy(host, port, this.proxy.noProxy))
            return (0,node_tls__WEBPACK_IMPORTED_MODULE_2__.connect)({ ...options, host, port, servername: options.servername ?? host });
        const done = once(callback);
        const headers = { Host: `${host}:${port}` };
        if (this.proxy.url.username) {
            const credentials = `${decodeURIComponent(this.proxy.url.username)}:${decodeURIComponent(this.proxy.url.password)}`;
            headers['Proxy-Authorization'] = `Basic ${Buffer.from(credentials).toString('base64')}`;
        }
        const connect = (0,node_http__WEBPACK_IMPORTED_MODULE_1__.request)({
            host: this.proxy.url.hostname,
            port: Number(this.proxy.url.port || 80),
            method: 'CONNECT',
            path: `${host}:${port}`,
            headers,
        });
        connect.once('connect', (response, socket) => {
            if (response.statusCode !== 200) {
                socket.destroy();
                done(new Error(`proxy ${this.proxy.url.host} refused CONNECT ${host}:${port} with HTTP ${response.statusCode}`), socket);
                return;
            }
            const secure = (0,node_tls__WEBPACK_IMPORTED_MODULE_2__.connect)({ ...options, socket, servername: options.servername ?? host });
            done(null, secure);
        });
        connect.once('error', (error) => done(new Error(`cannot reach the proxy ${this.proxy.url.host}: ${error.message}`), undefined));
        connect.end();
        return undefined;
    }
}
function once(callback) {
    let called = false;
    return (error, socket) => {
        if (called)
            return;
        called = true;
        callback?.(error, socket);
    };
}


/***/ }),

/***/ 3596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GO: () => (/* binding */ describeStack),
/* harmony export */   Kd: () => (/* binding */ pullRequestNumber),
/* harmony export */   LT: () => (/* binding */ isInProgress),
/* harmony export */   Pl: () => (/* binding */ TAG_PROJECT),
/* harmony export */   Vb: () => (/* binding */ SUCCESS_STATES),
/* harmony export */   W8: () => (/* binding */ DOCKER_PROJECT_TAG),
/* harmony export */   _A: () => (/* binding */ parseParameters),
/* harmony export */   av: () => (/* binding */ TAG_PR),
/* harmony export */   cw: () => (/* binding */ stackTags),
/* harmony export */   dR: () => (/* binding */ isFinal),
/* harmony export */   gj: () => (/* binding */ TAG_CREATED_AT),
/* harmony export */   rL: () => (/* binding */ parseTags)
/* harmony export */ });
/* unused harmony exports TAG_PREFIX, TAG_REPOSITORY, FAILURE_STATES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(201);
// Stacks: what state a stack is in, what that allows, the tags the action puts on every stack it touches, and
// the parsing of the `tags` and `parameters` inputs.



const TAG_PREFIX = 'compose-ecs-action:';
const TAG_PROJECT = `${TAG_PREFIX}project`;
const TAG_REPOSITORY = `${TAG_PREFIX}repository`;
const TAG_PR = `${TAG_PREFIX}pr`;
const TAG_CREATED_AT = `${TAG_PREFIX}created-at`;
/** Docker tagged its stacks so; kept so `docker compose ls`-style tooling still recognises them. */
const DOCKER_PROJECT_TAG = 'com.docker.compose.project';
/** The stack by name, or undefined when there is none (DELETE_COMPLETE stacks are not returned by name). */
async function describeStack(clients, stackName) {
    const { sdk, client } = await clients.cloudFormation();
    try {
        const result = await client.send(new sdk.DescribeStacksCommand({ StackName: stackName }));
        return result.Stacks?.find((s) => s.StackStatus !== 'DELETE_COMPLETE');
    }
    catch (error) {
        // Docker treated any error as "does not exist"; only this one means it.
        if ((0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCode */ .CA)(error) === 'ValidationError' && /does not exist/i.test((0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)))
            return undefined;
        throw error;
    }
}
const isInProgress = (status) => status !== undefined && status.endsWith('_IN_PROGRESS') && status !== 'REVIEW_IN_PROGRESS';
/** Final states of a stack operation that mean it did what was asked. */
const SUCCESS_STATES = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'DELETE_COMPLETE', 'IMPORT_COMPLETE']);
/** Final states that mean it failed (rolled back or stuck). */
const FAILURE_STATES = new Set([
    'CREATE_FAILED',
    'ROLLBACK_COMPLETE',
    'ROLLBACK_FAILED',
    'UPDATE_FAILED',
    'UPDATE_ROLLBACK_COMPLETE',
    'UPDATE_ROLLBACK_FAILED',
    'DELETE_FAILED',
    'IMPORT_ROLLBACK_COMPLETE',
    'IMPORT_ROLLBACK_FAILED',
]);
const isFinal = (status) => status !== undefined && (SUCCESS_STATES.has(status) || FAILURE_STATES.has(status));
/** `KEY: value` map from YAML/JSON (a map or a [{Key, Value}] list). */
function parseTags(text) {
    if (text.trim() === '')
        return {};
    let value;
    try {
        value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input "tags" is not valid YAML/JSON: ${(0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}. Give a map, e.g. "team: web".`);
    }
    const tags = {};
    if (Array.isArray(value)) {
        for (const item of value) {
            const entry = item;
            if (typeof entry?.Key !== 'string')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('Input "tags": a list must hold {Key, Value} items; a map ("team: web") is simpler.');
            tags[entry.Key] = String(entry.Value ?? '');
        }
    }
    else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value))
            tags[k] = v === null || v === undefined ? '' : String(v);
    }
    else {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('Input "tags" must be a map of tag names to values, e.g. "team: web".');
    }
    for (const [k, v] of Object.entries(tags)) {
        if (k.startsWith('aws:'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input "tags": "${k}" uses the reserved aws: prefix.`);
        if (k.length > 128 || v.length > 256)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input "tags": "${k}" is too long (keys ≤ 128, values ≤ 256 characters).`);
    }
    return tags;
}
/** Stack parameters from a YAML/JSON map, a [{ParameterKey, ParameterValue}] list, or KEY=VALUE lines. */
function parseParameters(text) {
    if (text.trim() === '')
        return {};
    const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
    if (lines.every((l) => /^[A-Za-z0-9]+=/.test(l))) {
        return Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    }
    let value;
    try {
        value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input "parameters" is neither KEY=VALUE lines nor a YAML/JSON map: ${(0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}.`);
    }
    const result = {};
    if (Array.isArray(value)) {
        for (const item of value) {
            const entry = item;
            if (typeof entry?.ParameterKey !== 'string')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('Input "parameters": a list must hold {ParameterKey, ParameterValue} items.');
            result[entry.ParameterKey] = String(entry.ParameterValue ?? '');
        }
    }
    else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value))
            result[k] = Array.isArray(v) ? v.join(',') : String(v ?? '');
    }
    else {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('Input "parameters" must be KEY=VALUE lines or a map, e.g. "DesiredCount: 2".');
    }
    return result;
}
/** The action's tags (created-at kept from the existing stack), Docker's project tag, then the user's. At most 50. */
function stackTags(context) {
    const previous = new Map((context.existing?.Tags ?? []).map((t) => [t.Key, t.Value]));
    const tags = {
        [DOCKER_PROJECT_TAG]: context.project,
        [TAG_PROJECT]: context.project,
        [TAG_CREATED_AT]: previous.get(TAG_CREATED_AT) ?? (context.now ?? new Date()).toISOString(),
    };
    if (context.repository)
        tags[TAG_REPOSITORY] = context.repository;
    if (context.pr)
        tags[TAG_PR] = context.pr;
    for (const [k, v] of Object.entries(context.userTags)) {
        if (k.startsWith(TAG_PREFIX))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input "tags": "${k}" uses the ${TAG_PREFIX} prefix the action reserves for its own tags.`);
        tags[k] = v;
    }
    const list = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
    if (list.length > 50)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`A stack takes at most 50 tags; with the action's own there would be ${list.length}. Remove some from the "tags" input.`);
    return list;
}
/** The pull request a run belongs to: the pr-number input, else refs/pull/<n>/… of a pull_request event. */
function pullRequestNumber(prInput, env) {
    if (/^\d+$/.test(prInput))
        return prInput;
    const match = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
    return match?.[1];
}


/***/ })

};
