#!/usr/bin/env node
// `npm run bench`: whole-process timings of the bundled action, the way a runner starts it.
// - convert of generated projects of 1, 10, 50 and 100 services (JSON output), median of RUNS runs;
// - cold start to the first input error (an unknown mode);
// - in-process: loading + normalizing the 100-service file, and YAML parsing alone (a bench-only bundle of
//   src/compose, built on the fly with ncc).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateCompose } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS || 7);
const work = join(root, '.tmp', 'bench');
mkdirSync(work, { recursive: true });
const bundle = join(root, 'dist', 'index.js');
if (!existsSync(bundle)) { console.error('no dist/index.js: run npm run bundle first'); process.exit(2); }

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const fmt = (ms) => `${(ms / 1000).toFixed(3)} s`;

function timeProcess(env) {
  if (env.GITHUB_OUTPUT) writeFileSync(env.GITHUB_OUTPUT, '');
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, [bundle], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
    times.push(performance.now() - start);
    if (env.INPUT_MODE === 'convert' && r.status !== 0) { console.error(r.stdout, r.stderr); process.exit(1); }
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

console.log(`node ${process.version}, ${RUNS} runs each (median [min–max]), ${process.platform}/${process.arch}`);
for (const n of [1, 10, 50, 100]) {
  const dir = join(work, `s${n}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'compose.yaml');
  writeFileSync(file, generateCompose(n));
  const t = timeProcess({
    INPUT_MODE: 'convert', 'INPUT_WORKING-DIRECTORY': dir, 'INPUT_TEMPLATE-FORMAT': 'json',
    'INPUT_TEMPLATE-PATH': join(dir, 'template.json'), INPUT_VPC: 'vpc-12345678', INPUT_SUBNETS: 'subnet-1,subnet-2',
    GITHUB_OUTPUT: join(dir, 'output.txt'),
  });
  console.log(`convert ${String(n).padStart(3)} services: ${fmt(t.median)} [${fmt(t.min)}–${fmt(t.max)}]`);
}
const cold = timeProcess({ INPUT_MODE: 'no-such-mode' });
console.log(`cold start to first input error: ${fmt(cold.median)} [${fmt(cold.min)}–${fmt(cold.max)}]`);

// In-process loader timing on the 100-service file.
const libDir = join(work, 'lib');
const built = spawnSync(join(root, 'node_modules', '.bin', 'ncc'), ['build', join(root, 'bench', 'loader-entry.ts'), '-o', libDir, '-q', '-t'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(1);
const lib = await import(pathToFileURL(join(libDir, 'index.js')).href);
const dir100 = join(work, 's100');
const text = readFileSync(join(dir100, 'compose.yaml'), 'utf8');
const loadTimes = [], parseTimes = [];
for (let i = 0; i < RUNS + 3; i++) {
  let s = performance.now();
  lib.parseOnly(text);
  parseTimes.push(performance.now() - s);
  s = performance.now();
  lib.loadProject({ workingDir: dir100, composeFiles: [], envFiles: [], profiles: [], env: {} });
  loadTimes.push(performance.now() - s);
}
// The first runs warm the JIT; report the median of the rest, as a long-lived process would see it, and the first.
console.log(`in-process load+normalize 100 services: ${median(loadTimes.slice(3)).toFixed(1)} ms (first call ${loadTimes[0].toFixed(1)} ms)`);
console.log(`in-process YAML parse alone 100 services: ${median(parseTimes.slice(3)).toFixed(1)} ms (first call ${parseTimes[0].toFixed(1)} ms)`);
