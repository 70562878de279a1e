// Scaling and rolling updates of an ECS service.
//   - DeploymentConfiguration: Docker's percents — 200/100 by default; x-aws-min_percent / x-aws-max_percent
//     (deploy.update_config) set them directly; else update_config.parallelism P with replicas R gives
//     min (R-P)*100/R and max (R+P)*100/R (integer division). Plus, doing better than Docker, the deployment
//     circuit breaker with rollback, so a deployment whose tasks never become healthy rolls back by itself.
//   - x-aws-autoscaling (deploy): target tracking on average CPU or memory: `<S>AutoScalingRole`,
//     `<S>ScalableTarget`, `<S>ScalingPolicy`, Docker's resources and names. `min` defaults to the service's
//     replicas (Docker used 0), and the service leaves DesiredCount out so a deployment does not reset the
//     count the policy reached (Docker's did).

import type { Service } from '../compose/model.js';
import type { ConversionContext } from './context.js';
import { getAtt, ref } from './context.js';
import { ExtensionReader } from './extensions.js';
import { normalizeResourceName, serviceLogicalId } from './naming.js';
import { assumeRolePolicy } from './iam.js';

export function desiredCount(service: Service): number {
  return service.deploy?.replicas ?? 1;
}

/** Whether the service declares x-aws-autoscaling (its task count then belongs to Application Auto Scaling). */
export function isAutoScaled(service: Service): boolean {
  const value = service.deploy?.extensions['x-aws-autoscaling'];
  return value !== undefined && value !== null;
}

/**
 * The service's DesiredCount property, or undefined to leave it out. Docker always set it, so every stack update
 * reset an auto-scaled service to its replica count; without it, CloudFormation starts a new service at 1 task
 * (the scalable target's minimum then takes over) and leaves an existing service's count to the scaling policy.
 */
export function desiredCountProperty(service: Service): number | undefined {
  return isAutoScaled(service) ? undefined : desiredCount(service);
}

export function deploymentConfiguration(ctx: ConversionContext, service: Service): Record<string, unknown> {
  const update = service.deploy?.updateConfig;
  const key = `services.${service.name}.deploy.update_config`;
  const x = new ExtensionReader(ctx, update?.extensions ?? {}, key);
  const minPercent = x.integer('x-aws-min_percent', 0, 100);
  const maxPercent = x.integer('x-aws-max_percent', 100, 200);
  let minimum = 100;
  let maximum = 200;
  if (minPercent === undefined || maxPercent === undefined) {
    const parallelism = update?.parallelism;
    if (parallelism !== undefined) {
      const replicas = service.deploy?.replicas;
      if (replicas === undefined) throw ctx.error('rolling update configuration require deploy.replicas to be set', `${key}.parallelism`);
      if (replicas < parallelism) {
        throw ctx.error(`deploy.replicas (${replicas}) must be greater than deploy.update_config.parallelism (${parallelism})`, `${key}.parallelism`);
      }
      minimum = Math.trunc(((replicas - parallelism) * 100) / replicas);
      maximum = Math.trunc(((replicas + parallelism) * 100) / replicas);
    }
  }
  return {
    DeploymentCircuitBreaker: { Enable: true, Rollback: true },
    MaximumPercent: maxPercent ?? maximum,
    MinimumHealthyPercent: minPercent ?? minimum,
  };
}

/** x-aws-autoscaling → scalable target and target-tracking policy. */
export function createAutoScaling(ctx: ConversionContext, service: Service): void {
  const key = `services.${service.name}.deploy`;
  const x = new ExtensionReader(ctx, service.deploy?.extensions ?? {}, key).nested('x-aws-autoscaling');
  if (x === undefined) return;
  const at = `${key}.x-aws-autoscaling`;
  const max = x.integer('max', 0, 10000);
  const min = x.integer('min', 0, 10000);
  const cpu = x.integer('cpu', 1, 100);
  const memory = x.integer('memory', 1, 100);
  if (cpu !== undefined && memory !== undefined) throw ctx.error("x-aws-autoscaling can't be set with both cpu and memory targets", at);
  if (max === undefined || max === 0) throw ctx.error('x-aws-autoscaling MUST define max replicas', at);
  if (cpu === undefined && memory === undefined) throw ctx.error('x-aws-autoscaling must define a cpu or memory target (a percentage).', at);
  const minimum = min ?? Math.min(desiredCount(service), max);
  if (minimum > max) throw ctx.error(`x-aws-autoscaling min (${minimum}) must not exceed max (${max}).`, at);

  const name = normalizeResourceName(service.name);
  const serviceId = serviceLogicalId(service.name);
  const owner = `service "${service.name}"`;
  const role = `${name}AutoScalingRole`;
  const target = `${name}ScalableTarget`;
  const policy = `${name}ScalingPolicy`;
  ctx.addResource(
    role,
    {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: assumeRolePolicy('application-autoscaling.amazonaws.com'),
        Path: '/',
        Policies: [
          {
            PolicyDocument: {
              Statement: [
                {
                  Action: ['application-autoscaling:*', 'cloudwatch:GetMetricStatistics', 'ecs:DescribeServices', 'ecs:UpdateService'],
                  Effect: 'Allow',
                  Resource: [ref(serviceId)],
                },
              ],
              Version: '2012-10-17',
            },
            PolicyName: 'service-autoscaling',
          },
        ],
        Tags: ctx.serviceTags(service),
      },
    },
    owner,
  );
  ctx.addResource(
    target,
    {
      Type: 'AWS::ApplicationAutoScaling::ScalableTarget',
      Properties: {
        MaxCapacity: max,
        MinCapacity: minimum,
        ResourceId: { 'Fn::Join': ['/', ['service', ctx.cluster.name, getAtt(serviceId, 'Name')]] },
        RoleARN: getAtt(role, 'Arn'),
        ScalableDimension: 'ecs:service:DesiredCount',
        ServiceNamespace: 'ecs',
      },
    },
    owner,
  );
  ctx.addResource(
    policy,
    {
      Type: 'AWS::ApplicationAutoScaling::ScalingPolicy',
      Properties: {
        PolicyName: policy,
        PolicyType: 'TargetTrackingScaling',
        ScalingTargetId: ref(target),
        TargetTrackingScalingPolicyConfiguration: {
          PredefinedMetricSpecification: {
            PredefinedMetricType: cpu !== undefined ? 'ECSServiceAverageCPUUtilization' : 'ECSServiceAverageMemoryUtilization',
          },
          ScaleInCooldown: 60,
          ScaleOutCooldown: 60,
          TargetValue: cpu ?? memory,
        },
      },
    },
    owner,
  );
}
