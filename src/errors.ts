// Errors a person can act on. Anything thrown that is not a UserError is a bug in this project: the edges
// (main.ts, cli.ts) print it with a stack trace as `::debug::` only and a one-line message otherwise.

import type { Diagnostic, SourcePosition } from './compose/model.js';

/** An error caused by the user's input or environment, with what to do about it. Printed without a stack trace. */
export class UserError extends Error {
  /** Where in the user's files the problem is, when known (becomes a GitHub annotation). */
  readonly source?: SourcePosition;
  /** Dotted key path of the offending key, when known. */
  readonly key?: string;
  /** Further problems found in the same pass, reported together. */
  readonly diagnostics: Diagnostic[];

  constructor(message: string, options: { source?: SourcePosition; key?: string; diagnostics?: Diagnostic[]; cause?: unknown } = {}) {
    super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'UserError';
    this.source = options.source;
    this.key = options.key;
    this.diagnostics = options.diagnostics ?? [];
  }
}

/** Bad Compose input: one or more diagnostics, each with file, position and key. */
export class ComposeError extends UserError {
  constructor(diagnostics: Diagnostic[]) {
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
export class UsageError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** `file:line:column: key: message` with whatever parts are known. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.source ? [d.source.file, d.source.line, d.source.line !== undefined ? d.source.column : undefined].filter((p) => p !== undefined).join(':') : '';
  const parts = [where, d.key].filter((p) => p);
  return parts.length ? `${parts.join(': ')}: ${d.message}` : d.message;
}

/** The message of anything thrown (SDK errors, Octokit errors, strings). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
