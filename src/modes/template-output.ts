// Writing the generated template where the user asked (template-path), or to stdout in the CLI, and the
// short markdown summary of what it contains. Written whole or not at all: a failure never leaves half a file.

import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import type { ModeContext } from './index.js';
import type { Diagnostic, Project } from '../compose/model.js';
import type { ReportWarning, TemplateInfo } from '../github/report.js';
import { renderTemplate, templateSha256, type Template } from '../convert/index.js';
import { writeFileAtomically } from '../write-file.js';

export interface WrittenTemplate {
  /** Absolute path, or undefined when the template went to stdout. */
  path?: string;
  sha256: string;
  format: 'yaml' | 'json';
  text: string;
}

export function writeTemplate(context: ModeContext, template: Template, stackName: string, workingDir: string): WrittenTemplate {
  const { host, inputs } = context;
  const format = inputs.oneOf('template-format', ['yaml', 'json'] as const);
  const text = renderTemplate(template, format);
  const sha256 = templateSha256(template);
  let path: string | undefined;
  const requested = inputs.string('template-path');
  if (requested !== '') path = resolve(workingDir, requested);
  else if (host.kind === 'action') {
    path = join(host.env.RUNNER_TEMP || tmpdir(), 'compose-ecs-action', `${stackName}.template.${format === 'json' ? 'json' : 'yaml'}`);
  }
  if (path) {
    writeFileAtomically(path, text, 'template', 'template-path');
    host.setOutput('template-path', path);
    host.info(`Template written to ${path}`);
  } else {
    host.writeStdout(text.endsWith('\n') ? text : `${text}\n`);
  }
  host.setOutput('template-sha256', sha256);
  return { path, sha256, format, text };
}

/** What the template holds: services, resource counts by type, and whether network facts were resolved. */
export function templateInventory(options: {
  project: Project;
  template: Template;
  /** ConvertResult.parameters: the network facts left to template Parameters. */
  unresolvedNetworkParameters: readonly string[];
}): string {
  const { project, template, unresolvedNetworkParameters: unresolved } = options;
  const counts = new Map<string, number>();
  for (const resource of Object.values(template.Resources)) counts.set(resource.Type, (counts.get(resource.Type) ?? 0) + 1);
  const rows = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, n]) => `| \`${type}\` | ${n} |`);
  const services = Object.keys(project.services);
  const lines = [
    '',
    `### What the template holds`,
    '',
    `${services.length} service(s) (${services.map((s) => `\`${escapeCode(s)}\``).join(', ')}), ${Object.keys(template.Resources).length} resources.`,
    '',
    unresolved.length > 0
      ? `Network facts are unresolved (no \`vpc\`/\`subnets\` given and no AWS lookup in this mode): the template takes them as Parameters (${unresolved.map((p) => `\`${p}\``).join(', ')}).`
      : 'Network facts are resolved and inlined.',
    '',
    '| Resource type | Count |',
    '| --- | --- |',
    ...rows,
    '',
  ];
  return lines.join('\n');
}

/** Service names are [a-zA-Z0-9._-] (the Compose schema), but a backtick must never close the code span. */
function escapeCode(text: string): string {
  return text.replace(/`/g, "'");
}

/** The written template as the renderer's RunReport carries it. */
export function templateInfo(written: WrittenTemplate): TemplateInfo {
  return { format: written.format, body: written.text, sha256: written.sha256, ...(written.path ? { path: written.path } : {}) };
}

/** A loader or converter diagnostic as the renderer's RunReport carries it. */
export function toReportWarning(d: Diagnostic): ReportWarning {
  const warning: ReportWarning = { message: d.message };
  if (d.key) warning.key = d.key;
  if (d.source?.file) warning.file = d.source.file;
  if (d.source?.line !== undefined) warning.line = d.source.line;
  if (d.source?.column !== undefined) warning.column = d.source.column;
  return warning;
}
