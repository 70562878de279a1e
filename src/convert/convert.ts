// convertProject: the order in which the concerns run. Pure: the project and options in, a template out.
//
//   1. compatibility   every Docker incompatibility at once (errors), unsupported keys (warnings)
//   2. network facts   VPC/subnets from options > x-aws-vpc > Parameters
//   3. project         cluster, security groups, load balancer (+ port ingress), log group, Cloud Map namespace
//   4. concerns        project hooks of volumes / secrets / GPU (concerns.ts)
//   5. services        task definition, service, roles, discovery, target groups, autoscaling (service.ts)
//   6. overlay         x-aws-cloudformation, last
//   7. limits          resource count and size, on what would be sent

import type { Project } from '../compose/model.js';
import type { ConvertOptions, ConvertResult } from './index.js';
import { UserError } from '../errors.js';
import { ConversionContext } from './context.js';
import type { Concern } from './context.js';
import { CONCERNS } from './concerns.js';
import { checkCompatibility } from './compatibility.js';
import { createCluster, resolveCluster } from './cluster.js';
import { createCloudMap } from './discovery.js';
import { createLoadBalancer, planLoadBalancer } from './loadbalancer.js';
import { checkLimits } from './limits.js';
import { createLogGroup } from './logs.js';
import { createSecurityGroups } from './network.js';
import { applyOverlay } from './overlay.js';
import { convertService } from './service.js';
import { declareNetworkParameters, resolveNetwork } from './vpc.js';

export function convertProject(project: Project, options: ConvertOptions): ConvertResult {
  return convertWithConcerns(project, options, CONCERNS);
}

/** convertProject with an explicit list of concerns (tests of the extension hooks). */
export function convertWithConcerns(project: Project, options: ConvertOptions, concerns: readonly Concern[]): ConvertResult {
  if (options.stackName === '') throw new UserError('A stack name is required to convert the project.');
  const ctx = new ConversionContext(project, options, resolveNetwork(project, options), resolveCluster(project), concerns);
  if (Object.keys(project.services).length === 0) throw ctx.error('The project has no enabled service to deploy.', 'services');
  checkCompatibility(ctx);

  declareNetworkParameters(ctx);
  createCluster(ctx);
  createSecurityGroups(ctx);
  const loadBalancer = planLoadBalancer(ctx);
  if (loadBalancer !== undefined) createLoadBalancer(ctx, loadBalancer);
  createLogGroup(ctx);
  createCloudMap(ctx);
  for (const concern of concerns) concern.project?.(ctx);

  for (const service of Object.values(project.services)) convertService(ctx, service, loadBalancer);

  const template = applyOverlay(ctx);
  const warnings = [...ctx.warnings, ...checkLimits(template)];
  return { template, warnings, parameters: [...ctx.network.parameters] };
}
