import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/errors.js';
import { publishComment } from '../../src/github/comment.js';
import { parseMarker } from '../../src/github/marker.js';
import { canonicalJson, checkReviewedDeploy, computeReviewHashes, markDeployed } from '../../src/github/reviewed.js';
import { GitHubStandIn, startGitHubStandIn } from '../stand-ins/github/server.js';
import { previewReport } from './fixtures.js';
import { MemoryHost } from './host.js';

const PR = 9;
const HEAD = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const SQUASH = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

/** A loader-shaped model: what the lead passes in (Project as JSON). */
function model(overrides: { image?: string; replicas?: number; workingDir?: string; line?: number } = {}): Record<string, unknown> {
  const workingDir = overrides.workingDir ?? '/home/runner/work/shop/shop';
  return {
    name: 'shop',
    workingDir,
    composeFiles: [`${workingDir}/compose.yaml`],
    services: {
      web: {
        name: 'web',
        image: overrides.image ?? 'registry.example/web:pr-head',
        environment: { LOG_LEVEL: 'info' },
        volumes: [{ type: 'bind', source: `${workingDir}/static`, target: '/static', readOnly: true, extensions: {} }],
        deploy: { replicas: overrides.replicas ?? 2 },
        source: { file: `${workingDir}/compose.yaml`, line: overrides.line ?? 3 },
      },
    },
    positions: { 'services.web': { file: `${workingDir}/compose.yaml`, line: overrides.line ?? 3 } },
    warnings: [],
  };
}

let github: GitHubStandIn;
let directory: string;

beforeAll(async () => {
  github = await startGitHubStandIn();
  directory = mkdtempSync(join(tmpdir(), 'compose-ecs-reviewed-'));
});
afterAll(async () => {
  await github.close();
});
beforeEach(() => github.reset());

function host(event: 'pull_request' | 'push', sha: string, runId: string): MemoryHost {
  const payload = event === 'pull_request' ? { number: PR, pull_request: { number: PR, head: { sha: HEAD } } } : { after: sha };
  const path = join(directory, `${event}-${runId}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return new MemoryHost({
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: path,
    GITHUB_SHA: sha,
    GITHUB_RUN_ID: runId,
  });
}

/** The preview run on the pull request: posts the comment with the model's hashes. */
async function previewOnPullRequest(previewModel: Record<string, unknown>): Promise<number> {
  const report = { ...previewReport(), stackName: 'shop', hashes: computeReviewHashes(previewModel), run: { id: '100' } };
  const result = await publishComment(host('pull_request', 'cccccccccccccccccccccccccccccccccccccccc', '100'), report, {
    comment: 'auto',
    token: 'ghs_test',
    prNumber: '',
    redactEnvironment: false,
  });
  expect(result.status).toBe('created');
  return result.commentId!;
}

function squashMerged(): void {
  // GitHub lists the PR for its squash commit: merge_commit_sha is the commit, head is the PR branch.
  github.pullsByCommit.set(SQUASH, [{ number: PR, state: 'closed', merged_at: '2026-01-03T00:00:00Z', merge_commit_sha: SQUASH, head: { sha: HEAD } }]);
}

describe('computeReviewHashes', () => {
  it('ignores image tags, checkout location and source positions, but not configuration', () => {
    const base = computeReviewHashes(model());
    expect(base.modelHash).toMatch(/^[0-9a-f]{64}$/);
    expect(computeReviewHashes(model({ image: 'registry.example/web:merge-sha' })).modelHash).toBe(base.modelHash);
    expect(computeReviewHashes(model({ image: 'registry.example/web:merge-sha' })).imagesHash).not.toBe(base.imagesHash);
    expect(computeReviewHashes(model({ workingDir: '/tmp/checkout' }))).toEqual(base);
    expect(computeReviewHashes(model({ line: 40 }))).toEqual(base);
    expect(computeReviewHashes(JSON.stringify(model()))).toEqual(base);
    expect(computeReviewHashes(model({ replicas: 3 })).modelHash).not.toBe(base.modelHash);
  });

  it('canonical JSON sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: undefined }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"f":1}]},"b":1}');
  });
});

describe('checkReviewedDeploy', () => {
  it('accepts the squash-merged commit of a reviewed pull request, with a new image tag', async () => {
    const commentId = await previewOnPullRequest(model());
    squashMerged();
    const deploying = computeReviewHashes(model({ image: 'registry.example/web:bbbbbbb' }));
    const deployHost = host('push', SQUASH, '200');
    const reviewed = await checkReviewedDeploy(deployHost, { token: 'ghs_test', stackName: 'shop', region: 'eu-west-1', hashes: deploying });
    expect(reviewed).toMatchObject({ pullRequestNumber: PR, commentId });
    expect(deployHost.infos.join('\n')).toMatch(/matches the preview on pull request #9/);
    expect(deployHost.infos.join('\n')).toMatch(/image references differ/);
    expect(github.requests.some((request) => request.path === `/repos/acme/shop/commits/${SQUASH}/pulls`)).toBe(true);
  });

  it('refuses a model that differs from the reviewed one', async () => {
    await previewOnPullRequest(model());
    squashMerged();
    const deploying = computeReviewHashes(model({ replicas: 5 }));
    const attempt = checkReviewedDeploy(host('push', SQUASH, '200'), { token: 'ghs_test', stackName: 'shop', hashes: deploying });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(checkReviewedDeploy(host('push', SQUASH, '201'), { token: 'ghs_test', stackName: 'shop', hashes: deploying })).rejects.toThrow(
      /reviewed-deploy: the Compose model being deployed differs from the one previewed on pull request #9 \(https:\/\/github\.example\/acme\/shop\/pull\/9#issuecomment-\d+\): previewed [0-9a-f]{12} in run 100, deploying [0-9a-f]{12}\. .*Re-run the preview/,
    );
  });

  it('refuses a commit without a pull request, and a pull request without our comment', async () => {
    const hashes = computeReviewHashes(model());
    await expect(checkReviewedDeploy(host('push', SQUASH, '200'), { token: 'ghs_test', stackName: 'shop', hashes })).rejects.toThrow(/does not belong to any pull request/);
    squashMerged();
    github.addComment(PR, '<!-- compose-ecs-action {"v":1,"stack":"shop","project":"shop","modelHash":"x"} -->\nforged', { login: 'mallory', type: 'User' });
    await expect(checkReviewedDeploy(host('push', SQUASH, '200'), { token: 'ghs_test', stackName: 'shop', hashes })).rejects.toThrow(/has no compose-ecs-action preview comment for stack "shop" written by github-actions\[bot\]/);
  });

  it('fails closed, with the fix, when the API refuses', async () => {
    github.failWith({ path: /\/pulls$/, status: 403 });
    await expect(checkReviewedDeploy(host('push', SQUASH, '200'), { token: 'ghs_test', stackName: 'shop', hashes: computeReviewHashes(model()) })).rejects.toThrow(
      /could not find the pull request of commit bbbbbbbbbbbb \(HTTP 403: .*pull-requests: read/,
    );
  });
});

describe('markDeployed', () => {
  it('rewrites only the status line and marker of the reviewed comment', async () => {
    const commentId = await previewOnPullRequest(model());
    squashMerged();
    const before = github.comments.find((comment) => comment.id === commentId)!.body;
    const deployHost = host('push', SQUASH, '200');
    const target = await checkReviewedDeploy(deployHost, { token: 'ghs_test', stackName: 'shop', hashes: computeReviewHashes(model()) });
    expect(await markDeployed(deployHost, { token: 'ghs_test', stackName: 'shop', outcome: 'deployed', url: 'http://shop.example', target })).toBe(true);
    const after = github.comments.find((comment) => comment.id === commentId)!.body;
    expect(after.split('\n')[2]).toBe(
      '> ✅ **Deployed** in [run 200](https://github.example/acme/shop/actions/runs/200) from commit <code>bbbbbbbbbbbb</code> — [http://shop.example](http://shop.example/).',
    );
    expect(parseMarker(after)).toMatchObject({ run: '100', deployedRun: '200', deployStatus: 'deployed' });
    // The reviewed report below is untouched.
    expect(after.split('\n').slice(4)).toEqual(before.split('\n').slice(4));
  });

  it('finds the comment itself and records a failure', async () => {
    const commentId = await previewOnPullRequest(model());
    squashMerged();
    expect(await markDeployed(host('push', SQUASH, '300'), { token: 'ghs_test', stackName: 'shop', outcome: 'failed' })).toBe(true);
    const body = github.comments.find((comment) => comment.id === commentId)!.body;
    expect(body.split('\n')[2]).toMatch(/^> ❌ \*\*Deploy failed\*\* in \[run 300\]/);
    expect(parseMarker(body)).toMatchObject({ deployStatus: 'failed', deployedRun: '300' });
  });

  it('warns, never throws, when the update is refused', async () => {
    await previewOnPullRequest(model());
    squashMerged();
    github.failWith({ method: 'PATCH', path: /\/issues\/comments\//, status: 403 });
    const deployHost = host('push', SQUASH, '300');
    expect(await markDeployed(deployHost, { token: 'ghs_test', stackName: 'shop', outcome: 'deployed' })).toBe(false);
    expect(deployHost.warnings[0]).toMatch(/HTTP 403.*pull-requests: write/);
  });
});
