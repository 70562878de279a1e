// Drives the REAL AWS SDK v3 clients against the stand-in: if these pass, the wire shapes
// (awsQuery, ec2Query, awsJson1_1, restJson1, restXml) are what the SDK deserializes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CloudFormationClient, CreateChangeSetCommand, DeleteStackCommand, DescribeChangeSetCommand, DescribeStackEventsCommand,
  DescribeStackResourcesCommand, DescribeStacksCommand, ExecuteChangeSetCommand, GetTemplateCommand, ListStacksCommand,
  UpdateTerminationProtectionCommand, CancelUpdateStackCommand, DeleteChangeSetCommand, ListChangeSetsCommand,
  paginateDescribeChangeSet, paginateDescribeStackEvents, paginateListStackResources, waitUntilStackCreateComplete,
  waitUntilStackDeleteComplete, DescribeStackSetCommand, type Change, type StackEvent,
} from '@aws-sdk/client-cloudformation';
import {
  EC2Client, DescribeRouteTablesCommand, DescribeSecurityGroupsCommand, DescribeSubnetsCommand, DescribeVpcAttributeCommand,
  DescribeVpcsCommand, paginateDescribeSubnets,
} from '@aws-sdk/client-ec2';
import { ElasticLoadBalancingV2Client, DescribeLoadBalancersCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  ECSClient, DescribeClustersCommand, DescribeServicesCommand, DescribeTasksCommand, ListAccountSettingsCommand, ListServicesCommand,
  ListTasksCommand,
} from '@aws-sdk/client-ecs';
import {
  CloudWatchLogsClient, DescribeLogStreamsCommand, FilterLogEventsCommand, GetLogEventsCommand, paginateDescribeLogStreams,
  paginateFilterLogEvents,
} from '@aws-sdk/client-cloudwatch-logs';
import {
  SecretsManagerClient, CreateSecretCommand, DeleteSecretCommand, DescribeSecretCommand, GetSecretValueCommand, PutSecretValueCommand,
  TagResourceCommand, UpdateSecretCommand, paginateListSecrets,
} from '@aws-sdk/client-secrets-manager';
import {
  EFSClient, DeleteAccessPointCommand, DeleteFileSystemCommand, DeleteMountTargetCommand, DescribeAccessPointsCommand,
  DescribeFileSystemsCommand, DescribeMountTargetsCommand, paginateDescribeFileSystems,
} from '@aws-sdk/client-efs';
import { S3Client, PutObjectCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import { startAwsStandIn, connectAwsStandIn, NO_CHANGES_REASON, type AwsStandIn } from './aws/index.mjs';

let standIn: AwsStandIn;
let config: { endpoint: string; region: string; credentials: { accessKeyId: string; secretAccessKey: string }; maxAttempts: number };
let cfn: CloudFormationClient;

beforeAll(async () => {
  standIn = await startAwsStandIn({ stepDelayMs: 10 });
  config = { endpoint: standIn.url, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 };
  cfn = new CloudFormationClient(config);
});

afterAll(async () => {
  expect(standIn.state.unimplemented.filter((x) => !x.includes('DescribeStackSet'))).toEqual([]);
  await standIn.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const waiter = () => ({ client: cfn, maxWaitTime: 20, minDelay: 1, maxDelay: 1 });

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > deadline) return v;
    await sleep(15);
  }
}

async function stackStatus(name: string) {
  return (await cfn.send(new DescribeStacksCommand({ StackName: name }))).Stacks![0];
}

async function settled(name: string) {
  return until(() => stackStatus(name), (s) => !s.StackStatus!.endsWith('IN_PROGRESS') || s.StackStatus === 'REVIEW_IN_PROGRESS');
}

async function changeSetDone(StackName: string, ChangeSetName: string) {
  return until(() => cfn.send(new DescribeChangeSetCommand({ StackName, ChangeSetName })), (c) => ['CREATE_COMPLETE', 'FAILED'].includes(c.Status!));
}

async function allChanges(StackName: string, ChangeSetName: string): Promise<Change[]> {
  const out: Change[] = [];
  for await (const page of paginateDescribeChangeSet({ client: cfn }, { StackName, ChangeSetName })) out.push(...(page.Changes ?? []));
  return out;
}

async function allEvents(StackName: string): Promise<StackEvent[]> {
  const out: StackEvent[] = [];
  for await (const page of paginateDescribeStackEvents({ client: cfn }, { StackName })) out.push(...(page.StackEvents ?? []));
  return out;
}

async function deploy(StackName: string, template: object | string, opts: { type?: 'CREATE' | 'UPDATE'; params?: Record<string, string>; name?: string } = {}) {
  const ChangeSetName = opts.name ?? `cs-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  await cfn.send(new CreateChangeSetCommand({
    StackName, ChangeSetName, ChangeSetType: opts.type ?? 'CREATE',
    TemplateBody: typeof template === 'string' ? template : JSON.stringify(template),
    Parameters: Object.entries(opts.params ?? {}).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue })),
    Capabilities: ['CAPABILITY_IAM'],
  }));
  const cs = await changeSetDone(StackName, ChangeSetName);
  return { ChangeSetName, cs };
}

/** A compose-like app: cluster, log group, SGs, ALB, target group, listener, task def, service, EFS. */
function appTemplate(o: { port?: number; desired?: number; withWorker?: boolean; withCache?: boolean } = {}) {
  const resources: Record<string, unknown> = {
    Cluster: { Type: 'AWS::ECS::Cluster', Properties: { ClusterName: { 'Fn::Sub': '${AWS::StackName}-cluster' } } },
    LogGroup: { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: { 'Fn::Sub': '/compose/${AWS::StackName}' }, RetentionInDays: 7 } },
    LoadBalancerSG: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'lb', VpcId: { Ref: 'VpcId' } } },
    ServiceSG: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'svc', VpcId: { Ref: 'VpcId' } } },
    LoadBalancer: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Subnets: ['subnet-0a0b1c000000000a1', 'subnet-0a0b1c000000000b2'], SecurityGroups: [{ Ref: 'LoadBalancerSG' }] } },
    WebTargetGroup: { Type: 'AWS::ElasticLoadBalancingV2::TargetGroup', Properties: { Port: o.port ?? 80, Protocol: 'HTTP', VpcId: { Ref: 'VpcId' }, TargetType: 'ip' } },
    Listener: { Type: 'AWS::ElasticLoadBalancingV2::Listener', Properties: { LoadBalancerArn: { Ref: 'LoadBalancer' }, Port: 80, Protocol: 'HTTP', DefaultActions: [{ Type: 'forward', TargetGroupArn: { Ref: 'WebTargetGroup' } }] } },
    ExecutionRole: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {} } },
    WebTaskDefinition: {
      Type: 'AWS::ECS::TaskDefinition',
      Properties: { Family: { 'Fn::Sub': '${AWS::StackName}-web' }, ExecutionRoleArn: { 'Fn::GetAtt': ['ExecutionRole', 'Arn'] }, ContainerDefinitions: [{ Name: 'web', Image: { Ref: 'WebImage' } }, { Name: 'sidecar', Image: 'busybox' }] },
    },
    WebService: {
      Type: 'AWS::ECS::Service',
      DependsOn: ['Listener'],
      Properties: {
        ServiceName: 'web', Cluster: { Ref: 'Cluster' }, LaunchType: 'FARGATE', DesiredCount: o.desired ?? 2, TaskDefinition: { Ref: 'WebTaskDefinition' },
        LoadBalancers: [{ ContainerName: 'web', ContainerPort: 80, TargetGroupArn: { Ref: 'WebTargetGroup' } }],
      },
    },
    DataFileSystem: { Type: 'AWS::EFS::FileSystem', DeletionPolicy: 'Retain', Properties: { Encrypted: true, FileSystemTags: [{ Key: 'Name', Value: 'data' }] } },
    DataMountTarget: { Type: 'AWS::EFS::MountTarget', Properties: { FileSystemId: { Ref: 'DataFileSystem' }, SubnetId: 'subnet-0a0b1c000000000c3', SecurityGroups: [{ Ref: 'ServiceSG' }] } },
  };
  if (o.withWorker !== false) resources.WorkerLogGroup = { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 1 } };
  if (o.withCache) resources.CacheLogGroup = { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 3 } };
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'compose app',
    Parameters: { VpcId: { Type: 'AWS::EC2::VPC::Id', Default: 'vpc-0defa017000000001' }, WebImage: { Type: 'String', Default: 'nginx:1' } },
    Resources: resources,
    Outputs: {
      Url: { Value: { 'Fn::Sub': 'http://${LoadBalancer.DNSName}' } },
      LoadBalancerArn: { Value: { Ref: 'LoadBalancer' } },
      ClusterName: { Value: { Ref: 'Cluster' }, Export: { Name: { 'Fn::Sub': '${AWS::StackName}-ClusterName' } } },
    },
  };
}

describe('CloudFormation lifecycle', () => {
  const name = 'demo';
  let createdPhysical: Map<string, string>;

  it('creates a change set, lists paginated Add changes, executes it and the waiter sees CREATE_COMPLETE', async () => {
    const { ChangeSetName, cs } = await deploy(name, appTemplate(), { name: 'create-1' });
    expect(cs.Status).toBe('CREATE_COMPLETE');
    expect(cs.ExecutionStatus).toBe('AVAILABLE');
    expect(cs.NextToken).toBeDefined(); // 13 resources, pages of 10
    const changes = await allChanges(name, ChangeSetName);
    expect(changes).toHaveLength(13);
    expect(changes.every((c) => c.ResourceChange!.Action === 'Add')).toBe(true);
    expect((await stackStatus(name)).StackStatus).toBe('REVIEW_IN_PROGRESS');

    await cfn.send(new ExecuteChangeSetCommand({ StackName: name, ChangeSetName, ClientRequestToken: 'deploy-1' }));
    const result = await waitUntilStackCreateComplete(waiter(), { StackName: name });
    expect(result.state).toBe('SUCCESS');
    expect((await cfn.send(new DescribeChangeSetCommand({ StackName: name, ChangeSetName }))).ExecutionStatus).toBe('EXECUTE_COMPLETE');

    const stack = await stackStatus(name);
    const outputs = Object.fromEntries(stack.Outputs!.map((o) => [o.OutputKey, o.OutputValue]));
    expect(outputs.Url).toMatch(/^http:\/\/demo-LoadBalancer-[0-9a-f]{6}\.elb\.localhost$/);
    expect(outputs.LoadBalancerArn).toMatch(/^arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer\/app\/demo-LoadBalancer\//);
    expect(outputs.ClusterName).toBe('demo-cluster');
    expect(stack.Outputs!.find((o) => o.OutputKey === 'ClusterName')!.ExportName).toBe('demo-ClusterName');
    expect(stack.Parameters).toEqual(expect.arrayContaining([{ ParameterKey: 'WebImage', ParameterValue: 'nginx:1' }]));
    expect(stack.EnableTerminationProtection).toBe(false);

    const resources = (await cfn.send(new DescribeStackResourcesCommand({ StackName: name }))).StackResources!;
    expect(resources.every((r) => r.ResourceStatus === 'CREATE_COMPLETE')).toBe(true);
    createdPhysical = new Map(resources.map((r) => [r.LogicalResourceId!, r.PhysicalResourceId!]));
    expect(createdPhysical.get('WebService')).toBe('arn:aws:ecs:us-east-1:123456789012:service/demo-cluster/web');
    let listed = 0;
    for await (const page of paginateListStackResources({ client: cfn }, { StackName: name })) listed += page.StackResourceSummaries!.length;
    expect(listed).toBe(13);
  });

  it('reports events newest first across NextToken pages, with tokens and per-resource order', async () => {
    const events = await allEvents(name);
    expect(events.length).toBeGreaterThan(30);
    expect(events[0]).toMatchObject({ LogicalResourceId: name, ResourceStatus: 'CREATE_COMPLETE', ResourceType: 'AWS::CloudFormation::Stack', ClientRequestToken: 'deploy-1' });
    expect(events.at(-1)).toMatchObject({ LogicalResourceId: name, ResourceStatus: 'REVIEW_IN_PROGRESS', ResourceStatusReason: 'User Initiated' });
    expect(events.at(-2)).toMatchObject({ LogicalResourceId: name, ResourceStatus: 'CREATE_IN_PROGRESS', ResourceStatusReason: 'User Initiated', ClientRequestToken: 'deploy-1' });
    // each resource: CREATE_IN_PROGRESS, CREATE_IN_PROGRESS "Resource creation Initiated" (with physical id), CREATE_COMPLETE
    const lb = events.filter((e) => e.LogicalResourceId === 'LoadBalancer').reverse();
    expect(lb.map((e) => [e.ResourceStatus, e.ResourceStatusReason, Boolean(e.PhysicalResourceId)])).toEqual([
      ['CREATE_IN_PROGRESS', undefined, false], ['CREATE_IN_PROGRESS', 'Resource creation Initiated', true], ['CREATE_COMPLETE', undefined, true],
    ]);
    expect(new Set(events.map((e) => e.EventId)).size).toBe(events.length);
    const times = events.map((e) => e.Timestamp!.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // dependency order: the listener completes before the service starts (DependsOn)
    const idx = (id: string, st: string) => events.findIndex((e) => e.LogicalResourceId === id && e.ResourceStatus === st);
    expect(idx('Listener', 'CREATE_COMPLETE')).toBeGreaterThan(idx('WebService', 'CREATE_IN_PROGRESS'));
  });

  it('fails an UPDATE change set without changes with the exact CloudFormation reason', async () => {
    const { cs } = await deploy(name, appTemplate(), { type: 'UPDATE' });
    expect(cs.Status).toBe('FAILED');
    expect(cs.StatusReason).toBe(NO_CHANGES_REASON);
    expect(cs.StatusReason).toBe("The submitted information didn't contain changes. Submit different information to create a change set.");
    expect(cs.ExecutionStatus).toBe('UNAVAILABLE');
    await cfn.send(new DeleteChangeSetCommand({ StackName: name, ChangeSetName: cs.ChangeSetName }));
  });

  it('computes Modify / Replacement / Add / Remove and parameter-driven changes', async () => {
    const { ChangeSetName, cs } = await deploy(name, appTemplate({ port: 8080, desired: 3, withWorker: false, withCache: true }), { type: 'UPDATE', params: { WebImage: 'nginx:2' } });
    expect(cs.Status).toBe('CREATE_COMPLETE');
    const byId = Object.fromEntries((await allChanges(name, ChangeSetName)).map((c) => [c.ResourceChange!.LogicalResourceId, c.ResourceChange!]));
    expect(byId.WebTargetGroup).toMatchObject({ Action: 'Modify', Replacement: 'True', PhysicalResourceId: createdPhysical.get('WebTargetGroup'), Scope: ['Properties'] });
    expect(byId.WebTargetGroup.Details).toEqual([
      { Target: { Attribute: 'Properties', Name: 'Port', RequiresRecreation: 'Always' }, Evaluation: 'Static', ChangeSource: 'DirectModification' },
    ]);
    expect(byId.WebService.Action).toBe('Modify');
    expect(byId.WebService.Replacement).toBe('False');
    expect(byId.WebService.Details).toEqual(expect.arrayContaining([
      { Target: { Attribute: 'Properties', Name: 'DesiredCount', RequiresRecreation: 'Never' }, Evaluation: 'Static', ChangeSource: 'DirectModification' },
      expect.objectContaining({ Evaluation: 'Dynamic', ChangeSource: 'ResourceReference', CausingEntity: 'WebTargetGroup' }),
    ]));
    expect(byId.WebTaskDefinition).toMatchObject({ Action: 'Modify', Replacement: 'True' });
    expect(byId.WebTaskDefinition.Details).toEqual([
      { Target: { Attribute: 'Properties', Name: 'ContainerDefinitions', RequiresRecreation: 'Always' }, Evaluation: 'Dynamic', ChangeSource: 'ParameterReference', CausingEntity: 'WebImage' },
    ]);
    expect(byId.Listener).toMatchObject({ Action: 'Modify', Replacement: 'False' });
    expect(byId.CacheLogGroup).toMatchObject({ Action: 'Add', ResourceType: 'AWS::Logs::LogGroup' });
    expect(byId.WorkerLogGroup).toMatchObject({ Action: 'Remove', PhysicalResourceId: createdPhysical.get('WorkerLogGroup') });
    expect(byId.Cluster).toBeUndefined();

    await cfn.send(new ExecuteChangeSetCommand({ StackName: name, ChangeSetName }));
    expect((await stackStatus(name)).StackStatus).toBe('UPDATE_IN_PROGRESS');
    const done = await settled(name);
    expect(done.StackStatus).toBe('UPDATE_COMPLETE');
    const resources = (await cfn.send(new DescribeStackResourcesCommand({ StackName: name }))).StackResources!;
    const phys = new Map(resources.map((r) => [r.LogicalResourceId!, r.PhysicalResourceId!]));
    expect(phys.get('WebTargetGroup')).not.toBe(createdPhysical.get('WebTargetGroup'));
    expect(phys.get('LoadBalancer')).toBe(createdPhysical.get('LoadBalancer'));
    expect(phys.has('WorkerLogGroup')).toBe(false);
    const statuses = (await allEvents(name)).map((e) => `${e.LogicalResourceId}:${e.ResourceStatus}`);
    expect(statuses).toEqual(expect.arrayContaining([`${name}:UPDATE_COMPLETE_CLEANUP_IN_PROGRESS`, 'WorkerLogGroup:DELETE_COMPLETE', 'CacheLogGroup:CREATE_COMPLETE']));
    expect(statuses.indexOf(`${name}:UPDATE_COMPLETE`)).toBe(0);
    const tpl = await cfn.send(new GetTemplateCommand({ StackName: name }));
    expect(JSON.parse(tpl.TemplateBody!).Resources.WebTargetGroup.Properties.Port).toBe(8080);
  });

  it('rolls an update back when a resource fails (UPDATE_ROLLBACK_COMPLETE), and ECS shows the stopped tasks', async () => {
    standIn.control.failResource({ failResource: 'WebService', reason: 'Resource handler returned message: "Error occurred during operation \'ECS Deployment Circuit Breaker was triggered\'."', ecs: { exitCode: 137, containerReason: 'OutOfMemoryError' } });
    const { ChangeSetName } = await deploy(name, appTemplate({ port: 8080, desired: 5, withWorker: false, withCache: true }), { type: 'UPDATE', params: { WebImage: 'nginx:2' } });
    await cfn.send(new ExecuteChangeSetCommand({ StackName: name, ChangeSetName }));
    const done = await settled(name);
    expect(done.StackStatus).toBe('UPDATE_ROLLBACK_COMPLETE');
    const events = await allEvents(name);
    const failed = events.find((e) => e.ResourceStatus === 'UPDATE_FAILED')!;
    expect(failed).toMatchObject({ LogicalResourceId: 'WebService', ResourceType: 'AWS::ECS::Service' });
    expect(failed.ResourceStatusReason).toContain('Circuit Breaker');
    expect(events.find((e) => e.ResourceStatus === 'UPDATE_ROLLBACK_IN_PROGRESS')!.ResourceStatusReason).toBe('The following resource(s) failed to update: [WebService]. ');
    const tpl = JSON.parse((await cfn.send(new GetTemplateCommand({ StackName: name }))).TemplateBody!);
    expect(tpl.Resources.WebService.Properties.DesiredCount).toBe(3);

    const ecs = new ECSClient(config);
    const stopped = await ecs.send(new ListTasksCommand({ cluster: 'demo-cluster', serviceName: 'web', desiredStatus: 'STOPPED' }));
    expect(stopped.taskArns!.length).toBe(2);
    const tasks = (await ecs.send(new DescribeTasksCommand({ cluster: 'demo-cluster', tasks: stopped.taskArns }))).tasks!;
    expect(tasks[0]).toMatchObject({ lastStatus: 'STOPPED', stopCode: 'EssentialContainerExited', stoppedReason: 'Essential container in task exited' });
    expect(tasks[0].containers!.map((c) => [c.name, c.exitCode, c.reason])).toEqual([['web', 137, 'OutOfMemoryError'], ['sidecar', 137, 'OutOfMemoryError']]);
  });

  it('DescribeStacks by name after delete says the stack does not exist; Retain resources are DELETE_SKIPPED', async () => {
    await cfn.send(new UpdateTerminationProtectionCommand({ StackName: name, EnableTerminationProtection: true }));
    expect((await stackStatus(name)).EnableTerminationProtection).toBe(true);
    await expect(cfn.send(new DeleteStackCommand({ StackName: name }))).rejects.toMatchObject({ name: 'ValidationError', message: `Stack [${name}] cannot be deleted while TerminationProtection is enabled` });
    await cfn.send(new UpdateTerminationProtectionCommand({ StackName: name, EnableTerminationProtection: false }));

    const stackId = (await stackStatus(name)).StackId!;
    const fsId = (await cfn.send(new DescribeStackResourcesCommand({ StackName: name, LogicalResourceId: 'DataFileSystem' }))).StackResources![0].PhysicalResourceId!;
    await cfn.send(new DeleteStackCommand({ StackName: name, ClientRequestToken: 'teardown-1' }));
    expect((await waitUntilStackDeleteComplete(waiter(), { StackName: stackId })).state).toBe('SUCCESS');
    await expect(cfn.send(new DescribeStacksCommand({ StackName: name }))).rejects.toMatchObject({ name: 'ValidationError', message: `Stack with id ${name} does not exist` });
    expect((await cfn.send(new DescribeStacksCommand({ StackName: stackId }))).Stacks![0].StackStatus).toBe('DELETE_COMPLETE');
    const events = (await cfn.send(new DescribeStackEventsCommand({ StackName: stackId }))).StackEvents!;
    expect(events[0]).toMatchObject({ ResourceStatus: 'DELETE_COMPLETE', ClientRequestToken: 'teardown-1' });
    const all: StackEvent[] = [];
    for await (const p of paginateDescribeStackEvents({ client: cfn }, { StackName: stackId })) all.push(...p.StackEvents!);
    expect(all.find((e) => e.LogicalResourceId === 'DataFileSystem' && e.ResourceStatus!.startsWith('DELETE'))!.ResourceStatus).toBe('DELETE_SKIPPED');
    // retained file system survives the stack, its mount target does not
    const efs = new EFSClient(config);
    expect((await efs.send(new DescribeFileSystemsCommand({ FileSystemId: fsId }))).FileSystems![0].Tags).toEqual(expect.arrayContaining([{ Key: 'Name', Value: 'data' }]));
    expect((await efs.send(new DescribeMountTargetsCommand({ FileSystemId: fsId }))).MountTargets).toEqual([]);
    const deleted = await cfn.send(new ListStacksCommand({ StackStatusFilter: ['DELETE_COMPLETE'] }));
    expect(deleted.StackSummaries!.map((s) => s.StackId)).toContain(stackId);
  });
});

describe('CloudFormation failure modes', () => {
  const tiny = (extra: Record<string, unknown> = {}) => ({ Resources: { Queue: { Type: 'AWS::Logs::LogGroup' }, WebService: { Type: 'AWS::SNS::Topic' }, ...extra } });

  it('rolls a failed create back to ROLLBACK_COMPLETE with the injected reason', async () => {
    standIn.control.failResource({ logicalId: 'WebService', stackName: 'broken', reason: 'Resource handler returned message: "circuit breaker"' });
    const { ChangeSetName } = await deploy('broken', tiny());
    await cfn.send(new ExecuteChangeSetCommand({ StackName: 'broken', ChangeSetName }));
    const done = await settled('broken');
    expect(done.StackStatus).toBe('ROLLBACK_COMPLETE');
    const events = await allEvents('broken');
    expect(events.map((e) => e.ResourceStatus)).toEqual(expect.arrayContaining(['CREATE_FAILED', 'ROLLBACK_IN_PROGRESS', 'DELETE_COMPLETE', 'ROLLBACK_COMPLETE']));
    expect(events.find((e) => e.ResourceStatus === 'CREATE_FAILED' && e.LogicalResourceId === 'WebService')!.ResourceStatusReason).toBe('Resource handler returned message: "circuit breaker"');
    expect(events.find((e) => e.ResourceStatus === 'ROLLBACK_IN_PROGRESS')!.ResourceStatusReason).toBe('The following resource(s) failed to create: [WebService]. Rollback requested by user.');
    // a ROLLBACK_COMPLETE stack cannot be updated, only deleted
    await expect(deploy('broken', tiny({ More: { Type: 'AWS::SNS::Topic' } }), { type: 'UPDATE' })).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringContaining('ROLLBACK_COMPLETE state and can not be updated') });
  });

  it('rejects a change set while another operation is in progress, then accepts it after it settles', async () => {
    standIn.control.seedStack({ stackName: 'busy', template: tiny(), status: 'UPDATE_IN_PROGRESS', completeAfterMs: 300 });
    await expect(deploy('busy', tiny({ More: { Type: 'AWS::SNS::Topic' } }), { type: 'UPDATE' })).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringContaining('UPDATE_IN_PROGRESS state and can not be updated') });
    await standIn.control.waitForStack('busy');
    expect((await stackStatus('busy')).StackStatus).toBe('UPDATE_COMPLETE');
    const { cs } = await deploy('busy', tiny({ More: { Type: 'AWS::SNS::Topic' } }), { type: 'UPDATE' });
    expect(cs.Status).toBe('CREATE_COMPLETE');
  });

  it('seeds UPDATE_ROLLBACK_FAILED and ROLLBACK_COMPLETE stacks', async () => {
    standIn.control.seedStack({ stackName: 'stuck', template: tiny(), status: 'UPDATE_ROLLBACK_FAILED', failedResource: 'WebService' });
    const stuck = await stackStatus('stuck');
    expect(stuck.StackStatus).toBe('UPDATE_ROLLBACK_FAILED');
    expect(stuck.StackStatusReason).toContain('[WebService]');
    standIn.control.seedStack({ stackName: 'dead', template: tiny(), status: 'ROLLBACK_COMPLETE' });
    expect((await stackStatus('dead')).StackStatus).toBe('ROLLBACK_COMPLETE');
    await cfn.send(new DeleteStackCommand({ StackName: 'dead' }));
    await expect(until(() => stackStatus('dead'), () => false, 2000)).rejects.toMatchObject({ name: 'ValidationError' });
  });

  it('cancels an update (CancelUpdateStack) into UPDATE_ROLLBACK_COMPLETE on a slow stack', async () => {
    standIn.control.seedStack({ stackName: 'slow', template: tiny() });
    standIn.control.setStepDelay({ stackName: 'slow', ms: 200 });
    const { ChangeSetName } = await deploy('slow', tiny({ More: { Type: 'AWS::SNS::Topic' } }), { type: 'UPDATE' });
    await cfn.send(new ExecuteChangeSetCommand({ StackName: 'slow', ChangeSetName }));
    await sleep(50);
    await cfn.send(new CancelUpdateStackCommand({ StackName: 'slow' }));
    expect((await settled('slow')).StackStatus).toBe('UPDATE_ROLLBACK_COMPLETE');
  });

  it('maps errors to named exceptions: InsufficientCapabilities, AlreadyExists, ChangeSetNotFound, unknown actions', async () => {
    const iam = { Resources: { Role: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'named' } } } };
    await expect(cfn.send(new CreateChangeSetCommand({ StackName: 'iam', ChangeSetName: 'a', ChangeSetType: 'CREATE', TemplateBody: JSON.stringify(iam), Capabilities: ['CAPABILITY_IAM'] })))
      .rejects.toMatchObject({ name: 'InsufficientCapabilitiesException', message: 'Requires capabilities : [CAPABILITY_NAMED_IAM]' });
    await cfn.send(new CreateChangeSetCommand({ StackName: 'dup', ChangeSetName: 'a', ChangeSetType: 'CREATE', TemplateBody: JSON.stringify(tiny()) }));
    await expect(cfn.send(new CreateChangeSetCommand({ StackName: 'dup', ChangeSetName: 'a', ChangeSetType: 'CREATE', TemplateBody: JSON.stringify(tiny()) })))
      .rejects.toMatchObject({ name: 'AlreadyExistsException' });
    expect((await cfn.send(new ListChangeSetsCommand({ StackName: 'dup' }))).Summaries!.map((s) => s.ChangeSetName)).toEqual(['a']);
    await expect(cfn.send(new DescribeChangeSetCommand({ StackName: 'dup', ChangeSetName: 'zzz' }))).rejects.toMatchObject({ name: 'ChangeSetNotFoundException' });
    await expect(cfn.send(new CreateChangeSetCommand({ StackName: 'bad', ChangeSetName: 'a', ChangeSetType: 'CREATE', TemplateBody: '{ nope' })))
      .rejects.toMatchObject({ name: 'ValidationError', message: expect.stringContaining('Template format error') });
    await expect(cfn.send(new DescribeStackSetCommand({ StackSetName: 'x' }))).rejects.toMatchObject({ name: 'InvalidAction', message: 'stand-in does not implement cloudformation:DescribeStackSet' });
  });

  it('reads TemplateURL from the in-memory S3 (path style and virtual-host URLs) and accepts YAML short tags', async () => {
    const s3 = new S3Client({ ...config, forcePathStyle: true });
    const yaml = [
      'Parameters:', '  Name: { Type: String, Default: hello }',
      'Resources:', '  Topic:', '    Type: AWS::SNS::Topic', '    Properties:', '      TopicName: !Sub "${Name}-${AWS::Region}"',
      'Outputs:', '  TopicName:', '    Value: !GetAtt Topic.TopicName', '  Joined:', '    Value: !Join [ "-", [ !Ref Name, !Ref "AWS::StackName" ] ]',
    ].join('\n');
    await s3.send(new PutObjectCommand({ Bucket: 'templates', Key: 'app/template.yaml', Body: yaml }));
    const got = await s3.send(new GetObjectCommand({ Bucket: 'templates', Key: 'app/template.yaml' }));
    expect(await got.Body!.transformToString()).toBe(yaml);

    await cfn.send(new CreateChangeSetCommand({ StackName: 'from-s3', ChangeSetName: 'a', ChangeSetType: 'CREATE', TemplateURL: `${standIn.url}/templates/app/template.yaml` }));
    await changeSetDone('from-s3', 'a');
    await cfn.send(new ExecuteChangeSetCommand({ StackName: 'from-s3', ChangeSetName: 'a' }));
    const stack = await settled('from-s3');
    expect(stack.StackStatus).toBe('CREATE_COMPLETE');
    expect(stack.Outputs!.find((o) => o.OutputKey === 'Joined')!.OutputValue).toBe('hello-from-s3');
    expect((await cfn.send(new GetTemplateCommand({ StackName: 'from-s3' }))).TemplateBody).toBe(yaml);

    await cfn.send(new CreateChangeSetCommand({ StackName: 'from-s3-vhost', ChangeSetName: 'a', ChangeSetType: 'CREATE', TemplateURL: 'https://templates.s3.us-east-1.amazonaws.com/app/template.yaml' }));
    await expect(cfn.send(new CreateChangeSetCommand({ StackName: 'x', ChangeSetName: 'a', ChangeSetType: 'CREATE', TemplateURL: `${standIn.url}/templates/missing.yaml` })))
      .rejects.toMatchObject({ name: 'ValidationError', message: expect.stringContaining('S3 error') });
  });
});

describe('fault injection and request log', () => {
  it('throttles with Throttling (query) / ThrottlingException (json), injects 5xx, then recovers', async () => {
    standIn.control.throttle({ action: 'ListStacks', count: 1 });
    await expect(cfn.send(new ListStacksCommand({}))).rejects.toMatchObject({ name: 'Throttling', message: 'Rate exceeded', $metadata: { httpStatusCode: 400 } });
    await cfn.send(new ListStacksCommand({}));

    const ecs = new ECSClient(config);
    standIn.control.throttle({ action: 'ListAccountSettings', count: 1 });
    await expect(ecs.send(new ListAccountSettingsCommand({}))).rejects.toMatchObject({ name: 'ThrottlingException' });

    standIn.control.fail5xx({ action: 'ListStacks', count: 1, status: 503 });
    await expect(cfn.send(new ListStacksCommand({}))).rejects.toMatchObject({ $metadata: { httpStatusCode: 503 } });
    // with SDK retries (default 3 attempts) an injected throttle is absorbed
    const retrying = new CloudFormationClient({ ...config, maxAttempts: 3, retryStrategy: undefined });
    standIn.control.throttle({ action: 'ListStacks', count: 2 });
    await expect(retrying.send(new ListStacksCommand({}))).resolves.toBeDefined();
  });

  it('logs requests per service/action, and the HTTP control client sees the same', async () => {
    const since = Date.now();
    await cfn.send(new ListStacksCommand({}));
    await cfn.send(new ListStacksCommand({}));
    expect(standIn.control.requests({ action: 'ListStacks', since })).toHaveLength(2);
    const remote = connectAwsStandIn(standIn.url);
    const logged = await remote.requests({ service: 'cloudformation', since });
    expect(logged.map((r) => r.action)).toEqual(['ListStacks', 'ListStacks']);
    await remote.throttle({ action: 'GetCallerIdentity' });
    await expect(new STSClient(config).send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: 'Throttling' });
    expect((await remote.snapshot()).stacks.length).toBeGreaterThan(0);
  });
});

describe('EC2, ELBv2, STS, ECR lookups', () => {
  const ec2 = () => new EC2Client(config);

  it('finds the default VPC, its DNS attributes, paginated subnets, and route tables (explicit + main)', async () => {
    const vpcs = (await ec2().send(new DescribeVpcsCommand({ Filters: [{ Name: 'isDefault', Values: ['true'] }] }))).Vpcs!;
    expect(vpcs).toEqual([expect.objectContaining({ VpcId: 'vpc-0defa017000000001', IsDefault: true, CidrBlock: '172.31.0.0/16' })]);
    expect((await ec2().send(new DescribeVpcAttributeCommand({ VpcId: 'vpc-0defa017000000001', Attribute: 'enableDnsHostnames' }))).EnableDnsHostnames).toEqual({ Value: true });

    const subnets = [];
    for await (const page of paginateDescribeSubnets({ client: ec2(), pageSize: 2 }, { Filters: [{ Name: 'vpc-id', Values: ['vpc-0defa017000000001'] }] })) subnets.push(...page.Subnets!);
    expect(subnets.map((s) => [s.SubnetId, s.AvailabilityZone])).toEqual([
      ['subnet-0a0b1c000000000a1', 'us-east-1a'], ['subnet-0a0b1c000000000b2', 'us-east-1b'], ['subnet-0a0b1c000000000c3', 'us-east-1c'],
    ]);

    const rt = async (subnet: string) => (await ec2().send(new DescribeRouteTablesCommand({ Filters: [{ Name: 'association.subnet-id', Values: [subnet] }] }))).RouteTables!;
    expect((await rt('subnet-0a0b1c000000000a1'))[0].Routes).toEqual(expect.arrayContaining([expect.objectContaining({ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-0defa017000000001' })]));
    expect(await rt('subnet-0a0b1c000000000b2')).toEqual([]); // implicit association → main table
    const main = (await ec2().send(new DescribeRouteTablesCommand({ Filters: [{ Name: 'vpc-id', Values: ['vpc-0defa017000000001'] }, { Name: 'association.main', Values: ['true'] }] }))).RouteTables!;
    expect(main).toHaveLength(1);
    expect(main[0].Associations![0].Main).toBe(true);
    expect((await rt('subnet-0a0b1c000000000c3'))[0].Routes!.some((r) => r.GatewayId?.startsWith('igw-'))).toBe(false);

    expect((await ec2().send(new DescribeSecurityGroupsCommand({ GroupIds: ['sg-0default0'] }))).SecurityGroups![0]).toMatchObject({ GroupName: 'default', VpcId: 'vpc-0defa017000000001' });
    await expect(ec2().send(new DescribeSecurityGroupsCommand({ GroupIds: ['sg-nope'] }))).rejects.toMatchObject({ name: 'InvalidGroup.NotFound' });
    await expect(ec2().send(new DescribeVpcsCommand({ VpcIds: ['vpc-nope'] }))).rejects.toMatchObject({ name: 'InvalidVpcID.NotFound' });
  });

  it('can replace the network (no default VPC)', async () => {
    standIn.control.setNetwork({ vpcs: [] });
    expect((await ec2().send(new DescribeVpcsCommand({ Filters: [{ Name: 'isDefault', Values: ['true'] }] }))).Vpcs).toEqual([]);
    standIn.control.setNetwork(null);
    expect((await ec2().send(new DescribeVpcsCommand({}))).Vpcs).toHaveLength(1);
  });

  it('describes load balancers by ARN and name; unknown → LoadBalancerNotFoundException', async () => {
    const elb = new ElasticLoadBalancingV2Client(config);
    const { loadBalancerArn } = standIn.control.seedLoadBalancer({ name: 'shared-nlb', type: 'network' });
    const byArn = (await elb.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [loadBalancerArn] }))).LoadBalancers!;
    expect(byArn[0]).toMatchObject({ Type: 'network', VpcId: 'vpc-0defa017000000001', LoadBalancerName: 'shared-nlb', DNSName: expect.stringMatching(/\.elb\.localhost$/) });
    expect((await elb.send(new DescribeLoadBalancersCommand({ Names: ['shared-nlb'] }))).LoadBalancers![0].LoadBalancerArn).toBe(loadBalancerArn);
    await expect(elb.send(new DescribeLoadBalancersCommand({ Names: ['nope'] }))).rejects.toMatchObject({ name: 'LoadBalancerNotFoundException' });
  });

  it('answers STS GetCallerIdentity and ECR GetAuthorizationToken', async () => {
    expect(await new STSClient(config).send(new GetCallerIdentityCommand({}))).toMatchObject({ Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/test' });
    const auth = (await new ECRClient(config).send(new GetAuthorizationTokenCommand({}))).authorizationData![0];
    expect(Buffer.from(auth.authorizationToken!, 'base64').toString()).toMatch(/^AWS:/);
    expect(auth.expiresAt).toBeInstanceOf(Date);
  });
});

describe('ECS', () => {
  const ecs = () => new ECSClient(config);

  it('reports account settings: enabled, disabled, AccessDenied', async () => {
    const get = () => ecs().send(new ListAccountSettingsCommand({ name: 'serviceLongArnFormat', effectiveSettings: true }));
    expect((await get()).settings).toEqual([expect.objectContaining({ name: 'serviceLongArnFormat', value: 'enabled' })]);
    standIn.control.setAccountSetting('disabled');
    expect((await get()).settings![0].value).toBe('disabled');
    standIn.control.setAccountSetting('AccessDenied');
    await expect(get()).rejects.toMatchObject({ name: 'AccessDeniedException' });
    standIn.control.setAccountSetting('enabled');
  });

  it('derives clusters, services and tasks from a stack, following its timeline', async () => {
    standIn.control.seedStack({ stackName: 'ecsapp', template: appTemplate() });
    const clusters = await ecs().send(new DescribeClustersCommand({ clusters: ['ecsapp-cluster', 'ghost'] }));
    expect(clusters.clusters![0]).toMatchObject({ clusterName: 'ecsapp-cluster', status: 'ACTIVE', activeServicesCount: 1, runningTasksCount: 2 });
    expect(clusters.failures).toEqual([{ arn: 'arn:aws:ecs:us-east-1:123456789012:cluster/ghost', reason: 'MISSING' }]);

    for (let i = 0; i < 11; i++) standIn.control.seedService({ clusterName: 'ecsapp-cluster', serviceName: `extra-${i}` });
    const first = await ecs().send(new ListServicesCommand({ cluster: 'ecsapp-cluster' }));
    expect(first.serviceArns).toHaveLength(10);
    const second = await ecs().send(new ListServicesCommand({ cluster: 'ecsapp-cluster', nextToken: first.nextToken }));
    expect(second.serviceArns).toHaveLength(2);

    const svc = (await ecs().send(new DescribeServicesCommand({ cluster: 'ecsapp-cluster', services: ['web', 'ghost'] })));
    expect(svc.services![0]).toMatchObject({ serviceName: 'web', desiredCount: 2, runningCount: 2, pendingCount: 0, status: 'ACTIVE', launchType: 'FARGATE' });
    expect(svc.services![0].deployments![0]).toMatchObject({ status: 'PRIMARY', rolloutState: 'COMPLETED' });
    expect(svc.services![0].events![0].message).toBe('(service web) has reached a steady state.');
    expect(svc.failures![0].reason).toBe('MISSING');

    const running = await ecs().send(new ListTasksCommand({ cluster: 'ecsapp-cluster', serviceName: 'web' }));
    expect(running.taskArns).toHaveLength(2);
    const tasks = (await ecs().send(new DescribeTasksCommand({ cluster: 'ecsapp-cluster', tasks: running.taskArns }))).tasks!;
    expect(tasks[0]).toMatchObject({ lastStatus: 'RUNNING', group: 'service:web' });
    expect(tasks[0].containers!.map((c) => c.name)).toEqual(['web', 'sidecar']);

    standIn.control.patchService({ serviceName: 'web', patch: { runningCount: 1 } });
    expect((await ecs().send(new DescribeServicesCommand({ cluster: 'ecsapp-cluster', services: ['web'] }))).services![0].runningCount).toBe(1);
    await expect(ecs().send(new ListServicesCommand({ cluster: 'nope' }))).rejects.toMatchObject({ name: 'ClusterNotFoundException' });
  });
});

describe('CloudWatch Logs', () => {
  const logs = () => new CloudWatchLogsClient(config);
  beforeAll(() => {
    const base = Date.now() - 60_000;
    for (const task of ['aaa', 'bbb']) {
      standIn.control.seedLogs({ logGroupName: '/compose/logs', logStreamName: `web/web/${task}`, events: Array.from({ length: 12 }, (_, i) => ({ timestamp: base + i * 1000, message: `${task} line ${i}${i % 4 === 0 ? ' ERROR' : ''}` })) });
    }
    standIn.control.seedLogs({ logGroupName: '/compose/logs', logStreamName: 'worker/worker/ccc', events: ['started'] });
  });

  it('paginates FilterLogEvents and honours stream prefix and filter pattern', async () => {
    const all = [];
    for await (const page of paginateFilterLogEvents({ client: logs() }, { logGroupName: '/compose/logs', logStreamNamePrefix: 'web/' })) all.push(...page.events!);
    expect(all).toHaveLength(24);
    expect(all.map((e) => e.timestamp)).toEqual([...all.map((e) => e.timestamp)].sort((a, b) => a! - b!));
    const errors = await logs().send(new FilterLogEventsCommand({ logGroupName: '/compose/logs', filterPattern: 'ERROR' }));
    expect(errors.events).toHaveLength(6);
  });

  it('pages GetLogEvents forward until the token repeats, and DescribeLogStreams', async () => {
    const messages: string[] = [];
    let token: string | undefined;
    for (;;) {
      const page = await logs().send(new GetLogEventsCommand({ logGroupName: '/compose/logs', logStreamName: 'web/web/aaa', startFromHead: true, limit: 5, nextToken: token }));
      messages.push(...page.events!.map((e) => e.message!));
      if (page.nextForwardToken === token) break;
      token = page.nextForwardToken;
    }
    expect(messages).toHaveLength(12);
    expect(messages[0]).toBe('aaa line 0 ERROR');
    const streams = [];
    for await (const page of paginateDescribeLogStreams({ client: logs(), pageSize: 2 }, { logGroupName: '/compose/logs', orderBy: 'LastEventTime', descending: true })) streams.push(...page.logStreams!);
    expect(streams).toHaveLength(3);
    await expect(logs().send(new DescribeLogStreamsCommand({ logGroupName: '/missing' }))).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });
});

describe('Secrets Manager', () => {
  const sm = () => new SecretsManagerClient(config);

  it('creates, updates, tags, lists by tag (paginated) and deletes secrets', async () => {
    const created = await sm().send(new CreateSecretCommand({ Name: 'demo/db-password', SecretString: 'one', Tags: [{ Key: 'compose-ecs:project', Value: 'demo' }] }));
    expect(created.ARN).toMatch(/^arn:aws:secretsmanager:us-east-1:123456789012:secret:demo\/db-password-[A-Za-z]{6}$/);
    await expect(sm().send(new CreateSecretCommand({ Name: 'demo/db-password', SecretString: 'x' }))).rejects.toMatchObject({ name: 'ResourceExistsException' });
    await sm().send(new PutSecretValueCommand({ SecretId: 'demo/db-password', SecretString: 'two' }));
    await sm().send(new UpdateSecretCommand({ SecretId: created.ARN, SecretString: 'three', Description: 'db' }));
    expect((await sm().send(new GetSecretValueCommand({ SecretId: 'demo/db-password' }))).SecretString).toBe('three');
    const described = await sm().send(new DescribeSecretCommand({ SecretId: 'demo/db-password' }));
    expect(described.Description).toBe('db');
    expect(Object.values(described.VersionIdsToStages!).flat().sort()).toEqual(['AWSCURRENT', 'AWSPREVIOUS']);
    expect(described.CreatedDate).toBeInstanceOf(Date);

    for (let i = 0; i < 11; i++) await sm().send(new CreateSecretCommand({ Name: `demo/s${i}`, SecretString: 'v', Tags: [{ Key: 'compose-ecs:project', Value: 'demo' }] }));
    await sm().send(new CreateSecretCommand({ Name: 'other/s', SecretString: 'v', Tags: [{ Key: 'compose-ecs:project', Value: 'other' }] }));
    await sm().send(new TagResourceCommand({ SecretId: 'other/s', Tags: [{ Key: 'team', Value: 'x' }] }));
    const listed = [];
    for await (const page of paginateListSecrets({ client: sm() }, { Filters: [{ Key: 'tag-key', Values: ['compose-ecs:project'] }, { Key: 'tag-value', Values: ['demo'] }] })) listed.push(...page.SecretList!);
    expect(listed).toHaveLength(12);

    const deleted = await sm().send(new DeleteSecretCommand({ SecretId: 'demo/s0', RecoveryWindowInDays: 7 }));
    expect(deleted.DeletionDate!.getTime()).toBeGreaterThan(Date.now() + 6 * 86400_000);
    await expect(sm().send(new GetSecretValueCommand({ SecretId: 'demo/s0' }))).rejects.toMatchObject({ name: 'InvalidRequestException' });
    await sm().send(new DeleteSecretCommand({ SecretId: 'demo/s1', ForceDeleteWithoutRecovery: true }));
    await expect(sm().send(new DescribeSecretCommand({ SecretId: 'demo/s1' }))).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    await expect(sm().send(new DeleteSecretCommand({ SecretId: 'demo/s2', ForceDeleteWithoutRecovery: true, RecoveryWindowInDays: 7 }))).rejects.toMatchObject({ name: 'InvalidParameterException' });
  });
});

describe('EFS', () => {
  it('deletes a file system only after its mount targets are gone (FileSystemInUse until then)', async () => {
    const efs = new EFSClient(config);
    const { fileSystemId } = standIn.control.seedFileSystem({ name: 'vol', tags: [{ Key: 'compose-ecs:project', Value: 'efs-demo' }], mountTargets: 2, accessPoints: 1 });
    for (let i = 0; i < 10; i++) standIn.control.seedFileSystem({});
    let count = 0;
    for await (const page of paginateDescribeFileSystems({ client: efs }, {})) count += page.FileSystems!.length;
    expect(count).toBeGreaterThanOrEqual(11);
    const fs = (await efs.send(new DescribeFileSystemsCommand({ FileSystemId: fileSystemId }))).FileSystems![0];
    expect(fs).toMatchObject({ Name: 'vol', NumberOfMountTargets: 2, LifeCycleState: 'available' });
    expect(fs.CreationTime).toBeInstanceOf(Date);

    await expect(efs.send(new DeleteFileSystemCommand({ FileSystemId: fileSystemId }))).rejects.toMatchObject({ name: 'FileSystemInUse', $metadata: { httpStatusCode: 409 } });
    const aps = (await efs.send(new DescribeAccessPointsCommand({ FileSystemId: fileSystemId }))).AccessPoints!;
    expect(aps).toHaveLength(1);
    await efs.send(new DeleteAccessPointCommand({ AccessPointId: aps[0].AccessPointId }));
    const mts = (await efs.send(new DescribeMountTargetsCommand({ FileSystemId: fileSystemId }))).MountTargets!;
    for (const mt of mts) await efs.send(new DeleteMountTargetCommand({ MountTargetId: mt.MountTargetId }));
    expect((await efs.send(new DescribeMountTargetsCommand({ FileSystemId: fileSystemId }))).MountTargets!.map((m) => m.LifeCycleState)).toEqual(['deleting', 'deleting']);
    await until(() => efs.send(new DescribeMountTargetsCommand({ FileSystemId: fileSystemId })), (r) => r.MountTargets!.length === 0);
    await efs.send(new DeleteFileSystemCommand({ FileSystemId: fileSystemId }));
    await expect(efs.send(new DescribeFileSystemsCommand({ FileSystemId: fileSystemId }))).rejects.toMatchObject({ name: 'FileSystemNotFound' });
  });
});
