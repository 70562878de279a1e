// GPU services → EC2 capacity provider (src/convert/gpu.ts).

import { describe, expect, test } from '@jest/globals';
import type { Deploy, DeviceRequest } from '../../src/compose/model.js';
import { renderTemplate } from '../../src/convert/index.js';
import { GPU_AMI_SSM_PARAMETER, guessInstanceType } from '../../src/convert/gpu.js';
import { UserError } from '../../src/errors.js';
import { project, service } from '../convert/factory.js';
import { resolvedOptions } from '../convert/factory.js';
import { container, convertStorage, ofType, props, resource, semanticProblems, storageError } from './support.js';

const G = 1024 ** 3;

function deploy(input: {
  reservations?: { cpus?: number; memory?: number; gpus?: number; devices?: DeviceRequest[] };
  limits?: { cpus?: number; memory?: number };
  constraints?: string[];
}): Deploy {
  const r = input.reservations ?? {};
  return {
    labels: {},
    extensions: {},
    resources: {
      ...(input.limits ? { limits: { ...input.limits, devices: [], genericResources: [] } } : {}),
      reservations: {
        ...(r.cpus !== undefined ? { cpus: r.cpus } : {}),
        ...(r.memory !== undefined ? { memory: r.memory } : {}),
        devices: r.devices ?? [],
        genericResources: r.gpus !== undefined ? [{ kind: 'gpus', value: r.gpus }] : [],
      },
    },
    ...(input.constraints ? { placement: { constraints: input.constraints, preferences: [] } } : {}),
  };
}

const gpuDevice = (count?: number): DeviceRequest => ({ capabilities: ['gpu'], driver: 'nvidia', ...(count !== undefined ? { count } : {}), deviceIds: [], options: {} });

describe('a service reserving a GPU device', () => {
  const r = convertStorage('gpu-device', project([service('learning', { deploy: deploy({ reservations: { memory: 16 * G, devices: [gpuDevice(1)] } }) })]));

  test('runs on EC2: EC2-only task definition with declared memory, GPU resource requirement', () => {
    expect(props(r, 'LearningTaskDefinition')).toMatchObject({ RequiresCompatibilities: ['EC2'], Memory: '16384', NetworkMode: 'awsvpc' });
    expect(props(r, 'LearningTaskDefinition')['Cpu']).toBeUndefined();
    expect(container(r, 'learning')['ResourceRequirements']).toEqual([{ Type: 'GPU', Value: '1' }]);
  });

  test('the service uses the capacity provider, without launch type, platform version or public IP', () => {
    const s = props(r, 'LearningService');
    expect(s['CapacityProviderStrategy']).toEqual([{ CapacityProvider: { Ref: 'CapacityProvider' }, Weight: 1 }]);
    expect(s['LaunchType']).toBeUndefined();
    expect(s['PlatformVersion']).toBeUndefined();
    expect(s['NetworkConfiguration'].AwsvpcConfiguration.AssignPublicIp).toBe('DISABLED');
    expect(resource(r, 'LearningService').DependsOn).toContain('ClusterCapacityProviderAssociations');
  });

  test('capacity: launch template (no launch configuration) with the GPU AMI parameter, ASG, provider attached to the cluster', () => {
    expect(ofType(r, 'AWS::AutoScaling::LaunchConfiguration')).toEqual([]);
    expect(r.template.Parameters?.['GpuAmiId']).toEqual(expect.objectContaining({ Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>', Default: GPU_AMI_SSM_PARAMETER }));
    const data = props(r, 'LaunchTemplate')['LaunchTemplateData'];
    expect(data).toMatchObject({ ImageId: { Ref: 'GpuAmiId' }, InstanceType: 'g4dn.2xlarge', IamInstanceProfile: { Arn: { 'Fn::GetAtt': ['EC2InstanceProfile', 'Arn'] } } });
    expect(data.MetadataOptions.HttpTokens).toBe('required');
    expect(data.UserData['Fn::Base64']['Fn::Sub'][1]).toEqual({ ClusterName: { Ref: 'Cluster' } });
    expect(props(r, 'AutoscalingGroup')['LaunchTemplate']).toEqual({ LaunchTemplateId: { Ref: 'LaunchTemplate' }, Version: { 'Fn::GetAtt': ['LaunchTemplate', 'LatestVersionNumber'] } });
    expect(props(r, 'AutoscalingGroup')['VPCZoneIdentifier']).toEqual(['subnet-11111111', 'subnet-22222222']);
    expect(resource(r, 'AutoscalingGroup').DependsOn).toBe('Cluster');
    expect(props(r, 'CapacityProvider')['AutoScalingGroupProvider']).toMatchObject({ AutoScalingGroupArn: { Ref: 'AutoscalingGroup' }, ManagedScaling: { Status: 'ENABLED', TargetCapacity: 100 } });
    expect(props(r, 'ClusterCapacityProviderAssociations')).toMatchObject({ Cluster: { Ref: 'Cluster' }, CapacityProviders: [{ Ref: 'CapacityProvider' }] });
    expect(ofType(r, 'AWS::ECS::CapacityProvider')).toEqual(['CapacityProvider']);
  });
});

describe('instance type guess (Docker TestGuessMachineType)', () => {
  test.each([
    [{ memory: 0, cpus: 0, gpus: 1 }, 'g4dn.xlarge'],
    [{ memory: 0, cpus: 0, gpus: 4 }, 'g4dn.12xlarge'],
    [{ memory: 300 * G, cpus: 0, gpus: 2 }, 'g4dn.metal'],
    [{ memory: 32 * G, cpus: 32, gpus: 2 }, 'g4dn.12xlarge'],
    [{ memory: 16 * G, cpus: 0, gpus: 1 }, 'g4dn.2xlarge'],
  ])('%j → %s', (requirements, expected) => {
    expect(guessInstanceType(requirements)?.name).toBe(expected);
  });

  test('nothing fits: Docker\'s error, with the way out', () => {
    const error = storageError(project([service('big', { deploy: deploy({ reservations: { gpus: 16 } }) })]));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/none of the Amazon EC2 G4 instance types meet the requirements.*node\.machine/);
  });

  test('the largest need of all GPU services decides; non-GPU services stay on Fargate', () => {
    const p = project([
      service('a', { deploy: deploy({ reservations: { gpus: 1 } }) }),
      service('b', { deploy: deploy({ reservations: { cpus: 32, memory: 32 * G, gpus: 2 } }) }),
      service('web'),
    ]);
    const r = convertStorage('gpu-two-services', p);
    expect(props(r, 'LaunchTemplate')['LaunchTemplateData'].InstanceType).toBe('g4dn.12xlarge');
    expect(props(r, 'WebTaskDefinition')['RequiresCompatibilities']).toEqual(['FARGATE']);
    expect(props(r, 'WebService')['LaunchType']).toBe('FARGATE');
    // Without a memory request, a GPU-proportional share of 90% of the instance: 1 of 4 GPUs of 192 GiB.
    expect(props(r, 'ATaskDefinition')['Memory']).toBe(String(Math.floor(192 * 1024 * 0.9 / 4)));
    expect(props(r, 'BTaskDefinition')).toMatchObject({ Cpu: '32000', Memory: '32768' });
  });
});

describe('task size on EC2', () => {
  test('limits pass through raw (Docker TestTaskSizeConvert: 4 cpus / 792Mb → 4000 / 792)', () => {
    const p = project([service('test', { deploy: deploy({ limits: { cpus: 4, memory: 792 * 1024 * 1024 }, reservations: { gpus: 2 } }) })]);
    const r = convertStorage('gpu-raw-size', p);
    expect(props(r, 'TestTaskDefinition')).toMatchObject({ Cpu: '4000', Memory: '792', RequiresCompatibilities: ['EC2'] });
    expect(container(r, 'test')['ResourceRequirements']).toEqual([{ Type: 'GPU', Value: '2' }]);
  });

  test('devices without count (or count: all) request one GPU; without memory the task still declares some', () => {
    const r = convertStorage('gpu-device-no-count', project([service('test', { deploy: deploy({ reservations: { devices: [gpuDevice(-1)] } }) })]));
    expect(container(r, 'test')['ResourceRequirements']).toEqual([{ Type: 'GPU', Value: '1' }]);
    expect(props(r, 'TestTaskDefinition')['Memory']).toBe(String(Math.floor(16 * 1024 * 0.9)));
  });

  test('CPU below what ECS accepts is refused', () => {
    expect(storageError(project([service('t', { deploy: deploy({ limits: { cpus: 0.1 }, reservations: { gpus: 1 } }) })])).message).toMatch(/outside what an EC2 task accepts/);
  });
});

describe('placement constraints', () => {
  test('node.ami and node.machine choose image and type: no guess, no SSM parameter (Docker TestUserDefinedAMI)', () => {
    const p = project([service('test', { deploy: deploy({ reservations: { memory: 8 * G, gpus: 1 }, constraints: ['node.ami == ami-0123456789abcdef0', 'node.machine == g5.xlarge'] }) })]);
    const r = convertStorage('gpu-user-ami', p);
    expect(props(r, 'LaunchTemplate')['LaunchTemplateData']).toMatchObject({ ImageId: 'ami-0123456789abcdef0', InstanceType: 'g5.xlarge' });
    expect(r.template.Parameters?.['GpuAmiId']).toBeUndefined();
    expect(JSON.stringify(r.template)).not.toContain('/aws/service/ecs/optimized-ami');
    expect(props(r, 'TestTaskDefinition')['Memory']).toBe('8192');
  });

  test('an unknown machine without memory is refused: an EC2 task must declare memory', () => {
    const p = project([service('t', { deploy: deploy({ reservations: { gpus: 1 }, constraints: ['node.machine == g5.xlarge'] }) })]);
    expect(storageError(p).message).toMatch(/give deploy\.resources\.limits\.memory/);
  });

  test('GPU services that disagree on node.machine are refused; constraints on Fargate services are reported', () => {
    const p = project([
      service('a', { deploy: deploy({ reservations: { gpus: 1 }, constraints: ['node.machine == g4dn.xlarge'] }) }),
      service('b', { deploy: deploy({ reservations: { gpus: 1 }, constraints: ['node.machine == g4dn.2xlarge'] }) }),
    ]);
    expect(storageError(p).message).toMatch(/must agree/);
    const r = convertStorage('gpu-constraint-fargate', project([service('web', { deploy: deploy({ constraints: ['node.machine == g4dn.xlarge', 'node.role == manager'] }) })]));
    expect(r.warnings.map((w) => w.key)).toEqual(
      expect.arrayContaining(['services.web.deploy.placement.constraints[0]', 'services.web.deploy.placement.constraints[1]']),
    );
  });
});

describe('an existing cluster (x-aws-cluster)', () => {
  const gpuService = () => service('learning', { deploy: deploy({ reservations: { gpus: 1 } }) });

  test('attaching a provider to it is refused unless asked for, with the reason', () => {
    const error = storageError(project([gpuService()], { extensions: { 'x-aws-cluster': 'shared' } }));
    expect(error.message).toMatch(/replaces that cluster's capacity providers.*x-aws-attach_capacity_provider: true/);
  });

  test('with x-aws-attach_capacity_provider: true, the provider is associated with that cluster by name', () => {
    const p = project([gpuService()], { extensions: { 'x-aws-cluster': 'arn:aws:ecs:eu-west-3:123456789012:cluster/shared', 'x-aws-attach_capacity_provider': true } });
    const r = convertStorage('gpu-existing-cluster', p);
    expect(ofType(r, 'AWS::ECS::Cluster')).toEqual([]);
    expect(props(r, 'ClusterCapacityProviderAssociations')['Cluster']).toBe('shared');
    expect(props(r, 'LaunchTemplate')['LaunchTemplateData'].UserData['Fn::Base64']['Fn::Sub'][1]).toEqual({ ClusterName: 'shared' });
    expect(resource(r, 'AutoscalingGroup').DependsOn).toBeUndefined();
    expect(r.warnings.map((w) => w.key)).toContain('x-aws-attach_capacity_provider');
    expect(r.warnings.map((w) => w.message).join('\n')).not.toMatch(/unknown extension/);
  });
});

test('GPU, volume and secret together; the same project twice gives byte-identical templates', () => {
  const build = () =>
    project(
      [
        service('learning', {
          deploy: deploy({ reservations: { memory: 8 * G, gpus: 1 } }),
          volumes: [{ type: 'volume', source: 'models', target: '/models', readOnly: true, extensions: {} }],
          secrets: [{ source: 'token', target: '/run/secrets/token', extensions: {} }],
        }),
      ],
      {
        volumes: { models: { key: 'models', name: 'demo_models', external: false, driverOpts: {}, labels: {}, extensions: {} } },
        secrets: { token: { key: 'token', name: 'demo_token', external: false, file: '/x/token', labels: {}, extensions: {} } },
      },
    );
  const first = convertStorage('gpu-with-storage', build());
  const second = convertStorage('gpu-with-storage', build());
  expect(renderTemplate(second.template, 'yaml')).toBe(renderTemplate(first.template, 'yaml'));
  expect(resource(first, 'LearningService').DependsOn).toEqual(
    expect.arrayContaining(['ClusterCapacityProviderAssociations', 'ModelsNFSMountTargetOnSubnet11111111', 'ModelsNFSMountTargetOnSubnet22222222']),
  );
  expect(props(first, 'LearningTaskDefinition')['RequiresCompatibilities']).toEqual(['EC2']);
});

test('the semantic checks catch what schemas and cfn-lint let through (Docker\'s access-point condition, EC2 tasks without memory)', () => {
  const r = convertStorage(
    'gpu-semantic-baseline',
    project([service('learning', { deploy: deploy({ reservations: { gpus: 1 } }), volumes: [{ type: 'volume', source: 'data', target: '/d', readOnly: false, extensions: {} }] })], {
      volumes: { data: { key: 'data', name: 'demo_data', external: false, driverOpts: {}, labels: {}, extensions: {} } },
    }),
  );
  const broken = structuredClone(r.template);
  const statement = (broken.Resources['LearningTaskRole']!.Properties!['Policies'] as any[])[0].PolicyDocument.Statement[0];
  statement.Condition.StringEquals['elasticfilesystem:AccessPointArn'] = { Ref: 'DataAccessPoint' };
  delete broken.Resources['LearningTaskDefinition']!.Properties!['Memory'];
  (broken.Resources['LearningService']!.Properties as Record<string, unknown>)['LaunchType'] = 'EC2';
  const problems = semanticProblems(broken, resolvedOptions);
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/LearningTaskDefinition: EC2 task without memory, container learning has none/),
      'LearningService: launch type next to a capacity-provider strategy',
      'LearningTaskRole.LearningDataVolumeMountPolicy: access-point condition {"Ref":"DataAccessPoint"} can never match',
    ]),
  );
});
