// The GitHub API client and the calls comment.ts and reviewed.ts share: who the token is, our comment on a
// pull request, the pull request of a commit. @actions/github is ESM-only and heavy (octokit, undici); it is
// imported lazily so modes that never post (convert, config, local, …) never load it.

import type { GitHubContext } from './context.js';
import { markerMatches, parseMarker, type CommentMarker } from './marker.js';

export type GitHubClient = ReturnType<(typeof import('@actions/github'))['getOctokit']>;

/**
 * An authenticated client for the API at context.apiUrl (GITHUB_API_URL from the Host, so GitHub Enterprise
 * Server and the tests' stand-in work). @actions/github's own default base URL is read from the process environment at
 * import time, which is why baseUrl is always passed explicitly.
 */
export async function createClient(token: string, context: GitHubContext, retryDelayMs = 1000): Promise<GitHubClient> {
  const { getOctokit } = await import('@actions/github');
  const client = getOctokit(token, { baseUrl: context.apiUrl, userAgent: 'compose-ecs-action' });
  // GitHub answers 5xx (and drops connections) now and then; the workflow token has no retry of its own. A comment is
  // not worth failing over, but neither is a transient error worth a missing comment: try twice more with backoff.
  // 4xx answers are final (a 403 is the fork case, reported as a warning by the callers).
  client.hook.wrap('request', async (request, options) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(options);
      } catch (error) {
        const status = (error as { status?: number }).status;
        const transient = status === undefined || status >= 500;
        if (!transient || attempt >= 3) throw error;
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs * attempt));
      }
    }
  });
  return client;
}

/** Who the token acts as, in REST's spelling (`github-actions[bot]` for the workflow token). */
export interface TokenIdentity {
  login: string;
  /** Where the login came from: the GraphQL viewer, or the workflow-token fallback. */
  source: 'viewer' | 'fallback';
}

/** The identity the workflow's GITHUB_TOKEN comments as. */
export const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';

/**
 * GraphQL `viewer` works for personal tokens, app tokens and the workflow token alike (GET /user does not
 * work for installation tokens). GraphQL spells a bot's login without REST's `[bot]` suffix, so it is added.
 * When the query fails (a token without GraphQL access, an old GHES), the workflow token is assumed: at worst
 * we then find no comment of ours and create a new one, never edit someone else's.
 */
export async function resolveIdentity(client: GitHubClient, debug: (message: string) => void): Promise<TokenIdentity> {
  try {
    const response = await client.graphql<{ viewer: { login: string; __typename?: string } }>('query { viewer { login __typename } }');
    const { login, __typename: typename } = response.viewer;
    if (typeof login === 'string' && login) {
      return { login: typename === 'Bot' && !login.endsWith('[bot]') ? `${login}[bot]` : login, source: 'viewer' };
    }
  } catch (error) {
    debug(`GraphQL viewer query failed (${errorMessage(error)}); assuming the workflow token (${WORKFLOW_TOKEN_LOGIN}).`);
  }
  return { login: WORKFLOW_TOKEN_LOGIN, source: 'fallback' };
}

export interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { login: string; type?: string } | null;
}

export interface StackComment {
  comment: IssueComment;
  marker: CommentMarker;
}

/**
 * Our comment for this stack on a pull request: every page of its comments (a busy PR has more than 100),
 * only those written by `identity`, only those whose first line is our marker for this stack. When several
 * match (a race between two runs), the newest wins.
 */
export async function findStackComment(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  pullRequestNumber: number,
  identity: TokenIdentity,
  stack: { stackName: string; region?: string },
): Promise<StackComment | undefined> {
  const comments = (await client.paginate(client.rest.issues.listComments, {
    ...repository,
    issue_number: pullRequestNumber,
    per_page: 100,
  })) as IssueComment[];
  let found: StackComment | undefined;
  for (const comment of comments) {
    if (comment.user?.login.toLowerCase() !== identity.login.toLowerCase()) continue;
    const marker = parseMarker(comment.body);
    if (marker && markerMatches(marker, stack)) found = { comment, marker };
  }
  return found;
}

export interface CommitPullRequest {
  number: number;
  state: string;
  mergedAt?: string | null;
  mergeCommitSha?: string | null;
  headSha?: string;
  url?: string;
}

/**
 * The pull request a commit belongs to: the one it was merged by (merge or squash: its merge_commit_sha is
 * the commit), else one whose head it is, else the first GitHub associates with it.
 */
export async function findPullRequestForCommit(client: GitHubClient, repository: { owner: string; repo: string }, sha: string): Promise<CommitPullRequest | undefined> {
  const pulls = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, { ...repository, commit_sha: sha, per_page: 100 });
  const candidates: CommitPullRequest[] = pulls.map((pull) => ({
    number: pull.number,
    state: pull.state,
    mergedAt: pull.merged_at,
    mergeCommitSha: pull.merge_commit_sha,
    headSha: pull.head?.sha,
    url: pull.html_url,
  }));
  return (
    candidates.find((pull) => pull.mergedAt && pull.mergeCommitSha === sha) ??
    candidates.find((pull) => pull.headSha === sha) ??
    candidates.find((pull) => pull.state === 'open') ??
    candidates[0]
  );
}

/** The HTTP status of an octokit RequestError, when it is one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

import { errorMessage } from '../errors.js';

export { errorMessage };

/** The advice for a 403/404 from a comment call: the two causes are permissions and forks. */
export function permissionAdvice(status: number | undefined): string {
  const fork =
    'On pull requests from forks the GITHUB_TOKEN is read-only whatever the permissions say: render the preview in the pull_request job, upload it as an artifact, and post it from a workflow_run workflow.';
  if (status === 404) return `Check the repository and pull-request number, and that the token can see the repository (\`permissions: pull-requests: write\`). ${fork}`;
  return `Give the job \`permissions: pull-requests: write\` (and \`contents: read\`). ${fork}`;
}
