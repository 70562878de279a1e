// Compose networks → security groups. Each network is `<N>Network` (AWS::EC2::SecurityGroup) with a
// self-referencing `<N>NetworkIngress`, so the members of a network reach each other on every port and nothing
// else does — Compose's isolation model. An external network whose name is a security-group id is used as is,
// with no resource and no rule added to it (Docker added its port rules to external groups, #1783). Internet
// ingress for published ports is the load balancer's business (loadbalancer.ts), not every network's.

import type { Network } from '../compose/model.js';
import type { ConversionContext } from './context.js';
import { ref } from './context.js';
import { ExtensionReader } from './extensions.js';
import { NETWORK_TAG, networkIngressLogicalId, networkLogicalId } from './naming.js';

const SECURITY_GROUP_ID = /^sg-[0-9a-f]+$/;

/** Networks of the project: the declared ones plus any a service joins without declaring (`default`). */
export function projectNetworks(ctx: ConversionContext): Network[] {
  const networks = new Map<string, Network>(Object.entries(ctx.project.networks));
  for (const service of Object.values(ctx.project.services)) {
    for (const key of Object.keys(service.networks)) {
      if (!networks.has(key)) {
        networks.set(key, { key, name: `${ctx.project.name}_${key}`, external: false, internal: false, driverOpts: {}, labels: {}, extensions: {} });
      }
    }
  }
  return [...networks.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** The existing security group an external network stands for, or undefined for a network the stack creates. */
function externalSecurityGroup(ctx: ConversionContext, network: Network): string | undefined {
  const x = new ExtensionReader(ctx, network.extensions, `networks.${network.key}`);
  const alias = x.string('x-aws-securitygroup');
  if (alias !== undefined) {
    ctx.warn('x-aws-securitygroup is deprecated: use `external: true` and `name: <security group id>`.', `networks.${network.key}.x-aws-securitygroup`);
  }
  if (!network.external && alias === undefined) return undefined;
  const id = alias ?? network.name;
  if (!SECURITY_GROUP_ID.test(id)) {
    throw ctx.error(
      `external network "${network.key}" must be named after an existing security group id (sg-…), got "${id}": ECS networks are security groups.`,
      `networks.${network.key}`,
    );
  }
  return id;
}

/** Whether the load balancer may add internet ingress rules to this network's security group. */
export function acceptsIngress(ctx: ConversionContext, network: Network): boolean {
  if (network.internal) return false;
  if (!network.external && network.extensions['x-aws-securitygroup'] === undefined) return true;
  // External groups are someone else's: only touched when asked (x-aws-allow_ingress: true on the network).
  return new ExtensionReader(ctx, network.extensions, `networks.${network.key}`).boolean('x-aws-allow_ingress') ?? false;
}

export function createSecurityGroups(ctx: ConversionContext): void {
  for (const network of projectNetworks(ctx)) {
    const existing = externalSecurityGroup(ctx, network);
    if (existing !== undefined) {
      ctx.securityGroups.set(network.key, existing);
      continue;
    }
    const id = networkLogicalId(network.key);
    const owner = `network "${network.key}"`;
    ctx.addResource(
      id,
      {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
          GroupDescription: `${ctx.stackName} Security Group for ${network.key} network`,
          Tags: ctx.tags({ [NETWORK_TAG]: network.name }),
          VpcId: ctx.network.vpcId,
        },
      },
      owner,
    );
    ctx.addResource(
      networkIngressLogicalId(network.key),
      {
        Type: 'AWS::EC2::SecurityGroupIngress',
        Properties: {
          Description: `Allow communication within network ${network.key}`,
          GroupId: ref(id),
          IpProtocol: '-1',
          SourceSecurityGroupId: ref(id),
        },
      },
      owner,
    );
    ctx.securityGroups.set(network.key, ref(id));
  }
}
