// Before deploy creates its change set, the stack must be in a state that accepts one:
//   *_IN_PROGRESS          another operation runs (a concurrent run, a manual change): wait for it, bounded by the
//                          run's timeout, then look again.
//   ROLLBACK_COMPLETE      the first deployment failed; the stack holds nothing and cannot be updated. Deleted and
//                          recreated only with `recreate-failed-stack: true` (the anchor did this unasked, #107).
//   UPDATE_ROLLBACK_FAILED stuck until someone continues the rollback: explained with the command.
//   other *_FAILED         explained, with what to do.
// Returns the stack to update, or undefined when a new one is to be created.

import type { Stack } from '@aws-sdk/client-cloudformation';
import { randomBytes } from 'node:crypto';
import type { Host } from '../host.js';
import type { AwsClients } from '../aws/clients.js';
import { describeStack, isInProgress } from '../aws/stacks.js';
import { Pacer, formatDuration, waitForStackOperation } from '../aws/wait.js';
import { UserError } from '../errors.js';

export interface PreflightOptions {
  stackName: string;
  recreateFailedStack: boolean;
  /** Epoch ms after which waiting gives up (the run's timeout). */
  deadline: number;
  host: Host;
}

export async function prepareStack(clients: AwsClients, options: PreflightOptions): Promise<Stack | undefined> {
  const { host, stackName } = options;
  let stack = await describeStack(clients, stackName);
  if (isInProgress(stack?.StackStatus)) stack = await waitWhileInProgress(clients, stack!, options);
  const status = stack?.StackStatus;
  switch (status) {
    case undefined:
      return undefined;
    case 'ROLLBACK_COMPLETE': {
      const why = stack!.StackStatusReason ? ` (${stack!.StackStatusReason})` : '';
      if (!options.recreateFailedStack) {
        throw new UserError(
          `Stack ${stackName} is ROLLBACK_COMPLETE: its first deployment failed${why} and CloudFormation cannot update it. ` +
            'Set recreate-failed-stack: true to delete it and create it again (it holds no running resources), or delete it yourself: ' +
            `aws cloudformation delete-stack --stack-name ${stackName}`,
        );
      }
      host.info(`Stack ${stackName} is ROLLBACK_COMPLETE${why}; recreate-failed-stack is true, so it is deleted and created again.`);
      await deleteFailedStack(clients, stack!, options);
      return undefined;
    }
    case 'UPDATE_ROLLBACK_FAILED':
      throw new UserError(
        `Stack ${stackName} is UPDATE_ROLLBACK_FAILED: a rollback could not finish${stack!.StackStatusReason ? ` (${stack!.StackStatusReason})` : ''}, and no update is possible until it does. ` +
          `Fix the cause (often a resource changed or deleted outside CloudFormation), then continue the rollback: aws cloudformation continue-update-rollback --stack-name ${stackName} ` +
          '(add --resources-to-skip <LogicalId> for resources that cannot be rolled back), or use "Continue update rollback" in the CloudFormation console; then deploy again.',
      );
    case 'ROLLBACK_FAILED':
    case 'DELETE_FAILED':
    case 'CREATE_FAILED':
    case 'IMPORT_ROLLBACK_FAILED':
      throw new UserError(
        `Stack ${stackName} is ${status}${stack!.StackStatusReason ? ` (${stack!.StackStatusReason})` : ''} and cannot be updated. ` +
          `Delete it (aws cloudformation delete-stack --stack-name ${stackName}, with --retain-resources for resources that cannot be deleted), then deploy again.`,
      );
    default:
      return stack;
  }
}

/** Polls DescribeStacks until the running operation ends, logging about every 30 s. */
async function waitWhileInProgress(clients: AwsClients, stack: Stack, options: PreflightOptions): Promise<Stack | undefined> {
  const { host, stackName } = options;
  host.info(`Stack ${stackName} is ${stack.StackStatus} (another operation is running): waiting for it to finish before deploying.`);
  const pacer = new Pacer(clients.calls, host.signal, { intervalsMs: [2000, 3000, 5000] });
  const started = Date.now();
  let lastLog = started;
  let current: Stack | undefined = stack;
  while (isInProgress(current?.StackStatus)) {
    if (Date.now() >= options.deadline) {
      throw new UserError(
        `Stack ${stackName} is still ${current!.StackStatus} after waiting ${formatDuration(Date.now() - started)} for another operation to finish; nothing was deployed. ` +
          'Run deploys of one stack one at a time (a workflow `concurrency:` group), or raise timeout-minutes.',
      );
    }
    await pacer.pause();
    current = await describeStack(clients, stack.StackId ?? stackName);
    if (Date.now() - lastLog >= 30_000) {
      lastLog = Date.now();
      host.info(`… still waiting for ${stackName}: ${current?.StackStatus ?? 'deleted'} after ${formatDuration(Date.now() - started)}`);
    }
  }
  host.info(`Stack ${stackName} is now ${current?.StackStatus ?? 'deleted'}.`);
  // DescribeStacks by id returns a deleted stack as DELETE_COMPLETE: that is no stack.
  return current?.StackStatus === 'DELETE_COMPLETE' ? undefined : current;
}

async function deleteFailedStack(clients: AwsClients, stack: Stack, options: PreflightOptions): Promise<void> {
  const { sdk, client } = await clients.cloudFormation();
  const token = `compose-ecs-delete-${randomBytes(6).toString('hex')}`;
  const since = new Date(Date.now() - 1000);
  await client.send(new sdk.DeleteStackCommand({ StackName: stack.StackId!, ClientRequestToken: token }));
  const result = await waitForStackOperation(
    clients,
    { stackId: stack.StackId!, stackName: options.stackName, clientRequestToken: token, since },
    { signal: options.host.signal, timeoutMs: Math.max(0, options.deadline - Date.now()), log: (line) => options.host.info(line) },
  );
  if (result.outcome !== 'final' || result.status !== 'DELETE_COMPLETE') {
    throw new UserError(
      `Could not delete the failed stack ${options.stackName} before recreating it: it is ${result.status}${result.reason ? ` (${result.reason})` : ''}${result.outcome === 'timeout' ? ' (timed out)' : result.outcome === 'aborted' ? ' (cancelled)' : ''}. Delete it yourself and deploy again.`,
    );
  }
}
