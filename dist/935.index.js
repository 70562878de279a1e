export const id = 935;
export const ids = [935];
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

/***/ 1700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wr: () => (/* binding */ COMMENT_CHARACTER_LIMIT),
  B1: () => (/* binding */ renderReport)
});

// UNUSED EXPORTS: SUMMARY_BYTE_LIMIT, measure

;// CONCATENATED MODULE: ./src/github/diff.ts
// A line diff of a change detail's before/after values, for a ```diff block. CloudFormation gives objects as
// one-line JSON; pretty-printing both sides first turns "ContainerDefinitions changed" into the two lines that did.
/** Beyond this many lines per side the LCS table gets large; such values are shown as plain before/after. */
const MAX_DIFF_LINES = 400;
/** Pretty-prints JSON objects and lists; anything else is returned as is. */
function prettyValue(value) {
    const trimmed = value.trim();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('['))
        return value;
    try {
        return JSON.stringify(JSON.parse(trimmed), null, 2);
    }
    catch {
        return value;
    }
}
/**
 * Unified-style lines (`- `, `+ `, `  `) for a before → after change. Either side may be absent (an added or
 * removed property). Unchanged runs longer than `context * 2` lines are folded to `  …`.
 */
function diffLines(before, after, context = 3) {
    const left = before === undefined ? [] : prettyValue(before).split('\n');
    const right = after === undefined ? [] : prettyValue(after).split('\n');
    if (left.length > MAX_DIFF_LINES || right.length > MAX_DIFF_LINES) {
        return [...left.map((line) => `- ${line}`), ...right.map((line) => `+ ${line}`)];
    }
    // Longest common subsequence, classic dynamic programming from the end.
    const lengths = Array.from({ length: left.length + 1 }, () => new Array(right.length + 1).fill(0));
    for (let i = left.length - 1; i >= 0; i--) {
        for (let j = right.length - 1; j >= 0; j--) {
            lengths[i][j] = left[i] === right[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
        }
    }
    const lines = [];
    let i = 0;
    let j = 0;
    while (i < left.length || j < right.length) {
        if (i < left.length && j < right.length && left[i] === right[j]) {
            lines.push({ kind: ' ', text: left[i] });
            i++;
            j++;
        }
        else if (i < left.length && (j === right.length || lengths[i + 1][j] >= lengths[i][j + 1])) {
            // Removals before additions, as in a unified diff.
            lines.push({ kind: '-', text: left[i] });
            i++;
        }
        else {
            lines.push({ kind: '+', text: right[j] });
            j++;
        }
    }
    if (lines.every((line) => line.kind === ' '))
        return lines.map((line) => `  ${line.text}`);
    // Fold long unchanged runs, keeping `context` lines around each change.
    const keep = lines.map((line, index) => line.kind !== ' ' || lines.slice(Math.max(0, index - context), index + context + 1).some((near) => near.kind !== ' '));
    const folded = [];
    for (let index = 0; index < lines.length; index++) {
        if (keep[index])
            folded.push(`${lines[index].kind} ${lines[index].text}`);
        else if (index === 0 || keep[index - 1])
            folded.push('  …');
    }
    return folded;
}

// EXTERNAL MODULE: ./src/github/escape.ts
var github_escape = __webpack_require__(6028);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/github/redact.ts
// Redaction of what a comment or a job summary shows: secret-bearing template properties and sensitive-looking
// environment values become `***`. Pull-request comments on public repositories are world-readable and job
// summaries are visible to anyone who can read the run, while the template carries the Compose `environment:`
// verbatim. This is a display filter only: the template deployed and the template-sha256 output are untouched.
//
// Conservative by design: when a value's variable name cannot be determined, the value is hidden.

const REDACTED = '***';
/**
 * CloudFormation properties that hold a secret value: SecretsManager SecretString/SecretBinary, RDS/DocDB
 * MasterUserPassword, ElastiCache AuthToken, Amplify AccessToken/OAuthToken, VPN PreSharedKey, … Matched on the
 * end of the name; `Generate…` properties (SecretsManager's GenerateSecretString) describe how to make one.
 */
const SENSITIVE_PROPERTY_SUFFIX = /(password|passphrase|secretstring|secretbinary|secretaccesskey|secretkey|privatekey|authtoken|accesstoken|oauthtoken|clienttoken|clientsecret|presharedkey|sharedsecret|apikey)$/i;
/** Environment variable names that usually hold a secret. Over-matching (MONKEY, AUTHOR) only hides a value. */
const SENSITIVE_ENVIRONMENT_NAME = /PASS|PWD|SECRET|TOKEN|KEY|CREDENTIAL|PRIVATE|AUTH|CERT|SALT|SIGNATURE|COOKIE|SESSION|DSN|CONN(ECTION)?_?STR/i;
/** `scheme://user:password@host`: the password part of a URL, whatever the variable is called. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/[^\s/:@'"]+:)([^\s/@'"]+)(@)/gi;
function isSensitivePropertyName(name) {
    return SENSITIVE_PROPERTY_SUFFIX.test(name) && !/^generate/i.test(name);
}
function isSensitiveEnvironmentName(name) {
    return SENSITIVE_ENVIRONMENT_NAME.test(name);
}
/** Replaces the password in `scheme://user:password@host` URLs with `***`. */
function redactUrlCredentials(text) {
    return text.replace(URL_CREDENTIALS, `$1${REDACTED}$3`);
}
/**
 * A deep copy of a template (or any part of one) with secrets replaced by `***`. `parentKey` is the key the
 * value sits under, so a bare `Environment` list or entry can be redacted too.
 */
function redactTemplateValue(value, options, parentKey) {
    if (typeof value === 'string')
        return redactUrlCredentials(value);
    if (Array.isArray(value)) {
        if (parentKey === 'Environment')
            return value.map((entry) => redactEnvironmentEntry(entry, options));
        return value.map((item) => redactTemplateValue(item, options));
    }
    if (value !== null && typeof value === 'object') {
        const record = value;
        if (parentKey === 'Environment' && isEnvironmentEntry(record))
            return redactEnvironmentEntry(record, options);
        const copy = {};
        for (const [key, item] of Object.entries(record)) {
            if (isSensitivePropertyName(key) && (typeof item === 'string' || isObjectLike(item)))
                copy[key] = REDACTED;
            else if (key === 'Variables' && parentKey === 'Environment' && isObjectLike(item) && !Array.isArray(item)) {
                // Lambda-style `Environment: { Variables: { NAME: value } }`.
                copy[key] = Object.fromEntries(Object.entries(item).map(([name, variable]) => [
                    name,
                    options.redactAllEnvironment || isSensitiveEnvironmentName(name) ? REDACTED : redactTemplateValue(variable, options),
                ]));
            }
            else
                copy[key] = redactTemplateValue(item, options, key);
        }
        return copy;
    }
    return value;
}
function isObjectLike(value) {
    return value !== null && typeof value === 'object';
}
function isEnvironmentEntry(value) {
    return 'Name' in value || 'Value' in value;
}
/** An ECS `{Name, Value}` entry: the value is hidden when the name is sensitive, computed (an intrinsic) or absent. */
function redactEnvironmentEntry(entry, options) {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry))
        return options.redactAllEnvironment ? REDACTED : redactTemplateValue(entry, options);
    const record = entry;
    if (!('Value' in record))
        return redactTemplateValue(record, options);
    const name = record.Name;
    const hide = options.redactAllEnvironment || typeof name !== 'string' || isSensitiveEnvironmentName(name);
    return { ...record, Value: hide ? REDACTED : redactTemplateValue(record.Value, options) };
}
/** The template as data, or undefined when its text cannot be parsed (then it must not be shown at all). */
function parseTemplateBody(template) {
    try {
        const parsed = template.format === 'json' ? JSON.parse(template.body) : (0,dist/* parse */.qg)(template.body, { logLevel: 'silent' });
        return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The template text to show: the original text when nothing needed hiding (byte-for-byte what was reviewed),
 * else the redacted document serialized in the same format. Undefined when the text cannot be parsed, so
 * cannot be checked.
 */
function redactTemplateBody(template, options) {
    const document = parseTemplateBody(template);
    if (!document)
        return undefined;
    const redacted = redactTemplateValue(document, options);
    if (JSON.stringify(redacted) === JSON.stringify(document))
        return { body: template.body, redacted: false };
    const body = template.format === 'json' ? `${JSON.stringify(redacted, null, 2)}\n` : (0,dist/* stringify */.As)(redacted, { lineWidth: 0 });
    return { body, redacted: true };
}
/** JSON pointer (`/Properties/ContainerDefinitions/0/Environment/3/Value`) → segments. */
function pointerSegments(path) {
    return path
        .split('/')
        .slice(1)
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function lookup(root, segments) {
    let current = root;
    for (const segment of segments) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[segment];
    }
    return current;
}
/** A detail's before/after with secrets hidden, following the same rules as the template. */
function redactChangeDetail(detail, context, options) {
    if (detail.before === undefined && detail.after === undefined)
        return detail;
    const segments = detail.path ? pointerSegments(detail.path) : [detail.attribute, ...(detail.name ? [detail.name] : [])];
    const hideAll = () => ({
        ...detail,
        ...(detail.before !== undefined ? { before: REDACTED } : {}),
        ...(detail.after !== undefined ? { after: REDACTED } : {}),
    });
    if (segments.some(isSensitivePropertyName))
        return hideAll();
    const environmentIndex = segments.lastIndexOf('Environment');
    if (environmentIndex >= 0) {
        const rest = segments.slice(environmentIndex + 1);
        // `…/Environment/3/Value`: the name sits next to the value; look it up where it can be known.
        if (rest.length === 2 && rest[1] === 'Value') {
            if (options.redactAllEnvironment)
                return hideAll();
            const entryPath = segments.slice(0, -1);
            const names = new Set();
            names.add(lookup(context.resource, [...entryPath, 'Name']));
            const namePath = detail.path ? `${detail.path.slice(0, -'/Value'.length)}/Name` : undefined;
            for (const sibling of context.siblings) {
                if (namePath && sibling.path === namePath) {
                    names.add(sibling.before);
                    names.add(sibling.after);
                }
            }
            names.delete(undefined);
            const known = [...names];
            if (known.length === 0 || known.some((name) => typeof name !== 'string' || isSensitiveEnvironmentName(name)))
                return hideAll();
            return mapValues(detail, (value) => redactUrlCredentials(value));
        }
        // `…/Environment/Variables/NAME` (Lambda style).
        if (rest.length === 2 && rest[0] === 'Variables') {
            if (options.redactAllEnvironment || isSensitiveEnvironmentName(rest[1]))
                return hideAll();
            return mapValues(detail, (value) => redactUrlCredentials(value));
        }
        if (rest.length === 1 && rest[0] !== 'Variables' && options.redactAllEnvironment)
            return hideAll();
    }
    const parentKey = segments.at(-1) === undefined || /^\d+$/.test(segments.at(-1)) ? segments.at(-2) : segments.at(-1);
    return mapValues(detail, (value) => redactDetailValue(value, parentKey, options));
}
function mapValues(detail, transform) {
    return {
        ...detail,
        ...(detail.before !== undefined ? { before: transform(detail.before) } : {}),
        ...(detail.after !== undefined ? { after: transform(detail.after) } : {}),
    };
}
/** A before/after value: JSON objects and lists are redacted structurally; scalars only lose URL passwords. */
function redactDetailValue(value, parentKey, options) {
    const trimmed = value.trim();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        try {
            const parsed = JSON.parse(trimmed);
            const redacted = redactTemplateValue(parsed, options, parentKey);
            return JSON.stringify(redacted) === JSON.stringify(parsed) ? value : JSON.stringify(redacted);
        }
        catch {
            // Not JSON after all: fall through to the scalar rule, and hide it when it sits under Environment.
            if (parentKey === 'Environment')
                return REDACTED;
        }
    }
    return redactUrlCredentials(value);
}

// EXTERNAL MODULE: ./src/github/report.ts
var github_report = __webpack_require__(2745);
;// CONCATENATED MODULE: ./src/github/render.ts
// One renderer for the job summary and the pull-request comment (dependency-review-action's pattern): the
// reviewer sees the same thing in both places, the comment just has less room.
//
// Budget: GitHub rejects a comment over 65,536 characters and a step summary over 1 MiB. Rather than cut the
// text at an arbitrary point (which can leave a `<details>` open and hide the rest of the page), the report is
// rendered again with less in it until it fits, dropping in order of least value to a reviewer: the template
// body, the per-resource details, the event timeline, long failure logs, then the table becomes a compact list,
// and only then are resources left out ("…and N more"). The header, result and counts always stay.




/** GitHub's limit is 65,536 characters; the rest is room for the marker and status lines of comment.ts. */
const COMMENT_CHARACTER_LIMIT = 60_000;
/** The runner rejects a step summary over 1 MiB (1,048,576 bytes); other steps may append to the same file. */
const SUMMARY_BYTE_LIMIT = 1_000_000;
/** Generous caps that apply even when everything fits, so one runaway list cannot dominate the page. */
const MAX_EVENTS = 300;
const MAX_WARNINGS = 100;
const MAX_FAILURE_LINES = 50;
const TRIMMED_FAILURE_LINES = 5;
const MAX_DETAIL_VALUE_CHARACTERS = 4_000;
function measure(markdown, target) {
    return target === 'comment' ? markdown.length : Buffer.byteLength(markdown, 'utf8');
}
function renderReport(report, options) {
    const limit = options.limit ?? (options.target === 'comment' ? COMMENT_CHARACTER_LIMIT : SUMMARY_BYTE_LIMIT);
    const prepared = prepare(report, options.redaction);
    const budget = {
        template: true,
        details: true,
        events: true,
        failureLines: MAX_FAILURE_LINES,
        compactList: false,
        maxResources: Infinity,
        trimmed: [],
    };
    const attempt = () => {
        const markdown = compose(prepared, options.target, budget);
        return { markdown, trimmed: [...budget.trimmed], size: measure(markdown, options.target), limit };
    };
    let rendered = attempt();
    const steps = [
        ['template', () => prepared.template?.kind === 'shown' && ((budget.template = false), true)],
        ['details', () => prepared.changes.some((change) => change.details.length > 0) && ((budget.details = false), true)],
        ['events', () => prepared.report.events !== undefined && prepared.report.events.length > 0 && ((budget.events = false), true)],
        [
            'failure-logs',
            () => (prepared.report.failure?.stoppedTasks ?? []).some((task) => task.containers.some((container) => (container.lastLogLines?.length ?? 0) > TRIMMED_FAILURE_LINES)) &&
                ((budget.failureLines = TRIMMED_FAILURE_LINES), true),
        ],
        ['compact-list', () => prepared.changes.length > 0 && ((budget.compactList = true), true)],
    ];
    for (const [step, apply] of steps) {
        if (rendered.size <= limit)
            return rendered;
        if (apply()) {
            budget.trimmed.push(step);
            rendered = attempt();
        }
    }
    if (rendered.size <= limit || prepared.changes.length === 0)
        return rendered;
    // Last resort: name fewer resources. Binary search for the most that fit.
    budget.trimmed.push('rows');
    let low = 0;
    let high = prepared.changes.length - 1;
    budget.maxResources = 0;
    let best = attempt();
    while (low <= high) {
        const middle = Math.floor((low + high) / 2);
        budget.maxResources = middle;
        const candidate = attempt();
        if (candidate.size <= limit) {
            best = candidate;
            low = middle + 1;
        }
        else
            high = middle - 1;
    }
    return best;
}
const ACTION_ORDER = { replace: 0, Remove: 1, Modify: 2, Dynamic: 3, Add: 4 };
function severity(change) {
    return change.action === 'Modify' && change.replacement === 'True' ? ACTION_ORDER.replace : ACTION_ORDER[change.action];
}
function prepare(report, redaction) {
    const document = report.template ? parseTemplateBody(report.template) : undefined;
    const resources = (document?.Resources ?? {});
    const changes = [...(report.changes ?? [])]
        .sort((a, b) => severity(a) - severity(b) || a.logicalId.localeCompare(b.logicalId, 'en'))
        .map((change) => ({
        ...change,
        details: change.details.map((detail) => redactChangeDetail(detail, { resource: resources[change.logicalId], siblings: change.details }, redaction)),
    }));
    let template;
    if (report.template) {
        const lines = report.template.body.split('\n').length;
        const shown = redactTemplateBody(report.template, redaction);
        template = shown ? { kind: 'shown', ...shown, lines } : { kind: 'unparseable', lines };
    }
    return {
        report,
        changes,
        counts: report.counts ?? (report.changes ? (0,github_report/* countChanges */.xS)(report.changes) : undefined),
        template,
    };
}
// ---------------------------------------------------------------------------------------------------------
// Composition.
const RESULT_BADGE = {
    success: '✅ Succeeded',
    'no-changes': '✅ No changes',
    failure: '❌ Failed',
};
const TIER_LABEL = {
    'change-set': 'CloudFormation change set',
    'template-diff': 'diff against the deployed template (replacements cannot be predicted)',
    'template-only': 'generated template only (nothing to compare with)',
};
function compose(prepared, target, budget) {
    const { report } = prepared;
    const heading = target === 'comment' ? '###' : '##';
    const subheading = target === 'comment' ? '####' : '###';
    const blocks = [];
    blocks.push(`${heading} 🚢 compose-ecs ${(0,github_escape/* escapeText */.X1)(report.mode)}: ${(0,github_escape/* code */.aY)(report.stackName)} · ${RESULT_BADGE[report.result]}`);
    blocks.push(facts(report));
    if (report.preview)
        blocks.push(`**Preview:** ${TIER_LABEL[report.preview.tier]} — ${(0,github_escape/* escapeText */.X1)(report.preview.reason)}`);
    if (prepared.counts) {
        const { add, modify, replace, remove, dynamic } = prepared.counts;
        blocks.push(countsLine(prepared.counts, report.changes ? prepared.changes.length : add + modify + replace + remove + dynamic));
    }
    if (report.failure)
        blocks.push(failureSection(report.failure, subheading, budget));
    if (prepared.changes.length > 0) {
        blocks.push(budget.compactList ? compactList(prepared.changes, budget.maxResources) : changeTable(prepared.changes, budget.maxResources));
        if (prepared.changes.some((change) => change.details.length > 0)) {
            blocks.push(budget.details
                ? detailsSection(prepared.changes)
                : `_Per-resource details are omitted to fit GitHub's size limit${fullReportHint(report, target)}._`);
        }
    }
    const services = servicesSection(report, subheading);
    if (services)
        blocks.push(services);
    if (report.outputs && report.outputs.length > 0)
        blocks.push(outputsSection(report));
    if (prepared.template)
        blocks.push(templateSection(prepared, target, budget));
    if (report.warnings && report.warnings.length > 0)
        blocks.push(warningsSection(report, subheading));
    if (report.events && report.events.length > 0) {
        blocks.push(budget.events
            ? details(`Stack events (${report.events.length})`, eventTable(report.events, MAX_EVENTS, 'last'))
            : `_Stack events (${report.events.length}) are omitted to fit GitHub's size limit${fullReportHint(report, target)}._`);
    }
    const footer = footerLine(report);
    if (footer)
        blocks.push(footer);
    return `${blocks.join('\n\n')}\n`;
}
function facts(report) {
    const parts = [`**Project** ${(0,github_escape/* code */.aY)(report.project)}`];
    if (report.region)
        parts.push(`**Region** ${(0,github_escape/* code */.aY)(report.region)}`);
    if (report.stackStatus)
        parts.push(`**Stack status** ${(0,github_escape/* code */.aY)(report.stackStatus)}`);
    if (report.run?.sha)
        parts.push(`**Commit** ${(0,github_escape/* code */.aY)(report.run.sha.slice(0, 12))}`);
    if (report.startedAt)
        parts.push(`**Started** ${(0,github_escape/* escapeText */.X1)(report.startedAt)}`);
    if (report.finishedAt)
        parts.push(`**Finished** ${(0,github_escape/* escapeText */.X1)(report.finishedAt)}`);
    return parts.join(' · ');
}
function countsLine(counts, total) {
    if (total === 0)
        return '**Plan:** no infrastructure changes.';
    const replace = counts.replace > 0 ? `**⚠️ ${counts.replace} to replace**` : `**0 to replace**`;
    const extras = [];
    if (counts.conditional > 0)
        extras.push(`**${counts.conditional} may be replaced**`);
    if (counts.dynamic > 0)
        extras.push(`${counts.dynamic} dynamic`);
    return `**Plan:** ${counts.add} to add, ${counts.modify} to modify, ${replace}, ${counts.remove} to remove${extras.length ? ` (${extras.join(', ')})` : ''}.`;
}
function actionLabel(change) {
    if (change.action === 'Modify' && change.replacement === 'True')
        return { icon: '🟠', label: '**Replace**' };
    switch (change.action) {
        case 'Add':
            return { icon: '🟢', label: 'Add' };
        case 'Remove':
            return { icon: '🔴', label: 'Remove' };
        case 'Dynamic':
            return { icon: '⚪', label: 'Dynamic' };
        case 'Modify':
            return { icon: change.replacement === 'Conditional' ? '🟡' : '🔵', label: 'Modify' };
    }
}
function replacementLabel(replacement) {
    switch (replacement) {
        case 'True':
            return '**Yes**';
        case 'Conditional':
            return '**Maybe**';
        case 'False':
            return 'No';
        default:
            return '—';
    }
}
function moreLine(hidden) {
    return `_…and ${hidden} more ${hidden === 1 ? 'change' : 'changes'} (see the workflow run)._`;
}
function changeTable(changes, maxResources) {
    const shown = changes.slice(0, maxResources);
    const rows = shown.map((change) => {
        const { icon, label } = actionLabel(change);
        return `| ${icon} | ${(0,github_escape/* code */.aY)(change.logicalId, 255)} | ${(0,github_escape/* code */.aY)(change.type, 255)} | ${label} | ${replacementLabel(change.replacement)} |`;
    });
    const table = ['| | Resource | Type | Action | Replacement |', '|---|---|---|---|---|', ...rows].join('\n');
    return shown.length < changes.length ? `${table}\n\n${moreLine(changes.length - shown.length)}` : table;
}
/** One line per action with every resource named: about a fifth of the table's size. */
function compactList(changes, maxResources) {
    const groups = new Map();
    let named = 0;
    for (const change of changes) {
        const { icon, label } = actionLabel(change);
        const key = `${icon} ${label.replace(/\*/g, '')}`;
        if (!groups.has(key))
            groups.set(key, []);
        if (named < maxResources) {
            const conditional = change.replacement === 'Conditional' ? ' (may be replaced)' : '';
            groups.get(key).push(`${(0,github_escape/* code */.aY)(change.logicalId, 255)}${conditional}`);
            named++;
        }
    }
    const totals = new Map();
    for (const change of changes) {
        const { icon, label } = actionLabel(change);
        const key = `${icon} ${label.replace(/\*/g, '')}`;
        totals.set(key, (totals.get(key) ?? 0) + 1);
    }
    const lines = [...groups].map(([key, names]) => `- **${key} (${totals.get(key)}):** ${names.length ? names.join(', ') : '…'}`);
    const list = lines.join('\n');
    return named < changes.length ? `${list}\n\n${moreLine(changes.length - named)}` : list;
}
function detailsSection(changes) {
    const withDetails = changes.filter((change) => change.details.length > 0);
    const parts = withDetails.map((change) => {
        const { icon, label } = actionLabel(change);
        const header = `**${icon} ${(0,github_escape/* code */.aY)(change.logicalId, 255)}** · ${(0,github_escape/* code */.aY)(change.type, 255)} · ${label}${change.replacement ? ` · replacement: ${replacementLabel(change.replacement)}` : ''}`;
        const lines = change.details.map((detail) => {
            const target = detail.path ?? [detail.attribute, detail.name].filter(Boolean).join('.');
            const facts = [(0,github_escape/* code */.aY)(target)];
            if (detail.requiresRecreation)
                facts.push(`recreation: ${detail.requiresRecreation === 'Never' ? 'Never' : `**${(0,github_escape/* escapeText */.X1)(detail.requiresRecreation)}**`}`);
            if (detail.causingEntity)
                facts.push(`caused by ${(0,github_escape/* code */.aY)(detail.causingEntity)}${detail.changeSource ? ` (${(0,github_escape/* escapeText */.X1)(detail.changeSource)})` : ''}`);
            else if (detail.changeSource)
                facts.push((0,github_escape/* escapeText */.X1)(detail.changeSource));
            const entry = `- ${facts.join(' · ')}`;
            if (detail.before === undefined && detail.after === undefined)
                return entry;
            if (detail.before === REDACTED && detail.after === REDACTED)
                return `${entry} · value hidden (secret)`;
            const diff = diffLines(cap(detail.before), cap(detail.after)).join('\n');
            return `${entry}\n\n${(0,github_escape/* codeBlock */.DV)(diff, 'diff')}\n`;
        });
        return `${header}\n\n${lines.join('\n')}`;
    });
    return details(`Change details (${withDetails.length} ${withDetails.length === 1 ? 'resource' : 'resources'})`, parts.join('\n\n'));
}
function cap(value) {
    if (value === undefined || value.length <= MAX_DETAIL_VALUE_CHARACTERS)
        return value;
    return `${value.slice(0, MAX_DETAIL_VALUE_CHARACTERS)}… (${value.length - MAX_DETAIL_VALUE_CHARACTERS} more characters)`;
}
function failureSection(failure, subheading, budget) {
    const parts = [`${subheading} ❌ Why it failed`, (0,github_escape/* escapeText */.X1)(redactUrlCredentials(failure.message), 2_000)];
    if (failure.rootCauseEvents.length > 0)
        parts.push(`**Root cause**\n\n${eventTable(failure.rootCauseEvents, 20, 'first')}`);
    if (failure.serviceEvents.length > 0) {
        const shown = failure.serviceEvents.slice(0, Math.max(budget.failureLines, 10));
        const lines = shown.map((event) => `- ${event.createdAt ? `${(0,github_escape/* escapeText */.X1)(event.createdAt)} · ` : ''}${(0,github_escape/* code */.aY)(event.service)}: ${(0,github_escape/* escapeText */.X1)(event.message, 1_000)}`);
        if (shown.length < failure.serviceEvents.length)
            lines.push(`- _…and ${failure.serviceEvents.length - shown.length} earlier events_`);
        parts.push(`**ECS service events** (newest first)\n\n${lines.join('\n')}`);
    }
    if (failure.stoppedTasks.length > 0) {
        // Log blocks go after the list: a fenced block nested in a list item needs every line indented, and a
        // log line is not ours to indent.
        const logBlocks = [];
        const tasks = failure.stoppedTasks.map((task) => {
            const head = `- Task ${(0,github_escape/* code */.aY)(task.taskId)}${task.service ? ` of ${(0,github_escape/* code */.aY)(task.service)}` : ''} stopped${task.stoppedAt ? ` at ${(0,github_escape/* escapeText */.X1)(task.stoppedAt)}` : ''}: ${(0,github_escape/* escapeText */.X1)(redactUrlCredentials(task.stoppedReason ?? 'no reason given'), 1_000)}${task.stopCode ? ` (${(0,github_escape/* code */.aY)(task.stopCode)})` : ''}`;
            const containers = task.containers.map((container) => {
                const exit = container.exitCode !== undefined ? `exit code ${container.exitCode}` : 'no exit code';
                const logLines = container.lastLogLines ?? [];
                if (logLines.length > 0) {
                    const shown = logLines.slice(-budget.failureLines).map((logLine) => redactUrlCredentials(logLine));
                    const label = `Last ${shown.length} log lines of ${(0,github_escape/* code */.aY)(`${task.taskId.slice(-12)}/${container.name}`)}`;
                    logBlocks.push(details(label, (0,github_escape/* codeBlock */.DV)(shown.join('\n'), 'text')));
                }
                return `  - container ${(0,github_escape/* code */.aY)(container.name)}: ${exit}${container.reason ? ` — ${(0,github_escape/* escapeText */.X1)(redactUrlCredentials(container.reason), 1_000)}` : ''}`;
            });
            return [head, ...containers].join('\n');
        });
        parts.push(`**Stopped tasks**\n\n${tasks.join('\n')}`, ...logBlocks);
    }
    return parts.join('\n\n');
}
function eventTable(events, max, keep) {
    const shown = keep === 'first' ? events.slice(0, max) : events.slice(-max);
    const rows = shown.map((event) => `| ${(0,github_escape/* escapeText */.X1)(event.timestamp, 64)} | ${(0,github_escape/* code */.aY)(event.logicalId, 255)} | ${(0,github_escape/* code */.aY)(event.type, 255)} | ${statusIcon(event.status)} ${(0,github_escape/* code */.aY)(event.status, 64)} | ${event.reason ? (0,github_escape/* escapeText */.X1)(redactUrlCredentials(event.reason), 1_000) : ''} |`);
    const table = ['| Time | Resource | Type | Status | Reason |', '|---|---|---|---|---|', ...rows].join('\n');
    if (shown.length === events.length)
        return table;
    const note = `_${events.length - shown.length} ${keep === 'first' ? 'later' : 'earlier'} events not shown._`;
    return keep === 'first' ? `${table}\n\n${note}` : `${note}\n\n${table}`;
}
function statusIcon(status) {
    if (/FAILED/.test(status))
        return '❌';
    if (/ROLLBACK/.test(status))
        return '⚠️';
    if (/COMPLETE$/.test(status))
        return '✅';
    return '⏳';
}
function servicesSection(report, subheading) {
    const urls = report.urls ?? {};
    const urlCell = (service) => (urls[service] ?? []).map((url) => (0,github_escape/* link */.nf)(url, url)).join('<br>') || '—';
    if (report.services && report.services.length > 0) {
        const rows = report.services.map((service) => {
            const counts = service.desired !== undefined ? `${service.running ?? 0}/${service.desired}${service.pending ? ` (${service.pending} pending)` : ''}` : '—';
            return `| ${(0,github_escape/* code */.aY)(service.name)} | ${service.image ? (0,github_escape/* code */.aY)(service.image) : '—'} | ${counts} | ${service.rolloutState ? (0,github_escape/* code */.aY)(service.rolloutState) : '—'} | ${urlCell(service.name)} |`;
        });
        const listed = new Set(report.services.map((service) => service.name));
        for (const service of Object.keys(urls).filter((name) => !listed.has(name)))
            rows.push(`| ${(0,github_escape/* code */.aY)(service)} | — | — | — | ${urlCell(service)} |`);
        return [`${subheading} Services`, '', '| Service | Image | Running/Desired | Rollout | URL |', '|---|---|---|---|---|', ...rows].join('\n');
    }
    const services = Object.keys(urls).filter((service) => (urls[service] ?? []).length > 0);
    if (services.length === 0)
        return undefined;
    return [`${subheading} Endpoints`, '', '| Service | URL |', '|---|---|', ...services.map((service) => `| ${(0,github_escape/* code */.aY)(service)} | ${urlCell(service)} |`)].join('\n');
}
function outputsSection(report) {
    const outputs = report.outputs ?? [];
    const rows = outputs.map((output) => `| ${(0,github_escape/* code */.aY)(output.key)} | ${(0,github_escape/* code */.aY)(redactUrlCredentials(output.value), 1_000)} | ${output.description ? (0,github_escape/* escapeText */.X1)(output.description) : ''} |`);
    return details(`Stack outputs (${outputs.length})`, ['| Output | Value | Description |', '|---|---|---|', ...rows].join('\n'));
}
function templateSection(prepared, target, budget) {
    const template = prepared.template;
    const info = prepared.report.template;
    const describe = `${info.format.toUpperCase()}, ${template.lines} lines, sha256 ${(0,github_escape/* code */.aY)(info.sha256.slice(0, 12))}`;
    if (template.kind === 'unparseable')
        return `_The generated template (${describe}) is not shown: it could not be parsed to hide secrets._`;
    if (!budget.template)
        return `_The generated template (${describe}) is omitted to fit GitHub's size limit${fullReportHint(prepared.report, target)}._`;
    const note = template.redacted ? '_Secret-looking values are shown as `***`._\n\n' : '';
    return details(`Generated template (${describe})`, `${note}${(0,github_escape/* codeBlock */.DV)(template.body, info.format)}`);
}
function warningsSection(report, subheading) {
    const warnings = report.warnings ?? [];
    const shown = warnings.slice(0, MAX_WARNINGS);
    const lines = shown.map((warning) => {
        const where = warning.file ? [warning.file, warning.line, warning.line !== undefined ? warning.column : undefined].filter((part) => part !== undefined).join(':') : '';
        const prefix = [where ? (0,github_escape/* code */.aY)(where) : '', warning.key ? (0,github_escape/* code */.aY)(warning.key) : ''].filter(Boolean).join(' ');
        return `- ${prefix ? `${prefix}: ` : ''}${(0,github_escape/* escapeText */.X1)(warning.message, 1_000)}`;
    });
    if (shown.length < warnings.length)
        lines.push(`- _…and ${warnings.length - shown.length} more warnings (see the workflow log)_`);
    return `${subheading} ⚠️ Warnings (${warnings.length})\n\n${lines.join('\n')}`;
}
function footerLine(report) {
    const links = [];
    const cloudFormation = report.links?.cloudFormation ?? (report.region ? (0,github_report/* cloudFormationConsoleUrl */.v_)(report.region, report.stackName) : undefined);
    if ((0,github_escape/* safeUrl */.Pl)(cloudFormation))
        links.push((0,github_escape/* link */.nf)('CloudFormation console', cloudFormation));
    if ((0,github_escape/* safeUrl */.Pl)(report.links?.ecsCluster))
        links.push((0,github_escape/* link */.nf)('ECS cluster', report.links?.ecsCluster));
    const run = report.links?.run ?? report.run?.url;
    if ((0,github_escape/* safeUrl */.Pl)(run))
        links.push((0,github_escape/* link */.nf)(`Workflow run ${report.run?.id ?? ''}`.trim(), run));
    if (report.template)
        links.push(`template sha256 ${(0,github_escape/* code */.aY)(report.template.sha256.slice(0, 12))}`);
    return links.length ? `<sub>${links.join(' · ')}</sub>` : undefined;
}
/** ", see the job summary of <run>" for a trimmed comment; the summary itself points at the run's log and artifacts. */
function fullReportHint(report, target) {
    const run = report.links?.run ?? report.run?.url;
    const where = target === 'comment' ? 'the job summary of the workflow run' : 'the workflow run';
    return (0,github_escape/* safeUrl */.Pl)(run) ? `; see ${(0,github_escape/* link */.nf)(where, run)}` : `; see ${where}`;
}
/** A collapsed block. The blank line after `<summary>` is what lets GitHub render markdown inside. */
function details(summary, body) {
    return [`<details><summary>${summary}</summary>`, '', body, '', '</details>'].join('\n');
}


/***/ }),

/***/ 2745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v_: () => (/* binding */ cloudFormationConsoleUrl),
/* harmony export */   xS: () => (/* binding */ countChanges)
/* harmony export */ });
/* unused harmony export ecsClusterConsoleUrl */
// What a run did, as plain data. Every mode that talks to a person through GitHub (preview, deploy, teardown,
// status) fills one RunReport; render.ts turns it into the markdown of both the job summary and the sticky
// pull-request comment, so the two never drift apart.
//
// Everything here is data the renderer treats as untrusted: service names, images, reasons and log lines come
// from the user's Compose file or from AWS, and are escaped and redacted on the way out. Timestamps are strings
// the caller formats, so a rendered report is a pure function of this object (snapshot-testable).
/** Replacement=True counts as replace only; Conditional is a modify that is also flagged. */
function countChanges(changes) {
    const counts = { add: 0, modify: 0, replace: 0, remove: 0, conditional: 0, dynamic: 0 };
    for (const change of changes) {
        switch (change.action) {
            case 'Add':
                counts.add++;
                break;
            case 'Remove':
                counts.remove++;
                break;
            case 'Dynamic':
                counts.dynamic++;
                break;
            case 'Modify':
                if (change.replacement === 'True')
                    counts.replace++;
                else {
                    counts.modify++;
                    if (change.replacement === 'Conditional')
                        counts.conditional++;
                }
                break;
        }
    }
    return counts;
}
/** The console page of a stack. Stack names are accepted where ids are (the console resolves both). */
function cloudFormationConsoleUrl(region, stack) {
    return `https://${consoleHost(region)}/cloudformation/home?region=${encodeComponent(region)}#/stacks/stackinfo?stackId=${encodeComponent(stack)}`;
}
function ecsClusterConsoleUrl(region, cluster) {
    return `https://${consoleHost(region)}/ecs/v2/clusters/${encodeComponent(cluster)}/services?region=${encodeComponent(region)}`;
}
/** The region comes from an input: only a well-formed one may become part of a host name. */
function consoleHost(region) {
    return /^[a-z]{2}(-[a-z]+)+-\d+$/.test(region) ? `${region}.console.aws.amazon.com` : 'console.aws.amazon.com';
}
/** encodeURIComponent plus the characters it leaves that markdown gives meaning to (`*`, `(`, `)`, …). */
function encodeComponent(text) {
    return encodeURIComponent(text).replace(/[!'()*~]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}


/***/ }),

/***/ 2935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeSummary: () => (/* binding */ writeSummary)
/* harmony export */ });
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1700);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// The job summary: the same renderer as the pull-request comment, with the summary's 1 MiB budget. Written
// by the caller in a `finally`, so a failed run gets its "why it failed" section too; writing it must never
// replace the run's real error with its own.


/** Renders the report and appends it to the job summary. Never throws: a failure to write is a warning. */
async function writeSummary(host, report, options = {}) {
    try {
        const rendered = (0,_render_js__WEBPACK_IMPORTED_MODULE_0__/* .renderReport */ .B1)(report, {
            target: 'summary',
            redaction: { redactAllEnvironment: options.redactEnvironment ?? false },
            ...(options.limit !== undefined ? { limit: options.limit } : {}),
        });
        if (rendered.trimmed.length > 0)
            host.info(`The job summary was shortened to fit ${rendered.limit} bytes (left out: ${rendered.trimmed.join(', ')}).`);
        await host.appendSummary(rendered.markdown);
        return rendered;
    }
    catch (error) {
        host.warning(`Could not write the job summary: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
        return undefined;
    }
}


/***/ })

};
