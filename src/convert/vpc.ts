// Where the stack lands: VPC and subnets. Precedence: the action's inputs (ConvertOptions.network, which deploy
// may also fill from AWS lookups) > the Compose file's x-aws-vpc > CloudFormation Parameters. Parameters keep
// `convert` usable offline: the template is complete and says in its Description which facts are still to give.
// Docker's names for them: ParameterVPCId, ParameterSubnet1Id, ParameterSubnet2Id (two subnets in two zones is
// the least a load balancer accepts).

import type { Project } from '../compose/model.js';
import type { ConversionContext, ResolvedNetwork, SubnetRef } from './context.js';
import type { ConvertOptions, Subnet } from './index.js';
import { idFromArn } from './extensions.js';
import { UserError } from '../errors.js';

export const VPC_PARAMETER = 'ParameterVPCId';
export const SUBNET_PARAMETERS = ['ParameterSubnet1Id', 'ParameterSubnet2Id'] as const;

function subnetRefs(subnets: Subnet[]): SubnetRef[] {
  return subnets.map((s) => ({ id: s.id, name: s.id, ...(s.availabilityZone !== undefined ? { availabilityZone: s.availabilityZone } : {}) }));
}

export function resolveNetwork(project: Project, options: ConvertOptions): ResolvedNetwork {
  const parameters: string[] = [];
  let vpcId: unknown = options.network.vpcId;
  if (vpcId === undefined || vpcId === '') {
    const fromFile = project.extensions['x-aws-vpc'];
    if (fromFile !== undefined && fromFile !== null) {
      if (typeof fromFile !== 'string' || fromFile === '') {
        throw new UserError(`x-aws-vpc must be a VPC id or ARN, got ${JSON.stringify(fromFile)}.`, { key: 'x-aws-vpc', source: project.positions['x-aws-vpc'] });
      }
      vpcId = idFromArn(fromFile);
      // Docker passed anything through, and CloudFormation failed at deploy time; say it now.
      if (!/^vpc-[0-9a-f]+$/i.test(vpcId as string)) {
        throw new UserError(`x-aws-vpc: "${fromFile}" is not a VPC id or ARN (vpc- followed by hex digits, e.g. vpc-0123456789abcdef0).`, {
          key: 'x-aws-vpc',
          source: project.positions['x-aws-vpc'],
        });
      }
    }
  }
  if (vpcId === undefined || vpcId === '') {
    parameters.push(VPC_PARAMETER);
    vpcId = { Ref: VPC_PARAMETER };
  }

  let subnets: SubnetRef[];
  if (options.network.subnets !== undefined && options.network.subnets.length > 0) {
    subnets = subnetRefs(options.network.subnets);
  } else {
    parameters.push(...SUBNET_PARAMETERS);
    subnets = SUBNET_PARAMETERS.map((p, i) => ({ id: { Ref: p }, name: `Subnet${i + 1}` }));
  }
  const loadBalancerSubnets =
    options.network.loadBalancerSubnets !== undefined && options.network.loadBalancerSubnets.length > 0 ? subnetRefs(options.network.loadBalancerSubnets) : subnets;
  return { vpcId, subnets, loadBalancerSubnets, parameters };
}

/** Declares the Parameters the resolved network refers to, and says so in the Description. */
export function declareNetworkParameters(ctx: ConversionContext): void {
  if (ctx.network.parameters.length === 0) return;
  const parameters: Record<string, Record<string, unknown>> = {};
  for (const name of ctx.network.parameters) {
    parameters[name] =
      name === VPC_PARAMETER
        ? { Type: 'AWS::EC2::VPC::Id', Description: 'VPC to deploy into (network facts were not resolved at conversion time).' }
        : { Type: 'AWS::EC2::Subnet::Id', Description: `Subnet ${name.replace(/\D/g, '')} of the tasks and load balancer, in a different availability zone from the other.` };
  }
  ctx.template.Parameters = parameters;
  ctx.template.Description =
    `Docker Compose project ${ctx.project.name} on Amazon ECS. Network facts unresolved: give ${ctx.network.parameters.join(', ')} ` +
    '(the vpc and subnets inputs, or x-aws-vpc, resolve them at conversion time).';
}
