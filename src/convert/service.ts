// One Compose service → `<S>TaskDefinition`, `<S>Service` and their companions (execution/task roles, discovery
// entry, target groups and listeners, autoscaling), merging what the pluggable concerns contribute (context.ts).
//
// Differences from Docker kept on purpose: the deployment circuit breaker with rollback (scaling.ts), tasks in
// `network.subnets` only (the load balancer takes the public ones), and `x-aws-assign_public_ip` (service, else
// project level; default true, as Docker: without a NAT gateway, tasks need a public IP to pull their images).

import type { Service } from '../compose/model.js';
import type { CfnValue, ConversionContext, InlinePolicy, TaskContribution } from './context.js';
import { getAtt, ref } from './context.js';
import { mainContainer, runtimePlatform } from './container.js';
import { createDiscoveryEntry, searchDomainInitContainer } from './discovery.js';
import { ExtensionReader } from './extensions.js';
import { createExecutionRole, createTaskRole } from './iam.js';
import type { LoadBalancerPlan } from './loadbalancer.js';
import { createServiceTargets } from './loadbalancer.js';
import { checkLogging, logConfiguration } from './logs.js';
import { serviceLogicalId, taskDefinitionLogicalId } from './naming.js';
import { deepMerge } from './overlay.js';
import { createAutoScaling, deploymentConfiguration, desiredCountProperty } from './scaling.js';
import { fargateSize } from './sizing.js';

/** Every concern's contribution to one service, in registration order. */
function collectContributions(ctx: ConversionContext, service: Service): TaskContribution[] {
  const contributions: TaskContribution[] = [];
  for (const concern of ctx.concerns) {
    const contribution = concern.service?.(ctx, service);
    if (contribution !== undefined) contributions.push(contribution);
  }
  return contributions;
}

/** Merges into the main container: lists are appended, other values set. */
function mergeIntoContainer(container: Record<string, unknown>, additions: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(additions)) {
    const current = container[key];
    container[key] = Array.isArray(current) && Array.isArray(value) ? [...current, ...value] : value;
  }
}

/** Deep-merges each contribution's overrides in turn (maps merge, lists and scalars replace, null deletes). */
function applyOverrides(properties: Record<string, unknown>, overrides: Array<Record<string, unknown> | undefined>): Record<string, unknown> {
  return overrides.reduce<Record<string, unknown>>((acc, o) => (o === undefined ? acc : (deepMerge(acc, o) as Record<string, unknown>)), properties);
}

function assignPublicIp(ctx: ConversionContext, service: Service): 'ENABLED' | 'DISABLED' {
  const own = new ExtensionReader(ctx, service.extensions, `services.${service.name}`).boolean('x-aws-assign_public_ip');
  const project = new ExtensionReader(ctx, ctx.project.extensions, '').boolean('x-aws-assign_public_ip');
  return (own ?? project ?? true) ? 'ENABLED' : 'DISABLED';
}

/** CloudFormation DependsOn of `<S>Service` on the services it depends on (conditions cannot be expressed). */
function serviceDependencies(ctx: ConversionContext, service: Service): string[] {
  const dependencies: string[] = [];
  for (const [name, dependency] of Object.entries(service.dependsOn)) {
    if (name in ctx.project.services) dependencies.push(serviceLogicalId(name));
    else if (dependency.required) {
      throw ctx.error(`service "${service.name}" depends on "${name}", which is not an enabled service of the project.`, `services.${service.name}.depends_on.${name}`);
    }
  }
  return dependencies;
}

export function convertService(ctx: ConversionContext, service: Service, loadBalancer: LoadBalancerPlan | undefined): void {
  const contributions = collectContributions(ctx, service);
  checkLogging(ctx, service);
  const logs = logConfiguration(ctx, service);

  // ---- containers ----
  const initContainers: Record<string, unknown>[] = [searchDomainInitContainer(ctx, service)];
  const main = mainContainer(ctx, service, logs);
  const volumes: Record<string, unknown>[] = [];
  const taskRolePolicies: InlinePolicy[] = [];
  const taskRoleManagedPolicyArns: CfnValue[] = [];
  const x = new ExtensionReader(ctx, service.extensions, `services.${service.name}`);
  const pullCredentials = x.string('x-aws-pull_credentials');
  const secretResources: CfnValue[] = pullCredentials !== undefined ? [pullCredentials] : [];
  const serviceDependsOn: string[] = serviceDependencies(ctx, service);
  for (const c of contributions) {
    for (const init of c.initContainers ?? []) initContainers.push({ ...init, Essential: false, LogConfiguration: init['LogConfiguration'] ?? logs });
    if (c.mainContainer) mergeIntoContainer(main, c.mainContainer);
    volumes.push(...(c.volumes ?? []));
    taskRolePolicies.push(...(c.taskRolePolicies ?? []));
    taskRoleManagedPolicyArns.push(...(c.taskRoleManagedPolicyArns ?? []));
    secretResources.push(...(c.executionRoleSecretResources ?? []));
    serviceDependsOn.push(...(c.serviceDependsOn ?? []));
  }
  const waitFor = initContainers.map((init) => ({ Condition: 'SUCCESS', ContainerName: init['Name'] }));
  main['DependsOn'] = [...waitFor, ...((main['DependsOn'] as unknown[] | undefined) ?? [])];

  // ---- task definition ----
  // A contribution that leaves FARGATE out (EC2 for GPUs) sizes the task itself.
  const compatibilities = contributions.map((c) => c.taskDefinitionProperties?.['RequiresCompatibilities']).filter((v) => v !== undefined).pop();
  const onFargate = !Array.isArray(compatibilities) || compatibilities.includes('FARGATE');
  const executionRole = createExecutionRole(ctx, service, secretResources);
  const taskRole = createTaskRole(ctx, service, x, { policies: taskRolePolicies, managedPolicyArns: taskRoleManagedPolicyArns });
  const platform = runtimePlatform(ctx, service);
  const taskDefinitionId = taskDefinitionLogicalId(service.name);
  const taskDefinition: Record<string, unknown> = {
    ContainerDefinitions: [...initContainers, main],
    ...(onFargate ? fargateSize(ctx, service) : {}),
    // The ARN (Docker used Ref, the role name, which ECS tolerates but the schema does not).
    ExecutionRoleArn: getAtt(executionRole, 'Arn'),
    Family: `${ctx.stackName}-${service.name}`,
    NetworkMode: 'awsvpc',
    RequiresCompatibilities: ['FARGATE'],
    ...(platform !== undefined ? { RuntimePlatform: platform } : {}),
    ...(taskRole !== undefined ? { TaskRoleArn: getAtt(taskRole, 'Arn') } : {}),
    ...(volumes.length > 0 ? { Volumes: volumes } : {}),
  };
  const owner = `service "${service.name}"`;
  ctx.addResource(
    taskDefinitionId,
    { Type: 'AWS::ECS::TaskDefinition', Properties: applyOverrides(taskDefinition, contributions.map((c) => c.taskDefinitionProperties)) },
    owner,
  );

  // ---- ECS service ----
  const targets = createServiceTargets(ctx, loadBalancer, service);
  const registries = createDiscoveryEntry(ctx, service);
  const properties: Record<string, unknown> = {
    Cluster: ctx.cluster.value,
    DeploymentConfiguration: deploymentConfiguration(ctx, service),
    DeploymentController: { Type: 'ECS' },
    ...(desiredCountProperty(service) !== undefined ? { DesiredCount: desiredCountProperty(service) } : {}),
    // Tasks whose container health check has a start period get as long before the load balancer's health
    // checks count (Docker set no grace period, so slow starters were killed by the target group).
    ...(targets.loadBalancers.length > 0 && (service.healthcheck?.startPeriod ?? 0) > 0
      ? { HealthCheckGracePeriodSeconds: Math.ceil(service.healthcheck!.startPeriod!) }
      : {}),
    LaunchType: 'FARGATE',
    ...(targets.loadBalancers.length > 0 ? { LoadBalancers: targets.loadBalancers } : {}),
    NetworkConfiguration: {
      AwsvpcConfiguration: {
        AssignPublicIp: assignPublicIp(ctx, service),
        SecurityGroups: ctx.securityGroupsOf(service),
        Subnets: ctx.network.subnets.map((s) => s.id),
      },
    },
    // 1.4.0 was Docker's pin (EFS needs it); LATEST is 1.4.0 or newer today, but pinning keeps Docker's stacks unchanged.
    PlatformVersion: '1.4.0',
    PropagateTags: 'SERVICE',
    SchedulingStrategy: 'REPLICA',
    ServiceRegistries: registries,
    Tags: ctx.serviceTags(service),
    TaskDefinition: ref(taskDefinitionId),
  };
  const dependsOn = [...new Set([...targets.listeners, ...serviceDependsOn])].sort();
  ctx.addResource(
    serviceLogicalId(service.name),
    {
      Type: 'AWS::ECS::Service',
      ...(dependsOn.length > 0 ? { DependsOn: dependsOn } : {}),
      Properties: applyOverrides(properties, contributions.map((c) => c.serviceProperties)),
    },
    owner,
  );
  createAutoScaling(ctx, service);
}
