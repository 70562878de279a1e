// The GitHub Actions context, read from the Host's environment snapshot. @actions/github has a `context` too,
// but it reads the process environment once, when the module is first imported; reading host.env here keeps the CLI and
// the tests (which build their own Host) in control, and lets modes that never post skip loading it at all.

import { readFileSync } from 'node:fs';

export interface GitHubContext {
  /** `owner/repo` split; undefined outside a workflow. */
  repository?: { owner: string; repo: string };
  eventName?: string;
  /** The webhook payload (GITHUB_EVENT_PATH); {} when absent or unreadable. */
  payload: Record<string, unknown>;
  /** GITHUB_SHA: for pull_request events the test-merge commit, for push the pushed commit. */
  sha?: string;
  /** The commit a person reviewed: the PR head for pull-request events, else GITHUB_SHA. */
  headSha?: string;
  runId?: string;
  runAttempt?: string;
  serverUrl: string;
  apiUrl: string;
  workspace?: string;
  /** `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` when all are known. */
  runUrl?: string;
  /** The pull request number of the event (pull_request, pull_request_target, issue_comment on a PR). */
  pullRequestNumber?: number;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

export function isPullRequestEvent(eventName: string | undefined): boolean {
  return eventName === 'pull_request' || eventName === 'pull_request_target';
}

export function readGitHubContext(env: Record<string, string | undefined>): GitHubContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const repository = owner && repo ? { owner, repo } : undefined;
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID || undefined;
  const pullRequest = record(payload.pull_request);
  const issue = record(payload.issue);
  let pullRequestNumber: number | undefined;
  if (pullRequest && typeof pullRequest.number === 'number') pullRequestNumber = pullRequest.number;
  else if (issue && typeof issue.number === 'number' && record(issue.pull_request)) pullRequestNumber = issue.number;
  else if (PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '') && typeof payload.number === 'number') pullRequestNumber = payload.number;
  const head = record(pullRequest?.head);
  const sha = env.GITHUB_SHA || undefined;
  return {
    repository,
    eventName: env.GITHUB_EVENT_NAME || undefined,
    payload,
    sha,
    headSha: typeof head?.sha === 'string' ? head.sha : sha,
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT || undefined,
    serverUrl,
    apiUrl,
    workspace: env.GITHUB_WORKSPACE || undefined,
    runUrl: repository && runId ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` : undefined,
    pullRequestNumber,
  };
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    return record(JSON.parse(readFileSync(path, 'utf8'))) ?? {};
  } catch {
    // A missing or broken event file only means "no payload": the PR number can still come from `pr-number`.
    return {};
  }
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
