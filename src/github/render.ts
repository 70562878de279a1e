// One renderer for the job summary and the pull-request comment (dependency-review-action's pattern): the
// reviewer sees the same thing in both places, the comment just has less room.
//
// Budget: GitHub rejects a comment over 65,536 characters and a step summary over 1 MiB. Rather than cut the
// text at an arbitrary point (which can leave a `<details>` open and hide the rest of the page), the report is
// rendered again with less in it until it fits, dropping in order of least value to a reviewer: the template
// body, the per-resource details, the event timeline, long failure logs, then the table becomes a compact list,
// and only then are resources left out ("…and N more"). The header, result and counts always stay.

import { diffLines } from './diff.js';
import { code, codeBlock, escapeText, link, safeUrl } from './escape.js';
import { REDACTED, parseTemplateBody, redactChangeDetail, redactTemplateBody, redactUrlCredentials, type RedactionOptions } from './redact.js';
import {
  cloudFormationConsoleUrl,
  countChanges,
  type ChangeCounts,
  type FailureReport,
  type ResourceChange,
  type RunReport,
  type StackEvent,
} from './report.js';

/** GitHub's limit is 65,536 characters; the rest is room for the marker and status lines of comment.ts. */
export const COMMENT_CHARACTER_LIMIT = 60_000;
/** The runner rejects a step summary over 1 MiB (1,048,576 bytes); other steps may append to the same file. */
export const SUMMARY_BYTE_LIMIT = 1_000_000;

export type RenderTarget = 'comment' | 'summary';

export interface RenderOptions {
  target: RenderTarget;
  redaction: RedactionOptions;
  /** Override of the target's limit (characters for a comment, UTF-8 bytes for a summary). */
  limit?: number;
}

/** What had to be left out to fit, in the order it is dropped. */
export type TrimStep = 'template' | 'details' | 'events' | 'failure-logs' | 'compact-list' | 'rows';

export interface RenderedReport {
  markdown: string;
  /** Steps taken to fit the limit; empty when everything fit. */
  trimmed: TrimStep[];
  /** Size as the target measures it (characters or bytes). */
  size: number;
  limit: number;
}

/** How much of each section to include; each trim step lowers one of these. */
interface Budget {
  template: boolean;
  details: boolean;
  events: boolean;
  /** Log lines per stopped container and service events shown. */
  failureLines: number;
  compactList: boolean;
  /** Resources named in the change list (Infinity = all). */
  maxResources: number;
  trimmed: TrimStep[];
}

/** Generous caps that apply even when everything fits, so one runaway list cannot dominate the page. */
const MAX_EVENTS = 300;
const MAX_WARNINGS = 100;
const MAX_FAILURE_LINES = 50;
const TRIMMED_FAILURE_LINES = 5;
const MAX_DETAIL_VALUE_CHARACTERS = 4_000;

export function measure(markdown: string, target: RenderTarget): number {
  return target === 'comment' ? markdown.length : Buffer.byteLength(markdown, 'utf8');
}

export function renderReport(report: RunReport, options: RenderOptions): RenderedReport {
  const limit = options.limit ?? (options.target === 'comment' ? COMMENT_CHARACTER_LIMIT : SUMMARY_BYTE_LIMIT);
  const prepared = prepare(report, options.redaction);
  const budget: Budget = {
    template: true,
    details: true,
    events: true,
    failureLines: MAX_FAILURE_LINES,
    compactList: false,
    maxResources: Infinity,
    trimmed: [],
  };
  const attempt = (): RenderedReport => {
    const markdown = compose(prepared, options.target, budget);
    return { markdown, trimmed: [...budget.trimmed], size: measure(markdown, options.target), limit };
  };
  let rendered = attempt();
  const steps: [TrimStep, () => boolean][] = [
    ['template', () => prepared.template?.kind === 'shown' && ((budget.template = false), true)],
    ['details', () => prepared.changes.some((change) => change.details.length > 0) && ((budget.details = false), true)],
    ['events', () => prepared.report.events !== undefined && prepared.report.events.length > 0 && ((budget.events = false), true)],
    [
      'failure-logs',
      () =>
        (prepared.report.failure?.stoppedTasks ?? []).some((task) => task.containers.some((container) => (container.lastLogLines?.length ?? 0) > TRIMMED_FAILURE_LINES)) &&
        ((budget.failureLines = TRIMMED_FAILURE_LINES), true),
    ],
    ['compact-list', () => prepared.changes.length > 0 && ((budget.compactList = true), true)],
  ];
  for (const [step, apply] of steps) {
    if (rendered.size <= limit) return rendered;
    if (apply()) {
      budget.trimmed.push(step);
      rendered = attempt();
    }
  }
  if (rendered.size <= limit || prepared.changes.length === 0) return rendered;
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
    } else high = middle - 1;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// Preparation: sort, count and redact once; rendering below only formats.

interface PreparedReport {
  report: RunReport;
  changes: ResourceChange[];
  counts?: ChangeCounts;
  template?: { kind: 'shown'; body: string; redacted: boolean; lines: number } | { kind: 'unparseable'; lines: number };
}

const ACTION_ORDER = { replace: 0, Remove: 1, Modify: 2, Dynamic: 3, Add: 4 } as const;

function severity(change: ResourceChange): number {
  return change.action === 'Modify' && change.replacement === 'True' ? ACTION_ORDER.replace : ACTION_ORDER[change.action];
}

function prepare(report: RunReport, redaction: RedactionOptions): PreparedReport {
  const document = report.template ? parseTemplateBody(report.template) : undefined;
  const resources = (document?.Resources ?? {}) as Record<string, unknown>;
  const changes = [...(report.changes ?? [])]
    .sort((a, b) => severity(a) - severity(b) || a.logicalId.localeCompare(b.logicalId, 'en'))
    .map((change) => ({
      ...change,
      details: change.details.map((detail) => redactChangeDetail(detail, { resource: resources[change.logicalId], siblings: change.details }, redaction)),
    }));
  let template: PreparedReport['template'];
  if (report.template) {
    const lines = report.template.body.split('\n').length;
    const shown = redactTemplateBody(report.template, redaction);
    template = shown ? { kind: 'shown', ...shown, lines } : { kind: 'unparseable', lines };
  }
  return {
    report,
    changes,
    counts: report.counts ?? (report.changes ? countChanges(report.changes) : undefined),
    template,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Composition.

const RESULT_BADGE: Record<RunReport['result'], string> = {
  success: '✅ Succeeded',
  'no-changes': '✅ No changes',
  failure: '❌ Failed',
};

const TIER_LABEL = {
  'change-set': 'CloudFormation change set',
  'template-diff': 'diff against the deployed template (replacements cannot be predicted)',
  'template-only': 'generated template only (nothing to compare with)',
} as const;

function compose(prepared: PreparedReport, target: RenderTarget, budget: Budget): string {
  const { report } = prepared;
  const heading = target === 'comment' ? '###' : '##';
  const subheading = target === 'comment' ? '####' : '###';
  const blocks: string[] = [];

  blocks.push(`${heading} 🚢 compose-ecs ${escapeText(report.mode)}: ${code(report.stackName)} · ${RESULT_BADGE[report.result]}`);
  blocks.push(facts(report));
  if (report.preview) blocks.push(`**Preview:** ${TIER_LABEL[report.preview.tier]} — ${escapeText(report.preview.reason)}`);
  if (prepared.counts) {
    const { add, modify, replace, remove, dynamic } = prepared.counts;
    blocks.push(countsLine(prepared.counts, report.changes ? prepared.changes.length : add + modify + replace + remove + dynamic));
  }

  if (report.failure) blocks.push(failureSection(report.failure, subheading, budget));

  if (prepared.changes.length > 0) {
    blocks.push(budget.compactList ? compactList(prepared.changes, budget.maxResources) : changeTable(prepared.changes, budget.maxResources));
    if (prepared.changes.some((change) => change.details.length > 0)) {
      blocks.push(
        budget.details
          ? detailsSection(prepared.changes)
          : `_Per-resource details are omitted to fit GitHub's size limit${fullReportHint(report, target)}._`,
      );
    }
  }

  const services = servicesSection(report, subheading);
  if (services) blocks.push(services);

  if (report.outputs && report.outputs.length > 0) blocks.push(outputsSection(report));

  if (prepared.template) blocks.push(templateSection(prepared, target, budget));

  if (report.warnings && report.warnings.length > 0) blocks.push(warningsSection(report, subheading));

  if (report.events && report.events.length > 0) {
    blocks.push(
      budget.events
        ? details(`Stack events (${report.events.length})`, eventTable(report.events, MAX_EVENTS, 'last'))
        : `_Stack events (${report.events.length}) are omitted to fit GitHub's size limit${fullReportHint(report, target)}._`,
    );
  }

  const footer = footerLine(report);
  if (footer) blocks.push(footer);
  return `${blocks.join('\n\n')}\n`;
}

function facts(report: RunReport): string {
  const parts = [`**Project** ${code(report.project)}`];
  if (report.region) parts.push(`**Region** ${code(report.region)}`);
  if (report.stackStatus) parts.push(`**Stack status** ${code(report.stackStatus)}`);
  if (report.run?.sha) parts.push(`**Commit** ${code(report.run.sha.slice(0, 12))}`);
  if (report.startedAt) parts.push(`**Started** ${escapeText(report.startedAt)}`);
  if (report.finishedAt) parts.push(`**Finished** ${escapeText(report.finishedAt)}`);
  return parts.join(' · ');
}

function countsLine(counts: ChangeCounts, total: number): string {
  if (total === 0) return '**Plan:** no infrastructure changes.';
  const replace = counts.replace > 0 ? `**⚠️ ${counts.replace} to replace**` : `**0 to replace**`;
  const extras: string[] = [];
  if (counts.conditional > 0) extras.push(`**${counts.conditional} may be replaced**`);
  if (counts.dynamic > 0) extras.push(`${counts.dynamic} dynamic`);
  return `**Plan:** ${counts.add} to add, ${counts.modify} to modify, ${replace}, ${counts.remove} to remove${extras.length ? ` (${extras.join(', ')})` : ''}.`;
}

function actionLabel(change: ResourceChange): { icon: string; label: string } {
  if (change.action === 'Modify' && change.replacement === 'True') return { icon: '🟠', label: '**Replace**' };
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

function replacementLabel(replacement: ResourceChange['replacement']): string {
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

function moreLine(hidden: number): string {
  return `_…and ${hidden} more ${hidden === 1 ? 'change' : 'changes'} (see the workflow run)._`;
}

function changeTable(changes: readonly ResourceChange[], maxResources: number): string {
  const shown = changes.slice(0, maxResources);
  const rows = shown.map((change) => {
    const { icon, label } = actionLabel(change);
    return `| ${icon} | ${code(change.logicalId, 255)} | ${code(change.type, 255)} | ${label} | ${replacementLabel(change.replacement)} |`;
  });
  const table = ['| | Resource | Type | Action | Replacement |', '|---|---|---|---|---|', ...rows].join('\n');
  return shown.length < changes.length ? `${table}\n\n${moreLine(changes.length - shown.length)}` : table;
}

/** One line per action with every resource named: about a fifth of the table's size. */
function compactList(changes: readonly ResourceChange[], maxResources: number): string {
  const groups = new Map<string, string[]>();
  let named = 0;
  for (const change of changes) {
    const { icon, label } = actionLabel(change);
    const key = `${icon} ${label.replace(/\*/g, '')}`;
    if (!groups.has(key)) groups.set(key, []);
    if (named < maxResources) {
      const conditional = change.replacement === 'Conditional' ? ' (may be replaced)' : '';
      groups.get(key)!.push(`${code(change.logicalId, 255)}${conditional}`);
      named++;
    }
  }
  const totals = new Map<string, number>();
  for (const change of changes) {
    const { icon, label } = actionLabel(change);
    const key = `${icon} ${label.replace(/\*/g, '')}`;
    totals.set(key, (totals.get(key) ?? 0) + 1);
  }
  const lines = [...groups].map(([key, names]) => `- **${key} (${totals.get(key)}):** ${names.length ? names.join(', ') : '…'}`);
  const list = lines.join('\n');
  return named < changes.length ? `${list}\n\n${moreLine(changes.length - named)}` : list;
}

function detailsSection(changes: readonly ResourceChange[]): string {
  const withDetails = changes.filter((change) => change.details.length > 0);
  const parts = withDetails.map((change) => {
    const { icon, label } = actionLabel(change);
    const header = `**${icon} ${code(change.logicalId, 255)}** · ${code(change.type, 255)} · ${label}${change.replacement ? ` · replacement: ${replacementLabel(change.replacement)}` : ''}`;
    const lines = change.details.map((detail) => {
      const target = detail.path ?? [detail.attribute, detail.name].filter(Boolean).join('.');
      const facts = [code(target)];
      if (detail.requiresRecreation) facts.push(`recreation: ${detail.requiresRecreation === 'Never' ? 'Never' : `**${escapeText(detail.requiresRecreation)}**`}`);
      if (detail.causingEntity) facts.push(`caused by ${code(detail.causingEntity)}${detail.changeSource ? ` (${escapeText(detail.changeSource)})` : ''}`);
      else if (detail.changeSource) facts.push(escapeText(detail.changeSource));
      const entry = `- ${facts.join(' · ')}`;
      if (detail.before === undefined && detail.after === undefined) return entry;
      if (detail.before === REDACTED && detail.after === REDACTED) return `${entry} · value hidden (secret)`;
      const diff = diffLines(cap(detail.before), cap(detail.after)).join('\n');
      return `${entry}\n\n${codeBlock(diff, 'diff')}\n`;
    });
    return `${header}\n\n${lines.join('\n')}`;
  });
  return details(`Change details (${withDetails.length} ${withDetails.length === 1 ? 'resource' : 'resources'})`, parts.join('\n\n'));
}

function cap(value: string | undefined): string | undefined {
  if (value === undefined || value.length <= MAX_DETAIL_VALUE_CHARACTERS) return value;
  return `${value.slice(0, MAX_DETAIL_VALUE_CHARACTERS)}… (${value.length - MAX_DETAIL_VALUE_CHARACTERS} more characters)`;
}

function failureSection(failure: FailureReport, subheading: string, budget: Budget): string {
  const parts = [`${subheading} ❌ Why it failed`, escapeText(redactUrlCredentials(failure.message), 2_000)];
  if (failure.rootCauseEvents.length > 0) parts.push(`**Root cause**\n\n${eventTable(failure.rootCauseEvents, 20, 'first')}`);
  if (failure.serviceEvents.length > 0) {
    const shown = failure.serviceEvents.slice(0, Math.max(budget.failureLines, 10));
    const lines = shown.map((event) => `- ${event.createdAt ? `${escapeText(event.createdAt)} · ` : ''}${code(event.service)}: ${escapeText(event.message, 1_000)}`);
    if (shown.length < failure.serviceEvents.length) lines.push(`- _…and ${failure.serviceEvents.length - shown.length} earlier events_`);
    parts.push(`**ECS service events** (newest first)\n\n${lines.join('\n')}`);
  }
  if (failure.stoppedTasks.length > 0) {
    // Log blocks go after the list: a fenced block nested in a list item needs every line indented, and a
    // log line is not ours to indent.
    const logBlocks: string[] = [];
    const tasks = failure.stoppedTasks.map((task) => {
      const head = `- Task ${code(task.taskId)}${task.service ? ` of ${code(task.service)}` : ''} stopped${task.stoppedAt ? ` at ${escapeText(task.stoppedAt)}` : ''}: ${escapeText(redactUrlCredentials(task.stoppedReason ?? 'no reason given'), 1_000)}${task.stopCode ? ` (${code(task.stopCode)})` : ''}`;
      const containers = task.containers.map((container) => {
        const exit = container.exitCode !== undefined ? `exit code ${container.exitCode}` : 'no exit code';
        const logLines = container.lastLogLines ?? [];
        if (logLines.length > 0) {
          const shown = logLines.slice(-budget.failureLines).map((logLine) => redactUrlCredentials(logLine));
          const label = `Last ${shown.length} log lines of ${code(`${task.taskId.slice(-12)}/${container.name}`)}`;
          logBlocks.push(details(label, codeBlock(shown.join('\n'), 'text')));
        }
        return `  - container ${code(container.name)}: ${exit}${container.reason ? ` — ${escapeText(redactUrlCredentials(container.reason), 1_000)}` : ''}`;
      });
      return [head, ...containers].join('\n');
    });
    parts.push(`**Stopped tasks**\n\n${tasks.join('\n')}`, ...logBlocks);
  }
  return parts.join('\n\n');
}

function eventTable(events: readonly StackEvent[], max: number, keep: 'first' | 'last'): string {
  const shown = keep === 'first' ? events.slice(0, max) : events.slice(-max);
  const rows = shown.map(
    (event) =>
      `| ${escapeText(event.timestamp, 64)} | ${code(event.logicalId, 255)} | ${code(event.type, 255)} | ${statusIcon(event.status)} ${code(event.status, 64)} | ${event.reason ? escapeText(redactUrlCredentials(event.reason), 1_000) : ''} |`,
  );
  const table = ['| Time | Resource | Type | Status | Reason |', '|---|---|---|---|---|', ...rows].join('\n');
  if (shown.length === events.length) return table;
  const note = `_${events.length - shown.length} ${keep === 'first' ? 'later' : 'earlier'} events not shown._`;
  return keep === 'first' ? `${table}\n\n${note}` : `${note}\n\n${table}`;
}

function statusIcon(status: string): string {
  if (/FAILED/.test(status)) return '❌';
  if (/ROLLBACK/.test(status)) return '⚠️';
  if (/COMPLETE$/.test(status)) return '✅';
  return '⏳';
}

function servicesSection(report: RunReport, subheading: string): string | undefined {
  const urls = report.urls ?? {};
  const urlCell = (service: string): string => (urls[service] ?? []).map((url) => link(url, url)).join('<br>') || '—';
  if (report.services && report.services.length > 0) {
    const rows = report.services.map((service) => {
      const counts = service.desired !== undefined ? `${service.running ?? 0}/${service.desired}${service.pending ? ` (${service.pending} pending)` : ''}` : '—';
      return `| ${code(service.name)} | ${service.image ? code(service.image) : '—'} | ${counts} | ${service.rolloutState ? code(service.rolloutState) : '—'} | ${urlCell(service.name)} |`;
    });
    const listed = new Set(report.services.map((service) => service.name));
    for (const service of Object.keys(urls).filter((name) => !listed.has(name))) rows.push(`| ${code(service)} | — | — | — | ${urlCell(service)} |`);
    return [`${subheading} Services`, '', '| Service | Image | Running/Desired | Rollout | URL |', '|---|---|---|---|---|', ...rows].join('\n');
  }
  const services = Object.keys(urls).filter((service) => (urls[service] ?? []).length > 0);
  if (services.length === 0) return undefined;
  return [`${subheading} Endpoints`, '', '| Service | URL |', '|---|---|', ...services.map((service) => `| ${code(service)} | ${urlCell(service)} |`)].join('\n');
}

function outputsSection(report: RunReport): string {
  const outputs = report.outputs ?? [];
  const rows = outputs.map((output) => `| ${code(output.key)} | ${code(redactUrlCredentials(output.value), 1_000)} | ${output.description ? escapeText(output.description) : ''} |`);
  return details(`Stack outputs (${outputs.length})`, ['| Output | Value | Description |', '|---|---|---|', ...rows].join('\n'));
}

function templateSection(prepared: PreparedReport, target: RenderTarget, budget: Budget): string {
  const template = prepared.template!;
  const info = prepared.report.template!;
  const describe = `${info.format.toUpperCase()}, ${template.lines} lines, sha256 ${code(info.sha256.slice(0, 12))}`;
  if (template.kind === 'unparseable') return `_The generated template (${describe}) is not shown: it could not be parsed to hide secrets._`;
  if (!budget.template) return `_The generated template (${describe}) is omitted to fit GitHub's size limit${fullReportHint(prepared.report, target)}._`;
  const note = template.redacted ? '_Secret-looking values are shown as `***`._\n\n' : '';
  return details(`Generated template (${describe})`, `${note}${codeBlock(template.body, info.format)}`);
}

function warningsSection(report: RunReport, subheading: string): string {
  const warnings = report.warnings ?? [];
  const shown = warnings.slice(0, MAX_WARNINGS);
  const lines = shown.map((warning) => {
    const where = warning.file ? [warning.file, warning.line, warning.line !== undefined ? warning.column : undefined].filter((part) => part !== undefined).join(':') : '';
    const prefix = [where ? code(where) : '', warning.key ? code(warning.key) : ''].filter(Boolean).join(' ');
    return `- ${prefix ? `${prefix}: ` : ''}${escapeText(warning.message, 1_000)}`;
  });
  if (shown.length < warnings.length) lines.push(`- _…and ${warnings.length - shown.length} more warnings (see the workflow log)_`);
  return `${subheading} ⚠️ Warnings (${warnings.length})\n\n${lines.join('\n')}`;
}

function footerLine(report: RunReport): string | undefined {
  const links: string[] = [];
  const cloudFormation = report.links?.cloudFormation ?? (report.region ? cloudFormationConsoleUrl(report.region, report.stackName) : undefined);
  if (safeUrl(cloudFormation)) links.push(link('CloudFormation console', cloudFormation));
  if (safeUrl(report.links?.ecsCluster)) links.push(link('ECS cluster', report.links?.ecsCluster));
  const run = report.links?.run ?? report.run?.url;
  if (safeUrl(run)) links.push(link(`Workflow run ${report.run?.id ?? ''}`.trim(), run));
  if (report.template) links.push(`template sha256 ${code(report.template.sha256.slice(0, 12))}`);
  return links.length ? `<sub>${links.join(' · ')}</sub>` : undefined;
}

/** ", see the job summary of <run>" for a trimmed comment; the summary itself points at the run's log and artifacts. */
function fullReportHint(report: RunReport, target: RenderTarget): string {
  const run = report.links?.run ?? report.run?.url;
  const where = target === 'comment' ? 'the job summary of the workflow run' : 'the workflow run';
  return safeUrl(run) ? `; see ${link(where, run)}` : `; see ${where}`;
}

/** A collapsed block. The blank line after `<summary>` is what lets GitHub render markdown inside. */
function details(summary: string, body: string): string {
  return [`<details><summary>${summary}</summary>`, '', body, '', '</details>'].join('\n');
}
