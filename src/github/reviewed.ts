// Reviewed deploys (dflook's "apply only what was planned"): the preview comment's marker records a hash of
// the Compose model a reviewer saw; a deploy with `reviewed-deploy: true` finds the pull request the deployed
// commit came from, reads that marker, and refuses when the model differs.
//
// What is hashed is the normalized Compose model, not the template: the template also depends on runtime
// lookups (default VPC, retained file systems, image digests pinned at deploy time) that differ between the
// preview run and the deploy run without anyone changing anything. Image references are hashed separately,
// because workflows commonly tag images per commit (`app:${GITHUB_SHA}`), which changes on the merge commit
// while the reviewed configuration does not.

import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';
import type { Host } from '../host.js';
import {
  createClient,
  errorMessage,
  findPullRequestForCommit,
  findStackComment,
  httpStatus,
  resolveIdentity,
  type IssueComment,
} from './client.js';
import { failed, runLink } from './comment.js';
import { readGitHubContext } from './context.js';
import { code, link } from './escape.js';
import { parseMarker, replaceStatus, type CommentMarker } from './marker.js';
import type { ReviewHashes } from './report.js';

export type { ReviewHashes } from './report.js';

/** The placeholder an image reference is replaced by in the model hash. */
const IMAGE_PLACEHOLDER = '<image>';
/** Where a value came from in the files (line numbers), or run-specific paths: not part of what was reviewed. */
const VOLATILE_KEYS = new Set(['source', 'positions', 'warnings', 'composeFiles', 'workingDir']);

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** JSON with object keys sorted at every level: the same data always gives the same text. Undefined members are dropped. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/**
 * The hashes of a normalized Compose model (the loader's Project, or its JSON text). Pure: the caller loads
 * the model. Paths under the model's `workingDir` are made relative, so the hash does not depend on where the
 * repository was checked out; source positions are dropped, so reformatting the file does not change it.
 */
export function computeReviewHashes(model: unknown): ReviewHashes {
  const data: unknown = typeof model === 'string' ? JSON.parse(model) : model;
  const root = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const workingDir = typeof root.workingDir === 'string' && root.workingDir ? root.workingDir.replace(/\/+$/, '') : undefined;
  const images: Record<string, string | null> = {};
  const services = root.services !== null && typeof root.services === 'object' ? (root.services as Record<string, unknown>) : {};
  for (const [name, service] of Object.entries(services)) {
    const image = service !== null && typeof service === 'object' ? (service as Record<string, unknown>).image : undefined;
    images[name] = typeof image === 'string' ? image : null;
  }
  const normalize = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (workingDir && (value === workingDir || value.startsWith(`${workingDir}/`))) return `.${value.slice(workingDir.length)}`;
      return value;
    }
    if (Array.isArray(value)) return value.map(normalize);
    if (value !== null && typeof value === 'object') {
      const copy: Record<string, unknown> = {};
      for (const [childKey, child] of Object.entries(value as Record<string, unknown>)) {
        if (VOLATILE_KEYS.has(childKey)) continue;
        copy[childKey] = normalize(child);
      }
      return copy;
    }
    return value;
  };
  const normalized = normalize(root) as Record<string, unknown>;
  // Image references leave the model hash (they are in imagesHash); the key stays, so adding or removing an image still counts.
  for (const collection of ['services', 'disabledServices']) {
    const group = normalized[collection];
    if (group === null || typeof group !== 'object') continue;
    for (const service of Object.values(group as Record<string, unknown>)) {
      if (service !== null && typeof service === 'object' && typeof (service as Record<string, unknown>).image === 'string') {
        (service as Record<string, unknown>).image = IMAGE_PLACEHOLDER;
      }
    }
  }
  return { modelHash: sha256Hex(canonicalJson(normalized)), imagesHash: sha256Hex(canonicalJson(images)) };
}

/** Where the reviewed preview lives: what markDeployed updates after the deploy. */
export interface ReviewedComment {
  pullRequestNumber: number;
  commentId: number;
  commentUrl: string;
  marker: CommentMarker;
}

export interface ReviewCheckOptions {
  token: string;
  stackName: string;
  region?: string;
  /** Hashes of the model being deployed (computeReviewHashes). */
  hashes: ReviewHashes;
  /** Template hash being deployed; a difference is reported, not refused (runtime lookups change it). */
  templateSha256?: string;
}

/**
 * Refuses (UserError) unless the deployed commit's pull request carries our preview comment for this stack
 * with the same model hash. Fails closed: when the check cannot be made (no token, no pull request, API
 * errors), the deploy is refused with what to do.
 */
export async function checkReviewedDeploy(host: Host, options: ReviewCheckOptions): Promise<ReviewedComment> {
  const context = readGitHubContext(host.env);
  const refuse = (message: string, cause?: unknown): never => {
    throw new UserError(`reviewed-deploy: ${message}`, cause !== undefined ? { cause } : {});
  };
  if (!context.repository || !context.sha) return refuse('GITHUB_REPOSITORY and GITHUB_SHA are needed to find the reviewed pull request; run this in a GitHub workflow, or turn reviewed-deploy off.');
  if (!options.token) return refuse('the github-token input is empty; it is needed to read the pull request\'s preview comment.');
  host.setSecret(options.token);

  let stage = 'find the pull request of';
  try {
    const client = await createClient(options.token, context);
    const pull = await findPullRequestForCommit(client, context.repository, context.sha);
    if (!pull) {
      return refuse(
        `commit ${context.sha.slice(0, 12)} does not belong to any pull request, so nothing was reviewed. Deploy commits merged through a pull request whose preview commented on stack "${options.stackName}", or turn reviewed-deploy off.`,
      );
    }
    stage = `read the comments of pull request #${pull.number} for`;
    const identity = await resolveIdentity(client, (message) => host.debug(message));
    const found = await findStackComment(client, context.repository, pull.number, identity, options);
    if (!found) {
      return refuse(
        `pull request #${pull.number} has no compose-ecs-action preview comment for stack "${options.stackName}" written by ${identity.login}. Run the preview (mode: preview, comment: auto) on the pull request before merging, or turn reviewed-deploy off.`,
      );
    }
    const { marker, comment } = found;
    if (!marker.modelHash) {
      return refuse(`the preview comment on pull request #${pull.number} (${comment.html_url}) records no model hash; re-run the preview with this version of the action.`);
    }
    if (marker.modelHash !== options.hashes.modelHash) {
      return refuse(
        `the Compose model being deployed differs from the one previewed on pull request #${pull.number} (${comment.html_url}): ` +
          `previewed ${marker.modelHash.slice(0, 12)} in run ${marker.run ?? '?'}, deploying ${options.hashes.modelHash.slice(0, 12)}. ` +
          'Something changed after the last preview (a later push, or another pull request merged first). Re-run the preview on the pull request, or deploy without reviewed-deploy.',
      );
    }
    host.info(`reviewed-deploy: the Compose model matches the preview on pull request #${pull.number} (${comment.html_url}).`);
    if (marker.imagesHash && marker.imagesHash !== options.hashes.imagesHash) {
      host.info('reviewed-deploy: image references differ from the preview (expected with per-commit image tags).');
    }
    if (marker.templateSha256 && options.templateSha256 && marker.templateSha256 !== options.templateSha256) {
      host.info('reviewed-deploy: the template differs from the previewed one (runtime lookups such as image digests or the default VPC can change it).');
    }
    return { pullRequestNumber: pull.number, commentId: comment.id, commentUrl: comment.html_url, marker };
  } catch (error) {
    if (error instanceof UserError) throw error;
    const status = httpStatus(error);
    const advice =
      status === 403 || status === 404
        ? ' Give the job `permissions: pull-requests: read` and `contents: read`.'
        : '';
    return refuse(`could not ${stage} commit ${context.sha.slice(0, 12)} (${status ? `HTTP ${status}: ` : ''}${errorMessage(error)}).${advice}`, error);
  }
}

export interface MarkDeployedOptions {
  token: string;
  stackName: string;
  region?: string;
  outcome: 'deployed' | 'failed';
  /** The service URL to show next to "Deployed", when there is one. */
  url?: string;
  /** From checkReviewedDeploy; when absent the comment is looked up from the commit's pull request. */
  target?: ReviewedComment;
}

/**
 * Rewrites the status line of the preview comment: "✅ Deployed in run N — url" or "❌ Deploy failed in run N".
 * The reviewed report below it is left as it was. Returns whether a comment was updated; API errors are warnings.
 */
export async function markDeployed(host: Host, options: MarkDeployedOptions): Promise<boolean> {
  const context = readGitHubContext(host.env);
  if (!context.repository || !options.token) {
    host.debug('markDeployed: no repository or token; the preview comment is left as is.');
    return false;
  }
  try {
    const client = await createClient(options.token, context);
    let commentId = options.target?.commentId;
    if (commentId === undefined) {
      if (!context.sha) return false;
      const pull = await findPullRequestForCommit(client, context.repository, context.sha);
      if (!pull) {
        host.debug(`markDeployed: commit ${context.sha} has no pull request; nothing to update.`);
        return false;
      }
      const identity = await resolveIdentity(client, (message) => host.debug(message));
      commentId = (await findStackComment(client, context.repository, pull.number, identity, options))?.comment.id;
      if (commentId === undefined) {
        host.debug(`markDeployed: pull request #${pull.number} has no preview comment for ${options.stackName}.`);
        return false;
      }
    }
    // Read it again: a preview run may have rewritten it since the check.
    const current = (await client.rest.issues.getComment({ ...context.repository, comment_id: commentId })).data as IssueComment;
    const marker = parseMarker(current.body);
    if (!marker) {
      host.warning(`The preview comment ${current.html_url} no longer carries the compose-ecs-action marker; its status was not updated.`);
      return false;
    }
    const run = runLink(context.runId, context.runUrl);
    const statusLine =
      options.outcome === 'deployed'
        ? `> ✅ **Deployed** in ${run}${context.sha ? ` from commit ${code(context.sha.slice(0, 12))}` : ''}${options.url ? ` — ${link(options.url, options.url)}` : ''}.`
        : `> ❌ **Deploy failed** in ${run}${context.sha ? ` from commit ${code(context.sha.slice(0, 12))}` : ''}; see the run's job summary.`;
    const updatedMarker: CommentMarker = { ...marker, deployStatus: options.outcome };
    if (context.runId) updatedMarker.deployedRun = context.runId;
    await client.rest.issues.updateComment({ ...context.repository, comment_id: commentId, body: replaceStatus(current.body ?? '', updatedMarker, statusLine) });
    host.info(`Marked the preview comment as ${options.outcome}: ${current.html_url}`);
    return true;
  } catch (error) {
    failed(host, 'update the status of the pull-request comment', error);
    return false;
  }
}
