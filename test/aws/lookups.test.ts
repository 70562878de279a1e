// Lookup branches with aws-sdk-client-mock: subnet classification (explicit and main route tables), one subnet
// per zone for the load balancer, pagination, retained file systems (and never one a live stack owns).

import { afterEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { DescribeRouteTablesCommand, DescribeSubnetsCommand, DescribeVpcAttributeCommand, DescribeVpcsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { DescribeFileSystemsCommand, EFSClient, type FileSystemDescription } from '@aws-sdk/client-efs';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { ECSClient, DescribeClustersCommand, ListAccountSettingsCommand } from '@aws-sdk/client-ecs';
import { AwsClients } from '../../src/aws/clients.js';
import { chooseSubnets, describeVpcSubnets, lookUpFileSystems, lookUpRuntimeFacts, onePerZone, requiredLoadBalancerType, type SubnetFacts } from '../../src/aws/lookups.js';
import { checkAccountRequirements } from '../../src/aws/requirements.js';
import { UserError } from '../../src/errors.js';
import type { Project } from '../../src/compose/model.js';
import { project as projectOf } from '../convert/factory.js';

const ec2 = mockClient(EC2Client);
const efs = mockClient(EFSClient);
const cfn = mockClient(CloudFormationClient);
const ecs = mockClient(ECSClient);
afterEach(() => {
  ec2.reset();
  efs.reset();
  cfn.reset();
  ecs.reset();
});

const clients = () => new AwsClients('us-east-1', { AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'y' });
const options = (over: Partial<Parameters<typeof lookUpRuntimeFacts>[2]> = {}) => ({ vpc: '', subnets: [], stackName: 'shop', warn: () => {}, info: () => {}, ...over });

/** The converter tests' project factory, named like the stacks below. */
const project = (over: Partial<Project> = {}): Project => projectOf([], { name: 'shop', ...over });

const port = (target: number, protocol?: string) => ({ target, published: String(target), protocol: 'tcp', mode: 'ingress', extensions: protocol ? { 'x-aws-protocol': protocol } : {} });
const service = (name: string, ports: ReturnType<typeof port>[]) => ({ name, ports }) as unknown as Project['services'][string];

describe('subnets', () => {
  it('classifies by explicit association, else the main route table, across pages', async () => {
    ec2
      .on(DescribeSubnetsCommand)
      .resolvesOnce({ Subnets: [{ SubnetId: 'subnet-a', AvailabilityZone: 'z1' }], NextToken: 't' })
      .resolvesOnce({ Subnets: [{ SubnetId: 'subnet-b', AvailabilityZone: 'z2' }, { SubnetId: 'subnet-c', AvailabilityZone: 'z3' }] });
    ec2
      .on(DescribeRouteTablesCommand)
      .resolvesOnce({ RouteTables: [{ Associations: [{ Main: true }], Routes: [{ GatewayId: 'igw-1' }] }], NextToken: 'r' })
      .resolvesOnce({ RouteTables: [{ Associations: [{ SubnetId: 'subnet-c' }], Routes: [{ NatGatewayId: 'nat-1' }, { GatewayId: 'igw-1', State: 'blackhole' }] }] });
    const subnets = await describeVpcSubnets(clients(), 'vpc-1', []);
    expect(subnets).toEqual([
      { id: 'subnet-a', availabilityZone: 'z1', public: true },
      { id: 'subnet-b', availabilityZone: 'z2', public: true },
      { id: 'subnet-c', availabilityZone: 'z3', public: false },
    ]);
    expect(ec2.commandCalls(DescribeSubnetsCommand)).toHaveLength(2);
  });

  it('puts the load balancer in one public subnet per zone and the tasks in the given subnets', () => {
    const subnets: SubnetFacts[] = [
      { id: 'subnet-b2', availabilityZone: 'z2', public: true },
      { id: 'subnet-a1', availabilityZone: 'z1', public: true },
      { id: 'subnet-a2', availabilityZone: 'z1', public: true },
      { id: 'subnet-p', availabilityZone: 'z3', public: false },
    ];
    expect(onePerZone(subnets).map((s) => s.id)).toEqual(['subnet-a1', 'subnet-b2', 'subnet-p']);
    const network = chooseSubnets('vpc-1', subnets, options({ subnets: ['subnet-p'] }), true);
    expect(network.subnets?.map((s) => s.id)).toEqual(['subnet-p']);
    expect(network.loadBalancerSubnets?.map((s) => s.id)).toEqual(['subnet-a1', 'subnet-b2']);
  });

  it('fails with fewer than two public zones when a load balancer is needed; warns with no public subnet', () => {
    const onlyPrivate: SubnetFacts[] = [
      { id: 'subnet-1', availabilityZone: 'z1', public: false },
      { id: 'subnet-2', availabilityZone: 'z2', public: false },
    ];
    expect(() => chooseSubnets('vpc-1', onlyPrivate, options(), true)).toThrow(/at least two public subnets/);
    const warnings: string[] = [];
    const network = chooseSubnets('vpc-1', onlyPrivate, options({ warn: (m) => warnings.push(m) }), false);
    expect(network.subnets).toHaveLength(2);
    expect(warnings[0]).toContain('NAT gateway');
  });
});

describe('requiredLoadBalancerType', () => {
  it('is application only when every port is HTTP', () => {
    expect(requiredLoadBalancerType(project({ services: { web: service('web', [port(80), port(8080, 'http')]) } }))).toBe('application');
    expect(requiredLoadBalancerType(project({ services: { web: service('web', [port(80), port(5432)]) } }))).toBe('network');
    expect(requiredLoadBalancerType(project({ services: { web: service('web', []) } }))).toBeUndefined();
  });
});

describe('the whole lookup', () => {
  it('uses the default VPC, checks DNS, and completes the network facts', async () => {
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [{ VpcId: 'vpc-def' }] });
    ec2.on(DescribeVpcAttributeCommand, { Attribute: 'enableDnsSupport' }).resolves({ EnableDnsSupport: { Value: true } });
    ec2.on(DescribeVpcAttributeCommand, { Attribute: 'enableDnsHostnames' }).resolves({ EnableDnsHostnames: { Value: true } });
    ec2.on(DescribeSubnetsCommand).resolves({ Subnets: [{ SubnetId: 'subnet-a', AvailabilityZone: 'z1' }, { SubnetId: 'subnet-b', AvailabilityZone: 'z2' }] });
    ec2.on(DescribeRouteTablesCommand).resolves({ RouteTables: [{ Associations: [{ Main: true }], Routes: [{ GatewayId: 'igw-1' }] }] });
    const facts = await lookUpRuntimeFacts(clients(), project({ services: { web: service('web', [port(80)]) } }), options());
    expect(facts.network).toEqual({
      vpcId: 'vpc-def',
      region: 'us-east-1',
      subnets: [
        { id: 'subnet-a', availabilityZone: 'z1', public: true },
        { id: 'subnet-b', availabilityZone: 'z2', public: true },
      ],
      loadBalancerSubnets: [
        { id: 'subnet-a', availabilityZone: 'z1', public: true },
        { id: 'subnet-b', availabilityZone: 'z2', public: true },
      ],
    });
    expect(ec2.commandCalls(DescribeVpcsCommand)[0].args[0].input).toEqual({ Filters: [{ Name: 'isDefault', Values: ['true'] }] });
    expect(facts.existingFileSystems).toEqual({});
  });

  it('an inactive x-aws-cluster fails naming it', async () => {
    ecs.on(DescribeClustersCommand).resolves({ clusters: [{ clusterName: 'c', status: 'PROVISIONING' }] });
    await expect(lookUpRuntimeFacts(clients(), project({ extensions: { 'x-aws-cluster': 'c' } }), options())).rejects.toThrow(/"c" is PROVISIONING/);
  });
});

describe('retained file systems', () => {
  const volumes = { data: { key: 'data', name: 'shop_data', external: false, driverOpts: {}, labels: {}, extensions: {} } };
  const fs = (id: string, tags: Record<string, string>, created: number): FileSystemDescription => ({
    OwnerId: '123456789012',
    CreationToken: id,
    NumberOfMountTargets: 0,
    SizeInBytes: { Value: 0 },
    PerformanceMode: 'generalPurpose',
    FileSystemId: id,
    LifeCycleState: 'available' as const,
    CreationTime: new Date(created),
    Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
  });

  it('reuses the newest file system of a deleted earlier stack of the same name, across pages', async () => {
    efs
      .on(DescribeFileSystemsCommand)
      .resolvesOnce({ FileSystems: [fs('fs-old', { 'com.docker.compose.project': 'shop', 'com.docker.compose.volume': 'data', 'aws:cloudformation:stack-name': 'shop' }, 1)], NextMarker: 'm' })
      .resolvesOnce({
        FileSystems: [
          fs('fs-new', { 'com.docker.compose.project': 'shop', 'com.docker.compose.volume': 'data', 'aws:cloudformation:stack-name': 'shop' }, 2),
          fs('fs-other-stack', { 'com.docker.compose.project': 'shop', 'com.docker.compose.volume': 'data', 'aws:cloudformation:stack-name': 'shop-pr-2' }, 3),
        ],
      });
    cfn.on(DescribeStacksCommand).rejects(Object.assign(new Error('Stack with id shop does not exist'), { name: 'ValidationError' }));
    expect(await lookUpFileSystems(clients(), project({ volumes: volumes as unknown as Project['volumes'] }), options())).toEqual({ data: 'fs-new' });
  });

  it('never takes a file system a live stack owns', async () => {
    efs.on(DescribeFileSystemsCommand).resolves({ FileSystems: [fs('fs-live', { 'com.docker.compose.project': 'shop', 'com.docker.compose.volume': 'data', 'aws:cloudformation:stack-name': 'shop' }, 1)] });
    cfn.on(DescribeStacksCommand).resolves({ Stacks: [{ StackName: 'shop', StackStatus: 'UPDATE_COMPLETE', CreationTime: new Date() }] });
    expect(await lookUpFileSystems(clients(), project({ volumes: volumes as unknown as Project['volumes'] }), options())).toEqual({});
  });
});

describe('account requirements', () => {
  it('fails with the fix when serviceLongArnFormat is disabled, warns on AccessDenied', async () => {
    ecs.on(ListAccountSettingsCommand).resolvesOnce({ settings: [{ name: 'serviceLongArnFormat', value: 'disabled' }] });
    await expect(checkAccountRequirements(clients(), () => {})).rejects.toThrow(UserError);
    ecs.on(ListAccountSettingsCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    const warnings: string[] = [];
    await checkAccountRequirements(clients(), (m) => warnings.push(m));
    expect(warnings[0]).toContain('ecs:ListAccountSettings');
  });
});
