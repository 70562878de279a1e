// Diagnostics (loader and converter findings) as GitHub annotations: `::warning file=…,line=…::` lines that
// the runner pins to the Compose file in the pull request's "Files changed" view. Annotation paths must be
// relative to the repository root (GITHUB_WORKSPACE); a file outside it keeps its path (the annotation then
// shows in the run only).

import { isAbsolute, relative, sep } from 'node:path';
import type { Diagnostic } from '../compose/model.js';
import { UserError } from '../errors.js';
import type { AnnotationProperties, Host } from '../host.js';

export type AnnotationLevel = 'warning' | 'error';

/** `file` relative to `workspace` with forward slashes, when inside it; otherwise unchanged. */
export function workspaceRelativePath(file: string, workspace: string | undefined): string {
  if (!workspace || !isAbsolute(file)) return file;
  const relativePath = relative(workspace, file);
  if (!relativePath || relativePath.startsWith('..') || isAbsolute(relativePath)) return file;
  return relativePath.split(sep).join('/');
}

/** The annotation properties of a diagnostic (none when it has no position). */
export function annotationProperties(diagnostic: Diagnostic, workspace: string | undefined, title?: string): AnnotationProperties {
  const properties: AnnotationProperties = {};
  if (title) properties.title = title;
  const source = diagnostic.source;
  if (source?.file) {
    properties.file = workspaceRelativePath(source.file, workspace);
    if (source.line !== undefined) {
      properties.startLine = source.line;
      if (source.column !== undefined) properties.startColumn = source.column;
    }
  }
  return properties;
}

/** The annotation's text: the key path first, since the position alone does not say which key. */
export function diagnosticMessage(diagnostic: Diagnostic): string {
  return diagnostic.key ? `${diagnostic.key}: ${diagnostic.message}` : diagnostic.message;
}

/** One host.warning / host.error per diagnostic, placed in the file when the diagnostic knows where. */
export function annotateDiagnostics(host: Host, diagnostics: readonly Diagnostic[], level: AnnotationLevel = 'warning', title?: string): void {
  const workspace = host.env.GITHUB_WORKSPACE || undefined;
  for (const diagnostic of diagnostics) {
    const properties = annotationProperties(diagnostic, workspace, title);
    const message = diagnosticMessage(diagnostic);
    if (level === 'error') host.error(message, properties);
    else host.warning(message, properties);
  }
}

/**
 * A UserError as error annotations: each of its diagnostics (a ComposeError carries several), or the error
 * itself at its source. Returns whether anything was annotated, so the caller can avoid printing it twice.
 */
export function annotateUserError(host: Host, error: UserError): boolean {
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
