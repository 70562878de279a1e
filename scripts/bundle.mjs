#!/usr/bin/env node
// Builds the two ncc bundles: dist/index.js (the action) and dist/cli/index.js (the CLI).
// Usage: node scripts/bundle.mjs [--out DIR]   (default DIR: dist; helpers build elsewhere to avoid clobbering)
// Dynamic imports (the AWS SDK, Octokit) become separate chunk files, so `convert` never loads them.
import { spawnSync } from 'node:child_process';
import { rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : 'dist';
if (existsSync(out)) rmSync(out, { recursive: true, force: true });
const ncc = join('node_modules', '.bin', 'ncc');
const entries = [
  ['src/index.ts', out],
  ['src/cli.ts', join(out, 'cli')],
];
for (const [entry, dir] of entries) {
  const r = spawnSync(ncc, ['build', entry, '-o', dir, '--license', 'licenses.txt', '-q'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
