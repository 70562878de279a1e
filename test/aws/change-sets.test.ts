// Change sets, the event stream, the waiter and the pacer with aws-sdk-client-mock: no-changes detection, full
// paginated description with redaction, events deduplicated and scoped to the operation, the final state read from
// the stack's own event, abort, timeout, and the call budget.

import { afterEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  type StackEvent,
} from '@aws-sdk/client-cloudformation';
import { AwsClients, CallLog } from '../../src/aws/clients.js';
import {
  ChangeSetAccessDenied,
  changeSetName,
  changesOutput,
  createChangeSet,
  deleteChangeSet,
  describeChangeSetFully,
  isNoChangesReason,
  waitForChangeSet,
} from '../../src/aws/change-sets.js';
import { StackEventStream } from '../../src/aws/events.js';
import { Pacer, waitForStackOperation } from '../../src/aws/wait.js';

const cfn = mockClient(CloudFormationClient);
afterEach(() => {
  cfn.reset();
});

const clients = () => new AwsClients('us-east-1', {});
const fastPacer = (c: AwsClients, signal = new AbortController().signal) => new Pacer(c.calls, signal, { intervalsMs: [1] });
const request = {
  stackName: 'shop',
  changeSetName: 'cs',
  type: 'CREATE' as const,
  template: { TemplateBody: '{}' },
  capabilities: ['CAPABILITY_IAM'],
  parameters: { A: '1' },
  tags: [{ Key: 'k', Value: 'v' }],
};

describe('change sets', () => {
  it('names are unique per run and valid', () => {
    const a = changeSetName({ GITHUB_RUN_ID: '123', GITHUB_RUN_ATTEMPT: '2' });
    const b = changeSetName({ GITHUB_RUN_ID: '123', GITHUB_RUN_ATTEMPT: '2' });
    expect(a).toMatch(/^compose-ecs-123-2-[0-9a-f]{6}$/);
    expect(a).not.toBe(b);
    expect(changeSetName({})).toMatch(/^compose-ecs-\d{14}-[0-9a-f]{6}$/);
  });

  it('creates with parameters, tags, capabilities and OnStackFailure=ROLLBACK for CREATE', async () => {
    cfn.on(CreateChangeSetCommand).resolves({ Id: 'arn:cs', StackId: 'arn:stack' });
    expect(await createChangeSet(clients(), request)).toEqual({ id: 'arn:cs', stackId: 'arn:stack' });
    const input = cfn.commandCalls(CreateChangeSetCommand)[0].args[0].input;
    expect(input).toMatchObject({ ChangeSetType: 'CREATE', TemplateBody: '{}', Capabilities: ['CAPABILITY_IAM'], Parameters: [{ ParameterKey: 'A', ParameterValue: '1' }], OnStackFailure: 'ROLLBACK' });
  });

  it('turns AccessDenied into ChangeSetAccessDenied (preview falls back)', async () => {
    cfn.on(CreateChangeSetCommand).rejects(Object.assign(new Error('not allowed'), { name: 'AccessDenied' }));
    await expect(createChangeSet(clients(), request)).rejects.toBeInstanceOf(ChangeSetAccessDenied);
  });

  it('a FAILED change set that did not contain changes is no changes', async () => {
    expect(isNoChangesReason("The submitted information didn't contain changes. Submit different information to create a change set.")).toBe(true);
    expect(isNoChangesReason('No updates are to be performed.')).toBe(true);
    expect(isNoChangesReason('Template format error')).toBe(false);
    const c = clients();
    cfn
      .on(DescribeChangeSetCommand)
      .resolvesOnce({ Status: 'CREATE_IN_PROGRESS' })
      .resolvesOnce({ Status: 'FAILED', StatusReason: "The submitted information didn't contain changes." });
    expect(await waitForChangeSet(c, 'arn:cs', fastPacer(c))).toMatchObject({ status: 'FAILED', noChanges: true });
  });

  it('gives up waiting for a change set that is never created, saying so', async () => {
    const c = clients();
    cfn.on(DescribeChangeSetCommand).resolves({ Status: 'CREATE_IN_PROGRESS' });
    await expect(waitForChangeSet(c, 'arn:slow', fastPacer(c), 30)).rejects.toThrow(/The change set arn:slow was still being created after 0 s/);
    expect(cfn.commandCalls(DescribeChangeSetCommand).length).toBeGreaterThan(0);
  });

  it('describes every page with property values and redacts secret values', async () => {
    cfn
      .on(DescribeChangeSetCommand)
      .resolvesOnce({
        NextToken: 'n',
        Changes: [{ Type: 'Resource', ResourceChange: { Action: 'Add', LogicalResourceId: 'WebService', ResourceType: 'AWS::ECS::Service' } }],
      })
      .resolvesOnce({
        Changes: [
          {
            Type: 'Resource',
            ResourceChange: {
              Action: 'Modify',
              LogicalResourceId: 'Db',
              ResourceType: 'AWS::RDS::DBInstance',
              Replacement: 'True',
              Details: [{ Target: { Attribute: 'Properties', Name: 'MasterUserPassword', BeforeValue: 'old-pw', AfterValue: 'new-pw', RequiresRecreation: 'Never' } }],
            },
          },
        ],
      });
    const changes = await describeChangeSetFully(clients(), 'arn:cs');
    expect(cfn.commandCalls(DescribeChangeSetCommand).map((c) => c.args[0].input)).toEqual([
      { ChangeSetName: 'arn:cs', IncludePropertyValues: true, NextToken: undefined },
      { ChangeSetName: 'arn:cs', IncludePropertyValues: true, NextToken: 'n' },
    ]);
    expect(changes[1]).toMatchObject({ logicalId: 'Db', action: 'Modify', replacement: 'True', details: [{ name: 'MasterUserPassword', before: '***', after: '***' }] });
    expect(changesOutput(changes)).toBe(
      '[{"logicalId":"WebService","type":"AWS::ECS::Service","action":"Add","replacement":null},{"logicalId":"Db","type":"AWS::RDS::DBInstance","action":"Modify","replacement":"True"}]',
    );
  });

  it('deleting an already deleted change set is fine', async () => {
    cfn.on(DeleteChangeSetCommand).rejects(Object.assign(new Error('gone'), { name: 'ChangeSetNotFoundException' }));
    await expect(deleteChangeSet(clients(), 'arn:cs')).resolves.toBeUndefined();
  });
});

const event = (id: string, logicalId: string, status: string, at: number, token?: string, reason?: string): StackEvent => ({
  EventId: id,
  StackId: 'arn:stack',
  StackName: 'shop',
  LogicalResourceId: logicalId,
  ResourceType: logicalId === 'shop' ? 'AWS::CloudFormation::Stack' : 'AWS::ECS::Service',
  ResourceStatus: status as never,
  Timestamp: new Date(at),
  ClientRequestToken: token,
  ResourceStatusReason: reason,
});

describe('events', () => {
  it('streams each event once, oldest first, only this operation, reading pages until a seen event', async () => {
    const c = clients();
    const stream = new StackEventStream(c, { stackId: 'arn:stack', stackName: 'shop', clientRequestToken: 'tok', since: new Date(1000) });
    cfn
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [event('2', 'Web', 'CREATE_IN_PROGRESS', 2000, 'tok'), event('1', 'shop', 'UPDATE_IN_PROGRESS', 1500, 'tok'), event('0', 'shop', 'UPDATE_COMPLETE', 500, 'old')] })
      .resolvesOnce({ StackEvents: [event('4', 'shop', 'UPDATE_COMPLETE', 4000, 'tok')], NextToken: 'p2' })
      .resolvesOnce({ StackEvents: [event('3', 'Web', 'UPDATE_COMPLETE', 3000, 'tok'), event('2', 'Web', 'CREATE_IN_PROGRESS', 2000, 'tok')], NextToken: 'p3' });
    expect((await stream.poll()).map((e) => e.status)).toEqual(['UPDATE_IN_PROGRESS', 'CREATE_IN_PROGRESS']);
    expect((await stream.poll()).map((e) => e.status)).toEqual(['UPDATE_COMPLETE', 'UPDATE_COMPLETE']);
    expect(stream.stackStatus).toBe('UPDATE_COMPLETE');
    // The third page was never needed: the second page ended at an event already seen.
    expect(cfn.commandCalls(DescribeStackEventsCommand)).toHaveLength(3);
  });

  it('the root cause skips the cancellation cascade', () => {
    const stream = new StackEventStream(clients(), { stackId: 's', stackName: 'shop', since: new Date(0) });
    stream.events.push(
      { timestamp: '1', logicalId: 'A', type: 'T', status: 'CREATE_FAILED', reason: 'Resource creation cancelled' },
      { timestamp: '2', logicalId: 'B', type: 'T', status: 'CREATE_FAILED', reason: 'CannotPullContainerError' },
    );
    expect(stream.rootCauses().map((e) => e.logicalId)).toEqual(['B']);
  });
});

describe('waiting', () => {
  it('ends at the stack event of the final state', async () => {
    const c = clients();
    cfn
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [event('1', 'shop', 'CREATE_IN_PROGRESS', Date.now())] })
      .resolvesOnce({ StackEvents: [event('2', 'shop', 'CREATE_COMPLETE', Date.now()), event('1', 'shop', 'CREATE_IN_PROGRESS', Date.now())] });
    const lines: string[] = [];
    const result = await waitForStackOperation(
      c,
      { stackId: 'arn:stack', stackName: 'shop', since: new Date(Date.now() - 1000) },
      { signal: new AbortController().signal, timeoutMs: 10_000, log: (l) => lines.push(l), pacer: fastPacer(c) },
    );
    expect(result).toMatchObject({ status: 'CREATE_COMPLETE', outcome: 'final' });
    expect(lines).toHaveLength(2);
  });

  it('falls back to DescribeStacks on the heartbeat when the stack event is missed', async () => {
    const c = clients();
    cfn.on(DescribeStackEventsCommand).resolves({ StackEvents: [] });
    cfn.on(DescribeStacksCommand).resolves({ Stacks: [{ StackName: 'shop', StackStatus: 'UPDATE_ROLLBACK_COMPLETE', CreationTime: new Date() }] });
    const result = await waitForStackOperation(
      c,
      { stackId: 'arn:stack', stackName: 'shop', since: new Date() },
      { signal: new AbortController().signal, timeoutMs: 10_000, log: () => {}, pacer: fastPacer(c), heartbeatMs: 0 },
    );
    expect(result).toMatchObject({ status: 'UPDATE_ROLLBACK_COMPLETE', outcome: 'final' });
  });

  it('returns aborted at once when the signal fires, and timeout when the time is up', async () => {
    const c = clients();
    cfn.on(DescribeStackEventsCommand).resolves({ StackEvents: [] });
    const controller = new AbortController();
    const pending = waitForStackOperation(c, { stackId: 's', stackName: 'shop', since: new Date() }, { signal: controller.signal, timeoutMs: 60_000, log: () => {} });
    controller.abort();
    expect((await pending).outcome).toBe('aborted');
    const timedOut = await waitForStackOperation(c, { stackId: 's', stackName: 'shop', since: new Date() }, { signal: new AbortController().signal, timeoutMs: 0, log: () => {} });
    expect(timedOut.outcome).toBe('timeout');
  });

  it('the pacer holds the call budget of its own wait', async () => {
    let now = 100_000;
    const log = new CallLog(() => now);
    const pacer = new Pacer(log, new AbortController().signal, { intervalsMs: [0], callsPerMinute: 3, now: () => now });
    for (let i = 0; i < 3; i++) log.record('CloudFormation', 'DescribeStackEvents');
    const paused = pacer.pause();
    // Three calls in the window: the fourth must wait until the first leaves it.
    let done = false;
    void paused.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    now += 61_000;
    await paused;
    expect(done).toBe(true);
  });
});
