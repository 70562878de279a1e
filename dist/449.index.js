export const id = 449;
export const ids = [449];
export const modules = {

/***/ 5398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ compose_loadProject),
  X: () => (/* reexport */ renderConfig)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/compose/diagnostics.ts
// Diagnostics shared by every pass: key paths, source positions, and the collector that turns a pass's
// problems into one ComposeError (so a user sees every problem of a pass at once, not one per run).

/** `services.web.ports[0]`: the dotted form used in diagnostics and in Project.positions. */
function keyOf(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out === '' ? part : `.${part}`;
    }
    return out;
}
/** The position of `key`, or of its nearest ancestor that has one (a key added by a pass has no position). */
function positionOf(positions, key, fallbackFile) {
    if (positions) {
        let k = key;
        for (;;) {
            const found = positions.get(k);
            if (found)
                return found;
            const cut = Math.max(k.lastIndexOf('.'), k.lastIndexOf('['));
            if (cut <= 0)
                break;
            k = k.slice(0, cut);
        }
    }
    return fallbackFile ? { file: fallbackFile } : undefined;
}
/** Collects the problems of one pass; `throwIfAny` ends the load with all of them. */
class DiagnosticBag {
    positions;
    fallbackFile;
    items = [];
    constructor(positions, fallbackFile) {
        this.positions = positions;
        this.fallbackFile = fallbackFile;
    }
    /** Adds a problem at `path` (position looked up in the bag's map unless given). */
    add(message, path, source) {
        const key = path === undefined ? undefined : typeof path === 'string' ? path : keyOf(path);
        const where = source ?? (key !== undefined ? positionOf(this.positions, key, this.fallbackFile) : this.fallbackFile ? { file: this.fallbackFile } : undefined);
        const diagnostic = { message };
        if (key)
            diagnostic.key = key;
        if (where)
            diagnostic.source = where;
        this.items.push(diagnostic);
    }
    get size() {
        return this.items.length;
    }
    throwIfAny() {
        if (this.items.length > 0)
            throw new errors/* ComposeError */.hp(this.items);
    }
}
/** One problem, thrown at once (for conditions that make the rest of a pass meaningless). */
function fail(message, key, source) {
    const diagnostic = { message };
    if (key)
        diagnostic.key = key;
    if (source)
        diagnostic.source = source;
    throw new errors/* ComposeError */.hp([diagnostic]);
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Sets a key without ever touching Object.prototype (a `__proto__` key in a label is data, not a prototype). */
function setKey(target, key, value) {
    if (key === '__proto__')
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    else
        target[key] = value;
}
/** Structured deep copy of a plain YAML/JSON tree. */
function cloneTree(value) {
    if (Array.isArray(value))
        return value.map(cloneTree);
    if (isMapping(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            setKey(out, k, cloneTree(v));
        return out;
    }
    return value;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/compose/template.ts
// The interpolation grammar of compose-go's `template` package (Compose spec §12 "Interpolation"):
//   $$ → $ · $NAME · ${NAME} · ${NAME:-default} ${NAME-default} · ${NAME:?err} ${NAME?err} · ${NAME:+alt} ${NAME+alt}
// Defaults/alternatives/messages are themselves templates, expanded only when used, so nesting works.
// A `$` not followed by a name, `{` or `$` is kept as written (`^a$`, `$1`); a `${…}` that does not parse is an
// error, as in compose-go (no shell extras such as ${V/x/y} or ${#V}).
/** Thrown for a template that cannot be expanded; `message` is compose-go's text. */
class TemplateError extends Error {
    invalidFormat;
    constructor(message, 
    /** true for `invalid interpolation format`, false for a required variable. */
    invalidFormat) {
        super(message);
        this.invalidFormat = invalidFormat;
    }
}
const NAME_START = /[_a-zA-Z]/;
const NAME_CHAR = /[_a-zA-Z0-9]/;
const BRACED = /^([_a-zA-Z][_a-zA-Z0-9]*)(?:(:?[-+?])([\s\S]*))?$/;
/**
 * Expands `template`. `onUnset` is called for each variable used without a default and not set
 * (compose-go warns `The "V" variable is not set. Defaulting to a blank string.`).
 */
function template_substitute(template, lookup, onUnset) {
    if (!template.includes('$'))
        return template;
    let out = '';
    let i = 0;
    const n = template.length;
    while (i < n) {
        const dollar = template.indexOf('$', i);
        if (dollar < 0) {
            out += template.slice(i);
            break;
        }
        out += template.slice(i, dollar);
        const next = template[dollar + 1];
        if (next === '$') {
            out += '$';
            i = dollar + 2;
        }
        else if (next !== undefined && NAME_START.test(next)) {
            let end = dollar + 2;
            while (end < n && NAME_CHAR.test(template[end]))
                end++;
            const name = template.slice(dollar + 1, end);
            const value = lookup(name);
            if (value === undefined)
                onUnset?.(name);
            out += value ?? '';
            i = end;
        }
        else if (next === '{') {
            const close = closingBrace(template, dollar + 2);
            if (close < 0)
                throw new TemplateError('invalid interpolation format', true);
            out += expandBraced(template.slice(dollar + 2, close), lookup, onUnset);
            i = close + 1;
        }
        else {
            out += '$';
            i = dollar + 1;
        }
    }
    return out;
}
/** Index of the `}` closing a `${` whose body starts at `from`, counting nested `{`; -1 if unclosed. */
function closingBrace(text, from) {
    let depth = 1;
    for (let j = from; j < text.length; j++) {
        const c = text[j];
        if (c === '{')
            depth++;
        else if (c === '}' && --depth === 0)
            return j;
    }
    return -1;
}
function expandBraced(body, lookup, onUnset) {
    const match = BRACED.exec(body);
    if (!match)
        throw new TemplateError('invalid interpolation format', true);
    const [, name, operator, argument = ''] = match;
    const value = lookup(name);
    const arg = () => template_substitute(argument, lookup, onUnset);
    switch (operator) {
        case undefined:
            if (value === undefined)
                onUnset?.(name);
            return value ?? '';
        case ':-':
            return value === undefined || value === '' ? arg() : value;
        case '-':
            return value === undefined ? arg() : value;
        case ':+':
            return value === undefined || value === '' ? '' : arg();
        case '+':
            return value === undefined ? '' : arg();
        case ':?':
        case '?':
            if (value === undefined || (operator === ':?' && value === '')) {
                const message = arg();
                throw new TemplateError(`required variable ${name} is missing a value${message ? `: ${message}` : ''}`, false);
            }
            return value;
        default:
            throw new TemplateError('invalid interpolation format', true);
    }
}

;// CONCATENATED MODULE: ./src/compose/dotenv.ts
// Compose's dotenv syntax (compose-go `dotenv/parser.go`), used for `.env`, `--env-file` and `env_file`:
// comments, `export `, `KEY=VAL` or `KEY: VAL`, inherited `KEY` alone, unquoted values with ` #` comments,
// single quotes (literal), double quotes (escapes then interpolation), multi-line quoted values.
// Not the npm `dotenv` package: its quoting and expansion rules differ from Compose's.

/** A problem in an env file; `line` is 1-based. */
class DotenvError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
const isSpace = (c) => c === ' ' || c === '\t' || c === '\v' || c === '\f' || c === '\r' || c === '\u0085' || c === '\u00a0';
const isKeyChar = (c) => c === '_' || c === '.' || c === '-' || c === '[' || c === ']' || /[\p{L}\p{N}]/u.test(c);
const ESCAPES = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"' };
/**
 * Parses dotenv text. `lookup` resolves inherited keys and `${VAR}` references before the keys already
 * parsed from this text (compose-go order). Returns keys in file order.
 */
function parseDotenv(text, lookup = () => undefined) {
    const out = new Map();
    let src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let line = 1;
    const resolve = (name) => lookup(name) ?? out.get(name);
    const expand = (value) => {
        try {
            return template_substitute(value, resolve);
        }
        catch (error) {
            if (error instanceof TemplateError)
                throw new DotenvError(`line ${line}: ${error.message}${error.invalidFormat ? ` in ${JSON.stringify(value)}` : ''}`, line);
            throw error;
        }
    };
    for (;;) {
        // Skip blank space and comment lines.
        let pos = 0;
        for (;;) {
            while (pos < src.length && (isSpace(src[pos]) || src[pos] === '\n')) {
                if (src[pos] === '\n')
                    line++;
                pos++;
            }
            if (src[pos] === '#') {
                const eol = src.indexOf('\n', pos);
                if (eol < 0) {
                    pos = src.length;
                    break;
                }
                pos = eol;
                continue;
            }
            break;
        }
        src = src.slice(pos);
        if (src === '')
            break;
        if (/^export\s+/.test(src))
            src = src.slice('export'.length).replace(/^[ \t\v\f\r\u0085\u00a0]+/, '');
        // The key runs up to `=`, `:` or a newline (inherited); spaces are allowed by the scan but refused below.
        let end = 0;
        let separator;
        for (; end < src.length; end++) {
            const c = src[end];
            if (isSpace(c))
                continue;
            if (c === '=' || c === ':' || c === '\n') {
                separator = c;
                break;
            }
            if (!isKeyChar(c))
                throw new DotenvError(`line ${line}: unexpected character ${JSON.stringify(c)} in variable name ${JSON.stringify(src.split('\n')[0])}`, line);
        }
        const rawKey = src.slice(0, end);
        const key = rawKey.replace(/\s+$/, '');
        const inherited = separator === undefined || separator === '\n';
        if (key.includes(' '))
            throw new DotenvError(`line ${line}: key cannot contain a space`, line);
        if (inherited) {
            const value = lookup(key);
            if (value !== undefined)
                out.set(key, value);
            src = separator === undefined ? '' : src.slice(end + 1);
            line++;
            continue;
        }
        src = src.slice(end + 1).replace(/^[ \t\v\f\r\u0085\u00a0]+/, '');
        const quote = src[0];
        if (quote !== '"' && quote !== "'") {
            const eol = src.indexOf('\n');
            let value = eol < 0 ? src : src.slice(0, eol);
            src = eol < 0 ? '' : src.slice(eol + 1);
            const comment = value.indexOf(' #');
            if (comment >= 0)
                value = value.slice(0, comment);
            value = value.replace(/\s+$/, '');
            out.set(key, expand(value));
            line++;
            continue;
        }
        // Quoted: up to the first unescaped matching quote, possibly over several lines.
        let chars = '';
        let escaped = false;
        let closed = -1;
        const startLine = line;
        for (let i = 1; i < src.length; i++) {
            const c = src[i];
            if (c === '\n')
                line++;
            if (c !== quote) {
                if (!escaped && c === '\\') {
                    escaped = true;
                    continue;
                }
                if (escaped) {
                    escaped = false;
                    chars += '\\';
                }
                chars += c;
                continue;
            }
            if (escaped) {
                escaped = false;
                chars += c;
                continue;
            }
            closed = i;
            break;
        }
        if (closed < 0) {
            const eol = src.indexOf('\n');
            throw new DotenvError(`line ${startLine}: unterminated quoted value ${eol < 0 ? src : src.slice(0, eol)}`, startLine);
        }
        out.set(key, quote === '"' ? expand(expandEscapes(chars)) : chars);
        src = src.slice(closed + 1);
        // Whatever follows the closing quote on its line must be a comment or nothing.
        const eol = src.indexOf('\n');
        const rest = (eol < 0 ? src : src.slice(0, eol)).trim();
        if (rest !== '' && !rest.startsWith('#'))
            throw new DotenvError(`line ${line}: unexpected text ${JSON.stringify(rest)} after the quoted value of ${key}`, line);
        src = eol < 0 ? '' : src.slice(eol + 1);
        line++;
    }
    return out;
}
/** Double-quote escapes; `\$` becomes `$$` so interpolation then yields a literal `$`. Unknown `\x` keeps the backslash. */
function expandEscapes(value) {
    return value.replace(/\\(0[0-7]{0,3}|[abfnrtv\\"$])/g, (match, code) => {
        if (code === '$')
            return '$$';
        if (code.startsWith('0'))
            return code.length === 1 ? '\0' : String.fromCharCode(parseInt(code, 8));
        return ESCAPES[code] ?? match;
    });
}
/** `docker run --env-file` format (`format: raw`): `KEY=VALUE` literally, `KEY` alone looked up, `#` lines ignored. */
function parseRawEnv(text, lookup = () => undefined) {
    const out = new Map();
    const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r?\n/);
    lines.forEach((raw, index) => {
        const line = raw.replace(/^\s+/, '');
        if (line === '' || line.startsWith('#'))
            return;
        const eq = line.indexOf('=');
        const key = eq < 0 ? line.trim() : line.slice(0, eq);
        if (key === '' || /\s/.test(key))
            throw new DotenvError(`line ${index + 1}: variable name ${JSON.stringify(key)} is empty or contains whitespace`, index + 1);
        if (eq < 0) {
            const value = lookup(key);
            if (value !== undefined)
                out.set(key, value);
        }
        else {
            out.set(key, line.slice(eq + 1));
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./src/compose/interpolate.ts
// Pass 2 — interpolation of one parsed document (compose-go `loader/interpolate.go`): every string *value*
// (never a key) is expanded with template.ts, then values at typed paths are cast (`replicas: "${N}"` → 3),
// exactly where compose-go casts. Runs per document, before include/extends/merge.


/** compose-go's interpolateTypeCastMapping; `*` = any key, `[]` = any sequence item. */
const CASTS = [
    ['services.*.deploy.replicas', 'int'],
    ['services.*.deploy.update_config.parallelism', 'int'],
    ['services.*.deploy.rollback_config.parallelism', 'int'],
    ['services.*.deploy.restart_policy.max_attempts', 'int'],
    ['services.*.deploy.placement.max_replicas_per_node', 'int'],
    ['services.*.healthcheck.retries', 'int'],
    ['services.*.ports.[].target', 'int'],
    ['services.*.scale', 'int'],
    ['services.*.ulimits.*', 'int'],
    ['services.*.ulimits.*.hard', 'int'],
    ['services.*.ulimits.*.soft', 'int'],
    ['services.*.cpu_count', 'int'],
    ['services.*.cpu_period', 'int'],
    ['services.*.cpu_quota', 'int'],
    ['services.*.cpu_rt_period', 'int'],
    ['services.*.cpu_rt_runtime', 'int'],
    ['services.*.cpu_shares', 'int'],
    ['services.*.oom_score_adj', 'int'],
    ['services.*.pids_limit', 'int'],
    ['services.*.cpu_percent', 'float'],
    ['services.*.deploy.update_config.max_failure_ratio', 'float'],
    ['services.*.deploy.rollback_config.max_failure_ratio', 'float'],
    ['services.*.cpus', 'float'],
    ['services.*.init', 'bool'],
    ['services.*.depends_on.*.required', 'bool'],
    ['services.*.depends_on.*.restart', 'bool'],
    ['services.*.healthcheck.disable', 'bool'],
    ['services.*.oom_kill_disable', 'bool'],
    ['services.*.privileged', 'bool'],
    ['services.*.read_only', 'bool'],
    ['services.*.stdin_open', 'bool'],
    ['services.*.tty', 'bool'],
    ['services.*.volumes.[].read_only', 'bool'],
    ['services.*.volumes.[].volume.nocopy', 'bool'],
    ['networks.*.external', 'bool'],
    ['networks.*.internal', 'bool'],
    ['networks.*.attachable', 'bool'],
    ['networks.*.enable_ipv4', 'bool'],
    ['networks.*.enable_ipv6', 'bool'],
    ['volumes.*.external', 'bool'],
    ['secrets.*.external', 'bool'],
    ['configs.*.external', 'bool'],
];
/** Patterns indexed by their last segment ('*' and '[]' kept apart), so most strings are checked against none. */
const CASTS_BY_LAST = new Map();
for (const [pattern, cast] of CASTS) {
    const parts = pattern.split('.');
    const last = parts[parts.length - 1];
    const list = CASTS_BY_LAST.get(last) ?? [];
    list.push({ parts, cast });
    CASTS_BY_LAST.set(last, list);
}
function castFor(path) {
    // Only a few top-level sections carry typed values; skip the search elsewhere (x-*, name, include…).
    const head = path[0];
    if (head !== 'services' && head !== 'networks' && head !== 'volumes' && head !== 'secrets' && head !== 'configs')
        return undefined;
    const last = path[path.length - 1];
    const candidates = [...(typeof last === 'string' ? (CASTS_BY_LAST.get(last) ?? []) : []), ...(typeof last === 'string' ? (CASTS_BY_LAST.get('*') ?? []) : [])];
    for (const { parts, cast } of candidates) {
        if (parts.length !== path.length)
            continue;
        let ok = true;
        for (let i = 0; i < parts.length && ok; i++) {
            const part = parts[i];
            const step = path[i];
            if (part === '*')
                ok = typeof step === 'string';
            else if (part === '[]')
                ok = typeof step === 'number';
            else
                ok = part === step;
        }
        if (ok)
            return cast;
    }
    return undefined;
}
/** Parses a boolean as compose-go does (YAML 1.1 spellings accepted with a warning). */
function parseComposeBoolean(text, warn) {
    switch (text.toLowerCase()) {
        case 'true':
            return true;
        case 'false':
            return false;
        case 'y':
        case 'yes':
        case 'on':
            warn?.(`"${text}" for boolean is not supported by YAML 1.2, please use \`true\``);
            return true;
        case 'n':
        case 'no':
        case 'off':
            warn?.(`"${text}" for boolean is not supported by YAML 1.2, please use \`false\``);
            return false;
        default:
            throw new Error(`invalid boolean: ${text}`);
    }
}
function applyCast(text, cast, warn) {
    switch (cast) {
        case 'int':
            if (!/^[-+]?\d+$/.test(text.trim()) || text.trim() !== text)
                throw new Error(`failed to cast to expected type: "${text}" is not an integer`);
            return Number(text);
        case 'float': {
            const value = Number(text);
            if (text.trim() === '' || Number.isNaN(value))
                throw new Error(`failed to cast to expected type: "${text}" is not a number`);
            return value;
        }
        case 'bool':
            try {
                return parseComposeBoolean(text, warn);
            }
            catch (error) {
                throw new Error(`failed to cast to expected type: ${error.message}`);
            }
    }
}
/**
 * Interpolates a whole document tree. Problems (bad templates, required variables, failed casts) are added
 * to `bag` with their key path; the caller throws once the document is done so every problem is reported.
 */
function interpolateTree(tree, lookup, bag, warnings, file) {
    const unsetReported = new Set();
    const walk = (value, path) => {
        if (typeof value === 'string') {
            let expanded = value;
            try {
                expanded = template_substitute(value, lookup, (name) => {
                    if (unsetReported.has(name))
                        return;
                    unsetReported.add(name);
                    warnings.push({ message: `The "${name}" variable is not set. Defaulting to a blank string.`, key: keyOf(path), source: { file } });
                });
            }
            catch (error) {
                if (!(error instanceof TemplateError))
                    throw error;
                if (error.invalidFormat)
                    bag.add(`invalid interpolation format for ${keyOf(path)}.\nYou may need to escape any $ with another $.\n${value}`, path);
                else
                    bag.add(`error while interpolating ${keyOf(path)}: ${error.message}`, path);
                return value;
            }
            const cast = castFor(path);
            if (!cast)
                return expanded;
            try {
                return applyCast(expanded, cast, (message) => warnings.push({ message, key: keyOf(path), source: { file } }));
            }
            catch (error) {
                bag.add(`error while interpolating ${keyOf(path)}: ${error.message}`, path);
                return expanded;
            }
        }
        if (Array.isArray(value))
            return value.map((item, index) => walk(item, [...path, index]));
        if (isMapping(value)) {
            const out = {};
            for (const [k, v] of Object.entries(value))
                setKey(out, k, walk(v, [...path, k]));
            return out;
        }
        return value;
    };
    return walk(tree, []);
}
/** Interpolates one string outside a tree (the project `name:`, include paths…). */
function interpolateString(value, lookup) {
    return substitute(value, lookup);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/compose/parse.ts
// Pass 1 — read a Compose file and turn each YAML document into a plain tree, recording on the way:
//   - the position of every key and sequence item (for diagnostics and Project.positions);
//   - the paths tagged `!reset` (value dropped) and `!override` (value kept, replaces wholesale when merged);
//   - CloudFormation short tags, read as their long forms, but only inside `x-aws-cloudformation`.
// We walk the `yaml` package's node tree ourselves instead of calling toJS() because we need positions, tags
// and compose-go's key rules (string keys only, duplicate keys named) in the same walk, and an expansion
// budget that stops alias bombs before they allocate (compose-go: 100,000 node visits per document).




/** Files above this size are refused before parsing (a Compose file is a few KiB; this is a safety net). */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** compose-go's limit on node visits per document, which also bounds alias expansion. */
const MAX_NODE_VISITS = 100_000;
/** CloudFormation short-form tags and the long-form key they stand for. */
const CLOUDFORMATION_TAGS = {
    '!Ref': 'Ref',
    '!Condition': 'Condition',
    '!GetAtt': 'Fn::GetAtt',
    '!Sub': 'Fn::Sub',
    '!Join': 'Fn::Join',
    '!Select': 'Fn::Select',
    '!Split': 'Fn::Split',
    '!If': 'Fn::If',
    '!Equals': 'Fn::Equals',
    '!Not': 'Fn::Not',
    '!And': 'Fn::And',
    '!Or': 'Fn::Or',
    '!FindInMap': 'Fn::FindInMap',
    '!Base64': 'Fn::Base64',
    '!Cidr': 'Fn::Cidr',
    '!GetAZs': 'Fn::GetAZs',
    '!ImportValue': 'Fn::ImportValue',
};
/** The key under which CloudFormation short tags are allowed. */
const CLOUDFORMATION_OVERLAY_KEY = 'x-aws-cloudformation';
/** Reads a Compose (or env) file as UTF-8 text, refusing what cannot be one with a message saying what to do. */
function readTextFile(file, what = 'Compose file') {
    let size;
    try {
        const stats = (0,external_node_fs_.statSync)(file);
        if (stats.isDirectory())
            fail(`${file} is a directory, not a ${what}: pass the path of the file itself`, undefined, { file });
        size = stats.size;
    }
    catch (error) {
        if (error instanceof Error && 'diagnostics' in error)
            throw error;
        fail(describeFsError(error, file, what), undefined, { file });
    }
    if (size > MAX_FILE_BYTES) {
        fail(`${file} is ${(size / 1024 / 1024).toFixed(1)} MiB: a ${what} larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB is refused (is this the right file?)`, undefined, { file });
    }
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(file);
    }
    catch (error) {
        fail(describeFsError(error, file, what), undefined, { file });
    }
    if (bytes.includes(0))
        fail(`${file} is not a text file (it contains NUL bytes): a ${what} must be UTF-8 text`, undefined, { file });
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        fail(`${file} is not valid UTF-8 text: a ${what} must be UTF-8 encoded`, undefined, { file });
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function describeFsError(error, file, what) {
    const code = error?.code;
    if (code === 'ENOENT')
        return `${what} ${file} not found: check the path (relative paths start at the working directory)`;
    if (code === 'EACCES' || code === 'EPERM')
        return `cannot read ${what} ${file}: permission denied; make it readable by this user`;
    if (code === 'EISDIR')
        return `${file} is a directory, not a ${what}: pass the path of the file itself`;
    return `cannot read ${what} ${file}: ${(0,errors/* errorMessage */.gJ)(error)}`;
}
/** Reads and parses a Compose file into its documents. */
function parseComposeFile(file) {
    return parseComposeYaml(readTextFile(file), file);
}
/** Parses Compose YAML text (every document); throws ComposeError with every syntax problem found. */
function parseComposeYaml(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const documents = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, merge: true, uniqueKeys: false, prettyErrors: false, schema: 'core' });
    const bag = new DiagnosticBag(undefined, file);
    if (!Array.isArray(documents))
        return []; // an empty stream
    const parsed = [];
    documents.forEach((document, index) => {
        for (const error of document.errors) {
            const { line, col } = lineCounter.linePos(error.pos[0]);
            bag.add(`invalid YAML: ${firstLine(error.message)}`, undefined, { file, line, column: col });
        }
        if (document.errors.length > 0)
            return;
        const walker = new DocumentWalker(document, file, lineCounter, bag, text);
        const value = walker.toTree();
        parsed.push({ file, index, value, positions: walker.positions, resets: walker.resets, overrides: walker.overrides });
    });
    bag.throwIfAny();
    return parsed;
}
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
/** Marker for a `!reset` value: its key is left out of the tree. */
const DROPPED = Symbol('dropped');
class DocumentWalker {
    document;
    file;
    lines;
    bag;
    text;
    positions = new Map();
    resets = [];
    overrides = [];
    visits = 0;
    /** > 0 while expanding an alias: positions there would point at the anchor, and recording them is what makes alias bombs slow. */
    aliasDepth = 0;
    aliasTargets = new Map();
    /** Nodes being converted, to catch an alias that points into itself. */
    stack = new Set();
    constructor(document, file, lines, bag, text) {
        this.document = document;
        this.file = file;
        this.lines = lines;
        this.bag = bag;
        this.text = text;
    }
    toTree() {
        const root = this.document.contents;
        if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null && !root.tag))
            return null;
        if (!(0,dist/* isMap */.jh)(root)) {
            this.bag.add('top-level object must be a mapping', undefined, this.where(root));
            return null;
        }
        try {
            const value = this.convert(root, [], false);
            return value;
        }
        catch (error) {
            if (error instanceof ExpansionLimit) {
                this.bag.add(`alias expansion limit hit: the document expands to more than ${MAX_NODE_VISITS} nodes through YAML aliases (an alias bomb?); write the values out instead`, undefined, error.source);
                return null;
            }
            throw error;
        }
    }
    where(node) {
        const offset = node?.range?.[0];
        if (offset === undefined)
            return { file: this.file };
        const { line, col } = this.lines.linePos(offset);
        return { file: this.file, line, column: col };
    }
    convert(node, path, inCloudFormation) {
        if (node === null)
            return null;
        if (++this.visits > MAX_NODE_VISITS)
            throw new ExpansionLimit(this.where(node));
        if ((0,dist/* isAlias */.Vj)(node)) {
            // yaml's Alias.resolve walks the whole document each time: cache it per alias node.
            let target = this.aliasTargets.get(node);
            if (target === undefined) {
                target = node.resolve(this.document);
                this.aliasTargets.set(node, target);
            }
            if (!target) {
                this.bag.add(`unknown YAML alias *${node.source}`, path, this.where(node));
                return null;
            }
            if (this.stack.has(target)) {
                this.bag.add(`cycle detected: node at path ${keyOf(path)} refers to itself through alias *${node.source}`, path, this.where(node));
                return null;
            }
            this.aliasDepth++;
            try {
                return this.convert(target, path, inCloudFormation);
            }
            finally {
                this.aliasDepth--;
            }
        }
        const tag = node.tag;
        if (tag && !tag.startsWith('tag:yaml.org,2002:'))
            return this.convertTagged(node, tag, path, inCloudFormation);
        this.stack.add(node);
        try {
            if ((0,dist/* isMap */.jh)(node))
                return this.convertMap(node, path, inCloudFormation);
            if ((0,dist/* isSeq */.oP)(node)) {
                return node.items.map((item, index) => {
                    const itemPath = [...path, index];
                    this.record(itemPath, item);
                    const value = this.convert(item, itemPath, inCloudFormation);
                    if (value === DROPPED) {
                        this.bag.add('!reset cannot be applied to a sequence item: reset the whole sequence (key: !reset [])', itemPath, this.where(item));
                        return null;
                    }
                    return value;
                });
            }
            if ((0,dist/* isScalar */.jn)(node))
                return this.scalarValue(node);
            this.bag.add('unsupported YAML node', path, this.where(node));
            return null;
        }
        finally {
            this.stack.delete(node);
        }
    }
    convertTagged(node, tag, path, inCloudFormation) {
        const untagged = () => {
            this.stack.add(node);
            try {
                if ((0,dist/* isMap */.jh)(node))
                    return this.convertMap(node, path, inCloudFormation);
                if ((0,dist/* isSeq */.oP)(node))
                    return node.items.map((item, i) => this.convert(item, [...path, i], inCloudFormation));
                if ((0,dist/* isScalar */.jn)(node))
                    return this.scalarValue(node);
                return null;
            }
            finally {
                this.stack.delete(node);
            }
        };
        if (tag === '!reset' || tag === '!override') {
            if (typeof path[path.length - 1] === 'number')
                return tag === '!reset' ? DROPPED : untagged();
            if (tag === '!reset') {
                this.resets.push(path);
                return DROPPED;
            }
            this.overrides.push(path);
            return untagged();
        }
        const longForm = CLOUDFORMATION_TAGS[tag];
        if (longForm && inCloudFormation) {
            const value = untagged();
            if (tag === '!GetAtt' && typeof value === 'string') {
                const dot = value.indexOf('.');
                if (dot <= 0) {
                    this.bag.add(`!GetAtt ${value}: expected LogicalId.Attribute`, path, this.where(node));
                    return null;
                }
                return { [longForm]: [value.slice(0, dot), value.slice(dot + 1)] };
            }
            if (tag === '!GetAZs' && value === null)
                return { [longForm]: '' };
            return { [longForm]: value };
        }
        const where = this.tagPosition(node, tag);
        if (longForm) {
            this.bag.add(`YAML tag ${tag} is a CloudFormation tag: it is only allowed inside ${CLOUDFORMATION_OVERLAY_KEY}`, path, where);
        }
        else {
            this.bag.add(`unknown YAML tag ${tag}: only !reset and !override are allowed in a Compose file (and CloudFormation tags inside ${CLOUDFORMATION_OVERLAY_KEY})`, path, where);
        }
        return null;
    }
    convertMap(node, path, inCloudFormation) {
        const out = {};
        const keyLines = new Map();
        const merged = [];
        for (const pair of node.items) {
            if (!(0,dist/* isPair */.tO)(pair))
                continue;
            const keyNode = pair.key;
            if ((0,dist/* isScalar */.jn)(keyNode) && typeof keyNode.value === 'symbol') {
                // `<<: *anchor` / `<<: [*a, *b]`: merged after the explicit keys, which win (earlier sources win too).
                const sources = (0,dist/* isSeq */.oP)(pair.value) ? pair.value.items : [pair.value];
                for (const source of sources) {
                    const value = this.convert(source, path, inCloudFormation);
                    if (value === null || value === DROPPED)
                        continue;
                    if (typeof value !== 'object' || Array.isArray(value)) {
                        this.bag.add('merge key << only merges mappings (a sequence cannot be merged)', path, this.where(source));
                        continue;
                    }
                    merged.push(value);
                }
                continue;
            }
            const key = this.keyText(keyNode, path);
            if (key === undefined)
                continue;
            const keyPosition = this.where(keyNode);
            const previous = keyLines.get(key);
            if (previous !== undefined) {
                this.bag.add(`line ${keyPosition.line}: mapping key "${key}" already defined at line ${previous}`, [...path, key], keyPosition);
                continue;
            }
            keyLines.set(key, keyPosition.line ?? 0);
            const childPath = [...path, key];
            if (this.aliasDepth === 0)
                this.positions.set(keyOf(childPath), keyPosition);
            const value = this.convert(pair.value, childPath, inCloudFormation || key === CLOUDFORMATION_OVERLAY_KEY);
            if (value !== DROPPED)
                setKey(out, key, value);
        }
        for (const source of merged) {
            for (const [k, v] of Object.entries(source))
                if (!(k in out) && !keyLines.has(k))
                    setKey(out, k, v);
        }
        return out;
    }
    keyText(keyNode, path) {
        const where = this.where(keyNode);
        const context = path.length === 0 ? 'at top level' : `in ${keyOf(path)}`;
        if ((0,dist/* isScalar */.jn)(keyNode) && typeof keyNode.value === 'string' && !keyNode.tag)
            return keyNode.value;
        if ((0,dist/* isScalar */.jn)(keyNode) && keyNode.tag === 'tag:yaml.org,2002:str')
            return String(keyNode.value);
        if ((0,dist/* isScalar */.jn)(keyNode)) {
            this.bag.add(`non-string key ${context}: ${keyNode.source ?? String(keyNode.value)} (quote it to make it a string)`, path, where);
        }
        else {
            this.bag.add(`non-string key ${context}: a ${(0,dist/* isMap */.jh)(keyNode) ? 'mapping' : (0,dist/* isSeq */.oP)(keyNode) ? 'sequence' : 'complex'} cannot be a key`, path, where);
        }
        return undefined;
    }
    /** Where the tag itself is written (a node's range starts at its value, after the tag). */
    tagPosition(node, tag) {
        const offset = node.range?.[0];
        if (offset === undefined)
            return { file: this.file };
        const at = this.text.lastIndexOf(tag, offset);
        const { line, col } = this.lines.linePos(at >= 0 ? at : offset);
        return { file: this.file, line, column: col };
    }
    record(path, node) {
        if (node && this.aliasDepth === 0)
            this.positions.set(keyOf(path), this.where(node));
    }
    scalarValue(node) {
        const value = node.value;
        if (node.type === dist/* Scalar */.X5.PLAIN && typeof value === 'number' && typeof node.source === 'string') {
            // go-yaml keeps YAML 1.1 octals: `0440` is 288, as compose-go reads it (file modes).
            if (/^[-+]?0[0-7]+$/.test(node.source))
                return parseInt(node.source, 8);
        }
        if (value instanceof Uint8Array)
            return Buffer.from(value).toString('utf8');
        return value;
    }
}
class ExpansionLimit extends Error {
    source;
    constructor(source) {
        super('alias expansion limit');
        this.source = source;
    }
}

;// CONCATENATED MODULE: ./src/compose/discover.ts
// Pass 0 — what to load, with which environment, under which name (compose-go `cli/options.go`, docker
// compose `toProjectOptions`), in docker compose's order:
//   OS env → env files (--env-file, else COMPOSE_ENV_FILES, else <dir>/.env) → COMPOSE_FILE → discovery
//   (working dir, then each parent) → env files again from the project directory → profiles → name.
// The OS env always wins over env files; among several env files, later ones win.






const COMPOSE_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const OVERRIDE_FILE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];
/** The options' env snapshot without undefined entries. */
function osEnvironment(env) {
    const out = new Map();
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out.set(k, v);
    return out;
}
/** Loads env files in order (later files win among themselves); `base` (the OS env) is looked up first and wins. */
function loadEnvFiles(files, base) {
    const fromFiles = new Map();
    for (const file of files) {
        const text = readTextFile(file, 'env file');
        let parsed;
        try {
            parsed = parseDotenv(text, (name) => base.get(name) ?? fromFiles.get(name));
        }
        catch (error) {
            if (error instanceof DotenvError)
                fail(`failed to read ${file}: ${error.message}`, undefined, { file, line: error.line });
            throw error;
        }
        for (const [k, v] of parsed)
            fromFiles.set(k, v);
    }
    const merged = new Map(fromFiles);
    for (const [k, v] of base)
        merged.set(k, v);
    return merged;
}
function isTrue(value) {
    if (value === undefined || value === '')
        return false;
    try {
        return parseComposeBoolean(value) || value === '1';
    }
    catch {
        return value === '1';
    }
}
/** The env files to read: explicit ones (must exist), else COMPOSE_ENV_FILES, else `<dir>/.env` if it is a file. */
function envFilesFor(explicit, dir, env, workingDir) {
    if (explicit.length > 0) {
        return explicit.map((file) => {
            const absolute = external_node_path_default().resolve(workingDir, file);
            if (!(0,external_node_fs_.existsSync)(absolute))
                fail(`couldn't find env file: ${absolute}`, undefined, { file: absolute });
            if ((0,external_node_fs_.statSync)(absolute).isDirectory())
                fail(`${absolute} is a directory`, undefined, { file: absolute });
            return absolute;
        });
    }
    if (isTrue(env.get('COMPOSE_DISABLE_ENV_FILE')))
        return [];
    const listed = env.get('COMPOSE_ENV_FILES');
    if (listed) {
        return listed
            .split(',')
            .map((f) => f.trim())
            .filter((f) => f !== '')
            .map((f) => {
            const absolute = external_node_path_default().resolve(workingDir, f);
            if (!(0,external_node_fs_.existsSync)(absolute))
                fail(`couldn't find env file: ${absolute} (listed in COMPOSE_ENV_FILES)`, undefined, { file: absolute });
            return absolute;
        });
    }
    const dotenv = external_node_path_default().join(dir, '.env');
    return (0,external_node_fs_.existsSync)(dotenv) && (0,external_node_fs_.statSync)(dotenv).isFile() ? [dotenv] : [];
}
/** Finds the files and builds the environment, following docker compose's order. */
function discover(options) {
    const warnings = [];
    const workingDir = external_node_path_default().resolve(options.workingDir);
    const osEnv = osEnvironment(options.env);
    if (!osEnv.has('PWD'))
        osEnv.set('PWD', workingDir);
    let envFiles = envFilesFor(options.envFiles, workingDir, osEnv, workingDir);
    let env = loadEnvFiles(envFiles, osEnv);
    let files;
    if (options.composeFiles.length > 0) {
        files = options.composeFiles.map((file) => {
            if (file === '-')
                fail('reading a Compose file from standard input (-f -) is not supported: pass the path of a file');
            return external_node_path_default().resolve(workingDir, file);
        });
    }
    else if (env.get('COMPOSE_FILE')) {
        const separator = env.get('COMPOSE_PATH_SEPARATOR') || (external_node_path_default()).delimiter;
        files = env
            .get('COMPOSE_FILE')
            .split(separator)
            .filter((f) => f !== '')
            .map((f) => external_node_path_default().resolve(workingDir, f));
    }
    else {
        files = discoverFiles(workingDir, warnings);
    }
    for (const file of files) {
        if (!(0,external_node_fs_.existsSync)(file))
            fail(`Compose file ${file} not found: check the path (relative paths start at ${workingDir})`, undefined, { file });
    }
    const projectDir = external_node_path_default().dirname(files[0]);
    if (options.envFiles.length === 0 && !env.get('COMPOSE_ENV_FILES') && projectDir !== workingDir) {
        // The project directory is now known: its `.env` is the one that counts.
        envFiles = envFilesFor([], projectDir, osEnv, workingDir);
        env = loadEnvFiles(envFiles, osEnv);
    }
    return { files, projectDir, env, envFiles, warnings };
}
function discoverFiles(workingDir, warnings) {
    for (let dir = workingDir;; dir = external_node_path_default().dirname(dir)) {
        const found = COMPOSE_FILE_NAMES.map((name) => external_node_path_default().join(dir, name)).filter((file) => (0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isFile());
        if (found.length > 0) {
            if (found.length > 1) {
                warnings.push({ message: `Found multiple config files with supported names: ${found.join(', ')}. Using ${found[0]}`, source: { file: found[0] } });
            }
            const overrides = OVERRIDE_FILE_NAMES.map((name) => external_node_path_default().join(dir, name)).filter((file) => (0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isFile());
            if (overrides.length > 1) {
                warnings.push({ message: `Found multiple override files with supported names: ${overrides.join(', ')}. Using ${overrides[0]}`, source: { file: overrides[0] } });
            }
            return overrides.length > 0 ? [found[0], overrides[0]] : [found[0]];
        }
        if (external_node_path_default().dirname(dir) === dir)
            break;
    }
    fail(`no configuration file provided: not found (looked for ${COMPOSE_FILE_NAMES.join(', ')} in ${workingDir} and its parents); add a compose.yaml or pass the file's path`);
}
/** compose-go's NormalizeProjectName: lower case, only [a-z0-9_-] kept, leading `_`/`-` trimmed. */
function normalizeProjectName(name) {
    return name
        .toLowerCase()
        .replace(/[^a-z0-9_-]/g, '')
        .replace(/^[_-]+/, '');
}
/** Checks an imperative name (`-p`, COMPOSE_PROJECT_NAME): it must already be normalized. */
function checkImperativeProjectName(name, origin) {
    if (normalizeProjectName(name) !== name) {
        fail(`invalid project name "${name}" (from ${origin}): must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`);
    }
    return name;
}

;// CONCATENATED MODULE: ./src/compose/environment.ts
// Pass 10 — a service's container environment (compose-go `WithServicesEnvironmentResolved`):
// bare `KEY` / `KEY: null` take the project env's value (else stay null = unset); each env_file is read in
// order (later files win; `required: false` files may be missing; `format: raw` is docker run's format);
// `environment` overrides what the files set. Label files are read the same way under `labels`.




function readEnvFile(file, format, lookup, bag, key) {
    let text;
    try {
        text = readTextFile(file, 'env file');
    }
    catch (error) {
        if (error instanceof errors/* ComposeError */.hp) {
            bag.add(error.diagnostics[0]?.message ?? error.message, key);
            return undefined;
        }
        throw error;
    }
    try {
        if (format === undefined || format === '' || format === 'dotenv')
            return parseDotenv(text, lookup);
        if (format === 'raw')
            return parseRawEnv(text, lookup);
        bag.add(`unsupported env_file format "${format}"`, key);
    }
    catch (error) {
        if (!(error instanceof DotenvError))
            throw error;
        bag.add(`failed to read ${file}: ${error.message}`, key, { file, line: error.line });
    }
    return undefined;
}
/** Resolves `service.environment` in place (its `environment` must hold the declared KEY→value|null map). */
function resolveServiceEnvironment(service, env, bag, rawLabelFiles) {
    const declared = service.environment;
    const resolved = {};
    for (const [k, v] of Object.entries(declared))
        resolved[k] = v ?? env.get(k) ?? null;
    const fromFiles = new Map();
    const lookup = (name) => env.get(name) ?? resolved[name] ?? fromFiles.get(name);
    service.envFiles.forEach((envFile, index) => {
        const key = `services.${service.name}.env_file[${index}]`;
        if (!(0,external_node_fs_.existsSync)(envFile.path)) {
            if (envFile.required)
                bag.add(`env file ${envFile.path} not found: create it, fix the path, or mark it required: false`, key);
            return;
        }
        const values = readEnvFile(envFile.path, envFile.format, lookup, bag, key);
        for (const [k, v] of values ?? [])
            fromFiles.set(k, v);
    });
    const environment = {};
    for (const [k, v] of fromFiles)
        environment[k] = v;
    for (const [k, v] of Object.entries(resolved))
        environment[k] = v;
    service.environment = environment;
    if (rawLabelFiles.length > 0) {
        const labels = {};
        rawLabelFiles.forEach((file, index) => {
            const key = `services.${service.name}.label_file[${index}]`;
            if (!(0,external_node_fs_.existsSync)(file)) {
                bag.add(`label file ${file} not found`, key);
                return;
            }
            for (const [k, v] of readEnvFile(file, undefined, () => undefined, bag, key) ?? [])
                labels[k] = v;
        });
        service.labels = { ...labels, ...service.labels };
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/compose/canonical.ts
// Short → long syntax, one function per Compose short form (compose-go `transform/` + docker/go-connections
// ParsePortSpec + compose-go `format/volume.go`). Outputs keep Compose's snake_case key names; project.ts
// binds them to the typed model. Each function throws a plain Error whose message the caller places at
// the key path it was reading.



function parsePortRange(text, what, spec) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(text);
    if (!m)
        throw new Error(`invalid ${what}: ${text} in port spec "${spec}"`);
    const start = Number(m[1]);
    const end = m[2] === undefined ? start : Number(m[2]);
    if (start > 65535 || end > 65535)
        throw new Error(`invalid ${what}: ${text} in port spec "${spec}" (ports go from 0 to 65535)`);
    if (end < start)
        throw new Error(`invalid ${what}: ${text} in port spec "${spec}" (range end lower than its start)`);
    return [start, end];
}
/** `[[IP:]HOST:]CONTAINER[/PROTO]` (ranges allowed) → one long-form entry per container port. */
function parsePortSpec(raw) {
    const spec = String(raw).trim();
    const parts = spec.split(':');
    const n = parts.length;
    let ip = n > 3 ? parts.slice(0, n - 2).join(':') : n === 3 ? parts[0] : '';
    const hostPort = n >= 2 ? parts[n - 2] : '';
    let containerPart = parts[n - 1];
    let protocol = 'tcp';
    const slash = containerPart.indexOf('/');
    if (slash >= 0) {
        const proto = containerPart.slice(slash + 1);
        containerPart = containerPart.slice(0, slash);
        if (proto !== '')
            protocol = proto.toLowerCase();
    }
    if (ip.startsWith('[') && ip.endsWith(']'))
        ip = ip.slice(1, -1);
    if (ip !== '' && (0,external_node_net_.isIP)(ip) === 0)
        throw new Error(`invalid IP address: ${ip}`);
    if (containerPart === '')
        throw new Error(`no port specified: ${spec}<empty>`);
    if (!['tcp', 'udp', 'sctp'].includes(protocol))
        throw new Error(`invalid proto: ${protocol}`);
    const [start, end] = parsePortRange(containerPart, 'containerPort', spec);
    let hostStart = 0;
    let hostEnd = 0;
    if (hostPort !== '') {
        [hostStart, hostEnd] = parsePortRange(hostPort, 'hostPort', spec);
        if (end - start !== hostEnd - hostStart && end !== start) {
            throw new Error(`invalid ranges specified for container and host Ports: ${containerPart} and ${hostPort}`);
        }
    }
    const entries = [];
    for (let i = 0; i <= end - start; i++) {
        const entry = { target: start + i, protocol, mode: 'ingress' };
        if (hostPort !== '')
            entry.published = start === end && hostStart !== hostEnd ? `${hostStart}-${hostEnd}` : String(hostStart + i);
        if (ip !== '')
            entry.host_ip = ip;
        entries.push(entry);
    }
    // compose-go sorts the expanded entries as "port/proto" strings.
    return entries.sort((a, b) => (`${a.target}/${a.protocol}` < `${b.target}/${b.protocol}` ? -1 : `${a.target}/${a.protocol}` > `${b.target}/${b.protocol}` ? 1 : 0));
}
/** Any ports entry (short string, int, long mapping) → long entries with defaults. */
function canonicalPorts(entry) {
    if (typeof entry === 'string' || typeof entry === 'number')
        return parsePortSpec(entry);
    if (!isMapping(entry))
        throw new Error('a port must be a string, a number or a mapping');
    const out = { ...entry, protocol: 'tcp', mode: 'ingress', target: 0 };
    const target = typeof entry.target === 'string' ? Number(entry.target) : entry.target;
    if (typeof target !== 'number' || !Number.isInteger(target) || target < 0 || target > 65535)
        throw new Error(`invalid target port ${JSON.stringify(entry.target)}`);
    out.target = target;
    out.protocol = typeof entry.protocol === 'string' && entry.protocol !== '' ? entry.protocol.toLowerCase() : 'tcp';
    out.mode = typeof entry.mode === 'string' && entry.mode !== '' ? entry.mode : 'ingress';
    if (entry.published === undefined || entry.published === null || entry.published === '')
        delete out.published;
    else
        out.published = String(entry.published);
    if (typeof entry.host_ip === 'string' && entry.host_ip !== '') {
        if ((0,external_node_net_.isIP)(entry.host_ip) === 0)
            throw new Error(`invalid IP address: ${entry.host_ip}`);
    }
    else
        delete out.host_ip;
    return [out];
}
/** The unicity key of a ports entry (compose-go `uncity.go`). */
function portKey(entry) {
    if (typeof entry === 'string' || typeof entry === 'number')
        return String(entry);
    if (isMapping(entry))
        return `${entry.host_ip || '0.0.0.0'}:${entry.published ?? ''}:${entry.target}/${entry.protocol || 'tcp'}`;
    return JSON.stringify(entry);
}
const PROPAGATIONS = ['rprivate', 'private', 'rshared', 'shared', 'rslave', 'slave'];
const isWindowsDrive = (buffer, char) => char === ':' && buffer.length === 1 && /\p{L}/u.test(buffer);
/** Whether a short-syntax source is a host path (bind) rather than a volume name. */
function isHostPath(source) {
    if (source === '')
        return false;
    if ('./~'.includes(source[0]))
        return true;
    if (source.startsWith('\\\\'))
        return true;
    return source.length >= 2 && isWindowsDrive(source[0], source[1]);
}
/** `[SOURCE:]TARGET[:OPTIONS]` → long form (compose-go ParseVolume). */
function parseVolumeSpec(spec) {
    if (spec.length === 0)
        throw new Error('invalid empty volume spec');
    if (spec.length <= 2)
        return { type: 'volume', target: spec };
    const volume = { type: 'volume', target: '' };
    let source = '';
    let target = '';
    let buffer = '';
    let depth = 0;
    const flush = (char) => {
        if (buffer.length === 0)
            throw new Error(`invalid spec: ${spec}: empty section between colons`);
        if (source === '' && char === '') {
            target = buffer;
            return;
        }
        if (source === '') {
            source = buffer;
            return;
        }
        if (target === '') {
            target = buffer;
            return;
        }
        if (char === ':')
            throw new Error(`invalid spec: ${spec}: too many colons`);
        for (const option of buffer.split(',')) {
            if (option === 'ro')
                volume.read_only = true;
            else if (option === 'rw')
                volume.read_only = false;
            else if (option === 'nocopy')
                volume.volume = { ...(volume.volume ?? {}), nocopy: true };
            else if (PROPAGATIONS.includes(option))
                volume.bind = { ...(volume.bind ?? {}), propagation: option };
            else if (option === 'z' || option === 'Z')
                volume.bind = { ...(volume.bind ?? {}), selinux: option };
        }
    };
    for (let i = 0; i < spec.length; i++) {
        const char = spec[i];
        if (char === '$' && spec[i + 1] === '{') {
            depth++;
            buffer += char;
            continue;
        }
        if (char === '}' && depth > 0) {
            depth--;
            buffer += char;
            continue;
        }
        if (isWindowsDrive(buffer, char))
            buffer += char;
        else if (char === ':' && depth === 0) {
            flush(char);
            buffer = '';
        }
        else
            buffer += char;
    }
    flush('');
    if (source !== '')
        volume.source = source;
    volume.target = target;
    if (isHostPath(source)) {
        volume.type = 'bind';
        volume.bind = { ...(volume.bind ?? {}), create_host_path: true };
        delete volume.volume;
    }
    else {
        // Bind options on a named volume mean nothing; compose-go keeps only `volume` options there.
        delete volume.bind;
    }
    return volume;
}
/** Cleans a container path like Go's path.Clean. */
function cleanPath(target) {
    if (target === '')
        return target;
    if (/^[a-zA-Z]:[\\/]/.test(target) || target.startsWith('\\\\'))
        return target; // a Windows path: leave it
    const cleaned = external_node_path_default().posix.normalize(target);
    return cleaned.length > 1 && cleaned.endsWith('/') ? cleaned.slice(0, -1) : cleaned;
}
/** The unicity key of a volumes entry: its mount target. */
function volumeKey(entry) {
    if (typeof entry === 'string') {
        try {
            return cleanPath(parseVolumeSpec(entry).target);
        }
        catch {
            return entry;
        }
    }
    if (isMapping(entry)) {
        if (typeof entry.target !== 'string' || entry.target === '')
            throw new Error(`service volume ${JSON.stringify(entry.source ?? '')} is missing a mount target`);
        return cleanPath(entry.target);
    }
    return JSON.stringify(entry);
}
// ------------------------------------------------------------------------------ key/value and lists
/** `environment`/`labels`/… list (`K=V`, `K`) or mapping → mapping (null = declared without a value). */
function keyValueMap(value, what, nullForBare = true) {
    const out = {};
    if (value === null || value === undefined)
        return out;
    if (Array.isArray(value)) {
        for (const item of value) {
            const text = String(item);
            const eq = text.indexOf('=');
            const key = eq < 0 ? text : text.slice(0, eq);
            if (key !== key.trimEnd())
                throw new Error(`${what} variable ${key.trimEnd()} is declared with a trailing space`);
            Object.defineProperty(out, key, { value: eq < 0 ? (nullForBare ? null : '') : text.slice(eq + 1), enumerable: true, writable: true, configurable: true });
        }
        return out;
    }
    if (isMapping(value)) {
        for (const [k, v] of Object.entries(value)) {
            Object.defineProperty(out, k, { value: v === null || v === undefined ? (nullForBare ? null : '') : stringify(v), enumerable: true, writable: true, configurable: true });
        }
        return out;
    }
    throw new Error(`${what} must be a list of KEY=VALUE strings or a mapping`);
}
function stringify(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return JSON.stringify(value);
}
/** A string-or-list value (`dns`, `tmpfs`, `env_file` paths…) → list. */
function stringList(value) {
    if (value === null || value === undefined)
        return [];
    if (Array.isArray(value))
        return value.map((v) => String(v));
    return [String(value)];
}
/** `extra_hosts` list (`host:ip`, `host=ip`) or mapping (`host: ip` or list of ips) → `host=ip` strings. */
function extraHostsList(value) {
    if (value === null || value === undefined)
        return [];
    if (Array.isArray(value))
        return value.map((v) => String(v));
    if (isMapping(value)) {
        const out = [];
        for (const [host, ips] of Object.entries(value)) {
            for (const ip of Array.isArray(ips) ? ips : [ips])
                out.push(`${host}=${String(ip)}`);
        }
        return out;
    }
    return [String(value)];
}
/** `depends_on` list or mapping → mapping with compose-go's defaults. */
function dependsOnMap(value) {
    const out = {};
    if (Array.isArray(value)) {
        for (const name of value)
            out[String(name)] = { condition: 'service_started', required: true };
    }
    else if (isMapping(value)) {
        for (const [name, spec] of Object.entries(value)) {
            const entry = isMapping(spec) ? { ...spec } : {};
            if (entry.condition === undefined || entry.condition === null)
                entry.condition = 'service_started';
            if (entry.required === undefined || entry.required === null)
                entry.required = true;
            out[name] = entry;
        }
    }
    return out;
}
/** A service's `networks` list or mapping → mapping (`{name: null}` for list items). */
function serviceNetworksMap(value) {
    const out = {};
    if (Array.isArray(value))
        for (const name of value)
            out[String(name)] = null;
    else if (isMapping(value))
        for (const [name, spec] of Object.entries(value))
            out[name] = isMapping(spec) ? spec : null;
    return out;
}
/** `env_file` string, list of strings or list of mappings → `{path, required, format?}` list. */
function envFileList(value) {
    if (value === null || value === undefined)
        return [];
    const items = Array.isArray(value) ? value : [value];
    return items.map((item) => {
        if (typeof item === 'string')
            return { path: item, required: true };
        if (isMapping(item)) {
            const entry = { path: String(item.path), required: item.required === undefined || item.required === null ? true : item.required !== false && item.required !== 'false' };
            if (typeof item.format === 'string')
                entry.format = item.format;
            return entry;
        }
        throw new Error('env_file entries must be paths or {path, required, format} mappings');
    });
}
/** Service `secrets`/`configs` entry → long form. */
function fileReference(entry) {
    if (typeof entry === 'string')
        return { source: entry };
    if (isMapping(entry))
        return { ...entry };
    throw new Error('a secret or config reference must be a name or a {source, target, …} mapping');
}
/** healthcheck.test string → ["CMD-SHELL", s]; a list must start with NONE, CMD or CMD-SHELL. */
function healthcheckTest(value) {
    if (value === null || value === undefined)
        return undefined;
    if (typeof value === 'string')
        return ['CMD-SHELL', value];
    if (Array.isArray(value)) {
        const list = value.map((v) => String(v));
        if (list.length > 0 && !['NONE', 'CMD', 'CMD-SHELL'].includes(list[0]))
            throw new Error('healthcheck.test must start either by "CMD", "CMD-SHELL" or "NONE"');
        return list;
    }
    throw new Error('healthcheck.test must be a string or a list');
}

;// CONCATENATED MODULE: ./src/compose/merge.ts
// Pass 5 — merging a file (or document, or extended service) over what came before (compose-go
// `override/merge.go` + `override/uncity.go`, spec 13-merge.md). Works on raw (interpolated, not yet
// canonical) trees, so every special rule accepts both short and long syntax.
//
// Default rule: mapping+mapping → key merge, sequence+sequence → append, otherwise the override wins;
// an override `null` keeps the base. Paths with their own rule are listed in SPECIAL_RULES.


const replace = (_base, override) => cloneTree(override);
/** Map or list of `K=V` → sorted `K=V` list (compose-go converts both sides before appending). */
function toKeyValueList(value) {
    if (Array.isArray(value))
        return value.map((v) => String(v));
    if (isMapping(value)) {
        const out = [];
        for (const [k, v] of Object.entries(value)) {
            if (v === null || v === undefined)
                out.push(k);
            else if (Array.isArray(v))
                for (const item of v)
                    out.push(`${k}=${String(item)}`);
            else
                out.push(`${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
        }
        return out.sort();
    }
    return [String(value)];
}
const keyBeforeEquals = (entry) => {
    const text = String(entry);
    const eq = text.indexOf('=');
    return eq < 0 ? text : text.slice(0, eq);
};
const keyValueRule = (base, override) => unique([...toKeyValueList(base), ...toKeyValueList(override)], keyBeforeEquals);
const appendUniqueByValue = (base, override) => unique([...stringList(base), ...stringList(override)], (v) => String(v));
const envFileRule = (base, override) => {
    const items = [...(Array.isArray(base) ? base : [base]), ...(Array.isArray(override) ? override : [override])].map(cloneTree);
    return unique(items, (item) => (isMapping(item) ? String(item.path) : String(item)));
};
const extraHostsRule = (base, override) => {
    const list = extraHostsList(base);
    for (const entry of extraHostsList(override))
        if (!list.includes(entry))
            list.push(entry);
    return list;
};
const dependsOnRule = (base, override, path, bag) => mergeDefault(dependsOnMap(base), dependsOnMap(override), path, bag);
const networksRule = (base, override, path, bag) => mergeDefault(serviceNetworksMap(base), serviceNetworksMap(override), path, bag);
const buildRule = (base, override, path, bag) => mergeDefault(typeof base === 'string' ? { context: base } : base, typeof override === 'string' ? { context: override } : override, path, bag);
const loggingRule = (base, override, path, bag) => {
    if (isMapping(base) && isMapping(override) && base.driver && override.driver && base.driver !== override.driver)
        return cloneTree(override);
    return mergeDefault(base, override, path, bag);
};
const ipamConfigRule = (base, override) => {
    const out = (Array.isArray(base) ? base : []).map(cloneTree);
    for (const entry of Array.isArray(override) ? override : []) {
        const at = out.findIndex((e) => isMapping(e) && isMapping(entry) && e.subnet === entry.subnet);
        if (at >= 0)
            out[at] = { ...out[at], ...cloneTree(entry) };
        else
            out.push(cloneTree(entry));
    }
    return out;
};
/** `*` matches any key. Checked in order; the first match wins. */
const SPECIAL_RULES = [
    [['services', '*', 'command'], replace],
    [['services', '*', 'entrypoint'], replace],
    [['services', '*', 'healthcheck', 'test'], replace],
    ...['environment', 'labels', 'annotations', 'sysctls'].map((k) => [['services', '*', k], keyValueRule]),
    [['services', '*', 'deploy', 'labels'], keyValueRule],
    [['services', '*', 'build', 'args'], keyValueRule],
    [['services', '*', 'build', 'labels'], keyValueRule],
    [['services', '*', 'build', 'additional_contexts'], keyValueRule],
    [['volumes', '*', 'labels'], keyValueRule],
    [['networks', '*', 'labels'], keyValueRule],
    ...['dns', 'dns_opt', 'dns_search', 'label_file', 'tmpfs'].map((k) => [['services', '*', k], appendUniqueByValue]),
    [['services', '*', 'env_file'], envFileRule],
    [['services', '*', 'extra_hosts'], extraHostsRule],
    [['services', '*', 'build', 'extra_hosts'], extraHostsRule],
    [['services', '*', 'depends_on'], dependsOnRule],
    [['services', '*', 'networks'], networksRule],
    [['services', '*', 'models'], networksRule],
    [['services', '*', 'build'], buildRule],
    [['services', '*', 'logging'], loggingRule],
    [['services', '*', 'ulimits', '*'], replace],
    [['networks', '*', 'ipam', 'config'], ipamConfigRule],
];
function ruleFor(path) {
    for (const [pattern, rule] of SPECIAL_RULES) {
        if (pattern.length !== path.length)
            continue;
        if (pattern.every((p, i) => p === '*' ? typeof path[i] === 'string' : p === path[i]))
            return rule;
    }
    return undefined;
}
/** Merges `override` over `base` at `path` (both left untouched; the result shares nothing with them). */
function mergeValue(base, override, path, bag) {
    if (override === undefined || override === null)
        return cloneTree(base);
    if (base === undefined || base === null)
        return cloneTree(override);
    const rule = ruleFor(path);
    if (rule)
        return rule(base, override, path, bag);
    return mergeDefault(base, override, path, bag);
}
function mergeDefault(base, override, path, bag) {
    if (isMapping(base) && isMapping(override)) {
        const out = cloneTree(base);
        for (const [k, v] of Object.entries(override))
            setKey(out, k, mergeValue(base[k], v, [...path, k], bag));
        return out;
    }
    if (Array.isArray(base) && Array.isArray(override))
        return [...base.map(cloneTree), ...override.map(cloneTree)];
    if (isMapping(base) !== isMapping(override) && (isMapping(base) || isMapping(override)) && (Array.isArray(base) || Array.isArray(override))) {
        bag.add(`cannot override ${keyOf(path)}: one file has a ${Array.isArray(base) ? 'list' : 'mapping'} there, the other a ${Array.isArray(override) ? 'list' : 'mapping'}`, path);
        return cloneTree(base);
    }
    return cloneTree(override);
}
/** Removes duplicates by key; a later duplicate replaces the earlier entry *in the earlier position*. */
function unique(items, keyFn) {
    const out = [];
    const at = new Map();
    for (const item of items) {
        const key = keyFn(item);
        const index = at.get(key);
        if (index === undefined) {
            at.set(key, out.length);
            out.push(item);
        }
        else
            out[index] = item;
    }
    return out;
}
const secretKey = (entry) => (isMapping(entry) ? String(entry.target ?? `/run/secrets/${String(entry.source)}`) : `/run/secrets/${String(entry)}`);
const configKey = (entry) => (isMapping(entry) ? String(entry.target ?? `/${String(entry.source)}`) : `/${String(entry)}`);
const deviceKey = (entry) => {
    if (isMapping(entry))
        return String(entry.target ?? entry.source);
    const parts = String(entry).split(':');
    return parts.length > 1 ? parts[1] : parts[0];
};
const SERVICE_UNICITY = {
    volumes: (e) => volumeKey(e),
    secrets: secretKey,
    configs: configKey,
    ports: portKey,
    expose: (e) => String(e),
    devices: deviceKey,
    env_file: (e) => (isMapping(e) ? String(e.path) : String(e)),
    cap_add: keyBeforeEquals,
    cap_drop: keyBeforeEquals,
    dns: keyBeforeEquals,
    dns_opt: keyBeforeEquals,
    dns_search: keyBeforeEquals,
    links: keyBeforeEquals,
    profiles: keyBeforeEquals,
    tmpfs: keyBeforeEquals,
};
/** compose-go's unicity pass over every service (after each merge). */
function enforceUnicity(model, bag) {
    const services = model.services;
    if (!isMapping(services))
        return;
    for (const [name, service] of Object.entries(services)) {
        if (!isMapping(service))
            continue;
        for (const [field, keyFn] of Object.entries(SERVICE_UNICITY)) {
            const list = service[field];
            if (!Array.isArray(list))
                continue;
            try {
                service[field] = unique(list, keyFn);
            }
            catch (error) {
                bag.add(error.message, ['services', name, field]);
            }
        }
        for (const field of ['environment', 'labels', 'annotations', 'sysctls']) {
            if (Array.isArray(service[field]))
                service[field] = unique(service[field], keyBeforeEquals);
        }
    }
}
/** Deletes the value at `path` (for `!reset` / `!override`). */
function deletePath(tree, path) {
    let node = tree;
    for (let i = 0; i < path.length - 1; i++) {
        if (!isMapping(node))
            return;
        node = node[path[i]];
    }
    if (isMapping(node))
        delete node[path[path.length - 1]];
}
/**
 * Merges a document over the accumulated model: its `!reset`/`!override` paths are first removed from
 * the accumulated model, then the merge rules apply, then unicity.
 */
function mergeDocument(accumulated, document, resets, overrides, bag) {
    const base = cloneTree(accumulated);
    for (const path of [...resets, ...overrides])
        deletePath(base, path);
    const merged = mergeValue(base, document, [], bag);
    enforceUnicity(merged, bag);
    return merged;
}

;// CONCATENATED MODULE: ./src/compose/paths.ts
// Relative paths → absolute (compose-go `paths/`), on raw trees so it can run on an extended or included
// file against *its* directory before it joins the project, and on the merged model against the project
// directory. Remote build contexts (URLs, git) and non-path values are left alone.



const isRemote = (value) => /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(value) || value.startsWith('git@') || value.startsWith('github.com/');
/** `~` → home, relative → joined to `base`; absolute (POSIX or Windows) untouched. */
function absolutePath(value, base, home) {
    if (value === '~' || value.startsWith('~/'))
        return home ? external_node_path_default().join(home, value.slice(1)) : value;
    if (external_node_path_default().isAbsolute(value) || /^[a-zA-Z]:[\\/]/.test(value) || value.startsWith('\\\\'))
        return value;
    return external_node_path_default().resolve(base, value);
}
function resolveBuildContext(value, base) {
    if (isRemote(value) || /^[a-z-]+:/.test(value) && !/^[a-zA-Z]:[\\/]/.test(value))
        return value; // docker-image://, service:, oci://…
    return absolutePath(value, base);
}
/** Rewrites every relative path of a raw model (services and top-level resources) against `base`. */
function resolveRelativePaths(model, base, home) {
    const services = model.services;
    if (isMapping(services))
        for (const service of Object.values(services))
            if (isMapping(service))
                resolveServicePaths(service, base, home);
    for (const section of ['secrets', 'configs']) {
        const resources = model[section];
        if (!isMapping(resources))
            continue;
        for (const resource of Object.values(resources)) {
            if (isMapping(resource) && typeof resource.file === 'string')
                resource.file = absolutePath(resource.file, base, home);
        }
    }
    const volumes = model.volumes;
    if (isMapping(volumes)) {
        for (const volume of Object.values(volumes)) {
            if (!isMapping(volume) || (volume.driver !== undefined && volume.driver !== null && volume.driver !== 'local'))
                continue;
            const options = volume.driver_opts;
            if (isMapping(options) && typeof options.device === 'string' && typeof options.o === 'string' && options.o.split(',').includes('bind')) {
                options.device = absolutePath(options.device, base, home);
            }
        }
    }
}
function resolveServicePaths(service, base, home) {
    if (typeof service.build === 'string')
        service.build = resolveBuildContext(service.build, base);
    else if (isMapping(service.build)) {
        const build = service.build;
        if (typeof build.context === 'string')
            build.context = resolveBuildContext(build.context, base);
        else if (build.context === undefined || build.context === null)
            build.context = base;
        if (isMapping(build.additional_contexts)) {
            for (const [k, v] of Object.entries(build.additional_contexts))
                if (typeof v === 'string')
                    build.additional_contexts[k] = resolveBuildContext(v, base);
        }
    }
    if (typeof service.env_file === 'string')
        service.env_file = absolutePath(service.env_file, base, home);
    else if (Array.isArray(service.env_file)) {
        service.env_file = service.env_file.map((entry) => {
            if (typeof entry === 'string')
                return absolutePath(entry, base, home);
            if (isMapping(entry) && typeof entry.path === 'string')
                return { ...entry, path: absolutePath(entry.path, base, home) };
            return entry;
        });
    }
    if (typeof service.label_file === 'string')
        service.label_file = absolutePath(service.label_file, base, home);
    else if (Array.isArray(service.label_file))
        service.label_file = service.label_file.map((f) => (typeof f === 'string' ? absolutePath(f, base, home) : f));
    if (Array.isArray(service.volumes)) {
        service.volumes = service.volumes.map((entry) => {
            if (typeof entry === 'string') {
                let parsed;
                try {
                    parsed = parseVolumeSpec(entry);
                }
                catch {
                    return entry; // reported by the canonical pass, with its position
                }
                if (parsed.type !== 'bind' || parsed.source === undefined)
                    return entry;
                // Rewritten in long form: re-joining a short spec would mis-split Windows paths.
                return { ...parsed, source: absolutePath(parsed.source, base, home) };
            }
            if (isMapping(entry) && entry.type === 'bind' && typeof entry.source === 'string' && entry.source !== '') {
                return { ...entry, source: absolutePath(entry.source, base, home) };
            }
            return entry;
        });
    }
    const develop = service.develop;
    if (isMapping(develop) && Array.isArray(develop.watch)) {
        for (const watch of develop.watch)
            if (isMapping(watch) && typeof watch.path === 'string')
                watch.path = absolutePath(watch.path, base, home);
    }
}


;// CONCATENATED MODULE: ./src/compose/extends.ts
// Pass 6 — `extends` (compose-go `loader/extends.go`, spec 05-services.md#extends), per file, after its
// includes and before it is merged with earlier files. The base service (same file, or another file read
// alone and interpolated with the project env) is resolved recursively, deep-copied, stripped of what the
// extending service `!reset`s, and the extending service is merged over it with the §7 merge rules.
// Relative paths of a base from another file are resolved against *that* file's directory.




/** Resolves every `extends` of `source.model.services` in place. */
function applyExtends(source, context) {
    const services = source.model.services;
    if (!isMapping(services))
        return;
    const resolver = new ExtendsResolver(context);
    for (const name of Object.keys(services))
        resolver.resolve(source, name, []);
    enforceUnicity(source.model, context.bag);
}
class ExtendsResolver {
    context;
    /** Resolved services, per file, so a base shared by several services is resolved once. */
    done = new Map();
    constructor(context) {
        this.context = context;
    }
    resolve(source, name, chain) {
        const services = source.model.services;
        const service = services[name];
        const doneHere = this.done.get(source.file) ?? new Set();
        this.done.set(source.file, doneHere);
        if (!isMapping(service) || !('extends' in service) || doneHere.has(name))
            return (service ?? {});
        const link = `${source.file}:${name}`;
        if (chain.includes(link))
            fail(`Circular reference with extends:\n  ${[...chain, link].join('\n  extends ')}`, `services.${name}.extends`, source.positions.get(`services.${name}.extends`));
        const reference = service.extends;
        const where = source.positions.get(`services.${name}.extends`);
        const target = typeof reference === 'string' ? { service: reference } : isMapping(reference) ? reference : {};
        if (typeof target.service !== 'string' || target.service === '')
            fail(`extends.${name}.service is required`, `services.${name}.extends`, where);
        let base;
        let baseSource;
        if (typeof target.file === 'string' && target.file !== '') {
            if (/^[a-zA-Z][a-zA-Z0-9+.-]+:/.test(target.file) && !/^[a-zA-Z]:[\\/]/.test(target.file)) {
                fail(`extends of a remote file (${target.file}) is not supported: copy the file next to the Compose file and extend it by path`, `services.${name}.extends`, where);
            }
            const file = absolutePath(target.file, external_node_path_default().dirname(source.file));
            baseSource = this.context.loadFile(file);
            const baseServices = baseSource.model.services;
            if (!isMapping(baseServices))
                fail(`cannot extend service "${name}" in ${source.file}: no services section in ${file}`, `services.${name}.extends`, where);
            if (!(target.service in baseServices))
                fail(`cannot extend service "${name}" in ${source.file}: service "${target.service}" not found in ${file}`, `services.${name}.extends`, where);
            base = cloneTree(this.resolve(baseSource, target.service, [...chain, link]));
            // A base from another file keeps its paths relative to its own directory.
            resolveServicePaths(base, external_node_path_default().dirname(file));
        }
        else {
            baseSource = source;
            if (!(target.service in services))
                fail(`cannot extend service "${name}" in ${source.file}: service "${target.service}" not found`, `services.${name}.extends`, where);
            base = cloneTree(this.resolve(source, target.service, [...chain, link]));
        }
        if (base === null || !isMapping(base))
            base = {};
        // What the extending service resets or overrides is removed from the base before merging.
        for (const resetPath of [...source.resets, ...source.overrides]) {
            if (resetPath[0] === 'services' && resetPath[1] === name && resetPath.length > 2)
                deletePath(base, resetPath.slice(2));
        }
        const own = { ...service };
        delete own.extends;
        const merged = mergeValue(base, own, ['services', name], this.context.bag);
        delete merged.extends;
        services[name] = merged;
        doneHere.add(name);
        copyPositions(baseSource.positions, `services.${target.service}`, source.positions, `services.${name}`);
        return merged;
    }
}
/** Gives the extending service the positions of what it inherited (its own keys keep theirs). */
function copyPositions(from, fromPrefix, to, toPrefix) {
    for (const [key, position] of [...from]) {
        if (!key.startsWith(fromPrefix))
            continue;
        const rest = key.slice(fromPrefix.length);
        if (rest !== '' && rest[0] !== '.' && rest[0] !== '[')
            continue;
        if (rest === '')
            continue;
        const target = toPrefix + rest;
        if (!to.has(target))
            to.set(target, position);
    }
}


;// CONCATENATED MODULE: ./src/compose/include.ts
// Pass 5 (per file, before extends) — `include` (compose-go `loader/include.go`, spec 14-include.md).
// Each entry is loaded as a sub-project: its own env (parent env + its env files; parent wins), its own
// include/extends/interpolation/merge, its relative paths resolved against its project directory. Its
// resources are copied into the including file, whose own definitions are then merged over them.







const RESOURCE_SECTIONS = ['services', 'volumes', 'networks', 'secrets', 'configs', 'models'];
/** Replaces `model.include` by the resources it imports (mutates and returns the merged model). */
function applyIncludes(model, file, context) {
    const entries = model.include;
    delete model.include;
    if (entries === undefined || entries === null)
        return model;
    if (!Array.isArray(entries))
        fail('include must be a list', 'include', context.positions.get('include'));
    const imported = {};
    entries.forEach((entry, index) => {
        const key = `include[${index}]`;
        const where = context.positions.get(key) ?? { file };
        const spec = typeof entry === 'string' ? { path: entry } : isMapping(entry) ? entry : fail('include entries must be a path or a {path, project_directory, env_file} mapping', key, where);
        const paths = stringList(spec.path).map((p) => absolutePath(p, context.workingDir, context.home));
        if (paths.length === 0)
            fail('include entry has no path', key, where);
        for (const p of paths)
            if (!(0,external_node_fs_.existsSync)(p))
                fail(`included file ${p} not found: check the path (relative to ${context.workingDir})`, key, where);
        const mainFile = paths[0];
        const stack = [...context.includeStack, file];
        if (stack.includes(mainFile))
            fail(`include cycle detected:\n${stack[0]}\n include ${[...stack.slice(1), mainFile].join('\n include ')}`, key, where);
        const projectDir = typeof spec.project_directory === 'string' ? absolutePath(spec.project_directory, context.workingDir, context.home) : external_node_path_default().dirname(mainFile);
        let envFiles;
        if (spec.env_file !== undefined && spec.env_file !== null) {
            envFiles = stringList(spec.env_file)
                .map((f) => absolutePath(f, context.workingDir, context.home))
                .filter((f) => f !== '/dev/null');
            for (const f of envFiles)
                if (!(0,external_node_fs_.existsSync)(f))
                    fail(`env file ${f} not found (listed in include)`, `${key}.env_file`, context.positions.get(`${key}.env_file`) ?? where);
        }
        else {
            const dotenv = external_node_path_default().join(projectDir, '.env');
            envFiles = (0,external_node_fs_.existsSync)(dotenv) ? [dotenv] : [];
        }
        const env = loadEnvFiles(envFiles, context.env);
        const sub = context.loadSubProject(paths, env, projectDir, stack);
        resolveRelativePaths(sub, projectDir, context.home);
        for (const section of RESOURCE_SECTIONS) {
            const resources = sub[section];
            if (!isMapping(resources))
                continue;
            const target = (imported[section] ??= {});
            for (const [name, definition] of Object.entries(resources)) {
                if (name in target && JSON.stringify(target[name]) !== JSON.stringify(definition)) {
                    fail(`imported compose file ${mainFile} defines conflicting ${section.replace(/s$/, '')} ${name}`, key, where);
                }
                target[name] = definition;
            }
        }
    });
    // The including file's own definitions win, merged over what it imports.
    return mergeValue(imported, model, [], context.bag);
}

;// CONCATENATED MODULE: ./src/compose/normalize.ts
// Pass 9 — normalization (compose-go `loader/normalize.go`): the implicit `default` network, and the
// implicit dependencies Compose derives from `links`, `network_mode|ipc|pid: service:x` and `volumes_from`.
// Resource names (`<project>_<key>`) are set when binding (project.ts).
/** Services with no network and no network_mode join `default`; returns whether any did. */
function addDefaultNetwork(services) {
    let used = false;
    for (const service of services) {
        if (service.networkMode === undefined && Object.keys(service.networks).length === 0 && service.otherKeys.provider === undefined) {
            service.networks = { default: null };
        }
        if ('default' in service.networks)
            used = true;
    }
    return used;
}
function defaultNetwork(project) {
    return { key: 'default', name: `${project}_default`, external: false, internal: false, driverOpts: {}, labels: {}, extensions: {} };
}
/** Adds the dependencies Compose infers (never overriding an explicit depends_on entry). */
function addImplicitDependencies(service) {
    const add = (name, restart) => {
        if (name && !(name in service.dependsOn))
            service.dependsOn[name] = { condition: 'service_started', required: true, restart };
    };
    for (const link of service.links)
        add(link.split(':')[0], true);
    for (const mode of [service.networkMode, service.ipc, service.pid, service.otherKeys.uts, service.otherKeys.cgroup]) {
        if (typeof mode === 'string' && mode.startsWith('service:'))
            add(mode.slice('service:'.length), true);
    }
    const volumesFrom = service.otherKeys.volumes_from;
    if (Array.isArray(volumesFrom)) {
        for (const entry of volumesFrom) {
            const text = String(entry);
            if (!text.startsWith('container:'))
                add(text.split(':')[0], false);
        }
    }
}

;// CONCATENATED MODULE: ./src/compose/units.ts
// Value syntaxes Compose borrows from Go libraries, re-implemented exactly:
//   durations — go-str2duration (`1m30s`, `1.5h`, `10d`), returned in seconds, printed back like Go's Duration.String;
//   byte sizes — docker/go-units RAMInBytes (binary multiples: `512m` = 512 MiB, `1gb` = `1GiB`);
//   command lines — go-shellwords (quotes honoured, no shell, no expansion).
const DURATION_UNITS = {
    ns: 1e-9,
    us: 1e-6,
    'µs': 1e-6,
    'μs': 1e-6,
    ms: 1e-3,
    s: 1,
    m: 60,
    h: 3600,
    d: 86400,
    w: 604800,
};
/** Parses a Go duration into seconds; throws with a plain message when it is not one. */
function parseDuration(text) {
    const s = text.trim();
    if (s === '0' || s === '+0' || s === '-0')
        return 0;
    const m = /^([-+]?)((?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h|d|w))+)$/.exec(s);
    if (!m) {
        if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s))
            throw new Error(`invalid duration "${text}": missing unit (e.g. "30s", "1m30s")`);
        throw new Error(`invalid duration "${text}": expected a number with a unit (ns, us, ms, s, m, h, d, w), e.g. "1m30s"`);
    }
    let total = 0;
    for (const part of m[2].matchAll(/(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h|d|w)/g))
        total += Number(part[1]) * DURATION_UNITS[part[2]];
    // Round to the nanosecond, as a Go Duration is.
    total = Math.round(total * 1e9) / 1e9;
    return m[1] === '-' ? -total : total;
}
/** Formats seconds like Go's time.Duration.String (`90` → `1m30s`, `0.5` → `500ms`). */
function formatDuration(seconds) {
    if (seconds === 0)
        return '0s';
    const sign = seconds < 0 ? '-' : '';
    let ns = Math.round(Math.abs(seconds) * 1e9);
    if (ns < 1e9) {
        if (ns < 1e3)
            return `${sign}${ns}ns`;
        if (ns < 1e6)
            return `${sign}${trimFraction(ns / 1e3)}µs`;
        return `${sign}${trimFraction(ns / 1e6)}ms`;
    }
    const hours = Math.floor(ns / 3600e9);
    ns -= hours * 3600e9;
    const minutes = Math.floor(ns / 60e9);
    ns -= minutes * 60e9;
    const secs = `${trimFraction(ns / 1e9)}s`;
    if (hours > 0)
        return `${sign}${hours}h${minutes}m${secs}`;
    if (minutes > 0)
        return `${sign}${minutes}m${secs}`;
    return `${sign}${secs}`;
}
function trimFraction(value) {
    return String(Number(value.toFixed(9)));
}
const BYTE_MULTIPLIERS = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };
/** Parses a byte size: a number as-is, a string as an integer or go-units RAMInBytes (binary multiples). */
function parseBytes(value) {
    if (typeof value === 'number') {
        if (!Number.isInteger(value))
            throw new Error(`invalid size: ${value} (a byte count must be a whole number)`);
        return value;
    }
    if (typeof value !== 'string')
        throw new Error(`invalid size: expected a number of bytes or a string such as "512m"`);
    const s = value.trim();
    if (/^-?\d+$/.test(s))
        return Number(s);
    const m = /^(\d+(?:\.\d+)?|\.\d+) ?([a-zA-Z]*)$/.exec(s);
    if (!m) {
        if (s.startsWith('-'))
            throw new Error(`invalid size: '${value}' (sizes cannot be negative)`);
        throw new Error(`invalid size: '${value}' (expected e.g. "512m", "1g", "64000kB")`);
    }
    const suffix = m[2].toLowerCase();
    let multiplier;
    if (suffix === '' || suffix === 'b')
        multiplier = 1;
    else if (suffix.length <= 3 && BYTE_MULTIPLIERS[suffix[0]] && ['', 'b', 'ib'].includes(suffix.slice(1)))
        multiplier = BYTE_MULTIPLIERS[suffix[0]];
    if (multiplier === undefined)
        throw new Error(`invalid suffix: '${m[2]}' in size '${value}' (use b, k, m, g, t or p, optionally followed by b or ib)`);
    return Math.floor(Number(m[1]) * multiplier);
}
/** Splits a command line as go-shellwords does (quotes and backslashes honoured, no expansion). */
function splitShellWords(line) {
    const words = [];
    let current = '';
    let inWord = false;
    let quote;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote === "'") {
            if (c === "'")
                quote = undefined;
            else
                current += c;
            continue;
        }
        if (c === '\\' && i + 1 < line.length) {
            const next = line[i + 1];
            if (quote === '"' && !['"', '\\', '$', '`', '\n'].includes(next)) {
                current += c;
                continue;
            }
            i++;
            if (next !== '\n')
                current += next;
            inWord = true;
            continue;
        }
        if (quote === '"') {
            if (c === '"')
                quote = undefined;
            else
                current += c;
            continue;
        }
        if (c === '"' || c === "'") {
            quote = c;
            inWord = true;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
            if (inWord)
                words.push(current);
            current = '';
            inWord = false;
            continue;
        }
        current += c;
        inWord = true;
    }
    if (quote)
        throw new Error(`unterminated ${quote === '"' ? 'double' : 'single'} quote in command ${JSON.stringify(line)}`);
    if (inWord)
        words.push(current);
    return words;
}
/** A file mode: YAML ints as written (0440 already read as octal by the parser), strings parsed as octal. */
function parseFileMode(value) {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0)
        return value;
    if (typeof value === 'string' && /^(0o?)?[0-7]+$/.test(value.trim()))
        return parseInt(value.trim().replace(/^0o/, ''), 8);
    throw new Error(`invalid file mode ${JSON.stringify(value)}: expected an octal number such as 0440`);
}

;// CONCATENATED MODULE: ./src/compose/project.ts
// Pass 8 — binding: the merged raw tree (interpolated, validated, paths absolute) → the typed model of
// model.ts, every short syntax turned long on the way (canonical.ts) and typed values parsed (units.ts).
// Problems are collected with their key path so one run reports them all.



/** Service keys the typed model carries; the rest lands in `otherKeys`. */
const TYPED_SERVICE_KEYS = new Set([
    'image', 'build', 'command', 'entrypoint', 'environment', 'env_file', 'labels', 'label_file', 'user', 'working_dir', 'init',
    'cap_add', 'cap_drop', 'ulimits', 'healthcheck', 'depends_on', 'ports', 'expose', 'volumes', 'tmpfs', 'secrets', 'configs',
    'networks', 'network_mode', 'logging', 'deploy', 'profiles', 'read_only', 'privileged', 'tty', 'stdin_open', 'hostname',
    'domainname', 'dns', 'dns_search', 'extra_hosts', 'sysctls', 'security_opt', 'stop_grace_period', 'stop_signal', 'shm_size',
    'mem_limit', 'mem_reservation', 'cpus', 'pid', 'ipc', 'platform', 'pull_policy', 'restart', 'container_name', 'devices', 'links',
    'scale',
]);
function extensionsOf(value) {
    const out = {};
    if (isMapping(value))
        for (const [k, v] of Object.entries(value))
            if (k.startsWith('x-'))
                out[k] = v;
    return out;
}
/** Runs `parse` and records its error at `key` instead of throwing; returns undefined on error. */
function attempt(bag, key, parse) {
    try {
        return parse();
    }
    catch (error) {
        bag.add(error.message, key);
        return undefined;
    }
}
const duration = (bag, key, value) => value === undefined || value === null ? undefined : attempt(bag, key, () => (typeof value === 'number' ? parseDuration(`${value}s`) : parseDuration(String(value))));
const bytes = (bag, key, value) => value === undefined || value === null ? undefined : attempt(bag, key, () => parseBytes(value));
const bool = (value) => (value === undefined || value === null ? undefined : value === true || value === 'true');
const str = (value) => (value === undefined || value === null ? undefined : String(value));
const num = (bag, key, value) => {
    if (value === undefined || value === null)
        return undefined;
    const n = typeof value === 'number' ? value : Number(String(value).trim());
    if (String(value).trim() === '' || Number.isNaN(n)) {
        bag.add(`${JSON.stringify(value)} is not a number`, key);
        return undefined;
    }
    return n;
};
const stringMap = (value) => {
    const out = {};
    for (const [k, v] of Object.entries(keyValueMap(value, 'value', false)))
        out[k] = v ?? '';
    return out;
};
function commandLine(bag, key, value) {
    if (value === undefined)
        return undefined;
    if (value === null)
        return null;
    if (Array.isArray(value))
        return value.map((v) => String(v));
    return attempt(bag, key, () => splitShellWords(String(value)));
}
function bindService(name, raw, bag, source) {
    const at = (suffix) => `services.${name}.${suffix}`;
    const service = {
        name,
        environment: {},
        envFiles: [],
        labels: {},
        capAdd: stringList(raw.cap_add),
        capDrop: stringList(raw.cap_drop),
        ulimits: {},
        dependsOn: {},
        ports: [],
        expose: stringList(raw.expose),
        volumes: [],
        tmpfs: stringList(raw.tmpfs),
        secrets: [],
        configs: [],
        networks: {},
        profiles: stringList(raw.profiles),
        dns: stringList(raw.dns),
        dnsSearch: stringList(raw.dns_search),
        extraHosts: extraHostsList(raw.extra_hosts),
        sysctls: {},
        securityOpt: stringList(raw.security_opt),
        devices: Array.isArray(raw.devices) ? raw.devices : [],
        links: stringList(raw.links),
        otherKeys: {},
        extensions: extensionsOf(raw),
    };
    if (source)
        service.source = source;
    const set = (key, value) => {
        if (value !== undefined)
            service[key] = value;
    };
    set('image', str(raw.image));
    if (raw.build !== undefined && raw.build !== null) {
        const build = typeof raw.build === 'string' ? { context: raw.build } : { ...raw.build };
        if (build.context === undefined || build.context === null)
            build.context = '.';
        if (build.dockerfile === undefined && build.dockerfile_inline === undefined)
            build.dockerfile = 'Dockerfile';
        if (build.dockerfile !== undefined && build.dockerfile_inline !== undefined)
            bag.add('dockerfile and dockerfile_inline are mutually exclusive', at('build'));
        service.build = build;
    }
    set('command', commandLine(bag, at('command'), raw.command));
    set('entrypoint', commandLine(bag, at('entrypoint'), raw.entrypoint));
    set('envFiles', attempt(bag, at('env_file'), () => envFileList(raw.env_file)));
    set('labels', attempt(bag, at('labels'), () => stringMap(raw.labels)));
    set('sysctls', attempt(bag, at('sysctls'), () => stringMap(raw.sysctls)));
    set('user', str(raw.user));
    set('workingDir', str(raw.working_dir));
    set('init', bool(raw.init));
    set('hostname', str(raw.hostname));
    set('domainname', str(raw.domainname));
    set('readOnly', bool(raw.read_only));
    set('privileged', bool(raw.privileged));
    set('tty', bool(raw.tty));
    set('stdinOpen', bool(raw.stdin_open));
    set('stopSignal', str(raw.stop_signal));
    set('stopGracePeriod', duration(bag, at('stop_grace_period'), raw.stop_grace_period));
    set('shmSize', bytes(bag, at('shm_size'), raw.shm_size));
    set('memLimit', bytes(bag, at('mem_limit'), raw.mem_limit));
    set('memReservation', bytes(bag, at('mem_reservation'), raw.mem_reservation));
    set('cpus', num(bag, at('cpus'), raw.cpus));
    set('pid', str(raw.pid));
    set('ipc', str(raw.ipc));
    set('platform', str(raw.platform));
    set('pullPolicy', raw.pull_policy === 'if_not_present' ? 'missing' : str(raw.pull_policy));
    set('restart', str(raw.restart));
    set('containerName', str(raw.container_name));
    set('networkMode', str(raw.network_mode));
    if (raw.environment !== undefined && raw.environment !== null) {
        // Resolved against env files and the project env later (environment.ts); here only the syntax.
        set('environment', attempt(bag, at('environment'), () => keyValueMap(raw.environment, 'environment')));
    }
    if (isMapping(raw.ulimits)) {
        for (const [limit, value] of Object.entries(raw.ulimits)) {
            if (typeof value === 'number')
                service.ulimits[limit] = { soft: value, hard: value };
            else if (isMapping(value)) {
                const soft = num(bag, at(`ulimits.${limit}.soft`), value.soft);
                const hard = num(bag, at(`ulimits.${limit}.hard`), value.hard);
                if (soft !== undefined && hard !== undefined)
                    service.ulimits[limit] = { soft, hard };
            }
        }
    }
    if (raw.healthcheck !== undefined && raw.healthcheck !== null)
        service.healthcheck = bindHealthcheck(raw.healthcheck, bag, at('healthcheck'));
    const dependsOn = dependsOnMap(raw.depends_on);
    for (const [dependency, spec] of Object.entries(dependsOn)) {
        const entry = { condition: spec.condition, required: spec.required !== false };
        if (spec.restart !== undefined && spec.restart !== null)
            entry.restart = spec.restart === true;
        service.dependsOn[dependency] = entry;
    }
    if (Array.isArray(raw.ports)) {
        const seen = new Map();
        raw.ports.forEach((entry, index) => {
            const longPorts = attempt(bag, `${at('ports')}[${index}]`, () => canonicalPorts(entry));
            for (const long of longPorts ?? []) {
                const port = { target: long.target, protocol: long.protocol, mode: long.mode, extensions: extensionsOf(long) };
                if (long.published !== undefined)
                    port.published = long.published;
                if (long.host_ip !== undefined)
                    port.hostIp = long.host_ip;
                if (long.app_protocol !== undefined)
                    port.appProtocol = String(long.app_protocol);
                if (long.name !== undefined)
                    port.name = String(long.name);
                // Unicity again on the canonical form: `8080:80` and its long form are one port.
                const key = portKey(long);
                const previous = seen.get(key);
                if (previous === undefined) {
                    seen.set(key, service.ports.length);
                    service.ports.push(port);
                }
                else
                    service.ports[previous] = port;
            }
        });
    }
    if (Array.isArray(raw.volumes)) {
        const seen = new Map();
        raw.volumes.forEach((entry, index) => {
            const volume = attempt(bag, `${at('volumes')}[${index}]`, () => bindServiceVolume(entry, bag, `${at('volumes')}[${index}]`));
            if (!volume)
                return;
            const previous = seen.get(volume.target);
            if (previous === undefined) {
                seen.set(volume.target, service.volumes.length);
                service.volumes.push(volume);
            }
            else
                service.volumes[previous] = volume;
        });
    }
    service.secrets = fileReferences(raw.secrets, bag, at('secrets'), (source) => `/run/secrets/${source}`);
    service.configs = fileReferences(raw.configs, bag, at('configs'), undefined);
    for (const [network, spec] of Object.entries(serviceNetworksMap(raw.networks))) {
        if (spec === null) {
            service.networks[network] = null;
            continue;
        }
        const bound = { aliases: stringList(spec.aliases), extensions: extensionsOf(spec) };
        if (spec.ipv4_address)
            bound.ipv4Address = String(spec.ipv4_address);
        if (spec.ipv6_address)
            bound.ipv6Address = String(spec.ipv6_address);
        service.networks[network] = bound;
    }
    if (isMapping(raw.logging)) {
        service.logging = { options: attempt(bag, at('logging.options'), () => stringMap(raw.logging && raw.logging.options)) ?? {} };
        if (raw.logging.driver !== undefined && raw.logging.driver !== null)
            service.logging.driver = String(raw.logging.driver);
    }
    if (raw.deploy !== undefined && raw.deploy !== null)
        service.deploy = bindDeploy(raw.deploy, bag, at('deploy'));
    if (raw.scale !== undefined && raw.scale !== null) {
        const scale = Number(raw.scale);
        service.deploy ??= { labels: {}, resources: {}, extensions: {} };
        if (service.deploy.replicas !== undefined && service.deploy.replicas !== scale)
            bag.add(`can't set distinct values on 'scale' and 'deploy.replicas'`, at('scale'));
        service.deploy.replicas = scale;
    }
    for (const [key, value] of Object.entries(raw)) {
        if (!TYPED_SERVICE_KEYS.has(key) && !key.startsWith('x-'))
            service.otherKeys[key] = value;
    }
    return service;
}
function bindHealthcheck(raw, bag, key) {
    const healthcheck = {};
    const test = attempt(bag, `${key}.test`, () => healthcheckTest(raw.test));
    if (test)
        healthcheck.test = test;
    if (raw.disable === true || raw.disable === 'true') {
        healthcheck.disable = true;
        healthcheck.test = ['NONE'];
    }
    const durations = [['interval', 'interval'], ['timeout', 'timeout'], ['startPeriod', 'start_period'], ['startInterval', 'start_interval']];
    for (const [field, name] of durations) {
        const value = duration(bag, `${key}.${name}`, raw[name]);
        if (value !== undefined)
            healthcheck[field] = value;
    }
    const retries = num(bag, `${key}.retries`, raw.retries);
    if (retries !== undefined)
        healthcheck.retries = retries;
    return healthcheck;
}
function bindServiceVolume(entry, bag, key) {
    const long = typeof entry === 'string' ? parseVolumeSpec(entry) : isMapping(entry) ? entry : undefined;
    if (!long)
        throw new Error('a volume must be a string or a mapping');
    if (typeof long.target !== 'string' || long.target === '')
        throw new Error(`service volume ${JSON.stringify(long.source ?? '')} is missing a mount target`);
    const type = String(long.type ?? 'volume');
    const volume = { type, target: cleanPath(long.target), readOnly: long.read_only === true || long.read_only === 'true', extensions: extensionsOf(long) };
    if (typeof long.source === 'string' && long.source !== '')
        volume.source = long.source;
    if (type === 'bind') {
        const bind = isMapping(long.bind) ? long.bind : {};
        volume.bind = { createHostPath: bind.create_host_path === undefined || bind.create_host_path === null ? true : bind.create_host_path === true };
        if (bind.propagation !== undefined)
            volume.bind.propagation = String(bind.propagation);
        if (bind.selinux !== undefined)
            volume.bind.selinux = String(bind.selinux);
    }
    if (isMapping(long.volume)) {
        volume.volume = {};
        if (long.volume.nocopy !== undefined)
            volume.volume.nocopy = long.volume.nocopy === true;
        if (long.volume.subpath !== undefined)
            volume.volume.subpath = String(long.volume.subpath);
    }
    if (isMapping(long.tmpfs)) {
        volume.tmpfs = {};
        const size = bytes(bag, `${key}.tmpfs.size`, long.tmpfs.size);
        if (size !== undefined)
            volume.tmpfs.size = size;
        if (long.tmpfs.mode !== undefined) {
            const mode = attempt(bag, `${key}.tmpfs.mode`, () => parseFileMode(long.tmpfs && long.tmpfs.mode));
            if (mode !== undefined)
                volume.tmpfs.mode = mode;
        }
    }
    return volume;
}
function fileReferences(value, bag, key, defaultTarget) {
    if (!Array.isArray(value))
        return [];
    const out = [];
    const seen = new Map();
    value.forEach((entry, index) => {
        const long = attempt(bag, `${key}[${index}]`, () => fileReference(entry));
        if (!long)
            return;
        const reference = { source: String(long.source), extensions: extensionsOf(long) };
        if (long.target !== undefined && long.target !== null && long.target !== '') {
            const target = String(long.target);
            // A relative secret target lands under /run/secrets (compose-go).
            reference.target = defaultTarget && !target.startsWith('/') && !/^[a-zA-Z]:[\\/]/.test(target) ? defaultTarget(target) : target;
        }
        else if (defaultTarget)
            reference.target = defaultTarget(reference.source);
        if (long.uid !== undefined && long.uid !== null)
            reference.uid = String(long.uid);
        if (long.gid !== undefined && long.gid !== null)
            reference.gid = String(long.gid);
        if (long.mode !== undefined && long.mode !== null) {
            const mode = attempt(bag, `${key}[${index}].mode`, () => parseFileMode(long.mode));
            if (mode !== undefined)
                reference.mode = mode;
        }
        const unique = reference.target ?? `/${reference.source}`;
        const previous = seen.get(unique);
        if (previous === undefined) {
            seen.set(unique, out.length);
            out.push(reference);
        }
        else
            out[previous] = reference;
    });
    return out;
}
function bindUpdateConfig(raw, bag, key) {
    if (!isMapping(raw))
        return undefined;
    const config = { extensions: extensionsOf(raw) };
    const parallelism = num(bag, `${key}.parallelism`, raw.parallelism);
    if (parallelism !== undefined)
        config.parallelism = parallelism;
    const delay = duration(bag, `${key}.delay`, raw.delay);
    if (delay !== undefined)
        config.delay = delay;
    const monitor = duration(bag, `${key}.monitor`, raw.monitor);
    if (monitor !== undefined)
        config.monitor = monitor;
    if (raw.failure_action !== undefined && raw.failure_action !== null)
        config.failureAction = String(raw.failure_action);
    const ratio = num(bag, `${key}.max_failure_ratio`, raw.max_failure_ratio);
    if (ratio !== undefined)
        config.maxFailureRatio = ratio;
    if (raw.order !== undefined && raw.order !== null)
        config.order = String(raw.order);
    return config;
}
function bindResources(raw, bag, key) {
    if (!isMapping(raw))
        return undefined;
    const spec = { devices: [], genericResources: [] };
    const cpus = num(bag, `${key}.cpus`, raw.cpus);
    if (cpus !== undefined)
        spec.cpus = cpus;
    const memory = bytes(bag, `${key}.memory`, raw.memory);
    if (memory !== undefined)
        spec.memory = memory;
    const pids = num(bag, `${key}.pids`, raw.pids);
    if (pids !== undefined)
        spec.pids = pids;
    if (Array.isArray(raw.devices)) {
        raw.devices.forEach((device, index) => {
            if (!isMapping(device))
                return;
            const request = { capabilities: stringList(device.capabilities), deviceIds: stringList(device.device_ids), options: stringMap(device.options) };
            if (device.driver !== undefined && device.driver !== null)
                request.driver = String(device.driver);
            if (device.count !== undefined && device.count !== null) {
                if (device.count === 'all' || device.count === -1)
                    request.count = -1;
                else {
                    const count = num(bag, `${key}.devices[${index}].count`, device.count);
                    if (count !== undefined)
                        request.count = count;
                }
            }
            if (request.count !== undefined && request.deviceIds.length > 0)
                bag.add('count and device_ids are mutually exclusive', `${key}.devices[${index}]`);
            spec.devices.push(request);
        });
    }
    if (Array.isArray(raw.generic_resources)) {
        raw.generic_resources.forEach((resource, index) => {
            const discrete = isMapping(resource) && isMapping(resource.discrete_resource_spec) ? resource.discrete_resource_spec : undefined;
            if (!discrete)
                return;
            const value = num(bag, `${key}.generic_resources[${index}].discrete_resource_spec.value`, discrete.value);
            spec.genericResources.push({ kind: String(discrete.kind), value: value ?? 0 });
        });
    }
    return spec;
}
function bindDeploy(raw, bag, key) {
    const deploy = { labels: stringMap(raw.labels), resources: {}, extensions: extensionsOf(raw) };
    if (raw.mode !== undefined && raw.mode !== null)
        deploy.mode = String(raw.mode);
    const replicas = num(bag, `${key}.replicas`, raw.replicas);
    if (replicas !== undefined)
        deploy.replicas = replicas;
    const update = bindUpdateConfig(raw.update_config, bag, `${key}.update_config`);
    if (update)
        deploy.updateConfig = update;
    const rollback = bindUpdateConfig(raw.rollback_config, bag, `${key}.rollback_config`);
    if (rollback)
        deploy.rollbackConfig = rollback;
    if (isMapping(raw.restart_policy)) {
        const policy = raw.restart_policy;
        deploy.restartPolicy = {};
        if (policy.condition !== undefined && policy.condition !== null)
            deploy.restartPolicy.condition = String(policy.condition);
        const delay = duration(bag, `${key}.restart_policy.delay`, policy.delay);
        if (delay !== undefined)
            deploy.restartPolicy.delay = delay;
        const attempts = num(bag, `${key}.restart_policy.max_attempts`, policy.max_attempts);
        if (attempts !== undefined)
            deploy.restartPolicy.maxAttempts = attempts;
        const window = duration(bag, `${key}.restart_policy.window`, policy.window);
        if (window !== undefined)
            deploy.restartPolicy.window = window;
    }
    if (isMapping(raw.resources)) {
        const limits = bindResources(raw.resources.limits, bag, `${key}.resources.limits`);
        if (limits)
            deploy.resources.limits = limits;
        const reservations = bindResources(raw.resources.reservations, bag, `${key}.resources.reservations`);
        if (reservations)
            deploy.resources.reservations = reservations;
    }
    if (isMapping(raw.placement)) {
        deploy.placement = { constraints: stringList(raw.placement.constraints), preferences: Array.isArray(raw.placement.preferences) ? raw.placement.preferences : [] };
        const max = num(bag, `${key}.placement.max_replicas_per_node`, raw.placement.max_replicas_per_node);
        if (max !== undefined)
            deploy.placement.maxReplicasPerNode = max;
    }
    if (raw.endpoint_mode !== undefined && raw.endpoint_mode !== null)
        deploy.endpointMode = String(raw.endpoint_mode);
    return deploy;
}
// ------------------------------------------------------------------------------ top-level resources
/** `external: {name: n}` (deprecated) → `external: true` + `name: n`. */
function externalOf(raw, section, key, bag, warn) {
    const external = raw.external;
    if (isMapping(external)) {
        const legacyName = external.name === undefined ? undefined : String(external.name);
        if (legacyName !== undefined && raw.name !== undefined && raw.name !== legacyName) {
            bag.add(`${section}.${key}: name and external.name conflict; only use name`, `${section}.${key}.external`);
        }
        warn(`${section}.${key}: external.name is deprecated. Please set name and external: true`, `${section}.${key}.external`);
        return { external: true, name: legacyName ?? (raw.name === undefined ? undefined : String(raw.name)) };
    }
    return { external: external === true || external === 'true', name: raw.name === undefined || raw.name === null ? undefined : String(raw.name) };
}
function resourceName(project, key, explicit, external) {
    if (explicit !== undefined && explicit !== '')
        return explicit;
    return external ? key : `${project}_${key}`;
}
function bindNetwork(key, raw, context) {
    const spec = isMapping(raw) ? raw : {};
    const { external, name } = externalOf(spec, 'networks', key, context.bag, context.warn);
    const network = {
        key,
        name: resourceName(context.project, key, name, external),
        external,
        internal: spec.internal === true || spec.internal === 'true',
        driverOpts: stringMap(spec.driver_opts),
        labels: stringMap(spec.labels),
        extensions: extensionsOf(spec),
    };
    if (spec.driver !== undefined && spec.driver !== null)
        network.driver = String(spec.driver);
    const source = context.sourceOf(`networks.${key}`);
    if (source)
        network.source = source;
    return network;
}
function bindVolume(key, raw, context) {
    const spec = isMapping(raw) ? raw : {};
    const { external, name } = externalOf(spec, 'volumes', key, context.bag, context.warn);
    if (external) {
        for (const conflicting of ['driver', 'driver_opts', 'labels']) {
            if (spec[conflicting] !== undefined && spec[conflicting] !== null)
                context.bag.add(`conflicting parameters "external" and "${conflicting}" specified for volume "${key}"`, `volumes.${key}.${conflicting}`);
        }
    }
    const volume = { key, name: resourceName(context.project, key, name, external), external, driverOpts: stringMap(spec.driver_opts), labels: stringMap(spec.labels), extensions: extensionsOf(spec) };
    if (spec.driver !== undefined && spec.driver !== null)
        volume.driver = String(spec.driver);
    const source = context.sourceOf(`volumes.${key}`);
    if (source)
        volume.source = source;
    return volume;
}
function bindSecret(key, raw, context) {
    const spec = isMapping(raw) ? raw : {};
    const { external, name } = externalOf(spec, 'secrets', key, context.bag, context.warn);
    const hasFile = typeof spec.file === 'string';
    const hasEnvironment = typeof spec.environment === 'string';
    if (hasFile && hasEnvironment)
        context.bag.add(`secrets.${key}: file|environment attributes are mutually exclusive`, `secrets.${key}`);
    else if (!hasFile && !hasEnvironment && !external && (spec.driver === undefined || spec.driver === null))
        context.bag.add(`secrets.${key}: one of file|environment must be set`, `secrets.${key}`);
    const secret = { key, name: resourceName(context.project, key, name, external), external, labels: stringMap(spec.labels), extensions: extensionsOf(spec) };
    if (hasFile)
        secret.file = spec.file;
    if (hasEnvironment)
        secret.environment = spec.environment;
    const source = context.sourceOf(`secrets.${key}`);
    if (source)
        secret.source = source;
    return secret;
}
function bindConfig(key, raw, context) {
    const spec = isMapping(raw) ? raw : {};
    const { external, name } = externalOf(spec, 'configs', key, context.bag, context.warn);
    const sources = ['file', 'environment', 'content'].filter((k) => typeof spec[k] === 'string');
    if (sources.length > 1)
        context.bag.add(`configs.${key}: ${sources.join('|')} attributes are mutually exclusive`, `configs.${key}`);
    else if (sources.length === 0 && !external)
        context.bag.add(`configs.${key}: one of file|environment|content must be set`, `configs.${key}`);
    const config = { key, name: resourceName(context.project, key, name, external), external, extensions: extensionsOf(spec) };
    if (typeof spec.file === 'string')
        config.file = spec.file;
    if (typeof spec.environment === 'string')
        config.environment = spec.environment;
    if (typeof spec.content === 'string')
        config.content = spec.content;
    const source = context.sourceOf(`configs.${key}`);
    if (source)
        config.source = source;
    return config;
}

;// CONCATENATED MODULE: ./src/compose/schema/validate.generated.js

// GENERATED by src/compose/schema/generate.mjs from compose-spec.json — do not edit.
function deepEqual(a, b) {
  if (a === b) return true;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
    const ka = Object.keys(a), kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
  }
  return a !== a && b !== b;
}
const validate = validate10;/* harmony default export */ const validate_generated = ((/* unused pure expression or super */ null && (validate10)));const schema11 = {"$id":"compose_spec.json","type":"object","title":"Compose Specification","description":"The Compose file is a YAML file defining a multi-containers based application.","properties":{"version":{"type":"string","deprecated":true,"description":"declared for backward compatibility, ignored. Please remove it."},"name":{"type":"string","description":"define the Compose project name, until user defines one explicitly."},"include":{"type":"array","items":{"$ref":"#/definitions/include"},"description":"compose sub-projects to be included."},"services":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/service"}},"additionalProperties":false,"description":"The services that will be used by your application."},"models":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/model"}},"description":"Language models that will be used by your application."},"networks":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/network"}},"description":"Networks that are shared among multiple services."},"volumes":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/volume"}},"additionalProperties":false,"description":"Named volumes that are shared among multiple services."},"secrets":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/secret"}},"additionalProperties":false,"description":"Secrets that are shared among multiple services."},"configs":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/config"}},"additionalProperties":false,"description":"Configurations that are shared among multiple services."}},"patternProperties":{"^x-":{}},"additionalProperties":false,"definitions":{"service":{"type":"object","description":"Configuration for a service.","properties":{"develop":{"$ref":"#/definitions/development"},"deploy":{"$ref":"#/definitions/deployment"},"annotations":{"$ref":"#/definitions/list_or_dict"},"attach":{"type":["boolean","string"]},"build":{"description":"Configuration options for building the service's image.","oneOf":[{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},{"type":"object","properties":{"context":{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},"dockerfile":{"type":"string","description":"Name of the Dockerfile to use for building the image."},"dockerfile_inline":{"type":"string","description":"Inline Dockerfile content to use instead of a Dockerfile from the build context."},"entitlements":{"type":"array","items":{"type":"string"},"description":"List of extra privileged entitlements to grant to the build process."},"args":{"$ref":"#/definitions/list_or_dict","description":"Build-time variables, specified as a map or a list of KEY=VAL pairs."},"ssh":{"$ref":"#/definitions/list_or_dict","description":"SSH agent socket or keys to expose to the build. Format is either a string or a list of 'default|<id>[=<socket>|<key>[,<key>]]'."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the built image."},"cache_from":{"type":"array","items":{"type":"string"},"description":"List of sources the image builder should use for cache resolution"},"cache_to":{"type":"array","items":{"type":"string"},"description":"Cache destinations for the build cache."},"no_cache":{"type":["boolean","string"],"description":"Do not use cache when building the image."},"additional_contexts":{"$ref":"#/definitions/list_or_dict","description":"Additional build contexts to use, specified as a map of name to context path or URL."},"network":{"type":"string","description":"Network mode to use for the build. Options include 'default', 'none', 'host', or a network name."},"provenance":{"type":["string","boolean"],"description":"Add a provenance attestation"},"sbom":{"type":["string","boolean"],"description":"Add a SBOM attestation"},"pull":{"type":["boolean","string"],"description":"Always attempt to pull a newer version of the image."},"target":{"type":"string","description":"Build stage to target in a multi-stage Dockerfile."},"shm_size":{"type":["integer","string"],"description":"Size of /dev/shm for the build container. A string value can use suffix like '2g' for 2 gigabytes."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings for the build container."},"isolation":{"type":"string","description":"Container isolation technology to use for the build process."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the build container."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Secrets to expose to the build. These are accessible at build-time."},"tags":{"type":"array","items":{"type":"string"},"description":"Additional tags to apply to the built image."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for the build container."},"platforms":{"type":"array","items":{"type":"string"},"description":"Platforms to build for, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"blkio_config":{"type":"object","description":"Block IO configuration for the service.","properties":{"device_read_bps":{"type":"array","description":"Limit read rate (bytes per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_read_iops":{"type":"array","description":"Limit read rate (IO per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_bps":{"type":"array","description":"Limit write rate (bytes per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_iops":{"type":"array","description":"Limit write rate (IO per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"weight":{"type":["integer","string"],"description":"Block IO weight (relative weight) for the service, between 10 and 1000."},"weight_device":{"type":"array","description":"Block IO weight (relative weight) for specific devices.","items":{"$ref":"#/definitions/blkio_weight"}}},"additionalProperties":false},"cap_add":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Add Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'."},"cap_drop":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Drop Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'."},"cgroup":{"type":"string","enum":["host","private"],"description":"Specify the cgroup namespace to join. Use 'host' to use the host's cgroup namespace, or 'private' to use a private cgroup namespace."},"cgroup_parent":{"type":"string","description":"Specify an optional parent cgroup for the container."},"command":{"$ref":"#/definitions/command","description":"Override the default command declared by the container image, for example 'CMD' in Dockerfile."},"configs":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Configs on a per-service basis."},"container_name":{"type":"string","description":"Specify a custom container name, rather than a generated default name.","pattern":"[a-zA-Z0-9][a-zA-Z0-9_.-]+"},"cpu_count":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0}],"description":"Number of usable CPUs."},"cpu_percent":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0,"maximum":100}],"description":"Percentage of CPU resources to use."},"cpu_shares":{"type":["number","string"],"description":"CPU shares (relative weight) for the container."},"cpu_quota":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) quota."},"cpu_period":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) period."},"cpu_rt_period":{"type":["number","string"],"description":"Limit the CPU real-time period in microseconds or a duration."},"cpu_rt_runtime":{"type":["number","string"],"description":"Limit the CPU real-time runtime in microseconds or a duration."},"cpus":{"type":["number","string"],"description":"Number of CPUs to use. A floating-point value is supported to request partial CPUs."},"cpuset":{"type":"string","description":"CPUs in which to allow execution (0-3, 0,1)."},"credential_spec":{"type":"object","description":"Configure the credential spec for managed service account.","properties":{"config":{"type":"string","description":"The name of the credential spec Config to use."},"file":{"type":"string","description":"Path to a credential spec file."},"registry":{"type":"string","description":"Path to a credential spec in the Windows registry."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"depends_on":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","additionalProperties":false,"patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"restart":{"type":["boolean","string"],"description":"Whether to restart dependent services when this service is restarted."},"required":{"type":"boolean","default":true,"description":"Whether the dependency is required for the dependent service to start."},"condition":{"type":"string","enum":["service_started","service_healthy","service_completed_successfully"],"description":"Condition to wait for. 'service_started' waits until the service has started, 'service_healthy' waits until the service is healthy (as defined by its healthcheck), 'service_completed_successfully' waits until the service has completed successfully."}},"required":["condition"]}}}],"description":"Express dependency between services. Service dependencies cause services to be started in dependency order. The dependent service will wait for the dependency to be ready before starting."},"device_cgroup_rules":{"$ref":"#/definitions/list_of_strings","description":"Add rules to the cgroup allowed devices list."},"devices":{"type":"array","description":"List of device mappings for the container.","items":{"oneOf":[{"type":"string"},{"type":"object","required":["source"],"properties":{"source":{"type":"string","description":"Path on the host to the device."},"target":{"type":"string","description":"Path in the container where the device will be mapped."},"permissions":{"type":"string","description":"Cgroup permissions for the device (rwm)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}},"dns":{"$ref":"#/definitions/string_or_list","description":"Custom DNS servers to set for the service container."},"dns_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Custom DNS options to be passed to the container's DNS resolver."},"dns_search":{"$ref":"#/definitions/string_or_list","description":"Custom DNS search domains to set on the service container."},"domainname":{"type":"string","description":"Custom domain name to use for the service container."},"entrypoint":{"$ref":"#/definitions/command","description":"Override the default entrypoint declared by the container image, for example 'ENTRYPOINT' in Dockerfile."},"env_file":{"$ref":"#/definitions/env_file","description":"Add environment variables from a file or multiple files. Can be a single file path or a list of file paths."},"label_file":{"$ref":"#/definitions/label_file","description":"Add metadata to containers using files containing Docker labels."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Add environment variables. You can use either an array or a list of KEY=VAL pairs."},"expose":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Expose ports without publishing them to the host machine - they'll only be accessible to linked services."},"extends":{"oneOf":[{"type":"string"},{"type":"object","properties":{"service":{"type":"string","description":"The name of the service to extend."},"file":{"type":"string","description":"The file path where the service to extend is defined."}},"required":["service"],"additionalProperties":false}],"description":"Extend another service, in the current file or another file."},"provider":{"type":"object","description":"Specify a service which will not be manage by Compose directly, and delegate its management to an external provider.","required":["type"],"properties":{"type":{"type":"string","description":"External component used by Compose to manage setup and teardown lifecycle of the service."},"options":{"type":"object","description":"Provider-specific options.","patternProperties":{"^.+$":{"oneOf":[{"type":["string","number","boolean"]},{"type":"array","items":{"type":["string","number","boolean"]}}]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external_links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to services started outside this Compose application. Specify services as <service_name>:<alias>."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings to the container network interface configuration."},"gpus":{"$ref":"#/definitions/gpus","description":"Define GPU devices to use. Can be set to 'all' to use all GPUs, or a list of specific GPU devices."},"group_add":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Add additional groups which user inside the container should be member of."},"healthcheck":{"$ref":"#/definitions/healthcheck","description":"Configure a health check for the container to monitor its health status."},"hostname":{"type":"string","description":"Define a custom hostname for the service container."},"image":{"type":"string","description":"Specify the image to start the container from. Can be a repository/tag, a digest, or a local image ID."},"init":{"type":["boolean","string"],"description":"Run as an init process inside the container that forwards signals and reaps processes."},"ipc":{"type":"string","description":"IPC sharing mode for the service container. Use 'host' to share the host's IPC namespace, 'service:[service_name]' to share with another service, or 'shareable' to allow other services to share this service's IPC namespace."},"isolation":{"type":"string","description":"Container isolation technology to use. Supported values are platform-specific."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to containers using Docker labels. You can use either an array or a list."},"links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to containers in another service. Either specify both the service name and a link alias (SERVICE:ALIAS), or just the service name."},"logging":{"type":"object","description":"Logging configuration for the service.","properties":{"driver":{"type":"string","description":"Logging driver to use, such as 'json-file', 'syslog', 'journald', etc."},"options":{"type":"object","description":"Options for the logging driver.","patternProperties":{"^.+$":{"type":["string","number","null"]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"mac_address":{"type":"string","description":"Container MAC address to set."},"mem_limit":{"type":["number","string"],"description":"Memory limit for the container. A string value can use suffix like '2g' for 2 gigabytes."},"mem_reservation":{"type":["string","integer"],"description":"Memory reservation for the container."},"mem_swappiness":{"type":["integer","string"],"description":"Container memory swappiness as percentage (0 to 100)."},"memswap_limit":{"type":["number","string"],"description":"Amount of memory the container is allowed to swap to disk. Set to -1 to enable unlimited swap."},"network_mode":{"type":"string","description":"Network mode. Values can be 'bridge', 'host', 'none', 'service:[service name]', or 'container:[container name]'."},"models":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","properties":{"endpoint_var":{"type":"string","description":"Environment variable set to AI model endpoint."},"model_var":{"type":"string","description":"Environment variable set to AI model name."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}}],"description":"AI Models to use, referencing entries under the top-level models key."},"networks":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"oneOf":[{"type":"object","properties":{"aliases":{"$ref":"#/definitions/list_of_strings","description":"Alternative hostnames for this service on the network."},"interface_name":{"type":"string","description":"Interface network name used to connect to network"},"ipv4_address":{"type":"string","description":"Specify a static IPv4 address for this service on this network."},"ipv6_address":{"type":"string","description":"Specify a static IPv6 address for this service on this network."},"link_local_ips":{"$ref":"#/definitions/list_of_strings","description":"List of link-local IPs."},"mac_address":{"type":"string","description":"Specify a MAC address for this service on this network."},"driver_opts":{"type":"object","description":"Driver options for this network.","patternProperties":{"^.+$":{"type":["string","number"]}}},"priority":{"type":"number","description":"Specify the priority for the network connection."},"gw_priority":{"type":"number","description":"Specify the gateway priority for the network connection."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},{"type":"null"}]}},"additionalProperties":false}],"description":"Networks to join, referencing entries under the top-level networks key. Can be a list of network names or a mapping of network name to network configuration."},"oom_kill_disable":{"type":["boolean","string"],"description":"Disable OOM Killer for the container."},"oom_score_adj":{"oneOf":[{"type":"string"},{"type":"integer","minimum":-1000,"maximum":1000}],"description":"Tune host's OOM preferences for the container (accepts -1000 to 1000)."},"pid":{"type":["string","null"],"description":"PID mode for container."},"pids_limit":{"type":["number","string"],"description":"Tune a container's PIDs limit. Set to -1 for unlimited PIDs."},"platform":{"type":"string","description":"Target platform to run on, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'."},"ports":{"type":"array","description":"Expose container ports. Short format ([HOST:]CONTAINER[/PROTOCOL]).","items":{"oneOf":[{"type":"number"},{"type":"string"},{"type":"object","properties":{"name":{"type":"string","description":"A human-readable name for this port mapping."},"mode":{"type":"string","description":"The port binding mode, either 'host' for publishing a host port or 'ingress' for load balancing."},"host_ip":{"type":"string","description":"The host IP to bind to."},"target":{"type":["integer","string"],"description":"The port inside the container."},"published":{"type":["string","integer"],"description":"The publicly exposed port."},"protocol":{"type":"string","description":"The port protocol (tcp or udp)."},"app_protocol":{"type":"string","description":"Application protocol to use with the port (e.g., http, https, mysql)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"post_start":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run after the container starts. If any command fails, the container stops."},"pre_stop":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run before the container stops. If any command fails, the container stop is aborted."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the service container."},"profiles":{"$ref":"#/definitions/list_of_strings","description":"List of profiles for this service. When profiles are specified, services are only started when the profile is activated."},"pull_policy":{"type":"string","pattern":"always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+","description":"Policy for pulling images. Options include: 'always', 'never', 'if_not_present', 'missing', 'build', or time-based refresh policies."},"pull_refresh_after":{"type":"string","description":"Time after which to refresh the image. Used with pull_policy=refresh."},"read_only":{"type":["boolean","string"],"description":"Mount the container's filesystem as read only."},"restart":{"type":"string","description":"Restart policy for the service container. Options include: 'no', 'always', 'on-failure', and 'unless-stopped'."},"runtime":{"type":"string","description":"Runtime to use for this container, e.g., 'runc'."},"scale":{"type":["integer","string"],"description":"Number of containers to deploy for this service."},"security_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Override the default labeling scheme for each container."},"shm_size":{"type":["number","string"],"description":"Size of /dev/shm. A string value can use suffix like '2g' for 2 gigabytes."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Secrets on a per-service basis."},"sysctls":{"$ref":"#/definitions/list_or_dict","description":"Kernel parameters to set in the container. You can use either an array or a list."},"stdin_open":{"type":["boolean","string"],"description":"Keep STDIN open even if not attached."},"stop_grace_period":{"type":"string","description":"Time to wait for the container to stop gracefully before sending SIGKILL (e.g., '1s', '1m30s')."},"stop_signal":{"type":"string","description":"Signal to stop the container (e.g., 'SIGTERM', 'SIGINT')."},"storage_opt":{"type":"object","description":"Storage driver options for the container."},"tmpfs":{"$ref":"#/definitions/string_or_list","description":"Mount a temporary filesystem (tmpfs) into the container. Can be a single value or a list."},"tty":{"type":["boolean","string"],"description":"Allocate a pseudo-TTY to service container."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for a container."},"use_api_socket":{"type":"boolean","description":"Bind mount Docker API socket and required auth."},"user":{"type":"string","description":"Username or UID to run the container process as."},"uts":{"type":"string","description":"UTS namespace to use. 'host' shares the host's UTS namespace."},"userns_mode":{"type":"string","description":"User namespace to use. 'host' shares the host's user namespace."},"volumes":{"type":"array","description":"Mount host paths or named volumes accessible to the container. Short syntax (VOLUME:CONTAINER_PATH[:MODE])","items":{"oneOf":[{"type":"string"},{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["bind","volume","tmpfs","cluster","npipe","image"],"description":"The mount type: bind for mounting host directories, volume for named volumes, tmpfs for temporary filesystems, cluster for cluster volumes, npipe for named pipes, or image for mounting from an image."},"source":{"type":"string","description":"The source of the mount, a path on the host for a bind mount, a docker image reference for an image mount, or the name of a volume defined in the top-level volumes key. Not applicable for a tmpfs mount."},"target":{"type":"string","description":"The path in the container where the volume is mounted."},"read_only":{"type":["boolean","string"],"description":"Flag to set the volume as read-only."},"consistency":{"type":"string","description":"The consistency requirements for the mount. Available values are platform specific."},"bind":{"type":"object","description":"Configuration specific to bind mounts.","properties":{"propagation":{"type":"string","description":"The propagation mode for the bind mount: 'shared', 'slave', 'private', 'rshared', 'rslave', or 'rprivate'."},"create_host_path":{"type":["boolean","string"],"description":"Create the host path if it doesn't exist."},"recursive":{"type":"string","enum":["enabled","disabled","writable","readonly"],"description":"Recursively mount the source directory."},"selinux":{"type":"string","enum":["z","Z"],"description":"SELinux relabeling options: 'z' for shared content, 'Z' for private unshared content."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"volume":{"type":"object","description":"Configuration specific to volume mounts.","properties":{"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the volume."},"nocopy":{"type":["boolean","string"],"description":"Flag to disable copying of data from a container when a volume is created."},"subpath":{"type":"string","description":"Path within the volume to mount instead of the volume root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"tmpfs":{"type":"object","description":"Configuration specific to tmpfs mounts.","properties":{"size":{"oneOf":[{"type":"integer","minimum":0},{"type":"string"}],"description":"Size of the tmpfs mount in bytes."},"mode":{"type":["number","string"],"description":"File mode of the tmpfs in octal."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"image":{"type":"object","description":"Configuration specific to image mounts.","properties":{"subpath":{"type":"string","description":"Path within the image to mount instead of the image root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"volumes_from":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Mount volumes from another service or container. Optionally specify read-only access (ro) or read-write (rw)."},"working_dir":{"type":"string","description":"The working directory in which the entrypoint or command will be run"}},"patternProperties":{"^x-":{}},"additionalProperties":false},"healthcheck":{"type":"object","description":"Configuration options to determine whether the container is healthy.","properties":{"disable":{"type":["boolean","string"],"description":"Disable any container-specified healthcheck. Set to true to disable."},"interval":{"type":"string","description":"Time between running the check (e.g., '1s', '1m30s'). Default: 30s."},"retries":{"type":["number","string"],"description":"Number of consecutive failures needed to consider the container as unhealthy. Default: 3."},"test":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}],"description":"The test to perform to check container health. Can be a string or a list. The first item is either NONE, CMD, or CMD-SHELL. If it's CMD, the rest of the command is exec'd. If it's CMD-SHELL, the rest is run in the shell."},"timeout":{"type":"string","description":"Maximum time to allow one check to run (e.g., '1s', '1m30s'). Default: 30s."},"start_period":{"type":"string","description":"Start period for the container to initialize before starting health-retries countdown (e.g., '1s', '1m30s'). Default: 0s."},"start_interval":{"type":"string","description":"Time between running the check during the start period (e.g., '1s', '1m30s'). Default: interval value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"development":{"type":["object","null"],"description":"Development configuration for the service, used for development workflows.","properties":{"watch":{"type":"array","description":"Configure watch mode for the service, which monitors file changes and performs actions in response.","items":{"type":"object","required":["path","action"],"properties":{"ignore":{"$ref":"#/definitions/string_or_list","description":"Patterns to exclude from watching."},"include":{"$ref":"#/definitions/string_or_list","description":"Patterns to include in watching."},"path":{"type":"string","description":"Path to watch for changes."},"action":{"type":"string","enum":["rebuild","sync","restart","sync+restart","sync+exec"],"description":"Action to take when a change is detected: rebuild the container, sync files, restart the container, sync and restart, or sync and execute a command."},"target":{"type":"string","description":"Target path in the container for sync operations."},"exec":{"$ref":"#/definitions/service_hook","description":"Command to execute when a change is detected and action is sync+exec."},"initial_sync":{"type":"boolean","description":"Ensure that an initial synchronization is done before starting watch mode for sync+x triggers"}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"deployment":{"type":["object","null"],"description":"Deployment configuration for the service.","properties":{"mode":{"type":"string","description":"Deployment mode for the service: 'replicated' (default) or 'global'."},"endpoint_mode":{"type":"string","description":"Endpoint mode for the service: 'vip' (default) or 'dnsrr'."},"replicas":{"type":["integer","string"],"description":"Number of replicas of the service container to run."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the service."},"rollback_config":{"type":"object","description":"Configuration for rolling back a service update.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to rollback at a time. If set to 0, all containers rollback simultaneously."},"delay":{"type":"string","description":"The time to wait between each container group's rollback (e.g., '1s', '1m30s')."},"failure_action":{"type":"string","description":"Action to take if a rollback fails: 'continue', 'pause'."},"monitor":{"type":"string","description":"Duration to monitor each task for failures after it is created (e.g., '1s', '1m30s')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during a rollback."},"order":{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during rollbacks: 'stop-first' (default) or 'start-first'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"update_config":{"type":"object","description":"Configuration for updating a service.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to update at a time."},"delay":{"type":"string","description":"The time to wait between updating a group of containers (e.g., '1s', '1m30s')."},"failure_action":{"type":"string","description":"Action to take if an update fails: 'continue', 'pause', 'rollback'."},"monitor":{"type":"string","description":"Duration to monitor each updated task for failures after it is created (e.g., '1s', '1m30s')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during an update (0 to 1)."},"order":{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during updates: 'stop-first' (default) or 'start-first'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"resources":{"type":"object","description":"Resource constraints and reservations for the service.","properties":{"limits":{"type":"object","description":"Resource limits for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Limit for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Limit on the amount of memory a container can allocate (e.g., '1g', '1024m')."},"pids":{"type":["integer","string"],"description":"Maximum number of PIDs available to the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"reservations":{"type":"object","description":"Resource reservations for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Reservation for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Reservation on the amount of memory a container can allocate (e.g., '1g', '1024m')."},"generic_resources":{"$ref":"#/definitions/generic_resources","description":"User-defined resources to reserve."},"devices":{"$ref":"#/definitions/devices","description":"Device reservations for the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"restart_policy":{"type":"object","description":"Restart policy for the service containers.","properties":{"condition":{"type":"string","description":"Condition for restarting the container: 'none', 'on-failure', 'any'."},"delay":{"type":"string","description":"Delay between restart attempts (e.g., '1s', '1m30s')."},"max_attempts":{"type":["integer","string"],"description":"Maximum number of restart attempts before giving up."},"window":{"type":"string","description":"Time window used to evaluate the restart policy (e.g., '1s', '1m30s')."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"placement":{"type":"object","description":"Constraints and preferences for the platform to select a physical node to run service containers","properties":{"constraints":{"type":"array","items":{"type":"string"},"description":"Placement constraints for the service (e.g., 'node.role==manager')."},"preferences":{"type":"array","description":"Placement preferences for the service.","items":{"type":"object","properties":{"spread":{"type":"string","description":"Spread tasks evenly across values of the specified node label."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"max_replicas_per_node":{"type":["integer","string"],"description":"Maximum number of replicas of the service."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"generic_resources":{"type":"array","description":"User-defined resources for services, allowing services to reserve specialized hardware resources.","items":{"type":"object","properties":{"discrete_resource_spec":{"type":"object","description":"Specification for discrete (countable) resources.","properties":{"kind":{"type":"string","description":"Type of resource (e.g., 'GPU', 'FPGA', 'SSD')."},"value":{"type":["number","string"],"description":"Number of resources of this kind to reserve."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"devices":{"type":"array","description":"Device reservations for containers, allowing services to access specific hardware devices.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the device needs to have (e.g., 'gpu', 'compute', 'utility')."},"count":{"type":["string","integer"],"description":"Number of devices of this type to reserve."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific device IDs to reserve."},"driver":{"type":"string","description":"Device driver to use (e.g., 'nvidia')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the device."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["capabilities"]}},"gpus":{"oneOf":[{"type":"string","enum":["all"],"description":"Use all available GPUs."},{"type":"array","description":"List of specific GPU devices to use.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the GPU needs to have (e.g., 'compute', 'utility')."},"count":{"type":["string","integer"],"description":"Number of GPUs to use."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific GPU device IDs to use."},"driver":{"type":"string","description":"GPU driver to use (e.g., 'nvidia')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the GPU."}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"include":{"description":"Compose application or sub-projects to be included.","oneOf":[{"type":"string"},{"type":"object","properties":{"path":{"$ref":"#/definitions/string_or_list","description":"Path to the Compose application or sub-project files to include."},"env_file":{"$ref":"#/definitions/string_or_list","description":"Path to the environment files to use to define default values when interpolating variables in the Compose files being parsed."},"project_directory":{"type":"string","description":"Path to resolve relative paths set in the Compose file"}},"additionalProperties":false}]},"network":{"type":["object","null"],"description":"Network configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this network."},"driver":{"type":"string","description":"Specify which driver should be used for this network. Default is 'bridge'."},"driver_opts":{"type":"object","description":"Specify driver-specific options defined as key/value pairs.","patternProperties":{"^.+$":{"type":["string","number"]}}},"ipam":{"type":"object","description":"Custom IP Address Management configuration for this network.","properties":{"driver":{"type":"string","description":"Custom IPAM driver, instead of the default."},"config":{"type":"array","description":"List of IPAM configuration blocks.","items":{"type":"object","properties":{"subnet":{"type":"string","description":"Subnet in CIDR format that represents a network segment."},"ip_range":{"type":"string","description":"Range of IPs from which to allocate container IPs."},"gateway":{"type":"string","description":"IPv4 or IPv6 gateway for the subnet."},"aux_addresses":{"type":"object","description":"Auxiliary IPv4 or IPv6 addresses used by Network driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"options":{"type":"object","description":"Driver-specific options for the IPAM driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this network already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external network. Deprecated: use the 'name' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"internal":{"type":["boolean","string"],"description":"Create an externally isolated network."},"enable_ipv4":{"type":["boolean","string"],"description":"Enable IPv4 networking."},"enable_ipv6":{"type":["boolean","string"],"description":"Enable IPv6 networking."},"attachable":{"type":["boolean","string"],"description":"If true, standalone containers can attach to this network."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the network using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"volume":{"type":["object","null"],"description":"Volume configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this volume."},"driver":{"type":"string","description":"Specify which volume driver should be used for this volume."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this volume already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external volume. Deprecated: use the 'name' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the volume using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"secret":{"type":"object","description":"Secret configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this secret."},"environment":{"type":"string","description":"Name of an environment variable from which to get the secret value."},"file":{"type":"string","description":"Path to a file containing the secret value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this secret already exists and was created outside of Compose.","properties":{"name":{"type":"string","description":"Specifies the name of the external secret."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the secret using labels."},"driver":{"type":"string","description":"Specify which secret driver should be used for this secret."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"template_driver":{"type":"string","description":"Driver to use for templating the secret's value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"config":{"type":"object","description":"Config configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this config."},"content":{"type":"string","description":"Inline content of the config."},"environment":{"type":"string","description":"Name of an environment variable from which to get the config value."},"file":{"type":"string","description":"Path to a file containing the config value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this config already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external config. Deprecated: use the 'name' property instead."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the config using labels."},"template_driver":{"type":"string","description":"Driver to use for templating the config's value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"model":{"type":"object","description":"Language Model for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this model."},"model":{"type":"string","description":"Language Model to run."},"context_size":{"type":"integer"},"runtime_flags":{"type":"array","items":{"type":"string"},"description":"Raw runtime flags to pass to the inference engine."}},"required":["model"],"additionalProperties":false,"patternProperties":{"^x-":{}}},"command":{"oneOf":[{"type":"null","description":"No command specified, use the container's default command."},{"type":"string","description":"Command as a string, which will be executed in a shell (e.g., '/bin/sh -c')."},{"type":"array","description":"Command as an array of strings, which will be executed directly without a shell.","items":{"type":"string","description":"Part of the command (executable or argument)."}}],"description":"Command to run in the container, which can be specified as a string (shell form) or array (exec form)."},"service_hook":{"type":"object","description":"Configuration for service lifecycle hooks, which are commands executed at specific points in a container's lifecycle.","properties":{"command":{"$ref":"#/definitions/command","description":"Command to execute as part of the hook."},"user":{"type":"string","description":"User to run the command as."},"privileged":{"type":["boolean","string"],"description":"Whether to run the command with extended privileges."},"working_dir":{"type":"string","description":"Working directory for the command."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Environment variables for the command."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["command"]},"env_file":{"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"array","description":"List of paths to files containing environment variables.","items":{"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"object","description":"Detailed configuration for an environment file.","additionalProperties":false,"properties":{"path":{"type":"string","description":"Path to the environment file."},"format":{"type":"string","description":"Format attribute lets you to use an alternative file formats for env_file. When not set, env_file is parsed according to Compose rules."},"required":{"type":["boolean","string"],"default":true,"description":"Whether the file is required. If true and the file doesn't exist, an error will be raised."}},"required":["path"]}]}}]},"label_file":{"oneOf":[{"type":"string","description":"Path to a file containing Docker labels."},{"type":"array","description":"List of paths to files containing Docker labels.","items":{"type":"string","description":"Path to a file containing Docker labels."}}]},"string_or_list":{"oneOf":[{"type":"string","description":"A single string value."},{"$ref":"#/definitions/list_of_strings","description":"A list of string values."}],"description":"Either a single string or a list of strings."},"list_of_strings":{"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true},"list_or_dict":{"oneOf":[{"type":"object","description":"A dictionary mapping keys to values.","patternProperties":{".+":{"type":["string","number","boolean","null"],"description":"Value for the key, which can be a string, number, boolean, or null."}},"additionalProperties":false},{"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true}],"description":"Either a dictionary mapping keys to values, or a list of strings."},"extra_hosts":{"oneOf":[{"type":"object","description":"list mapping hostnames to IP addresses.","patternProperties":{".+":{"oneOf":[{"type":"string","description":"IP address for the hostname."},{"type":"array","description":"List of IP addresses for the hostname.","items":{"type":"string","description":"IP address for the hostname."},"uniqueItems":false}]}},"additionalProperties":false},{"type":"array","description":"List of host:IP mappings in the format 'hostname:IP'.","items":{"type":"string","description":"Host:IP mapping in the format 'hostname:IP'."},"uniqueItems":true}],"description":"Additional hostnames to be defined in the container's /etc/hosts file."},"blkio_limit":{"type":"object","description":"Block IO limit for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., '/dev/sda')."},"rate":{"type":["integer","string"],"description":"Rate limit in bytes per second or IO operations per second."}},"additionalProperties":false},"blkio_weight":{"type":"object","description":"Block IO weight for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., '/dev/sda')."},"weight":{"type":["integer","string"],"description":"Relative weight for the device, between 10 and 1000."}},"additionalProperties":false},"service_config_or_secret":{"type":"array","description":"Configuration for service configs or secrets, defining how they are mounted in the container.","items":{"oneOf":[{"type":"string","description":"Name of the config or secret to grant access to."},{"type":"object","description":"Detailed configuration for a config or secret.","properties":{"source":{"type":"string","description":"Name of the config or secret as defined in the top-level configs or secrets section."},"target":{"type":"string","description":"Path in the container where the config or secret will be mounted. Defaults to /<source> for configs and /run/secrets/<source> for secrets."},"uid":{"type":"string","description":"UID of the file in the container. Default is 0 (root)."},"gid":{"type":"string","description":"GID of the file in the container. Default is 0 (root)."},"mode":{"type":["number","string"],"description":"File permission mode inside the container, in octal. Default is 0444 for configs and 0400 for secrets."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}},"ulimits":{"type":"object","description":"Container ulimit options, controlling resource limits for processes inside the container.","patternProperties":{"^[a-z]+$":{"oneOf":[{"type":["integer","string"],"description":"Single value for both soft and hard limits."},{"type":"object","description":"Separate soft and hard limits.","properties":{"hard":{"type":["integer","string"],"description":"Hard limit for the ulimit type. This is the maximum allowed value."},"soft":{"type":["integer","string"],"description":"Soft limit for the ulimit type. This is the value that's actually enforced."}},"required":["soft","hard"],"additionalProperties":false,"patternProperties":{"^x-":{}}}]}}}}};const schema64 = {"type":"object","description":"Language Model for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this model."},"model":{"type":"string","description":"Language Model to run."},"context_size":{"type":"integer"},"runtime_flags":{"type":"array","items":{"type":"string"},"description":"Raw runtime flags to pass to the inference engine."}},"required":["model"],"additionalProperties":false,"patternProperties":{"^x-":{}}};const func2 = Object.prototype.hasOwnProperty;const pattern0 = new RegExp("^x-", "u");const pattern1 = new RegExp("^[a-zA-Z0-9._-]+$", "u");const schema12 = {"description":"Compose application or sub-projects to be included.","oneOf":[{"type":"string"},{"type":"object","properties":{"path":{"$ref":"#/definitions/string_or_list","description":"Path to the Compose application or sub-project files to include."},"env_file":{"$ref":"#/definitions/string_or_list","description":"Path to the environment files to use to define default values when interpolating variables in the Compose files being parsed."},"project_directory":{"type":"string","description":"Path to resolve relative paths set in the Compose file"}},"additionalProperties":false}]};const schema13 = {"oneOf":[{"type":"string","description":"A single string value."},{"$ref":"#/definitions/list_of_strings","description":"A list of string values."}],"description":"Either a single string or a list of strings."};const schema14 = {"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true};function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){if(typeof data[i0] !== "string"){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}let i1 = data.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err2 = {instancePath,schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;break;}indices0[item0] = i1;}}}else {const err3 = {instancePath,schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate12.errors = vErrors;return errors === 0;}function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((key0 === "path") || (key0 === "env_file")) || (key0 === "project_directory"))){const err1 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.path !== undefined){if(!(validate12(data.path, {instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}if(data.env_file !== undefined){if(!(validate12(data.env_file, {instancePath:instancePath+"/env_file",parentData:data,parentDataProperty:"env_file",rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}if(data.project_directory !== undefined){if(typeof data.project_directory !== "string"){const err2 = {instancePath:instancePath+"/project_directory",schemaPath:"#/oneOf/1/properties/project_directory/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate11.errors = vErrors;return errors === 0;}const schema15 = {"type":"object","description":"Configuration for a service.","properties":{"develop":{"$ref":"#/definitions/development"},"deploy":{"$ref":"#/definitions/deployment"},"annotations":{"$ref":"#/definitions/list_or_dict"},"attach":{"type":["boolean","string"]},"build":{"description":"Configuration options for building the service's image.","oneOf":[{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},{"type":"object","properties":{"context":{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},"dockerfile":{"type":"string","description":"Name of the Dockerfile to use for building the image."},"dockerfile_inline":{"type":"string","description":"Inline Dockerfile content to use instead of a Dockerfile from the build context."},"entitlements":{"type":"array","items":{"type":"string"},"description":"List of extra privileged entitlements to grant to the build process."},"args":{"$ref":"#/definitions/list_or_dict","description":"Build-time variables, specified as a map or a list of KEY=VAL pairs."},"ssh":{"$ref":"#/definitions/list_or_dict","description":"SSH agent socket or keys to expose to the build. Format is either a string or a list of 'default|<id>[=<socket>|<key>[,<key>]]'."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the built image."},"cache_from":{"type":"array","items":{"type":"string"},"description":"List of sources the image builder should use for cache resolution"},"cache_to":{"type":"array","items":{"type":"string"},"description":"Cache destinations for the build cache."},"no_cache":{"type":["boolean","string"],"description":"Do not use cache when building the image."},"additional_contexts":{"$ref":"#/definitions/list_or_dict","description":"Additional build contexts to use, specified as a map of name to context path or URL."},"network":{"type":"string","description":"Network mode to use for the build. Options include 'default', 'none', 'host', or a network name."},"provenance":{"type":["string","boolean"],"description":"Add a provenance attestation"},"sbom":{"type":["string","boolean"],"description":"Add a SBOM attestation"},"pull":{"type":["boolean","string"],"description":"Always attempt to pull a newer version of the image."},"target":{"type":"string","description":"Build stage to target in a multi-stage Dockerfile."},"shm_size":{"type":["integer","string"],"description":"Size of /dev/shm for the build container. A string value can use suffix like '2g' for 2 gigabytes."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings for the build container."},"isolation":{"type":"string","description":"Container isolation technology to use for the build process."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the build container."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Secrets to expose to the build. These are accessible at build-time."},"tags":{"type":"array","items":{"type":"string"},"description":"Additional tags to apply to the built image."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for the build container."},"platforms":{"type":"array","items":{"type":"string"},"description":"Platforms to build for, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"blkio_config":{"type":"object","description":"Block IO configuration for the service.","properties":{"device_read_bps":{"type":"array","description":"Limit read rate (bytes per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_read_iops":{"type":"array","description":"Limit read rate (IO per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_bps":{"type":"array","description":"Limit write rate (bytes per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_iops":{"type":"array","description":"Limit write rate (IO per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"weight":{"type":["integer","string"],"description":"Block IO weight (relative weight) for the service, between 10 and 1000."},"weight_device":{"type":"array","description":"Block IO weight (relative weight) for specific devices.","items":{"$ref":"#/definitions/blkio_weight"}}},"additionalProperties":false},"cap_add":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Add Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'."},"cap_drop":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Drop Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'."},"cgroup":{"type":"string","enum":["host","private"],"description":"Specify the cgroup namespace to join. Use 'host' to use the host's cgroup namespace, or 'private' to use a private cgroup namespace."},"cgroup_parent":{"type":"string","description":"Specify an optional parent cgroup for the container."},"command":{"$ref":"#/definitions/command","description":"Override the default command declared by the container image, for example 'CMD' in Dockerfile."},"configs":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Configs on a per-service basis."},"container_name":{"type":"string","description":"Specify a custom container name, rather than a generated default name.","pattern":"[a-zA-Z0-9][a-zA-Z0-9_.-]+"},"cpu_count":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0}],"description":"Number of usable CPUs."},"cpu_percent":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0,"maximum":100}],"description":"Percentage of CPU resources to use."},"cpu_shares":{"type":["number","string"],"description":"CPU shares (relative weight) for the container."},"cpu_quota":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) quota."},"cpu_period":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) period."},"cpu_rt_period":{"type":["number","string"],"description":"Limit the CPU real-time period in microseconds or a duration."},"cpu_rt_runtime":{"type":["number","string"],"description":"Limit the CPU real-time runtime in microseconds or a duration."},"cpus":{"type":["number","string"],"description":"Number of CPUs to use. A floating-point value is supported to request partial CPUs."},"cpuset":{"type":"string","description":"CPUs in which to allow execution (0-3, 0,1)."},"credential_spec":{"type":"object","description":"Configure the credential spec for managed service account.","properties":{"config":{"type":"string","description":"The name of the credential spec Config to use."},"file":{"type":"string","description":"Path to a credential spec file."},"registry":{"type":"string","description":"Path to a credential spec in the Windows registry."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"depends_on":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","additionalProperties":false,"patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"restart":{"type":["boolean","string"],"description":"Whether to restart dependent services when this service is restarted."},"required":{"type":"boolean","default":true,"description":"Whether the dependency is required for the dependent service to start."},"condition":{"type":"string","enum":["service_started","service_healthy","service_completed_successfully"],"description":"Condition to wait for. 'service_started' waits until the service has started, 'service_healthy' waits until the service is healthy (as defined by its healthcheck), 'service_completed_successfully' waits until the service has completed successfully."}},"required":["condition"]}}}],"description":"Express dependency between services. Service dependencies cause services to be started in dependency order. The dependent service will wait for the dependency to be ready before starting."},"device_cgroup_rules":{"$ref":"#/definitions/list_of_strings","description":"Add rules to the cgroup allowed devices list."},"devices":{"type":"array","description":"List of device mappings for the container.","items":{"oneOf":[{"type":"string"},{"type":"object","required":["source"],"properties":{"source":{"type":"string","description":"Path on the host to the device."},"target":{"type":"string","description":"Path in the container where the device will be mapped."},"permissions":{"type":"string","description":"Cgroup permissions for the device (rwm)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}},"dns":{"$ref":"#/definitions/string_or_list","description":"Custom DNS servers to set for the service container."},"dns_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Custom DNS options to be passed to the container's DNS resolver."},"dns_search":{"$ref":"#/definitions/string_or_list","description":"Custom DNS search domains to set on the service container."},"domainname":{"type":"string","description":"Custom domain name to use for the service container."},"entrypoint":{"$ref":"#/definitions/command","description":"Override the default entrypoint declared by the container image, for example 'ENTRYPOINT' in Dockerfile."},"env_file":{"$ref":"#/definitions/env_file","description":"Add environment variables from a file or multiple files. Can be a single file path or a list of file paths."},"label_file":{"$ref":"#/definitions/label_file","description":"Add metadata to containers using files containing Docker labels."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Add environment variables. You can use either an array or a list of KEY=VAL pairs."},"expose":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Expose ports without publishing them to the host machine - they'll only be accessible to linked services."},"extends":{"oneOf":[{"type":"string"},{"type":"object","properties":{"service":{"type":"string","description":"The name of the service to extend."},"file":{"type":"string","description":"The file path where the service to extend is defined."}},"required":["service"],"additionalProperties":false}],"description":"Extend another service, in the current file or another file."},"provider":{"type":"object","description":"Specify a service which will not be manage by Compose directly, and delegate its management to an external provider.","required":["type"],"properties":{"type":{"type":"string","description":"External component used by Compose to manage setup and teardown lifecycle of the service."},"options":{"type":"object","description":"Provider-specific options.","patternProperties":{"^.+$":{"oneOf":[{"type":["string","number","boolean"]},{"type":"array","items":{"type":["string","number","boolean"]}}]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external_links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to services started outside this Compose application. Specify services as <service_name>:<alias>."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings to the container network interface configuration."},"gpus":{"$ref":"#/definitions/gpus","description":"Define GPU devices to use. Can be set to 'all' to use all GPUs, or a list of specific GPU devices."},"group_add":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Add additional groups which user inside the container should be member of."},"healthcheck":{"$ref":"#/definitions/healthcheck","description":"Configure a health check for the container to monitor its health status."},"hostname":{"type":"string","description":"Define a custom hostname for the service container."},"image":{"type":"string","description":"Specify the image to start the container from. Can be a repository/tag, a digest, or a local image ID."},"init":{"type":["boolean","string"],"description":"Run as an init process inside the container that forwards signals and reaps processes."},"ipc":{"type":"string","description":"IPC sharing mode for the service container. Use 'host' to share the host's IPC namespace, 'service:[service_name]' to share with another service, or 'shareable' to allow other services to share this service's IPC namespace."},"isolation":{"type":"string","description":"Container isolation technology to use. Supported values are platform-specific."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to containers using Docker labels. You can use either an array or a list."},"links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to containers in another service. Either specify both the service name and a link alias (SERVICE:ALIAS), or just the service name."},"logging":{"type":"object","description":"Logging configuration for the service.","properties":{"driver":{"type":"string","description":"Logging driver to use, such as 'json-file', 'syslog', 'journald', etc."},"options":{"type":"object","description":"Options for the logging driver.","patternProperties":{"^.+$":{"type":["string","number","null"]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"mac_address":{"type":"string","description":"Container MAC address to set."},"mem_limit":{"type":["number","string"],"description":"Memory limit for the container. A string value can use suffix like '2g' for 2 gigabytes."},"mem_reservation":{"type":["string","integer"],"description":"Memory reservation for the container."},"mem_swappiness":{"type":["integer","string"],"description":"Container memory swappiness as percentage (0 to 100)."},"memswap_limit":{"type":["number","string"],"description":"Amount of memory the container is allowed to swap to disk. Set to -1 to enable unlimited swap."},"network_mode":{"type":"string","description":"Network mode. Values can be 'bridge', 'host', 'none', 'service:[service name]', or 'container:[container name]'."},"models":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","properties":{"endpoint_var":{"type":"string","description":"Environment variable set to AI model endpoint."},"model_var":{"type":"string","description":"Environment variable set to AI model name."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}}],"description":"AI Models to use, referencing entries under the top-level models key."},"networks":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"oneOf":[{"type":"object","properties":{"aliases":{"$ref":"#/definitions/list_of_strings","description":"Alternative hostnames for this service on the network."},"interface_name":{"type":"string","description":"Interface network name used to connect to network"},"ipv4_address":{"type":"string","description":"Specify a static IPv4 address for this service on this network."},"ipv6_address":{"type":"string","description":"Specify a static IPv6 address for this service on this network."},"link_local_ips":{"$ref":"#/definitions/list_of_strings","description":"List of link-local IPs."},"mac_address":{"type":"string","description":"Specify a MAC address for this service on this network."},"driver_opts":{"type":"object","description":"Driver options for this network.","patternProperties":{"^.+$":{"type":["string","number"]}}},"priority":{"type":"number","description":"Specify the priority for the network connection."},"gw_priority":{"type":"number","description":"Specify the gateway priority for the network connection."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},{"type":"null"}]}},"additionalProperties":false}],"description":"Networks to join, referencing entries under the top-level networks key. Can be a list of network names or a mapping of network name to network configuration."},"oom_kill_disable":{"type":["boolean","string"],"description":"Disable OOM Killer for the container."},"oom_score_adj":{"oneOf":[{"type":"string"},{"type":"integer","minimum":-1000,"maximum":1000}],"description":"Tune host's OOM preferences for the container (accepts -1000 to 1000)."},"pid":{"type":["string","null"],"description":"PID mode for container."},"pids_limit":{"type":["number","string"],"description":"Tune a container's PIDs limit. Set to -1 for unlimited PIDs."},"platform":{"type":"string","description":"Target platform to run on, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'."},"ports":{"type":"array","description":"Expose container ports. Short format ([HOST:]CONTAINER[/PROTOCOL]).","items":{"oneOf":[{"type":"number"},{"type":"string"},{"type":"object","properties":{"name":{"type":"string","description":"A human-readable name for this port mapping."},"mode":{"type":"string","description":"The port binding mode, either 'host' for publishing a host port or 'ingress' for load balancing."},"host_ip":{"type":"string","description":"The host IP to bind to."},"target":{"type":["integer","string"],"description":"The port inside the container."},"published":{"type":["string","integer"],"description":"The publicly exposed port."},"protocol":{"type":"string","description":"The port protocol (tcp or udp)."},"app_protocol":{"type":"string","description":"Application protocol to use with the port (e.g., http, https, mysql)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"post_start":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run after the container starts. If any command fails, the container stops."},"pre_stop":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run before the container stops. If any command fails, the container stop is aborted."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the service container."},"profiles":{"$ref":"#/definitions/list_of_strings","description":"List of profiles for this service. When profiles are specified, services are only started when the profile is activated."},"pull_policy":{"type":"string","pattern":"always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+","description":"Policy for pulling images. Options include: 'always', 'never', 'if_not_present', 'missing', 'build', or time-based refresh policies."},"pull_refresh_after":{"type":"string","description":"Time after which to refresh the image. Used with pull_policy=refresh."},"read_only":{"type":["boolean","string"],"description":"Mount the container's filesystem as read only."},"restart":{"type":"string","description":"Restart policy for the service container. Options include: 'no', 'always', 'on-failure', and 'unless-stopped'."},"runtime":{"type":"string","description":"Runtime to use for this container, e.g., 'runc'."},"scale":{"type":["integer","string"],"description":"Number of containers to deploy for this service."},"security_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Override the default labeling scheme for each container."},"shm_size":{"type":["number","string"],"description":"Size of /dev/shm. A string value can use suffix like '2g' for 2 gigabytes."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Secrets on a per-service basis."},"sysctls":{"$ref":"#/definitions/list_or_dict","description":"Kernel parameters to set in the container. You can use either an array or a list."},"stdin_open":{"type":["boolean","string"],"description":"Keep STDIN open even if not attached."},"stop_grace_period":{"type":"string","description":"Time to wait for the container to stop gracefully before sending SIGKILL (e.g., '1s', '1m30s')."},"stop_signal":{"type":"string","description":"Signal to stop the container (e.g., 'SIGTERM', 'SIGINT')."},"storage_opt":{"type":"object","description":"Storage driver options for the container."},"tmpfs":{"$ref":"#/definitions/string_or_list","description":"Mount a temporary filesystem (tmpfs) into the container. Can be a single value or a list."},"tty":{"type":["boolean","string"],"description":"Allocate a pseudo-TTY to service container."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for a container."},"use_api_socket":{"type":"boolean","description":"Bind mount Docker API socket and required auth."},"user":{"type":"string","description":"Username or UID to run the container process as."},"uts":{"type":"string","description":"UTS namespace to use. 'host' shares the host's UTS namespace."},"userns_mode":{"type":"string","description":"User namespace to use. 'host' shares the host's user namespace."},"volumes":{"type":"array","description":"Mount host paths or named volumes accessible to the container. Short syntax (VOLUME:CONTAINER_PATH[:MODE])","items":{"oneOf":[{"type":"string"},{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["bind","volume","tmpfs","cluster","npipe","image"],"description":"The mount type: bind for mounting host directories, volume for named volumes, tmpfs for temporary filesystems, cluster for cluster volumes, npipe for named pipes, or image for mounting from an image."},"source":{"type":"string","description":"The source of the mount, a path on the host for a bind mount, a docker image reference for an image mount, or the name of a volume defined in the top-level volumes key. Not applicable for a tmpfs mount."},"target":{"type":"string","description":"The path in the container where the volume is mounted."},"read_only":{"type":["boolean","string"],"description":"Flag to set the volume as read-only."},"consistency":{"type":"string","description":"The consistency requirements for the mount. Available values are platform specific."},"bind":{"type":"object","description":"Configuration specific to bind mounts.","properties":{"propagation":{"type":"string","description":"The propagation mode for the bind mount: 'shared', 'slave', 'private', 'rshared', 'rslave', or 'rprivate'."},"create_host_path":{"type":["boolean","string"],"description":"Create the host path if it doesn't exist."},"recursive":{"type":"string","enum":["enabled","disabled","writable","readonly"],"description":"Recursively mount the source directory."},"selinux":{"type":"string","enum":["z","Z"],"description":"SELinux relabeling options: 'z' for shared content, 'Z' for private unshared content."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"volume":{"type":"object","description":"Configuration specific to volume mounts.","properties":{"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the volume."},"nocopy":{"type":["boolean","string"],"description":"Flag to disable copying of data from a container when a volume is created."},"subpath":{"type":"string","description":"Path within the volume to mount instead of the volume root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"tmpfs":{"type":"object","description":"Configuration specific to tmpfs mounts.","properties":{"size":{"oneOf":[{"type":"integer","minimum":0},{"type":"string"}],"description":"Size of the tmpfs mount in bytes."},"mode":{"type":["number","string"],"description":"File mode of the tmpfs in octal."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"image":{"type":"object","description":"Configuration specific to image mounts.","properties":{"subpath":{"type":"string","description":"Path within the image to mount instead of the image root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"volumes_from":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Mount volumes from another service or container. Optionally specify read-only access (ro) or read-write (rw)."},"working_dir":{"type":"string","description":"The working directory in which the entrypoint or command will be run"}},"patternProperties":{"^x-":{}},"additionalProperties":false};const schema19 = {"oneOf":[{"type":"object","description":"A dictionary mapping keys to values.","patternProperties":{".+":{"type":["string","number","boolean","null"],"description":"Value for the key, which can be a string, number, boolean, or null."}},"additionalProperties":false},{"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true}],"description":"Either a dictionary mapping keys to values, or a list of strings."};const schema32 = {"oneOf":[{"type":"object","description":"list mapping hostnames to IP addresses.","patternProperties":{".+":{"oneOf":[{"type":"string","description":"IP address for the hostname."},{"type":"array","description":"List of IP addresses for the hostname.","items":{"type":"string","description":"IP address for the hostname."},"uniqueItems":false}]}},"additionalProperties":false},{"type":"array","description":"List of host:IP mappings in the format 'hostname:IP'.","items":{"type":"string","description":"Host:IP mapping in the format 'hostname:IP'."},"uniqueItems":true}],"description":"Additional hostnames to be defined in the container's /etc/hosts file."};const schema33 = {"type":"array","description":"Configuration for service configs or secrets, defining how they are mounted in the container.","items":{"oneOf":[{"type":"string","description":"Name of the config or secret to grant access to."},{"type":"object","description":"Detailed configuration for a config or secret.","properties":{"source":{"type":"string","description":"Name of the config or secret as defined in the top-level configs or secrets section."},"target":{"type":"string","description":"Path in the container where the config or secret will be mounted. Defaults to /<source> for configs and /run/secrets/<source> for secrets."},"uid":{"type":"string","description":"UID of the file in the container. Default is 0 (root)."},"gid":{"type":"string","description":"GID of the file in the container. Default is 0 (root)."},"mode":{"type":["number","string"],"description":"File permission mode inside the container, in octal. Default is 0444 for configs and 0400 for secrets."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}};const schema34 = {"type":"object","description":"Container ulimit options, controlling resource limits for processes inside the container.","patternProperties":{"^[a-z]+$":{"oneOf":[{"type":["integer","string"],"description":"Single value for both soft and hard limits."},{"type":"object","description":"Separate soft and hard limits.","properties":{"hard":{"type":["integer","string"],"description":"Hard limit for the ulimit type. This is the maximum allowed value."},"soft":{"type":["integer","string"],"description":"Soft limit for the ulimit type. This is the value that's actually enforced."}},"required":["soft","hard"],"additionalProperties":false,"patternProperties":{"^x-":{}}}]}}};const schema35 = {"type":"object","description":"Block IO limit for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., '/dev/sda')."},"rate":{"type":["integer","string"],"description":"Rate limit in bytes per second or IO operations per second."}},"additionalProperties":false};const schema39 = {"type":"object","description":"Block IO weight for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., '/dev/sda')."},"weight":{"type":["integer","string"],"description":"Relative weight for the device, between 10 and 1000."}},"additionalProperties":false};const schema18 = {"oneOf":[{"type":"null","description":"No command specified, use the container's default command."},{"type":"string","description":"Command as a string, which will be executed in a shell (e.g., '/bin/sh -c')."},{"type":"array","description":"Command as an array of strings, which will be executed directly without a shell.","items":{"type":"string","description":"Part of the command (executable or argument)."}}],"description":"Command to run in the container, which can be specified as a string (shell form) or array (exec form)."};const schema45 = {"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"array","description":"List of paths to files containing environment variables.","items":{"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"object","description":"Detailed configuration for an environment file.","additionalProperties":false,"properties":{"path":{"type":"string","description":"Path to the environment file."},"format":{"type":"string","description":"Format attribute lets you to use an alternative file formats for env_file. When not set, env_file is parsed according to Compose rules."},"required":{"type":["boolean","string"],"default":true,"description":"Whether the file is required. If true and the file doesn't exist, an error will be raised."}},"required":["path"]}]}}]};const schema46 = {"oneOf":[{"type":"string","description":"Path to a file containing Docker labels."},{"type":"array","description":"List of paths to files containing Docker labels.","items":{"type":"string","description":"Path to a file containing Docker labels."}}]};const schema53 = {"type":"object","description":"Configuration options to determine whether the container is healthy.","properties":{"disable":{"type":["boolean","string"],"description":"Disable any container-specified healthcheck. Set to true to disable."},"interval":{"type":"string","description":"Time between running the check (e.g., '1s', '1m30s'). Default: 30s."},"retries":{"type":["number","string"],"description":"Number of consecutive failures needed to consider the container as unhealthy. Default: 3."},"test":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}],"description":"The test to perform to check container health. Can be a string or a list. The first item is either NONE, CMD, or CMD-SHELL. If it's CMD, the rest of the command is exec'd. If it's CMD-SHELL, the rest is run in the shell."},"timeout":{"type":"string","description":"Maximum time to allow one check to run (e.g., '1s', '1m30s'). Default: 30s."},"start_period":{"type":"string","description":"Start period for the container to initialize before starting health-retries countdown (e.g., '1s', '1m30s'). Default: 0s."},"start_interval":{"type":"string","description":"Time between running the check during the start period (e.g., '1s', '1m30s'). Default: interval value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};const func0 = deepEqual;const pattern7 = new RegExp(".+", "u");const pattern39 = new RegExp("^[a-z]+$", "u");const pattern42 = new RegExp("[a-zA-Z0-9][a-zA-Z0-9_.-]+", "u");const pattern51 = new RegExp("^.+$", "u");const pattern69 = new RegExp("always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+", "u");const schema16 = {"type":["object","null"],"description":"Development configuration for the service, used for development workflows.","properties":{"watch":{"type":"array","description":"Configure watch mode for the service, which monitors file changes and performs actions in response.","items":{"type":"object","required":["path","action"],"properties":{"ignore":{"$ref":"#/definitions/string_or_list","description":"Patterns to exclude from watching."},"include":{"$ref":"#/definitions/string_or_list","description":"Patterns to include in watching."},"path":{"type":"string","description":"Path to watch for changes."},"action":{"type":"string","enum":["rebuild","sync","restart","sync+restart","sync+exec"],"description":"Action to take when a change is detected: rebuild the container, sync files, restart the container, sync and restart, or sync and execute a command."},"target":{"type":"string","description":"Target path in the container for sync operations."},"exec":{"$ref":"#/definitions/service_hook","description":"Command to execute when a change is detected and action is sync+exec."},"initial_sync":{"type":"boolean","description":"Ensure that an initial synchronization is done before starting watch mode for sync+x triggers"}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}};const schema17 = {"type":"object","description":"Configuration for service lifecycle hooks, which are commands executed at specific points in a container's lifecycle.","properties":{"command":{"$ref":"#/definitions/command","description":"Command to execute as part of the hook."},"user":{"type":"string","description":"User to run the command as."},"privileged":{"type":["boolean","string"],"description":"Whether to run the command with extended privileges."},"working_dir":{"type":"string","description":"Working directory for the command."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Environment variables for the command."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["command"]};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.command === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((((key0 === "command") || (key0 === "user")) || (key0 === "privileged")) || (key0 === "working_dir")) || (key0 === "environment")) || (pattern0.test(key0)))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.command !== undefined){let data0 = data.command;const _errs4 = errors;let valid2 = false;let passing0 = null;const _errs5 = errors;if(data0 !== null){const err2 = {instancePath:instancePath+"/command",schemaPath:"#/definitions/command/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}var _valid0 = _errs5 === errors;if(_valid0){valid2 = true;passing0 = 0;}const _errs7 = errors;if(typeof data0 !== "string"){const err3 = {instancePath:instancePath+"/command",schemaPath:"#/definitions/command/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs7 === errors;if(_valid0 && valid2){valid2 = false;passing0 = [passing0, 1];}else {if(_valid0){valid2 = true;passing0 = 1;}const _errs9 = errors;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){if(typeof data0[i0] !== "string"){const err4 = {instancePath:instancePath+"/command/" + i0,schemaPath:"#/definitions/command/oneOf/2/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath:instancePath+"/command",schemaPath:"#/definitions/command/oneOf/2/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs9 === errors;if(_valid0 && valid2){valid2 = false;passing0 = [passing0, 2];}else {if(_valid0){valid2 = true;passing0 = 2;}}}if(!valid2){const err6 = {instancePath:instancePath+"/command",schemaPath:"#/definitions/command/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}else {errors = _errs4;if(vErrors !== null){if(_errs4){vErrors.length = _errs4;}else {vErrors = null;}}}}if(data.user !== undefined){if(typeof data.user !== "string"){const err7 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.privileged !== undefined){let data3 = data.privileged;if((typeof data3 !== "boolean") && (typeof data3 !== "string")){const err8 = {instancePath:instancePath+"/privileged",schemaPath:"#/properties/privileged/type",keyword:"type",params:{type: schema17.properties.privileged.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.working_dir !== undefined){if(typeof data.working_dir !== "string"){const err9 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.environment !== undefined){let data5 = data.environment;const _errs21 = errors;let valid6 = false;let passing1 = null;const _errs22 = errors;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key1 in data5){if(!(pattern7.test(key1))){const err10 = {instancePath:instancePath+"/environment",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}for(const key2 in data5){if(pattern7.test(key2)){let data6 = data5[key2];if((((typeof data6 !== "string") && (!(typeof data6 == "number"))) && (typeof data6 !== "boolean")) && (data6 !== null)){const err11 = {instancePath:instancePath+"/environment/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema19.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}}else {const err12 = {instancePath:instancePath+"/environment",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}var _valid1 = _errs22 === errors;if(_valid1){valid6 = true;passing1 = 0;}const _errs27 = errors;if(Array.isArray(data5)){const len1 = data5.length;for(let i1=0; i1<len1; i1++){if(typeof data5[i1] !== "string"){const err13 = {instancePath:instancePath+"/environment/" + i1,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}let i2 = data5.length;let j0;if(i2 > 1){const indices0 = {};for(;i2--;){let item0 = data5[i2];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err14 = {instancePath:instancePath+"/environment",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;break;}indices0[item0] = i2;}}}else {const err15 = {instancePath:instancePath+"/environment",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}var _valid1 = _errs27 === errors;if(_valid1 && valid6){valid6 = false;passing1 = [passing1, 1];}else {if(_valid1){valid6 = true;passing1 = 1;}}if(!valid6){const err16 = {instancePath:instancePath+"/environment",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}else {errors = _errs21;if(vErrors !== null){if(_errs21){vErrors.length = _errs21;}else {vErrors = null;}}}}}else {const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}validate20.errors = vErrors;return errors === 0;}function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema16.type},message:"must be object,null"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "watch") || (pattern0.test(key0)))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.watch !== undefined){let data0 = data.watch;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.path === undefined){const err2 = {instancePath:instancePath+"/watch/" + i0,schemaPath:"#/properties/watch/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data1.action === undefined){const err3 = {instancePath:instancePath+"/watch/" + i0,schemaPath:"#/properties/watch/items/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key1 in data1){if(!((((((((key1 === "ignore") || (key1 === "include")) || (key1 === "path")) || (key1 === "action")) || (key1 === "target")) || (key1 === "exec")) || (key1 === "initial_sync")) || (pattern0.test(key1)))){const err4 = {instancePath:instancePath+"/watch/" + i0,schemaPath:"#/properties/watch/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.ignore !== undefined){if(!(validate12(data1.ignore, {instancePath:instancePath+"/watch/" + i0+"/ignore",parentData:data1,parentDataProperty:"ignore",rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}if(data1.include !== undefined){if(!(validate12(data1.include, {instancePath:instancePath+"/watch/" + i0+"/include",parentData:data1,parentDataProperty:"include",rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}if(data1.path !== undefined){if(typeof data1.path !== "string"){const err5 = {instancePath:instancePath+"/watch/" + i0+"/path",schemaPath:"#/properties/watch/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data1.action !== undefined){let data5 = data1.action;if(typeof data5 !== "string"){const err6 = {instancePath:instancePath+"/watch/" + i0+"/action",schemaPath:"#/properties/watch/items/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(!(((((data5 === "rebuild") || (data5 === "sync")) || (data5 === "restart")) || (data5 === "sync+restart")) || (data5 === "sync+exec"))){const err7 = {instancePath:instancePath+"/watch/" + i0+"/action",schemaPath:"#/properties/watch/items/properties/action/enum",keyword:"enum",params:{allowedValues: schema16.properties.watch.items.properties.action.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data1.target !== undefined){if(typeof data1.target !== "string"){const err8 = {instancePath:instancePath+"/watch/" + i0+"/target",schemaPath:"#/properties/watch/items/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data1.exec !== undefined){if(!(validate20(data1.exec, {instancePath:instancePath+"/watch/" + i0+"/exec",parentData:data1,parentDataProperty:"exec",rootData}))){vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);errors = vErrors.length;}}if(data1.initial_sync !== undefined){if(typeof data1.initial_sync !== "boolean"){const err9 = {instancePath:instancePath+"/watch/" + i0+"/initial_sync",schemaPath:"#/properties/watch/items/properties/initial_sync/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/watch/" + i0,schemaPath:"#/properties/watch/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/watch",schemaPath:"#/properties/watch/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}validate17.errors = vErrors;return errors === 0;}const schema20 = {"type":["object","null"],"description":"Deployment configuration for the service.","properties":{"mode":{"type":"string","description":"Deployment mode for the service: 'replicated' (default) or 'global'."},"endpoint_mode":{"type":"string","description":"Endpoint mode for the service: 'vip' (default) or 'dnsrr'."},"replicas":{"type":["integer","string"],"description":"Number of replicas of the service container to run."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the service."},"rollback_config":{"type":"object","description":"Configuration for rolling back a service update.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to rollback at a time. If set to 0, all containers rollback simultaneously."},"delay":{"type":"string","description":"The time to wait between each container group's rollback (e.g., '1s', '1m30s')."},"failure_action":{"type":"string","description":"Action to take if a rollback fails: 'continue', 'pause'."},"monitor":{"type":"string","description":"Duration to monitor each task for failures after it is created (e.g., '1s', '1m30s')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during a rollback."},"order":{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during rollbacks: 'stop-first' (default) or 'start-first'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"update_config":{"type":"object","description":"Configuration for updating a service.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to update at a time."},"delay":{"type":"string","description":"The time to wait between updating a group of containers (e.g., '1s', '1m30s')."},"failure_action":{"type":"string","description":"Action to take if an update fails: 'continue', 'pause', 'rollback'."},"monitor":{"type":"string","description":"Duration to monitor each updated task for failures after it is created (e.g., '1s', '1m30s')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during an update (0 to 1)."},"order":{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during updates: 'stop-first' (default) or 'start-first'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"resources":{"type":"object","description":"Resource constraints and reservations for the service.","properties":{"limits":{"type":"object","description":"Resource limits for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Limit for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Limit on the amount of memory a container can allocate (e.g., '1g', '1024m')."},"pids":{"type":["integer","string"],"description":"Maximum number of PIDs available to the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"reservations":{"type":"object","description":"Resource reservations for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Reservation for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Reservation on the amount of memory a container can allocate (e.g., '1g', '1024m')."},"generic_resources":{"$ref":"#/definitions/generic_resources","description":"User-defined resources to reserve."},"devices":{"$ref":"#/definitions/devices","description":"Device reservations for the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"restart_policy":{"type":"object","description":"Restart policy for the service containers.","properties":{"condition":{"type":"string","description":"Condition for restarting the container: 'none', 'on-failure', 'any'."},"delay":{"type":"string","description":"Delay between restart attempts (e.g., '1s', '1m30s')."},"max_attempts":{"type":["integer","string"],"description":"Maximum number of restart attempts before giving up."},"window":{"type":"string","description":"Time window used to evaluate the restart policy (e.g., '1s', '1m30s')."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"placement":{"type":"object","description":"Constraints and preferences for the platform to select a physical node to run service containers","properties":{"constraints":{"type":"array","items":{"type":"string"},"description":"Placement constraints for the service (e.g., 'node.role==manager')."},"preferences":{"type":"array","description":"Placement preferences for the service.","items":{"type":"object","properties":{"spread":{"type":"string","description":"Spread tasks evenly across values of the specified node label."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"max_replicas_per_node":{"type":["integer","string"],"description":"Maximum number of replicas of the service."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}};const schema22 = {"type":"array","description":"User-defined resources for services, allowing services to reserve specialized hardware resources.","items":{"type":"object","properties":{"discrete_resource_spec":{"type":"object","description":"Specification for discrete (countable) resources.","properties":{"kind":{"type":"string","description":"Type of resource (e.g., 'GPU', 'FPGA', 'SSD')."},"value":{"type":["number","string"],"description":"Number of resources of this kind to reserve."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}};const schema23 = {"type":"array","description":"Device reservations for containers, allowing services to access specific hardware devices.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the device needs to have (e.g., 'gpu', 'compute', 'utility')."},"count":{"type":["string","integer"],"description":"Number of devices of this type to reserve."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific device IDs to reserve."},"driver":{"type":"string","description":"Device driver to use (e.g., 'nvidia')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the device."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["capabilities"]}};function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.capabilities === undefined){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "capabilities"},message:"must have required property '"+"capabilities"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data0){if(!((((((key0 === "capabilities") || (key0 === "count")) || (key0 === "device_ids")) || (key0 === "driver")) || (key0 === "options")) || (pattern0.test(key0)))){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data0.capabilities !== undefined){let data1 = data0.capabilities;if(Array.isArray(data1)){const len1 = data1.length;for(let i1=0; i1<len1; i1++){if(typeof data1[i1] !== "string"){const err2 = {instancePath:instancePath+"/" + i0+"/capabilities/" + i1,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}let i2 = data1.length;let j0;if(i2 > 1){const indices0 = {};for(;i2--;){let item0 = data1[i2];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err3 = {instancePath:instancePath+"/" + i0+"/capabilities",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;break;}indices0[item0] = i2;}}}else {const err4 = {instancePath:instancePath+"/" + i0+"/capabilities",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.count !== undefined){let data3 = data0.count;if((typeof data3 !== "string") && (!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))))){const err5 = {instancePath:instancePath+"/" + i0+"/count",schemaPath:"#/items/properties/count/type",keyword:"type",params:{type: schema23.items.properties.count.type},message:"must be string,integer"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0.device_ids !== undefined){let data4 = data0.device_ids;if(Array.isArray(data4)){const len2 = data4.length;for(let i3=0; i3<len2; i3++){if(typeof data4[i3] !== "string"){const err6 = {instancePath:instancePath+"/" + i0+"/device_ids/" + i3,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}let i4 = data4.length;let j1;if(i4 > 1){const indices1 = {};for(;i4--;){let item1 = data4[i4];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err7 = {instancePath:instancePath+"/" + i0+"/device_ids",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;break;}indices1[item1] = i4;}}}else {const err8 = {instancePath:instancePath+"/" + i0+"/device_ids",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data0.driver !== undefined){if(typeof data0.driver !== "string"){const err9 = {instancePath:instancePath+"/" + i0+"/driver",schemaPath:"#/items/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data0.options !== undefined){let data7 = data0.options;const _errs20 = errors;let valid12 = false;let passing0 = null;const _errs21 = errors;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key1 in data7){if(!(pattern7.test(key1))){const err10 = {instancePath:instancePath+"/" + i0+"/options",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}for(const key2 in data7){if(pattern7.test(key2)){let data8 = data7[key2];if((((typeof data8 !== "string") && (!(typeof data8 == "number"))) && (typeof data8 !== "boolean")) && (data8 !== null)){const err11 = {instancePath:instancePath+"/" + i0+"/options/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema19.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}}else {const err12 = {instancePath:instancePath+"/" + i0+"/options",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}var _valid0 = _errs21 === errors;if(_valid0){valid12 = true;passing0 = 0;}const _errs26 = errors;if(Array.isArray(data7)){const len3 = data7.length;for(let i5=0; i5<len3; i5++){if(typeof data7[i5] !== "string"){const err13 = {instancePath:instancePath+"/" + i0+"/options/" + i5,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}let i6 = data7.length;let j2;if(i6 > 1){const indices2 = {};for(;i6--;){let item2 = data7[i6];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j2 = indices2[item2];const err14 = {instancePath:instancePath+"/" + i0+"/options",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;break;}indices2[item2] = i6;}}}else {const err15 = {instancePath:instancePath+"/" + i0+"/options",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}var _valid0 = _errs26 === errors;if(_valid0 && valid12){valid12 = false;passing0 = [passing0, 1];}else {if(_valid0){valid12 = true;passing0 = 1;}}if(!valid12){const err16 = {instancePath:instancePath+"/" + i0+"/options",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}else {errors = _errs20;if(vErrors !== null){if(_errs20){vErrors.length = _errs20;}else {vErrors = null;}}}}}else {const err17 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}validate24.errors = vErrors;return errors === 0;}function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema20.type},message:"must be object,null"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((func2.call(schema20.properties, key0)) || (pattern0.test(key0)))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.mode !== undefined){if(typeof data.mode !== "string"){const err2 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.endpoint_mode !== undefined){if(typeof data.endpoint_mode !== "string"){const err3 = {instancePath:instancePath+"/endpoint_mode",schemaPath:"#/properties/endpoint_mode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.replicas !== undefined){let data2 = data.replicas;if((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (typeof data2 !== "string")){const err4 = {instancePath:instancePath+"/replicas",schemaPath:"#/properties/replicas/type",keyword:"type",params:{type: schema20.properties.replicas.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.labels !== undefined){let data3 = data.labels;const _errs10 = errors;let valid2 = false;let passing0 = null;const _errs11 = errors;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){if(!(pattern7.test(key1))){const err5 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}for(const key2 in data3){if(pattern7.test(key2)){let data4 = data3[key2];if((((typeof data4 !== "string") && (!(typeof data4 == "number"))) && (typeof data4 !== "boolean")) && (data4 !== null)){const err6 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema19.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}}else {const err7 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs11 === errors;if(_valid0){valid2 = true;passing0 = 0;}const _errs16 = errors;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){if(typeof data3[i0] !== "string"){const err8 = {instancePath:instancePath+"/labels/" + i0,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}let i1 = data3.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data3[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err9 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;break;}indices0[item0] = i1;}}}else {const err10 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}var _valid0 = _errs16 === errors;if(_valid0 && valid2){valid2 = false;passing0 = [passing0, 1];}else {if(_valid0){valid2 = true;passing0 = 1;}}if(!valid2){const err11 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}else {errors = _errs10;if(vErrors !== null){if(_errs10){vErrors.length = _errs10;}else {vErrors = null;}}}}if(data.rollback_config !== undefined){let data6 = data.rollback_config;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key3 in data6){if(!(((((((key3 === "parallelism") || (key3 === "delay")) || (key3 === "failure_action")) || (key3 === "monitor")) || (key3 === "max_failure_ratio")) || (key3 === "order")) || (pattern0.test(key3)))){const err12 = {instancePath:instancePath+"/rollback_config",schemaPath:"#/properties/rollback_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data6.parallelism !== undefined){let data7 = data6.parallelism;if((!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))) && (typeof data7 !== "string")){const err13 = {instancePath:instancePath+"/rollback_config/parallelism",schemaPath:"#/properties/rollback_config/properties/parallelism/type",keyword:"type",params:{type: schema20.properties.rollback_config.properties.parallelism.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data6.delay !== undefined){if(typeof data6.delay !== "string"){const err14 = {instancePath:instancePath+"/rollback_config/delay",schemaPath:"#/properties/rollback_config/properties/delay/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data6.failure_action !== undefined){if(typeof data6.failure_action !== "string"){const err15 = {instancePath:instancePath+"/rollback_config/failure_action",schemaPath:"#/properties/rollback_config/properties/failure_action/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data6.monitor !== undefined){if(typeof data6.monitor !== "string"){const err16 = {instancePath:instancePath+"/rollback_config/monitor",schemaPath:"#/properties/rollback_config/properties/monitor/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data6.max_failure_ratio !== undefined){let data11 = data6.max_failure_ratio;if((!(typeof data11 == "number")) && (typeof data11 !== "string")){const err17 = {instancePath:instancePath+"/rollback_config/max_failure_ratio",schemaPath:"#/properties/rollback_config/properties/max_failure_ratio/type",keyword:"type",params:{type: schema20.properties.rollback_config.properties.max_failure_ratio.type},message:"must be number,string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data6.order !== undefined){let data12 = data6.order;if(typeof data12 !== "string"){const err18 = {instancePath:instancePath+"/rollback_config/order",schemaPath:"#/properties/rollback_config/properties/order/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(!((data12 === "start-first") || (data12 === "stop-first"))){const err19 = {instancePath:instancePath+"/rollback_config/order",schemaPath:"#/properties/rollback_config/properties/order/enum",keyword:"enum",params:{allowedValues: schema20.properties.rollback_config.properties.order.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/rollback_config",schemaPath:"#/properties/rollback_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.update_config !== undefined){let data13 = data.update_config;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key4 in data13){if(!(((((((key4 === "parallelism") || (key4 === "delay")) || (key4 === "failure_action")) || (key4 === "monitor")) || (key4 === "max_failure_ratio")) || (key4 === "order")) || (pattern0.test(key4)))){const err21 = {instancePath:instancePath+"/update_config",schemaPath:"#/properties/update_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data13.parallelism !== undefined){let data14 = data13.parallelism;if((!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))) && (typeof data14 !== "string")){const err22 = {instancePath:instancePath+"/update_config/parallelism",schemaPath:"#/properties/update_config/properties/parallelism/type",keyword:"type",params:{type: schema20.properties.update_config.properties.parallelism.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data13.delay !== undefined){if(typeof data13.delay !== "string"){const err23 = {instancePath:instancePath+"/update_config/delay",schemaPath:"#/properties/update_config/properties/delay/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data13.failure_action !== undefined){if(typeof data13.failure_action !== "string"){const err24 = {instancePath:instancePath+"/update_config/failure_action",schemaPath:"#/properties/update_config/properties/failure_action/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data13.monitor !== undefined){if(typeof data13.monitor !== "string"){const err25 = {instancePath:instancePath+"/update_config/monitor",schemaPath:"#/properties/update_config/properties/monitor/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data13.max_failure_ratio !== undefined){let data18 = data13.max_failure_ratio;if((!(typeof data18 == "number")) && (typeof data18 !== "string")){const err26 = {instancePath:instancePath+"/update_config/max_failure_ratio",schemaPath:"#/properties/update_config/properties/max_failure_ratio/type",keyword:"type",params:{type: schema20.properties.update_config.properties.max_failure_ratio.type},message:"must be number,string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data13.order !== undefined){let data19 = data13.order;if(typeof data19 !== "string"){const err27 = {instancePath:instancePath+"/update_config/order",schemaPath:"#/properties/update_config/properties/order/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(!((data19 === "start-first") || (data19 === "stop-first"))){const err28 = {instancePath:instancePath+"/update_config/order",schemaPath:"#/properties/update_config/properties/order/enum",keyword:"enum",params:{allowedValues: schema20.properties.update_config.properties.order.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/update_config",schemaPath:"#/properties/update_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.resources !== undefined){let data20 = data.resources;if(data20 && typeof data20 == "object" && !Array.isArray(data20)){for(const key5 in data20){if(!(((key5 === "limits") || (key5 === "reservations")) || (pattern0.test(key5)))){const err30 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data20.limits !== undefined){let data21 = data20.limits;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){for(const key6 in data21){if(!((((key6 === "cpus") || (key6 === "memory")) || (key6 === "pids")) || (pattern0.test(key6)))){const err31 = {instancePath:instancePath+"/resources/limits",schemaPath:"#/properties/resources/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data21.cpus !== undefined){let data22 = data21.cpus;if((!(typeof data22 == "number")) && (typeof data22 !== "string")){const err32 = {instancePath:instancePath+"/resources/limits/cpus",schemaPath:"#/properties/resources/properties/limits/properties/cpus/type",keyword:"type",params:{type: schema20.properties.resources.properties.limits.properties.cpus.type},message:"must be number,string"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data21.memory !== undefined){if(typeof data21.memory !== "string"){const err33 = {instancePath:instancePath+"/resources/limits/memory",schemaPath:"#/properties/resources/properties/limits/properties/memory/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data21.pids !== undefined){let data24 = data21.pids;if((!((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24)))) && (typeof data24 !== "string")){const err34 = {instancePath:instancePath+"/resources/limits/pids",schemaPath:"#/properties/resources/properties/limits/properties/pids/type",keyword:"type",params:{type: schema20.properties.resources.properties.limits.properties.pids.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}else {const err35 = {instancePath:instancePath+"/resources/limits",schemaPath:"#/properties/resources/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data20.reservations !== undefined){let data25 = data20.reservations;if(data25 && typeof data25 == "object" && !Array.isArray(data25)){for(const key7 in data25){if(!(((((key7 === "cpus") || (key7 === "memory")) || (key7 === "generic_resources")) || (key7 === "devices")) || (pattern0.test(key7)))){const err36 = {instancePath:instancePath+"/resources/reservations",schemaPath:"#/properties/resources/properties/reservations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data25.cpus !== undefined){let data26 = data25.cpus;if((!(typeof data26 == "number")) && (typeof data26 !== "string")){const err37 = {instancePath:instancePath+"/resources/reservations/cpus",schemaPath:"#/properties/resources/properties/reservations/properties/cpus/type",keyword:"type",params:{type: schema20.properties.resources.properties.reservations.properties.cpus.type},message:"must be number,string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data25.memory !== undefined){if(typeof data25.memory !== "string"){const err38 = {instancePath:instancePath+"/resources/reservations/memory",schemaPath:"#/properties/resources/properties/reservations/properties/memory/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data25.generic_resources !== undefined){let data28 = data25.generic_resources;if(Array.isArray(data28)){const len1 = data28.length;for(let i2=0; i2<len1; i2++){let data29 = data28[i2];if(data29 && typeof data29 == "object" && !Array.isArray(data29)){for(const key8 in data29){if(!((key8 === "discrete_resource_spec") || (pattern0.test(key8)))){const err39 = {instancePath:instancePath+"/resources/reservations/generic_resources/" + i2,schemaPath:"#/definitions/generic_resources/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data29.discrete_resource_spec !== undefined){let data30 = data29.discrete_resource_spec;if(data30 && typeof data30 == "object" && !Array.isArray(data30)){for(const key9 in data30){if(!(((key9 === "kind") || (key9 === "value")) || (pattern0.test(key9)))){const err40 = {instancePath:instancePath+"/resources/reservations/generic_resources/" + i2+"/discrete_resource_spec",schemaPath:"#/definitions/generic_resources/items/properties/discrete_resource_spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data30.kind !== undefined){if(typeof data30.kind !== "string"){const err41 = {instancePath:instancePath+"/resources/reservations/generic_resources/" + i2+"/discrete_resource_spec/kind",schemaPath:"#/definitions/generic_resources/items/properties/discrete_resource_spec/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data30.value !== undefined){let data32 = data30.value;if((!(typeof data32 == "number")) && (typeof data32 !== "string")){const err42 = {instancePath:instancePath+"/resources/reservations/generic_resources/" + i2+"/discrete_resource_spec/value",schemaPath:"#/definitions/generic_resources/items/properties/discrete_resource_spec/properties/value/type",keyword:"type",params:{type: schema22.items.properties.discrete_resource_spec.properties.value.type},message:"must be number,string"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/resources/reservations/generic_resources/" + i2+"/discrete_resource_spec",schemaPath:"#/definitions/generic_resources/items/properties/discrete_resource_spec/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath:instancePath+"/resources/reservations/generic_resources/" + i2,schemaPath:"#/definitions/generic_resources/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}else {const err45 = {instancePath:instancePath+"/resources/reservations/generic_resources",schemaPath:"#/definitions/generic_resources/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data25.devices !== undefined){if(!(validate24(data25.devices, {instancePath:instancePath+"/resources/reservations/devices",parentData:data25,parentDataProperty:"devices",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}}else {const err46 = {instancePath:instancePath+"/resources/reservations",schemaPath:"#/properties/resources/properties/reservations/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}else {const err47 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data.restart_policy !== undefined){let data34 = data.restart_policy;if(data34 && typeof data34 == "object" && !Array.isArray(data34)){for(const key10 in data34){if(!(((((key10 === "condition") || (key10 === "delay")) || (key10 === "max_attempts")) || (key10 === "window")) || (pattern0.test(key10)))){const err48 = {instancePath:instancePath+"/restart_policy",schemaPath:"#/properties/restart_policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data34.condition !== undefined){if(typeof data34.condition !== "string"){const err49 = {instancePath:instancePath+"/restart_policy/condition",schemaPath:"#/properties/restart_policy/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data34.delay !== undefined){if(typeof data34.delay !== "string"){const err50 = {instancePath:instancePath+"/restart_policy/delay",schemaPath:"#/properties/restart_policy/properties/delay/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data34.max_attempts !== undefined){let data37 = data34.max_attempts;if((!((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37)))) && (typeof data37 !== "string")){const err51 = {instancePath:instancePath+"/restart_policy/max_attempts",schemaPath:"#/properties/restart_policy/properties/max_attempts/type",keyword:"type",params:{type: schema20.properties.restart_policy.properties.max_attempts.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data34.window !== undefined){if(typeof data34.window !== "string"){const err52 = {instancePath:instancePath+"/restart_policy/window",schemaPath:"#/properties/restart_policy/properties/window/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath:instancePath+"/restart_policy",schemaPath:"#/properties/restart_policy/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data.placement !== undefined){let data39 = data.placement;if(data39 && typeof data39 == "object" && !Array.isArray(data39)){for(const key11 in data39){if(!((((key11 === "constraints") || (key11 === "preferences")) || (key11 === "max_replicas_per_node")) || (pattern0.test(key11)))){const err54 = {instancePath:instancePath+"/placement",schemaPath:"#/properties/placement/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data39.constraints !== undefined){let data40 = data39.constraints;if(Array.isArray(data40)){const len2 = data40.length;for(let i3=0; i3<len2; i3++){if(typeof data40[i3] !== "string"){const err55 = {instancePath:instancePath+"/placement/constraints/" + i3,schemaPath:"#/properties/placement/properties/constraints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath:instancePath+"/placement/constraints",schemaPath:"#/properties/placement/properties/constraints/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data39.preferences !== undefined){let data42 = data39.preferences;if(Array.isArray(data42)){const len3 = data42.length;for(let i4=0; i4<len3; i4++){let data43 = data42[i4];if(data43 && typeof data43 == "object" && !Array.isArray(data43)){for(const key12 in data43){if(!((key12 === "spread") || (pattern0.test(key12)))){const err57 = {instancePath:instancePath+"/placement/preferences/" + i4,schemaPath:"#/properties/placement/properties/preferences/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data43.spread !== undefined){if(typeof data43.spread !== "string"){const err58 = {instancePath:instancePath+"/placement/preferences/" + i4+"/spread",schemaPath:"#/properties/placement/properties/preferences/items/properties/spread/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}}else {const err59 = {instancePath:instancePath+"/placement/preferences/" + i4,schemaPath:"#/properties/placement/properties/preferences/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath:instancePath+"/placement/preferences",schemaPath:"#/properties/placement/properties/preferences/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data39.max_replicas_per_node !== undefined){let data45 = data39.max_replicas_per_node;if((!((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45)))) && (typeof data45 !== "string")){const err61 = {instancePath:instancePath+"/placement/max_replicas_per_node",schemaPath:"#/properties/placement/properties/max_replicas_per_node/type",keyword:"type",params:{type: schema20.properties.placement.properties.max_replicas_per_node.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}}else {const err62 = {instancePath:instancePath+"/placement",schemaPath:"#/properties/placement/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}validate23.errors = vErrors;return errors === 0;}const schema49 = {"oneOf":[{"type":"string","enum":["all"],"description":"Use all available GPUs."},{"type":"array","description":"List of specific GPU devices to use.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the GPU needs to have (e.g., 'compute', 'utility')."},"count":{"type":["string","integer"],"description":"Number of GPUs to use."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific GPU device IDs to use."},"driver":{"type":"string","description":"GPU driver to use (e.g., 'nvidia')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the GPU."}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]};function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!(data === "all")){const err1 = {instancePath,schemaPath:"#/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema49.oneOf[0].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.capabilities !== undefined){let data1 = data0.capabilities;if(Array.isArray(data1)){const len1 = data1.length;for(let i1=0; i1<len1; i1++){if(typeof data1[i1] !== "string"){const err2 = {instancePath:instancePath+"/" + i0+"/capabilities/" + i1,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}let i2 = data1.length;let j0;if(i2 > 1){const indices0 = {};for(;i2--;){let item0 = data1[i2];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err3 = {instancePath:instancePath+"/" + i0+"/capabilities",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;break;}indices0[item0] = i2;}}}else {const err4 = {instancePath:instancePath+"/" + i0+"/capabilities",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.count !== undefined){let data3 = data0.count;if((typeof data3 !== "string") && (!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))))){const err5 = {instancePath:instancePath+"/" + i0+"/count",schemaPath:"#/oneOf/1/items/properties/count/type",keyword:"type",params:{type: schema49.oneOf[1].items.properties.count.type},message:"must be string,integer"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0.device_ids !== undefined){let data4 = data0.device_ids;if(Array.isArray(data4)){const len2 = data4.length;for(let i3=0; i3<len2; i3++){if(typeof data4[i3] !== "string"){const err6 = {instancePath:instancePath+"/" + i0+"/device_ids/" + i3,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}let i4 = data4.length;let j1;if(i4 > 1){const indices1 = {};for(;i4--;){let item1 = data4[i4];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err7 = {instancePath:instancePath+"/" + i0+"/device_ids",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;break;}indices1[item1] = i4;}}}else {const err8 = {instancePath:instancePath+"/" + i0+"/device_ids",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data0.driver !== undefined){if(typeof data0.driver !== "string"){const err9 = {instancePath:instancePath+"/" + i0+"/driver",schemaPath:"#/oneOf/1/items/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data0.options !== undefined){let data7 = data0.options;const _errs23 = errors;let valid13 = false;let passing1 = null;const _errs24 = errors;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key0 in data7){if(!(pattern7.test(key0))){const err10 = {instancePath:instancePath+"/" + i0+"/options",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}for(const key1 in data7){if(pattern7.test(key1)){let data8 = data7[key1];if((((typeof data8 !== "string") && (!(typeof data8 == "number"))) && (typeof data8 !== "boolean")) && (data8 !== null)){const err11 = {instancePath:instancePath+"/" + i0+"/options/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema19.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}}else {const err12 = {instancePath:instancePath+"/" + i0+"/options",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}var _valid1 = _errs24 === errors;if(_valid1){valid13 = true;passing1 = 0;}const _errs29 = errors;if(Array.isArray(data7)){const len3 = data7.length;for(let i5=0; i5<len3; i5++){if(typeof data7[i5] !== "string"){const err13 = {instancePath:instancePath+"/" + i0+"/options/" + i5,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}let i6 = data7.length;let j2;if(i6 > 1){const indices2 = {};for(;i6--;){let item2 = data7[i6];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j2 = indices2[item2];const err14 = {instancePath:instancePath+"/" + i0+"/options",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;break;}indices2[item2] = i6;}}}else {const err15 = {instancePath:instancePath+"/" + i0+"/options",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}var _valid1 = _errs29 === errors;if(_valid1 && valid13){valid13 = false;passing1 = [passing1, 1];}else {if(_valid1){valid13 = true;passing1 = 1;}}if(!valid13){const err16 = {instancePath:instancePath+"/" + i0+"/options",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}else {errors = _errs23;if(vErrors !== null){if(_errs23){vErrors.length = _errs23;}else {vErrors = null;}}}}}else {const err17 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key2 in data){if(!(pattern0.test(key2))){const err19 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err20 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate29.errors = vErrors;return errors === 0;}function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((func2.call(schema15.properties, key0)) || (pattern0.test(key0)))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.develop !== undefined){if(!(validate17(data.develop, {instancePath:instancePath+"/develop",parentData:data,parentDataProperty:"develop",rootData}))){vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);errors = vErrors.length;}}if(data.deploy !== undefined){if(!(validate23(data.deploy, {instancePath:instancePath+"/deploy",parentData:data,parentDataProperty:"deploy",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.annotations !== undefined){let data2 = data.annotations;const _errs6 = errors;let valid2 = false;let passing0 = null;const _errs7 = errors;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){if(!(pattern7.test(key1))){const err1 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}for(const key2 in data2){if(pattern7.test(key2)){let data3 = data2[key2];if((((typeof data3 !== "string") && (!(typeof data3 == "number"))) && (typeof data3 !== "boolean")) && (data3 !== null)){const err2 = {instancePath:instancePath+"/annotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema19.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}}else {const err3 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs7 === errors;if(_valid0){valid2 = true;passing0 = 0;}const _errs12 = errors;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(typeof data2[i0] !== "string"){const err4 = {instancePath:instancePath+"/annotations/" + i0,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}let i1 = data2.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data2[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err5 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;break;}indices0[item0] = i1;}}}else {const err6 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid0 = _errs12 === errors;if(_valid0 && valid2){valid2 = false;passing0 = [passing0, 1];}else {if(_valid0){valid2 = true;passing0 = 1;}}if(!valid2){const err7 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}else {errors = _errs6;if(vErrors !== null){if(_errs6){vErrors.length = _errs6;}else {vErrors = null;}}}}if(data.attach !== undefined){let data5 = data.attach;if((typeof data5 !== "boolean") && (typeof data5 !== "string")){const err8 = {instancePath:instancePath+"/attach",schemaPath:"#/properties/attach/type",keyword:"type",params:{type: schema15.properties.attach.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.build !== undefined){let data6 = data.build;const _errs19 = errors;let valid7 = false;let passing1 = null;const _errs20 = errors;if(typeof data6 !== "string"){const err9 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid1 = _errs20 === errors;if(_valid1){valid7 = true;passing1 = 0;}const _errs22 = errors;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key3 in data6){if(!((func2.call(schema15.properties.build.oneOf[1].properties, key3)) || (pattern0.test(key3)))){const err10 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data6.context !== undefined){if(typeof data6.context !== "string"){const err11 = {instancePath:instancePath+"/build/context",schemaPath:"#/properties/build/oneOf/1/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data6.dockerfile !== undefined){if(typeof data6.dockerfile !== "string"){const err12 = {instancePath:instancePath+"/build/dockerfile",schemaPath:"#/properties/build/oneOf/1/properties/dockerfile/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data6.dockerfile_inline !== undefined){if(typeof data6.dockerfile_inline !== "string"){const err13 = {instancePath:instancePath+"/build/dockerfile_inline",schemaPath:"#/properties/build/oneOf/1/properties/dockerfile_inline/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data6.entitlements !== undefined){let data10 = data6.entitlements;if(Array.isArray(data10)){const len1 = data10.length;for(let i2=0; i2<len1; i2++){if(typeof data10[i2] !== "string"){const err14 = {instancePath:instancePath+"/build/entitlements/" + i2,schemaPath:"#/properties/build/oneOf/1/properties/entitlements/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/build/entitlements",schemaPath:"#/properties/build/oneOf/1/properties/entitlements/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data6.args !== undefined){let data12 = data6.args;const _errs37 = errors;let valid12 = false;let passing2 = null;const _errs38 = errors;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key4 in data12){if(!(pattern7.test(key4))){const err16 = {instancePath:instancePath+"/build/args",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}for(const key5 in data12){if(pattern7.test(key5)){let data13 = data12[key5];if((((typeof data13 !== "string") && (!(typeof data13 == "number"))) && (typeof data13 !== "boolean")) && (data13 !== null)){const err17 = {instancePath:instancePath+"/build/args/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema19.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}}else {const err18 = {instancePath:instancePath+"/build/args",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}var _valid2 = _errs38 === errors;if(_valid2){valid12 = true;passing2 = 0;}const _errs43 = errors;if(Array.isArray(data12)){const len2 = data12.length;for(let i3=0; i3<len2; i3++){if(typeof data12[i3] !== "string"){const err19 = {instancePath:instancePath+"/build/args/" + i3,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}let i4 = data12.length;let j1;if(i4 > 1){const indices1 = {};for(;i4--;){let item1 = data12[i4];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err20 = {instancePath:instancePath+"/build/args",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;break;}indices1[item1] = i4;}}}else {const err21 = {instancePath:instancePath+"/build/args",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}var _valid2 = _errs43 === errors;if(_valid2 && valid12){valid12 = false;passing2 = [passing2, 1];}else {if(_valid2){valid12 = true;passing2 = 1;}}if(!valid12){const err22 = {instancePath:instancePath+"/build/args",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}else {errors = _errs37;if(vErrors !== null){if(_errs37){vErrors.length = _errs37;}else {vErrors = null;}}}}if(data6.ssh !== undefined){let data15 = data6.ssh;const _errs49 = errors;let valid18 = false;let passing3 = null;const _errs50 = errors;if(data15 && typeof data15 == "object" && !Array.isArray(data15)){for(const key6 in data15){if(!(pattern7.test(key6))){const err23 = {instancePath:instancePath+"/build/ssh",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}for(const key7 in data15){if(pattern7.test(key7)){let data16 = data15[key7];if((((typeof data16 !== "string") && (!(typeof data16 == "number"))) && (typeof data16 !== "boolean")) && (data16 !== null)){const err24 = {instancePath:instancePath+"/build/ssh/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema19.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}}else {const err25 = {instancePath:instancePath+"/build/ssh",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}var _valid3 = _errs50 === errors;if(_valid3){valid18 = true;passing3 = 0;}const _errs55 = errors;if(Array.isArray(data15)){const len3 = data15.length;for(let i5=0; i5<len3; i5++){if(typeof data15[i5] !== "string"){const err26 = {instancePath:instancePath+"/build/ssh/" + i5,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}let i6 = data15.length;let j2;if(i6 > 1){const indices2 = {};for(;i6--;){let item2 = data15[i6];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j2 = indices2[item2];const err27 = {instancePath:instancePath+"/build/ssh",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;break;}indices2[item2] = i6;}}}else {const err28 = {instancePath:instancePath+"/build/ssh",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}var _valid3 = _errs55 === errors;if(_valid3 && valid18){valid18 = false;passing3 = [passing3, 1];}else {if(_valid3){valid18 = true;passing3 = 1;}}if(!valid18){const err29 = {instancePath:instancePath+"/build/ssh",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}else {errors = _errs49;if(vErrors !== null){if(_errs49){vErrors.length = _errs49;}else {vErrors = null;}}}}if(data6.labels !== undefined){let data18 = data6.labels;const _errs61 = errors;let valid24 = false;let passing4 = null;const _errs62 = errors;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){for(const key8 in data18){if(!(pattern7.test(key8))){const err30 = {instancePath:instancePath+"/build/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}for(const key9 in data18){if(pattern7.test(key9)){let data19 = data18[key9];if((((typeof data19 !== "string") && (!(typeof data19 == "number"))) && (typeof data19 !== "boolean")) && (data19 !== null)){const err31 = {instancePath:instancePath+"/build/labels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema19.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}}else {const err32 = {instancePath:instancePath+"/build/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}var _valid4 = _errs62 === errors;if(_valid4){valid24 = true;passing4 = 0;}const _errs67 = errors;if(Array.isArray(data18)){const len4 = data18.length;for(let i7=0; i7<len4; i7++){if(typeof data18[i7] !== "string"){const err33 = {instancePath:instancePath+"/build/labels/" + i7,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}let i8 = data18.length;let j3;if(i8 > 1){const indices3 = {};for(;i8--;){let item3 = data18[i8];if(typeof item3 !== "string"){continue;}if(typeof indices3[item3] == "number"){j3 = indices3[item3];const err34 = {instancePath:instancePath+"/build/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i8+" are identical)"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;break;}indices3[item3] = i8;}}}else {const err35 = {instancePath:instancePath+"/build/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}var _valid4 = _errs67 === errors;if(_valid4 && valid24){valid24 = false;passing4 = [passing4, 1];}else {if(_valid4){valid24 = true;passing4 = 1;}}if(!valid24){const err36 = {instancePath:instancePath+"/build/labels",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}else {errors = _errs61;if(vErrors !== null){if(_errs61){vErrors.length = _errs61;}else {vErrors = null;}}}}if(data6.cache_from !== undefined){let data21 = data6.cache_from;if(Array.isArray(data21)){const len5 = data21.length;for(let i9=0; i9<len5; i9++){if(typeof data21[i9] !== "string"){const err37 = {instancePath:instancePath+"/build/cache_from/" + i9,schemaPath:"#/properties/build/oneOf/1/properties/cache_from/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/build/cache_from",schemaPath:"#/properties/build/oneOf/1/properties/cache_from/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data6.cache_to !== undefined){let data23 = data6.cache_to;if(Array.isArray(data23)){const len6 = data23.length;for(let i10=0; i10<len6; i10++){if(typeof data23[i10] !== "string"){const err39 = {instancePath:instancePath+"/build/cache_to/" + i10,schemaPath:"#/properties/build/oneOf/1/properties/cache_to/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath:instancePath+"/build/cache_to",schemaPath:"#/properties/build/oneOf/1/properties/cache_to/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data6.no_cache !== undefined){let data25 = data6.no_cache;if((typeof data25 !== "boolean") && (typeof data25 !== "string")){const err41 = {instancePath:instancePath+"/build/no_cache",schemaPath:"#/properties/build/oneOf/1/properties/no_cache/type",keyword:"type",params:{type: schema15.properties.build.oneOf[1].properties.no_cache.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data6.additional_contexts !== undefined){let data26 = data6.additional_contexts;const _errs83 = errors;let valid34 = false;let passing5 = null;const _errs84 = errors;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){for(const key10 in data26){if(!(pattern7.test(key10))){const err42 = {instancePath:instancePath+"/build/additional_contexts",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}for(const key11 in data26){if(pattern7.test(key11)){let data27 = data26[key11];if((((typeof data27 !== "string") && (!(typeof data27 == "number"))) && (typeof data27 !== "boolean")) && (data27 !== null)){const err43 = {instancePath:instancePath+"/build/additional_contexts/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema19.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}}else {const err44 = {instancePath:instancePath+"/build/additional_contexts",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}var _valid5 = _errs84 === errors;if(_valid5){valid34 = true;passing5 = 0;}const _errs89 = errors;if(Array.isArray(data26)){const len7 = data26.length;for(let i11=0; i11<len7; i11++){if(typeof data26[i11] !== "string"){const err45 = {instancePath:instancePath+"/build/additional_contexts/" + i11,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}let i12 = data26.length;let j4;if(i12 > 1){const indices4 = {};for(;i12--;){let item4 = data26[i12];if(typeof item4 !== "string"){continue;}if(typeof indices4[item4] == "number"){j4 = indices4[item4];const err46 = {instancePath:instancePath+"/build/additional_contexts",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i12, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i12+" are identical)"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;break;}indices4[item4] = i12;}}}else {const err47 = {instancePath:instancePath+"/build/additional_contexts",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}var _valid5 = _errs89 === errors;if(_valid5 && valid34){valid34 = false;passing5 = [passing5, 1];}else {if(_valid5){valid34 = true;passing5 = 1;}}if(!valid34){const err48 = {instancePath:instancePath+"/build/additional_contexts",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}else {errors = _errs83;if(vErrors !== null){if(_errs83){vErrors.length = _errs83;}else {vErrors = null;}}}}if(data6.network !== undefined){if(typeof data6.network !== "string"){const err49 = {instancePath:instancePath+"/build/network",schemaPath:"#/properties/build/oneOf/1/properties/network/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data6.provenance !== undefined){let data30 = data6.provenance;if((typeof data30 !== "string") && (typeof data30 !== "boolean")){const err50 = {instancePath:instancePath+"/build/provenance",schemaPath:"#/properties/build/oneOf/1/properties/provenance/type",keyword:"type",params:{type: schema15.properties.build.oneOf[1].properties.provenance.type},message:"must be string,boolean"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data6.sbom !== undefined){let data31 = data6.sbom;if((typeof data31 !== "string") && (typeof data31 !== "boolean")){const err51 = {instancePath:instancePath+"/build/sbom",schemaPath:"#/properties/build/oneOf/1/properties/sbom/type",keyword:"type",params:{type: schema15.properties.build.oneOf[1].properties.sbom.type},message:"must be string,boolean"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data6.pull !== undefined){let data32 = data6.pull;if((typeof data32 !== "boolean") && (typeof data32 !== "string")){const err52 = {instancePath:instancePath+"/build/pull",schemaPath:"#/properties/build/oneOf/1/properties/pull/type",keyword:"type",params:{type: schema15.properties.build.oneOf[1].properties.pull.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data6.target !== undefined){if(typeof data6.target !== "string"){const err53 = {instancePath:instancePath+"/build/target",schemaPath:"#/properties/build/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data6.shm_size !== undefined){let data34 = data6.shm_size;if((!((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34)))) && (typeof data34 !== "string")){const err54 = {instancePath:instancePath+"/build/shm_size",schemaPath:"#/properties/build/oneOf/1/properties/shm_size/type",keyword:"type",params:{type: schema15.properties.build.oneOf[1].properties.shm_size.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data6.extra_hosts !== undefined){let data35 = data6.extra_hosts;const _errs107 = errors;let valid40 = false;let passing6 = null;const _errs108 = errors;if(data35 && typeof data35 == "object" && !Array.isArray(data35)){for(const key12 in data35){if(!(pattern7.test(key12))){const err55 = {instancePath:instancePath+"/build/extra_hosts",schemaPath:"#/definitions/extra_hosts/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}for(const key13 in data35){if(pattern7.test(key13)){let data36 = data35[key13];const _errs112 = errors;let valid42 = false;let passing7 = null;const _errs113 = errors;if(typeof data36 !== "string"){const err56 = {instancePath:instancePath+"/build/extra_hosts/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}var _valid7 = _errs113 === errors;if(_valid7){valid42 = true;passing7 = 0;}const _errs115 = errors;if(Array.isArray(data36)){const len8 = data36.length;for(let i13=0; i13<len8; i13++){if(typeof data36[i13] !== "string"){const err57 = {instancePath:instancePath+"/build/extra_hosts/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i13,schemaPath:"#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}}else {const err58 = {instancePath:instancePath+"/build/extra_hosts/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}var _valid7 = _errs115 === errors;if(_valid7 && valid42){valid42 = false;passing7 = [passing7, 1];}else {if(_valid7){valid42 = true;passing7 = 1;}}if(!valid42){const err59 = {instancePath:instancePath+"/build/extra_hosts/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf",keyword:"oneOf",params:{passingSchemas: passing7},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}else {errors = _errs112;if(vErrors !== null){if(_errs112){vErrors.length = _errs112;}else {vErrors = null;}}}}}}else {const err60 = {instancePath:instancePath+"/build/extra_hosts",schemaPath:"#/definitions/extra_hosts/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}var _valid6 = _errs108 === errors;if(_valid6){valid40 = true;passing6 = 0;}const _errs119 = errors;if(Array.isArray(data35)){const len9 = data35.length;for(let i14=0; i14<len9; i14++){if(typeof data35[i14] !== "string"){const err61 = {instancePath:instancePath+"/build/extra_hosts/" + i14,schemaPath:"#/definitions/extra_hosts/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}let i15 = data35.length;let j5;if(i15 > 1){const indices5 = {};for(;i15--;){let item5 = data35[i15];if(typeof item5 !== "string"){continue;}if(typeof indices5[item5] == "number"){j5 = indices5[item5];const err62 = {instancePath:instancePath+"/build/extra_hosts",schemaPath:"#/definitions/extra_hosts/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i15+" are identical)"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;break;}indices5[item5] = i15;}}}else {const err63 = {instancePath:instancePath+"/build/extra_hosts",schemaPath:"#/definitions/extra_hosts/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}var _valid6 = _errs119 === errors;if(_valid6 && valid40){valid40 = false;passing6 = [passing6, 1];}else {if(_valid6){valid40 = true;passing6 = 1;}}if(!valid40){const err64 = {instancePath:instancePath+"/build/extra_hosts",schemaPath:"#/definitions/extra_hosts/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}else {errors = _errs107;if(vErrors !== null){if(_errs107){vErrors.length = _errs107;}else {vErrors = null;}}}}if(data6.isolation !== undefined){if(typeof data6.isolation !== "string"){const err65 = {instancePath:instancePath+"/build/isolation",schemaPath:"#/properties/build/oneOf/1/properties/isolation/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data6.privileged !== undefined){let data40 = data6.privileged;if((typeof data40 !== "boolean") && (typeof data40 !== "string")){const err66 = {instancePath:instancePath+"/build/privileged",schemaPath:"#/properties/build/oneOf/1/properties/privileged/type",keyword:"type",params:{type: schema15.properties.build.oneOf[1].properties.privileged.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data6.secrets !== undefined){let data41 = data6.secrets;if(Array.isArray(data41)){const len10 = data41.length;for(let i16=0; i16<len10; i16++){let data42 = data41[i16];const _errs131 = errors;let valid51 = false;let passing8 = null;const _errs132 = errors;if(typeof data42 !== "string"){const err67 = {instancePath:instancePath+"/build/secrets/" + i16,schemaPath:"#/definitions/service_config_or_secret/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}var _valid8 = _errs132 === errors;if(_valid8){valid51 = true;passing8 = 0;}const _errs134 = errors;if(data42 && typeof data42 == "object" && !Array.isArray(data42)){for(const key14 in data42){if(!((((((key14 === "source") || (key14 === "target")) || (key14 === "uid")) || (key14 === "gid")) || (key14 === "mode")) || (pattern0.test(key14)))){const err68 = {instancePath:instancePath+"/build/secrets/" + i16,schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data42.source !== undefined){if(typeof data42.source !== "string"){const err69 = {instancePath:instancePath+"/build/secrets/" + i16+"/source",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data42.target !== undefined){if(typeof data42.target !== "string"){const err70 = {instancePath:instancePath+"/build/secrets/" + i16+"/target",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data42.uid !== undefined){if(typeof data42.uid !== "string"){const err71 = {instancePath:instancePath+"/build/secrets/" + i16+"/uid",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data42.gid !== undefined){if(typeof data42.gid !== "string"){const err72 = {instancePath:instancePath+"/build/secrets/" + i16+"/gid",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/gid/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data42.mode !== undefined){let data47 = data42.mode;if((!(typeof data47 == "number")) && (typeof data47 !== "string")){const err73 = {instancePath:instancePath+"/build/secrets/" + i16+"/mode",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/mode/type",keyword:"type",params:{type: schema33.items.oneOf[1].properties.mode.type},message:"must be number,string"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}else {const err74 = {instancePath:instancePath+"/build/secrets/" + i16,schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}var _valid8 = _errs134 === errors;if(_valid8 && valid51){valid51 = false;passing8 = [passing8, 1];}else {if(_valid8){valid51 = true;passing8 = 1;}}if(!valid51){const err75 = {instancePath:instancePath+"/build/secrets/" + i16,schemaPath:"#/definitions/service_config_or_secret/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing8},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}else {errors = _errs131;if(vErrors !== null){if(_errs131){vErrors.length = _errs131;}else {vErrors = null;}}}}}else {const err76 = {instancePath:instancePath+"/build/secrets",schemaPath:"#/definitions/service_config_or_secret/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data6.tags !== undefined){let data48 = data6.tags;if(Array.isArray(data48)){const len11 = data48.length;for(let i17=0; i17<len11; i17++){if(typeof data48[i17] !== "string"){const err77 = {instancePath:instancePath+"/build/tags/" + i17,schemaPath:"#/properties/build/oneOf/1/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}}else {const err78 = {instancePath:instancePath+"/build/tags",schemaPath:"#/properties/build/oneOf/1/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data6.ulimits !== undefined){let data50 = data6.ulimits;if(data50 && typeof data50 == "object" && !Array.isArray(data50)){for(const key15 in data50){if(pattern39.test(key15)){let data51 = data50[key15];const _errs155 = errors;let valid57 = false;let passing9 = null;const _errs156 = errors;if((!((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51)))) && (typeof data51 !== "string")){const err79 = {instancePath:instancePath+"/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/0/type",keyword:"type",params:{type: schema34.patternProperties["^[a-z]+$"].oneOf[0].type},message:"must be integer,string"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}var _valid9 = _errs156 === errors;if(_valid9){valid57 = true;passing9 = 0;}const _errs158 = errors;if(data51 && typeof data51 == "object" && !Array.isArray(data51)){if(data51.soft === undefined){const err80 = {instancePath:instancePath+"/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(data51.hard === undefined){const err81 = {instancePath:instancePath+"/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}for(const key16 in data51){if(!(((key16 === "hard") || (key16 === "soft")) || (pattern0.test(key16)))){const err82 = {instancePath:instancePath+"/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data51.hard !== undefined){let data52 = data51.hard;if((!((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52)))) && (typeof data52 !== "string")){const err83 = {instancePath:instancePath+"/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/hard",schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/hard/type",keyword:"type",params:{type: schema34.patternProperties["^[a-z]+$"].oneOf[1].properties.hard.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data51.soft !== undefined){let data53 = data51.soft;if((!((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53)))) && (typeof data53 !== "string")){const err84 = {instancePath:instancePath+"/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/soft",schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/soft/type",keyword:"type",params:{type: schema34.patternProperties["^[a-z]+$"].oneOf[1].properties.soft.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}}else {const err85 = {instancePath:instancePath+"/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}var _valid9 = _errs158 === errors;if(_valid9 && valid57){valid57 = false;passing9 = [passing9, 1];}else {if(_valid9){valid57 = true;passing9 = 1;}}if(!valid57){const err86 = {instancePath:instancePath+"/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing9},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}else {errors = _errs155;if(vErrors !== null){if(_errs155){vErrors.length = _errs155;}else {vErrors = null;}}}}}}else {const err87 = {instancePath:instancePath+"/build/ulimits",schemaPath:"#/definitions/ulimits/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}if(data6.platforms !== undefined){let data54 = data6.platforms;if(Array.isArray(data54)){const len12 = data54.length;for(let i18=0; i18<len12; i18++){if(typeof data54[i18] !== "string"){const err88 = {instancePath:instancePath+"/build/platforms/" + i18,schemaPath:"#/properties/build/oneOf/1/properties/platforms/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}}else {const err89 = {instancePath:instancePath+"/build/platforms",schemaPath:"#/properties/build/oneOf/1/properties/platforms/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}}else {const err90 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}var _valid1 = _errs22 === errors;if(_valid1 && valid7){valid7 = false;passing1 = [passing1, 1];}else {if(_valid1){valid7 = true;passing1 = 1;}}if(!valid7){const err91 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}else {errors = _errs19;if(vErrors !== null){if(_errs19){vErrors.length = _errs19;}else {vErrors = null;}}}}if(data.blkio_config !== undefined){let data56 = data.blkio_config;if(data56 && typeof data56 == "object" && !Array.isArray(data56)){for(const key17 in data56){if(!((((((key17 === "device_read_bps") || (key17 === "device_read_iops")) || (key17 === "device_write_bps")) || (key17 === "device_write_iops")) || (key17 === "weight")) || (key17 === "weight_device"))){const err92 = {instancePath:instancePath+"/blkio_config",schemaPath:"#/properties/blkio_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data56.device_read_bps !== undefined){let data57 = data56.device_read_bps;if(Array.isArray(data57)){const len13 = data57.length;for(let i19=0; i19<len13; i19++){let data58 = data57[i19];if(data58 && typeof data58 == "object" && !Array.isArray(data58)){for(const key18 in data58){if(!((key18 === "path") || (key18 === "rate"))){const err93 = {instancePath:instancePath+"/blkio_config/device_read_bps/" + i19,schemaPath:"#/definitions/blkio_limit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data58.path !== undefined){if(typeof data58.path !== "string"){const err94 = {instancePath:instancePath+"/blkio_config/device_read_bps/" + i19+"/path",schemaPath:"#/definitions/blkio_limit/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data58.rate !== undefined){let data60 = data58.rate;if((!((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60)))) && (typeof data60 !== "string")){const err95 = {instancePath:instancePath+"/blkio_config/device_read_bps/" + i19+"/rate",schemaPath:"#/definitions/blkio_limit/properties/rate/type",keyword:"type",params:{type: schema35.properties.rate.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}}else {const err96 = {instancePath:instancePath+"/blkio_config/device_read_bps/" + i19,schemaPath:"#/definitions/blkio_limit/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}}else {const err97 = {instancePath:instancePath+"/blkio_config/device_read_bps",schemaPath:"#/properties/blkio_config/properties/device_read_bps/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}if(data56.device_read_iops !== undefined){let data61 = data56.device_read_iops;if(Array.isArray(data61)){const len14 = data61.length;for(let i20=0; i20<len14; i20++){let data62 = data61[i20];if(data62 && typeof data62 == "object" && !Array.isArray(data62)){for(const key19 in data62){if(!((key19 === "path") || (key19 === "rate"))){const err98 = {instancePath:instancePath+"/blkio_config/device_read_iops/" + i20,schemaPath:"#/definitions/blkio_limit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}if(data62.path !== undefined){if(typeof data62.path !== "string"){const err99 = {instancePath:instancePath+"/blkio_config/device_read_iops/" + i20+"/path",schemaPath:"#/definitions/blkio_limit/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}if(data62.rate !== undefined){let data64 = data62.rate;if((!((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64)))) && (typeof data64 !== "string")){const err100 = {instancePath:instancePath+"/blkio_config/device_read_iops/" + i20+"/rate",schemaPath:"#/definitions/blkio_limit/properties/rate/type",keyword:"type",params:{type: schema35.properties.rate.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}}else {const err101 = {instancePath:instancePath+"/blkio_config/device_read_iops/" + i20,schemaPath:"#/definitions/blkio_limit/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}}else {const err102 = {instancePath:instancePath+"/blkio_config/device_read_iops",schemaPath:"#/properties/blkio_config/properties/device_read_iops/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}if(data56.device_write_bps !== undefined){let data65 = data56.device_write_bps;if(Array.isArray(data65)){const len15 = data65.length;for(let i21=0; i21<len15; i21++){let data66 = data65[i21];if(data66 && typeof data66 == "object" && !Array.isArray(data66)){for(const key20 in data66){if(!((key20 === "path") || (key20 === "rate"))){const err103 = {instancePath:instancePath+"/blkio_config/device_write_bps/" + i21,schemaPath:"#/definitions/blkio_limit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}if(data66.path !== undefined){if(typeof data66.path !== "string"){const err104 = {instancePath:instancePath+"/blkio_config/device_write_bps/" + i21+"/path",schemaPath:"#/definitions/blkio_limit/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}if(data66.rate !== undefined){let data68 = data66.rate;if((!((typeof data68 == "number") && (!(data68 % 1) && !isNaN(data68)))) && (typeof data68 !== "string")){const err105 = {instancePath:instancePath+"/blkio_config/device_write_bps/" + i21+"/rate",schemaPath:"#/definitions/blkio_limit/properties/rate/type",keyword:"type",params:{type: schema35.properties.rate.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}}else {const err106 = {instancePath:instancePath+"/blkio_config/device_write_bps/" + i21,schemaPath:"#/definitions/blkio_limit/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}}else {const err107 = {instancePath:instancePath+"/blkio_config/device_write_bps",schemaPath:"#/properties/blkio_config/properties/device_write_bps/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}if(data56.device_write_iops !== undefined){let data69 = data56.device_write_iops;if(Array.isArray(data69)){const len16 = data69.length;for(let i22=0; i22<len16; i22++){let data70 = data69[i22];if(data70 && typeof data70 == "object" && !Array.isArray(data70)){for(const key21 in data70){if(!((key21 === "path") || (key21 === "rate"))){const err108 = {instancePath:instancePath+"/blkio_config/device_write_iops/" + i22,schemaPath:"#/definitions/blkio_limit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}if(data70.path !== undefined){if(typeof data70.path !== "string"){const err109 = {instancePath:instancePath+"/blkio_config/device_write_iops/" + i22+"/path",schemaPath:"#/definitions/blkio_limit/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}if(data70.rate !== undefined){let data72 = data70.rate;if((!((typeof data72 == "number") && (!(data72 % 1) && !isNaN(data72)))) && (typeof data72 !== "string")){const err110 = {instancePath:instancePath+"/blkio_config/device_write_iops/" + i22+"/rate",schemaPath:"#/definitions/blkio_limit/properties/rate/type",keyword:"type",params:{type: schema35.properties.rate.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}}else {const err111 = {instancePath:instancePath+"/blkio_config/device_write_iops/" + i22,schemaPath:"#/definitions/blkio_limit/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}}}else {const err112 = {instancePath:instancePath+"/blkio_config/device_write_iops",schemaPath:"#/properties/blkio_config/properties/device_write_iops/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}}if(data56.weight !== undefined){let data73 = data56.weight;if((!((typeof data73 == "number") && (!(data73 % 1) && !isNaN(data73)))) && (typeof data73 !== "string")){const err113 = {instancePath:instancePath+"/blkio_config/weight",schemaPath:"#/properties/blkio_config/properties/weight/type",keyword:"type",params:{type: schema15.properties.blkio_config.properties.weight.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}}if(data56.weight_device !== undefined){let data74 = data56.weight_device;if(Array.isArray(data74)){const len17 = data74.length;for(let i23=0; i23<len17; i23++){let data75 = data74[i23];if(data75 && typeof data75 == "object" && !Array.isArray(data75)){for(const key22 in data75){if(!((key22 === "path") || (key22 === "weight"))){const err114 = {instancePath:instancePath+"/blkio_config/weight_device/" + i23,schemaPath:"#/definitions/blkio_weight/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}if(data75.path !== undefined){if(typeof data75.path !== "string"){const err115 = {instancePath:instancePath+"/blkio_config/weight_device/" + i23+"/path",schemaPath:"#/definitions/blkio_weight/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}if(data75.weight !== undefined){let data77 = data75.weight;if((!((typeof data77 == "number") && (!(data77 % 1) && !isNaN(data77)))) && (typeof data77 !== "string")){const err116 = {instancePath:instancePath+"/blkio_config/weight_device/" + i23+"/weight",schemaPath:"#/definitions/blkio_weight/properties/weight/type",keyword:"type",params:{type: schema39.properties.weight.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}}else {const err117 = {instancePath:instancePath+"/blkio_config/weight_device/" + i23,schemaPath:"#/definitions/blkio_weight/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}}else {const err118 = {instancePath:instancePath+"/blkio_config/weight_device",schemaPath:"#/properties/blkio_config/properties/weight_device/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}}else {const err119 = {instancePath:instancePath+"/blkio_config",schemaPath:"#/properties/blkio_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}if(data.cap_add !== undefined){let data78 = data.cap_add;if(Array.isArray(data78)){const len18 = data78.length;for(let i24=0; i24<len18; i24++){if(typeof data78[i24] !== "string"){const err120 = {instancePath:instancePath+"/cap_add/" + i24,schemaPath:"#/properties/cap_add/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}}let i25 = data78.length;let j6;if(i25 > 1){const indices6 = {};for(;i25--;){let item6 = data78[i25];if(typeof item6 !== "string"){continue;}if(typeof indices6[item6] == "number"){j6 = indices6[item6];const err121 = {instancePath:instancePath+"/cap_add",schemaPath:"#/properties/cap_add/uniqueItems",keyword:"uniqueItems",params:{i: i25, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i25+" are identical)"};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;break;}indices6[item6] = i25;}}}else {const err122 = {instancePath:instancePath+"/cap_add",schemaPath:"#/properties/cap_add/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}if(data.cap_drop !== undefined){let data80 = data.cap_drop;if(Array.isArray(data80)){const len19 = data80.length;for(let i26=0; i26<len19; i26++){if(typeof data80[i26] !== "string"){const err123 = {instancePath:instancePath+"/cap_drop/" + i26,schemaPath:"#/properties/cap_drop/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}let i27 = data80.length;let j7;if(i27 > 1){const indices7 = {};for(;i27--;){let item7 = data80[i27];if(typeof item7 !== "string"){continue;}if(typeof indices7[item7] == "number"){j7 = indices7[item7];const err124 = {instancePath:instancePath+"/cap_drop",schemaPath:"#/properties/cap_drop/uniqueItems",keyword:"uniqueItems",params:{i: i27, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i27+" are identical)"};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;break;}indices7[item7] = i27;}}}else {const err125 = {instancePath:instancePath+"/cap_drop",schemaPath:"#/properties/cap_drop/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}}if(data.cgroup !== undefined){let data82 = data.cgroup;if(typeof data82 !== "string"){const err126 = {instancePath:instancePath+"/cgroup",schemaPath:"#/properties/cgroup/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}if(!((data82 === "host") || (data82 === "private"))){const err127 = {instancePath:instancePath+"/cgroup",schemaPath:"#/properties/cgroup/enum",keyword:"enum",params:{allowedValues: schema15.properties.cgroup.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}}if(data.cgroup_parent !== undefined){if(typeof data.cgroup_parent !== "string"){const err128 = {instancePath:instancePath+"/cgroup_parent",schemaPath:"#/properties/cgroup_parent/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}if(data.command !== undefined){let data84 = data.command;const _errs238 = errors;let valid89 = false;let passing10 = null;const _errs239 = errors;if(data84 !== null){const err129 = {instancePath:instancePath+"/command",schemaPath:"#/definitions/command/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}var _valid10 = _errs239 === errors;if(_valid10){valid89 = true;passing10 = 0;}const _errs241 = errors;if(typeof data84 !== "string"){const err130 = {instancePath:instancePath+"/command",schemaPath:"#/definitions/command/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}var _valid10 = _errs241 === errors;if(_valid10 && valid89){valid89 = false;passing10 = [passing10, 1];}else {if(_valid10){valid89 = true;passing10 = 1;}const _errs243 = errors;if(Array.isArray(data84)){const len20 = data84.length;for(let i28=0; i28<len20; i28++){if(typeof data84[i28] !== "string"){const err131 = {instancePath:instancePath+"/command/" + i28,schemaPath:"#/definitions/command/oneOf/2/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}}}else {const err132 = {instancePath:instancePath+"/command",schemaPath:"#/definitions/command/oneOf/2/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}var _valid10 = _errs243 === errors;if(_valid10 && valid89){valid89 = false;passing10 = [passing10, 2];}else {if(_valid10){valid89 = true;passing10 = 2;}}}if(!valid89){const err133 = {instancePath:instancePath+"/command",schemaPath:"#/definitions/command/oneOf",keyword:"oneOf",params:{passingSchemas: passing10},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}else {errors = _errs238;if(vErrors !== null){if(_errs238){vErrors.length = _errs238;}else {vErrors = null;}}}}if(data.configs !== undefined){let data86 = data.configs;if(Array.isArray(data86)){const len21 = data86.length;for(let i29=0; i29<len21; i29++){let data87 = data86[i29];const _errs251 = errors;let valid95 = false;let passing11 = null;const _errs252 = errors;if(typeof data87 !== "string"){const err134 = {instancePath:instancePath+"/configs/" + i29,schemaPath:"#/definitions/service_config_or_secret/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}var _valid11 = _errs252 === errors;if(_valid11){valid95 = true;passing11 = 0;}const _errs254 = errors;if(data87 && typeof data87 == "object" && !Array.isArray(data87)){for(const key23 in data87){if(!((((((key23 === "source") || (key23 === "target")) || (key23 === "uid")) || (key23 === "gid")) || (key23 === "mode")) || (pattern0.test(key23)))){const err135 = {instancePath:instancePath+"/configs/" + i29,schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}}if(data87.source !== undefined){if(typeof data87.source !== "string"){const err136 = {instancePath:instancePath+"/configs/" + i29+"/source",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}}if(data87.target !== undefined){if(typeof data87.target !== "string"){const err137 = {instancePath:instancePath+"/configs/" + i29+"/target",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}}if(data87.uid !== undefined){if(typeof data87.uid !== "string"){const err138 = {instancePath:instancePath+"/configs/" + i29+"/uid",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}}if(data87.gid !== undefined){if(typeof data87.gid !== "string"){const err139 = {instancePath:instancePath+"/configs/" + i29+"/gid",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/gid/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}}if(data87.mode !== undefined){let data92 = data87.mode;if((!(typeof data92 == "number")) && (typeof data92 !== "string")){const err140 = {instancePath:instancePath+"/configs/" + i29+"/mode",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/mode/type",keyword:"type",params:{type: schema33.items.oneOf[1].properties.mode.type},message:"must be number,string"};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}}}else {const err141 = {instancePath:instancePath+"/configs/" + i29,schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}var _valid11 = _errs254 === errors;if(_valid11 && valid95){valid95 = false;passing11 = [passing11, 1];}else {if(_valid11){valid95 = true;passing11 = 1;}}if(!valid95){const err142 = {instancePath:instancePath+"/configs/" + i29,schemaPath:"#/definitions/service_config_or_secret/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing11},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}else {errors = _errs251;if(vErrors !== null){if(_errs251){vErrors.length = _errs251;}else {vErrors = null;}}}}}else {const err143 = {instancePath:instancePath+"/configs",schemaPath:"#/definitions/service_config_or_secret/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}}if(data.container_name !== undefined){let data93 = data.container_name;if(typeof data93 === "string"){if(!pattern42.test(data93)){const err144 = {instancePath:instancePath+"/container_name",schemaPath:"#/properties/container_name/pattern",keyword:"pattern",params:{pattern: "[a-zA-Z0-9][a-zA-Z0-9_.-]+"},message:"must match pattern \""+"[a-zA-Z0-9][a-zA-Z0-9_.-]+"+"\""};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}}else {const err145 = {instancePath:instancePath+"/container_name",schemaPath:"#/properties/container_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}}if(data.cpu_count !== undefined){let data94 = data.cpu_count;const _errs270 = errors;let valid97 = false;let passing12 = null;const _errs271 = errors;if(typeof data94 !== "string"){const err146 = {instancePath:instancePath+"/cpu_count",schemaPath:"#/properties/cpu_count/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}var _valid12 = _errs271 === errors;if(_valid12){valid97 = true;passing12 = 0;}const _errs273 = errors;if(!((typeof data94 == "number") && (!(data94 % 1) && !isNaN(data94)))){const err147 = {instancePath:instancePath+"/cpu_count",schemaPath:"#/properties/cpu_count/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}if(typeof data94 == "number"){if(data94 < 0 || isNaN(data94)){const err148 = {instancePath:instancePath+"/cpu_count",schemaPath:"#/properties/cpu_count/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}}var _valid12 = _errs273 === errors;if(_valid12 && valid97){valid97 = false;passing12 = [passing12, 1];}else {if(_valid12){valid97 = true;passing12 = 1;}}if(!valid97){const err149 = {instancePath:instancePath+"/cpu_count",schemaPath:"#/properties/cpu_count/oneOf",keyword:"oneOf",params:{passingSchemas: passing12},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}else {errors = _errs270;if(vErrors !== null){if(_errs270){vErrors.length = _errs270;}else {vErrors = null;}}}}if(data.cpu_percent !== undefined){let data95 = data.cpu_percent;const _errs276 = errors;let valid98 = false;let passing13 = null;const _errs277 = errors;if(typeof data95 !== "string"){const err150 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}var _valid13 = _errs277 === errors;if(_valid13){valid98 = true;passing13 = 0;}const _errs279 = errors;if(!((typeof data95 == "number") && (!(data95 % 1) && !isNaN(data95)))){const err151 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}if(typeof data95 == "number"){if(data95 > 100 || isNaN(data95)){const err152 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}if(data95 < 0 || isNaN(data95)){const err153 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}}var _valid13 = _errs279 === errors;if(_valid13 && valid98){valid98 = false;passing13 = [passing13, 1];}else {if(_valid13){valid98 = true;passing13 = 1;}}if(!valid98){const err154 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf",keyword:"oneOf",params:{passingSchemas: passing13},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}else {errors = _errs276;if(vErrors !== null){if(_errs276){vErrors.length = _errs276;}else {vErrors = null;}}}}if(data.cpu_shares !== undefined){let data96 = data.cpu_shares;if((!(typeof data96 == "number")) && (typeof data96 !== "string")){const err155 = {instancePath:instancePath+"/cpu_shares",schemaPath:"#/properties/cpu_shares/type",keyword:"type",params:{type: schema15.properties.cpu_shares.type},message:"must be number,string"};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}}if(data.cpu_quota !== undefined){let data97 = data.cpu_quota;if((!(typeof data97 == "number")) && (typeof data97 !== "string")){const err156 = {instancePath:instancePath+"/cpu_quota",schemaPath:"#/properties/cpu_quota/type",keyword:"type",params:{type: schema15.properties.cpu_quota.type},message:"must be number,string"};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}}if(data.cpu_period !== undefined){let data98 = data.cpu_period;if((!(typeof data98 == "number")) && (typeof data98 !== "string")){const err157 = {instancePath:instancePath+"/cpu_period",schemaPath:"#/properties/cpu_period/type",keyword:"type",params:{type: schema15.properties.cpu_period.type},message:"must be number,string"};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}}if(data.cpu_rt_period !== undefined){let data99 = data.cpu_rt_period;if((!(typeof data99 == "number")) && (typeof data99 !== "string")){const err158 = {instancePath:instancePath+"/cpu_rt_period",schemaPath:"#/properties/cpu_rt_period/type",keyword:"type",params:{type: schema15.properties.cpu_rt_period.type},message:"must be number,string"};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}}if(data.cpu_rt_runtime !== undefined){let data100 = data.cpu_rt_runtime;if((!(typeof data100 == "number")) && (typeof data100 !== "string")){const err159 = {instancePath:instancePath+"/cpu_rt_runtime",schemaPath:"#/properties/cpu_rt_runtime/type",keyword:"type",params:{type: schema15.properties.cpu_rt_runtime.type},message:"must be number,string"};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}}if(data.cpus !== undefined){let data101 = data.cpus;if((!(typeof data101 == "number")) && (typeof data101 !== "string")){const err160 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/type",keyword:"type",params:{type: schema15.properties.cpus.type},message:"must be number,string"};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}}if(data.cpuset !== undefined){if(typeof data.cpuset !== "string"){const err161 = {instancePath:instancePath+"/cpuset",schemaPath:"#/properties/cpuset/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}}if(data.credential_spec !== undefined){let data103 = data.credential_spec;if(data103 && typeof data103 == "object" && !Array.isArray(data103)){for(const key24 in data103){if(!((((key24 === "config") || (key24 === "file")) || (key24 === "registry")) || (pattern0.test(key24)))){const err162 = {instancePath:instancePath+"/credential_spec",schemaPath:"#/properties/credential_spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}}if(data103.config !== undefined){if(typeof data103.config !== "string"){const err163 = {instancePath:instancePath+"/credential_spec/config",schemaPath:"#/properties/credential_spec/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}}if(data103.file !== undefined){if(typeof data103.file !== "string"){const err164 = {instancePath:instancePath+"/credential_spec/file",schemaPath:"#/properties/credential_spec/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}}if(data103.registry !== undefined){if(typeof data103.registry !== "string"){const err165 = {instancePath:instancePath+"/credential_spec/registry",schemaPath:"#/properties/credential_spec/properties/registry/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}}}else {const err166 = {instancePath:instancePath+"/credential_spec",schemaPath:"#/properties/credential_spec/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}}if(data.depends_on !== undefined){let data107 = data.depends_on;const _errs305 = errors;let valid100 = false;let passing14 = null;const _errs306 = errors;if(Array.isArray(data107)){const len22 = data107.length;for(let i30=0; i30<len22; i30++){if(typeof data107[i30] !== "string"){const err167 = {instancePath:instancePath+"/depends_on/" + i30,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}}let i31 = data107.length;let j8;if(i31 > 1){const indices8 = {};for(;i31--;){let item8 = data107[i31];if(typeof item8 !== "string"){continue;}if(typeof indices8[item8] == "number"){j8 = indices8[item8];const err168 = {instancePath:instancePath+"/depends_on",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i31, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i31+" are identical)"};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;break;}indices8[item8] = i31;}}}else {const err169 = {instancePath:instancePath+"/depends_on",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}var _valid14 = _errs306 === errors;if(_valid14){valid100 = true;passing14 = 0;}const _errs311 = errors;if(data107 && typeof data107 == "object" && !Array.isArray(data107)){for(const key25 in data107){if(!(pattern1.test(key25))){const err170 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}}for(const key26 in data107){if(pattern1.test(key26)){let data109 = data107[key26];if(data109 && typeof data109 == "object" && !Array.isArray(data109)){if(data109.condition === undefined){const err171 = {instancePath:instancePath+"/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/required",keyword:"required",params:{missingProperty: "condition"},message:"must have required property '"+"condition"+"'"};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}for(const key27 in data109){if(!((((key27 === "restart") || (key27 === "required")) || (key27 === "condition")) || (pattern0.test(key27)))){const err172 = {instancePath:instancePath+"/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}}if(data109.restart !== undefined){let data110 = data109.restart;if((typeof data110 !== "boolean") && (typeof data110 !== "string")){const err173 = {instancePath:instancePath+"/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/restart",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/restart/type",keyword:"type",params:{type: schema15.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.restart.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}}if(data109.required !== undefined){if(typeof data109.required !== "boolean"){const err174 = {instancePath:instancePath+"/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}}if(data109.condition !== undefined){let data112 = data109.condition;if(typeof data112 !== "string"){const err175 = {instancePath:instancePath+"/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/condition",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}if(!(((data112 === "service_started") || (data112 === "service_healthy")) || (data112 === "service_completed_successfully"))){const err176 = {instancePath:instancePath+"/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/condition",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/enum",keyword:"enum",params:{allowedValues: schema15.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}}}else {const err177 = {instancePath:instancePath+"/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}}}}else {const err178 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}var _valid14 = _errs311 === errors;if(_valid14 && valid100){valid100 = false;passing14 = [passing14, 1];}else {if(_valid14){valid100 = true;passing14 = 1;}}if(!valid100){const err179 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/oneOf",keyword:"oneOf",params:{passingSchemas: passing14},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;}else {errors = _errs305;if(vErrors !== null){if(_errs305){vErrors.length = _errs305;}else {vErrors = null;}}}}if(data.device_cgroup_rules !== undefined){let data113 = data.device_cgroup_rules;if(Array.isArray(data113)){const len23 = data113.length;for(let i32=0; i32<len23; i32++){if(typeof data113[i32] !== "string"){const err180 = {instancePath:instancePath+"/device_cgroup_rules/" + i32,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}}let i33 = data113.length;let j9;if(i33 > 1){const indices9 = {};for(;i33--;){let item9 = data113[i33];if(typeof item9 !== "string"){continue;}if(typeof indices9[item9] == "number"){j9 = indices9[item9];const err181 = {instancePath:instancePath+"/device_cgroup_rules",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i33, j: j9},message:"must NOT have duplicate items (items ## "+j9+" and "+i33+" are identical)"};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;break;}indices9[item9] = i33;}}}else {const err182 = {instancePath:instancePath+"/device_cgroup_rules",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}}if(data.devices !== undefined){let data115 = data.devices;if(Array.isArray(data115)){const len24 = data115.length;for(let i34=0; i34<len24; i34++){let data116 = data115[i34];const _errs331 = errors;let valid113 = false;let passing15 = null;const _errs332 = errors;if(typeof data116 !== "string"){const err183 = {instancePath:instancePath+"/devices/" + i34,schemaPath:"#/properties/devices/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;}var _valid15 = _errs332 === errors;if(_valid15){valid113 = true;passing15 = 0;}const _errs334 = errors;if(data116 && typeof data116 == "object" && !Array.isArray(data116)){if(data116.source === undefined){const err184 = {instancePath:instancePath+"/devices/" + i34,schemaPath:"#/properties/devices/items/oneOf/1/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}for(const key28 in data116){if(!((((key28 === "source") || (key28 === "target")) || (key28 === "permissions")) || (pattern0.test(key28)))){const err185 = {instancePath:instancePath+"/devices/" + i34,schemaPath:"#/properties/devices/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err185];}else {vErrors.push(err185);}errors++;}}if(data116.source !== undefined){if(typeof data116.source !== "string"){const err186 = {instancePath:instancePath+"/devices/" + i34+"/source",schemaPath:"#/properties/devices/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err186];}else {vErrors.push(err186);}errors++;}}if(data116.target !== undefined){if(typeof data116.target !== "string"){const err187 = {instancePath:instancePath+"/devices/" + i34+"/target",schemaPath:"#/properties/devices/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err187];}else {vErrors.push(err187);}errors++;}}if(data116.permissions !== undefined){if(typeof data116.permissions !== "string"){const err188 = {instancePath:instancePath+"/devices/" + i34+"/permissions",schemaPath:"#/properties/devices/items/oneOf/1/properties/permissions/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err188];}else {vErrors.push(err188);}errors++;}}}else {const err189 = {instancePath:instancePath+"/devices/" + i34,schemaPath:"#/properties/devices/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err189];}else {vErrors.push(err189);}errors++;}var _valid15 = _errs334 === errors;if(_valid15 && valid113){valid113 = false;passing15 = [passing15, 1];}else {if(_valid15){valid113 = true;passing15 = 1;}}if(!valid113){const err190 = {instancePath:instancePath+"/devices/" + i34,schemaPath:"#/properties/devices/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing15},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err190];}else {vErrors.push(err190);}errors++;}else {errors = _errs331;if(vErrors !== null){if(_errs331){vErrors.length = _errs331;}else {vErrors = null;}}}}}else {const err191 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err191];}else {vErrors.push(err191);}errors++;}}if(data.dns !== undefined){if(!(validate12(data.dns, {instancePath:instancePath+"/dns",parentData:data,parentDataProperty:"dns",rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}if(data.dns_opt !== undefined){let data121 = data.dns_opt;if(Array.isArray(data121)){const len25 = data121.length;for(let i35=0; i35<len25; i35++){if(typeof data121[i35] !== "string"){const err192 = {instancePath:instancePath+"/dns_opt/" + i35,schemaPath:"#/properties/dns_opt/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err192];}else {vErrors.push(err192);}errors++;}}let i36 = data121.length;let j10;if(i36 > 1){const indices10 = {};for(;i36--;){let item10 = data121[i36];if(typeof item10 !== "string"){continue;}if(typeof indices10[item10] == "number"){j10 = indices10[item10];const err193 = {instancePath:instancePath+"/dns_opt",schemaPath:"#/properties/dns_opt/uniqueItems",keyword:"uniqueItems",params:{i: i36, j: j10},message:"must NOT have duplicate items (items ## "+j10+" and "+i36+" are identical)"};if(vErrors === null){vErrors = [err193];}else {vErrors.push(err193);}errors++;break;}indices10[item10] = i36;}}}else {const err194 = {instancePath:instancePath+"/dns_opt",schemaPath:"#/properties/dns_opt/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err194];}else {vErrors.push(err194);}errors++;}}if(data.dns_search !== undefined){if(!(validate12(data.dns_search, {instancePath:instancePath+"/dns_search",parentData:data,parentDataProperty:"dns_search",rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}if(data.domainname !== undefined){if(typeof data.domainname !== "string"){const err195 = {instancePath:instancePath+"/domainname",schemaPath:"#/properties/domainname/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err195];}else {vErrors.push(err195);}errors++;}}if(data.entrypoint !== undefined){let data125 = data.entrypoint;const _errs353 = errors;let valid119 = false;let passing16 = null;const _errs354 = errors;if(data125 !== null){const err196 = {instancePath:instancePath+"/entrypoint",schemaPath:"#/definitions/command/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err196];}else {vErrors.push(err196);}errors++;}var _valid16 = _errs354 === errors;if(_valid16){valid119 = true;passing16 = 0;}const _errs356 = errors;if(typeof data125 !== "string"){const err197 = {instancePath:instancePath+"/entrypoint",schemaPath:"#/definitions/command/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err197];}else {vErrors.push(err197);}errors++;}var _valid16 = _errs356 === errors;if(_valid16 && valid119){valid119 = false;passing16 = [passing16, 1];}else {if(_valid16){valid119 = true;passing16 = 1;}const _errs358 = errors;if(Array.isArray(data125)){const len26 = data125.length;for(let i37=0; i37<len26; i37++){if(typeof data125[i37] !== "string"){const err198 = {instancePath:instancePath+"/entrypoint/" + i37,schemaPath:"#/definitions/command/oneOf/2/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err198];}else {vErrors.push(err198);}errors++;}}}else {const err199 = {instancePath:instancePath+"/entrypoint",schemaPath:"#/definitions/command/oneOf/2/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err199];}else {vErrors.push(err199);}errors++;}var _valid16 = _errs358 === errors;if(_valid16 && valid119){valid119 = false;passing16 = [passing16, 2];}else {if(_valid16){valid119 = true;passing16 = 2;}}}if(!valid119){const err200 = {instancePath:instancePath+"/entrypoint",schemaPath:"#/definitions/command/oneOf",keyword:"oneOf",params:{passingSchemas: passing16},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err200];}else {vErrors.push(err200);}errors++;}else {errors = _errs353;if(vErrors !== null){if(_errs353){vErrors.length = _errs353;}else {vErrors = null;}}}}if(data.env_file !== undefined){let data127 = data.env_file;const _errs364 = errors;let valid123 = false;let passing17 = null;const _errs365 = errors;if(typeof data127 !== "string"){const err201 = {instancePath:instancePath+"/env_file",schemaPath:"#/definitions/env_file/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err201];}else {vErrors.push(err201);}errors++;}var _valid17 = _errs365 === errors;if(_valid17){valid123 = true;passing17 = 0;}const _errs367 = errors;if(Array.isArray(data127)){const len27 = data127.length;for(let i38=0; i38<len27; i38++){let data128 = data127[i38];const _errs370 = errors;let valid126 = false;let passing18 = null;const _errs371 = errors;if(typeof data128 !== "string"){const err202 = {instancePath:instancePath+"/env_file/" + i38,schemaPath:"#/definitions/env_file/oneOf/1/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err202];}else {vErrors.push(err202);}errors++;}var _valid18 = _errs371 === errors;if(_valid18){valid126 = true;passing18 = 0;}const _errs373 = errors;if(data128 && typeof data128 == "object" && !Array.isArray(data128)){if(data128.path === undefined){const err203 = {instancePath:instancePath+"/env_file/" + i38,schemaPath:"#/definitions/env_file/oneOf/1/items/oneOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err203];}else {vErrors.push(err203);}errors++;}for(const key29 in data128){if(!(((key29 === "path") || (key29 === "format")) || (key29 === "required"))){const err204 = {instancePath:instancePath+"/env_file/" + i38,schemaPath:"#/definitions/env_file/oneOf/1/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err204];}else {vErrors.push(err204);}errors++;}}if(data128.path !== undefined){if(typeof data128.path !== "string"){const err205 = {instancePath:instancePath+"/env_file/" + i38+"/path",schemaPath:"#/definitions/env_file/oneOf/1/items/oneOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err205];}else {vErrors.push(err205);}errors++;}}if(data128.format !== undefined){if(typeof data128.format !== "string"){const err206 = {instancePath:instancePath+"/env_file/" + i38+"/format",schemaPath:"#/definitions/env_file/oneOf/1/items/oneOf/1/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err206];}else {vErrors.push(err206);}errors++;}}if(data128.required !== undefined){let data131 = data128.required;if((typeof data131 !== "boolean") && (typeof data131 !== "string")){const err207 = {instancePath:instancePath+"/env_file/" + i38+"/required",schemaPath:"#/definitions/env_file/oneOf/1/items/oneOf/1/properties/required/type",keyword:"type",params:{type: schema45.oneOf[1].items.oneOf[1].properties.required.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err207];}else {vErrors.push(err207);}errors++;}}}else {const err208 = {instancePath:instancePath+"/env_file/" + i38,schemaPath:"#/definitions/env_file/oneOf/1/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err208];}else {vErrors.push(err208);}errors++;}var _valid18 = _errs373 === errors;if(_valid18 && valid126){valid126 = false;passing18 = [passing18, 1];}else {if(_valid18){valid126 = true;passing18 = 1;}}if(!valid126){const err209 = {instancePath:instancePath+"/env_file/" + i38,schemaPath:"#/definitions/env_file/oneOf/1/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing18},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err209];}else {vErrors.push(err209);}errors++;}else {errors = _errs370;if(vErrors !== null){if(_errs370){vErrors.length = _errs370;}else {vErrors = null;}}}}}else {const err210 = {instancePath:instancePath+"/env_file",schemaPath:"#/definitions/env_file/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err210];}else {vErrors.push(err210);}errors++;}var _valid17 = _errs367 === errors;if(_valid17 && valid123){valid123 = false;passing17 = [passing17, 1];}else {if(_valid17){valid123 = true;passing17 = 1;}}if(!valid123){const err211 = {instancePath:instancePath+"/env_file",schemaPath:"#/definitions/env_file/oneOf",keyword:"oneOf",params:{passingSchemas: passing17},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err211];}else {vErrors.push(err211);}errors++;}else {errors = _errs364;if(vErrors !== null){if(_errs364){vErrors.length = _errs364;}else {vErrors = null;}}}}if(data.label_file !== undefined){let data132 = data.label_file;const _errs384 = errors;let valid129 = false;let passing19 = null;const _errs385 = errors;if(typeof data132 !== "string"){const err212 = {instancePath:instancePath+"/label_file",schemaPath:"#/definitions/label_file/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err212];}else {vErrors.push(err212);}errors++;}var _valid19 = _errs385 === errors;if(_valid19){valid129 = true;passing19 = 0;}const _errs387 = errors;if(Array.isArray(data132)){const len28 = data132.length;for(let i39=0; i39<len28; i39++){if(typeof data132[i39] !== "string"){const err213 = {instancePath:instancePath+"/label_file/" + i39,schemaPath:"#/definitions/label_file/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err213];}else {vErrors.push(err213);}errors++;}}}else {const err214 = {instancePath:instancePath+"/label_file",schemaPath:"#/definitions/label_file/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err214];}else {vErrors.push(err214);}errors++;}var _valid19 = _errs387 === errors;if(_valid19 && valid129){valid129 = false;passing19 = [passing19, 1];}else {if(_valid19){valid129 = true;passing19 = 1;}}if(!valid129){const err215 = {instancePath:instancePath+"/label_file",schemaPath:"#/definitions/label_file/oneOf",keyword:"oneOf",params:{passingSchemas: passing19},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err215];}else {vErrors.push(err215);}errors++;}else {errors = _errs384;if(vErrors !== null){if(_errs384){vErrors.length = _errs384;}else {vErrors = null;}}}}if(data.environment !== undefined){let data134 = data.environment;const _errs393 = errors;let valid133 = false;let passing20 = null;const _errs394 = errors;if(data134 && typeof data134 == "object" && !Array.isArray(data134)){for(const key30 in data134){if(!(pattern7.test(key30))){const err216 = {instancePath:instancePath+"/environment",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err216];}else {vErrors.push(err216);}errors++;}}for(const key31 in data134){if(pattern7.test(key31)){let data135 = data134[key31];if((((typeof data135 !== "string") && (!(typeof data135 == "number"))) && (typeof data135 !== "boolean")) && (data135 !== null)){const err217 = {instancePath:instancePath+"/environment/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema19.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err217];}else {vErrors.push(err217);}errors++;}}}}else {const err218 = {instancePath:instancePath+"/environment",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err218];}else {vErrors.push(err218);}errors++;}var _valid20 = _errs394 === errors;if(_valid20){valid133 = true;passing20 = 0;}const _errs399 = errors;if(Array.isArray(data134)){const len29 = data134.length;for(let i40=0; i40<len29; i40++){if(typeof data134[i40] !== "string"){const err219 = {instancePath:instancePath+"/environment/" + i40,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err219];}else {vErrors.push(err219);}errors++;}}let i41 = data134.length;let j11;if(i41 > 1){const indices11 = {};for(;i41--;){let item11 = data134[i41];if(typeof item11 !== "string"){continue;}if(typeof indices11[item11] == "number"){j11 = indices11[item11];const err220 = {instancePath:instancePath+"/environment",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i41, j: j11},message:"must NOT have duplicate items (items ## "+j11+" and "+i41+" are identical)"};if(vErrors === null){vErrors = [err220];}else {vErrors.push(err220);}errors++;break;}indices11[item11] = i41;}}}else {const err221 = {instancePath:instancePath+"/environment",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err221];}else {vErrors.push(err221);}errors++;}var _valid20 = _errs399 === errors;if(_valid20 && valid133){valid133 = false;passing20 = [passing20, 1];}else {if(_valid20){valid133 = true;passing20 = 1;}}if(!valid133){const err222 = {instancePath:instancePath+"/environment",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing20},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err222];}else {vErrors.push(err222);}errors++;}else {errors = _errs393;if(vErrors !== null){if(_errs393){vErrors.length = _errs393;}else {vErrors = null;}}}}if(data.expose !== undefined){let data137 = data.expose;if(Array.isArray(data137)){const len30 = data137.length;for(let i42=0; i42<len30; i42++){let data138 = data137[i42];if((typeof data138 !== "string") && (!(typeof data138 == "number"))){const err223 = {instancePath:instancePath+"/expose/" + i42,schemaPath:"#/properties/expose/items/type",keyword:"type",params:{type: schema15.properties.expose.items.type},message:"must be string,number"};if(vErrors === null){vErrors = [err223];}else {vErrors.push(err223);}errors++;}}let i43 = data137.length;let j12;if(i43 > 1){const indices12 = {};for(;i43--;){let item12 = data137[i43];if((typeof item12 !== "string") && (!(typeof item12 == "number"))){continue;}if(typeof item12 == "string"){item12 += "_";}if(typeof indices12[item12] == "number"){j12 = indices12[item12];const err224 = {instancePath:instancePath+"/expose",schemaPath:"#/properties/expose/uniqueItems",keyword:"uniqueItems",params:{i: i43, j: j12},message:"must NOT have duplicate items (items ## "+j12+" and "+i43+" are identical)"};if(vErrors === null){vErrors = [err224];}else {vErrors.push(err224);}errors++;break;}indices12[item12] = i43;}}}else {const err225 = {instancePath:instancePath+"/expose",schemaPath:"#/properties/expose/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err225];}else {vErrors.push(err225);}errors++;}}if(data.extends !== undefined){let data139 = data.extends;const _errs408 = errors;let valid141 = false;let passing21 = null;const _errs409 = errors;if(typeof data139 !== "string"){const err226 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err226];}else {vErrors.push(err226);}errors++;}var _valid21 = _errs409 === errors;if(_valid21){valid141 = true;passing21 = 0;}const _errs411 = errors;if(data139 && typeof data139 == "object" && !Array.isArray(data139)){if(data139.service === undefined){const err227 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'"};if(vErrors === null){vErrors = [err227];}else {vErrors.push(err227);}errors++;}for(const key32 in data139){if(!((key32 === "service") || (key32 === "file"))){const err228 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err228];}else {vErrors.push(err228);}errors++;}}if(data139.service !== undefined){if(typeof data139.service !== "string"){const err229 = {instancePath:instancePath+"/extends/service",schemaPath:"#/properties/extends/oneOf/1/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err229];}else {vErrors.push(err229);}errors++;}}if(data139.file !== undefined){if(typeof data139.file !== "string"){const err230 = {instancePath:instancePath+"/extends/file",schemaPath:"#/properties/extends/oneOf/1/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err230];}else {vErrors.push(err230);}errors++;}}}else {const err231 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err231];}else {vErrors.push(err231);}errors++;}var _valid21 = _errs411 === errors;if(_valid21 && valid141){valid141 = false;passing21 = [passing21, 1];}else {if(_valid21){valid141 = true;passing21 = 1;}}if(!valid141){const err232 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf",keyword:"oneOf",params:{passingSchemas: passing21},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err232];}else {vErrors.push(err232);}errors++;}else {errors = _errs408;if(vErrors !== null){if(_errs408){vErrors.length = _errs408;}else {vErrors = null;}}}}if(data.provider !== undefined){let data142 = data.provider;if(data142 && typeof data142 == "object" && !Array.isArray(data142)){if(data142.type === undefined){const err233 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err233];}else {vErrors.push(err233);}errors++;}for(const key33 in data142){if(!(((key33 === "type") || (key33 === "options")) || (pattern0.test(key33)))){const err234 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err234];}else {vErrors.push(err234);}errors++;}}if(data142.type !== undefined){if(typeof data142.type !== "string"){const err235 = {instancePath:instancePath+"/provider/type",schemaPath:"#/properties/provider/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err235];}else {vErrors.push(err235);}errors++;}}if(data142.options !== undefined){let data144 = data142.options;if(data144 && typeof data144 == "object" && !Array.isArray(data144)){for(const key34 in data144){if(pattern51.test(key34)){let data145 = data144[key34];const _errs426 = errors;let valid145 = false;let passing22 = null;const _errs427 = errors;if(((typeof data145 !== "string") && (!(typeof data145 == "number"))) && (typeof data145 !== "boolean")){const err236 = {instancePath:instancePath+"/provider/options/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf/0/type",keyword:"type",params:{type: schema15.properties.provider.properties.options.patternProperties["^.+$"].oneOf[0].type},message:"must be string,number,boolean"};if(vErrors === null){vErrors = [err236];}else {vErrors.push(err236);}errors++;}var _valid22 = _errs427 === errors;if(_valid22){valid145 = true;passing22 = 0;}const _errs429 = errors;if(Array.isArray(data145)){const len31 = data145.length;for(let i44=0; i44<len31; i44++){let data146 = data145[i44];if(((typeof data146 !== "string") && (!(typeof data146 == "number"))) && (typeof data146 !== "boolean")){const err237 = {instancePath:instancePath+"/provider/options/" + key34.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i44,schemaPath:"#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf/1/items/type",keyword:"type",params:{type: schema15.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1].items.type},message:"must be string,number,boolean"};if(vErrors === null){vErrors = [err237];}else {vErrors.push(err237);}errors++;}}}else {const err238 = {instancePath:instancePath+"/provider/options/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err238];}else {vErrors.push(err238);}errors++;}var _valid22 = _errs429 === errors;if(_valid22 && valid145){valid145 = false;passing22 = [passing22, 1];}else {if(_valid22){valid145 = true;passing22 = 1;}}if(!valid145){const err239 = {instancePath:instancePath+"/provider/options/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing22},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err239];}else {vErrors.push(err239);}errors++;}else {errors = _errs426;if(vErrors !== null){if(_errs426){vErrors.length = _errs426;}else {vErrors = null;}}}}}}else {const err240 = {instancePath:instancePath+"/provider/options",schemaPath:"#/properties/provider/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err240];}else {vErrors.push(err240);}errors++;}}}else {const err241 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err241];}else {vErrors.push(err241);}errors++;}}if(data.external_links !== undefined){let data147 = data.external_links;if(Array.isArray(data147)){const len32 = data147.length;for(let i45=0; i45<len32; i45++){if(typeof data147[i45] !== "string"){const err242 = {instancePath:instancePath+"/external_links/" + i45,schemaPath:"#/properties/external_links/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err242];}else {vErrors.push(err242);}errors++;}}let i46 = data147.length;let j13;if(i46 > 1){const indices13 = {};for(;i46--;){let item13 = data147[i46];if(typeof item13 !== "string"){continue;}if(typeof indices13[item13] == "number"){j13 = indices13[item13];const err243 = {instancePath:instancePath+"/external_links",schemaPath:"#/properties/external_links/uniqueItems",keyword:"uniqueItems",params:{i: i46, j: j13},message:"must NOT have duplicate items (items ## "+j13+" and "+i46+" are identical)"};if(vErrors === null){vErrors = [err243];}else {vErrors.push(err243);}errors++;break;}indices13[item13] = i46;}}}else {const err244 = {instancePath:instancePath+"/external_links",schemaPath:"#/properties/external_links/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err244];}else {vErrors.push(err244);}errors++;}}if(data.extra_hosts !== undefined){let data149 = data.extra_hosts;const _errs439 = errors;let valid152 = false;let passing23 = null;const _errs440 = errors;if(data149 && typeof data149 == "object" && !Array.isArray(data149)){for(const key35 in data149){if(!(pattern7.test(key35))){const err245 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/definitions/extra_hosts/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err245];}else {vErrors.push(err245);}errors++;}}for(const key36 in data149){if(pattern7.test(key36)){let data150 = data149[key36];const _errs444 = errors;let valid154 = false;let passing24 = null;const _errs445 = errors;if(typeof data150 !== "string"){const err246 = {instancePath:instancePath+"/extra_hosts/" + key36.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err246];}else {vErrors.push(err246);}errors++;}var _valid24 = _errs445 === errors;if(_valid24){valid154 = true;passing24 = 0;}const _errs447 = errors;if(Array.isArray(data150)){const len33 = data150.length;for(let i47=0; i47<len33; i47++){if(typeof data150[i47] !== "string"){const err247 = {instancePath:instancePath+"/extra_hosts/" + key36.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i47,schemaPath:"#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err247];}else {vErrors.push(err247);}errors++;}}}else {const err248 = {instancePath:instancePath+"/extra_hosts/" + key36.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err248];}else {vErrors.push(err248);}errors++;}var _valid24 = _errs447 === errors;if(_valid24 && valid154){valid154 = false;passing24 = [passing24, 1];}else {if(_valid24){valid154 = true;passing24 = 1;}}if(!valid154){const err249 = {instancePath:instancePath+"/extra_hosts/" + key36.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf",keyword:"oneOf",params:{passingSchemas: passing24},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err249];}else {vErrors.push(err249);}errors++;}else {errors = _errs444;if(vErrors !== null){if(_errs444){vErrors.length = _errs444;}else {vErrors = null;}}}}}}else {const err250 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/definitions/extra_hosts/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err250];}else {vErrors.push(err250);}errors++;}var _valid23 = _errs440 === errors;if(_valid23){valid152 = true;passing23 = 0;}const _errs451 = errors;if(Array.isArray(data149)){const len34 = data149.length;for(let i48=0; i48<len34; i48++){if(typeof data149[i48] !== "string"){const err251 = {instancePath:instancePath+"/extra_hosts/" + i48,schemaPath:"#/definitions/extra_hosts/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err251];}else {vErrors.push(err251);}errors++;}}let i49 = data149.length;let j14;if(i49 > 1){const indices14 = {};for(;i49--;){let item14 = data149[i49];if(typeof item14 !== "string"){continue;}if(typeof indices14[item14] == "number"){j14 = indices14[item14];const err252 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/definitions/extra_hosts/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i49, j: j14},message:"must NOT have duplicate items (items ## "+j14+" and "+i49+" are identical)"};if(vErrors === null){vErrors = [err252];}else {vErrors.push(err252);}errors++;break;}indices14[item14] = i49;}}}else {const err253 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/definitions/extra_hosts/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err253];}else {vErrors.push(err253);}errors++;}var _valid23 = _errs451 === errors;if(_valid23 && valid152){valid152 = false;passing23 = [passing23, 1];}else {if(_valid23){valid152 = true;passing23 = 1;}}if(!valid152){const err254 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/definitions/extra_hosts/oneOf",keyword:"oneOf",params:{passingSchemas: passing23},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err254];}else {vErrors.push(err254);}errors++;}else {errors = _errs439;if(vErrors !== null){if(_errs439){vErrors.length = _errs439;}else {vErrors = null;}}}}if(data.gpus !== undefined){if(!(validate29(data.gpus, {instancePath:instancePath+"/gpus",parentData:data,parentDataProperty:"gpus",rootData}))){vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);errors = vErrors.length;}}if(data.group_add !== undefined){let data154 = data.group_add;if(Array.isArray(data154)){const len35 = data154.length;for(let i50=0; i50<len35; i50++){let data155 = data154[i50];if((typeof data155 !== "string") && (!(typeof data155 == "number"))){const err255 = {instancePath:instancePath+"/group_add/" + i50,schemaPath:"#/properties/group_add/items/type",keyword:"type",params:{type: schema15.properties.group_add.items.type},message:"must be string,number"};if(vErrors === null){vErrors = [err255];}else {vErrors.push(err255);}errors++;}}let i51 = data154.length;let j15;if(i51 > 1){const indices15 = {};for(;i51--;){let item15 = data154[i51];if((typeof item15 !== "string") && (!(typeof item15 == "number"))){continue;}if(typeof item15 == "string"){item15 += "_";}if(typeof indices15[item15] == "number"){j15 = indices15[item15];const err256 = {instancePath:instancePath+"/group_add",schemaPath:"#/properties/group_add/uniqueItems",keyword:"uniqueItems",params:{i: i51, j: j15},message:"must NOT have duplicate items (items ## "+j15+" and "+i51+" are identical)"};if(vErrors === null){vErrors = [err256];}else {vErrors.push(err256);}errors++;break;}indices15[item15] = i51;}}}else {const err257 = {instancePath:instancePath+"/group_add",schemaPath:"#/properties/group_add/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err257];}else {vErrors.push(err257);}errors++;}}if(data.healthcheck !== undefined){let data156 = data.healthcheck;if(data156 && typeof data156 == "object" && !Array.isArray(data156)){for(const key37 in data156){if(!((((((((key37 === "disable") || (key37 === "interval")) || (key37 === "retries")) || (key37 === "test")) || (key37 === "timeout")) || (key37 === "start_period")) || (key37 === "start_interval")) || (pattern0.test(key37)))){const err258 = {instancePath:instancePath+"/healthcheck",schemaPath:"#/definitions/healthcheck/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err258];}else {vErrors.push(err258);}errors++;}}if(data156.disable !== undefined){let data157 = data156.disable;if((typeof data157 !== "boolean") && (typeof data157 !== "string")){const err259 = {instancePath:instancePath+"/healthcheck/disable",schemaPath:"#/definitions/healthcheck/properties/disable/type",keyword:"type",params:{type: schema53.properties.disable.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err259];}else {vErrors.push(err259);}errors++;}}if(data156.interval !== undefined){if(typeof data156.interval !== "string"){const err260 = {instancePath:instancePath+"/healthcheck/interval",schemaPath:"#/definitions/healthcheck/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err260];}else {vErrors.push(err260);}errors++;}}if(data156.retries !== undefined){let data159 = data156.retries;if((!(typeof data159 == "number")) && (typeof data159 !== "string")){const err261 = {instancePath:instancePath+"/healthcheck/retries",schemaPath:"#/definitions/healthcheck/properties/retries/type",keyword:"type",params:{type: schema53.properties.retries.type},message:"must be number,string"};if(vErrors === null){vErrors = [err261];}else {vErrors.push(err261);}errors++;}}if(data156.test !== undefined){let data160 = data156.test;const _errs471 = errors;let valid165 = false;let passing25 = null;const _errs472 = errors;if(typeof data160 !== "string"){const err262 = {instancePath:instancePath+"/healthcheck/test",schemaPath:"#/definitions/healthcheck/properties/test/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err262];}else {vErrors.push(err262);}errors++;}var _valid25 = _errs472 === errors;if(_valid25){valid165 = true;passing25 = 0;}const _errs474 = errors;if(Array.isArray(data160)){const len36 = data160.length;for(let i52=0; i52<len36; i52++){if(typeof data160[i52] !== "string"){const err263 = {instancePath:instancePath+"/healthcheck/test/" + i52,schemaPath:"#/definitions/healthcheck/properties/test/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err263];}else {vErrors.push(err263);}errors++;}}}else {const err264 = {instancePath:instancePath+"/healthcheck/test",schemaPath:"#/definitions/healthcheck/properties/test/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err264];}else {vErrors.push(err264);}errors++;}var _valid25 = _errs474 === errors;if(_valid25 && valid165){valid165 = false;passing25 = [passing25, 1];}else {if(_valid25){valid165 = true;passing25 = 1;}}if(!valid165){const err265 = {instancePath:instancePath+"/healthcheck/test",schemaPath:"#/definitions/healthcheck/properties/test/oneOf",keyword:"oneOf",params:{passingSchemas: passing25},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err265];}else {vErrors.push(err265);}errors++;}else {errors = _errs471;if(vErrors !== null){if(_errs471){vErrors.length = _errs471;}else {vErrors = null;}}}}if(data156.timeout !== undefined){if(typeof data156.timeout !== "string"){const err266 = {instancePath:instancePath+"/healthcheck/timeout",schemaPath:"#/definitions/healthcheck/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err266];}else {vErrors.push(err266);}errors++;}}if(data156.start_period !== undefined){if(typeof data156.start_period !== "string"){const err267 = {instancePath:instancePath+"/healthcheck/start_period",schemaPath:"#/definitions/healthcheck/properties/start_period/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err267];}else {vErrors.push(err267);}errors++;}}if(data156.start_interval !== undefined){if(typeof data156.start_interval !== "string"){const err268 = {instancePath:instancePath+"/healthcheck/start_interval",schemaPath:"#/definitions/healthcheck/properties/start_interval/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err268];}else {vErrors.push(err268);}errors++;}}}else {const err269 = {instancePath:instancePath+"/healthcheck",schemaPath:"#/definitions/healthcheck/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err269];}else {vErrors.push(err269);}errors++;}}if(data.hostname !== undefined){if(typeof data.hostname !== "string"){const err270 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err270];}else {vErrors.push(err270);}errors++;}}if(data.image !== undefined){if(typeof data.image !== "string"){const err271 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err271];}else {vErrors.push(err271);}errors++;}}if(data.init !== undefined){let data167 = data.init;if((typeof data167 !== "boolean") && (typeof data167 !== "string")){const err272 = {instancePath:instancePath+"/init",schemaPath:"#/properties/init/type",keyword:"type",params:{type: schema15.properties.init.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err272];}else {vErrors.push(err272);}errors++;}}if(data.ipc !== undefined){if(typeof data.ipc !== "string"){const err273 = {instancePath:instancePath+"/ipc",schemaPath:"#/properties/ipc/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err273];}else {vErrors.push(err273);}errors++;}}if(data.isolation !== undefined){if(typeof data.isolation !== "string"){const err274 = {instancePath:instancePath+"/isolation",schemaPath:"#/properties/isolation/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err274];}else {vErrors.push(err274);}errors++;}}if(data.labels !== undefined){let data170 = data.labels;const _errs496 = errors;let valid169 = false;let passing26 = null;const _errs497 = errors;if(data170 && typeof data170 == "object" && !Array.isArray(data170)){for(const key38 in data170){if(!(pattern7.test(key38))){const err275 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err275];}else {vErrors.push(err275);}errors++;}}for(const key39 in data170){if(pattern7.test(key39)){let data171 = data170[key39];if((((typeof data171 !== "string") && (!(typeof data171 == "number"))) && (typeof data171 !== "boolean")) && (data171 !== null)){const err276 = {instancePath:instancePath+"/labels/" + key39.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema19.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err276];}else {vErrors.push(err276);}errors++;}}}}else {const err277 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err277];}else {vErrors.push(err277);}errors++;}var _valid26 = _errs497 === errors;if(_valid26){valid169 = true;passing26 = 0;}const _errs502 = errors;if(Array.isArray(data170)){const len37 = data170.length;for(let i53=0; i53<len37; i53++){if(typeof data170[i53] !== "string"){const err278 = {instancePath:instancePath+"/labels/" + i53,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err278];}else {vErrors.push(err278);}errors++;}}let i54 = data170.length;let j16;if(i54 > 1){const indices16 = {};for(;i54--;){let item16 = data170[i54];if(typeof item16 !== "string"){continue;}if(typeof indices16[item16] == "number"){j16 = indices16[item16];const err279 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i54, j: j16},message:"must NOT have duplicate items (items ## "+j16+" and "+i54+" are identical)"};if(vErrors === null){vErrors = [err279];}else {vErrors.push(err279);}errors++;break;}indices16[item16] = i54;}}}else {const err280 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err280];}else {vErrors.push(err280);}errors++;}var _valid26 = _errs502 === errors;if(_valid26 && valid169){valid169 = false;passing26 = [passing26, 1];}else {if(_valid26){valid169 = true;passing26 = 1;}}if(!valid169){const err281 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing26},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err281];}else {vErrors.push(err281);}errors++;}else {errors = _errs496;if(vErrors !== null){if(_errs496){vErrors.length = _errs496;}else {vErrors = null;}}}}if(data.links !== undefined){let data173 = data.links;if(Array.isArray(data173)){const len38 = data173.length;for(let i55=0; i55<len38; i55++){if(typeof data173[i55] !== "string"){const err282 = {instancePath:instancePath+"/links/" + i55,schemaPath:"#/properties/links/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err282];}else {vErrors.push(err282);}errors++;}}let i56 = data173.length;let j17;if(i56 > 1){const indices17 = {};for(;i56--;){let item17 = data173[i56];if(typeof item17 !== "string"){continue;}if(typeof indices17[item17] == "number"){j17 = indices17[item17];const err283 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/uniqueItems",keyword:"uniqueItems",params:{i: i56, j: j17},message:"must NOT have duplicate items (items ## "+j17+" and "+i56+" are identical)"};if(vErrors === null){vErrors = [err283];}else {vErrors.push(err283);}errors++;break;}indices17[item17] = i56;}}}else {const err284 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err284];}else {vErrors.push(err284);}errors++;}}if(data.logging !== undefined){let data175 = data.logging;if(data175 && typeof data175 == "object" && !Array.isArray(data175)){for(const key40 in data175){if(!(((key40 === "driver") || (key40 === "options")) || (pattern0.test(key40)))){const err285 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err285];}else {vErrors.push(err285);}errors++;}}if(data175.driver !== undefined){if(typeof data175.driver !== "string"){const err286 = {instancePath:instancePath+"/logging/driver",schemaPath:"#/properties/logging/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err286];}else {vErrors.push(err286);}errors++;}}if(data175.options !== undefined){let data177 = data175.options;if(data177 && typeof data177 == "object" && !Array.isArray(data177)){for(const key41 in data177){if(pattern51.test(key41)){let data178 = data177[key41];if(((typeof data178 !== "string") && (!(typeof data178 == "number"))) && (data178 !== null)){const err287 = {instancePath:instancePath+"/logging/options/" + key41.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/logging/properties/options/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema15.properties.logging.properties.options.patternProperties["^.+$"].type},message:"must be string,number,null"};if(vErrors === null){vErrors = [err287];}else {vErrors.push(err287);}errors++;}}}}else {const err288 = {instancePath:instancePath+"/logging/options",schemaPath:"#/properties/logging/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err288];}else {vErrors.push(err288);}errors++;}}}else {const err289 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err289];}else {vErrors.push(err289);}errors++;}}if(data.mac_address !== undefined){if(typeof data.mac_address !== "string"){const err290 = {instancePath:instancePath+"/mac_address",schemaPath:"#/properties/mac_address/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err290];}else {vErrors.push(err290);}errors++;}}if(data.mem_limit !== undefined){let data180 = data.mem_limit;if((!(typeof data180 == "number")) && (typeof data180 !== "string")){const err291 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/properties/mem_limit/type",keyword:"type",params:{type: schema15.properties.mem_limit.type},message:"must be number,string"};if(vErrors === null){vErrors = [err291];}else {vErrors.push(err291);}errors++;}}if(data.mem_reservation !== undefined){let data181 = data.mem_reservation;if((typeof data181 !== "string") && (!((typeof data181 == "number") && (!(data181 % 1) && !isNaN(data181))))){const err292 = {instancePath:instancePath+"/mem_reservation",schemaPath:"#/properties/mem_reservation/type",keyword:"type",params:{type: schema15.properties.mem_reservation.type},message:"must be string,integer"};if(vErrors === null){vErrors = [err292];}else {vErrors.push(err292);}errors++;}}if(data.mem_swappiness !== undefined){let data182 = data.mem_swappiness;if((!((typeof data182 == "number") && (!(data182 % 1) && !isNaN(data182)))) && (typeof data182 !== "string")){const err293 = {instancePath:instancePath+"/mem_swappiness",schemaPath:"#/properties/mem_swappiness/type",keyword:"type",params:{type: schema15.properties.mem_swappiness.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err293];}else {vErrors.push(err293);}errors++;}}if(data.memswap_limit !== undefined){let data183 = data.memswap_limit;if((!(typeof data183 == "number")) && (typeof data183 !== "string")){const err294 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/properties/memswap_limit/type",keyword:"type",params:{type: schema15.properties.memswap_limit.type},message:"must be number,string"};if(vErrors === null){vErrors = [err294];}else {vErrors.push(err294);}errors++;}}if(data.network_mode !== undefined){if(typeof data.network_mode !== "string"){const err295 = {instancePath:instancePath+"/network_mode",schemaPath:"#/properties/network_mode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err295];}else {vErrors.push(err295);}errors++;}}if(data.models !== undefined){let data185 = data.models;const _errs532 = errors;let valid179 = false;let passing27 = null;const _errs533 = errors;if(Array.isArray(data185)){const len39 = data185.length;for(let i57=0; i57<len39; i57++){if(typeof data185[i57] !== "string"){const err296 = {instancePath:instancePath+"/models/" + i57,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err296];}else {vErrors.push(err296);}errors++;}}let i58 = data185.length;let j18;if(i58 > 1){const indices18 = {};for(;i58--;){let item18 = data185[i58];if(typeof item18 !== "string"){continue;}if(typeof indices18[item18] == "number"){j18 = indices18[item18];const err297 = {instancePath:instancePath+"/models",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i58, j: j18},message:"must NOT have duplicate items (items ## "+j18+" and "+i58+" are identical)"};if(vErrors === null){vErrors = [err297];}else {vErrors.push(err297);}errors++;break;}indices18[item18] = i58;}}}else {const err298 = {instancePath:instancePath+"/models",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err298];}else {vErrors.push(err298);}errors++;}var _valid27 = _errs533 === errors;if(_valid27){valid179 = true;passing27 = 0;}const _errs538 = errors;if(data185 && typeof data185 == "object" && !Array.isArray(data185)){for(const key42 in data185){if(pattern1.test(key42)){let data187 = data185[key42];if(data187 && typeof data187 == "object" && !Array.isArray(data187)){for(const key43 in data187){if(!(((key43 === "endpoint_var") || (key43 === "model_var")) || (pattern0.test(key43)))){const err299 = {instancePath:instancePath+"/models/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err299];}else {vErrors.push(err299);}errors++;}}if(data187.endpoint_var !== undefined){if(typeof data187.endpoint_var !== "string"){const err300 = {instancePath:instancePath+"/models/" + key42.replace(/~/g, "~0").replace(/\//g, "~1")+"/endpoint_var",schemaPath:"#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/endpoint_var/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err300];}else {vErrors.push(err300);}errors++;}}if(data187.model_var !== undefined){if(typeof data187.model_var !== "string"){const err301 = {instancePath:instancePath+"/models/" + key42.replace(/~/g, "~0").replace(/\//g, "~1")+"/model_var",schemaPath:"#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/model_var/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err301];}else {vErrors.push(err301);}errors++;}}}else {const err302 = {instancePath:instancePath+"/models/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err302];}else {vErrors.push(err302);}errors++;}}}}else {const err303 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err303];}else {vErrors.push(err303);}errors++;}var _valid27 = _errs538 === errors;if(_valid27 && valid179){valid179 = false;passing27 = [passing27, 1];}else {if(_valid27){valid179 = true;passing27 = 1;}}if(!valid179){const err304 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/oneOf",keyword:"oneOf",params:{passingSchemas: passing27},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err304];}else {vErrors.push(err304);}errors++;}else {errors = _errs532;if(vErrors !== null){if(_errs532){vErrors.length = _errs532;}else {vErrors = null;}}}}if(data.networks !== undefined){let data190 = data.networks;const _errs548 = errors;let valid186 = false;let passing28 = null;const _errs549 = errors;if(Array.isArray(data190)){const len40 = data190.length;for(let i59=0; i59<len40; i59++){if(typeof data190[i59] !== "string"){const err305 = {instancePath:instancePath+"/networks/" + i59,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err305];}else {vErrors.push(err305);}errors++;}}let i60 = data190.length;let j19;if(i60 > 1){const indices19 = {};for(;i60--;){let item19 = data190[i60];if(typeof item19 !== "string"){continue;}if(typeof indices19[item19] == "number"){j19 = indices19[item19];const err306 = {instancePath:instancePath+"/networks",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i60, j: j19},message:"must NOT have duplicate items (items ## "+j19+" and "+i60+" are identical)"};if(vErrors === null){vErrors = [err306];}else {vErrors.push(err306);}errors++;break;}indices19[item19] = i60;}}}else {const err307 = {instancePath:instancePath+"/networks",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err307];}else {vErrors.push(err307);}errors++;}var _valid28 = _errs549 === errors;if(_valid28){valid186 = true;passing28 = 0;}const _errs554 = errors;if(data190 && typeof data190 == "object" && !Array.isArray(data190)){for(const key44 in data190){if(!(pattern1.test(key44))){const err308 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key44},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err308];}else {vErrors.push(err308);}errors++;}}for(const key45 in data190){if(pattern1.test(key45)){let data192 = data190[key45];const _errs558 = errors;let valid192 = false;let passing29 = null;const _errs559 = errors;if(data192 && typeof data192 == "object" && !Array.isArray(data192)){for(const key46 in data192){if(!((func2.call(schema15.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties, key46)) || (pattern0.test(key46)))){const err309 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err309];}else {vErrors.push(err309);}errors++;}}if(data192.aliases !== undefined){let data193 = data192.aliases;if(Array.isArray(data193)){const len41 = data193.length;for(let i61=0; i61<len41; i61++){if(typeof data193[i61] !== "string"){const err310 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases/" + i61,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err310];}else {vErrors.push(err310);}errors++;}}let i62 = data193.length;let j20;if(i62 > 1){const indices20 = {};for(;i62--;){let item20 = data193[i62];if(typeof item20 !== "string"){continue;}if(typeof indices20[item20] == "number"){j20 = indices20[item20];const err311 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i62, j: j20},message:"must NOT have duplicate items (items ## "+j20+" and "+i62+" are identical)"};if(vErrors === null){vErrors = [err311];}else {vErrors.push(err311);}errors++;break;}indices20[item20] = i62;}}}else {const err312 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err312];}else {vErrors.push(err312);}errors++;}}if(data192.interface_name !== undefined){if(typeof data192.interface_name !== "string"){const err313 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/interface_name",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/interface_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err313];}else {vErrors.push(err313);}errors++;}}if(data192.ipv4_address !== undefined){if(typeof data192.ipv4_address !== "string"){const err314 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipv4_address",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/ipv4_address/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err314];}else {vErrors.push(err314);}errors++;}}if(data192.ipv6_address !== undefined){if(typeof data192.ipv6_address !== "string"){const err315 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipv6_address",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/ipv6_address/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err315];}else {vErrors.push(err315);}errors++;}}if(data192.link_local_ips !== undefined){let data198 = data192.link_local_ips;if(Array.isArray(data198)){const len42 = data198.length;for(let i63=0; i63<len42; i63++){if(typeof data198[i63] !== "string"){const err316 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/link_local_ips/" + i63,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err316];}else {vErrors.push(err316);}errors++;}}let i64 = data198.length;let j21;if(i64 > 1){const indices21 = {};for(;i64--;){let item21 = data198[i64];if(typeof item21 !== "string"){continue;}if(typeof indices21[item21] == "number"){j21 = indices21[item21];const err317 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/link_local_ips",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i64, j: j21},message:"must NOT have duplicate items (items ## "+j21+" and "+i64+" are identical)"};if(vErrors === null){vErrors = [err317];}else {vErrors.push(err317);}errors++;break;}indices21[item21] = i64;}}}else {const err318 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/link_local_ips",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err318];}else {vErrors.push(err318);}errors++;}}if(data192.mac_address !== undefined){if(typeof data192.mac_address !== "string"){const err319 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/mac_address",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/mac_address/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err319];}else {vErrors.push(err319);}errors++;}}if(data192.driver_opts !== undefined){let data201 = data192.driver_opts;if(data201 && typeof data201 == "object" && !Array.isArray(data201)){for(const key47 in data201){if(pattern51.test(key47)){let data202 = data201[key47];if((typeof data202 !== "string") && (!(typeof data202 == "number"))){const err320 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/driver_opts/" + key47.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/driver_opts/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema15.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts.patternProperties["^.+$"].type},message:"must be string,number"};if(vErrors === null){vErrors = [err320];}else {vErrors.push(err320);}errors++;}}}}else {const err321 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/driver_opts",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/driver_opts/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err321];}else {vErrors.push(err321);}errors++;}}if(data192.priority !== undefined){if(!(typeof data192.priority == "number")){const err322 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/priority/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err322];}else {vErrors.push(err322);}errors++;}}if(data192.gw_priority !== undefined){if(!(typeof data192.gw_priority == "number")){const err323 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/gw_priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/gw_priority/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err323];}else {vErrors.push(err323);}errors++;}}}else {const err324 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err324];}else {vErrors.push(err324);}errors++;}var _valid29 = _errs559 === errors;if(_valid29){valid192 = true;passing29 = 0;}const _errs588 = errors;if(data192 !== null){const err325 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err325];}else {vErrors.push(err325);}errors++;}var _valid29 = _errs588 === errors;if(_valid29 && valid192){valid192 = false;passing29 = [passing29, 1];}else {if(_valid29){valid192 = true;passing29 = 1;}}if(!valid192){const err326 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing29},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err326];}else {vErrors.push(err326);}errors++;}else {errors = _errs558;if(vErrors !== null){if(_errs558){vErrors.length = _errs558;}else {vErrors = null;}}}}}}else {const err327 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err327];}else {vErrors.push(err327);}errors++;}var _valid28 = _errs554 === errors;if(_valid28 && valid186){valid186 = false;passing28 = [passing28, 1];}else {if(_valid28){valid186 = true;passing28 = 1;}}if(!valid186){const err328 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/oneOf",keyword:"oneOf",params:{passingSchemas: passing28},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err328];}else {vErrors.push(err328);}errors++;}else {errors = _errs548;if(vErrors !== null){if(_errs548){vErrors.length = _errs548;}else {vErrors = null;}}}}if(data.oom_kill_disable !== undefined){let data205 = data.oom_kill_disable;if((typeof data205 !== "boolean") && (typeof data205 !== "string")){const err329 = {instancePath:instancePath+"/oom_kill_disable",schemaPath:"#/properties/oom_kill_disable/type",keyword:"type",params:{type: schema15.properties.oom_kill_disable.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err329];}else {vErrors.push(err329);}errors++;}}if(data.oom_score_adj !== undefined){let data206 = data.oom_score_adj;const _errs593 = errors;let valid203 = false;let passing30 = null;const _errs594 = errors;if(typeof data206 !== "string"){const err330 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err330];}else {vErrors.push(err330);}errors++;}var _valid30 = _errs594 === errors;if(_valid30){valid203 = true;passing30 = 0;}const _errs596 = errors;if(!((typeof data206 == "number") && (!(data206 % 1) && !isNaN(data206)))){const err331 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err331];}else {vErrors.push(err331);}errors++;}if(typeof data206 == "number"){if(data206 > 1000 || isNaN(data206)){const err332 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};if(vErrors === null){vErrors = [err332];}else {vErrors.push(err332);}errors++;}if(data206 < -1000 || isNaN(data206)){const err333 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000},message:"must be >= -1000"};if(vErrors === null){vErrors = [err333];}else {vErrors.push(err333);}errors++;}}var _valid30 = _errs596 === errors;if(_valid30 && valid203){valid203 = false;passing30 = [passing30, 1];}else {if(_valid30){valid203 = true;passing30 = 1;}}if(!valid203){const err334 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf",keyword:"oneOf",params:{passingSchemas: passing30},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err334];}else {vErrors.push(err334);}errors++;}else {errors = _errs593;if(vErrors !== null){if(_errs593){vErrors.length = _errs593;}else {vErrors = null;}}}}if(data.pid !== undefined){let data207 = data.pid;if((typeof data207 !== "string") && (data207 !== null)){const err335 = {instancePath:instancePath+"/pid",schemaPath:"#/properties/pid/type",keyword:"type",params:{type: schema15.properties.pid.type},message:"must be string,null"};if(vErrors === null){vErrors = [err335];}else {vErrors.push(err335);}errors++;}}if(data.pids_limit !== undefined){let data208 = data.pids_limit;if((!(typeof data208 == "number")) && (typeof data208 !== "string")){const err336 = {instancePath:instancePath+"/pids_limit",schemaPath:"#/properties/pids_limit/type",keyword:"type",params:{type: schema15.properties.pids_limit.type},message:"must be number,string"};if(vErrors === null){vErrors = [err336];}else {vErrors.push(err336);}errors++;}}if(data.platform !== undefined){if(typeof data.platform !== "string"){const err337 = {instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err337];}else {vErrors.push(err337);}errors++;}}if(data.ports !== undefined){let data210 = data.ports;if(Array.isArray(data210)){const len43 = data210.length;for(let i65=0; i65<len43; i65++){let data211 = data210[i65];const _errs607 = errors;let valid206 = false;let passing31 = null;const _errs608 = errors;if(!(typeof data211 == "number")){const err338 = {instancePath:instancePath+"/ports/" + i65,schemaPath:"#/properties/ports/items/oneOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err338];}else {vErrors.push(err338);}errors++;}var _valid31 = _errs608 === errors;if(_valid31){valid206 = true;passing31 = 0;}const _errs610 = errors;if(typeof data211 !== "string"){const err339 = {instancePath:instancePath+"/ports/" + i65,schemaPath:"#/properties/ports/items/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err339];}else {vErrors.push(err339);}errors++;}var _valid31 = _errs610 === errors;if(_valid31 && valid206){valid206 = false;passing31 = [passing31, 1];}else {if(_valid31){valid206 = true;passing31 = 1;}const _errs612 = errors;if(data211 && typeof data211 == "object" && !Array.isArray(data211)){for(const key48 in data211){if(!((((((((key48 === "name") || (key48 === "mode")) || (key48 === "host_ip")) || (key48 === "target")) || (key48 === "published")) || (key48 === "protocol")) || (key48 === "app_protocol")) || (pattern0.test(key48)))){const err340 = {instancePath:instancePath+"/ports/" + i65,schemaPath:"#/properties/ports/items/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key48},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err340];}else {vErrors.push(err340);}errors++;}}if(data211.name !== undefined){if(typeof data211.name !== "string"){const err341 = {instancePath:instancePath+"/ports/" + i65+"/name",schemaPath:"#/properties/ports/items/oneOf/2/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err341];}else {vErrors.push(err341);}errors++;}}if(data211.mode !== undefined){if(typeof data211.mode !== "string"){const err342 = {instancePath:instancePath+"/ports/" + i65+"/mode",schemaPath:"#/properties/ports/items/oneOf/2/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err342];}else {vErrors.push(err342);}errors++;}}if(data211.host_ip !== undefined){if(typeof data211.host_ip !== "string"){const err343 = {instancePath:instancePath+"/ports/" + i65+"/host_ip",schemaPath:"#/properties/ports/items/oneOf/2/properties/host_ip/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err343];}else {vErrors.push(err343);}errors++;}}if(data211.target !== undefined){let data215 = data211.target;if((!((typeof data215 == "number") && (!(data215 % 1) && !isNaN(data215)))) && (typeof data215 !== "string")){const err344 = {instancePath:instancePath+"/ports/" + i65+"/target",schemaPath:"#/properties/ports/items/oneOf/2/properties/target/type",keyword:"type",params:{type: schema15.properties.ports.items.oneOf[2].properties.target.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err344];}else {vErrors.push(err344);}errors++;}}if(data211.published !== undefined){let data216 = data211.published;if((typeof data216 !== "string") && (!((typeof data216 == "number") && (!(data216 % 1) && !isNaN(data216))))){const err345 = {instancePath:instancePath+"/ports/" + i65+"/published",schemaPath:"#/properties/ports/items/oneOf/2/properties/published/type",keyword:"type",params:{type: schema15.properties.ports.items.oneOf[2].properties.published.type},message:"must be string,integer"};if(vErrors === null){vErrors = [err345];}else {vErrors.push(err345);}errors++;}}if(data211.protocol !== undefined){if(typeof data211.protocol !== "string"){const err346 = {instancePath:instancePath+"/ports/" + i65+"/protocol",schemaPath:"#/properties/ports/items/oneOf/2/properties/protocol/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err346];}else {vErrors.push(err346);}errors++;}}if(data211.app_protocol !== undefined){if(typeof data211.app_protocol !== "string"){const err347 = {instancePath:instancePath+"/ports/" + i65+"/app_protocol",schemaPath:"#/properties/ports/items/oneOf/2/properties/app_protocol/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err347];}else {vErrors.push(err347);}errors++;}}}else {const err348 = {instancePath:instancePath+"/ports/" + i65,schemaPath:"#/properties/ports/items/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err348];}else {vErrors.push(err348);}errors++;}var _valid31 = _errs612 === errors;if(_valid31 && valid206){valid206 = false;passing31 = [passing31, 2];}else {if(_valid31){valid206 = true;passing31 = 2;}}}if(!valid206){const err349 = {instancePath:instancePath+"/ports/" + i65,schemaPath:"#/properties/ports/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing31},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err349];}else {vErrors.push(err349);}errors++;}else {errors = _errs607;if(vErrors !== null){if(_errs607){vErrors.length = _errs607;}else {vErrors = null;}}}}let i66 = data210.length;let j22;if(i66 > 1){outer0:for(;i66--;){for(j22 = i66; j22--;){if(func0(data210[i66], data210[j22])){const err350 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/uniqueItems",keyword:"uniqueItems",params:{i: i66, j: j22},message:"must NOT have duplicate items (items ## "+j22+" and "+i66+" are identical)"};if(vErrors === null){vErrors = [err350];}else {vErrors.push(err350);}errors++;break outer0;}}}}}else {const err351 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err351];}else {vErrors.push(err351);}errors++;}}if(data.post_start !== undefined){let data219 = data.post_start;if(Array.isArray(data219)){const len44 = data219.length;for(let i67=0; i67<len44; i67++){if(!(validate20(data219[i67], {instancePath:instancePath+"/post_start/" + i67,parentData:data219,parentDataProperty:i67,rootData}))){vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);errors = vErrors.length;}}}else {const err352 = {instancePath:instancePath+"/post_start",schemaPath:"#/properties/post_start/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err352];}else {vErrors.push(err352);}errors++;}}if(data.pre_stop !== undefined){let data221 = data.pre_stop;if(Array.isArray(data221)){const len45 = data221.length;for(let i68=0; i68<len45; i68++){if(!(validate20(data221[i68], {instancePath:instancePath+"/pre_stop/" + i68,parentData:data221,parentDataProperty:i68,rootData}))){vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);errors = vErrors.length;}}}else {const err353 = {instancePath:instancePath+"/pre_stop",schemaPath:"#/properties/pre_stop/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err353];}else {vErrors.push(err353);}errors++;}}if(data.privileged !== undefined){let data223 = data.privileged;if((typeof data223 !== "boolean") && (typeof data223 !== "string")){const err354 = {instancePath:instancePath+"/privileged",schemaPath:"#/properties/privileged/type",keyword:"type",params:{type: schema15.properties.privileged.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err354];}else {vErrors.push(err354);}errors++;}}if(data.profiles !== undefined){let data224 = data.profiles;if(Array.isArray(data224)){const len46 = data224.length;for(let i69=0; i69<len46; i69++){if(typeof data224[i69] !== "string"){const err355 = {instancePath:instancePath+"/profiles/" + i69,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err355];}else {vErrors.push(err355);}errors++;}}let i70 = data224.length;let j23;if(i70 > 1){const indices22 = {};for(;i70--;){let item22 = data224[i70];if(typeof item22 !== "string"){continue;}if(typeof indices22[item22] == "number"){j23 = indices22[item22];const err356 = {instancePath:instancePath+"/profiles",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i70, j: j23},message:"must NOT have duplicate items (items ## "+j23+" and "+i70+" are identical)"};if(vErrors === null){vErrors = [err356];}else {vErrors.push(err356);}errors++;break;}indices22[item22] = i70;}}}else {const err357 = {instancePath:instancePath+"/profiles",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err357];}else {vErrors.push(err357);}errors++;}}if(data.pull_policy !== undefined){let data226 = data.pull_policy;if(typeof data226 === "string"){if(!pattern69.test(data226)){const err358 = {instancePath:instancePath+"/pull_policy",schemaPath:"#/properties/pull_policy/pattern",keyword:"pattern",params:{pattern: "always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+"},message:"must match pattern \""+"always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+"+"\""};if(vErrors === null){vErrors = [err358];}else {vErrors.push(err358);}errors++;}}else {const err359 = {instancePath:instancePath+"/pull_policy",schemaPath:"#/properties/pull_policy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err359];}else {vErrors.push(err359);}errors++;}}if(data.pull_refresh_after !== undefined){if(typeof data.pull_refresh_after !== "string"){const err360 = {instancePath:instancePath+"/pull_refresh_after",schemaPath:"#/properties/pull_refresh_after/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err360];}else {vErrors.push(err360);}errors++;}}if(data.read_only !== undefined){let data228 = data.read_only;if((typeof data228 !== "boolean") && (typeof data228 !== "string")){const err361 = {instancePath:instancePath+"/read_only",schemaPath:"#/properties/read_only/type",keyword:"type",params:{type: schema15.properties.read_only.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err361];}else {vErrors.push(err361);}errors++;}}if(data.restart !== undefined){if(typeof data.restart !== "string"){const err362 = {instancePath:instancePath+"/restart",schemaPath:"#/properties/restart/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err362];}else {vErrors.push(err362);}errors++;}}if(data.runtime !== undefined){if(typeof data.runtime !== "string"){const err363 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err363];}else {vErrors.push(err363);}errors++;}}if(data.scale !== undefined){let data231 = data.scale;if((!((typeof data231 == "number") && (!(data231 % 1) && !isNaN(data231)))) && (typeof data231 !== "string")){const err364 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/type",keyword:"type",params:{type: schema15.properties.scale.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err364];}else {vErrors.push(err364);}errors++;}}if(data.security_opt !== undefined){let data232 = data.security_opt;if(Array.isArray(data232)){const len47 = data232.length;for(let i71=0; i71<len47; i71++){if(typeof data232[i71] !== "string"){const err365 = {instancePath:instancePath+"/security_opt/" + i71,schemaPath:"#/properties/security_opt/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err365];}else {vErrors.push(err365);}errors++;}}let i72 = data232.length;let j24;if(i72 > 1){const indices23 = {};for(;i72--;){let item23 = data232[i72];if(typeof item23 !== "string"){continue;}if(typeof indices23[item23] == "number"){j24 = indices23[item23];const err366 = {instancePath:instancePath+"/security_opt",schemaPath:"#/properties/security_opt/uniqueItems",keyword:"uniqueItems",params:{i: i72, j: j24},message:"must NOT have duplicate items (items ## "+j24+" and "+i72+" are identical)"};if(vErrors === null){vErrors = [err366];}else {vErrors.push(err366);}errors++;break;}indices23[item23] = i72;}}}else {const err367 = {instancePath:instancePath+"/security_opt",schemaPath:"#/properties/security_opt/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err367];}else {vErrors.push(err367);}errors++;}}if(data.shm_size !== undefined){let data234 = data.shm_size;if((!(typeof data234 == "number")) && (typeof data234 !== "string")){const err368 = {instancePath:instancePath+"/shm_size",schemaPath:"#/properties/shm_size/type",keyword:"type",params:{type: schema15.properties.shm_size.type},message:"must be number,string"};if(vErrors === null){vErrors = [err368];}else {vErrors.push(err368);}errors++;}}if(data.secrets !== undefined){let data235 = data.secrets;if(Array.isArray(data235)){const len48 = data235.length;for(let i73=0; i73<len48; i73++){let data236 = data235[i73];const _errs664 = errors;let valid223 = false;let passing32 = null;const _errs665 = errors;if(typeof data236 !== "string"){const err369 = {instancePath:instancePath+"/secrets/" + i73,schemaPath:"#/definitions/service_config_or_secret/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err369];}else {vErrors.push(err369);}errors++;}var _valid32 = _errs665 === errors;if(_valid32){valid223 = true;passing32 = 0;}const _errs667 = errors;if(data236 && typeof data236 == "object" && !Array.isArray(data236)){for(const key49 in data236){if(!((((((key49 === "source") || (key49 === "target")) || (key49 === "uid")) || (key49 === "gid")) || (key49 === "mode")) || (pattern0.test(key49)))){const err370 = {instancePath:instancePath+"/secrets/" + i73,schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key49},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err370];}else {vErrors.push(err370);}errors++;}}if(data236.source !== undefined){if(typeof data236.source !== "string"){const err371 = {instancePath:instancePath+"/secrets/" + i73+"/source",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err371];}else {vErrors.push(err371);}errors++;}}if(data236.target !== undefined){if(typeof data236.target !== "string"){const err372 = {instancePath:instancePath+"/secrets/" + i73+"/target",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err372];}else {vErrors.push(err372);}errors++;}}if(data236.uid !== undefined){if(typeof data236.uid !== "string"){const err373 = {instancePath:instancePath+"/secrets/" + i73+"/uid",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err373];}else {vErrors.push(err373);}errors++;}}if(data236.gid !== undefined){if(typeof data236.gid !== "string"){const err374 = {instancePath:instancePath+"/secrets/" + i73+"/gid",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/gid/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err374];}else {vErrors.push(err374);}errors++;}}if(data236.mode !== undefined){let data241 = data236.mode;if((!(typeof data241 == "number")) && (typeof data241 !== "string")){const err375 = {instancePath:instancePath+"/secrets/" + i73+"/mode",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/mode/type",keyword:"type",params:{type: schema33.items.oneOf[1].properties.mode.type},message:"must be number,string"};if(vErrors === null){vErrors = [err375];}else {vErrors.push(err375);}errors++;}}}else {const err376 = {instancePath:instancePath+"/secrets/" + i73,schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err376];}else {vErrors.push(err376);}errors++;}var _valid32 = _errs667 === errors;if(_valid32 && valid223){valid223 = false;passing32 = [passing32, 1];}else {if(_valid32){valid223 = true;passing32 = 1;}}if(!valid223){const err377 = {instancePath:instancePath+"/secrets/" + i73,schemaPath:"#/definitions/service_config_or_secret/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing32},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err377];}else {vErrors.push(err377);}errors++;}else {errors = _errs664;if(vErrors !== null){if(_errs664){vErrors.length = _errs664;}else {vErrors = null;}}}}}else {const err378 = {instancePath:instancePath+"/secrets",schemaPath:"#/definitions/service_config_or_secret/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err378];}else {vErrors.push(err378);}errors++;}}if(data.sysctls !== undefined){let data242 = data.sysctls;const _errs682 = errors;let valid226 = false;let passing33 = null;const _errs683 = errors;if(data242 && typeof data242 == "object" && !Array.isArray(data242)){for(const key50 in data242){if(!(pattern7.test(key50))){const err379 = {instancePath:instancePath+"/sysctls",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key50},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err379];}else {vErrors.push(err379);}errors++;}}for(const key51 in data242){if(pattern7.test(key51)){let data243 = data242[key51];if((((typeof data243 !== "string") && (!(typeof data243 == "number"))) && (typeof data243 !== "boolean")) && (data243 !== null)){const err380 = {instancePath:instancePath+"/sysctls/" + key51.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema19.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err380];}else {vErrors.push(err380);}errors++;}}}}else {const err381 = {instancePath:instancePath+"/sysctls",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err381];}else {vErrors.push(err381);}errors++;}var _valid33 = _errs683 === errors;if(_valid33){valid226 = true;passing33 = 0;}const _errs688 = errors;if(Array.isArray(data242)){const len49 = data242.length;for(let i74=0; i74<len49; i74++){if(typeof data242[i74] !== "string"){const err382 = {instancePath:instancePath+"/sysctls/" + i74,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err382];}else {vErrors.push(err382);}errors++;}}let i75 = data242.length;let j25;if(i75 > 1){const indices24 = {};for(;i75--;){let item24 = data242[i75];if(typeof item24 !== "string"){continue;}if(typeof indices24[item24] == "number"){j25 = indices24[item24];const err383 = {instancePath:instancePath+"/sysctls",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i75, j: j25},message:"must NOT have duplicate items (items ## "+j25+" and "+i75+" are identical)"};if(vErrors === null){vErrors = [err383];}else {vErrors.push(err383);}errors++;break;}indices24[item24] = i75;}}}else {const err384 = {instancePath:instancePath+"/sysctls",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err384];}else {vErrors.push(err384);}errors++;}var _valid33 = _errs688 === errors;if(_valid33 && valid226){valid226 = false;passing33 = [passing33, 1];}else {if(_valid33){valid226 = true;passing33 = 1;}}if(!valid226){const err385 = {instancePath:instancePath+"/sysctls",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing33},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err385];}else {vErrors.push(err385);}errors++;}else {errors = _errs682;if(vErrors !== null){if(_errs682){vErrors.length = _errs682;}else {vErrors = null;}}}}if(data.stdin_open !== undefined){let data245 = data.stdin_open;if((typeof data245 !== "boolean") && (typeof data245 !== "string")){const err386 = {instancePath:instancePath+"/stdin_open",schemaPath:"#/properties/stdin_open/type",keyword:"type",params:{type: schema15.properties.stdin_open.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err386];}else {vErrors.push(err386);}errors++;}}if(data.stop_grace_period !== undefined){if(typeof data.stop_grace_period !== "string"){const err387 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/properties/stop_grace_period/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err387];}else {vErrors.push(err387);}errors++;}}if(data.stop_signal !== undefined){if(typeof data.stop_signal !== "string"){const err388 = {instancePath:instancePath+"/stop_signal",schemaPath:"#/properties/stop_signal/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err388];}else {vErrors.push(err388);}errors++;}}if(data.storage_opt !== undefined){let data248 = data.storage_opt;if(!(data248 && typeof data248 == "object" && !Array.isArray(data248))){const err389 = {instancePath:instancePath+"/storage_opt",schemaPath:"#/properties/storage_opt/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err389];}else {vErrors.push(err389);}errors++;}}if(data.tmpfs !== undefined){if(!(validate12(data.tmpfs, {instancePath:instancePath+"/tmpfs",parentData:data,parentDataProperty:"tmpfs",rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}if(data.tty !== undefined){let data250 = data.tty;if((typeof data250 !== "boolean") && (typeof data250 !== "string")){const err390 = {instancePath:instancePath+"/tty",schemaPath:"#/properties/tty/type",keyword:"type",params:{type: schema15.properties.tty.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err390];}else {vErrors.push(err390);}errors++;}}if(data.ulimits !== undefined){let data251 = data.ulimits;if(data251 && typeof data251 == "object" && !Array.isArray(data251)){for(const key52 in data251){if(pattern39.test(key52)){let data252 = data251[key52];const _errs707 = errors;let valid233 = false;let passing34 = null;const _errs708 = errors;if((!((typeof data252 == "number") && (!(data252 % 1) && !isNaN(data252)))) && (typeof data252 !== "string")){const err391 = {instancePath:instancePath+"/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/0/type",keyword:"type",params:{type: schema34.patternProperties["^[a-z]+$"].oneOf[0].type},message:"must be integer,string"};if(vErrors === null){vErrors = [err391];}else {vErrors.push(err391);}errors++;}var _valid34 = _errs708 === errors;if(_valid34){valid233 = true;passing34 = 0;}const _errs710 = errors;if(data252 && typeof data252 == "object" && !Array.isArray(data252)){if(data252.soft === undefined){const err392 = {instancePath:instancePath+"/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'"};if(vErrors === null){vErrors = [err392];}else {vErrors.push(err392);}errors++;}if(data252.hard === undefined){const err393 = {instancePath:instancePath+"/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'"};if(vErrors === null){vErrors = [err393];}else {vErrors.push(err393);}errors++;}for(const key53 in data252){if(!(((key53 === "hard") || (key53 === "soft")) || (pattern0.test(key53)))){const err394 = {instancePath:instancePath+"/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key53},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err394];}else {vErrors.push(err394);}errors++;}}if(data252.hard !== undefined){let data253 = data252.hard;if((!((typeof data253 == "number") && (!(data253 % 1) && !isNaN(data253)))) && (typeof data253 !== "string")){const err395 = {instancePath:instancePath+"/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1")+"/hard",schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/hard/type",keyword:"type",params:{type: schema34.patternProperties["^[a-z]+$"].oneOf[1].properties.hard.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err395];}else {vErrors.push(err395);}errors++;}}if(data252.soft !== undefined){let data254 = data252.soft;if((!((typeof data254 == "number") && (!(data254 % 1) && !isNaN(data254)))) && (typeof data254 !== "string")){const err396 = {instancePath:instancePath+"/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1")+"/soft",schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/soft/type",keyword:"type",params:{type: schema34.patternProperties["^[a-z]+$"].oneOf[1].properties.soft.type},message:"must be integer,string"};if(vErrors === null){vErrors = [err396];}else {vErrors.push(err396);}errors++;}}}else {const err397 = {instancePath:instancePath+"/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err397];}else {vErrors.push(err397);}errors++;}var _valid34 = _errs710 === errors;if(_valid34 && valid233){valid233 = false;passing34 = [passing34, 1];}else {if(_valid34){valid233 = true;passing34 = 1;}}if(!valid233){const err398 = {instancePath:instancePath+"/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing34},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err398];}else {vErrors.push(err398);}errors++;}else {errors = _errs707;if(vErrors !== null){if(_errs707){vErrors.length = _errs707;}else {vErrors = null;}}}}}}else {const err399 = {instancePath:instancePath+"/ulimits",schemaPath:"#/definitions/ulimits/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err399];}else {vErrors.push(err399);}errors++;}}if(data.use_api_socket !== undefined){if(typeof data.use_api_socket !== "boolean"){const err400 = {instancePath:instancePath+"/use_api_socket",schemaPath:"#/properties/use_api_socket/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err400];}else {vErrors.push(err400);}errors++;}}if(data.user !== undefined){if(typeof data.user !== "string"){const err401 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err401];}else {vErrors.push(err401);}errors++;}}if(data.uts !== undefined){if(typeof data.uts !== "string"){const err402 = {instancePath:instancePath+"/uts",schemaPath:"#/properties/uts/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err402];}else {vErrors.push(err402);}errors++;}}if(data.userns_mode !== undefined){if(typeof data.userns_mode !== "string"){const err403 = {instancePath:instancePath+"/userns_mode",schemaPath:"#/properties/userns_mode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err403];}else {vErrors.push(err403);}errors++;}}if(data.volumes !== undefined){let data259 = data.volumes;if(Array.isArray(data259)){const len50 = data259.length;for(let i76=0; i76<len50; i76++){let data260 = data259[i76];const _errs728 = errors;let valid237 = false;let passing35 = null;const _errs729 = errors;if(typeof data260 !== "string"){const err404 = {instancePath:instancePath+"/volumes/" + i76,schemaPath:"#/properties/volumes/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err404];}else {vErrors.push(err404);}errors++;}var _valid35 = _errs729 === errors;if(_valid35){valid237 = true;passing35 = 0;}const _errs731 = errors;if(data260 && typeof data260 == "object" && !Array.isArray(data260)){if(data260.type === undefined){const err405 = {instancePath:instancePath+"/volumes/" + i76,schemaPath:"#/properties/volumes/items/oneOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err405];}else {vErrors.push(err405);}errors++;}for(const key54 in data260){if(!((func2.call(schema15.properties.volumes.items.oneOf[1].properties, key54)) || (pattern0.test(key54)))){const err406 = {instancePath:instancePath+"/volumes/" + i76,schemaPath:"#/properties/volumes/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key54},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err406];}else {vErrors.push(err406);}errors++;}}if(data260.type !== undefined){let data261 = data260.type;if(typeof data261 !== "string"){const err407 = {instancePath:instancePath+"/volumes/" + i76+"/type",schemaPath:"#/properties/volumes/items/oneOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err407];}else {vErrors.push(err407);}errors++;}if(!((((((data261 === "bind") || (data261 === "volume")) || (data261 === "tmpfs")) || (data261 === "cluster")) || (data261 === "npipe")) || (data261 === "image"))){const err408 = {instancePath:instancePath+"/volumes/" + i76+"/type",schemaPath:"#/properties/volumes/items/oneOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema15.properties.volumes.items.oneOf[1].properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err408];}else {vErrors.push(err408);}errors++;}}if(data260.source !== undefined){if(typeof data260.source !== "string"){const err409 = {instancePath:instancePath+"/volumes/" + i76+"/source",schemaPath:"#/properties/volumes/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err409];}else {vErrors.push(err409);}errors++;}}if(data260.target !== undefined){if(typeof data260.target !== "string"){const err410 = {instancePath:instancePath+"/volumes/" + i76+"/target",schemaPath:"#/properties/volumes/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err410];}else {vErrors.push(err410);}errors++;}}if(data260.read_only !== undefined){let data264 = data260.read_only;if((typeof data264 !== "boolean") && (typeof data264 !== "string")){const err411 = {instancePath:instancePath+"/volumes/" + i76+"/read_only",schemaPath:"#/properties/volumes/items/oneOf/1/properties/read_only/type",keyword:"type",params:{type: schema15.properties.volumes.items.oneOf[1].properties.read_only.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err411];}else {vErrors.push(err411);}errors++;}}if(data260.consistency !== undefined){if(typeof data260.consistency !== "string"){const err412 = {instancePath:instancePath+"/volumes/" + i76+"/consistency",schemaPath:"#/properties/volumes/items/oneOf/1/properties/consistency/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err412];}else {vErrors.push(err412);}errors++;}}if(data260.bind !== undefined){let data266 = data260.bind;if(data266 && typeof data266 == "object" && !Array.isArray(data266)){for(const key55 in data266){if(!(((((key55 === "propagation") || (key55 === "create_host_path")) || (key55 === "recursive")) || (key55 === "selinux")) || (pattern0.test(key55)))){const err413 = {instancePath:instancePath+"/volumes/" + i76+"/bind",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key55},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err413];}else {vErrors.push(err413);}errors++;}}if(data266.propagation !== undefined){if(typeof data266.propagation !== "string"){const err414 = {instancePath:instancePath+"/volumes/" + i76+"/bind/propagation",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/propagation/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err414];}else {vErrors.push(err414);}errors++;}}if(data266.create_host_path !== undefined){let data268 = data266.create_host_path;if((typeof data268 !== "boolean") && (typeof data268 !== "string")){const err415 = {instancePath:instancePath+"/volumes/" + i76+"/bind/create_host_path",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/create_host_path/type",keyword:"type",params:{type: schema15.properties.volumes.items.oneOf[1].properties.bind.properties.create_host_path.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err415];}else {vErrors.push(err415);}errors++;}}if(data266.recursive !== undefined){let data269 = data266.recursive;if(typeof data269 !== "string"){const err416 = {instancePath:instancePath+"/volumes/" + i76+"/bind/recursive",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err416];}else {vErrors.push(err416);}errors++;}if(!((((data269 === "enabled") || (data269 === "disabled")) || (data269 === "writable")) || (data269 === "readonly"))){const err417 = {instancePath:instancePath+"/volumes/" + i76+"/bind/recursive",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/enum",keyword:"enum",params:{allowedValues: schema15.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err417];}else {vErrors.push(err417);}errors++;}}if(data266.selinux !== undefined){let data270 = data266.selinux;if(typeof data270 !== "string"){const err418 = {instancePath:instancePath+"/volumes/" + i76+"/bind/selinux",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err418];}else {vErrors.push(err418);}errors++;}if(!((data270 === "z") || (data270 === "Z"))){const err419 = {instancePath:instancePath+"/volumes/" + i76+"/bind/selinux",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/enum",keyword:"enum",params:{allowedValues: schema15.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err419];}else {vErrors.push(err419);}errors++;}}}else {const err420 = {instancePath:instancePath+"/volumes/" + i76+"/bind",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err420];}else {vErrors.push(err420);}errors++;}}if(data260.volume !== undefined){let data271 = data260.volume;if(data271 && typeof data271 == "object" && !Array.isArray(data271)){for(const key56 in data271){if(!((((key56 === "labels") || (key56 === "nocopy")) || (key56 === "subpath")) || (pattern0.test(key56)))){const err421 = {instancePath:instancePath+"/volumes/" + i76+"/volume",schemaPath:"#/properties/volumes/items/oneOf/1/properties/volume/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key56},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err421];}else {vErrors.push(err421);}errors++;}}if(data271.labels !== undefined){let data272 = data271.labels;const _errs760 = errors;let valid242 = false;let passing36 = null;const _errs761 = errors;if(data272 && typeof data272 == "object" && !Array.isArray(data272)){for(const key57 in data272){if(!(pattern7.test(key57))){const err422 = {instancePath:instancePath+"/volumes/" + i76+"/volume/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key57},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err422];}else {vErrors.push(err422);}errors++;}}for(const key58 in data272){if(pattern7.test(key58)){let data273 = data272[key58];if((((typeof data273 !== "string") && (!(typeof data273 == "number"))) && (typeof data273 !== "boolean")) && (data273 !== null)){const err423 = {instancePath:instancePath+"/volumes/" + i76+"/volume/labels/" + key58.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema19.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err423];}else {vErrors.push(err423);}errors++;}}}}else {const err424 = {instancePath:instancePath+"/volumes/" + i76+"/volume/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err424];}else {vErrors.push(err424);}errors++;}var _valid36 = _errs761 === errors;if(_valid36){valid242 = true;passing36 = 0;}const _errs766 = errors;if(Array.isArray(data272)){const len51 = data272.length;for(let i77=0; i77<len51; i77++){if(typeof data272[i77] !== "string"){const err425 = {instancePath:instancePath+"/volumes/" + i76+"/volume/labels/" + i77,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err425];}else {vErrors.push(err425);}errors++;}}let i78 = data272.length;let j26;if(i78 > 1){const indices25 = {};for(;i78--;){let item25 = data272[i78];if(typeof item25 !== "string"){continue;}if(typeof indices25[item25] == "number"){j26 = indices25[item25];const err426 = {instancePath:instancePath+"/volumes/" + i76+"/volume/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i78, j: j26},message:"must NOT have duplicate items (items ## "+j26+" and "+i78+" are identical)"};if(vErrors === null){vErrors = [err426];}else {vErrors.push(err426);}errors++;break;}indices25[item25] = i78;}}}else {const err427 = {instancePath:instancePath+"/volumes/" + i76+"/volume/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err427];}else {vErrors.push(err427);}errors++;}var _valid36 = _errs766 === errors;if(_valid36 && valid242){valid242 = false;passing36 = [passing36, 1];}else {if(_valid36){valid242 = true;passing36 = 1;}}if(!valid242){const err428 = {instancePath:instancePath+"/volumes/" + i76+"/volume/labels",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing36},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err428];}else {vErrors.push(err428);}errors++;}else {errors = _errs760;if(vErrors !== null){if(_errs760){vErrors.length = _errs760;}else {vErrors = null;}}}}if(data271.nocopy !== undefined){let data275 = data271.nocopy;if((typeof data275 !== "boolean") && (typeof data275 !== "string")){const err429 = {instancePath:instancePath+"/volumes/" + i76+"/volume/nocopy",schemaPath:"#/properties/volumes/items/oneOf/1/properties/volume/properties/nocopy/type",keyword:"type",params:{type: schema15.properties.volumes.items.oneOf[1].properties.volume.properties.nocopy.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err429];}else {vErrors.push(err429);}errors++;}}if(data271.subpath !== undefined){if(typeof data271.subpath !== "string"){const err430 = {instancePath:instancePath+"/volumes/" + i76+"/volume/subpath",schemaPath:"#/properties/volumes/items/oneOf/1/properties/volume/properties/subpath/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err430];}else {vErrors.push(err430);}errors++;}}}else {const err431 = {instancePath:instancePath+"/volumes/" + i76+"/volume",schemaPath:"#/properties/volumes/items/oneOf/1/properties/volume/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err431];}else {vErrors.push(err431);}errors++;}}if(data260.tmpfs !== undefined){let data277 = data260.tmpfs;if(data277 && typeof data277 == "object" && !Array.isArray(data277)){for(const key59 in data277){if(!(((key59 === "size") || (key59 === "mode")) || (pattern0.test(key59)))){const err432 = {instancePath:instancePath+"/volumes/" + i76+"/tmpfs",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key59},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err432];}else {vErrors.push(err432);}errors++;}}if(data277.size !== undefined){let data278 = data277.size;const _errs778 = errors;let valid248 = false;let passing37 = null;const _errs779 = errors;if(!((typeof data278 == "number") && (!(data278 % 1) && !isNaN(data278)))){const err433 = {instancePath:instancePath+"/volumes/" + i76+"/tmpfs/size",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err433];}else {vErrors.push(err433);}errors++;}if(typeof data278 == "number"){if(data278 < 0 || isNaN(data278)){const err434 = {instancePath:instancePath+"/volumes/" + i76+"/tmpfs/size",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err434];}else {vErrors.push(err434);}errors++;}}var _valid37 = _errs779 === errors;if(_valid37){valid248 = true;passing37 = 0;}const _errs781 = errors;if(typeof data278 !== "string"){const err435 = {instancePath:instancePath+"/volumes/" + i76+"/tmpfs/size",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err435];}else {vErrors.push(err435);}errors++;}var _valid37 = _errs781 === errors;if(_valid37 && valid248){valid248 = false;passing37 = [passing37, 1];}else {if(_valid37){valid248 = true;passing37 = 1;}}if(!valid248){const err436 = {instancePath:instancePath+"/volumes/" + i76+"/tmpfs/size",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf",keyword:"oneOf",params:{passingSchemas: passing37},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err436];}else {vErrors.push(err436);}errors++;}else {errors = _errs778;if(vErrors !== null){if(_errs778){vErrors.length = _errs778;}else {vErrors = null;}}}}if(data277.mode !== undefined){let data279 = data277.mode;if((!(typeof data279 == "number")) && (typeof data279 !== "string")){const err437 = {instancePath:instancePath+"/volumes/" + i76+"/tmpfs/mode",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/mode/type",keyword:"type",params:{type: schema15.properties.volumes.items.oneOf[1].properties.tmpfs.properties.mode.type},message:"must be number,string"};if(vErrors === null){vErrors = [err437];}else {vErrors.push(err437);}errors++;}}}else {const err438 = {instancePath:instancePath+"/volumes/" + i76+"/tmpfs",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err438];}else {vErrors.push(err438);}errors++;}}if(data260.image !== undefined){let data280 = data260.image;if(data280 && typeof data280 == "object" && !Array.isArray(data280)){for(const key60 in data280){if(!((key60 === "subpath") || (pattern0.test(key60)))){const err439 = {instancePath:instancePath+"/volumes/" + i76+"/image",schemaPath:"#/properties/volumes/items/oneOf/1/properties/image/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key60},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err439];}else {vErrors.push(err439);}errors++;}}if(data280.subpath !== undefined){if(typeof data280.subpath !== "string"){const err440 = {instancePath:instancePath+"/volumes/" + i76+"/image/subpath",schemaPath:"#/properties/volumes/items/oneOf/1/properties/image/properties/subpath/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err440];}else {vErrors.push(err440);}errors++;}}}else {const err441 = {instancePath:instancePath+"/volumes/" + i76+"/image",schemaPath:"#/properties/volumes/items/oneOf/1/properties/image/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err441];}else {vErrors.push(err441);}errors++;}}}else {const err442 = {instancePath:instancePath+"/volumes/" + i76,schemaPath:"#/properties/volumes/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err442];}else {vErrors.push(err442);}errors++;}var _valid35 = _errs731 === errors;if(_valid35 && valid237){valid237 = false;passing35 = [passing35, 1];}else {if(_valid35){valid237 = true;passing35 = 1;}}if(!valid237){const err443 = {instancePath:instancePath+"/volumes/" + i76,schemaPath:"#/properties/volumes/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing35},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err443];}else {vErrors.push(err443);}errors++;}else {errors = _errs728;if(vErrors !== null){if(_errs728){vErrors.length = _errs728;}else {vErrors = null;}}}}let i79 = data259.length;let j27;if(i79 > 1){outer1:for(;i79--;){for(j27 = i79; j27--;){if(func0(data259[i79], data259[j27])){const err444 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/uniqueItems",keyword:"uniqueItems",params:{i: i79, j: j27},message:"must NOT have duplicate items (items ## "+j27+" and "+i79+" are identical)"};if(vErrors === null){vErrors = [err444];}else {vErrors.push(err444);}errors++;break outer1;}}}}}else {const err445 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err445];}else {vErrors.push(err445);}errors++;}}if(data.volumes_from !== undefined){let data282 = data.volumes_from;if(Array.isArray(data282)){const len52 = data282.length;for(let i80=0; i80<len52; i80++){if(typeof data282[i80] !== "string"){const err446 = {instancePath:instancePath+"/volumes_from/" + i80,schemaPath:"#/properties/volumes_from/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err446];}else {vErrors.push(err446);}errors++;}}let i81 = data282.length;let j28;if(i81 > 1){const indices26 = {};for(;i81--;){let item26 = data282[i81];if(typeof item26 !== "string"){continue;}if(typeof indices26[item26] == "number"){j28 = indices26[item26];const err447 = {instancePath:instancePath+"/volumes_from",schemaPath:"#/properties/volumes_from/uniqueItems",keyword:"uniqueItems",params:{i: i81, j: j28},message:"must NOT have duplicate items (items ## "+j28+" and "+i81+" are identical)"};if(vErrors === null){vErrors = [err447];}else {vErrors.push(err447);}errors++;break;}indices26[item26] = i81;}}}else {const err448 = {instancePath:instancePath+"/volumes_from",schemaPath:"#/properties/volumes_from/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err448];}else {vErrors.push(err448);}errors++;}}if(data.working_dir !== undefined){if(typeof data.working_dir !== "string"){const err449 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err449];}else {vErrors.push(err449);}errors++;}}}else {const err450 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err450];}else {vErrors.push(err450);}errors++;}validate16.errors = vErrors;return errors === 0;}const schema65 = {"type":["object","null"],"description":"Network configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this network."},"driver":{"type":"string","description":"Specify which driver should be used for this network. Default is 'bridge'."},"driver_opts":{"type":"object","description":"Specify driver-specific options defined as key/value pairs.","patternProperties":{"^.+$":{"type":["string","number"]}}},"ipam":{"type":"object","description":"Custom IP Address Management configuration for this network.","properties":{"driver":{"type":"string","description":"Custom IPAM driver, instead of the default."},"config":{"type":"array","description":"List of IPAM configuration blocks.","items":{"type":"object","properties":{"subnet":{"type":"string","description":"Subnet in CIDR format that represents a network segment."},"ip_range":{"type":"string","description":"Range of IPs from which to allocate container IPs."},"gateway":{"type":"string","description":"IPv4 or IPv6 gateway for the subnet."},"aux_addresses":{"type":"object","description":"Auxiliary IPv4 or IPv6 addresses used by Network driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"options":{"type":"object","description":"Driver-specific options for the IPAM driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this network already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external network. Deprecated: use the 'name' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"internal":{"type":["boolean","string"],"description":"Create an externally isolated network."},"enable_ipv4":{"type":["boolean","string"],"description":"Enable IPv4 networking."},"enable_ipv6":{"type":["boolean","string"],"description":"Enable IPv6 networking."},"attachable":{"type":["boolean","string"],"description":"If true, standalone containers can attach to this network."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the network using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema65.type},message:"must be object,null"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((func2.call(schema65.properties, key0)) || (pattern0.test(key0)))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.driver !== undefined){if(typeof data.driver !== "string"){const err3 = {instancePath:instancePath+"/driver",schemaPath:"#/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.driver_opts !== undefined){let data2 = data.driver_opts;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){if(pattern51.test(key1)){let data3 = data2[key1];if((typeof data3 !== "string") && (!(typeof data3 == "number"))){const err4 = {instancePath:instancePath+"/driver_opts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/driver_opts/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema65.properties.driver_opts.patternProperties["^.+$"].type},message:"must be string,number"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}}else {const err5 = {instancePath:instancePath+"/driver_opts",schemaPath:"#/properties/driver_opts/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.ipam !== undefined){let data4 = data.ipam;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key2 in data4){if(!((((key2 === "driver") || (key2 === "config")) || (key2 === "options")) || (pattern0.test(key2)))){const err6 = {instancePath:instancePath+"/ipam",schemaPath:"#/properties/ipam/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data4.driver !== undefined){if(typeof data4.driver !== "string"){const err7 = {instancePath:instancePath+"/ipam/driver",schemaPath:"#/properties/ipam/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data4.config !== undefined){let data6 = data4.config;if(Array.isArray(data6)){const len0 = data6.length;for(let i0=0; i0<len0; i0++){let data7 = data6[i0];if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key3 in data7){if(!(((((key3 === "subnet") || (key3 === "ip_range")) || (key3 === "gateway")) || (key3 === "aux_addresses")) || (pattern0.test(key3)))){const err8 = {instancePath:instancePath+"/ipam/config/" + i0,schemaPath:"#/properties/ipam/properties/config/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data7.subnet !== undefined){if(typeof data7.subnet !== "string"){const err9 = {instancePath:instancePath+"/ipam/config/" + i0+"/subnet",schemaPath:"#/properties/ipam/properties/config/items/properties/subnet/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data7.ip_range !== undefined){if(typeof data7.ip_range !== "string"){const err10 = {instancePath:instancePath+"/ipam/config/" + i0+"/ip_range",schemaPath:"#/properties/ipam/properties/config/items/properties/ip_range/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data7.gateway !== undefined){if(typeof data7.gateway !== "string"){const err11 = {instancePath:instancePath+"/ipam/config/" + i0+"/gateway",schemaPath:"#/properties/ipam/properties/config/items/properties/gateway/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data7.aux_addresses !== undefined){let data11 = data7.aux_addresses;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key4 in data11){if(!(pattern51.test(key4))){const err12 = {instancePath:instancePath+"/ipam/config/" + i0+"/aux_addresses",schemaPath:"#/properties/ipam/properties/config/items/properties/aux_addresses/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}for(const key5 in data11){if(pattern51.test(key5)){if(typeof data11[key5] !== "string"){const err13 = {instancePath:instancePath+"/ipam/config/" + i0+"/aux_addresses/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ipam/properties/config/items/properties/aux_addresses/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}}else {const err14 = {instancePath:instancePath+"/ipam/config/" + i0+"/aux_addresses",schemaPath:"#/properties/ipam/properties/config/items/properties/aux_addresses/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/ipam/config/" + i0,schemaPath:"#/properties/ipam/properties/config/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/ipam/config",schemaPath:"#/properties/ipam/properties/config/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data4.options !== undefined){let data13 = data4.options;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key6 in data13){if(!(pattern51.test(key6))){const err17 = {instancePath:instancePath+"/ipam/options",schemaPath:"#/properties/ipam/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}for(const key7 in data13){if(pattern51.test(key7)){if(typeof data13[key7] !== "string"){const err18 = {instancePath:instancePath+"/ipam/options/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ipam/properties/options/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}}else {const err19 = {instancePath:instancePath+"/ipam/options",schemaPath:"#/properties/ipam/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/ipam",schemaPath:"#/properties/ipam/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.external !== undefined){let data15 = data.external;if(((typeof data15 !== "boolean") && (typeof data15 !== "string")) && (!(data15 && typeof data15 == "object" && !Array.isArray(data15)))){const err21 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: schema65.properties.external.type},message:"must be boolean,string,object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data15 && typeof data15 == "object" && !Array.isArray(data15)){for(const key8 in data15){if(!((key8 === "name") || (pattern0.test(key8)))){const err22 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data15.name !== undefined){if(typeof data15.name !== "string"){const err23 = {instancePath:instancePath+"/external/name",schemaPath:"#/properties/external/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}}if(data.internal !== undefined){let data17 = data.internal;if((typeof data17 !== "boolean") && (typeof data17 !== "string")){const err24 = {instancePath:instancePath+"/internal",schemaPath:"#/properties/internal/type",keyword:"type",params:{type: schema65.properties.internal.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.enable_ipv4 !== undefined){let data18 = data.enable_ipv4;if((typeof data18 !== "boolean") && (typeof data18 !== "string")){const err25 = {instancePath:instancePath+"/enable_ipv4",schemaPath:"#/properties/enable_ipv4/type",keyword:"type",params:{type: schema65.properties.enable_ipv4.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data.enable_ipv6 !== undefined){let data19 = data.enable_ipv6;if((typeof data19 !== "boolean") && (typeof data19 !== "string")){const err26 = {instancePath:instancePath+"/enable_ipv6",schemaPath:"#/properties/enable_ipv6/type",keyword:"type",params:{type: schema65.properties.enable_ipv6.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data.attachable !== undefined){let data20 = data.attachable;if((typeof data20 !== "boolean") && (typeof data20 !== "string")){const err27 = {instancePath:instancePath+"/attachable",schemaPath:"#/properties/attachable/type",keyword:"type",params:{type: schema65.properties.attachable.type},message:"must be boolean,string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.labels !== undefined){let data21 = data.labels;const _errs51 = errors;let valid10 = false;let passing0 = null;const _errs52 = errors;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){for(const key9 in data21){if(!(pattern7.test(key9))){const err28 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}for(const key10 in data21){if(pattern7.test(key10)){let data22 = data21[key10];if((((typeof data22 !== "string") && (!(typeof data22 == "number"))) && (typeof data22 !== "boolean")) && (data22 !== null)){const err29 = {instancePath:instancePath+"/labels/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema19.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}}else {const err30 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}var _valid0 = _errs52 === errors;if(_valid0){valid10 = true;passing0 = 0;}const _errs57 = errors;if(Array.isArray(data21)){const len1 = data21.length;for(let i1=0; i1<len1; i1++){if(typeof data21[i1] !== "string"){const err31 = {instancePath:instancePath+"/labels/" + i1,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}let i2 = data21.length;let j0;if(i2 > 1){const indices0 = {};for(;i2--;){let item0 = data21[i2];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err32 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;break;}indices0[item0] = i2;}}}else {const err33 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}var _valid0 = _errs57 === errors;if(_valid0 && valid10){valid10 = false;passing0 = [passing0, 1];}else {if(_valid0){valid10 = true;passing0 = 1;}}if(!valid10){const err34 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}else {errors = _errs51;if(vErrors !== null){if(_errs51){vErrors.length = _errs51;}else {vErrors = null;}}}}}validate35.errors = vErrors;return errors === 0;}const schema67 = {"type":["object","null"],"description":"Volume configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this volume."},"driver":{"type":"string","description":"Specify which volume driver should be used for this volume."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this volume already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external volume. Deprecated: use the 'name' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the volume using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema67.type},message:"must be object,null"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((key0 === "name") || (key0 === "driver")) || (key0 === "driver_opts")) || (key0 === "external")) || (key0 === "labels")) || (pattern0.test(key0)))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.driver !== undefined){if(typeof data.driver !== "string"){const err3 = {instancePath:instancePath+"/driver",schemaPath:"#/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.driver_opts !== undefined){let data2 = data.driver_opts;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){if(pattern51.test(key1)){let data3 = data2[key1];if((typeof data3 !== "string") && (!(typeof data3 == "number"))){const err4 = {instancePath:instancePath+"/driver_opts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/driver_opts/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema67.properties.driver_opts.patternProperties["^.+$"].type},message:"must be string,number"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}}else {const err5 = {instancePath:instancePath+"/driver_opts",schemaPath:"#/properties/driver_opts/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.external !== undefined){let data4 = data.external;if(((typeof data4 !== "boolean") && (typeof data4 !== "string")) && (!(data4 && typeof data4 == "object" && !Array.isArray(data4)))){const err6 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: schema67.properties.external.type},message:"must be boolean,string,object"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key2 in data4){if(!((key2 === "name") || (pattern0.test(key2)))){const err7 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data4.name !== undefined){if(typeof data4.name !== "string"){const err8 = {instancePath:instancePath+"/external/name",schemaPath:"#/properties/external/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}}if(data.labels !== undefined){let data6 = data.labels;const _errs17 = errors;let valid4 = false;let passing0 = null;const _errs18 = errors;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key3 in data6){if(!(pattern7.test(key3))){const err9 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}for(const key4 in data6){if(pattern7.test(key4)){let data7 = data6[key4];if((((typeof data7 !== "string") && (!(typeof data7 == "number"))) && (typeof data7 !== "boolean")) && (data7 !== null)){const err10 = {instancePath:instancePath+"/labels/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema19.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}}else {const err11 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}var _valid0 = _errs18 === errors;if(_valid0){valid4 = true;passing0 = 0;}const _errs23 = errors;if(Array.isArray(data6)){const len0 = data6.length;for(let i0=0; i0<len0; i0++){if(typeof data6[i0] !== "string"){const err12 = {instancePath:instancePath+"/labels/" + i0,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}let i1 = data6.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data6[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err13 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;break;}indices0[item0] = i1;}}}else {const err14 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}var _valid0 = _errs23 === errors;if(_valid0 && valid4){valid4 = false;passing0 = [passing0, 1];}else {if(_valid0){valid4 = true;passing0 = 1;}}if(!valid4){const err15 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}else {errors = _errs17;if(vErrors !== null){if(_errs17){vErrors.length = _errs17;}else {vErrors = null;}}}}}validate37.errors = vErrors;return errors === 0;}const schema69 = {"type":"object","description":"Secret configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this secret."},"environment":{"type":"string","description":"Name of an environment variable from which to get the secret value."},"file":{"type":"string","description":"Path to a file containing the secret value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this secret already exists and was created outside of Compose.","properties":{"name":{"type":"string","description":"Specifies the name of the external secret."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the secret using labels."},"driver":{"type":"string","description":"Specify which secret driver should be used for this secret."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"template_driver":{"type":"string","description":"Driver to use for templating the secret's value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((((((key0 === "name") || (key0 === "environment")) || (key0 === "file")) || (key0 === "external")) || (key0 === "labels")) || (key0 === "driver")) || (key0 === "driver_opts")) || (key0 === "template_driver")) || (pattern0.test(key0)))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.environment !== undefined){if(typeof data.environment !== "string"){const err2 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.file !== undefined){if(typeof data.file !== "string"){const err3 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.external !== undefined){let data3 = data.external;if(((typeof data3 !== "boolean") && (typeof data3 !== "string")) && (!(data3 && typeof data3 == "object" && !Array.isArray(data3)))){const err4 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: schema69.properties.external.type},message:"must be boolean,string,object"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.name !== undefined){if(typeof data3.name !== "string"){const err5 = {instancePath:instancePath+"/external/name",schemaPath:"#/properties/external/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}}if(data.labels !== undefined){let data5 = data.labels;const _errs14 = errors;let valid3 = false;let passing0 = null;const _errs15 = errors;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key1 in data5){if(!(pattern7.test(key1))){const err6 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}for(const key2 in data5){if(pattern7.test(key2)){let data6 = data5[key2];if((((typeof data6 !== "string") && (!(typeof data6 == "number"))) && (typeof data6 !== "boolean")) && (data6 !== null)){const err7 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema19.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}}else {const err8 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var _valid0 = _errs15 === errors;if(_valid0){valid3 = true;passing0 = 0;}const _errs20 = errors;if(Array.isArray(data5)){const len0 = data5.length;for(let i0=0; i0<len0; i0++){if(typeof data5[i0] !== "string"){const err9 = {instancePath:instancePath+"/labels/" + i0,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}let i1 = data5.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data5[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err10 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;break;}indices0[item0] = i1;}}}else {const err11 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}var _valid0 = _errs20 === errors;if(_valid0 && valid3){valid3 = false;passing0 = [passing0, 1];}else {if(_valid0){valid3 = true;passing0 = 1;}}if(!valid3){const err12 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}else {errors = _errs14;if(vErrors !== null){if(_errs14){vErrors.length = _errs14;}else {vErrors = null;}}}}if(data.driver !== undefined){if(typeof data.driver !== "string"){const err13 = {instancePath:instancePath+"/driver",schemaPath:"#/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.driver_opts !== undefined){let data9 = data.driver_opts;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){for(const key3 in data9){if(pattern51.test(key3)){let data10 = data9[key3];if((typeof data10 !== "string") && (!(typeof data10 == "number"))){const err14 = {instancePath:instancePath+"/driver_opts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/driver_opts/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema69.properties.driver_opts.patternProperties["^.+$"].type},message:"must be string,number"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}}else {const err15 = {instancePath:instancePath+"/driver_opts",schemaPath:"#/properties/driver_opts/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.template_driver !== undefined){if(typeof data.template_driver !== "string"){const err16 = {instancePath:instancePath+"/template_driver",schemaPath:"#/properties/template_driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}validate39.errors = vErrors;return errors === 0;}const schema71 = {"type":"object","description":"Config configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this config."},"content":{"type":"string","description":"Inline content of the config."},"environment":{"type":"string","description":"Name of an environment variable from which to get the config value."},"file":{"type":"string","description":"Path to a file containing the config value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this config already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external config. Deprecated: use the 'name' property instead."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the config using labels."},"template_driver":{"type":"string","description":"Driver to use for templating the config's value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((((key0 === "name") || (key0 === "content")) || (key0 === "environment")) || (key0 === "file")) || (key0 === "external")) || (key0 === "labels")) || (key0 === "template_driver")) || (pattern0.test(key0)))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.content !== undefined){if(typeof data.content !== "string"){const err2 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.environment !== undefined){if(typeof data.environment !== "string"){const err3 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.file !== undefined){if(typeof data.file !== "string"){const err4 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.external !== undefined){let data4 = data.external;if(((typeof data4 !== "boolean") && (typeof data4 !== "string")) && (!(data4 && typeof data4 == "object" && !Array.isArray(data4)))){const err5 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: schema71.properties.external.type},message:"must be boolean,string,object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.name !== undefined){if(typeof data4.name !== "string"){const err6 = {instancePath:instancePath+"/external/name",schemaPath:"#/properties/external/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}}if(data.labels !== undefined){let data6 = data.labels;const _errs16 = errors;let valid3 = false;let passing0 = null;const _errs17 = errors;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key1 in data6){if(!(pattern7.test(key1))){const err7 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}for(const key2 in data6){if(pattern7.test(key2)){let data7 = data6[key2];if((((typeof data7 !== "string") && (!(typeof data7 == "number"))) && (typeof data7 !== "boolean")) && (data7 !== null)){const err8 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema19.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}}else {const err9 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid0 = _errs17 === errors;if(_valid0){valid3 = true;passing0 = 0;}const _errs22 = errors;if(Array.isArray(data6)){const len0 = data6.length;for(let i0=0; i0<len0; i0++){if(typeof data6[i0] !== "string"){const err10 = {instancePath:instancePath+"/labels/" + i0,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}let i1 = data6.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data6[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err11 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;break;}indices0[item0] = i1;}}}else {const err12 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}var _valid0 = _errs22 === errors;if(_valid0 && valid3){valid3 = false;passing0 = [passing0, 1];}else {if(_valid0){valid3 = true;passing0 = 1;}}if(!valid3){const err13 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}else {errors = _errs16;if(vErrors !== null){if(_errs16){vErrors.length = _errs16;}else {vErrors = null;}}}}if(data.template_driver !== undefined){if(typeof data.template_driver !== "string"){const err14 = {instancePath:instancePath+"/template_driver",schemaPath:"#/properties/template_driver/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}validate41.errors = vErrors;return errors === 0;}function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="compose_spec.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((func2.call(schema11.properties, key0)) || (pattern0.test(key0)))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.version !== undefined){if(typeof data.version !== "string"){const err1 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.include !== undefined){let data2 = data.include;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(!(validate11(data2[i0], {instancePath:instancePath+"/include/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}}else {const err3 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.services !== undefined){let data4 = data.services;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key1 in data4){if(!(pattern1.test(key1))){const err4 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}for(const key2 in data4){if(pattern1.test(key2)){if(!(validate16(data4[key2], {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key2,rootData}))){vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);errors = vErrors.length;}}}}else {const err5 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.models !== undefined){let data6 = data.models;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key3 in data6){if(pattern1.test(key3)){let data7 = data6[key3];if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.model === undefined){const err6 = {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/model/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}for(const key4 in data7){if(!(((((key4 === "name") || (key4 === "model")) || (key4 === "context_size")) || (key4 === "runtime_flags")) || (pattern0.test(key4)))){const err7 = {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/model/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data7.name !== undefined){if(typeof data7.name !== "string"){const err8 = {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/definitions/model/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data7.model !== undefined){if(typeof data7.model !== "string"){const err9 = {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/model",schemaPath:"#/definitions/model/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data7.context_size !== undefined){let data10 = data7.context_size;if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){const err10 = {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/context_size",schemaPath:"#/definitions/model/properties/context_size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data7.runtime_flags !== undefined){let data11 = data7.runtime_flags;if(Array.isArray(data11)){const len1 = data11.length;for(let i1=0; i1<len1; i1++){if(typeof data11[i1] !== "string"){const err11 = {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/runtime_flags/" + i1,schemaPath:"#/definitions/model/properties/runtime_flags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/runtime_flags",schemaPath:"#/definitions/model/properties/runtime_flags/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/model/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}}else {const err14 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.networks !== undefined){let data13 = data.networks;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key5 in data13){if(pattern1.test(key5)){if(!(validate35(data13[key5], {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data13,parentDataProperty:key5,rootData}))){vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);errors = vErrors.length;}}}}else {const err15 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.volumes !== undefined){let data15 = data.volumes;if(data15 && typeof data15 == "object" && !Array.isArray(data15)){for(const key6 in data15){if(!(pattern1.test(key6))){const err16 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}for(const key7 in data15){if(pattern1.test(key7)){if(!(validate37(data15[key7], {instancePath:instancePath+"/volumes/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data15,parentDataProperty:key7,rootData}))){vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);errors = vErrors.length;}}}}else {const err17 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.secrets !== undefined){let data17 = data.secrets;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){for(const key8 in data17){if(!(pattern1.test(key8))){const err18 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}for(const key9 in data17){if(pattern1.test(key9)){if(!(validate39(data17[key9], {instancePath:instancePath+"/secrets/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data17,parentDataProperty:key9,rootData}))){vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);errors = vErrors.length;}}}}else {const err19 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.configs !== undefined){let data19 = data.configs;if(data19 && typeof data19 == "object" && !Array.isArray(data19)){for(const key10 in data19){if(!(pattern1.test(key10))){const err20 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}for(const key11 in data19){if(pattern1.test(key11)){if(!(validate41(data19[key11], {instancePath:instancePath+"/configs/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data19,parentDataProperty:key11,rootData}))){vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);errors = vErrors.length;}}}}else {const err21 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}validate10.errors = vErrors;return errors === 0;}
;// CONCATENATED MODULE: ./src/compose/validate.ts
// Pass 4 — validation against the Compose JSON schema, with the precompiled validator (schema/generate.mjs).
// ajv reports every failed branch of a `oneOf`; we keep the errors a person can act on: the deepest ones,
// and at one place, the specific ones over "wrong type" alternatives (a `build:` mapping with an unknown key
// should say so, not "must be string").

const TYPE_NAMES = { object: 'a mapping', array: 'a list', string: 'a string', number: 'a number', integer: 'an integer', boolean: 'a boolean', null: 'null' };
const NAMED_SECTIONS = new Set(['services', 'networks', 'volumes', 'secrets', 'configs', 'models']);
function pathParts(instancePath) {
    if (instancePath === '')
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
/** Adds one diagnostic per actionable schema error of `model` to `bag`. */
function validateSchema(model, bag) {
    if (validate(model))
        return;
    const errors = (validate.errors ?? []);
    const byPath = new Map();
    for (const error of errors) {
        const list = byPath.get(error.instancePath) ?? [];
        list.push(error);
        byPath.set(error.instancePath, list);
    }
    const paths = [...byPath.keys()];
    for (const [instancePath, list] of byPath) {
        const parts = pathParts(instancePath);
        const hasDeeper = paths.some((p) => p.startsWith(`${instancePath}/`));
        const specific = list.filter((e) => !['type', 'oneOf', 'anyOf', 'if', 'const'].includes(e.keyword));
        if (hasDeeper || specific.length > 0) {
            // Another branch of a oneOf was the one meant: report only the specific findings.
            for (const error of specific)
                report(error, parts, bag);
            continue;
        }
        const types = [...new Set(list.filter((e) => e.keyword === 'type').flatMap((e) => String(e.params.type).split(',')))];
        if (types.length > 0) {
            const names = types.map((t) => TYPE_NAMES[t] ?? t);
            const expected = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
            bag.add(parts.length === 0 ? `top-level object must be ${expected}` : `must be ${expected}`, parts);
            continue;
        }
        const consts = list.filter((e) => e.keyword === 'const');
        if (consts.length > 0) {
            bag.add(`must be one of ${consts.map((e) => JSON.stringify(e.params.allowedValue)).join(', ')}`, parts);
            continue;
        }
        if (list.some((e) => e.keyword === 'oneOf'))
            bag.add('matches more than one of the allowed forms: use one syntax only', parts);
    }
}
function report(error, parts, bag) {
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperties': {
            const property = String(params.additionalProperty);
            const where = [...parts, property];
            if (parts.length === 1 && typeof parts[0] === 'string' && NAMED_SECTIONS.has(parts[0])) {
                bag.add(`invalid name "${property}": ${parts[0]} names may only contain letters, digits, ".", "_" and "-"`, where);
            }
            else {
                bag.add(`additional properties '${property}' not allowed${parts.length === 0 ? ' at top level (custom keys must start with x-)' : ''}`, where);
            }
            return;
        }
        case 'required':
            bag.add(`missing property '${String(params.missingProperty)}'`, parts);
            return;
        case 'enum':
            bag.add(`must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`, parts);
            return;
        case 'uniqueItems':
            bag.add(`contains duplicate items (entries ${params.j} and ${params.i} are the same)`, parts);
            return;
        case 'pattern':
            bag.add(`does not match the pattern ${String(params.pattern)}`, parts);
            return;
        case 'format':
            bag.add(`is not a valid ${String(params.format)}`, parts);
            return;
        case 'propertyNames':
        case 'minItems':
        case 'maxItems':
        case 'minimum':
        case 'maximum':
        case 'minLength':
        case 'minProperties':
        case 'maxProperties':
        case 'not':
        case 'dependencies':
        case 'dependentRequired':
        default:
            bag.add(error.message ?? `fails schema rule ${error.keyword}`, parts);
    }
}

;// CONCATENATED MODULE: ./src/compose/consistency.ts
// Pass 11 — consistency checks on the bound project (compose-go `loader/validate.go`, `graph/`): every
// reference resolves, no dependency cycle, no host port published twice, mutually exclusive settings.
function checkConsistency(project, bag, warn) {
    const services = project.services;
    for (const service of Object.values(services)) {
        const at = (suffix) => `services.${service.name}.${suffix}`;
        if (service.image === undefined && service.build === undefined && service.otherKeys.provider === undefined) {
            bag.add(`service "${service.name}" has neither an image nor a build context specified`, `services.${service.name}`);
        }
        if (service.networkMode !== undefined && Object.keys(service.networks).length > 0) {
            bag.add(`service ${service.name} declares mutually exclusive \`network_mode\` and \`networks\``, at('network_mode'));
        }
        if (service.networkMode?.startsWith('service:')) {
            const target = service.networkMode.slice('service:'.length);
            if (!(target in services))
                bag.add(`service "${target}" not found for network_mode 'service:${target}'`, at('network_mode'));
        }
        for (const network of Object.keys(service.networks)) {
            if (!(network in project.networks))
                bag.add(`service "${service.name}" refers to undefined network ${network}: invalid compose project`, at(`networks.${network}`));
        }
        service.volumes.forEach((volume, index) => {
            if (volume.type === 'volume' && volume.source !== undefined && !(volume.source in project.volumes)) {
                bag.add(`service "${service.name}" refers to undefined volume ${volume.source}: invalid compose project`, at(`volumes[${index}]`));
            }
        });
        service.secrets.forEach((secret, index) => {
            if (!(secret.source in project.secrets))
                bag.add(`service "${service.name}" refers to undefined secret ${secret.source}: invalid compose project`, at(`secrets[${index}]`));
        });
        service.configs.forEach((config, index) => {
            if (!(config.source in project.configs))
                bag.add(`service "${service.name}" refers to undefined config ${config.source}: invalid compose project`, at(`configs[${index}]`));
        });
        for (const [dependency, spec] of Object.entries(service.dependsOn)) {
            if (dependency in services)
                continue;
            if (spec.required) {
                const why = dependency in project.disabledServices ? ` (it is disabled by its profiles: enable one of ${JSON.stringify(project.disabledServices[dependency].profiles)})` : '';
                bag.add(`service "${service.name}" depends on undefined service "${dependency}"${why}`, at(`depends_on.${dependency}`));
            }
            else {
                warn(`service "${service.name}" depends on "${dependency}", which is not enabled; the optional dependency is ignored`, at(`depends_on.${dependency}`));
                delete service.dependsOn[dependency];
            }
        }
        const limits = service.deploy?.resources.limits;
        if (service.cpus !== undefined && limits?.cpus !== undefined && service.cpus !== limits.cpus)
            bag.add(`can't set distinct values on 'cpus' and 'deploy.resources.limits.cpus'`, at('cpus'));
        if (service.memLimit !== undefined && limits?.memory !== undefined && service.memLimit !== limits.memory)
            bag.add(`can't set distinct values on 'mem_limit' and 'deploy.resources.limits.memory'`, at('mem_limit'));
        const reservations = service.deploy?.resources.reservations;
        if (service.memReservation !== undefined && reservations?.memory !== undefined && service.memReservation !== reservations.memory) {
            bag.add(`can't set distinct values on 'mem_reservation' and 'deploy.resources.reservations.memory'`, at('mem_reservation'));
        }
        const replicas = service.deploy?.replicas;
        if (replicas !== undefined && replicas < 0)
            bag.add(`services.${service.name}.deploy.replicas must be >= 0`, at('deploy.replicas'));
        if (service.containerName !== undefined && replicas !== undefined && replicas > 1) {
            bag.add(`services.${service.name}: can't set container_name and ${service.name} as container name must be unique`, at('container_name'));
        }
        const tmpfsTargets = new Set(service.tmpfs.map((t) => t.split(':')[0]));
        for (const volume of service.volumes)
            if (tmpfsTargets.has(volume.target))
                bag.add(`target ${volume.target} already mounted as tmpfs`, at('volumes'));
    }
    checkCycles(services, bag);
    checkPublishedPorts(services, bag);
}
/** compose-go's message: `dependency cycle detected: a -> b -> a` (a self-dependency too). */
function checkCycles(services, bag) {
    const state = new Map();
    const reported = new Set();
    const visit = (name, trail) => {
        if (state.get(name) === 'done')
            return;
        if (state.get(name) === 'visiting') {
            const cycle = [...trail.slice(trail.indexOf(name)), name];
            const signature = [...cycle.slice(0, -1)].sort().join(',');
            if (!reported.has(signature)) {
                reported.add(signature);
                bag.add(`dependency cycle detected: ${cycle.join(' -> ')}`, `services.${trail[trail.length - 1]}.depends_on`);
            }
            return;
        }
        state.set(name, 'visiting');
        for (const dependency of Object.keys(services[name]?.dependsOn ?? {}))
            if (dependency in services)
                visit(dependency, [...trail, name]);
        state.set(name, 'done');
    };
    for (const name of Object.keys(services))
        visit(name, []);
}
function expandPublished(published) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(published);
    if (!m)
        return [];
    const start = Number(m[1]);
    const end = m[2] === undefined ? start : Number(m[2]);
    const out = [];
    for (let p = start; p <= end && out.length < 65536; p++)
        out.push(p);
    return out;
}
/** The same host port (per host IP and protocol) published twice cannot work. A published range is a pool, not a claim. */
function checkPublishedPorts(services, bag) {
    const owners = new Map();
    for (const service of Object.values(services)) {
        service.ports.forEach((port, index) => {
            if (port.published === undefined || port.published.includes('-'))
                return;
            for (const published of expandPublished(port.published)) {
                const key = `${port.hostIp ?? '0.0.0.0'}:${published}/${port.protocol}`;
                const owner = owners.get(key);
                if (owner !== undefined) {
                    bag.add(owner === service.name
                        ? `port ${published}/${port.protocol} is published twice by service "${service.name}"`
                        : `port ${published}/${port.protocol} is published by both services "${owner}" and "${service.name}"`, `services.${service.name}.ports[${index}]`);
                }
                else
                    owners.set(key, service.name);
            }
        });
    }
}

;// CONCATENATED MODULE: ./src/compose/loader.ts
// The loader, pass by pass, in compose-go's order (see /shared/reference/compose-spec-loader.md §1):
//   0 discover.ts    files, environment (OS env over .env), project directory
//   1 parse.ts       YAML → trees + positions + !reset/!override paths (+ CloudFormation tags in x-aws-cloudformation)
//     (project name: option > COMPOSE_PROJECT_NAME > last `name:` > directory; exported as COMPOSE_PROJECT_NAME)
//   per file, per document:
//   2 interpolate.ts values expanded with the project env, typed casts
//   3 validate.ts    JSON schema (precompiled), with the document's positions
//   4 include.ts     sub-projects imported, this document merged over them
//   5 extends.ts     services extended
//   6 merge.ts       merged over the earlier files/documents (after their !reset/!override paths are removed), unicity
//   then, on the whole model:
//   7 validate.ts    schema again (cross-file duplicates), `version` warning
//   8 paths.ts       relative paths → absolute against the project directory
//   9 project.ts     binding to the typed model (canonical.ts short → long, units.ts values), resource names
//  10 normalize.ts   default network, implicit dependencies; profiles split enabled/disabled services
//  11 environment.ts per-service env_file + environment resolution
//  12 consistency.ts references, cycles, duplicate published ports
















function loadProject(options) {
    const discovery = discover(options);
    const env = discovery.env;
    const warnings = [...discovery.warnings];
    const parsed = discovery.files.map((file) => parseComposeFile(file));
    const name = projectName(options.projectName, env, parsed, discovery.projectDir);
    env.set('COMPOSE_PROJECT_NAME', name);
    const pipeline = { env, projectDir: discovery.projectDir, includeStack: [], positions: new Map(), warnings, home: env.get('HOME'), extendsCache: new Map(), combined: false };
    const model = loadDocuments(parsed.flat(), pipeline);
    if (Object.keys(model).length === 0)
        fail('empty compose file: add a services: section', undefined, { file: discovery.files[0] });
    const bag = new DiagnosticBag(pipeline.positions, discovery.files[0]);
    if (pipeline.combined) {
        // Each document was validated alone; merged, files can still clash (a `uniqueItems` list spread over two files).
        validateSchema(model, bag);
        bag.throwIfAny();
    }
    resolveRelativePaths(model, discovery.projectDir, pipeline.home);
    const project = bind(model, name, pipeline, discovery.files, options, bag);
    return project;
}
/** Project name precedence: option (-p) > COMPOSE_PROJECT_NAME > last `name:` > project directory name. */
function projectName(option, env, files, projectDir) {
    if (option)
        return checkImperativeProjectName(option, 'the project name option');
    const fromEnv = env.get('COMPOSE_PROJECT_NAME');
    if (fromEnv)
        return checkImperativeProjectName(fromEnv, 'COMPOSE_PROJECT_NAME');
    let fromFiles;
    for (const document of files.flat()) {
        const value = document.value?.name;
        if (typeof value !== 'string' || value === '')
            continue;
        try {
            const expanded = template_substitute(value, (k) => env.get(k));
            if (expanded !== '')
                fromFiles = expanded;
        }
        catch (error) {
            if (!(error instanceof TemplateError))
                throw error;
            fail(error.invalidFormat ? `invalid interpolation format for name.\nYou may need to escape any $ with another $.\n${value}` : `error while interpolating name: ${error.message}`, 'name', document.positions.get('name'));
        }
    }
    const chosen = normalizeProjectName(fromFiles ?? external_node_path_default().basename(projectDir));
    if (chosen === '') {
        fail(`project name must not be empty: the ${fromFiles !== undefined ? 'name: of the Compose file' : `directory name "${external_node_path_default().basename(projectDir)}"`} has no usable character; set name: or pass a project name`);
    }
    return chosen;
}
/** Per document: interpolate → validate → include → extends → merge (see the header). */
function loadDocuments(documents, pipeline) {
    let accumulated;
    const lookup = (k) => pipeline.env.get(k);
    for (const document of documents) {
        if (document.value === null)
            continue;
        const bag = new DiagnosticBag(document.positions, document.file);
        let value = interpolateTree(document.value, lookup, bag, pipeline.warnings, document.file);
        bag.throwIfAny();
        validateSchema(value, bag);
        bag.throwIfAny();
        if ('version' in value) {
            pipeline.warnings.push({
                message: `${document.file}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`,
                key: 'version',
                source: document.positions.get('version') ?? { file: document.file },
            });
            delete value.version;
        }
        if (value.include !== undefined) {
            pipeline.combined = true;
            value = applyIncludes(value, document.file, {
                env: pipeline.env,
                workingDir: pipeline.projectDir,
                includeStack: pipeline.includeStack,
                positions: document.positions,
                bag,
                home: pipeline.home,
                loadSubProject: (files, env, projectDir, includeStack) => {
                    const sub = { ...pipeline, env, projectDir, includeStack };
                    return loadDocuments(files.flatMap((f) => parseComposeFile(f)), sub);
                },
            });
            bag.throwIfAny();
        }
        if (isMapping(value.services) && Object.values(value.services).some((service) => isMapping(service) && 'extends' in service))
            pipeline.combined = true;
        applyExtends({ file: document.file, model: value, resets: document.resets, overrides: document.overrides, positions: document.positions }, { bag, loadFile: (file) => loadExtendsSource(file, pipeline) });
        bag.throwIfAny();
        if (accumulated === undefined) {
            enforceUnicity(value, bag);
            accumulated = value;
        }
        else {
            pipeline.combined = true;
            accumulated = mergeDocument(accumulated, value, document.resets, document.overrides, bag);
        }
        bag.throwIfAny();
        for (const [key, position] of document.positions)
            pipeline.positions.set(key, position);
    }
    return accumulated ?? {};
}
/** A file read for `extends`: interpolated with the project env, its documents merged; nothing else. */
function loadExtendsSource(file, pipeline) {
    const cached = pipeline.extendsCache.get(file);
    if (cached)
        return cached;
    let model = {};
    const resets = [];
    const overrides = [];
    const positions = new Map();
    for (const document of parseComposeFile(file)) {
        if (document.value === null)
            continue;
        const bag = new DiagnosticBag(document.positions, file);
        const value = interpolateTree(document.value, (k) => pipeline.env.get(k), bag, pipeline.warnings, file);
        model = mergeDocument(model, value, document.resets, document.overrides, bag);
        bag.throwIfAny();
        resets.push(...document.resets);
        overrides.push(...document.overrides);
        for (const [k, p] of document.positions)
            positions.set(k, p);
    }
    const source = { file, model, resets, overrides, positions };
    pipeline.extendsCache.set(file, source);
    return source;
}
/** Binding, normalization, profiles, environment, consistency (passes 9–12). */
function bind(model, name, pipeline, files, options, bag) {
    const positions = pipeline.positions;
    const warn = (message, key) => {
        pipeline.warnings.push({ message, key, source: positionOf(positions, key, files[0]) });
    };
    const context = { project: name, bag, warn, sourceOf: (key) => positions.get(key) };
    const project = {
        name,
        workingDir: pipeline.projectDir,
        composeFiles: files,
        services: {},
        disabledServices: {},
        networks: {},
        volumes: {},
        secrets: {},
        configs: {},
        extensions: extensionsOf(model),
        warnings: pipeline.warnings,
        positions: Object.fromEntries(positions),
    };
    const section = (key) => (isMapping(model[key]) ? model[key] : {});
    for (const [key, raw] of Object.entries(section('networks')))
        project.networks[key] = bindNetwork(key, raw, context);
    for (const [key, raw] of Object.entries(section('volumes')))
        project.volumes[key] = bindVolume(key, raw, context);
    for (const [key, raw] of Object.entries(section('secrets')))
        project.secrets[key] = bindSecret(key, raw, context);
    for (const [key, raw] of Object.entries(section('configs')))
        project.configs[key] = bindConfig(key, raw, context);
    const rawServices = section('services');
    if (Object.keys(rawServices).length === 0) {
        fail('no services defined: the Compose project needs a services: section with at least one service', 'services', positions.get('services') ?? { file: files[0] });
    }
    const labelFiles = new Map();
    const all = [];
    for (const [serviceName, raw] of Object.entries(rawServices)) {
        const spec = isMapping(raw) ? raw : {};
        const service = bindService(serviceName, spec, bag, positions.get(`services.${serviceName}`));
        labelFiles.set(serviceName, stringList(spec.label_file));
        all.push(service);
    }
    bag.throwIfAny();
    if (addDefaultNetwork(all) && !('default' in project.networks))
        project.networks.default = defaultNetwork(name);
    for (const service of all)
        addImplicitDependencies(service);
    // Profiles: options, else COMPOSE_PROFILES. A service without profiles is always enabled; `*` enables all.
    const active = new Set((options.profiles.length > 0 ? options.profiles : (pipeline.env.get('COMPOSE_PROFILES') ?? '').split(','))
        .map((p) => p.trim())
        .filter((p) => p !== ''));
    for (const service of all) {
        const enabled = service.profiles.length === 0 || active.has('*') || service.profiles.some((p) => active.has(p));
        (enabled ? project.services : project.disabledServices)[service.name] = service;
    }
    for (const service of all) {
        if (service.name in project.services)
            resolveServiceEnvironment(service, pipeline.env, bag, labelFiles.get(service.name) ?? []);
        else {
            // Disabled services are never run: their env files are not read, bare keys still resolve.
            for (const [k, v] of Object.entries(service.environment))
                service.environment[k] = v ?? pipeline.env.get(k) ?? null;
        }
    }
    checkConsistency(project, bag, warn);
    bag.throwIfAny();
    return project;
}

;// CONCATENATED MODULE: ./src/compose/render.ts
// `docker compose config`-style printing of a loaded Project: Compose key names (snake_case), long syntax,
// x-* inline, durations as Go duration strings, keys sorted so the output is deterministic.
// File-based secrets print their path only: the loader never reads their content.


/**
 * Drops undefined, sorts keys (recursively), and escapes `$` as `$$` in string values, as `docker compose config`
 * does, so the printed model read back as a Compose file yields the same values instead of interpolating again.
 */
function tidy(value) {
    if (typeof value === 'string')
        return value.replace(/\$/g, '$$$$');
    if (Array.isArray(value))
        return value.map(tidy);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort()) {
            const v = value[key];
            if (v === undefined)
                continue;
            out[key] = tidy(v);
        }
        return out;
    }
    return value;
}
const nonEmpty = (value) => (value && Object.keys(value).length > 0 ? value : undefined);
const list = (value) => (value && value.length > 0 ? value : undefined);
const render_duration = (seconds) => (seconds === undefined ? undefined : formatDuration(seconds));
const withExtensions = (tree, extensions) => ({ ...tree, ...(extensions ?? {}) });
function renderHealthcheck(h) {
    return {
        test: h.test,
        interval: render_duration(h.interval),
        timeout: render_duration(h.timeout),
        start_period: render_duration(h.startPeriod),
        start_interval: render_duration(h.startInterval),
        retries: h.retries,
        disable: h.disable,
    };
}
function renderUpdateConfig(u) {
    if (!u)
        return undefined;
    return withExtensions({ parallelism: u.parallelism, delay: render_duration(u.delay), failure_action: u.failureAction, monitor: render_duration(u.monitor), max_failure_ratio: u.maxFailureRatio, order: u.order }, u.extensions);
}
function renderResources(r) {
    if (!r)
        return undefined;
    return {
        cpus: r.cpus,
        memory: r.memory,
        pids: r.pids,
        devices: list(r.devices.map((d) => ({ capabilities: d.capabilities, driver: d.driver, count: d.count === -1 ? 'all' : d.count, device_ids: list(d.deviceIds), options: nonEmpty(d.options) }))),
        generic_resources: list(r.genericResources.map((g) => ({ discrete_resource_spec: { kind: g.kind, value: g.value } }))),
    };
}
function renderDeploy(d) {
    return withExtensions({
        mode: d.mode,
        replicas: d.replicas,
        labels: nonEmpty(d.labels),
        update_config: renderUpdateConfig(d.updateConfig),
        rollback_config: renderUpdateConfig(d.rollbackConfig),
        restart_policy: d.restartPolicy && {
            condition: d.restartPolicy.condition,
            delay: render_duration(d.restartPolicy.delay),
            max_attempts: d.restartPolicy.maxAttempts,
            window: render_duration(d.restartPolicy.window),
        },
        resources: nonEmpty({ limits: renderResources(d.resources.limits), reservations: renderResources(d.resources.reservations) }) && {
            limits: renderResources(d.resources.limits),
            reservations: renderResources(d.resources.reservations),
        },
        placement: d.placement && { constraints: list(d.placement.constraints), preferences: list(d.placement.preferences), max_replicas_per_node: d.placement.maxReplicasPerNode },
        endpoint_mode: d.endpointMode,
    }, d.extensions);
}
function renderService(s) {
    const tree = {
        ...s.otherKeys,
        image: s.image,
        build: s.build,
        command: s.command,
        entrypoint: s.entrypoint,
        environment: nonEmpty(s.environment),
        env_file: list(s.envFiles.map((e) => ({ path: e.path, required: e.required, format: e.format }))),
        labels: nonEmpty(s.labels),
        user: s.user,
        working_dir: s.workingDir,
        init: s.init,
        cap_add: list(s.capAdd),
        cap_drop: list(s.capDrop),
        ulimits: nonEmpty(s.ulimits),
        healthcheck: s.healthcheck && renderHealthcheck(s.healthcheck),
        depends_on: nonEmpty(s.dependsOn),
        ports: list(s.ports.map((p) => withExtensions({ mode: p.mode, host_ip: p.hostIp, target: p.target, published: p.published, protocol: p.protocol, app_protocol: p.appProtocol, name: p.name }, p.extensions))),
        expose: list(s.expose),
        volumes: list(s.volumes.map((v) => withExtensions({
            type: v.type,
            source: v.source,
            target: v.target,
            read_only: v.readOnly || undefined,
            bind: v.bind && { propagation: v.bind.propagation, create_host_path: v.bind.createHostPath, selinux: v.bind.selinux },
            volume: v.volume && { nocopy: v.volume.nocopy, subpath: v.volume.subpath },
            tmpfs: v.tmpfs && { size: v.tmpfs.size, mode: v.tmpfs.mode },
        }, v.extensions))),
        tmpfs: list(s.tmpfs),
        secrets: list(s.secrets.map((r) => withExtensions({ source: r.source, target: r.target, uid: r.uid, gid: r.gid, mode: r.mode }, r.extensions))),
        configs: list(s.configs.map((r) => withExtensions({ source: r.source, target: r.target, uid: r.uid, gid: r.gid, mode: r.mode }, r.extensions))),
        networks: nonEmpty(Object.fromEntries(Object.entries(s.networks).map(([k, n]) => [k, n === null ? null : withExtensions({ aliases: list(n.aliases), ipv4_address: n.ipv4Address, ipv6_address: n.ipv6Address }, n.extensions)]))),
        network_mode: s.networkMode,
        logging: s.logging && { driver: s.logging.driver, options: nonEmpty(s.logging.options) },
        deploy: s.deploy && renderDeploy(s.deploy),
        profiles: list(s.profiles),
        read_only: s.readOnly,
        privileged: s.privileged,
        tty: s.tty,
        stdin_open: s.stdinOpen,
        hostname: s.hostname,
        domainname: s.domainname,
        dns: list(s.dns),
        dns_search: list(s.dnsSearch),
        extra_hosts: list(s.extraHosts),
        sysctls: nonEmpty(s.sysctls),
        security_opt: list(s.securityOpt),
        stop_grace_period: render_duration(s.stopGracePeriod),
        stop_signal: s.stopSignal,
        shm_size: s.shmSize,
        mem_limit: s.memLimit,
        mem_reservation: s.memReservation,
        cpus: s.cpus,
        pid: s.pid,
        ipc: s.ipc,
        platform: s.platform,
        pull_policy: s.pullPolicy,
        restart: s.restart,
        container_name: s.containerName,
        devices: list(s.devices),
        links: list(s.links),
    };
    return withExtensions(tree, s.extensions);
}
/** The project as `docker compose config` would print it (yaml or json). */
function renderConfig(project, format) {
    const resources = (items, render) => nonEmpty(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, withExtensions(render(v), v.extensions)])));
    const tree = tidy({
        ...project.extensions,
        name: project.name,
        services: Object.fromEntries(Object.entries(project.services).map(([k, s]) => [k, renderService(s)])),
        networks: resources(project.networks, (n) => ({ name: n.name, external: n.external || undefined, internal: n.internal || undefined, driver: n.driver, driver_opts: nonEmpty(n.driverOpts), labels: nonEmpty(n.labels) })),
        volumes: resources(project.volumes, (v) => ({ name: v.name, external: v.external || undefined, driver: v.driver, driver_opts: nonEmpty(v.driverOpts), labels: nonEmpty(v.labels) })),
        secrets: resources(project.secrets, (s) => ({ name: s.name, external: s.external || undefined, file: s.file, environment: s.environment, labels: nonEmpty(s.labels) })),
        configs: resources(project.configs, (c) => ({ name: c.name, external: c.external || undefined, file: c.file, environment: c.environment, content: c.content })),
    });
    if (format === 'json')
        return `${JSON.stringify(tree, null, 2)}\n`;
    return (0,dist/* stringify */.As)(tree, { lineWidth: 0, aliasDuplicateObjects: false });
}

;// CONCATENATED MODULE: ./src/compose/index.ts
// Public entry of the Compose loader: files + environment → one normalized Project (see model.ts).
// No AWS, no CloudFormation, no process.env: the caller passes the environment in.
// The passes and their order are described in loader.ts.



/** Loads and normalizes. Throws ComposeError (one or more diagnostics with file, line, key) on bad input. */
function compose_loadProject(options) {
    try {
        return loadProject(options);
    }
    catch (error) {
        // A pathological file (nesting thousands of levels deep) exhausts the stack: say so instead of crashing.
        if (error instanceof RangeError) {
            throw new errors/* ComposeError */.hp([{ message: 'the Compose file is nested too deeply to be read (thousands of levels): simplify its structure' }]);
        }
        throw error;
    }
}


/***/ }),

/***/ 4449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F1: () => (/* binding */ loadForMode),
/* harmony export */   p7: () => (/* binding */ workingDirectory),
/* harmony export */   r$: () => (/* binding */ networkFactsFromInputs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _compose_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5398);
/* harmony import */ var _stack_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7911);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8670);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
// What every mode that reads the Compose file starts with: inputs → LoadOptions → Project, stack name and
// the network facts the inputs give. Relative paths resolve against `working-directory`.





function workingDirectory(context) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(context.inputs.string('working-directory'));
}
function loadForMode(context) {
    const { inputs, host } = context;
    const workingDir = workingDirectory(context);
    const projectName = inputs.string('project-name');
    const project = (0,_compose_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProject */ .g)({
        workingDir,
        composeFiles: inputs.list('compose-file'),
        projectName: projectName === '' ? undefined : projectName,
        envFiles: inputs.list('env-file'),
        profiles: inputs.list('profiles'),
        env: host.env,
    });
    (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .reportDiagnostics */ .D)(host, project.warnings, 'warning');
    const stackName = (0,_stack_name_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveStackName */ .c)(inputs.string('stack-name'), project.name);
    return { project, stackName, workingDir };
}
/** Network facts from the inputs alone (convert, offline). preview/deploy complete them with AWS lookups. */
function networkFactsFromInputs(context) {
    const vpc = context.inputs.string('vpc');
    const subnets = context.inputs.list('subnets');
    // A malformed id would only fail inside CloudFormation, after a change set was made: say so now.
    if (vpc !== '' && !/^vpc-[0-9a-f]+$/i.test(vpc))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Input "vpc": "${vpc}" is not a VPC id (vpc- followed by hex digits, e.g. vpc-0123456789abcdef0).`);
    const badSubnet = subnets.find((id) => !/^subnet-[0-9a-f]+$/i.test(id));
    if (badSubnet !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Input "subnets": "${badSubnet}" is not a subnet id (subnet- followed by hex digits, e.g. subnet-0123456789abcdef0).`);
    const region = context.inputs.region(context.host.env);
    return {
        vpcId: vpc === '' ? undefined : vpc,
        subnets: subnets.length ? subnets.map((id) => ({ id })) : undefined,
        region,
    };
}


/***/ }),

/***/ 7911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ resolveStackName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// The CloudFormation stack name. It defaults to the Compose project name, as Docker's integration named its
// stacks, so a stack deployed with `docker compose up` is found and updated in place. CloudFormation accepts
// [a-zA-Z][-a-zA-Z0-9]* up to 128 characters; Compose project names may contain `_` (made `-` here) and may
// start with a digit (rejected with a way out).

const STACK_NAME = /^[a-zA-Z][-a-zA-Z0-9]*$/;
const MAX_STACK_NAME = 128;
function resolveStackName(explicit, projectName) {
    if (explicit !== '') {
        if (!STACK_NAME.test(explicit) || explicit.length > MAX_STACK_NAME) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input "stack-name": "${explicit}" is not a valid CloudFormation stack name: use letters, digits and hyphens, starting with a letter, at most ${MAX_STACK_NAME} characters.`);
        }
        return explicit;
    }
    const candidate = projectName.replace(/_/g, '-');
    if (!STACK_NAME.test(candidate) || candidate.length > MAX_STACK_NAME) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The project name "${projectName}" does not make a valid CloudFormation stack name (letters, digits and hyphens, starting with a letter, at most ${MAX_STACK_NAME} characters): set the "stack-name" input.`);
    }
    return candidate;
}


/***/ })

};
