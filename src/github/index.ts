// The action's face on GitHub: the run report, its markdown, the job summary, the sticky pull-request comment,
// reviewed deploys and annotations. Importing this module does not load @actions/github (that happens lazily,
// only when a comment is posted or a review is checked).

export * from './report.js';
export { renderReport, measure, COMMENT_CHARACTER_LIMIT, SUMMARY_BYTE_LIMIT, type RenderOptions, type RenderTarget, type RenderedReport, type TrimStep } from './render.js';
export { writeSummary, type SummaryOptions } from './summary.js';
export { publishComment, readCommentSettings, renderCommentBody, type CommentSetting, type CommentSettings, type CommentResult } from './comment.js';
export {
  checkReviewedDeploy,
  markDeployed,
  computeReviewHashes,
  canonicalJson,
  sha256Hex,
  type ReviewedComment,
  type ReviewCheckOptions,
  type MarkDeployedOptions,
} from './reviewed.js';
export { annotateDiagnostics, annotateUserError, annotationProperties, workspaceRelativePath, type AnnotationLevel } from './annotations.js';
export { readGitHubContext, isPullRequestEvent, type GitHubContext } from './context.js';
export { redactTemplateValue, redactTemplateBody, isSensitiveEnvironmentName, isSensitivePropertyName, REDACTED, type RedactionOptions } from './redact.js';
export { escapeText, code, codeBlock, link } from './escape.js';
export { formatMarker, parseMarker, type CommentMarker } from './marker.js';
