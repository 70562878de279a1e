// Shared by the preview and deploy end-to-end tests: the bundled action run against the AWS stand-in, with a
// Compose project written to a temporary directory and every generated template archived for CI's cfn-lint.

import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAwsStandIn, type AwsStandIn } from '../stand-ins/aws/index.mjs';
import { runAction, type ActionRun, type RunOptions } from '../support/action.js';
import { archiveTemplate } from '../support/templates.js';

export { startAwsStandIn, type AwsStandIn };

/** Loopback only; static test credentials; no metadata probing. */
export function awsEnv(standIn: AwsStandIn, extra: Record<string, string> = {}): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: standIn.url,
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    ...extra,
  };
}

/** A directory holding compose.yaml with the given lines. */
export function writeProject(lines: string[], files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'aws-e2e-'));
  writeFileSync(join(dir, 'compose.yaml'), `${lines.join('\n')}\n`);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export function webProject(name: string, image = 'nginx:1.27-alpine', extra: string[] = []): string {
  return writeProject([`name: ${name}`, 'services:', '  web:', `    image: ${image}`, '    ports:', '      - "80:80"', ...extra]);
}

export interface ModeRun extends ActionRun {
  template?: string;
}

/**
 * Runs a mode of the bundled action in `dir` with the template written as JSON inside `dir` (so it survives the
 * run) and archived under `label`. Images are not pinned unless the inputs say so.
 */
export async function runMode(mode: 'preview' | 'deploy', dir: string, label: string, inputs: Record<string, string>, options: RunOptions): Promise<ModeRun> {
  const templatePath = join(dir, `${label}.template.json`);
  const run = await runAction(
    { mode, 'working-directory': dir, 'template-format': 'json', 'template-path': templatePath, 'pin-images': 'false', ...inputs },
    { killAfterMs: 200_000, ...options },
  );
  const template = existsSync(templatePath) ? readFileSync(templatePath, 'utf8') : undefined;
  if (template) archiveTemplate(label, template);
  return { ...run, template };
}

/** Max AWS calls in any 60 s window (or scaled to a minute for shorter spans) among the given request times. */
export function callsPerMinute(times: number[]): { calls: number; spanMs: number; perMinute: number; maxInAnyMinute: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const spanMs = sorted.length > 1 ? sorted[sorted.length - 1] - sorted[0] : 0;
  let maxInAnyMinute = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i] - sorted[j] >= 60_000) j++;
    maxInAnyMinute = Math.max(maxInAnyMinute, i - j + 1);
  }
  return { calls: sorted.length, spanMs, perMinute: spanMs > 0 ? (sorted.length / spanMs) * 60_000 : sorted.length, maxInAnyMinute };
}
