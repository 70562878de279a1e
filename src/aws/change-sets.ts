// Change sets: one per run with a unique name (concurrent runs never collide), created as CREATE or UPDATE from
// the stack's state, waited for, described in full (property values, every page) and deleted when not executed.
// A change set that FAILED because nothing changed is "no changes", a success (Docker failed there: #875, #1074).

import { randomBytes } from 'node:crypto';
import type { Change, Parameter, Tag } from '@aws-sdk/client-cloudformation';
import { UserError } from '../errors.js';
import type { ChangeAction, ChangeDetail, Replacement, ResourceChange } from '../github/report.js';
import type { AwsClients } from './clients.js';
import { errorCode, errorMessage, isAccessDenied } from './clients.js';
import type { TemplateLocation } from './s3.js';
import { Pacer } from './wait.js';

/** `compose-ecs-<run id>-<attempt>-<random>` (a timestamp outside GitHub). Change set names allow [a-zA-Z0-9-], ≤ 128. */
export function changeSetName(env: Record<string, string | undefined>, now = new Date()): string {
  const run = env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}` : now.toISOString().replace(/\D/g, '').slice(0, 14);
  return `compose-ecs-${run.replace(/[^a-zA-Z0-9-]/g, '')}-${randomBytes(3).toString('hex')}`.slice(0, 128);
}

export interface ChangeSetRequest {
  stackName: string;
  changeSetName: string;
  type: 'CREATE' | 'UPDATE';
  template: TemplateLocation;
  capabilities: string[];
  parameters: Record<string, string>;
  tags: Tag[];
  roleArn?: string;
  description?: string;
}

export interface CreatedChangeSet {
  id: string;
  stackId: string;
}

/** Raised when the credentials may read but not create change sets (preview falls back to a template diff). */
export class ChangeSetAccessDenied extends Error {
  constructor(cause: unknown) {
    super(errorMessage(cause), { cause });
    this.name = 'ChangeSetAccessDenied';
  }
}

export async function createChangeSet(clients: AwsClients, request: ChangeSetRequest): Promise<CreatedChangeSet> {
  const { sdk, client } = await clients.cloudFormation();
  const parameters: Parameter[] = Object.entries(request.parameters).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue }));
  try {
    const result = await client.send(
      new sdk.CreateChangeSetCommand({
        StackName: request.stackName,
        ChangeSetName: request.changeSetName,
        ChangeSetType: request.type,
        ...request.template,
        Capabilities: request.capabilities as never,
        Parameters: parameters,
        Tags: request.tags,
        ...(request.roleArn ? { RoleARN: request.roleArn } : {}),
        Description: request.description?.slice(0, 1024),
        // A CREATE change set that fails to execute leaves ROLLBACK_COMPLETE (explained and recoverable), not a deleted stack.
        ...(request.type === 'CREATE' ? { OnStackFailure: 'ROLLBACK' as const } : {}),
      }),
    );
    if (!result.Id) throw new Error('CreateChangeSet returned no change set id');
    return { id: result.Id, stackId: result.StackId ?? request.stackName };
  } catch (error) {
    if (isAccessDenied(error)) throw new ChangeSetAccessDenied(error);
    const code = errorCode(error);
    if (code === 'InsufficientCapabilitiesException' || /requires capabilities/i.test(errorMessage(error))) {
      throw new UserError(`CloudFormation needs more capabilities: ${errorMessage(error)}. Add them to the "capabilities" input.`, { cause: error });
    }
    if (code === 'ValidationError' || code === 'AlreadyExistsException' || code === 'LimitExceededException') {
      throw new UserError(`CloudFormation refused the change set for stack ${request.stackName}: ${errorMessage(error)}`, { cause: error });
    }
    throw error;
  }
}

export interface ChangeSetOutcome {
  status: string;
  reason?: string;
  executionStatus?: string;
  /** FAILED only because nothing would change. */
  noChanges: boolean;
}

const NO_CHANGES = /didn't contain changes|No updates are to be performed|submitted information didn't contain changes/i;

export function isNoChangesReason(reason: string | undefined): boolean {
  return reason !== undefined && NO_CHANGES.test(reason);
}

/** How long a change set may take to be created before the run gives up (CloudFormation takes seconds to minutes). */
export const CHANGE_SET_CREATION_LIMIT_MS = 15 * 60_000;

/**
 * Polls DescribeChangeSet (first page, no values) until it is created or failed, for at most `limitMs` (deploy passes
 * what is left of timeout-minutes). Past that, a UserError says so; the caller deletes the change set as on any failure.
 */
export async function waitForChangeSet(clients: AwsClients, id: string, pacer: Pacer, limitMs: number = CHANGE_SET_CREATION_LIMIT_MS): Promise<ChangeSetOutcome> {
  const { sdk, client } = await clients.cloudFormation();
  const deadline = Date.now() + limitMs;
  for (;;) {
    if (Date.now() > deadline) {
      throw new UserError(`The change set ${id} was still being created after ${Math.round(limitMs / 1000)} s; CloudFormation may be slow or the template very large. Re-run, or raise timeout-minutes.`);
    }
    await pacer.pause();
    const result = await client.send(new sdk.DescribeChangeSetCommand({ ChangeSetName: id }));
    const status = result.Status ?? 'UNKNOWN';
    if (status === 'CREATE_COMPLETE' || status === 'FAILED' || status === 'DELETE_COMPLETE' || status === 'DELETE_FAILED') {
      return { status, reason: result.StatusReason, executionStatus: result.ExecutionStatus, noChanges: status === 'FAILED' && isNoChangesReason(result.StatusReason) };
    }
  }
}

/** Every resource change of the change set, with property values, across all pages. */
export async function describeChangeSetFully(clients: AwsClients, id: string): Promise<ResourceChange[]> {
  const { sdk, client } = await clients.cloudFormation();
  const changes: Change[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new sdk.DescribeChangeSetCommand({ ChangeSetName: id, IncludePropertyValues: true, NextToken: token }));
    changes.push(...(page.Changes ?? []));
    token = page.NextToken;
  } while (token);
  return changes.filter((c) => c.ResourceChange).map(toResourceChange);
}

/** Property paths whose values are never shown: secret material CloudFormation echoes back in change sets. */
const SENSITIVE = /SecretString|SecretBinary|Password|PrivateKey|SecretValue|AuthToken/i;

function toResourceChange(change: Change): ResourceChange {
  const rc = change.ResourceChange!;
  const details: ChangeDetail[] = (rc.Details ?? []).map((d) => {
    const target = d.Target ?? {};
    const sensitive = SENSITIVE.test(`${target.Name ?? ''} ${target.Path ?? ''}`) || rc.ResourceType === 'AWS::SecretsManager::Secret';
    const detail: ChangeDetail = { attribute: target.Attribute ?? 'Properties' };
    if (target.Name) detail.name = target.Name;
    if (target.Path) detail.path = target.Path;
    if (target.BeforeValue !== undefined) detail.before = sensitive ? '***' : target.BeforeValue;
    if (target.AfterValue !== undefined) detail.after = sensitive ? '***' : target.AfterValue;
    if (target.RequiresRecreation) detail.requiresRecreation = target.RequiresRecreation as ChangeDetail['requiresRecreation'];
    if (d.ChangeSource) detail.changeSource = d.ChangeSource;
    if (d.CausingEntity) detail.causingEntity = d.CausingEntity;
    if (d.Evaluation) detail.evaluation = d.Evaluation;
    return detail;
  });
  const result: ResourceChange = {
    logicalId: rc.LogicalResourceId ?? '',
    type: rc.ResourceType ?? '',
    action: (rc.Action ?? 'Modify') as ChangeAction,
    details,
  };
  if (rc.Replacement && rc.Action === 'Modify') result.replacement = rc.Replacement as Replacement;
  if (rc.PhysicalResourceId) result.physicalId = rc.PhysicalResourceId;
  return result;
}

/** Deletes a change set (awaited; already gone is fine). */
export async function deleteChangeSet(clients: AwsClients, id: string): Promise<void> {
  const { sdk, client } = await clients.cloudFormation();
  try {
    await client.send(new sdk.DeleteChangeSetCommand({ ChangeSetName: id }));
  } catch (error) {
    if (errorCode(error) === 'ChangeSetNotFoundException' || errorCode(error) === 'ChangeSetNotFound') return;
    throw error;
  }
}

/** The JSON of the `changes` output: no property values, so nothing sensitive. */
export function changesOutput(changes: readonly ResourceChange[]): string {
  return JSON.stringify(changes.map((c) => ({ logicalId: c.logicalId, type: c.type, action: c.action, replacement: c.replacement ?? null })));
}
