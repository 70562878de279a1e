// The stack events of one operation, each streamed once. DescribeStackEvents returns newest first; a poll reads
// pages only until it meets an event already seen or one older than the operation, so a steady poll is one call.
// Only this operation's events count: those carrying its ClientRequestToken, or (when CloudFormation gives none)
// those at or after its start. The stack's own event (LogicalResourceId = stack name) gives its status, so the
// waiter learns the final state from the same call.

import type { StackEvent as SdkStackEvent } from '@aws-sdk/client-cloudformation';
import type { StackEvent } from '../github/report.js';
import type { AwsClients } from './clients.js';

export interface OperationScope {
  stackId: string;
  stackName: string;
  /** The ClientRequestToken given to the operation (ExecuteChangeSet, DeleteStack, …). */
  clientRequestToken?: string;
  /** When the operation was started (local clock, less a margin for skew). */
  since: Date;
}

export class StackEventStream {
  private readonly seen = new Set<string>();
  /** This operation's events, oldest first. */
  readonly events: StackEvent[] = [];
  /** The newest status of the stack itself, from its own events. */
  stackStatus?: string;
  stackStatusReason?: string;

  constructor(
    private readonly clients: AwsClients,
    private readonly scope: OperationScope,
  ) {}

  belongs(event: SdkStackEvent): boolean {
    // The REVIEW_IN_PROGRESS event comes from creating the change set, not from the operation.
    if ((event.ResourceStatus as string | undefined) === 'REVIEW_IN_PROGRESS') return false;
    if (event.ClientRequestToken && this.scope.clientRequestToken) return event.ClientRequestToken === this.scope.clientRequestToken;
    return (event.Timestamp?.getTime() ?? 0) >= this.scope.since.getTime();
  }

  /** Fetches the events new since the last poll, oldest first (each returned once). */
  async poll(): Promise<StackEvent[]> {
    const { sdk, client } = await this.clients.cloudFormation();
    const fresh: SdkStackEvent[] = [];
    let token: string | undefined;
    pages: do {
      const page = await client.send(new sdk.DescribeStackEventsCommand({ StackName: this.scope.stackId, NextToken: token }));
      for (const event of page.StackEvents ?? []) {
        if (!event.EventId) continue;
        if (this.seen.has(event.EventId)) break pages;
        if (!this.belongs(event)) {
          // Older than the operation: everything after it on later pages is older still.
          if ((event.Timestamp?.getTime() ?? 0) < this.scope.since.getTime()) break pages;
          continue;
        }
        fresh.push(event);
      }
      token = page.NextToken;
    } while (token);
    fresh.reverse();
    const added: StackEvent[] = [];
    for (const event of fresh) {
      if (this.seen.has(event.EventId!)) continue;
      this.seen.add(event.EventId!);
      const converted = toReportEvent(event);
      this.events.push(converted);
      added.push(converted);
      if (event.LogicalResourceId === this.scope.stackName && event.ResourceType === 'AWS::CloudFormation::Stack') {
        this.stackStatus = event.ResourceStatus;
        this.stackStatusReason = event.ResourceStatusReason;
      }
    }
    return added;
  }

  /** Remembers every current event as seen without streaming it (events of earlier operations). */
  async skipExisting(): Promise<void> {
    const { sdk, client } = await this.clients.cloudFormation();
    const page = await client.send(new sdk.DescribeStackEventsCommand({ StackName: this.scope.stackId }));
    for (const event of page.StackEvents ?? []) if (event.EventId) this.seen.add(event.EventId);
  }

  /** The root cause of a failure: the first *_FAILED events that are not the cascade ("Resource creation cancelled"). */
  rootCauses(limit = 3): StackEvent[] {
    const failed = this.events.filter((e) => /_FAILED$/.test(e.status) && e.type !== 'AWS::CloudFormation::Stack');
    const real = failed.filter((e) => !/cancelled|canceled/i.test(e.reason ?? ''));
    const chosen = (real.length ? real : failed).slice(0, limit);
    if (chosen.length === 0) {
      const stack = this.events.filter((e) => e.type === 'AWS::CloudFormation::Stack' && e.reason).slice(-1);
      return stack;
    }
    return chosen;
  }
}

export function toReportEvent(event: SdkStackEvent): StackEvent {
  const converted: StackEvent = {
    timestamp: (event.Timestamp ?? new Date(0)).toISOString(),
    logicalId: event.LogicalResourceId ?? '',
    type: event.ResourceType ?? '',
    status: event.ResourceStatus ?? '',
  };
  if (event.ResourceStatusReason) converted.reason = event.ResourceStatusReason;
  if (event.PhysicalResourceId) converted.physicalId = event.PhysicalResourceId;
  return converted;
}

/** One log line per event: `12:01:02 WebService AWS::ECS::Service CREATE_IN_PROGRESS Resource creation Initiated`. */
export function formatEvent(event: StackEvent): string {
  const time = event.timestamp.slice(11, 19);
  return `${time} ${event.logicalId.padEnd(28)} ${event.type.padEnd(40)} ${event.status}${event.reason ? `  ${event.reason}` : ''}`;
}
