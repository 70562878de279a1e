// Diagnostics (loader and converter findings) to log lines and GitHub annotations pointing at file and line.
// The annotation's position (workspace-relative file, line, column) is github/annotations.ts's; the log line
// here carries the whole `file:line:column: key: message`, so it reads the same in a terminal.

import type { Diagnostic } from './compose/model.js';
import type { AnnotationProperties, Host } from './host.js';
import { formatDiagnostic } from './errors.js';
import { annotationProperties } from './github/annotations.js';

export function annotationOf(host: Host, d: Diagnostic): AnnotationProperties | undefined {
  if (!d.source) return undefined;
  return annotationProperties(d, host.env.GITHUB_WORKSPACE || undefined, d.key);
}

export function reportDiagnostics(host: Host, diagnostics: readonly Diagnostic[], level: 'warning' | 'error'): void {
  for (const d of diagnostics) {
    const message = formatDiagnostic(d);
    if (level === 'warning') host.warning(message, annotationOf(host, d));
    else host.error(message, annotationOf(host, d));
  }
}
