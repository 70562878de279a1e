#!/usr/bin/env node
// `npm run demo`: the whole life of an environment in under a minute, with no AWS account. It starts the local
// AWS stand-in (test/stand-ins/aws, plain ESM, in this process, on 127.0.0.1 only) and runs the bundled CLI
// (dist/cli/index.js) against it on examples/webapp: preview → deploy → status → logs → teardown, printing each
// step's log, summary and outputs.
//
// Plain node, no jest and no TypeScript at run time, so it works on a clean clone after `npm ci`. When the
// bundle is missing it is built first (`node scripts/bundle.mjs`). COMPOSE_ECS_DIST points at another bundle.
// Exit code: 0 when every step succeeded, else the failing step's.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = process.env.COMPOSE_ECS_DIST ? resolve(process.env.COMPOSE_ECS_DIST) : join(repoRoot, 'dist');
const cli = join(distDir, 'cli', 'index.js');
const example = join(repoRoot, 'examples', 'webapp');
/** Fenced blocks longer than this (the generated template in a summary) are shortened on screen. */
const MAX_BLOCK_LINES = 12;

const bold = (text) => (process.stdout.isTTY ? `\u001b[1m${text}\u001b[0m` : text);

function ensureBundle() {
  if (existsSync(cli)) return;
  if (process.env.COMPOSE_ECS_DIST) throw new Error(`COMPOSE_ECS_DIST=${process.env.COMPOSE_ECS_DIST} has no cli/index.js: build it with node scripts/bundle.mjs --out ${process.env.COMPOSE_ECS_DIST}`);
  console.log(bold('No bundle in dist/: building it first (node scripts/bundle.mjs, about a minute)…'));
  const build = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'bundle.mjs')], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(cli)) throw new Error('Building the bundle failed; see the output above.');
}

/**
 * The environment of every CLI run: the stand-in's endpoint and static test credentials, and nothing of the
 * caller's AWS setup (profiles, config files, session tokens), so the demo can never reach a real account.
 */
function demoEnvironment(endpoint, scratch) {
  const env = {};
  for (const [name, value] of Object.entries(process.env)) if (!name.startsWith('AWS_') && !name.startsWith('GITHUB_') && !name.startsWith('INPUT_')) env[name] = value;
  return {
    ...env,
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: join(scratch, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(scratch, 'no-aws-credentials'),
    NODE_NO_WARNINGS: '1',
  };
}

/** Shortens long fenced blocks, so a summary's template does not bury the rest. */
function shortenBlocks(text) {
  const lines = text.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(`{3,})/.exec(lines[i]);
    if (!fence) {
      out.push(lines[i]);
      continue;
    }
    const end = lines.findIndex((line, j) => j > i && line.startsWith(fence[1]) && line.trim() === fence[1]);
    if (end < 0 || end - i - 1 <= MAX_BLOCK_LINES) {
      out.push(lines[i]);
      continue;
    }
    out.push(...lines.slice(i, i + 1 + MAX_BLOCK_LINES), `… (${end - i - 1 - MAX_BLOCK_LINES} more lines)`, lines[end]);
    i = end;
  }
  return out.join('\n');
}

/** Runs one CLI step, shows its output, and returns it with the outputs the CLI printed (`Outputs:` block). */
function runStep(title, args, env) {
  console.log(`\n${bold(`━━ ${title}`)}\n${bold(`$ compose-ecs ${args.join(' ')}`)}\n`);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: example, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (stdout.trim()) console.log(shortenBlocks(stdout.trimEnd()));
      if (stderr.trim()) console.log(shortenBlocks(stderr.trimEnd()));
      const outputs = {};
      const block = stderr.split('\nOutputs:\n')[1] ?? '';
      for (const line of block.split('\n')) {
        const match = /^ {2}([a-z-]+): (.*)$/.exec(line);
        if (match) outputs[match[1]] = match[2];
      }
      resolvePromise({ code, stdout, stderr, outputs });
    });
  });
}

async function main() {
  ensureBundle();
  // Imported here, not at the top: a missing stand-in (a trimmed package) should fail with the message below.
  const { startAwsStandIn } = await import(join(repoRoot, 'test', 'stand-ins', 'aws', 'index.mjs'));
  const standIn = await startAwsStandIn({ stepDelayMs: 20 });
  const scratch = mkdtempSync(join(tmpdir(), 'compose-ecs-demo-'));
  const env = demoEnvironment(standIn.url, scratch);
  const started = Date.now();
  console.log(bold(`compose-ecs demo: examples/webapp against a local AWS stand-in at ${standIn.url} (no AWS account is used).`));
  const failed = (step, run) => {
    console.error(`\n${bold(`✗ ${step} failed (exit code ${run.code}).`)}`);
    return run.code || 1;
  };
  try {
    const template = join(scratch, 'webapp.template.yaml');
    // Pinning looks image digests up in their registries; the demo stays offline and deploys the tags as written.
    const preview = await runStep('1/5 preview: what would change', ['preview', '--template-path', template, '--no-pin-images'], env);
    if (preview.code !== 0) return failed('preview', preview);

    const deploy = await runStep('2/5 deploy: create the stack and wait for it', ['deploy', '--template-path', template, '--no-pin-images'], env);
    if (deploy.code !== 0) return failed('deploy', deploy);

    const status = await runStep('3/5 status: services, tasks and URLs (docker compose ps)', ['status'], env);
    if (status.code !== 0) return failed('status', status);

    // The stand-in runs no containers: it plays their log lines, in the streams awslogs would write.
    seedContainerLogs(standIn, status.outputs.status);
    const logs = await runStep('4/5 logs: the last lines of every service (docker compose logs)', ['logs', '--since', '10m', '--tail', '3'], env);
    if (logs.code !== 0) return failed('logs', logs);

    const teardown = await runStep('5/5 teardown: delete the stack (docker compose down)', ['teardown'], env);
    if (teardown.code !== 0) return failed('teardown', teardown);

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`\n${bold(`✓ Demo finished in ${seconds}s.`)}`);
    if (deploy.outputs.url || status.outputs.url) console.log(`  The app was published at ${status.outputs.url || deploy.outputs.url} (a stand-in address).`);
    console.log('  To do this for real: add the action to a workflow with AWS credentials (see the README), or run');
    console.log('  `node dist/cli/index.js deploy` with AWS credentials in your environment.');
    return 0;
  } finally {
    await standIn.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** A few believable lines per service, in `<stack>/<service>/<task-id>` streams of the stack's log group. */
function seedContainerLogs(standIn, statusJson) {
  let status;
  try {
    status = JSON.parse(statusJson ?? '');
  } catch {
    return;
  }
  const lines = {
    web: ['nginx: start worker processes', 'GET / HTTP/1.1 200 615', 'GET /api/items HTTP/1.1 200 1432'],
    api: ['connecting to db:5432', 'migrations up to date', 'listening on :8080'],
    worker: ['waiting for jobs on queue "default"', 'job 1 done in 120ms', 'job 2 done in 95ms'],
    db: ['database system is ready to accept connections'],
  };
  const now = Date.now();
  for (const service of status.services ?? []) {
    for (const task of service.tasks ?? []) {
      standIn.control.seedLogs({
        logGroupName: `/docker-compose/${status.stackName}`,
        logStreamName: `${status.stackName}/${service.name}/${task.id}`,
        events: (lines[service.name] ?? ['started']).map((message, i) => ({ timestamp: now - 60_000 + i * 1000, message })),
      });
    }
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
