// The edge a mode talks to: inputs in, outputs/log/summary out. main.ts implements it over @actions/core
// (a GitHub runner), cli.ts over flags and stderr. Modes never touch process.env, @actions/core or stdout
// directly, so one mode serves both.

import type { SourcePosition } from './compose/model.js';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface Host {
  /** 'action' on a GitHub runner, 'cli' in a terminal. */
  readonly kind: 'action' | 'cli';
  /** The raw input as given ('' when not given); use readInputs() for defaults and parsing. */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  /** Never print this value again (core.setSecret on a runner). */
  setSecret(value: string): void;
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  /** Appends markdown to the job summary (GITHUB_STEP_SUMMARY) or, in the CLI, prints a readable form to stderr. */
  appendSummary(markdown: string): Promise<void>;
  /** Writes the primary artifact (a template, a policy, the config) where the CLI's stdout would carry it. */
  writeStdout(text: string): void;
  /** The process environment snapshot for interpolation, credentials and GitHub context. */
  readonly env: Record<string, string | undefined>;
  /** Aborted when the run is cancelled (SIGINT/SIGTERM). */
  readonly signal: AbortSignal;
}

export function annotationFor(source?: SourcePosition): AnnotationProperties | undefined {
  if (!source) return undefined;
  return { file: source.file, startLine: source.line, startColumn: source.column };
}
