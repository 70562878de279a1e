// preview, end to end: the bundled action against the AWS stand-in. The three tiers, new and unchanged stacks,
// and every lookup failure, each with the message a person acts on.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { awsEnv, runMode, startAwsStandIn, webProject, writeProject, type AwsStandIn } from '../aws/support.js';

let standIn: AwsStandIn;

beforeAll(async () => {
  standIn = await startAwsStandIn({ stepDelayMs: 5 });
});
afterAll(async () => {
  await standIn?.close();
});
beforeEach(() => {
  standIn.control.setNetwork(null);
  standIn.control.setAccountSetting('enabled');
  standIn.control.clearRequests();
});

const env = () => ({ env: awsEnv(standIn) });
const leftovers = () => {
  const snapshot = standIn.control.snapshot();
  return { reviewStacks: snapshot.stacks.filter((s) => s.status === 'REVIEW_IN_PROGRESS'), changeSets: snapshot.changeSets.filter((c) => c.status !== 'DELETE_COMPLETE' && c.executionStatus !== 'EXECUTE_COMPLETE') };
};

describe('preview tier 1: change set', () => {
  it('reports the additions of a new project and leaves no change set or REVIEW_IN_PROGRESS stack behind', async () => {
    const dir = webProject('fresh');
    const run = await runMode('preview', dir, 'preview-fresh', {}, env());
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs['has-changes']).toBe('true');
    const changes = JSON.parse(run.outputs.changes) as { logicalId: string; action: string; type: string; replacement: string | null }[];
    expect(Number(run.outputs['changes-count'])).toBe(changes.length);
    expect(changes).toContainEqual({ logicalId: 'WebService', type: 'AWS::ECS::Service', action: 'Add', replacement: null });
    expect(changes.every((c) => c.action === 'Add')).toBe(true);
    expect(run.outputs['change-set-id']).toMatch(/^arn:aws:cloudformation:us-east-1:\d+:changeSet\/compose-ecs-/);
    expect(run.outputs['stack-name']).toBe('fresh');
    expect(run.outputs['template-sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(run.template).toContain('"AWS::ECS::Service"');
    expect(run.stdout).toContain('Preview tier: change set');
    expect(run.summary).toContain('compose-ecs preview');
    expect(leftovers()).toEqual({ reviewStacks: [], changeSets: [] });
    const stack = standIn.control.snapshot().stacks.find((s) => s.stackName === 'fresh');
    expect(stack === undefined || stack.status === 'DELETE_COMPLETE').toBe(true);
    // The lookups ran on the stand-in's default VPC, not Parameters.
    expect(run.template).toContain('subnet-0a0b1c000000000a1');
    expect(run.template).not.toContain('ParameterVPCId');
  });

  it('reports no changes for a stack deployed from the same project (has-changes=false is a success)', async () => {
    const dir = webProject('steady');
    const deployed = await runMode('deploy', dir, 'preview-steady-deploy', {}, env());
    expect(deployed.code).toBe(0);
    standIn.control.clearRequests();
    const run = await runMode('preview', dir, 'preview-steady', {}, env());
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs['has-changes']).toBe('false');
    expect(run.outputs['changes-count']).toBe('0');
    expect(run.outputs.changes).toBe('[]');
    expect(leftovers()).toEqual({ reviewStacks: [], changeSets: [] });
    // The calls one preview of an unchanged stack makes (reported in the hand-over).
    const calls = standIn.control.requests().map((r) => `${r.service}.${r.action}`);
    expect(calls).toContain('cloudformation.CreateChangeSet');
    expect(calls).toContain('cloudformation.DeleteChangeSet');
    expect(calls).not.toContain('cloudformation.ExecuteChangeSet');
    process.stdout.write(`preview of an unchanged stack: ${calls.length} AWS calls: ${calls.join(', ')}\n`);
  });

  it('shows a modified task definition when the image changes, without property values in the outputs', async () => {
    const dir = webProject('moving', 'nginx:1.27-alpine', ['    environment:', '      PASSWORD: hunter2-secret-value']);
    expect((await runMode('deploy', dir, 'preview-moving-deploy', {}, env())).code).toBe(0);
    const next = webProject('moving', 'nginx:1.28-alpine', ['    environment:', '      PASSWORD: hunter2-secret-value']);
    const run = await runMode('preview', next, 'preview-moving', {}, env());
    expect(run.code).toBe(0);
    expect(run.outputs['has-changes']).toBe('true');
    const changes = JSON.parse(run.outputs.changes) as { logicalId: string; action: string }[];
    expect(changes.find((c) => c.logicalId === 'WebTaskDefinition')?.action).toBe('Modify');
    expect(JSON.stringify(run.outputs)).not.toContain('hunter2-secret-value');
  });
});

describe('preview tier 2: read-only credentials', () => {
  it('falls back to a template diff when CreateChangeSet is denied', async () => {
    const dir = webProject('readonly');
    expect((await runMode('deploy', dir, 'preview-readonly-deploy', {}, env())).code).toBe(0);
    const next = webProject('readonly', 'nginx:1.28-alpine');
    standIn.control.fail5xx({ action: 'CreateChangeSet', status: 403 as never, code: 'AccessDenied', count: 1 });
    const run = await runMode('preview', next, 'preview-readonly', {}, env());
    expect(run.code).toBe(0);
    expect(run.warnings.join('\n')).toContain('falling back to comparing templates');
    expect(run.stdout).toContain('Preview tier: template diff');
    const changes = JSON.parse(run.outputs.changes) as { logicalId: string; action: string }[];
    expect(changes).toContainEqual(expect.objectContaining({ logicalId: 'WebTaskDefinition', action: 'Modify' }));
    expect(standIn.control.requests({ action: 'GetTemplate' })).toHaveLength(1);
  });
});

describe('preview tier 3: no credentials', () => {
  it('writes the template only, makes no network call and leaves has-changes empty', async () => {
    const dir = webProject('forked');
    const run = await runMode('preview', dir, 'preview-forked', {}, { env: { AWS_ENDPOINT_URL: standIn.url, AWS_REGION: 'us-east-1' } });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs['has-changes'] ?? '').toBe('');
    expect(run.outputs['template-path']).toBeDefined();
    expect(run.template).toContain('ParameterVPCId');
    expect(run.stdout).toContain('template only');
    expect(run.summary).toContain('no AWS credentials');
    expect(standIn.control.requests()).toEqual([]);
  });
});

describe('preview lookups: each failure names the resource and what to do', () => {
  const fails = async (dir: string, label: string, inputs: Record<string, string> = {}) => {
    const run = await runMode('preview', dir, label, inputs, env());
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).not.toContain('Internal error');
    return run.errors[0];
  };

  it('no default VPC', async () => {
    standIn.control.setNetwork({ vpcs: [{ vpcId: 'vpc-0other0', cidrBlock: '10.0.0.0/16', isDefault: false, enableDnsSupport: true, enableDnsHostnames: true }] });
    expect(await fails(webProject('novpc'), 'lookup-novpc')).toMatch(/no default VPC in us-east-1.*"vpc" input/);
  });

  it('a VPC that does not exist (input and x-aws-vpc)', async () => {
    expect(await fails(webProject('badvpc'), 'lookup-badvpc', { vpc: 'vpc-0fedcba9876543210' })).toMatch(/VPC "vpc-0fedcba9876543210" \(the "vpc" input\) does not exist/);
    const dir = writeProject(['name: badvpc2', 'x-aws-vpc: vpc-0missing1', 'services:', '  web:', '    image: nginx']);
    expect(await fails(dir, 'lookup-badvpc2')).toContain('x-aws-vpc');
  });

  it('DNS hostnames disabled', async () => {
    standIn.control.setNetwork({ vpcs: [{ vpcId: 'vpc-0defa017000000001', cidrBlock: '172.31.0.0/16', isDefault: true, enableDnsSupport: true, enableDnsHostnames: false }] });
    expect(await fails(webProject('nodns'), 'lookup-nodns')).toMatch(/DNS hostnames.*modify-vpc-attribute --vpc-id vpc-0defa017000000001 --enable-dns-hostnames/);
  });

  it('DNS support disabled', async () => {
    standIn.control.setNetwork({ vpcs: [{ vpcId: 'vpc-0defa017000000001', cidrBlock: '172.31.0.0/16', isDefault: true, enableDnsSupport: false, enableDnsHostnames: true }] });
    expect(await fails(webProject('nodnssupport'), 'lookup-nodnssupport')).toMatch(/DNS resolution.*--enable-dns-support/);
  });

  it('a subnet outside the VPC', async () => {
    expect(await fails(webProject('badsubnet'), 'lookup-badsubnet', { subnets: 'subnet-0fedcba9876543210' })).toMatch(/Subnet "subnet-0fedcba9876543210".*not a subnet of VPC vpc-0defa017000000001/);
  });

  it('fewer than two public subnets for the load balancer', async () => {
    standIn.control.setNetwork({
      routeTables: [
        { routeTableId: 'rtb-0main0', vpcId: 'vpc-0defa017000000001', main: true, subnetIds: [], routes: [{ destinationCidrBlock: '0.0.0.0/0', natGatewayId: 'nat-0x' }] },
        { routeTableId: 'rtb-0public0', vpcId: 'vpc-0defa017000000001', main: false, subnetIds: ['subnet-0a0b1c000000000a1'], routes: [{ destinationCidrBlock: '0.0.0.0/0', gatewayId: 'igw-0defa017000000001' }] },
      ],
    });
    expect(await fails(webProject('onepublic'), 'lookup-onepublic')).toMatch(/at least two public subnets.*it has 1/);
  });

  it('x-aws-cluster that does not exist', async () => {
    const dir = writeProject(['name: nocluster', 'x-aws-cluster: missing-cluster', 'services:', '  web:', '    image: nginx']);
    expect(await fails(dir, 'lookup-nocluster')).toMatch(/x-aws-cluster: the ECS cluster "missing-cluster" does not exist/);
  });

  it('x-aws-loadbalancer that does not exist, and one of the wrong type', async () => {
    const missing = writeProject([
      'name: nolb',
      'x-aws-loadbalancer: arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/missing/0123456789abcdef',
      'services:',
      '  web:',
      '    image: nginx',
      '    ports: ["80:80"]',
    ]);
    expect(await fails(missing, 'lookup-nolb')).toMatch(/x-aws-loadbalancer: the load balancer .* does not exist/);
    const { loadBalancerArn } = standIn.control.seedLoadBalancer({ name: 'tcp-only', type: 'network', vpcId: 'vpc-0defa017000000001' });
    const wrong = writeProject(['name: wronglb', `x-aws-loadbalancer: ${loadBalancerArn}`, 'services:', '  web:', '    image: nginx', '    ports: ["80:80"]']);
    expect(await fails(wrong, 'lookup-wronglb')).toMatch(/network load balancer.*need a application load balancer|is of type network/);
  });

  it('an external security group that does not exist', async () => {
    const dir = writeProject(['name: nosg', 'services:', '  web:', '    image: nginx', '    networks: [front]', 'networks:', '  front:', '    external: true', '    name: sg-0missing0']);
    expect(await fails(dir, 'lookup-nosg')).toMatch(/networks.front: the security group "sg-0missing0" does not exist/);
  });

  it('an external EFS file system that does not exist', async () => {
    const dir = writeProject(['name: nofs', 'services:', '  web:', '    image: nginx', '    volumes: ["data:/data"]', 'volumes:', '  data:', '    external: true', '    name: fs-0missing0']);
    expect(await fails(dir, 'lookup-nofs')).toMatch(/volumes.data: the EFS file system "fs-0missing0" does not exist/);
  });

  it('serviceLongArnFormat disabled fails with the fix; AccessDenied only warns', async () => {
    standIn.control.setAccountSetting('disabled');
    expect(await fails(webProject('oldarn'), 'lookup-oldarn')).toContain('aws ecs put-account-setting-default --name serviceLongArnFormat --value enabled');
    standIn.control.setAccountSetting('AccessDenied');
    const run = await runMode('preview', webProject('noaccess'), 'lookup-noaccess', {}, env());
    expect(run.code).toBe(0);
    expect(run.warnings.join('\n')).toContain('serviceLongArnFormat');
  });

  it('a template over 51,200 bytes without s3-bucket fails before any stack call', async () => {
    const services = Array.from({ length: 40 }, (_, i) => [`  svc${i}:`, `    image: nginx:1.${i}`, '    environment:', `      LONG_VALUE: ${'x'.repeat(400)}`]).flat();
    const dir = writeProject(['name: huge', 'services:', ...services]);
    const error = await fails(dir, 'lookup-huge');
    expect(error).toMatch(/over CloudFormation's inline limit of 51,200 bytes: set the "s3-bucket" input/);
    expect(standIn.control.requests({ action: 'CreateChangeSet' })).toEqual([]);
  });
});
