// An in-memory Host for the GitHub tests: records everything a mode writes, serves inputs from a map, and
// carries its own environment (GITHUB_API_URL pointing at the stand-in), never process.env.

import type { AnnotationProperties, Host } from '../../src/host.js';

export interface RecordedAnnotation {
  level: 'warning' | 'error';
  message: string;
  properties?: AnnotationProperties;
}

export class MemoryHost implements Host {
  readonly kind = 'action' as const;
  readonly outputs: Record<string, string> = {};
  readonly secrets: string[] = [];
  readonly infos: string[] = [];
  readonly debugs: string[] = [];
  readonly annotations: RecordedAnnotation[] = [];
  readonly summaries: string[] = [];
  readonly stdout: string[] = [];
  readonly signal = new AbortController().signal;
  /** Make appendSummary fail (to test that writeSummary never throws). */
  failSummary = false;

  constructor(
    readonly env: Record<string, string | undefined> = {},
    private readonly inputs: Record<string, string> = {},
  ) {}

  getInput(name: string): string {
    return this.inputs[name] ?? '';
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }
  setSecret(value: string): void {
    this.secrets.push(value);
  }
  info(message: string): void {
    this.infos.push(message);
  }
  debug(message: string): void {
    this.debugs.push(message);
  }
  warning(message: string, properties?: AnnotationProperties): void {
    this.annotations.push({ level: 'warning', message, ...(properties ? { properties } : {}) });
  }
  error(message: string, properties?: AnnotationProperties): void {
    this.annotations.push({ level: 'error', message, ...(properties ? { properties } : {}) });
  }
  async appendSummary(markdown: string): Promise<void> {
    if (this.failSummary) throw new Error('EACCES: GITHUB_STEP_SUMMARY is not writable');
    this.summaries.push(markdown);
  }
  writeStdout(text: string): void {
    this.stdout.push(text);
  }

  get warnings(): string[] {
    return this.annotations.filter((annotation) => annotation.level === 'warning').map((annotation) => annotation.message);
  }
}
