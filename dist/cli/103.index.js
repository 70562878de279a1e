export const id = 103;
export const ids = [103];
export const modules = {

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

/***/ 1748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runVolume: () => (/* binding */ runVolume)
/* harmony export */ });
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(201);
/* harmony import */ var _aws_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6963);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _operate_target_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9344);
/* harmony import */ var _operate_efs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4848);
/* harmony import */ var _operate_table_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1168);
/* harmony import */ var _stack_name_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7911);
/* harmony import */ var _operate_stacks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4231);
// `volume` (docker volume ls / rm): the project's EFS file systems. `list` shows id, Compose volume, size and
// whether a stack uses it; `remove` deletes one by id — only one tagged for the project and used by no stack
// (a live stack holding it as a resource, or mount targets on it) — access points and mount targets first,
// waiting for the mount targets to go, then the file system.








const ACTIONS = ['list', 'remove'];
/** docker volume's own verbs. */
const ALIASES = { ls: 'list', rm: 'remove' };
async function runVolume(context) {
    const { host, inputs } = context;
    const action = ALIASES[inputs.string('volume-action')] ?? inputs.oneOf('volume-action', ACTIONS);
    const volumeId = inputs.string('volume-id');
    if (action === 'remove' && !/^fs-[0-9a-f]{8,40}$/.test(volumeId)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(volumeId === '' ? 'volume-action "remove" needs "volume-id", the EFS file system id (fs-…) that "list" shows.' : `"${volumeId}" is not an EFS file system id (fs-…). Run volume-action "list" to see the project's volumes.`);
    }
    const project = (0,_operate_target_js__WEBPACK_IMPORTED_MODULE_3__/* .projectScope */ .mB)(context);
    const tagValues = projectTagValues(context, project);
    const clients = _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsClients */ .cE.forHost(host, inputs);
    try {
        await (0,_aws_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyCredentials */ .qH)(clients);
        const fileSystems = await (0,_operate_efs_js__WEBPACK_IMPORTED_MODULE_4__/* .listProjectFileSystems */ .Wz)(clients, tagValues);
        const projectStacks = fileSystems.length > 0 ? (await (0,_operate_stacks_js__WEBPACK_IMPORTED_MODULE_6__/* .describeAllStacks */ .Oz)(clients)).filter((stack) => tagValues.includes((0,_operate_stacks_js__WEBPACK_IMPORTED_MODULE_6__/* .projectOfStack */ .ZG)(stack) ?? '')).map((stack) => stack.StackName ?? '') : [];
        await (0,_operate_efs_js__WEBPACK_IMPORTED_MODULE_4__/* .markFileSystemsInUse */ .OT)(clients, fileSystems, projectStacks);
        if (action === 'list') {
            const table = volumeTable(fileSystems);
            host.writeStdout(`${JSON.stringify(fileSystems.map(volumeJson), null, 2)}\n`);
            host.info(fileSystems.length === 0 ? `No EFS file systems tagged for project ${project}.` : (0,_operate_table_js__WEBPACK_IMPORTED_MODULE_7__/* .textTable */ .e)(table));
            await host.appendSummary(`## 💾 compose-ecs volume list: project \`${project}\`\n\n${fileSystems.length === 0 ? '_No volumes._' : (0,_operate_table_js__WEBPACK_IMPORTED_MODULE_7__/* .markdownTable */ .Q)(table)}\n`);
            return;
        }
        const target = fileSystems.find((fs) => fs.id === volumeId);
        if (!target) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`EFS file system ${volumeId} is not one of project ${project}'s volumes (none tagged com.docker.compose.project=${tagValues.join(' or ')} has that id). Run volume-action "list" to see them.`);
        }
        if (target.inUseBy) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`EFS file system ${volumeId}${target.volume ? ` (volume "${target.volume}")` : ''} is in use by ${target.inUseBy}: tear the stack down first (mode: teardown), then remove the volume.`);
        }
        host.info(`Removing EFS file system ${volumeId}${target.volume ? ` (volume "${target.volume}", ${(0,_operate_efs_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(target.sizeBytes)})` : ''}…`);
        await (0,_operate_efs_js__WEBPACK_IMPORTED_MODULE_4__/* .deleteFileSystem */ .Hf)(clients, volumeId, host.signal, host);
        host.info(`Removed ${volumeId}.`);
        await host.appendSummary(`## 💾 compose-ecs volume remove\n\n${(0,_operate_table_js__WEBPACK_IMPORTED_MODULE_7__/* .markdownTable */ .Q)({ headers: ['Id', 'Volume', 'Size', 'Outcome'], rows: [[volumeId, target.volume ?? '', (0,_operate_efs_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(target.sizeBytes), 'deleted']] })}\n`);
    }
    finally {
        await clients.destroy();
    }
}
/**
 * The com.docker.compose.project values the project's volumes may carry: the project name (the converter's tag
 * and the stack tags CloudFormation propagates) and the stack name when it differs (named stacks).
 */
function projectTagValues(context, project) {
    const values = new Set([project]);
    try {
        values.add((0,_stack_name_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveStackName */ .c)(context.inputs.string('stack-name'), project));
    }
    catch {
        // A project name that makes no stack name simply has no second value.
    }
    return [...values];
}
function volumeJson(fs) {
    return {
        id: fs.id,
        volume: fs.volume,
        project: fs.project,
        name: fs.name,
        sizeBytes: fs.sizeBytes,
        lifeCycleState: fs.lifeCycleState,
        mountTargets: fs.mountTargets,
        createdAt: fs.createdAt?.toISOString(),
        stack: fs.ownerStack,
        inUse: fs.inUseBy !== undefined,
        inUseBy: fs.inUseBy,
    };
}
function volumeTable(fileSystems) {
    return {
        headers: ['ID', 'VOLUME', 'SIZE', 'STATE', 'CREATED', 'IN USE'],
        rows: fileSystems.map((fs) => [fs.id, fs.volume ?? fs.name ?? '', (0,_operate_efs_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(fs.sizeBytes), fs.lifeCycleState ?? '', fs.createdAt?.toISOString() ?? '', fs.inUseBy ?? 'no']),
    };
}


/***/ })

};
