// The hidden first line that identifies our sticky comment and records what it showed:
//   <!-- compose-ecs-action {"v":1,"stack":"shop","project":"shop","modelHash":"…","imagesHash":"…","templateSha256":"…","run":"123"} -->
// Matching on a hidden marker (not on visible text a person could quote) and only in comments written by the
// token's own identity means a comment by someone else is never taken for ours. The JSON is the record the
// reviewed-deploy check compares against, and below it sits a status block markDeployed rewrites in place.

export const MARKER_PREFIX = '<!-- compose-ecs-action ';
const MARKER_SUFFIX = ' -->';
const STATUS_BEGIN = '<!-- compose-ecs-action:status -->';
const STATUS_END = '<!-- /compose-ecs-action:status -->';

export interface CommentMarker {
  /** Marker format version. */
  v: 1;
  stack: string;
  project: string;
  region?: string;
  /** ReviewHashes of the previewed model (reviewed.ts). */
  modelHash?: string;
  imagesHash?: string;
  templateSha256?: string;
  /** GITHUB_RUN_ID of the run that wrote the comment. */
  run?: string;
  /** The commit previewed (the PR head). */
  sha?: string;
  /** Set by markDeployed. */
  deployedRun?: string;
  deployStatus?: 'deployed' | 'failed';
}

/** JSON with `<`, `>` and `&` escaped, so no value (a stack name, say) can end the HTML comment early. */
export function formatMarker(marker: CommentMarker): string {
  const json = JSON.stringify(marker).replace(/[<>&]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${MARKER_PREFIX}${json}${MARKER_SUFFIX}`;
}

/** The marker of a comment body, only when it is the very first line (as we write it), else undefined. */
export function parseMarker(body: string | null | undefined): CommentMarker | undefined {
  if (!body?.startsWith(MARKER_PREFIX)) return undefined;
  const firstLine = body.split('\n', 1)[0].replace(/\r$/, '');
  if (!firstLine.endsWith(MARKER_SUFFIX)) return undefined;
  try {
    const parsed: unknown = JSON.parse(firstLine.slice(MARKER_PREFIX.length, -MARKER_SUFFIX.length));
    if (parsed === null || typeof parsed !== 'object') return undefined;
    const marker = parsed as Partial<CommentMarker>;
    return marker.v === 1 && typeof marker.stack === 'string' && typeof marker.project === 'string' ? (marker as CommentMarker) : undefined;
  } catch {
    return undefined;
  }
}

/** One comment per stack: the same stack name, and the same region when both record one. */
export function markerMatches(marker: CommentMarker, stack: { stackName: string; region?: string }): boolean {
  if (marker.stack !== stack.stackName) return false;
  return !(marker.region && stack.region && marker.region !== stack.region);
}

/** Marker line, status block, then the rendered report. */
export function composeCommentBody(marker: CommentMarker, statusLine: string, rendered: string): string {
  return `${formatMarker(marker)}\n${STATUS_BEGIN}\n${statusLine}\n${STATUS_END}\n\n${rendered}`;
}

/** The body with a new marker line and status line; the rest (the reviewed report) untouched. */
export function replaceStatus(body: string, marker: CommentMarker, statusLine: string): string {
  const firstNewline = body.indexOf('\n');
  let rest = firstNewline >= 0 ? body.slice(firstNewline + 1) : '';
  const begin = rest.indexOf(STATUS_BEGIN);
  const end = rest.indexOf(STATUS_END);
  if (begin >= 0 && end > begin) rest = rest.slice(0, begin) + rest.slice(end + STATUS_END.length).replace(/^\n/, '');
  return `${formatMarker(marker)}\n${STATUS_BEGIN}\n${statusLine}\n${STATUS_END}\n${rest.startsWith('\n') ? '' : '\n'}${rest}`;
}
