// What a run did, as plain data. Every mode that talks to a person through GitHub (preview, deploy, teardown,
// status) fills one RunReport; render.ts turns it into the markdown of both the job summary and the sticky
// pull-request comment, so the two never drift apart.
//
// Everything here is data the renderer treats as untrusted: service names, images, reasons and log lines come
// from the user's Compose file or from AWS, and are escaped and redacted on the way out. Timestamps are strings
// the caller formats, so a rendered report is a pure function of this object (snapshot-testable).

import type { Mode } from '../interface.js';

/** How the run ended. `no-changes`: a preview or deploy that found nothing to change (a success). */
export type RunResult = 'success' | 'failure' | 'no-changes';

/**
 * How the preview was computed, most to least precise:
 * - `change-set`: a CloudFormation change set (knows replacements and property values; needs write access).
 * - `template-diff`: the deployed template (GetTemplate) diffed locally (read-only; blind to replacements).
 * - `template-only`: no deployed stack to compare with, or no AWS access: the template alone.
 */
export type PreviewTier = 'change-set' | 'template-diff' | 'template-only';

export interface PreviewInfo {
  tier: PreviewTier;
  /** Why this tier ran, for a person: "no AWS credentials on a fork pull request", "stack does not exist yet", … */
  reason: string;
  changeSetName?: string;
  changeSetId?: string;
}

/** CloudFormation's ResourceChange.Action. */
export type ChangeAction = 'Add' | 'Modify' | 'Remove' | 'Dynamic';

/** CloudFormation's ResourceChange.Replacement; undefined when not known (template-diff tier, Add, Remove). */
export type Replacement = 'True' | 'False' | 'Conditional';

/** One ResourceChangeDetail, flattened. */
export interface ChangeDetail {
  /** Target.Attribute: Properties, Metadata, Tags, DeletionPolicy, UpdateReplacePolicy, CreationPolicy, … */
  attribute: string;
  /** Target.Name: the top-level property name (e.g. `ContainerDefinitions`). */
  name?: string;
  /** Target.Path: JSON pointer inside the resource (e.g. `/Properties/ContainerDefinitions/0/Image`), when known. */
  path?: string;
  /** Target.BeforeValue / AfterValue as CloudFormation gives them (JSON text for objects). Redacted when rendered. */
  before?: string;
  after?: string;
  /** Target.RequiresRecreation. */
  requiresRecreation?: 'Never' | 'Conditionally' | 'Always';
  /** ChangeSource: ResourceReference, ParameterReference, DirectModification, Automatic, … */
  changeSource?: string;
  /** CausingEntity: the resource or parameter whose change caused this one. */
  causingEntity?: string;
  /** Evaluation: Static or Dynamic. */
  evaluation?: string;
}

export interface ResourceChange {
  logicalId: string;
  /** AWS::ECS::Service, … */
  type: string;
  action: ChangeAction;
  replacement?: Replacement;
  physicalId?: string;
  details: ChangeDetail[];
}

export interface ChangeCounts {
  add: number;
  /** Modify without replacement (Conditional replacements included, and counted again in `conditional`). */
  modify: number;
  /** Modify with Replacement=True: the resource is deleted and recreated (new ids, possible downtime or data loss). */
  replace: number;
  remove: number;
  /** Modify with Replacement=Conditional. */
  conditional: number;
  dynamic: number;
}

export interface TemplateInfo {
  format: 'yaml' | 'json';
  /** The template text exactly as written. Secrets are redacted by the renderer, never here. */
  body: string;
  /** SHA-256 (hex) of the template as the `template-sha256` output defines it. */
  sha256: string;
  /** Where it was written, when it was (template-path output). */
  path?: string;
}

/** A non-fatal finding (loader or converter warning), placed in the user's file when known. */
export interface ReportWarning {
  message: string;
  key?: string;
  file?: string;
  line?: number;
  column?: number;
}

/** One CloudFormation stack event. */
export interface StackEvent {
  /** Formatted by the caller (ISO 8601 recommended). */
  timestamp: string;
  logicalId: string;
  type: string;
  status: string;
  reason?: string;
  physicalId?: string;
}

export interface ServiceEvent {
  service: string;
  createdAt?: string;
  message: string;
}

export interface StoppedContainer {
  name: string;
  exitCode?: number;
  reason?: string;
  /** The last lines the container logged (CloudWatch Logs), oldest first. */
  lastLogLines?: string[];
  logGroup?: string;
  logStream?: string;
}

export interface StoppedTask {
  taskId: string;
  service?: string;
  stoppedAt?: string;
  stopCode?: string;
  stoppedReason?: string;
  containers: StoppedContainer[];
}

/** Why a stack operation failed, gathered after the fact. */
export interface FailureReport {
  /** One line: the error the run ended with. */
  message: string;
  /** The first *_FAILED events (the root cause, not the cascade of "Resource creation cancelled"). */
  rootCauseEvents: StackEvent[];
  /** The latest ECS service events of the services involved (newest first, as ECS returns them). */
  serviceEvents: ServiceEvent[];
  stoppedTasks: StoppedTask[];
}

/** A service as deployed (deploy/status modes). */
export interface ServiceStatus {
  name: string;
  image?: string;
  desired?: number;
  running?: number;
  pending?: number;
  /** ECS rollout state of the primary deployment: COMPLETED, IN_PROGRESS, FAILED. */
  rolloutState?: string;
}

export interface StackOutput {
  key: string;
  value: string;
  description?: string;
}

export interface ReportLinks {
  /** CloudFormation console page of the stack; default built from region and stack name (see cloudFormationConsoleUrl). */
  cloudFormation?: string;
  /** ECS console page of the cluster. */
  ecsCluster?: string;
  /** The workflow run; default built from GITHUB_SERVER_URL/REPOSITORY/RUN_ID (see readGitHubContext). */
  run?: string;
}

/** The workflow run that produced the report. */
export interface RunInfo {
  id: string;
  attempt?: string;
  url?: string;
  /** The commit the run built (the PR head for pull-request events). */
  sha?: string;
}

/** Hashes of what was reviewed; see reviewed.ts computeReviewHashes. Recorded in the PR comment's marker. */
export interface ReviewHashes {
  /** SHA-256 of the normalized Compose model with image references replaced by placeholders. */
  modelHash: string;
  /** SHA-256 of the image references alone (changes with every per-commit tag, so only informative). */
  imagesHash: string;
}

export interface RunReport {
  mode: Mode;
  result: RunResult;
  stackName: string;
  project: string;
  region?: string;
  /** Set by preview (and deploy, which previews before executing). */
  preview?: PreviewInfo;
  /** Resource changes; undefined = not computed (e.g. teardown, status); [] = computed, none. */
  changes?: ResourceChange[];
  /** Default: computed from `changes` (countChanges). */
  counts?: ChangeCounts;
  template?: TemplateInfo;
  warnings?: ReportWarning[];
  /** Stack events of this run's operation, oldest first. */
  events?: StackEvent[];
  failure?: FailureReport;
  services?: ServiceStatus[];
  /** Public endpoints by service name. */
  urls?: Record<string, string[]>;
  outputs?: StackOutput[];
  /** The final stack status (deploy, teardown, status). */
  stackStatus?: string;
  links?: ReportLinks;
  run?: RunInfo;
  hashes?: ReviewHashes;
  /** Formatted by the caller; rendered as given (kept out of snapshots unless passed). */
  startedAt?: string;
  finishedAt?: string;
}

/** Replacement=True counts as replace only; Conditional is a modify that is also flagged. */
export function countChanges(changes: readonly ResourceChange[]): ChangeCounts {
  const counts: ChangeCounts = { add: 0, modify: 0, replace: 0, remove: 0, conditional: 0, dynamic: 0 };
  for (const change of changes) {
    switch (change.action) {
      case 'Add':
        counts.add++;
        break;
      case 'Remove':
        counts.remove++;
        break;
      case 'Dynamic':
        counts.dynamic++;
        break;
      case 'Modify':
        if (change.replacement === 'True') counts.replace++;
        else {
          counts.modify++;
          if (change.replacement === 'Conditional') counts.conditional++;
        }
        break;
    }
  }
  return counts;
}

/** The console page of a stack. Stack names are accepted where ids are (the console resolves both). */
export function cloudFormationConsoleUrl(region: string, stack: string): string {
  return `https://${consoleHost(region)}/cloudformation/home?region=${encodeComponent(region)}#/stacks/stackinfo?stackId=${encodeComponent(stack)}`;
}

export function ecsClusterConsoleUrl(region: string, cluster: string): string {
  return `https://${consoleHost(region)}/ecs/v2/clusters/${encodeComponent(cluster)}/services?region=${encodeComponent(region)}`;
}

/** The region comes from an input: only a well-formed one may become part of a host name. */
function consoleHost(region: string): string {
  return /^[a-z]{2}(-[a-z]+)+-\d+$/.test(region) ? `${region}.console.aws.amazon.com` : 'console.aws.amazon.com';
}

/** encodeURIComponent plus the characters it leaves that markdown gives meaning to (`*`, `(`, `)`, …). */
function encodeComponent(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*~]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}
