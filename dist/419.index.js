export const id = 419;
export const ids = [419];
export const modules = {

/***/ 8419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runLocal: () => (/* binding */ runLocal)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/write-file.ts
var write_file = __webpack_require__(8655);
// EXTERNAL MODULE: ./src/modes/project.ts
var modes_project = __webpack_require__(4449);
// EXTERNAL MODULE: ./src/diagnostics.ts + 1 modules
var diagnostics = __webpack_require__(8670);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/local/override.ts
// Local simulation (Docker's `docker context create ecs --local-simulation`): a Compose override that runs the
// app on a workstation the way ECS runs it, as far as the AWS SDK can tell. The ECS local container endpoints
// (awslabs/amazon-ecs-local-container-endpoints) answer at 169.254.170.2 — the link-local address ECS serves task
// credentials and metadata from — on a bridge network with that subnet, and vend credentials of a ~/.aws profile.
// Every service joins that network and gets the variables the SDKs and agents read on ECS, so the unchanged app
// finds credentials and metadata with `docker compose -f compose.yaml -f compose.ecs-local.yaml up`.
//
// The override holds what it adds, and names every network and dependency a service already has next to the
// ones it adds (`networks`, `depends_on` are merged key by key, but a service that names none has an implicit
// `default` network that naming `credentials_network` alone would drop).



const ENDPOINTS_SERVICE = 'ecs-local-endpoints';
const CREDENTIALS_NETWORK = 'credentials_network';
const CREDENTIALS_SUBNET = '169.254.170.0/24';
const CREDENTIALS_GATEWAY = '169.254.170.1';
/** The address ECS serves task credentials and metadata from; the SDKs' container credential provider trusts it. */
const ENDPOINTS_ADDRESS = '169.254.170.2';
/**
 * Pinned so a local run does not change under the user. The project publishes per-architecture tags only
 * (`<version>-amd64`, `<version>-arm64`); amd64 runs everywhere Docker Desktop runs (emulated on Apple silicon).
 */
const DEFAULT_ENDPOINTS_IMAGE = 'amazon/amazon-ecs-local-container-endpoints:1.4.1-amd64';
/** What the SDKs read on ECS: the credentials path relative to 169.254.170.2, and the task metadata endpoints. */
const CONTAINER_ENVIRONMENT = {
    AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/creds',
    ECS_CONTAINER_METADATA_URI: `http://${ENDPOINTS_ADDRESS}/v3`,
    ECS_CONTAINER_METADATA_URI_V4: `http://${ENDPOINTS_ADDRESS}/v4`,
};
function buildLocalOverride(project, options) {
    const all = { ...project.services, ...project.disabledServices };
    if (all[ENDPOINTS_SERVICE]) {
        throw new errors/* UserError */.yo(`The project already has a service named "${ENDPOINTS_SERVICE}", the name local mode gives the ECS local endpoints: rename it.`, {
            source: all[ENDPOINTS_SERVICE].source,
            key: `services.${ENDPOINTS_SERVICE}`,
        });
    }
    if (project.networks[CREDENTIALS_NETWORK]) {
        throw new errors/* UserError */.yo(`The project already defines a network named "${CREDENTIALS_NETWORK}", the network local mode adds for the ECS local endpoints: rename it.`, {
            source: project.networks[CREDENTIALS_NETWORK].source,
            key: `networks.${CREDENTIALS_NETWORK}`,
        });
    }
    const warnings = [];
    const region = options.region?.trim() || undefined;
    const services = {};
    // Disabled services (profiles) get the override too, so `docker compose --profile … up` works as well.
    for (const name of Object.keys(all).sort()) {
        const service = all[name];
        const networkMode = service.networkMode;
        if (networkMode === 'none') {
            warnings.push({
                message: `Service "${name}" has network_mode: none and cannot reach the ECS local endpoints; it runs without AWS credentials.`,
                key: `services.${name}.network_mode`,
                source: service.source,
            });
            continue;
        }
        const environment = { ...CONTAINER_ENVIRONMENT };
        if (region) {
            // A region the service sets itself wins: it may talk to another region on purpose.
            if (service.environment['AWS_REGION'] === undefined)
                environment['AWS_REGION'] = region;
            if (service.environment['AWS_DEFAULT_REGION'] === undefined)
                environment['AWS_DEFAULT_REGION'] = region;
        }
        const entry = {
            environment: sortedRecord(environment),
            depends_on: dependsOnWithEndpoints(service),
        };
        // A service with network_mode (host, service:…, container:…) cannot list networks. `service:`/`container:`
        // share a network namespace that has the endpoints; `host` reaches the bridge through its gateway address.
        if (networkMode === undefined)
            entry['networks'] = networksWithCredentials(service);
        services[name] = entry;
    }
    services[ENDPOINTS_SERVICE] = endpointsService(options, region);
    const document = {
        services,
        networks: {
            [CREDENTIALS_NETWORK]: {
                driver: 'bridge',
                ipam: { config: [{ subnet: CREDENTIALS_SUBNET, gateway: CREDENTIALS_GATEWAY }] },
            },
        },
    };
    return { document: escapeInterpolation(document), warnings };
}
function endpointsService(options, region) {
    const image = options.endpointsImage?.trim() || DEFAULT_ENDPOINTS_IMAGE;
    const environment = {
        AWS_PROFILE: options.profile,
        // The image sets HOME=/home; the SDK inside finds the mounted profile at $HOME/.aws.
        HOME: '/home',
    };
    if (region) {
        environment['AWS_REGION'] = region;
        environment['AWS_DEFAULT_REGION'] = region;
    }
    return {
        image,
        // The pinned default is amd64-only; say so, or Docker warns on arm64 hosts before emulating it.
        ...(image === DEFAULT_ENDPOINTS_IMAGE ? { platform: 'linux/amd64' } : {}),
        environment: sortedRecord(environment),
        volumes: [
            // Task metadata describes the calling container: the endpoints ask the Docker engine about it.
            '/var/run/docker.sock:/var/run/docker.sock',
            // `~` is expanded by Compose on the machine that runs it, so the override holds no user's home path.
            '~/.aws:/home/.aws:ro',
        ],
        networks: { [CREDENTIALS_NETWORK]: { ipv4_address: ENDPOINTS_ADDRESS } },
    };
}
/**
 * The service's networks (the implicit `default` included) plus the credentials network. Existing entries are
 * written as `{}`: Compose merges a service's networks key by key, so their aliases and addresses come from the
 * original, while repeating them would append the aliases a second time.
 */
function networksWithCredentials(service) {
    const networks = {};
    for (const key of Object.keys(service.networks).sort())
        networks[key] = {};
    // No fixed address: replicas of a service would collide on one, and the endpoints find callers by asking Docker.
    networks[CREDENTIALS_NETWORK] = {};
    return networks;
}
/** The service's dependencies in long syntax, plus the endpoints (started before anything asks them for credentials). */
function dependsOnWithEndpoints(service) {
    const dependsOn = {};
    for (const name of Object.keys(service.dependsOn).sort()) {
        const dependency = service.dependsOn[name];
        dependsOn[name] = {
            condition: dependency.condition,
            ...(dependency.required === false ? { required: false } : {}),
            ...(dependency.restart ? { restart: true } : {}),
        };
    }
    dependsOn[ENDPOINTS_SERVICE] = { condition: 'service_started' };
    return dependsOn;
}
function sortedRecord(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** Compose interpolates the override again: a literal `$` (already interpolated in the model) must be written `$$`. */
function escapeInterpolation(value) {
    if (typeof value === 'string')
        return value.replace(/\$/g, '$$$$');
    if (Array.isArray(value))
        return value.map(escapeInterpolation);
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeInterpolation(v)]));
    return value;
}
/** The `docker compose` command that runs the app with the override. */
function upCommand(options) {
    const files = [...options.composeFiles, options.overridePath].map((file) => `-f ${shellQuote(displayPath(file, options.workingDir))}`);
    return ['docker compose', ...options.extraFlags, ...files, 'up'].join(' ');
}
/** The override as YAML, with a header that says what it is and how to run it. Deterministic: no dates, no home paths. */
function renderLocalOverride(override, options) {
    const sources = options.composeFiles.map((f) => displayPath(f, options.workingDir)).join(', ');
    const header = [
        `# Generated by compose-ecs-action (local mode) from ${sources}; regenerate it rather than edit it.`,
        '#',
        '# Runs the app on this machine the way ECS runs it, as far as the AWS SDK can tell: the ECS local container',
        `# endpoints answer at ${ENDPOINTS_ADDRESS} on the "${CREDENTIALS_NETWORK}" network (${CREDENTIALS_SUBNET}) with task`,
        `# metadata and credentials of the ~/.aws profile "${options.profile}", and every service gets the variables that point`,
        '# the SDKs there. Run it with:',
        '#',
        `#   ${upCommand(options)}`,
        '#',
        `# Only one such project can run at a time on a host: ${CREDENTIALS_SUBNET} can belong to one Docker network only.`,
        '',
    ].join('\n');
    return `${header}${(0,dist/* stringify */.As)(override.document, { lineWidth: 0, sortMapEntries: false })}`;
}
function displayPath(file, workingDir) {
    const rel = (0,external_node_path_.relative)(workingDir, file);
    return rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : file;
}
function shellQuote(word) {
    return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/modes/local.ts
// `local`: writes a Compose override that runs the app on this machine with ECS-like task credentials and
// metadata (Docker's ecs-local context). Offline: no AWS call, and ~/.aws is only read by the endpoints
// container once the user runs the app.






async function runLocal(context) {
    const { host, inputs } = context;
    const { project, workingDir } = (0,modes_project/* loadForMode */.F1)(context);
    const overridePath = (0,external_node_path_.resolve)(workingDir, inputs.string('local-override-path'));
    if (project.composeFiles.includes(overridePath)) {
        throw new errors/* UserError */.yo(`"local-override-path" (${overridePath}) is one of the Compose files being read: the override would replace the file it is made from. Choose another path, or leave the generated override out of "compose-file".`);
    }
    const profile = inputs.string('aws-profile');
    const region = inputs.string('region');
    const override = buildLocalOverride(project, { profile, region, endpointsImage: inputs.string('local-endpoints-image') });
    (0,diagnostics/* reportDiagnostics */.D)(host, override.warnings, 'warning');
    // The flags `docker compose` needs to see the same project this run loaded.
    const extraFlags = [];
    const projectName = inputs.string('project-name');
    if (projectName !== '')
        extraFlags.push(`-p ${shellQuote(projectName)}`);
    for (const file of inputs.list('env-file'))
        extraFlags.push(`--env-file ${shellQuote(file)}`);
    for (const name of inputs.list('profiles'))
        extraFlags.push(`--profile ${shellQuote(name)}`);
    const layout = { composeFiles: project.composeFiles, overridePath, workingDir, extraFlags };
    (0,write_file/* writeFileAtomically */.l)(overridePath, renderLocalOverride(override, { ...layout, profile }), 'Compose override', 'local-override-path');
    host.setOutput('override-path', overridePath);
    host.info(`Compose override written to ${overridePath}`);
    const command = upCommand(layout);
    const directory = inputs.string('working-directory');
    const servicesWithCredentials = Object.keys((override.document['services'] ?? {})).filter((s) => s !== ENDPOINTS_SERVICE);
    await host.appendSummary([
        `### compose-ecs-action local: \`${project.name}\``,
        '',
        `Wrote \`${overridePath}\`: the ECS local container endpoints (\`${ENDPOINTS_SERVICE}\`) at ${ENDPOINTS_ADDRESS} on \`${CREDENTIALS_NETWORK}\`, serving credentials of the ~/.aws profile **${profile}**; ${servicesWithCredentials.length} service(s) pointed at them (${servicesWithCredentials.map((s) => `\`${s}\``).join(', ')}).`,
        '',
        `Run the app locally${directory !== '.' && directory !== '' ? ` from \`${directory}\`` : ''}:`,
        '',
        '```sh',
        command,
        '```',
        '',
        region === ''
            ? 'No `region` given: the services get no AWS_REGION from the override (set `region` to give them one).'
            : `The services get AWS_REGION=${region} unless they set it themselves.`,
        '',
    ].join('\n'));
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
