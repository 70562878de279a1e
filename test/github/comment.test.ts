import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { publishComment, readCommentSettings, type CommentSettings } from '../../src/github/comment.js';
import { formatMarker, parseMarker } from '../../src/github/marker.js';
import { GitHubStandIn, WORKFLOW_BOT, startGitHubStandIn } from '../stand-ins/github/server.js';
import { DB_PASSWORD_VALUE, SECRET_STRING_VALUE, largeReport, previewReport } from './fixtures.js';
import { MemoryHost } from './host.js';

const PR = 7;
const HEAD_SHA = 'feedfacefeedfacefeedfacefeedfacefeedface';
const settings: CommentSettings = { comment: 'auto', token: 'ghs_test', prNumber: '', redactEnvironment: false };
const someone = { login: 'octocat', type: 'User' as const };

let github: GitHubStandIn;
let eventDirectory: string;

beforeAll(async () => {
  github = await startGitHubStandIn();
  eventDirectory = mkdtempSync(join(tmpdir(), 'compose-ecs-github-'));
});
afterAll(async () => {
  await github.close();
});
beforeEach(() => github.reset());

function eventFile(name: string, payload: unknown): string {
  const path = join(eventDirectory, `${name}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

function pullRequestHost(overrides: Record<string, string> = {}): MemoryHost {
  return new MemoryHost({
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventFile('pull_request', { number: PR, pull_request: { number: PR, head: { sha: HEAD_SHA } } }),
    GITHUB_SHA: '1111111111111111111111111111111111111111',
    GITHUB_RUN_ID: '4242',
    ...overrides,
  });
}

function ourMarkerBody(stack: string): string {
  return `${formatMarker({ v: 1, stack, project: 'shop', run: '1' })}\nold preview`;
}

describe('publishComment', () => {
  it('creates the comment on a pull_request event, with marker, status and outputs', async () => {
    const host = pullRequestHost();
    const result = await publishComment(host, previewReport(), settings);
    expect(result.status).toBe('created');
    const [comment] = github.commentsOn(PR);
    expect(comment.user).toEqual(WORKFLOW_BOT);
    const marker = parseMarker(comment.body);
    expect(marker).toEqual({ v: 1, stack: 'shop-pr-7', project: 'shop', region: 'eu-west-1', modelHash: 'a'.repeat(64), imagesHash: 'b'.repeat(64), templateSha256: expect.any(String), run: '4242', sha: '0123456789abcdef0123456789abcdef01234567' });
    expect(comment.body.split('\n')[2]).toBe('> 👀 **Previewed** in [run 4242](https://github.example/acme/shop/actions/runs/4242) for commit <code>0123456789ab</code> — not deployed yet.');
    expect(comment.body).toContain('🚢 compose-ecs preview');
    expect(comment.body).toMatchSnapshot();
    expect(comment.body).not.toContain(SECRET_STRING_VALUE);
    expect(comment.body).not.toContain(DB_PASSWORD_VALUE);
    expect(host.outputs).toEqual({ 'comment-id': String(comment.id), 'comment-url': `https://github.example/acme/shop/pull/${PR}#issuecomment-${comment.id}` });
    expect(host.secrets).toContain('ghs_test');
    const create = github.writes()[0];
    expect(create).toMatchObject({ method: 'POST', path: `/repos/acme/shop/issues/${PR}/comments`, authorization: 'token ghs_test' });
  });

  it('updates its own comment in place on the next run', async () => {
    const first = await publishComment(pullRequestHost(), previewReport(), settings);
    const report = previewReport();
    report.result = 'no-changes';
    report.changes = [];
    const second = await publishComment(pullRequestHost({ GITHUB_RUN_ID: '4243' }), { ...report, run: { id: '4243' } }, settings);
    expect(second).toMatchObject({ status: 'updated', commentId: first.commentId });
    expect(github.commentsOn(PR)).toHaveLength(1);
    expect(github.commentsOn(PR)[0].body).toContain('✅ No changes');
    expect(parseMarker(github.commentsOn(PR)[0].body)?.run).toBe('4243');
    expect(github.writes().map((request) => request.method)).toEqual(['POST', 'PATCH']);
  });

  it('finds its comment behind several pages of other people\'s comments', async () => {
    for (let index = 0; index < 250; index++) github.addComment(PR, `comment ${index} by a person`, someone);
    const ours = github.addComment(PR, ourMarkerBody('shop-pr-7'), WORKFLOW_BOT);
    for (let index = 0; index < 20; index++) github.addComment(PR, `late comment ${index}`, someone);
    const result = await publishComment(pullRequestHost(), previewReport(), settings);
    expect(result).toMatchObject({ status: 'updated', commentId: ours.id });
    const listings = github.requests.filter((request) => request.method === 'GET' && request.path.endsWith(`/issues/${PR}/comments`));
    expect(listings.map((request) => request.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(listings[0].query.per_page).toBe('100');
  });

  it('never edits another user\'s comment that carries our marker, nor our comment for another stack', async () => {
    const forged = github.addComment(PR, ourMarkerBody('shop-pr-7'), someone);
    const otherStack = github.addComment(PR, ourMarkerBody('shop-pr-7-eu'), WORKFLOW_BOT);
    const quoted = github.addComment(PR, `> ${ourMarkerBody('shop-pr-7')}`, WORKFLOW_BOT);
    const result = await publishComment(pullRequestHost(), previewReport(), settings);
    expect(result.status).toBe('created');
    expect(github.writes().filter((request) => request.method === 'PATCH')).toEqual([]);
    expect(github.comments.find((comment) => comment.id === forged.id)!.body).toBe(ourMarkerBody('shop-pr-7'));
    expect(github.comments.find((comment) => comment.id === otherStack.id)!.body).toBe(ourMarkerBody('shop-pr-7-eu'));
    expect(github.comments.find((comment) => comment.id === quoted.id)!.body).toBe(`> ${ourMarkerBody('shop-pr-7')}`);
  });

  it('identifies a personal token through GraphQL viewer', async () => {
    github.tokens.set('ghp_person', { login: 'release-bot-user', type: 'User' });
    const mine = github.addComment(PR, ourMarkerBody('shop-pr-7'), { login: 'release-bot-user', type: 'User' });
    github.addComment(PR, ourMarkerBody('shop-pr-7'), WORKFLOW_BOT);
    const result = await publishComment(pullRequestHost(), previewReport(), { ...settings, token: 'ghp_person' });
    expect(result).toMatchObject({ status: 'updated', commentId: mine.id });
    expect(github.requests.some((request) => request.path === '/graphql')).toBe(true);
  });

  it('falls back to github-actions[bot] when GraphQL viewer is refused', async () => {
    github.graphqlViewerError = 'Resource not accessible by integration';
    const ours = github.addComment(PR, ourMarkerBody('shop-pr-7'), WORKFLOW_BOT);
    const host = pullRequestHost();
    const result = await publishComment(host, previewReport(), settings);
    expect(result).toMatchObject({ status: 'updated', commentId: ours.id });
    expect(host.debugs.join('\n')).toMatch(/GraphQL viewer query failed/);
  });

  it('turns a 403 (read-only token, fork) into a warning with the fix', async () => {
    github.failWith({ method: 'POST', path: /\/issues\/\d+\/comments$/, status: 403 });
    const host = pullRequestHost();
    const result = await publishComment(host, previewReport(), settings);
    expect(result.status).toBe('failed');
    expect(host.warnings).toHaveLength(1);
    expect(host.warnings[0]).toMatch(/Could not create the pull-request comment \(HTTP 403: Resource not accessible by integration/);
    expect(host.warnings[0]).toMatch(/permissions: pull-requests: write/);
    expect(host.warnings[0]).toMatch(/forks/);
    expect(host.outputs).toEqual({});
  });

  it('retries a transient 5xx, and warns when GitHub keeps failing', async () => {
    github.failWith({ method: 'POST', path: /\/issues\/\d+\/comments$/, status: 502, times: 1 });
    const host = pullRequestHost();
    const result = await publishComment(host, previewReport(), settings);
    expect(result.status).toBe('created');
    expect(github.requests.filter((r) => r.method === 'POST' && /\/comments$/.test(r.path))).toHaveLength(2);
    expect(host.warnings).toEqual([]);

    github.failWith({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, status: 503 });
    const again = pullRequestHost();
    expect((await publishComment(again, previewReport(), settings)).status).toBe('failed');
    expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(3);
    expect(again.warnings[0]).toMatch(/HTTP 503/);
  }, 20_000);

  it('turns a 404 on listing into a warning too', async () => {
    github.failWith({ method: 'GET', path: /\/comments$/, status: 404, message: 'Not Found' });
    const host = pullRequestHost();
    await expect(publishComment(host, previewReport(), settings)).resolves.toMatchObject({ status: 'failed' });
    expect(host.warnings[0]).toMatch(/HTTP 404/);
  });

  it('keeps a 70-service comment under GitHub\'s limit with every change named', async () => {
    const report = largeReport(70, { templatePadding: 100_000 });
    await publishComment(pullRequestHost(), report, settings);
    const [comment] = github.commentsOn(PR);
    expect(comment.body.length).toBeLessThanOrEqual(65_536);
    for (const change of report.changes!) expect(comment.body).toContain(`<code>${change.logicalId}</code>`);
    expect(comment.body).toContain('omitted to fit GitHub\'s size limit');
  });

  describe('when to comment', () => {
    it('auto skips a push event and does not load or call GitHub', async () => {
      const host = pullRequestHost({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventFile('push', { ref: 'refs/heads/main' }) });
      const result = await publishComment(host, previewReport(), settings);
      expect(result.status).toBe('skipped');
      expect(github.requests).toEqual([]);
      expect(host.warnings).toEqual([]);
    });

    it('`never` posts nothing', async () => {
      expect((await publishComment(pullRequestHost(), previewReport(), { ...settings, comment: 'never' })).status).toBe('skipped');
      expect(github.requests).toEqual([]);
    });

    it('pr-number names the pull request on other events', async () => {
      const host = pullRequestHost({ GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: eventFile('dispatch', {}) });
      const result = await publishComment(host, previewReport(), { ...settings, prNumber: '12' });
      expect(result).toMatchObject({ status: 'created', pullRequestNumber: 12 });
    });

    it('always on a push finds the pull request of the commit', async () => {
      github.pullsByCommit.set('1111111111111111111111111111111111111111', [{ number: 31, state: 'closed', merged_at: '2026-01-01T00:00:00Z', merge_commit_sha: '1111111111111111111111111111111111111111', head: { sha: HEAD_SHA } }]);
      const host = pullRequestHost({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventFile('push', {}) });
      const result = await publishComment(host, previewReport(), { ...settings, comment: 'always' });
      expect(result).toMatchObject({ status: 'created', pullRequestNumber: 31 });
    });

    it('warns when always finds no pull request or no token', async () => {
      const host = pullRequestHost({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventFile('push', {}) });
      expect((await publishComment(host, previewReport(), { ...settings, comment: 'always' })).status).toBe('skipped');
      expect(host.warnings[0]).toMatch(/no pull request is associated with commit 1111/);
      const tokenless = pullRequestHost();
      expect((await publishComment(tokenless, previewReport(), { ...settings, token: '' })).status).toBe('skipped');
      expect(tokenless.warnings[0]).toMatch(/github-token input is empty/);
    });
  });

  it('reads and validates the inputs', () => {
    const host = new MemoryHost({}, { comment: 'always', 'github-token': ' ghs_x ', 'pr-number': '5', 'redact-environment': 'true' });
    expect(readCommentSettings(host)).toEqual({ comment: 'always', token: 'ghs_x', prNumber: '5', redactEnvironment: true });
    expect(readCommentSettings(new MemoryHost())).toEqual({ comment: 'auto', token: '', prNumber: '', redactEnvironment: false });
    expect(() => readCommentSettings(new MemoryHost({}, { comment: 'sometimes' }))).toThrow(/"comment" must be one of auto, always, never/);
    expect(() => readCommentSettings(new MemoryHost({}, { 'pr-number': '#5' }))).toThrow(/"pr-number" must be a pull-request number/);
  });
});
