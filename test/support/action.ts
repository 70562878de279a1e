// Runs the bundled action (dist/index.js) or CLI (dist/cli/index.js) as a child process, the way a GitHub
// runner does: inputs as INPUT_<NAME> variables, outputs read back from the GITHUB_OUTPUT file, the job summary
// from GITHUB_STEP_SUMMARY. COMPOSE_ECS_DIST points at another bundle directory (for a private build).

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
export const distDir = process.env.COMPOSE_ECS_DIST ? resolve(process.env.COMPOSE_ECS_DIST) : join(repoRoot, 'dist');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Lines of the form ::error…::message, ::warning…::message. */
  errors: string[];
  warnings: string[];
}

/** Environment with no real credentials and no metadata probing: tests never reach AWS. */
export function isolatedEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), AWS_EC2_METADATA_DISABLED: 'true', NODE_NO_WARNINGS: '1' };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^([^<=]+)<<(.+)$/);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
      outputs[m[1]] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return outputs;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  /** Kill the process after this many ms (a safety net, not a timing assertion). */
  killAfterMs?: number;
  /** The process's working directory (a runner's is the workspace); default: this process's. */
  cwd?: string;
  /** Called with the child once spawned (to send signals). */
  onSpawn?: (child: import('node:child_process').ChildProcess) => void;
}

export async function runAction(inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'action-run-'));
  const outputFile = join(scratch, 'output.txt');
  const summaryFile = join(scratch, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env = isolatedEnv({ GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: scratch, ...options.env });
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const result = await spawnAndCollect(process.execPath, [join(distDir, 'index.js')], env, options);
  const outputs = existsSync(outputFile) ? parseOutputFile(readFileSync(outputFile, 'utf8')) : {};
  const summary = existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '';
  rmSync(scratch, { recursive: true, force: true });
  const lines = result.stdout.split('\n');
  return {
    ...result,
    outputs,
    summary,
    errors: lines.filter((l) => l.startsWith('::error')),
    warnings: lines.filter((l) => l.startsWith('::warning')),
  };
}

export async function runCli(args: string[], options: RunOptions = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return spawnAndCollect(process.execPath, [join(distDir, 'cli', 'index.js'), ...args], isolatedEnv(options.env), options);
}

function spawnAndCollect(cmd: string, args: string[], env: Record<string, string>, options: RunOptions): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 60_000);
    options.onSpawn?.(child);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}
