// The README's PR-preview and deploy-on-merge recipes, run as written: the action step of each recipe (its `with:`
// inputs taken from the README itself) runs the bundled action as a runner would, in a workspace holding the
// recipe's compose.yaml, with the GitHub context of the recipe's event, against local stand-ins of AWS, GitHub
// and an image registry (loopback only). The preview posts the sticky comment; the merge deploys exactly what was
// reviewed (reviewed-deploy) and updates that comment's status.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot, runAction } from '../support/action.js';
import { startAwsStandIn, type AwsStandIn } from '../stand-ins/aws/index.mjs';
import { startGitHubStandIn, type GitHubStandIn } from '../stand-ins/github/server.js';
import { startRegistryStandIn, type RegistryStandIn } from '../stand-ins/registry.js';

interface WorkflowStep {
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}

/**
 * The `with:` of every compose-ecs-action step in the README's YAML block of the workflow named `name`, with the
 * GitHub expressions the recipes use evaluated from `expressions` (an unknown one fails the test).
 */
function recipeSteps(name: string, expressions: Record<string, string> = {}): Array<{ if?: string; with: Record<string, string> }> {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
  const workflow = blocks.map((b) => parse(b) as { name?: string; jobs?: Record<string, { steps: WorkflowStep[] }> }).find((w) => w?.name === name);
  if (!workflow?.jobs) throw new Error(`no "${name}" recipe in the README`);
  const steps = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .filter((s) => s.uses?.startsWith('org/compose-ecs-action@'));
  if (steps.length === 0) throw new Error(`the "${name}" recipe has no compose-ecs-action step`);
  const evaluate = (value: string) =>
    value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
      if (!(expression in expressions)) throw new Error(`the test does not know the expression \${{ ${expression} }}`);
      return expressions[expression];
    });
  return steps.map((step) => ({ ...(step.if ? { if: step.if } : {}), with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, evaluate(String(v))])) }));
}

function recipeInputs(name: string): Record<string, string> {
  return recipeSteps(name)[0].with;
}

const PR = 42;
const HEAD_SHA = 'a'.repeat(40);
const MERGE_SHA = 'b'.repeat(40);

let aws: AwsStandIn;
let github: GitHubStandIn;
let registry: RegistryStandIn;
let workspace: string;

beforeAll(async () => {
  aws = await startAwsStandIn({ stepDelayMs: 5 });
  github = await startGitHubStandIn();
  registry = await startRegistryStandIn({ auth: 'bearer' });
  registry.push({ name: 'shop/web', tag: '1.0' });
  registry.push({ name: 'shop/api', tag: '1.0' });
  workspace = mkdtempSync(join(tmpdir(), 'recipes-'));
  writeFileSync(
    join(workspace, 'compose.yaml'),
    [
      'services:',
      '  web:',
      `    image: ${registry.host}/shop/web:1.0`,
      '    ports:',
      '      - "80:80"',
      '  api:',
      `    image: ${registry.host}/shop/api:1.0`,
      '    environment:',
      '      DATABASE_PASSWORD: hunter2-is-not-a-password',
      '',
    ].join('\n'),
  );
});
afterAll(async () => {
  await Promise.all([aws?.close(), github?.close(), registry?.close()]);
});

/** What a runner sets for the recipe's event, plus what configure-aws-credentials leaves (static test keys). */
function runnerEnv(event: 'pull_request' | 'push', sha: string, runId: string): Record<string, string> {
  const payload = event === 'pull_request' ? { number: PR, pull_request: { number: PR, head: { sha: HEAD_SHA } } } : { after: sha };
  const eventPath = join(workspace, `event-${runId}.json`);
  writeFileSync(eventPath, JSON.stringify(payload));
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: sha,
    GITHUB_RUN_ID: runId,
    GITHUB_WORKSPACE: workspace,
    AWS_ENDPOINT_URL: aws.url,
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_REGION: 'eu-west-1',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

/** A runner passes every declared input; the recipe's values override action.yml's defaults (github-token: the workflow token). */
const asRunner = (inputs: Record<string, string>) => ({ 'github-token': 'ghs_test', ...inputs });

describe('README recipes against the stand-ins', () => {
  it('every YAML example in the README parses', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const block of blocks) expect(() => parse(block)).not.toThrow();
  });

  it('preview on a pull request posts one sticky comment with the change set, then deploy on merge deploys what was reviewed', async () => {
    const preview = recipeInputs('preview');
    expect(preview.mode).toBe('preview');
    const previewRun = await runAction(asRunner(preview), { cwd: workspace, env: runnerEnv('pull_request', HEAD_SHA, '1001'), killAfterMs: 120_000 });
    expect(previewRun.errors).toEqual([]);
    expect(previewRun.code).toBe(0);
    expect(previewRun.outputs['has-changes']).toBe('true');
    expect(Number(previewRun.outputs['changes-count'])).toBeGreaterThan(10);
    const comments = github.commentsOn(PR);
    expect(comments).toHaveLength(1);
    const body = comments[0].body;
    expect(body.split('\n')[0]).toMatch(/^<!-- compose-ecs-action \{.*"stack":"shop".*\} -->$/);
    expect(body).toMatch(/change set/i);
    expect(body).toContain('WebService');
    expect(body).not.toContain('hunter2-is-not-a-password');
    expect(previewRun.outputs['comment-id']).toBe(String(comments[0].id));
    // Images were pinned through the registry's anonymous token flow, as deploy will.
    expect(registry.requests.some((r) => r.path === '/token')).toBe(true);

    // A second preview run on the same PR updates the comment in place.
    const again = await runAction(asRunner(preview), { cwd: workspace, env: runnerEnv('pull_request', HEAD_SHA, '1002'), killAfterMs: 120_000 });
    expect(again.code).toBe(0);
    expect(github.commentsOn(PR)).toHaveLength(1);

    // The merge: a squash commit whose PR is found through commits/{sha}/pulls.
    github.pullsByCommit.set(MERGE_SHA, [{ number: PR, state: 'closed', merged_at: '2026-11-25T00:00:00Z', merge_commit_sha: MERGE_SHA, head: { sha: HEAD_SHA } }]);
    const deploy = recipeInputs('deploy');
    expect(deploy).toMatchObject({ mode: 'deploy', 'reviewed-deploy': 'true' });
    const deployRun = await runAction(asRunner(deploy), { cwd: workspace, env: runnerEnv('push', MERGE_SHA, '2001'), killAfterMs: 180_000 });
    expect(deployRun.errors).toEqual([]);
    expect(deployRun.code).toBe(0);
    expect(deployRun.outputs.status).toBe('CREATE_COMPLETE');
    expect(deployRun.outputs.url).toMatch(/^http:\/\/.+:80$/);
    const updated = github.commentsOn(PR);
    expect(updated).toHaveLength(1);
    expect(updated[0].body).toMatch(/deployed/i);
    expect(updated[0].body).toContain('2001');
    expect(deployRun.summary).toContain('shop');
    expect(deployRun.stdout + deployRun.summary).not.toContain('hunter2-is-not-a-password');
  });

  it('a failed deploy on merge fails the job, says why in the summary and marks the reviewed comment failed', async () => {
    const PR_2 = 43;
    const head = 'd'.repeat(40);
    const merge = 'e'.repeat(40);
    const compose = readFileSync(join(workspace, 'compose.yaml'), 'utf8');
    writeFileSync(join(workspace, 'compose.yaml'), compose.replace('"80:80"', '"80:80"\n    deploy:\n      replicas: 3'));
    try {
      const prEnv = { ...runnerEnv('pull_request', head, '3001'), GITHUB_EVENT_PATH: join(workspace, 'event-pr43.json') };
      writeFileSync(prEnv.GITHUB_EVENT_PATH, JSON.stringify({ number: PR_2, pull_request: { number: PR_2, head: { sha: head } } }));
      const preview = await runAction(asRunner(recipeInputs('preview')), { cwd: workspace, env: prEnv, killAfterMs: 120_000 });
      expect(preview.code).toBe(0);
      expect(github.commentsOn(PR_2)).toHaveLength(1);

      github.pullsByCommit.set(merge, [{ number: PR_2, state: 'closed', merged_at: '2026-11-25T02:00:00Z', merge_commit_sha: merge, head: { sha: head } }]);
      aws.control.failResource({ logicalId: 'WebService', stackName: 'shop', operation: 'update', reason: 'ECS Deployment Circuit Breaker was triggered', ecs: { stoppedReason: 'Essential container in task exited', exitCode: 1 } });
      const deploy = await runAction(asRunner(recipeInputs('deploy')), { cwd: workspace, env: runnerEnv('push', merge, '3002'), killAfterMs: 180_000 });
      expect(deploy.code).toBe(1);
      expect(deploy.errors).toHaveLength(1);
      expect(deploy.errors[0]).toMatch(/rolled back|UPDATE_ROLLBACK_COMPLETE/);
      expect(deploy.summary).toMatch(/Why it failed/);
      expect(deploy.summary).toContain('ECS Deployment Circuit Breaker was triggered');
      const comment = github.commentsOn(PR_2)[0].body;
      expect(comment).toMatch(/Deploy failed/);
      expect(comment).toContain('3002');
    } finally {
      writeFileSync(join(workspace, 'compose.yaml'), compose);
    }
  });

  it('the teardown recipe deletes the closed pull request\'s stack, and the nightly sweep the old preview stacks', async () => {
    const template = JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: { LogGroup: { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: '/docker-compose/x' } } } });
    const seed = (stackName: string, hoursAgo: number) =>
      aws.control.seedStack({
        stackName,
        template,
        tags: [
          { Key: 'com.docker.compose.project', Value: 'shop' },
          { Key: 'compose-ecs-action:project', Value: 'shop' },
          { Key: 'compose-ecs-action:created-at', Value: new Date(Date.now() - hoursAgo * 3_600_000).toISOString() },
        ],
      });
    seed('shop-pr-77', 1);
    seed('shop-pr-5', 24 * 10);
    seed('shop-pr-6', 24 * 4);
    seed('shop-pr-8', 2);
    const live = () => aws.control.snapshot().stacks.filter((st) => st.status !== 'DELETE_COMPLETE').map((st) => st.stackName).sort();
    const [onClose, onSchedule] = recipeSteps('teardown', { 'github.event.pull_request.number': '77' });
    expect(onClose.if).toBe("github.event_name == 'pull_request'");
    expect(onSchedule.if).toBe("github.event_name == 'schedule'");

    const closed = await runAction(asRunner(onClose.with), { cwd: workspace, env: runnerEnv('pull_request', HEAD_SHA, '4001'), killAfterMs: 120_000 });
    expect(closed.errors).toEqual([]);
    expect(closed.code).toBe(0);
    expect(live()).not.toContain('shop-pr-77');

    const swept = await runAction(asRunner(onSchedule.with), { cwd: workspace, env: runnerEnv('push', MERGE_SHA, '4002'), killAfterMs: 120_000 });
    expect(swept.errors).toEqual([]);
    expect(swept.code).toBe(0);
    expect(JSON.parse(swept.outputs.stacks).sort()).toEqual(['shop-pr-5', 'shop-pr-6']);
    expect(live()).toContain('shop-pr-8');
    expect(live()).not.toContain('shop-pr-5');
    expect(live()).not.toContain('shop-pr-6');
  });

  it('refuses to deploy on merge when the Compose model differs from what the pull request showed', async () => {
    const sha = 'c'.repeat(40);
    github.pullsByCommit.set(sha, [{ number: PR, state: 'closed', merged_at: '2026-11-25T01:00:00Z', merge_commit_sha: sha, head: { sha: HEAD_SHA } }]);
    const compose = readFileSync(join(workspace, 'compose.yaml'), 'utf8');
    writeFileSync(join(workspace, 'compose.yaml'), compose.replace('"80:80"', '"80:80"\n    deploy:\n      replicas: 5'));
    try {
      const run = await runAction(asRunner(recipeInputs('deploy')), { cwd: workspace, env: runnerEnv('push', sha, '2002'), killAfterMs: 120_000 });
      expect(run.code).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toMatch(/differs from the one previewed on pull request #42/);
      // Only the two reviewed deploys executed a change set.
      expect(aws.control.requests({ action: 'ExecuteChangeSet' }).length).toBe(2);
    } finally {
      writeFileSync(join(workspace, 'compose.yaml'), compose);
    }
  });
});
