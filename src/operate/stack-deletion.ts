// Deleting one stack and following it to the end: DeleteStack with a ClientRequestToken (so only this
// deletion's events are streamed), then the AWS runtime's event stream and pacer (≤ 1 poll per 5 s, ≤ 30 calls a
// minute) until the stack's own event says DELETE_COMPLETE or DELETE_FAILED, or the stack is gone.

import { randomUUID } from 'node:crypto';
import type { Stack } from '@aws-sdk/client-cloudformation';
import type { AwsClients } from '../aws/clients.js';
import { errorCode, errorMessage } from '../aws/clients.js';
import { StackEventStream, formatEvent } from '../aws/events.js';
import { Aborted, Pacer } from '../aws/wait.js';
import type { StackEvent } from '../github/report.js';
import { UserError } from '../errors.js';

export interface DeletionRequest {
  stack: Stack;
  /** cfn-role-arn: the role CloudFormation assumes to delete the resources. */
  roleArn?: string;
  /** Unprotect a termination-protected stack first (force). */
  force: boolean;
}

export interface DeletionOutcome {
  stackName: string;
  /** DELETE_COMPLETE, DELETE_FAILED, or DELETE_IN_PROGRESS when not waited for. */
  status: string;
  events: StackEvent[];
  /** Why the deletion failed: the root-cause events' reasons. */
  reason?: string;
  rootCauses: StackEvent[];
}

/** Submits the deletion. Refuses a termination-protected stack unless `force`. Returns the event stream. */
export async function startDeletion(clients: AwsClients, request: DeletionRequest, log: (line: string) => void): Promise<StackEventStream> {
  const { sdk, client } = await clients.cloudFormation();
  const stackName = request.stack.StackName ?? '';
  const stackId = request.stack.StackId ?? stackName;
  if (request.stack.EnableTerminationProtection) {
    if (!request.force) {
      throw new UserError(`Stack ${stackName} has termination protection on. Set "force: true" to turn it off and delete the stack, or turn it off yourself (deploy with termination-protection: false).`);
    }
    await client.send(new sdk.UpdateTerminationProtectionCommand({ StackName: stackId, EnableTerminationProtection: false }));
    log(`Turned termination protection off for ${stackName} (force).`);
  }
  if (request.stack.StackStatus === 'DELETE_IN_PROGRESS') {
    // Another deletion is running: follow it (its events carry another token, so they are followed by time).
    log(`Stack ${stackName} is already being deleted; following the deletion.`);
    return new StackEventStream(clients, { stackId, stackName, since: new Date(Date.now() - 60_000) });
  }
  const token = `compose-ecs-teardown-${randomUUID()}`;
  // The margin covers clock skew between this machine and CloudFormation.
  const stream = new StackEventStream(clients, { stackId, stackName, clientRequestToken: token, since: new Date(Date.now() - 5_000) });
  try {
    await client.send(new sdk.DeleteStackCommand({ StackName: stackId, ClientRequestToken: token, ...(request.roleArn ? { RoleARN: request.roleArn } : {}) }));
  } catch (error) {
    if (errorCode(error) === 'ValidationError' && /IN_PROGRESS/.test(errorMessage(error))) {
      throw new UserError(`Cannot delete ${stackName} while an operation is running on it (${request.stack.StackStatus}): ${errorMessage(error)} Wait for it to finish, then run teardown again.`, { cause: error });
    }
    if (errorCode(error) === 'ValidationError' && /role|assume/i.test(errorMessage(error))) {
      throw new UserError(`CloudFormation cannot use the role in "cfn-role-arn" to delete ${stackName}: ${errorMessage(error)}`, { cause: error });
    }
    throw error;
  }
  log(`Deleting stack ${stackName}…`);
  return stream;
}

/** Follows the deletion until it ends or `timeoutMs` passes (a timeout is a UserError: the deletion goes on). */
export async function followDeletion(clients: AwsClients, stream: StackEventStream, options: { stackName: string; stackId: string; timeoutMs: number; signal: AbortSignal; log: (line: string) => void }): Promise<DeletionOutcome> {
  const { sdk, client } = await clients.cloudFormation();
  const pacer = new Pacer(clients.calls, options.signal);
  const deadline = Date.now() + options.timeoutMs;
  let polls = 0;
  for (;;) {
    try {
      await pacer.pause();
    } catch (error) {
      if (error instanceof Aborted) throw new UserError(`Cancelled while waiting for ${options.stackName} to be deleted; the deletion goes on in CloudFormation.`);
      throw error;
    }
    for (const event of await stream.poll()) options.log(formatEvent(event));
    polls++;
    let status = stream.stackStatus;
    // The stack's own final event can lag; every few polls ask the stack itself.
    if (status !== 'DELETE_COMPLETE' && status !== 'DELETE_FAILED' && polls % 3 === 0) {
      const described = await client.send(new sdk.DescribeStacksCommand({ StackName: options.stackId }));
      status = described.Stacks?.[0]?.StackStatus ?? status;
      if (status === 'DELETE_COMPLETE' || status === 'DELETE_FAILED') for (const event of await stream.poll()) options.log(formatEvent(event));
    }
    if (status === 'DELETE_COMPLETE') return { stackName: options.stackName, status, events: stream.events, rootCauses: [] };
    if (status === 'DELETE_FAILED') {
      const rootCauses = stream.rootCauses();
      const reason = rootCauses.map((e) => `${e.logicalId} (${e.type}): ${e.reason ?? e.status}`).join('; ') || stream.stackStatusReason || 'no reason given';
      return { stackName: options.stackName, status, events: stream.events, reason, rootCauses };
    }
    if (Date.now() > deadline) {
      throw new UserError(
        `Stack ${options.stackName} was still being deleted after ${Math.round(options.timeoutMs / 60_000 * 10) / 10} minutes ("timeout-minutes"); the deletion goes on in CloudFormation. Raise timeout-minutes or follow it in the console.`,
      );
    }
  }
}
