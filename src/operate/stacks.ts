// Stack lookups shared by teardown, status and volume: a stack's resources, every live stack, tags and outputs.
// Every list is read to its last page: Docker's integration read only the first page of ListStackResources and
// ListStacks and so missed resources on big stacks.

import type { Stack, StackResourceSummary, StackSummary } from '@aws-sdk/client-cloudformation';
import type { AwsClients } from '../aws/clients.js';
import { DOCKER_PROJECT_TAG, TAG_PROJECT } from '../aws/stacks.js';

/** The stack by name, or undefined when there is none (the AWS runtime's lookup, re-exported for the modes). */
export { describeStack } from '../aws/stacks.js';

/** Every resource of the stack, all pages. */
export async function listStackResources(clients: AwsClients, stackName: string): Promise<StackResourceSummary[]> {
  const { sdk, client } = await clients.cloudFormation();
  const resources: StackResourceSummary[] = [];
  for await (const page of sdk.paginateListStackResources({ client }, { StackName: stackName })) {
    resources.push(...(page.StackResourceSummaries ?? []));
  }
  return resources;
}

/** Stacks that exist now (every status but DELETE_COMPLETE), all pages. ListStacks carries no tags. */
export async function listLiveStacks(clients: AwsClients): Promise<StackSummary[]> {
  const { sdk, client } = await clients.cloudFormation();
  const live = Object.values(sdk.StackStatus).filter((status) => status !== 'DELETE_COMPLETE');
  const stacks: StackSummary[] = [];
  for await (const page of sdk.paginateListStacks({ client }, { StackStatusFilter: live })) {
    stacks.push(...(page.StackSummaries ?? []));
  }
  return stacks;
}

export function tagsOf(stack: { Tags?: { Key?: string; Value?: string }[] }): Map<string, string> {
  return new Map((stack.Tags ?? []).filter((t) => t.Key !== undefined).map((t) => [t.Key as string, t.Value ?? '']));
}

/** Stack Outputs as key → value. */
export function outputsOf(stack: Stack): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const output of stack.Outputs ?? []) if (output.OutputKey) outputs[output.OutputKey] = output.OutputValue ?? '';
  return outputs;
}

/** Every live stack with its tags (DescribeStacks without a name, all pages): one call per page, not per stack. */
export async function describeAllStacks(clients: AwsClients): Promise<Stack[]> {
  const { sdk, client } = await clients.cloudFormation();
  const stacks: Stack[] = [];
  for await (const page of sdk.paginateDescribeStacks({ client }, {})) {
    for (const stack of page.Stacks ?? []) if (stack.StackStatus !== 'DELETE_COMPLETE') stacks.push(stack);
  }
  return stacks;
}

/** The Compose project a stack belongs to, from the tags deploy (or Docker) put on it. */
export function projectOfStack(stack: Stack): string | undefined {
  const tags = tagsOf(stack);
  return tags.get(TAG_PROJECT) ?? tags.get(DOCKER_PROJECT_TAG);
}

/** Created by this action: it carries the action's project tag. */
export function isActionStack(stack: Stack): boolean {
  return tagsOf(stack).has(TAG_PROJECT);
}
