#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4489:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m0: () => (/* binding */ cliMain)
});

// UNUSED EXPORTS: cliHost, parseArgs, usage

// EXTERNAL MODULE: ./src/interface.ts
var src_interface = __nccwpck_require__(6160);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __nccwpck_require__(8422);
;// CONCATENATED MODULE: ./src/modes/index.ts
// Mode registry. Each mode lives in its own file and is imported only when chosen, so `convert` never loads
// the AWS SDK or Octokit (they sit behind dynamic imports, in separate bundle chunks).
/** Every mode, in the order of the interface table; the type makes a missing one a compile error. */
const RUNNERS = {
    convert: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(449), __nccwpck_require__.e(935), __nccwpck_require__.e(417), __nccwpck_require__.e(271)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1271))).runConvert,
    config: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(449), __nccwpck_require__.e(120)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8120))).runConfig,
    local: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(449), __nccwpck_require__.e(419)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8419))).runLocal,
    permissions: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(449), __nccwpck_require__.e(417), __nccwpck_require__.e(999)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7999))).runPermissions,
    teardown: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(449), __nccwpck_require__.e(534), __nccwpck_require__.e(935), __nccwpck_require__.e(91), __nccwpck_require__.e(678)]).then(__nccwpck_require__.bind(__nccwpck_require__, 678))).runTeardown,
    status: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(449), __nccwpck_require__.e(534), __nccwpck_require__.e(935), __nccwpck_require__.e(370)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5370))).runStatus,
    logs: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(449), __nccwpck_require__.e(534), __nccwpck_require__.e(561)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8561))).runLogs,
    secret: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(449), __nccwpck_require__.e(534), __nccwpck_require__.e(450)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9450))).runSecret,
    volume: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(449), __nccwpck_require__.e(534), __nccwpck_require__.e(91), __nccwpck_require__.e(103)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1748))).runVolume,
    preview: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(449), __nccwpck_require__.e(534), __nccwpck_require__.e(935), __nccwpck_require__.e(417), __nccwpck_require__.e(751), __nccwpck_require__.e(222)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5222))).runPreview,
    deploy: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(449), __nccwpck_require__.e(534), __nccwpck_require__.e(935), __nccwpck_require__.e(417), __nccwpck_require__.e(751), __nccwpck_require__.e(588)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1588))).runDeploy,
};
async function runMode(mode, context) {
    const run = await RUNNERS[mode]();
    await run(context);
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/diagnostics.ts + 1 modules
var diagnostics = __nccwpck_require__(8670);
;// CONCATENATED MODULE: ./src/run.ts
// The shared body of both edges: pick the mode, run it, and turn any failure into one clear error line.
// A UserError is the user's to fix and prints without a stack trace; anything else is our bug, printed as
// one line plus the stack at debug level. Every mode leaves a job summary, failed runs included: a mode that
// failed before writing its own gets the renderer's failure section here.




async function run(host) {
    let summaryWritten = false;
    const tracked = Object.assign(Object.create(host), {
        appendSummary: async (markdown) => {
            summaryWritten = true;
            await host.appendSummary(markdown);
        },
    });
    let inputs;
    let mode;
    try {
        inputs = (0,src_inputs/* readInputs */.Ko)(tracked);
        mode = inputs.mode();
        await runMode(mode, { host: tracked, inputs });
        return 0;
    }
    catch (error) {
        const message = report(host, error);
        // In a terminal the error line says it all; on a runner the summary is the run's record.
        if (host.kind === 'action' && mode !== undefined && inputs !== undefined && !summaryWritten)
            await writeFailureSummary(host, mode, inputs, message);
        return error instanceof errors/* UsageError */.eb ? 2 : 1;
    }
}
/** Prints the error as one line (with an annotation when it points into a file) and returns that line. */
function report(host, error) {
    if (error instanceof errors/* UserError */.yo) {
        const first = error.diagnostics[0];
        const at = first ?? (error.source ? { message: error.message, source: error.source, key: error.key } : undefined);
        host.error(error.message, at ? (0,diagnostics/* annotationOf */.l)(host, at) : undefined);
        return error.message;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    host.debug(err.stack ?? String(err));
    const message = `Internal error: ${err.message}. This is a bug in compose-ecs-action; please report it with the debug log.`;
    host.error(message);
    return message;
}
async function writeFailureSummary(host, mode, inputs, message) {
    // Loaded only on this path: a successful convert never pays for the renderer.
    const { writeSummary } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(935)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2935));
    const project = inputs.string('project-name');
    await writeSummary(host, {
        mode,
        result: 'failure',
        stackName: inputs.string('stack-name') || project || '(not resolved)',
        project: project || '(not resolved)',
        failure: { message, rootCauseEvents: [], serviceEvents: [], stoppedTasks: [] },
    });
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/cli-main.ts
// The CLI edge (entry: src/cli.ts): `compose-ecs [global flags] <mode> [mode flags]`, over the same modes as the action.
// Every input is a flag of the same name (`--compose-file`), plus docker compose's aliases (`-f`, `-p`,
// `--profile`, `--env-file`). The primary artifact (template, config, policy) goes to stdout when no path is
// given; logs, outputs and the summary go to stderr in readable form. Exit codes: 0 ok, 1 failure, 2 usage.




/** Positional arguments after the mode, by mode (`compose-ecs secret create db-password`). */
const POSITIONALS = {
    secret: ['secret-action', 'secret-name'],
    volume: ['volume-action', 'volume-id'],
    logs: ['service'],
};
/** Inputs that may be given several times; the values are joined with newlines. */
const REPEATABLE = new Set(['compose-file', 'env-file', 'profiles', 'subnets']);
function parseArgs(argv) {
    const values = new Map();
    const set = (name, value) => {
        const previous = values.get(name);
        values.set(name, previous !== undefined && REPEATABLE.has(name) ? `${previous}\n${value}` : value);
    };
    const aliasOf = new Map();
    for (const input of src_interface/* INPUTS */.mc)
        for (const alias of input.aliases ?? [])
            aliasOf.set(alias, input.name);
    let help = false;
    let version = false;
    let positionals = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '-h' || arg === '--help') {
            help = true;
            continue;
        }
        if (arg === '--version' || arg === '-v') {
            version = true;
            continue;
        }
        if (arg === '--') {
            positionals = positionals.concat(argv.slice(i + 1));
            break;
        }
        if (arg.startsWith('-') && arg !== '-') {
            const eq = arg.indexOf('=');
            const flag = eq >= 0 ? arg.slice(0, eq) : arg;
            let name = aliasOf.get(flag) ?? (flag.startsWith('--') ? flag.slice(2) : '');
            let negated = false;
            if (!(0,src_interface/* inputSpec */.mm)(name) && name.startsWith('no-') && (0,src_interface/* inputSpec */.mm)(name.slice(3))) {
                name = name.slice(3);
                negated = true;
            }
            const spec = (0,src_interface/* inputSpec */.mm)(name);
            if (!spec)
                throw new errors/* UsageError */.eb(`Unknown flag ${flag}. Run "compose-ecs --help" for the flags.`);
            const isBoolean = spec.default === 'true' || spec.default === 'false' || name === 'termination-protection';
            if (negated) {
                if (!isBoolean || eq >= 0)
                    throw new errors/* UsageError */.eb(`--no-${name} takes no value and only fits a true/false flag.`);
                set(name, 'false');
                continue;
            }
            if (eq >= 0) {
                set(name, arg.slice(eq + 1));
                continue;
            }
            const next = argv[i + 1];
            if (isBoolean && (next === undefined || next.startsWith('-') || !['true', 'false'].includes(next))) {
                set(name, 'true');
                continue;
            }
            if (next === undefined)
                throw new errors/* UsageError */.eb(`Flag ${flag} needs a value.`);
            set(name, next);
            i++;
            continue;
        }
        positionals.push(arg);
    }
    if (positionals.length > 0) {
        const [mode, ...rest] = positionals;
        if (values.has('mode') && values.get('mode') !== mode)
            throw new errors/* UsageError */.eb(`Mode given twice: "${values.get('mode')}" and "${mode}".`);
        values.set('mode', mode);
        const names = POSITIONALS[mode] ?? [];
        if (rest.length > names.length)
            throw new errors/* UsageError */.eb(`Too many arguments for "${mode}": ${rest.slice(names.length).join(' ')}.`);
        rest.forEach((value, index) => set(names[index], value));
    }
    return { values, help, version };
}
function usage() {
    const flags = src_interface/* INPUTS */.mc.filter((i) => i.name !== 'mode').map((i) => {
        const aliases = (i.aliases ?? []).filter((a) => a !== `--${i.name}`);
        const names = [`--${i.name}`, ...aliases].join(', ');
        const modes = i.modes === 'all' ? '' : ` [${i.modes.join(', ')}]`;
        const dflt = i.default && !i.default.startsWith('${{') ? ` (default: ${i.default})` : '';
        return `  ${names}\n      ${i.description}${dflt}${modes}`;
    });
    return [
        `compose-ecs ${version/* VERSION */.x}: deploy a Docker Compose file to Amazon ECS through CloudFormation.`,
        '',
        'Usage: compose-ecs [flags] <mode> [arguments] [flags]',
        '',
        `Modes: ${src_interface/* MODES */.FN.join(', ')} (default: convert)`,
        '  compose-ecs convert -f compose.yaml            print the CloudFormation template',
        '  compose-ecs config                             print the normalized Compose model',
        '  compose-ecs secret create NAME --secret-file F  (secret: create|update|list|inspect|delete)',
        '  compose-ecs volume remove fs-0123              (volume: list|remove)',
        '',
        'Flags (every action input is a flag of the same name):',
        ...flags,
        '',
        'Exit codes: 0 success, 1 failure, 2 usage error.',
    ].join('\n');
}
function cliHost(values, signal) {
    const secrets = [];
    const mask = (text) => secrets.reduce((t, s) => (s ? t.split(s).join('***') : t), text);
    const err = (text) => { process.stderr.write(`${mask(text)}\n`); };
    const where = (p) => (p?.file ? `${p.file}${p.startLine ? `:${p.startLine}` : ''}${p.startLine && p.startColumn ? `:${p.startColumn}` : ''}: ` : '');
    const outputs = new Map();
    const debugOn = process.env.COMPOSE_ECS_DEBUG === '1' || process.env.RUNNER_DEBUG === '1';
    return {
        kind: 'cli',
        getInput: (name) => values.get(name) ?? '',
        setOutput: (name, value) => { outputs.set(name, value); },
        setSecret: (value) => { if (value)
            secrets.push(value); },
        info: (message) => err(message),
        debug: (message) => { if (debugOn)
            err(`debug: ${message}`); },
        // Compose diagnostics already start with file:line: — only prefix the location when the message lacks it.
        warning: (message, p) => err(`warning: ${p?.file && message.startsWith(p.file) ? '' : where(p)}${message}`),
        error: (message, p) => err(`error: ${p?.file && message.startsWith(p.file) ? '' : where(p)}${message}`),
        appendSummary: async (markdown) => { err(mask(markdownToText(markdown))); },
        writeStdout: (text) => process.stdout.write(mask(text)),
        env: { ...process.env },
        signal,
        outputs,
    };
}
/** Markdown is readable as it is; drop the HTML a terminal cannot show and decode the escapes the renderer added. */
function markdownToText(markdown) {
    return markdown
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<\/?(details|summary|br|b|code|sub|sup)>/g, '')
        .replace(/\n{3,}/g, '\n\n')
        .replace(/&#(\d+);/g, (_, code) => printable(Number(code)))
        .replace(/&#x([0-9a-f]+);/gi, (_, code) => printable(parseInt(code, 16)))
        .replace(/&(lt|gt|quot|amp);/g, (_, name) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name] ?? '')
        .trimEnd();
}
/** A character reference as text, except control characters (a terminal would act on them). */
function printable(code) {
    return code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) || code > 0x10ffff ? '' : String.fromCodePoint(code);
}
async function cliMain(argv) {
    let parsed;
    try {
        parsed = parseArgs(argv);
    }
    catch (error) {
        process.stderr.write(`error: ${error.message}\n`);
        return 2;
    }
    if (parsed.help) {
        process.stdout.write(`${usage()}\n`);
        return 0;
    }
    if (parsed.version) {
        process.stdout.write(`${version/* VERSION */.x}\n`);
        return 0;
    }
    const controller = new AbortController();
    process.once('SIGINT', () => controller.abort());
    process.once('SIGTERM', () => controller.abort());
    const host = cliHost(parsed.values, controller.signal);
    const code = await run(host);
    if (host.outputs.size > 0) {
        process.stderr.write('Outputs:\n');
        for (const [name, value] of host.outputs)
            process.stderr.write(`  ${name}: ${value}\n`);
    }
    return code;
}


/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4489);
// Entry point of the bundled CLI (dist/cli/index.js).

process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .cliMain */ .m0)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  l: () => (/* binding */ annotationOf),
  D: () => (/* binding */ reportDiagnostics)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/github/annotations.ts
// Diagnostics (loader and converter findings) as GitHub annotations: `::warning file=…,line=…::` lines that
// the runner pins to the Compose file in the pull request's "Files changed" view. Annotation paths must be
// relative to the repository root (GITHUB_WORKSPACE); a file outside it keeps its path (the annotation then
// shows in the run only).

/** `file` relative to `workspace` with forward slashes, when inside it; otherwise unchanged. */
function workspaceRelativePath(file, workspace) {
    if (!workspace || !(0,external_node_path_.isAbsolute)(file))
        return file;
    const relativePath = (0,external_node_path_.relative)(workspace, file);
    if (!relativePath || relativePath.startsWith('..') || (0,external_node_path_.isAbsolute)(relativePath))
        return file;
    return relativePath.split(external_node_path_.sep).join('/');
}
/** The annotation properties of a diagnostic (none when it has no position). */
function annotationProperties(diagnostic, workspace, title) {
    const properties = {};
    if (title)
        properties.title = title;
    const source = diagnostic.source;
    if (source?.file) {
        properties.file = workspaceRelativePath(source.file, workspace);
        if (source.line !== undefined) {
            properties.startLine = source.line;
            if (source.column !== undefined)
                properties.startColumn = source.column;
        }
    }
    return properties;
}
/** The annotation's text: the key path first, since the position alone does not say which key. */
function diagnosticMessage(diagnostic) {
    return diagnostic.key ? `${diagnostic.key}: ${diagnostic.message}` : diagnostic.message;
}
/** One host.warning / host.error per diagnostic, placed in the file when the diagnostic knows where. */
function annotateDiagnostics(host, diagnostics, level = 'warning', title) {
    const workspace = host.env.GITHUB_WORKSPACE || undefined;
    for (const diagnostic of diagnostics) {
        const properties = annotationProperties(diagnostic, workspace, title);
        const message = diagnosticMessage(diagnostic);
        if (level === 'error')
            host.error(message, properties);
        else
            host.warning(message, properties);
    }
}
/**
 * A UserError as error annotations: each of its diagnostics (a ComposeError carries several), or the error
 * itself at its source. Returns whether anything was annotated, so the caller can avoid printing it twice.
 */
function annotateUserError(host, error) {
    if (error.diagnostics.length > 0) {
        annotateDiagnostics(host, error.diagnostics, 'error');
        return true;
    }
    if (error.source) {
        annotateDiagnostics(host, [{ message: error.message, source: error.source }], 'error');
        return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/diagnostics.ts
// Diagnostics (loader and converter findings) to log lines and GitHub annotations pointing at file and line.
// The annotation's position (workspace-relative file, line, column) is github/annotations.ts's; the log line
// here carries the whole `file:line:column: key: message`, so it reads the same in a terminal.


function annotationOf(host, d) {
    if (!d.source)
        return undefined;
    return annotationProperties(d, host.env.GITHUB_WORKSPACE || undefined, d.key);
}
function reportDiagnostics(host, diagnostics, level) {
    for (const d of diagnostics) {
        const message = (0,errors/* formatDiagnostic */.xy)(d);
        if (level === 'warning')
            host.warning(message, annotationOf(host, d));
        else
            host.error(message, annotationOf(host, d));
    }
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   hp: () => (/* binding */ ComposeError),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
// Errors a person can act on. Anything thrown that is not a UserError is a bug in this project: the edges
// (main.ts, cli.ts) print it with a stack trace as `::debug::` only and a one-line message otherwise.
/** An error caused by the user's input or environment, with what to do about it. Printed without a stack trace. */
class UserError extends Error {
    /** Where in the user's files the problem is, when known (becomes a GitHub annotation). */
    source;
    /** Dotted key path of the offending key, when known. */
    key;
    /** Further problems found in the same pass, reported together. */
    diagnostics;
    constructor(message, options = {}) {
        super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
        this.name = 'UserError';
        this.source = options.source;
        this.key = options.key;
        this.diagnostics = options.diagnostics ?? [];
    }
}
/** Bad Compose input: one or more diagnostics, each with file, position and key. */
class ComposeError extends UserError {
    constructor(diagnostics) {
        const first = diagnostics[0];
        super(diagnostics.length === 1 ? formatDiagnostic(first) : `${diagnostics.length} problems in the Compose files:\n${diagnostics.map((d) => `  - ${formatDiagnostic(d)}`).join('\n')}`, {
            source: first?.source,
            key: first?.key,
            diagnostics,
        });
        this.name = 'ComposeError';
    }
}
/** A mode or feature asked for that this version does not provide. */
class UsageError extends UserError {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/** `file:line:column: key: message` with whatever parts are known. */
function formatDiagnostic(d) {
    const where = d.source ? [d.source.file, d.source.line, d.source.line !== undefined ? d.source.column : undefined].filter((p) => p !== undefined).join(':') : '';
    const parts = [where, d.key].filter((p) => p);
    return parts.length ? `${parts.join(': ')}: ${d.message}` : d.message;
}
/** The message of anything thrown (SDK errors, Octokit errors, strings). */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 8422:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs)
/* harmony export */ });
/* unused harmony exports Inputs, INPUT_NAMES */
/* harmony import */ var _interface_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6160);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
// Reading inputs: the raw strings a Host gives, with the defaults of src/interface.ts applied and parsed
// into the types modes need. Every parse error names the input and what a valid value looks like.


class Inputs {
    raw;
    constructor(raw) {
        this.raw = raw;
    }
    /** The input's value, trimmed, or its default. */
    string(name) {
        const spec = (0,_interface_js__WEBPACK_IMPORTED_MODULE_0__/* .inputSpec */ .mm)(name);
        if (!spec)
            throw new Error(`internal: input "${name}" is not declared in src/interface.ts`);
        const value = this.raw(name).trim();
        if (value !== '')
            return value;
        // `${{ github.token }}` is action.yml's default; a caller outside a runner (the CLI) has no such token.
        return spec.default.startsWith('${{') ? '' : spec.default;
    }
    /** Newline- or comma-separated list, empty entries dropped. */
    list(name) {
        return this.string(name)
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter((s) => s !== '');
    }
    /** YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them. */
    boolean(name) {
        const value = this.string(name);
        if (['true', 'True', 'TRUE'].includes(value))
            return true;
        if (['false', 'False', 'FALSE'].includes(value))
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input "${name}" must be true or false, got "${value}".`);
    }
    /** Optional boolean: undefined when empty. */
    optionalBoolean(name) {
        return this.string(name) === '' ? undefined : this.boolean(name);
    }
    number(name, options = {}) {
        const value = this.string(name);
        const n = Number(value);
        const ok = value !== '' && Number.isFinite(n) && (!options.integer || Number.isInteger(n)) && (options.min === undefined || n >= options.min);
        if (!ok) {
            const what = `${options.integer ? 'a whole number' : 'a number'}${options.min !== undefined ? ` ≥ ${options.min}` : ''}`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input "${name}" must be ${what}, got "${value}".`);
        }
        return n;
    }
    oneOf(name, allowed) {
        const value = this.string(name);
        if (!allowed.includes(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input "${name}" must be one of ${allowed.join(', ')}; got "${value}".`);
        }
        return value;
    }
    /** The region asked for: the `region` input, else AWS_REGION, else AWS_DEFAULT_REGION; undefined when none. */
    region(env) {
        return this.string('region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
    }
    mode() {
        const value = this.string('mode');
        if (!_interface_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN.includes(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`Unknown mode "${value}". Valid modes: ${_interface_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN.join(', ')}.`);
        }
        return value;
    }
}
function readInputs(host) {
    return new Inputs((name) => host.getInput(name));
}
/** Names of every declared input, for the CLI's flag parser. */
const INPUT_NAMES = _interface_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.map((i) => i.name);


/***/ }),

/***/ 6160:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   mm: () => (/* binding */ inputSpec),
/* harmony export */   zr: () => (/* binding */ AWS_MODES)
/* harmony export */ });
/* unused harmony export OUTPUTS */
// The one interface of the action and the CLI: every input and output of every mode, with its default.
//
// This table is the source of truth. `action.yml` and the README's interface table are generated from it
// (`node scripts/interface.mjs`), and test/interface.test.ts fails when they drift apart. A runner passes every
// input action.yml declares, with its default; other callers (the CLI, tests) may pass none, so the defaults
// here are applied by `readInputs` too.
const MODES = [
    'convert',
    'config',
    'preview',
    'deploy',
    'teardown',
    'status',
    'logs',
    'secret',
    'volume',
    'local',
    'permissions',
];
/** Modes that call AWS (and so load the AWS SDK lazily). */
const AWS_MODES = ['preview', 'deploy', 'teardown', 'status', 'logs', 'secret', 'volume'];
const INPUTS = [
    // ---- shared ----
    { name: 'mode', description: `What to do: ${MODES.join(', ')}.`, default: 'convert', modes: 'all' },
    {
        name: 'compose-file',
        description: "Compose file(s), newline- or comma-separated, merged in order. Default: Compose's discovery (compose.yaml, compose.yml, docker-compose.yaml, docker-compose.yml, plus the override file) in the working directory or its parents.",
        default: '',
        modes: 'all',
        aliases: ['-f', '--file'],
    },
    { name: 'working-directory', description: 'Directory relative paths resolve against.', default: '.', modes: 'all' },
    {
        name: 'project-name',
        description: "Compose project name. Default: COMPOSE_PROJECT_NAME, the file's `name:`, else the directory name (Compose's rules).",
        default: '',
        modes: 'all',
        aliases: ['-p'],
    },
    { name: 'env-file', description: 'Environment file(s) for interpolation, newline- or comma-separated. Default: `.env` in the project directory.', default: '', modes: 'all', aliases: ['--env-file'] },
    { name: 'profiles', description: 'Compose profiles to enable, newline- or comma-separated. Default: COMPOSE_PROFILES.', default: '', modes: 'all', aliases: ['--profile'] },
    {
        name: 'stack-name',
        description: 'CloudFormation stack name. Default: the project name with `_` made `-` (so stacks deployed by docker compose are found).',
        default: '',
        modes: 'all',
    },
    { name: 'region', description: 'AWS region. Default: AWS_REGION, then AWS_DEFAULT_REGION.', default: '', modes: 'all' },
    { name: 'vpc', description: 'VPC id to deploy into. Default: x-aws-vpc, else the default VPC (looked up when credentials exist).', default: '', modes: 'all' },
    { name: 'subnets', description: 'Subnet ids for the tasks, newline- or comma-separated. Default: the VPC\'s subnets (looked up).', default: '', modes: 'all' },
    { name: 'template-format', description: 'Format of the written template: yaml or json.', default: 'yaml', modes: 'all' },
    { name: 'template-path', description: 'Where to write the generated template. Default: a file in RUNNER_TEMP (the action) or stdout (the CLI).', default: '', modes: 'all' },
    // ---- AWS (preview, deploy) ----
    { name: 's3-bucket', description: 'S3 bucket for templates over 51,200 bytes (CloudFormation\'s inline limit).', default: '', modes: ['preview', 'deploy'] },
    { name: 's3-prefix', description: 'Key prefix for templates uploaded to s3-bucket.', default: 'compose-ecs-action/', modes: ['preview', 'deploy'] },
    { name: 'capabilities', description: 'CloudFormation capabilities, comma-separated.', default: 'CAPABILITY_IAM,CAPABILITY_NAMED_IAM', modes: ['preview', 'deploy'] },
    { name: 'cfn-role-arn', description: 'IAM role CloudFormation assumes for the stack operation.', default: '', modes: ['preview', 'deploy', 'teardown'] },
    { name: 'parameters', description: 'Stack parameters as a YAML/JSON map or KEY=VALUE lines.', default: '', modes: ['preview', 'deploy'] },
    { name: 'tags', description: 'Extra stack tags as a YAML/JSON map.', default: '', modes: ['preview', 'deploy'] },
    // ---- deploy ----
    { name: 'wait', description: 'Wait for the stack operation to finish.', default: 'true', modes: ['deploy', 'teardown'] },
    { name: 'timeout-minutes', description: 'Give up waiting after this many minutes (fractions allowed); a timeout fails the run.', default: '60', modes: ['deploy', 'teardown'] },
    { name: 'termination-protection', description: 'Turn stack termination protection on (true) or off (false); empty leaves it as is.', default: '', modes: ['deploy'] },
    { name: 'recreate-failed-stack', description: 'Delete and recreate a stack left in ROLLBACK_COMPLETE by a failed first deployment.', default: 'false', modes: ['deploy'] },
    { name: 'pin-images', description: 'Pin image tags to registry digests so a moved tag rolls out (preview pins too, so it shows what deploy would do).', default: 'true', modes: ['preview', 'deploy'] },
    { name: 'force-new-deployment', description: 'Roll every service\'s tasks even when nothing changed.', default: 'false', modes: ['deploy'] },
    { name: 'cancel-on-abort', description: 'When the job is cancelled, also cancel the stack update in progress.', default: 'false', modes: ['deploy'] },
    { name: 'reviewed-deploy', description: 'Refuse to deploy a Compose model that differs from the one the pull request\'s preview comment showed.', default: 'false', modes: ['deploy'] },
    // ---- teardown ----
    { name: 'force', description: 'Delete even a termination-protected stack.', default: 'false', modes: ['teardown'] },
    { name: 'delete-volumes', description: 'Also delete the retained EFS file systems of the stack.', default: 'false', modes: ['teardown'] },
    { name: 'delete-secrets', description: 'Also delete the Secrets Manager secrets the action created for the stack.', default: 'false', modes: ['teardown'] },
    { name: 'stack-pattern', description: 'Sweep: delete every stack this action created whose name matches this glob (e.g. `shop-pr-*`).', default: '', modes: ['teardown'] },
    { name: 'older-than', description: 'Sweep: delete every stack this action created longer ago than this (e.g. `12h`, `7d`).', default: '', modes: ['teardown'] },
    { name: 'dry-run', description: 'Sweep: list what would be deleted, delete nothing.', default: 'false', modes: ['teardown'] },
    // ---- logs ----
    { name: 'service', description: 'Only this service (logs).', default: '', modes: ['logs'] },
    { name: 'since', description: 'Logs newer than this duration (e.g. `10m`, `2h`) or timestamp.', default: '1h', modes: ['logs'] },
    { name: 'tail', description: 'Only the last N lines per service (0 = all).', default: '0', modes: ['logs'] },
    { name: 'follow', description: 'Keep printing new lines until interrupted (docker compose logs --follow; for the CLI).', default: 'false', modes: ['logs'] },
    // ---- secret / volume ----
    { name: 'secret-action', description: 'secret mode: create, update, list, inspect or delete.', default: 'list', modes: ['secret'] },
    { name: 'secret-name', description: 'secret mode: the secret\'s name.', default: '', modes: ['secret'] },
    { name: 'secret-file', description: 'secret mode: read the value from this file.', default: '', modes: ['secret'] },
    { name: 'secret-value', description: 'secret mode: the value (prefer secret-file; it is masked in logs).', default: '', modes: ['secret'], secret: true },
    { name: 'delete-immediately', description: 'secret mode: delete without the recovery window.', default: 'false', modes: ['secret'] },
    { name: 'volume-action', description: 'volume mode: list or remove.', default: 'list', modes: ['volume'] },
    { name: 'volume-id', description: 'volume mode: the EFS file system id to remove.', default: '', modes: ['volume'] },
    // ---- local / permissions ----
    { name: 'local-override-path', description: 'local mode: where to write the Compose override.', default: 'compose.ecs-local.yaml', modes: ['local'] },
    { name: 'aws-profile', description: 'local mode: the ~/.aws profile the local credentials endpoint serves.', default: 'default', modes: ['local'] },
    { name: 'local-endpoints-image', description: 'local mode: image of the ECS local container endpoints. Default: amazon/amazon-ecs-local-container-endpoints, pinned (amd64).', default: '', modes: ['local'] },
    { name: 'permission-modes', description: 'permissions mode: modes the policy must allow, comma-separated. Default: every mode that calls AWS.', default: '', modes: ['permissions'] },
    // ---- GitHub ----
    { name: 'comment', description: 'Post the preview as a sticky pull-request comment: auto (on pull-request events), always or never.', default: 'auto', modes: ['preview', 'deploy'] },
    { name: 'github-token', description: 'Token for the pull-request comment.', default: '${{ github.token }}', modes: ['preview', 'deploy'], secret: true },
    { name: 'pr-number', description: 'Pull request to comment on, for events other than pull_request.', default: '', modes: ['preview', 'deploy'] },
    { name: 'redact-environment', description: 'Show every environment value as *** in comments and summaries (sensitive-looking names are always redacted).', default: 'false', modes: ['preview', 'deploy'] },
];
const OUTPUTS = [
    { name: 'template-path', description: 'Absolute path of the generated template.', modes: ['convert', 'preview', 'deploy'] },
    { name: 'template-sha256', description: 'SHA-256 of the template as canonical minified JSON.', modes: ['convert', 'preview', 'deploy'] },
    { name: 'stack-name', description: 'The CloudFormation stack name.', modes: ['convert', 'config', 'preview', 'deploy', 'teardown', 'status'] },
    { name: 'has-changes', description: 'Whether the change set has changes (left empty when unknown).', modes: ['preview', 'deploy'] },
    { name: 'changes-count', description: 'Number of resource changes.', modes: ['preview'] },
    { name: 'changes', description: 'JSON list of changes: logicalId, type, action, replacement.', modes: ['preview'] },
    { name: 'change-set-id', description: 'ARN of the change set.', modes: ['preview', 'deploy'] },
    { name: 'stack-id', description: 'ARN of the stack.', modes: ['deploy'] },
    { name: 'status', description: 'deploy: the final stack status; status mode: JSON of services, tasks and URLs.', modes: ['deploy', 'status'] },
    { name: 'url', description: 'The first public endpoint.', modes: ['deploy', 'status'] },
    { name: 'urls', description: 'JSON map of service to its public URLs.', modes: ['deploy', 'status'] },
    { name: 'outputs', description: 'JSON of the stack outputs.', modes: ['deploy'] },
    { name: 'stacks', description: 'teardown: JSON list of the stacks deleted (or that would be, with dry-run).', modes: ['teardown'] },
    { name: 'comment-id', description: 'Id of the pull-request comment.', modes: ['preview', 'deploy'] },
    { name: 'comment-url', description: 'URL of the pull-request comment.', modes: ['preview', 'deploy'] },
    { name: 'override-path', description: 'local mode: absolute path of the written Compose override.', modes: ['local'] },
    { name: 'policy', description: 'permissions mode: the IAM policy JSON.', modes: ['permissions'] },
];
function inputSpec(name) {
    return INPUTS.find((i) => i.name === name);
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// The version the CLI prints and the AWS user agent carries; kept in step with package.json by test/interface.test.ts.
const VERSION = '0.1.0';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 8229:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
