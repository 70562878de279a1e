// Services that reserve GPUs (`deploy.resources.reservations.devices` with `capabilities: [gpu]`, or
// `generic_resources` of kind `gpus`) cannot run on Fargate: they run on EC2 instances of an auto-scaling group behind
// an ECS capacity provider. Docker's logical IDs are kept (`CapacityProvider`, `AutoscalingGroup`,
// `EC2InstanceProfile`, `EC2InstanceRole`); its defects are not:
//   - a launch TEMPLATE (`LaunchTemplate`, IMDSv2 only) instead of a launch configuration, which AWS retired;
//   - the GPU AMI comes from the public SSM parameter through a template Parameter (`GpuAmiId`, type
//     `AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>`: an SSM string parameter that CloudFormation also checks is an
//     AMI), resolved at deploy time, so `convert` needs no AWS call; `node.ami == ami-…` in placement constraints
//     replaces it (no Parameter then);
//   - the provider is attached with AWS::ECS::ClusterCapacityProviderAssociations, not `Cluster.CapacityProviders`:
//     the instances' user data names the cluster (`Ref Cluster`), and the auto-scaling group depends on the cluster,
//     so a stack deletion terminates the instances before it deletes the cluster (Docker's `down` had to delete the
//     auto-scaling group and provider through the API first);
//   - with x-aws-cluster (someone else's cluster), attaching a provider replaces that cluster's providers and default
//     strategy, which can strand other services there: refused unless the project says
//     `x-aws-attach_capacity_provider: true` (Docker crashed on a nil cluster here).
// The ECS service gets a capacity-provider strategy instead of a launch type, no public IP (EC2 tasks cannot have one)
// and no platform version; the task definition is EC2-only.
//
// INSTANCE TYPE: `node.machine == <type>`, else the first g4dn size with more memory than, and at least as many vCPUs
// and GPUs as, the largest request of the GPU services (limits or reservations, whichever is larger). One type for all
// GPU services: they share one auto-scaling group.
//
// TASK SIZE (EC2): CPU passes through as Docker did (`cpus: 4` → `Cpu: 4000`) or is left out (no task-level CPU
// limit). Memory must be declared — an EC2 task without task memory needs memory on every container, init containers
// included — so without a limit or reservation the task gets the GPU-proportional share of 90% of the instance's memory
// (the rest is left to the OS, the ECS agent and the GPU driver): a 1-GPU task on g4dn.12xlarge (4 GPUs, 192 GiB) gets
// 44236 MiB, so four such tasks pack onto one instance.

import type { Service } from '../compose/model.js';
import type { CfnValue, Concern, ConversionContext, TaskContribution } from './context.js';
import { getAtt, ref } from './context.js';
import { ExtensionReader } from './extensions.js';
import { CLUSTER } from './cluster.js';
import { assumeRolePolicy } from './iam.js';
import { requestedResources } from './sizing.js';

export const CAPACITY_PROVIDER = 'CapacityProvider';
export const AUTOSCALING_GROUP = 'AutoscalingGroup';
export const LAUNCH_TEMPLATE = 'LaunchTemplate';
export const INSTANCE_PROFILE = 'EC2InstanceProfile';
export const INSTANCE_ROLE = 'EC2InstanceRole';
export const CAPACITY_PROVIDER_ASSOCIATIONS = 'ClusterCapacityProviderAssociations';
export const GPU_AMI_PARAMETER = 'GpuAmiId';
export const GPU_AMI_SSM_PARAMETER = '/aws/service/ecs/optimized-ami/amazon-linux-2/gpu/recommended/image_id';
export const ATTACH_EXTENSION = 'x-aws-attach_capacity_provider';

const MIB = 1024 * 1024;
/** Share of an instance's memory a task may take by default (see the header). */
const DEFAULT_MEMORY_SHARE = 0.9;
/** ECS task-level CPU bounds on EC2, in CPU units. */
const MIN_EC2_TASK_CPU = 128;
const MAX_EC2_TASK_CPU = 196608;

export interface InstanceType {
  name: string;
  vcpus: number;
  memoryGiB: number;
  gpus: number;
}

/** The g4dn family in Docker's order (its guess walks it from the top). */
export const G4DN_INSTANCE_TYPES: readonly InstanceType[] = [
  { name: 'g4dn.xlarge', vcpus: 4, memoryGiB: 16, gpus: 1 },
  { name: 'g4dn.2xlarge', vcpus: 8, memoryGiB: 32, gpus: 1 },
  { name: 'g4dn.4xlarge', vcpus: 16, memoryGiB: 64, gpus: 1 },
  { name: 'g4dn.8xlarge', vcpus: 32, memoryGiB: 128, gpus: 1 },
  { name: 'g4dn.12xlarge', vcpus: 48, memoryGiB: 192, gpus: 4 },
  { name: 'g4dn.16xlarge', vcpus: 64, memoryGiB: 256, gpus: 1 },
  { name: 'g4dn.metal', vcpus: 96, memoryGiB: 384, gpus: 8 },
];

export interface GpuRequirements {
  /** Bytes. */
  memory: number;
  cpus: number;
  gpus: number;
}

/** First g4dn type with strictly more memory and at least the vCPUs and GPUs asked for (Docker's rule). */
export function guessInstanceType(requirements: GpuRequirements): InstanceType | undefined {
  return G4DN_INSTANCE_TYPES.find((t) => t.memoryGiB * 1024 * MIB > requirements.memory && t.vcpus >= requirements.cpus && t.gpus >= requirements.gpus);
}

/** GPUs a service reserves (0: not a GPU service). A device request without a count (or `all`) counts as one, as Docker. */
export function gpuCount(service: Service): number {
  const reservations = service.deploy?.resources.reservations;
  if (reservations === undefined) return 0;
  let gpus = 0;
  for (const resource of reservations.genericResources) if (resource.kind === 'gpus' || resource.kind === 'gpu') gpus += resource.value;
  for (const device of reservations.devices) {
    if (device.capabilities.includes('gpu')) gpus += device.count !== undefined && device.count > 0 ? device.count : Math.max(1, device.deviceIds.length);
  }
  return gpus;
}

/** The largest of limits and reservations (and the service-level cpus / mem_limit), for the instance to hold. */
function requirementsOf(service: Service): GpuRequirements {
  const resources = service.deploy?.resources;
  const max = (...values: Array<number | undefined>): number => Math.max(0, ...values.filter((v): v is number => v !== undefined));
  return {
    memory: max(resources?.limits?.memory, resources?.reservations?.memory, service.memLimit, service.memReservation),
    cpus: max(resources?.limits?.cpus, resources?.reservations?.cpus, service.cpus),
    gpus: gpuCount(service),
  };
}

interface NodeConstraints {
  ami?: string;
  machine?: string;
}

const NODE_CONSTRAINT = /^\s*node\.(ami|machine)\s*(==|!=)\s*(\S+)\s*$/;

function nodeConstraints(ctx: ConversionContext, service: Service, gpu: boolean): NodeConstraints {
  const found: NodeConstraints = {};
  (service.deploy?.placement?.constraints ?? []).forEach((constraint, index) => {
    const at = `services.${service.name}.deploy.placement.constraints[${index}]`;
    const match = NODE_CONSTRAINT.exec(constraint);
    if (match === null) {
      ctx.warn(`placement constraint "${constraint}" is ignored: only node.ami == … and node.machine == … (for GPU services) are understood.`, at);
      return;
    }
    const [, kind, operator, value] = match as unknown as [string, 'ami' | 'machine', string, string];
    if (!gpu) {
      ctx.warn(`placement constraint node.${kind} is ignored: it chooses the EC2 instances of GPU services, and this service runs on Fargate.`, at);
      return;
    }
    if (operator !== '==') throw ctx.error(`placement constraint node.${kind} must use ==: it names the ${kind === 'ami' ? 'AMI' : 'instance type'} of the GPU instances.`, at);
    if (kind === 'ami' && !/^ami-[0-9a-f]{8,17}$/.test(value)) throw ctx.error(`node.ami must be an AMI id (ami-…), got "${value}".`, at);
    if (kind === 'machine' && !/^[a-z][a-z0-9-]*\.[a-z0-9-]+$/.test(value)) throw ctx.error(`node.machine must be an EC2 instance type (g4dn.xlarge, …), got "${value}".`, at);
    found[kind] = value;
  });
  return found;
}

interface CapacityPlan {
  instanceType: string;
  /** Known for g4dn types (guessed or named): sizes the default task memory. */
  instance?: InstanceType;
}

const plans = new WeakMap<ConversionContext, CapacityPlan>();

function agreed(ctx: ConversionContext, services: Service[], constraints: NodeConstraints[], kind: 'ami' | 'machine'): string | undefined {
  const values = [...new Set(constraints.map((c) => c[kind]).filter((v): v is string => v !== undefined))];
  if (values.length > 1) {
    throw ctx.error(`GPU services ask for different node.${kind} (${values.join(', ')}): they share one EC2 auto-scaling group, so they must agree.`, `services.${services[0]!.name}.deploy.placement`);
  }
  return values[0];
}

function createCapacity(ctx: ConversionContext, services: Service[]): CapacityPlan {
  const constraints = services.map((s) => nodeConstraints(ctx, s, true));
  const machine = agreed(ctx, services, constraints, 'machine');
  const ami = agreed(ctx, services, constraints, 'ami');
  const x = new ExtensionReader(ctx, ctx.project.extensions, '');
  const attach = x.boolean(ATTACH_EXTENSION) ?? false;
  if (ctx.cluster.external && !attach) {
    throw ctx.error(
      `GPU services need an EC2 capacity provider attached to the cluster, and x-aws-cluster names an existing cluster: attaching one replaces that cluster's capacity providers and default strategy (ECS keeps one list per cluster), which can break other services running there. Set ${ATTACH_EXTENSION}: true to accept that, or deploy the GPU services without x-aws-cluster.`,
      'x-aws-cluster',
    );
  }
  if (ctx.cluster.external) {
    ctx.warn(`${ATTACH_EXTENSION}: the capacity providers and default strategy of cluster ${String(ctx.cluster.name)} are replaced by this stack's, and cleared when the stack is deleted.`, ATTACH_EXTENSION);
  }

  let instance: InstanceType | undefined;
  if (machine !== undefined) {
    instance = G4DN_INSTANCE_TYPES.find((t) => t.name === machine);
  } else {
    const requirements = services.map(requirementsOf).reduce((a, b) => ({ memory: Math.max(a.memory, b.memory), cpus: Math.max(a.cpus, b.cpus), gpus: Math.max(a.gpus, b.gpus) }));
    instance = guessInstanceType(requirements);
    if (instance === undefined) {
      throw ctx.error(
        `none of the Amazon EC2 G4 instance types meet the requirements for memory:${Math.ceil(requirements.memory / MIB)}MiB cpu:${requirements.cpus} gpus:${requirements.gpus}: name an instance type with the placement constraint node.machine == <type>.`,
        `services.${services[0]!.name}.deploy.resources`,
      );
    }
  }
  const instanceType = machine ?? instance!.name;

  let imageId: CfnValue;
  if (ami !== undefined) {
    imageId = ami;
  } else {
    ctx.template.Parameters = {
      ...ctx.template.Parameters,
      [GPU_AMI_PARAMETER]: {
        Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
        Default: GPU_AMI_SSM_PARAMETER,
        Description: 'SSM parameter holding the ECS-optimized GPU AMI of the GPU instances (resolved at deploy time).',
      },
    };
    imageId = ref(GPU_AMI_PARAMETER);
  }

  const owner = 'GPU capacity';
  ctx.addResource(
    INSTANCE_ROLE,
    {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: assumeRolePolicy('ec2.amazonaws.com'),
        ManagedPolicyArns: [{ 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role' }],
        Tags: ctx.tags(),
      },
    },
    owner,
  );
  ctx.addResource(INSTANCE_PROFILE, { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [ref(INSTANCE_ROLE)] } }, owner);
  const securityGroups = ctx.allSecurityGroups();
  ctx.addResource(
    LAUNCH_TEMPLATE,
    {
      Type: 'AWS::EC2::LaunchTemplate',
      Properties: {
        LaunchTemplateData: {
          IamInstanceProfile: { Arn: getAtt(INSTANCE_PROFILE, 'Arn') },
          ImageId: imageId,
          InstanceType: instanceType,
          MetadataOptions: { HttpEndpoint: 'enabled', HttpTokens: 'required' },
          ...(securityGroups.length > 0 ? { SecurityGroupIds: securityGroups } : {}),
          UserData: {
            'Fn::Base64': {
              'Fn::Sub': [
                '#!/bin/bash\necho ECS_CLUSTER=${ClusterName} >> /etc/ecs/ecs.config\necho ECS_ENABLE_GPU_SUPPORT=true >> /etc/ecs/ecs.config\n',
                { ClusterName: ctx.cluster.name },
              ],
            },
          },
        },
        TagSpecifications: [{ ResourceType: 'launch-template', Tags: ctx.tags() }],
      },
    },
    owner,
  );
  ctx.addResource(
    AUTOSCALING_GROUP,
    {
      Type: 'AWS::AutoScaling::AutoScalingGroup',
      // Deleted before the cluster, so the cluster has no registered instances left when its turn comes.
      ...(ctx.cluster.external ? {} : { DependsOn: CLUSTER }),
      Properties: {
        LaunchTemplate: { LaunchTemplateId: ref(LAUNCH_TEMPLATE), Version: getAtt(LAUNCH_TEMPLATE, 'LatestVersionNumber') },
        MaxSize: '10',
        MinSize: '1',
        Tags: ctx.tags().map((t) => ({ ...t, PropagateAtLaunch: true })),
        VPCZoneIdentifier: ctx.network.subnets.map((s) => s.id),
      },
    },
    owner,
  );
  ctx.addResource(
    CAPACITY_PROVIDER,
    {
      Type: 'AWS::ECS::CapacityProvider',
      Properties: {
        AutoScalingGroupProvider: {
          AutoScalingGroupArn: ref(AUTOSCALING_GROUP),
          ManagedScaling: { Status: 'ENABLED', TargetCapacity: 100 },
          ManagedTerminationProtection: 'DISABLED',
        },
        Tags: ctx.tags(),
      },
    },
    owner,
  );
  ctx.addResource(
    CAPACITY_PROVIDER_ASSOCIATIONS,
    {
      Type: 'AWS::ECS::ClusterCapacityProviderAssociations',
      Properties: {
        CapacityProviders: [ref(CAPACITY_PROVIDER)],
        Cluster: ctx.cluster.name,
        DefaultCapacityProviderStrategy: [{ CapacityProvider: ref(CAPACITY_PROVIDER), Weight: 1 }],
      },
    },
    owner,
  );
  return { instanceType, ...(instance !== undefined ? { instance } : {}) };
}

/** EC2 task Cpu/Memory (strings, as CloudFormation shows them; Cpu null = no task-level CPU). */
function ec2TaskSize(ctx: ConversionContext, service: Service, plan: CapacityPlan, gpus: number): { Cpu: string | null; Memory: string } {
  const { cpus, memory, from } = requestedResources(service);
  const at = `services.${service.name}.${from}`;
  let cpu: string | null = null;
  if (cpus !== undefined && cpus > 0) {
    const units = Math.round(cpus * 1000);
    if (units < MIN_EC2_TASK_CPU || units > MAX_EC2_TASK_CPU) {
      throw ctx.error(`cpus ${cpus} is outside what an EC2 task accepts (${MIN_EC2_TASK_CPU / 1000} to ${MAX_EC2_TASK_CPU / 1000}).`, at);
    }
    cpu = String(units);
  }
  if (memory !== undefined && memory > 0) return { Cpu: cpu, Memory: String(Math.ceil(memory / MIB)) };
  if (plan.instance === undefined) {
    throw ctx.error(
      `GPU service ${service.name} runs on ${plan.instanceType}, whose memory this converter does not know: give deploy.resources.limits.memory (an EC2 task definition must declare its memory).`,
      `services.${service.name}.deploy.resources`,
    );
  }
  const share = Math.min(1, gpus / plan.instance.gpus);
  return { Cpu: cpu, Memory: String(Math.floor(plan.instance.memoryGiB * 1024 * DEFAULT_MEMORY_SHARE * share)) };
}

export const gpuConcern: Concern = {
  name: 'GPU (EC2 capacity)',

  project(ctx: ConversionContext): void {
    const services = Object.values(ctx.project.services);
    const gpuServices = services.filter((s) => gpuCount(s) > 0);
    for (const service of services.filter((s) => gpuCount(s) === 0)) nodeConstraints(ctx, service, false);
    if (gpuServices.length === 0) return;
    plans.set(ctx, createCapacity(ctx, gpuServices));
  },

  service(ctx: ConversionContext, service: Service): TaskContribution | undefined {
    const gpus = gpuCount(service);
    if (gpus === 0) return undefined;
    const plan = plans.get(ctx);
    if (plan === undefined) throw ctx.error(`GPU capacity was not planned for service ${service.name}.`, `services.${service.name}`);
    const publicIp = new ExtensionReader(ctx, service.extensions, `services.${service.name}`).boolean('x-aws-assign_public_ip');
    if (publicIp === true) ctx.warn('x-aws-assign_public_ip is ignored: GPU services run on EC2, whose tasks cannot have a public IP.', `services.${service.name}.x-aws-assign_public_ip`);
    const size = ec2TaskSize(ctx, service, plan, gpus);
    return {
      mainContainer: { ResourceRequirements: [{ Type: 'GPU', Value: String(gpus) }] },
      taskDefinitionProperties: { RequiresCompatibilities: ['EC2'], Cpu: size.Cpu, Memory: size.Memory },
      serviceProperties: {
        CapacityProviderStrategy: [{ CapacityProvider: ref(CAPACITY_PROVIDER), Weight: 1 }],
        LaunchType: null,
        NetworkConfiguration: { AwsvpcConfiguration: { AssignPublicIp: 'DISABLED' } },
        PlatformVersion: null,
      },
      serviceDependsOn: [CAPACITY_PROVIDER_ASSOCIATIONS],
    };
  },
};
