// Policy derivation: which actions each mode gets, how they are scoped, and that the text is deterministic.

import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Resource, Template } from '../../src/convert/index.js';
import { AWS_MODES } from '../../src/interface.js';
import { derivePolicy, generatedRoleNamePattern, policyAllows, type PolicyDocument, type PolicyStatement } from '../../src/permissions/policy.js';
import { RESOURCE_ACTIONS } from '../../src/permissions/resource-actions.js';
import { RUNTIME_CALLS } from '../../src/permissions/runtime-calls.js';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');

const role = (service: string): Resource => ({
  Type: 'AWS::IAM::Role',
  Properties: { AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sts:AssumeRole'], Principal: { Service: service } }] } },
});

function template(resources: Record<string, Resource>, parameters?: Template['Parameters']): Template {
  return { AWSTemplateFormatVersion: '2010-09-09', Resources: resources, ...(parameters ? { Parameters: parameters } : {}) };
}

/** The shape of Docker's conversion of a one-service project with a published port and autoscaling. */
const WEB_TEMPLATE = template({
  Cluster: { Type: 'AWS::ECS::Cluster' },
  DefaultNetwork: { Type: 'AWS::EC2::SecurityGroup' },
  DefaultNetworkIngress: { Type: 'AWS::EC2::SecurityGroupIngress' },
  LoadBalancer: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer' },
  WebTCP80TargetGroup: { Type: 'AWS::ElasticLoadBalancingV2::TargetGroup' },
  WebTCP80Listener: { Type: 'AWS::ElasticLoadBalancingV2::Listener' },
  LogGroup: { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: '/docker-compose/demo' } },
  CloudMap: { Type: 'AWS::ServiceDiscovery::PrivateDnsNamespace' },
  WebServiceDiscoveryEntry: { Type: 'AWS::ServiceDiscovery::Service' },
  WebTaskExecutionRole: role('ecs-tasks.amazonaws.com'),
  WebTaskDefinition: { Type: 'AWS::ECS::TaskDefinition' },
  WebService: { Type: 'AWS::ECS::Service' },
  WebAutoScalingRole: role('application-autoscaling.amazonaws.com'),
  WebScalableTarget: { Type: 'AWS::ApplicationAutoScaling::ScalableTarget' },
  WebScalingPolicy: { Type: 'AWS::ApplicationAutoScaling::ScalingPolicy' },
});

const statement = (policy: PolicyDocument, sid: string): PolicyStatement | undefined => policy.Statement.find((s) => s.Sid === sid);
const allActions = (policy: PolicyDocument) => policy.Statement.flatMap((s) => s.Action);

describe('derivePolicy', () => {
  it('is deterministic: statements sorted by Sid, actions and resources sorted and unique', () => {
    const first = derivePolicy({ template: WEB_TEMPLATE, stackName: 'demo', modes: AWS_MODES }).policy;
    const reordered = template(Object.fromEntries(Object.entries(WEB_TEMPLATE.Resources).reverse()));
    const second = derivePolicy({ template: reordered, stackName: 'demo', modes: [...AWS_MODES].reverse() }).policy;
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    const sids = first.Statement.map((s) => s.Sid);
    expect(sids).toEqual([...sids].sort());
    expect(new Set(sids).size).toBe(sids.length);
    for (const s of first.Statement) {
      expect(s.Sid).toMatch(/^[A-Za-z0-9]+$/);
      expect(s.Action).toEqual([...new Set(s.Action)].sort());
      if (Array.isArray(s.Resource)) expect(s.Resource).toEqual([...new Set(s.Resource)].sort());
    }
  });

  it('preview only creates change sets: no resource actions, stack writes scoped to the stack', () => {
    const { policy } = derivePolicy({ template: WEB_TEMPLATE, stackName: 'demo', modes: ['preview'] });
    expect(policyAllows(policy, 'cloudformation:CreateChangeSet')).toBe(true);
    expect(policyAllows(policy, 'ecs:CreateCluster')).toBe(false);
    expect(policyAllows(policy, 'iam:PassRole')).toBe(false);
    expect(statement(policy, 'StackChanges')?.Resource).toBe('arn:aws:cloudformation:*:*:stack/demo/*');
    expect(policyAllows(policy, 's3:PutObject')).toBe(false);
  });

  it('deploy gets what CloudFormation does for each resource type, IAM scoped to the stack roles', () => {
    const { policy } = derivePolicy({ template: WEB_TEMPLATE, stackName: 'demo', modes: ['deploy'] });
    for (const action of ['ecs:CreateCluster', 'ecs:DeleteCluster', 'ecs:DescribeClusters', 'ecs:RegisterTaskDefinition', 'ec2:CreateSecurityGroup', 'ec2:AuthorizeSecurityGroupIngress', 'elasticloadbalancing:CreateLoadBalancer', 'servicediscovery:CreatePrivateDnsNamespace', 'logs:CreateLogGroup', 'logs:PutRetentionPolicy', 'logs:DeleteLogGroup', 'iam:CreateRole', 'iam:PutRolePolicy', 'iam:AttachRolePolicy', 'iam:DeleteRole', 'iam:GetRole', 'application-autoscaling:RegisterScalableTarget', 'cloudformation:ExecuteChangeSet']) {
      expect([action, policyAllows(policy, action)]).toEqual([action, true]);
    }
    // Only what the template has.
    expect(policyAllows(policy, 'elasticfilesystem:CreateFileSystem')).toBe(false);
    expect(policyAllows(policy, 'autoscaling:CreateAutoScalingGroup')).toBe(false);
    expect(policyAllows(policy, 'ssm:GetParameters')).toBe(false);
    expect(statement(policy, 'StackIamRoles')?.Resource).toBe('arn:aws:iam::*:role/demo-*');
    expect(statement(policy, 'StackPassRoles')).toEqual({
      Sid: 'StackPassRoles',
      Effect: 'Allow',
      Action: ['iam:PassRole'],
      Resource: 'arn:aws:iam::*:role/demo-*',
      Condition: { StringEquals: { 'iam:PassedToService': ['application-autoscaling.amazonaws.com', 'ecs-tasks.amazonaws.com'] } },
    });
    expect(statement(policy, 'StackServiceLinkedRoles')?.Condition).toEqual({
      StringEquals: { 'iam:AWSServiceName': ['ecs.amazonaws.com', 'ecs.application-autoscaling.amazonaws.com', 'elasticloadbalancing.amazonaws.com'] },
    });
    // The log group's name is literal: log reads are scoped to it.
    expect(statement(policy, 'LogsRead')?.Resource).toEqual(['arn:aws:logs:*:*:log-group:/docker-compose/demo', 'arn:aws:logs:*:*:log-group:/docker-compose/demo:*']);
    // The stack's own secrets only.
    expect(statement(policy, 'StackSecrets')?.Resource).toBe('arn:aws:secretsmanager:*:*:secret:compose-ecs/demo/*');
    expect(policyAllows(policy, 'iam:*')).toBe(false);
  });

  it('teardown gets the delete side only', () => {
    const { policy } = derivePolicy({ template: WEB_TEMPLATE, stackName: 'demo', modes: ['teardown'] });
    expect(policyAllows(policy, 'ecs:DeleteCluster')).toBe(true);
    expect(policyAllows(policy, 'iam:DeleteRole')).toBe(true);
    expect(policyAllows(policy, 'ecs:CreateCluster')).toBe(false);
    expect(policyAllows(policy, 'iam:CreateRole')).toBe(false);
    expect(policyAllows(policy, 'iam:PassRole')).toBe(false);
  });

  it('status, logs, secret and volume make no stack changes', () => {
    for (const mode of ['status', 'logs', 'secret', 'volume'] as const) {
      const { policy } = derivePolicy({ template: WEB_TEMPLATE, stackName: 'demo', modes: [mode] });
      expect([mode, allActions(policy).filter((a) => /^cloudformation:(Create|Execute|Delete|Update)/.test(a))]).toEqual([mode, []]);
      expect([mode, policyAllows(policy, 'ecs:CreateCluster')]).toEqual([mode, false]);
    }
  });

  it('EFS, GPU capacity and SSM parameters appear only when the template has them', () => {
    const efs = template({
      DbdataFilesystem: { Type: 'AWS::EFS::FileSystem' },
      DbdataAccessPoint: { Type: 'AWS::EFS::AccessPoint' },
      DbdataNFSMountTargetOnSubnet1: { Type: 'AWS::EFS::MountTarget' },
    });
    const withEfs = derivePolicy({ template: efs, stackName: 'demo', modes: ['deploy'] }).policy;
    expect(policyAllows(withEfs, 'elasticfilesystem:CreateFileSystem')).toBe(true);
    expect(policyAllows(withEfs, 'elasticfilesystem:CreateMountTarget')).toBe(true);

    const gpu = template(
      {
        AutoscalingGroup: { Type: 'AWS::AutoScaling::AutoScalingGroup' },
        LaunchTemplate: { Type: 'AWS::EC2::LaunchTemplate' },
        CapacityProvider: { Type: 'AWS::ECS::CapacityProvider' },
        EC2InstanceProfile: { Type: 'AWS::IAM::InstanceProfile' },
        EC2InstanceRole: role('ec2.amazonaws.com'),
      },
      { GpuAmi: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/aws/service/ecs/optimized-ami/amazon-linux-2/gpu/recommended/image_id' } },
    );
    const withGpu = derivePolicy({ template: gpu, stackName: 'demo', modes: ['preview', 'deploy'] }).policy;
    expect(policyAllows(withGpu, 'autoscaling:CreateAutoScalingGroup')).toBe(true);
    expect(policyAllows(withGpu, 'ec2:CreateLaunchTemplate')).toBe(true);
    expect(policyAllows(withGpu, 'ssm:GetParameters')).toBe(true);
    expect(statement(withGpu, 'StackIamRoles')?.Resource).toEqual(['arn:aws:iam::*:instance-profile/demo-*', 'arn:aws:iam::*:role/demo-*']);
    expect(statement(withGpu, 'StackPassRoles')?.Condition).toEqual({ StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } });
    // Preview alone still resolves the SSM parameter when it creates the change set.
    expect(policyAllows(derivePolicy({ template: gpu, stackName: 'demo', modes: ['preview'] }).policy, 'ssm:GetParameters')).toBe(true);
  });

  it('s3 only with s3-bucket, scoped to the prefix', () => {
    const { policy } = derivePolicy({ template: WEB_TEMPLATE, stackName: 'demo', modes: ['deploy'], s3Bucket: 'my-templates', s3Prefix: 'compose-ecs-action/' });
    expect(statement(policy, 'TemplateUpload')).toEqual({
      Sid: 'TemplateUpload',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: 'arn:aws:s3:::my-templates/compose-ecs-action/*',
    });
    expect(statement(derivePolicy({ template: WEB_TEMPLATE, stackName: 'demo', modes: ['status'], s3Bucket: 'my-templates' }).policy, 'TemplateUpload')).toBeUndefined();
  });

  it('with cfn-role-arn the caller only passes the role; the role gets the resource actions', () => {
    const cfnRole = 'arn:aws:iam::123456789012:role/cfn-deployer';
    const derived = derivePolicy({ template: WEB_TEMPLATE, stackName: 'demo', modes: ['deploy'], cloudFormationRoleArn: cfnRole });
    expect(policyAllows(derived.policy, 'ecs:CreateCluster')).toBe(false);
    expect(statement(derived.policy, 'StackPassRoles')).toBeUndefined();
    expect(statement(derived.policy, 'PassCloudFormationRole')).toEqual({
      Sid: 'PassCloudFormationRole',
      Effect: 'Allow',
      Action: ['iam:PassRole'],
      Resource: cfnRole,
      Condition: { StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } },
    });
    expect(policyAllows(derived.policy, 'cloudformation:ExecuteChangeSet')).toBe(true);
    expect(derived.cloudFormationRolePolicy && policyAllows(derived.cloudFormationRolePolicy, 'ecs:CreateCluster')).toBe(true);
    expect(derived.cloudFormationRolePolicy && statement(derived.cloudFormationRolePolicy, 'StackPassRoles')).toBeDefined();
  });

  it('a stack-pattern widens stack changes to the swept stacks', () => {
    const { policy } = derivePolicy({ template: WEB_TEMPLATE, stackName: 'demo', modes: ['teardown'], stackPattern: 'shop-pr-*' });
    expect(statement(policy, 'StackChanges')?.Resource).toEqual(['arn:aws:cloudformation:*:*:stack/demo/*', 'arn:aws:cloudformation:*:*:stack/shop-pr-*/*']);
    expect(statement(policy, 'CloudFormationList')?.Action).toEqual(['cloudformation:ListStacks']);
  });

  it('reports resource types it has no actions for', () => {
    const derived = derivePolicy({ template: template({ Topic: { Type: 'AWS::SNS::Topic' }, Cluster: { Type: 'AWS::ECS::Cluster' } }), stackName: 'demo', modes: ['deploy'] });
    expect(derived.unknownResourceTypes).toEqual(['AWS::SNS::Topic']);
    expect(derived.resourceTypes).toEqual(['AWS::ECS::Cluster', 'AWS::SNS::Topic']);
  });

  it('long stack names match by prefix, as CloudFormation shortens them in role names', () => {
    expect(generatedRoleNamePattern('demo')).toBe('demo-*');
    expect(generatedRoleNamePattern('a-very-long-stack-name-for-pull-request-1234')).toBe('a-very-long-stack-na*');
  });
});

describe('tables', () => {
  function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
    });
  }

  it('knows the IAM actions of every resource type the converter emits', () => {
    const emitted = new Set<string>();
    for (const file of sourceFiles(join(root, 'src', 'convert'))) {
      // `Type: 'AWS::ECS::Service'` in a resource literal; Parameter types (`AWS::EC2::VPC::Id`) have four parts.
      for (const match of readFileSync(file, 'utf8').matchAll(/Type:\s*'(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)'/g)) emitted.add(match[1]!);
    }
    expect(emitted.size).toBeGreaterThan(5);
    expect([...emitted].filter((type) => RESOURCE_ACTIONS[type] === undefined)).toEqual([]);
  });

  it('names every action service:Action, each create/update/delete list unique', () => {
    const all = [...Object.values(RESOURCE_ACTIONS).flatMap((a) => [...a.create, ...a.update, ...a.delete]), ...Object.values(RUNTIME_CALLS).flat()];
    for (const action of all) expect(action).toMatch(/^[a-z0-9-]+:[A-Z][A-Za-z0-9]+$/);
  });
});
