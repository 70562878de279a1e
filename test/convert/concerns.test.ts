// The extension hook the volumes / secrets / GPU modules plug into (context.ts): a fake concern exercising every
// TaskContribution field, so the contract is pinned down before those modules exist.

import { describe, expect, test } from '@jest/globals';
import type { Concern } from '../../src/convert/context.js';
import { ref } from '../../src/convert/context.js';
import { normalizeResourceName } from '../../src/convert/naming.js';
import { project, service } from './factory.js';
import { container, convert, props, resource } from './helpers.js';

const fake: Concern = {
  name: 'fake volumes + secrets',
  project(ctx) {
    ctx.addResource('DataFilesystem', { Type: 'AWS::EFS::FileSystem', DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain', Properties: { Encrypted: true } });
    for (const subnet of ctx.network.subnets) {
      ctx.addResource(`DataNFSMountTargetOn${normalizeResourceName(subnet.name)}`, {
        Type: 'AWS::EFS::MountTarget',
        Properties: { FileSystemId: ref('DataFilesystem'), SubnetId: subnet.id, SecurityGroups: ctx.allSecurityGroups() },
      });
    }
  },
  service(ctx, s) {
    return {
      initContainers: [{ Name: `${s.name}_Secrets_InitContainer`, Image: 'example/secrets:1' }],
      mainContainer: { MountPoints: [{ ContainerPath: '/data', SourceVolume: 'data', ReadOnly: true }], DependsOn: [{ Condition: 'START', ContainerName: 'x' }] },
      volumes: [{ Name: 'data', EFSVolumeConfiguration: { FilesystemId: ref('DataFilesystem'), TransitEncryption: 'ENABLED' } }],
      taskRolePolicies: [{ PolicyName: 'MountData', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['elasticfilesystem:ClientMount'], Resource: ['*'] }] } }],
      executionRoleSecretResources: ['arn:aws:secretsmanager:eu-west-3:123456789012:secret:x'],
      serviceDependsOn: ctx.network.subnets.map((sn) => `DataNFSMountTargetOn${normalizeResourceName(sn.name)}`),
    };
  },
};

const ec2: Concern = {
  name: 'fake gpu',
  service() {
    return {
      mainContainer: { ResourceRequirements: [{ Type: 'GPU', Value: '1' }] },
      taskDefinitionProperties: { RequiresCompatibilities: ['EC2'], Cpu: '4000', Memory: '792' },
      serviceProperties: { LaunchType: null, PlatformVersion: null, CapacityProviderStrategy: [{ CapacityProvider: 'cp', Weight: 1 }], NetworkConfiguration: { AwsvpcConfiguration: { AssignPublicIp: 'DISABLED' } } },
    };
  },
};

describe('concern contributions', () => {
  test('project resources, init containers, main container additions, volumes, roles and service DependsOn', () => {
    const r = convert(project([service('app')]), {}, [fake]);
    expect(resource(r, 'DataNFSMountTargetOnSubnet11111111').Type).toBe('AWS::EFS::MountTarget');
    const init = container(r, 'app', 'app_Secrets_InitContainer');
    expect(init.Essential).toBe(false);
    expect(init.LogConfiguration.LogDriver).toBe('awslogs');
    const main = container(r, 'app');
    expect(main.MountPoints).toEqual([{ ContainerPath: '/data', SourceVolume: 'data', ReadOnly: true }]);
    expect(main.DependsOn).toEqual([
      { Condition: 'SUCCESS', ContainerName: 'App_ResolvConf_InitContainer' },
      { Condition: 'SUCCESS', ContainerName: 'app_Secrets_InitContainer' },
      { Condition: 'START', ContainerName: 'x' },
    ]);
    expect(props(r, 'AppTaskDefinition').Volumes).toHaveLength(1);
    expect(props(r, 'AppTaskDefinition').TaskRoleArn).toEqual({ 'Fn::GetAtt': ['AppTaskRole', 'Arn'] });
    expect(props(r, 'AppTaskRole').Policies[0].PolicyName).toBe('MountData');
    expect(props(r, 'AppTaskExecutionRole').Policies[0].PolicyDocument.Statement[0].Resource).toEqual(['arn:aws:secretsmanager:eu-west-3:123456789012:secret:x']);
    expect(resource(r, 'AppService').DependsOn).toEqual(['DataNFSMountTargetOnSubnet11111111', 'DataNFSMountTargetOnSubnet22222222']);
  });

  test('property overrides: EC2 task definition skips the Fargate table; null deletes service properties', () => {
    const G = 1024 ** 3;
    // Limits beyond Fargate are fine on EC2: the concern sizes the task itself.
    const s = service('ml', { deploy: { labels: {}, extensions: {}, resources: { limits: { cpus: 64, memory: 256 * G, devices: [], genericResources: [] } } } });
    const r = convert(project([s]), {}, [ec2]);
    expect(props(r, 'MlTaskDefinition')).toMatchObject({ RequiresCompatibilities: ['EC2'], Cpu: '4000', Memory: '792' });
    const svc = props(r, 'MlService');
    expect(svc.LaunchType).toBeUndefined();
    expect(svc.PlatformVersion).toBeUndefined();
    expect(svc.CapacityProviderStrategy).toEqual([{ CapacityProvider: 'cp', Weight: 1 }]);
    expect(svc.NetworkConfiguration.AwsvpcConfiguration).toMatchObject({ AssignPublicIp: 'DISABLED', Subnets: ['subnet-11111111', 'subnet-22222222'] });
    expect(container(r, 'ml').ResourceRequirements).toEqual([{ Type: 'GPU', Value: '1' }]);
  });
});
