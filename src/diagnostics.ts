// Diagnostics (loader and converter findings) to log lines and GitHub annotations pointing at file and line.

import { relative, isAbsolute } from 'node:path';
import type { Diagnostic } from './compose/model.js';
import type { AnnotationProperties, Host } from './host.js';
import { formatDiagnostic } from './errors.js';

export function annotationOf(host: Host, d: Diagnostic): AnnotationProperties | undefined {
  if (!d.source) return undefined;
  const workspace = host.env.GITHUB_WORKSPACE;
  let file = d.source.file;
  if (workspace && isAbsolute(file)) {
    const rel = relative(workspace, file);
    if (!rel.startsWith('..') && !isAbsolute(rel)) file = rel;
  }
  return { file, startLine: d.source.line, startColumn: d.source.column, title: d.key };
}

export function reportDiagnostics(host: Host, diagnostics: readonly Diagnostic[], level: 'warning' | 'error'): void {
  for (const d of diagnostics) {
    const message = formatDiagnostic(d);
    if (level === 'warning') host.warning(message, annotationOf(host, d));
    else host.error(message, annotationOf(host, d));
  }
}
