// The sticky pull-request comment: one per stack, updated in place on every run, found by its hidden marker
// among the comments the token itself wrote. Posting is a courtesy to reviewers, never a reason to fail a run:
// a read-only token (fork pull requests), a missing permission or an API hiccup becomes a warning.

import { UsageError } from '../errors.js';
import type { Host } from '../host.js';
import {
  createClient,
  errorMessage,
  findPullRequestForCommit,
  findStackComment,
  httpStatus,
  permissionAdvice,
  resolveIdentity,
  type GitHubClient,
} from './client.js';
import { isPullRequestEvent, readGitHubContext, type GitHubContext } from './context.js';
import { link, code } from './escape.js';
import { composeCommentBody, type CommentMarker } from './marker.js';
import { COMMENT_CHARACTER_LIMIT, renderReport } from './render.js';
import type { RunReport } from './report.js';
import { readInputs } from '../inputs.js';

/** `auto`: on pull_request / pull_request_target events (or when `pr-number` names one); `always`: on any event; `never`. */
export type CommentSetting = 'auto' | 'always' | 'never';

export interface CommentSettings {
  comment: CommentSetting;
  /** The `github-token` input ('' = none). */
  token: string;
  /** The `pr-number` input ('' = from the event). */
  prNumber: string;
  /** The `redact-environment` input. */
  redactEnvironment: boolean;
}

export interface CommentResult {
  status: 'created' | 'updated' | 'skipped' | 'failed';
  /** Why it was skipped or failed (also logged). */
  reason?: string;
  pullRequestNumber?: number;
  commentId?: number;
  url?: string;
}

/** Reads and validates the comment inputs through the Host (defaults as in interface.ts). */
export function readCommentSettings(host: Host): CommentSettings {
  const inputs = readInputs(host);
  const comment = inputs.oneOf('comment', ['auto', 'always', 'never'] as const);
  const prNumber = inputs.string('pr-number');
  if (prNumber && !/^[1-9]\d*$/.test(prNumber)) throw new UsageError(`Input "pr-number" must be a pull-request number, not "${prNumber}".`);
  // A runner passes github-token's default (the workflow token); the CLI may take it from GITHUB_TOKEN.
  const token = inputs.string('github-token') || host.env.GITHUB_TOKEN || '';
  if (token) host.setSecret(token);
  return { comment, token, prNumber, redactEnvironment: inputs.boolean('redact-environment') };
}

/**
 * Posts or updates the comment for `report.stackName` and sets the `comment-id` and `comment-url` outputs.
 * Never throws for API errors (they are warnings); returns what happened.
 */
export async function publishComment(host: Host, report: RunReport, settings: CommentSettings): Promise<CommentResult> {
  if (settings.comment === 'never') return skipped(host, 'the comment input is never');
  const context = readGitHubContext(host.env);
  const explicitNumber = settings.prNumber ? Number(settings.prNumber) : undefined;
  if (settings.comment === 'auto' && explicitNumber === undefined && !isPullRequestEvent(context.eventName)) {
    return skipped(host, `${context.eventName ? `a ${context.eventName} event` : 'not a workflow run'} is not a pull-request event (set comment: always or pr-number to comment anyway)`);
  }
  if (!context.repository) return skipped(host, 'GITHUB_REPOSITORY is not set', settings.comment === 'always');
  if (!settings.token) return skipped(host, 'the github-token input is empty', true);
  host.setSecret(settings.token);

  let stage = 'connect to GitHub for';
  try {
    const client = await createClient(settings.token, context);
    let pullRequestNumber = explicitNumber ?? context.pullRequestNumber;
    if (pullRequestNumber === undefined && context.sha) {
      stage = 'find the pull request for';
      pullRequestNumber = (await findPullRequestForCommit(client, context.repository, context.sha))?.number;
    }
    if (pullRequestNumber === undefined) return skipped(host, `no pull request is associated with commit ${context.sha ?? '(unknown)'}`, settings.comment === 'always');

    stage = 'read';
    const identity = await resolveIdentity(client, (message) => host.debug(message));
    const existing = await findStackComment(client, context.repository, pullRequestNumber, identity, report);
    const marker = markerFor(report, context);
    const statusLine = statusLineFor(report, context);
    const body = renderCommentBody(report, marker, statusLine, settings.redactEnvironment);

    let commentId: number;
    let url: string;
    if (existing) {
      stage = 'update';
      const response = await client.rest.issues.updateComment({ ...context.repository, comment_id: existing.comment.id, body });
      commentId = response.data.id;
      url = response.data.html_url;
    } else {
      stage = 'create';
      const response = await client.rest.issues.createComment({ ...context.repository, issue_number: pullRequestNumber, body });
      commentId = response.data.id;
      url = response.data.html_url;
    }
    host.setOutput('comment-id', String(commentId));
    host.setOutput('comment-url', url);
    host.info(`${existing ? 'Updated' : 'Posted'} the preview comment on pull request #${pullRequestNumber}: ${url}`);
    return { status: existing ? 'updated' : 'created', pullRequestNumber, commentId, url };
  } catch (error) {
    return failed(host, `${stage} the pull-request comment`, error);
  }
}

/** The comment body for a report: marker, status block, then the report rendered within the comment budget. */
export function renderCommentBody(report: RunReport, marker: CommentMarker, statusLine: string, redactEnvironment: boolean): string {
  const overhead = composeCommentBody(marker, statusLine, '').length;
  const rendered = renderReport(report, {
    target: 'comment',
    redaction: { redactAllEnvironment: redactEnvironment },
    limit: COMMENT_CHARACTER_LIMIT - overhead,
  });
  return composeCommentBody(marker, statusLine, rendered.markdown);
}

export function markerFor(report: RunReport, context: GitHubContext): CommentMarker {
  const marker: CommentMarker = { v: 1, stack: report.stackName, project: report.project };
  if (report.region) marker.region = report.region;
  if (report.hashes) {
    marker.modelHash = report.hashes.modelHash;
    marker.imagesHash = report.hashes.imagesHash;
  }
  if (report.template) marker.templateSha256 = report.template.sha256;
  const run = report.run?.id ?? context.runId;
  if (run) marker.run = run;
  const sha = report.run?.sha ?? context.headSha;
  if (sha) marker.sha = sha;
  return marker;
}

/** The line under the marker: what this comment is now (rewritten by markDeployed after a deploy). */
export function statusLineFor(report: RunReport, context: GitHubContext): string {
  const runId = report.run?.id ?? context.runId;
  const run = runLink(runId, report.links?.run ?? report.run?.url ?? context.runUrl);
  const sha = report.run?.sha ?? context.headSha;
  const commit = sha ? ` for commit ${code(sha.slice(0, 12))}` : '';
  if (report.result === 'failure') return `> ❌ **${capitalize(report.mode)} failed** in ${run}${commit}.`;
  if (report.mode === 'deploy') return `> ✅ **Deployed** in ${run}${commit}.`;
  if (report.mode === 'preview') return `> 👀 **Previewed** in ${run}${commit} — not deployed yet.`;
  return `> ✅ **${capitalize(report.mode)}** in ${run}${commit}.`;
}

export function runLink(runId: string | undefined, url: string | undefined): string {
  return link(runId ? `run ${runId}` : 'this run', url);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function skipped(host: Host, reason: string, warn = false): CommentResult {
  const message = `Not commenting on the pull request: ${reason}.`;
  if (warn) host.warning(message);
  else host.info(message);
  return { status: 'skipped', reason };
}

/** A failed comment call as a warning with the fix; the run goes on. */
export function failed(host: Host, what: string, error: unknown): CommentResult {
  const status = httpStatus(error);
  const advice = status === 403 || status === 404 ? ` ${permissionAdvice(status)}` : '';
  const reason = `Could not ${what} (${status ? `HTTP ${status}: ` : ''}${errorMessage(error)}).${advice} The run continues without it.`;
  host.warning(reason);
  return { status: 'failed', reason };
}

export type { GitHubClient };
