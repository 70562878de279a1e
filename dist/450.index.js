export const id = 450;
export const ids = [450];
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

/***/ 6028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   nf: () => (/* binding */ link)
/* harmony export */ });
/* unused harmony export truncate */
// Escaping for the markdown GitHub renders (GFM + a subset of HTML). Every string that comes from user data
// (service names, images, error texts, stack event reasons, log lines) goes through one of these, so a crafted
// Compose file cannot inject markup into our comment: no tags (a stray `</details>` would swallow the rest of
// the comment), no HTML comments (which hide content), no links or images, no @mentions (which notify people),
// no #123 cross-references (which spam other issues' timelines), no math blocks, no right-to-left overrides.
/** Bidirectional overrides and isolates: they can make text read differently from what it is ("Trojan Source"). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** C0/C1 controls other than tab and newline. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** Zero-width joiner: placed after `@` and `#` so GitHub sees no mention or reference, while it reads the same. */
const ZWJ = '\u200D';
/**
 * Characters that mean something to GFM or HTML inline, as numeric character references (`(`, `)` and `!` only
 * matter next to `[`/`]`, which are escaped; quotes only inside attributes, where user text never goes). CommonMark treats a
 * character reference as literal text, never as syntax, so `&#42;` shows `*` and starts no emphasis.
 */
const INLINE_SPECIALS = /[&<>`*_[\]|~\\$@#]/g;
/** Line-start syntax (list items, setext underlines, ordered lists) when a value lands at the start of a line. */
const LEADING_BLOCK_SYNTAX = /^(?:[-+=]|\d+(?=[.)]))/;
/** Shortens to at most `maxLength` characters (not counting the ellipsis) so one hostile value cannot eat the budget. */
function truncate(text, maxLength) {
    if (text.length <= maxLength)
        return text;
    const omitted = text.length - maxLength;
    return `${text.slice(0, maxLength)}… (${omitted} more characters)`;
}
/**
 * Escapes untrusted text for inline use: paragraphs, headings, table cells, `<summary>`, `<code>`. Newlines
 * become spaces (a table row or a heading is one line).
 */
function escapeText(value, maxLength = 500) {
    const text = truncate(String(value ?? '')
        .replace(BIDI_CONTROLS, '')
        .replace(CONTROL_CHARACTERS, '')
        .replace(/\s*[\r\n]+\s*/g, ' '), maxLength);
    return text
        .replace(INLINE_SPECIALS, (character) => (character === '@' || character === '#' ? `${character}${ZWJ}` : `&#${character.charCodeAt(0)};`))
        .replace(LEADING_BLOCK_SYNTAX, (prefix) => `&#${prefix.charCodeAt(0)};${prefix.slice(1)}`);
}
/** Untrusted text as inline code. `<code>` rather than backticks: backticks cannot be escaped inside a code span. */
function code(value, maxLength = 500) {
    return `<code>${escapeText(value, maxLength)}</code>`;
}
/**
 * A fenced code block whose fence is longer than any backtick run in the content, so the content cannot close
 * it. Inside a fence GitHub renders nothing: no tags, no mentions, no comments.
 */
function codeBlock(content, language = '') {
    const cleaned = content.replace(/\r\n?/g, '\n').replace(BIDI_CONTROLS, '\uFFFD').replace(CONTROL_CHARACTERS, '');
    const longestRun = Math.max(0, ...Array.from(cleaned.matchAll(/`+/g), (match) => match[0].length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    const info = /^[a-z0-9+-]*$/i.test(language) ? language : '';
    return `${fence}${info}\n${cleaned}${cleaned.endsWith('\n') || cleaned === '' ? '' : '\n'}${fence}`;
}
/**
 * A link when `url` is an http(s) URL, else the escaped text alone (a `javascript:` URL from a stack output is
 * never made clickable). Parentheses, pipes and spaces are percent-encoded so the destination cannot end early
 * or split a table cell.
 */
function link(text, url) {
    const label = escapeText(text);
    const safe = safeUrl(url);
    return safe ? `[${label}](${safe})` : label;
}
/** The URL normalized and made safe for a markdown link destination, or undefined when it is not http(s). */
function safeUrl(url) {
    if (!url)
        return undefined;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return undefined;
    return parsed.href.replace(/[()|<>"'\s\\`]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}


/***/ }),

/***/ 9450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSecret: () => (/* binding */ runSecret)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6076);
/* harmony import */ var _aws_credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6963);
/* harmony import */ var _aws_stacks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3596);
/* harmony import */ var _convert_naming_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5419);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _operate_target_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9344);
/* harmony import */ var _operate_secrets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4629);
/* harmony import */ var _operate_table_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1168);
/* harmony import */ var _project_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4449);
// `secret` (docker secret): the project's Secrets Manager secrets. create/update take the value from
// `secret-file` or `secret-value`; the value is masked (host.setSecret) before anything else happens and is
// never logged, summarised or put in an output. list/inspect show metadata only — no call here reads a value
// back. The project tag is the scope (see operate/secrets.ts): create sets it, list filters by it, and
// update/inspect/delete refuse a secret without it. delete keeps Secrets Manager's recovery window (30 days)
// unless `delete-immediately`.











const ACTIONS = ['create', 'update', 'list', 'inspect', 'delete'];
/** docker secret's own verbs. */
const ALIASES = { ls: 'list', rm: 'delete' };
/** Secrets Manager's limit on a secret value. */
const MAX_SECRET_BYTES = 65_536;
/** Secrets Manager names: 1–512 of letters, digits and /_+=.@- (or an ARN). */
const SECRET_NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
async function runSecret(context) {
    const { host, inputs } = context;
    const action = ALIASES[inputs.string('secret-action')] ?? inputs.oneOf('secret-action', ACTIONS);
    // Mask first: whatever fails later, the value is already hidden from every log line.
    const value = action === 'create' || action === 'update' ? readSecretValue(context) : undefined;
    const name = inputs.string('secret-name');
    if (action !== 'list') {
        if (name === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`secret-action "${action}" needs "secret-name" (CLI: compose-ecs secret ${action} NAME).`);
        if (!name.startsWith('arn:') && !SECRET_NAME.test(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`"${name}" is not a valid Secrets Manager name: use 1–512 letters, digits and / _ + = . @ -.`);
    }
    const project = (0,_operate_target_js__WEBPACK_IMPORTED_MODULE_6__/* .projectScope */ .mB)(context);
    const clients = _aws_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .AwsClients */ .cE.forHost(host, inputs);
    try {
        await (0,_aws_credentials_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyCredentials */ .qH)(clients);
        switch (action) {
            case 'create':
                return await createSecret(context, clients, project, name, value);
            case 'update':
                return await updateSecret(context, clients, project, name, value);
            case 'list':
                return await listSecrets(context, clients, project);
            case 'inspect':
                return await inspectSecret(context, clients, project, name);
            case 'delete':
                return await removeSecret(context, clients, project, name);
        }
    }
    finally {
        await clients.destroy();
    }
}
/** The value from exactly one of secret-file / secret-value, masked at once. Text when it is UTF-8, else binary. */
function readSecretValue(context) {
    const { host, inputs } = context;
    const inline = inputs.string('secret-value');
    const file = inputs.string('secret-file');
    if (inline !== '')
        host.setSecret(inline);
    if (inline !== '' && file !== '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo('Give the value once: "secret-file" or "secret-value", not both.');
    if (inline === '' && file === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo('Give the value with "secret-file" (preferred: it never appears in the workflow file) or "secret-value".');
    if (inline !== '') {
        if (Buffer.byteLength(inline) > MAX_SECRET_BYTES)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`The secret value is larger than Secrets Manager's ${MAX_SECRET_BYTES} bytes.`);
        return { SecretString: inline };
    }
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,_project_js__WEBPACK_IMPORTED_MODULE_8__/* .workingDirectory */ .p7)(context), file);
    let bytes;
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size > MAX_SECRET_BYTES)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${path} is larger than Secrets Manager's ${MAX_SECRET_BYTES} bytes per secret.`);
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Cannot read "secret-file" ${path}: ${error.message}.`);
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const isText = Buffer.from(text, 'utf8').equals(bytes);
    if (isText) {
        host.setSecret(text);
        // A trailing newline is how editors save files; the masked form must match what a task will print.
        if (text.endsWith('\n'))
            host.setSecret(text.replace(/\r?\n$/, ''));
        for (const line of text.split(/\r?\n/))
            if (line.trim().length >= 6)
                host.setSecret(line);
        return { SecretString: text };
    }
    return { SecretBinary: new Uint8Array(bytes) };
}
async function createSecret(context, clients, project, name, value) {
    const { host } = context;
    const { sdk, client } = await clients.secretsManager();
    try {
        const result = await client.send(new sdk.CreateSecretCommand({
            Name: name,
            ...value,
            Description: `Compose project ${project} (compose-ecs-action)`,
            Tags: [
                { Key: _convert_naming_js__WEBPACK_IMPORTED_MODULE_9__/* .PROJECT_TAG */ .hc, Value: project },
                { Key: _aws_stacks_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG_PROJECT */ .Pl, Value: project },
            ],
        }));
        host.info(`Created secret ${result.Name} (${result.ARN}) for project ${project}. Reference it in the Compose file with secrets: {${name}: {name: ${result.ARN}, external: true}}.`);
        await host.appendSummary(`## 🔐 compose-ecs secret create\n\n${(0,_operate_table_js__WEBPACK_IMPORTED_MODULE_10__/* .markdownTable */ .Q)({ headers: ['Name', 'ARN', 'Project'], rows: [[result.Name ?? name, result.ARN ?? '', project]] })}\n`);
    }
    catch (error) {
        if ((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCode */ .CA)(error) === 'ResourceExistsException')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Secret "${name}" already exists: use secret-action "update" to change its value.`, { cause: error });
        if ((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCode */ .CA)(error) === 'InvalidRequestException' && /scheduled for deletion/i.test((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Secret "${name}" is scheduled for deletion: restore it (aws secretsmanager restore-secret --secret-id ${name}) and update it, or wait until it is purged.`, { cause: error });
        }
        throw error;
    }
}
async function updateSecret(context, clients, project, name, value) {
    const { host } = context;
    const secret = await (0,_operate_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .requireProjectSecret */ .dw)(clients, name, project, 'update');
    if (secret.DeletedDate)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Secret "${secret.Name}" is scheduled for deletion: restore it first (aws secretsmanager restore-secret --secret-id ${secret.Name}).`);
    const { sdk, client } = await clients.secretsManager();
    const result = await client.send(new sdk.PutSecretValueCommand({ SecretId: secret.ARN, ...value }));
    host.info(`Updated secret ${result.Name} (new version ${result.VersionId}). Running tasks keep the old value until they restart (deploy with force-new-deployment: true).`);
}
async function listSecrets(context, clients, project) {
    const { host } = context;
    const secrets = await (0,_operate_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .listProjectSecrets */ .zS)(clients, project);
    const rows = secrets.map((s) => ({ name: s.Name ?? '', arn: s.ARN ?? '', description: s.Description ?? '', lastChanged: s.LastChangedDate?.toISOString() ?? '' }));
    const table = { headers: ['NAME', 'ARN', 'DESCRIPTION', 'LAST CHANGED'], rows: rows.map((r) => [r.name, r.arn, r.description, r.lastChanged]) };
    host.writeStdout(`${JSON.stringify(rows, null, 2)}\n`);
    host.info(rows.length === 0 ? `No secrets tagged for project ${project}.` : (0,_operate_table_js__WEBPACK_IMPORTED_MODULE_10__/* .textTable */ .e)(table));
    await host.appendSummary(`## 🔐 compose-ecs secret list: project \`${project}\`\n\n${rows.length === 0 ? '_No secrets._' : (0,_operate_table_js__WEBPACK_IMPORTED_MODULE_10__/* .markdownTable */ .Q)(table)}\n`);
}
async function inspectSecret(context, clients, project, name) {
    const { host } = context;
    const secret = await (0,_operate_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .requireProjectSecret */ .dw)(clients, name, project, 'inspect');
    // Metadata only: DescribeSecret never returns the value, and nothing here calls GetSecretValue.
    const metadata = {
        name: secret.Name,
        arn: secret.ARN,
        description: secret.Description,
        kmsKeyId: secret.KmsKeyId,
        tags: Object.fromEntries((secret.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
        createdDate: secret.CreatedDate?.toISOString(),
        lastChangedDate: secret.LastChangedDate?.toISOString(),
        lastAccessedDate: secret.LastAccessedDate?.toISOString(),
        deletedDate: secret.DeletedDate?.toISOString(),
        rotationEnabled: secret.RotationEnabled ?? false,
        versions: Object.entries(secret.VersionIdsToStages ?? {}).map(([id, stages]) => ({ id, stages })),
    };
    host.writeStdout(`${JSON.stringify(metadata, null, 2)}\n`);
}
async function removeSecret(context, clients, project, name) {
    const { host, inputs } = context;
    const immediately = inputs.boolean('delete-immediately');
    const secret = await (0,_operate_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .requireProjectSecret */ .dw)(clients, name, project, 'delete');
    const deletion = await (0,_operate_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .deleteSecret */ .e3)(clients, secret.ARN ?? name, immediately);
    if (immediately)
        host.info(`Deleted secret ${deletion.name} without a recovery window: it cannot be restored.`);
    else {
        host.info(`Scheduled secret ${deletion.name} for deletion on ${deletion.deletionDate?.toISOString() ?? 'the end of the recovery window'}; until then, restore it with: aws secretsmanager restore-secret --secret-id ${deletion.name}`);
    }
}


/***/ }),

/***/ 4629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dw: () => (/* binding */ requireProjectSecret),
/* harmony export */   e3: () => (/* binding */ deleteSecret),
/* harmony export */   zS: () => (/* binding */ listProjectSecrets)
/* harmony export */ });
/* unused harmony exports SECRET_PROJECT_TAG_KEYS, belongsToProject, describeSecret */
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6076);
/* harmony import */ var _aws_stacks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3596);
/* harmony import */ var _convert_naming_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5419);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
// The project's Secrets Manager secrets: those `secret create` made and those deploy created from local files.
// A secret belongs to a project when it carries the project's tag, under Docker's key
// (com.docker.compose.project) or the action's (compose-ecs-action:project); `secret create` sets both. The
// tag is the scope: list shows only the project's secrets, and inspect, update and delete refuse any other, so a
// workflow cannot touch a secret it did not make.




const SECRET_PROJECT_TAG_KEYS = [_convert_naming_js__WEBPACK_IMPORTED_MODULE_3__/* .PROJECT_TAG */ .hc, _aws_stacks_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG_PROJECT */ .Pl];
function belongsToProject(secret, project) {
    return (secret.Tags ?? []).some((t) => SECRET_PROJECT_TAG_KEYS.includes(t.Key) && t.Value === project);
}
/** Secrets tagged for the project, all pages; those scheduled for deletion only when asked. */
async function listProjectSecrets(clients, project, options = {}) {
    const { sdk, client } = await clients.secretsManager();
    const found = new Map();
    // One query per tag key: Secrets Manager ANDs filters, and a secret may carry either key.
    for (const key of SECRET_PROJECT_TAG_KEYS) {
        const paginator = sdk.paginateListSecrets({ client }, { Filters: [{ Key: 'tag-key', Values: [key] }, { Key: 'tag-value', Values: [project] }], IncludePlannedDeletion: options.includePlannedDeletion ?? false });
        for await (const page of paginator) {
            // The filters match prefixes and any tag: check the exact pair here.
            for (const secret of page.SecretList ?? [])
                if (secret.ARN && belongsToProject(secret, project))
                    found.set(secret.ARN, secret);
        }
    }
    return [...found.values()].sort((a, b) => (a.Name ?? '').localeCompare(b.Name ?? ''));
}
/** The secret's metadata, or undefined when there is no such secret. Never its value. */
async function describeSecret(clients, nameOrArn) {
    const { sdk, client } = await clients.secretsManager();
    try {
        return await client.send(new sdk.DescribeSecretCommand({ SecretId: nameOrArn }));
    }
    catch (error) {
        if ((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) === 'ResourceNotFoundException')
            return undefined;
        throw error;
    }
}
/** The secret, which must exist and belong to the project. */
async function requireProjectSecret(clients, nameOrArn, project, action) {
    const secret = await describeSecret(clients, nameOrArn);
    if (!secret)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Secret "${nameOrArn}" does not exist in ${clients.region}. List the project's secrets with secret-action: list.`);
    if (!belongsToProject(secret, project)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Refusing to ${action} secret "${secret.Name ?? nameOrArn}": it is not tagged for project "${project}" (${SECRET_PROJECT_TAG_KEYS.join(' or ')}). This mode only manages the project's own secrets; check "project-name", or manage this secret outside the action.`);
    }
    return secret;
}
/** Deletes a secret: scheduled after the recovery window (default 30 days), or at once. */
async function deleteSecret(clients, arn, immediately) {
    const { sdk, client } = await clients.secretsManager();
    const result = await client.send(new sdk.DeleteSecretCommand(immediately ? { SecretId: arn, ForceDeleteWithoutRecovery: true } : { SecretId: arn }));
    return { name: result.Name ?? arn, arn: result.ARN ?? arn, deletionDate: result.DeletionDate };
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
