// The load balancer: one per stack, when any service publishes a port (Docker's model).
//   - Type: application when every published port is HTTP (`x-aws-protocol: http|https`, or target 80/443 without
//     that extension), else network — Docker's rule, kept so existing stacks keep their load balancer.
//   - `x-aws-loadbalancer` reuses an existing one (by ARN: its type is read from the ARN and must match).
//   - Per published port: `<S><PROTO><port>TargetGroup` (ip targets) and `<S><PROTO><port>Listener` on it, plus a
//     stack Output `<S><PROTO><port>Url` with the public URL (scheme, DNS name and port) for later modes.
//   - It lives in the public subnets (`network.loadBalancerSubnets`), the tasks in `network.subnets`.
//
// Ingress, doing better than Docker (which opened 0.0.0.0/0 on every network of every service, external security
// groups included, #1783): `<Net><port>Ingress` (Docker's name) opens a published port to the internet only on the
// networks the load balancer uses — those of the services publishing ports that are neither `internal` nor
// external. An external security group is touched only when its network says `x-aws-allow_ingress: true`.
// With an application load balancer those same groups are the load balancer's security groups, so the balancer
// reaches the tasks through the network's self-referencing rule.

import type { Port, Service } from '../compose/model.js';
import type { CfnValue, ConversionContext } from './context.js';
import { getAtt, ref } from './context.js';
import { ExtensionReader } from './extensions.js';
import { acceptsIngress, projectNetworks } from './network.js';
import { listenerLogicalId, portIngressLogicalId, targetGroupLogicalId } from './naming.js';

export const LOAD_BALANCER = 'LoadBalancer';

export type LoadBalancerType = 'application' | 'network';

export interface PublishedPort {
  service: Service;
  port: Port;
  /** Index in the service's `ports`, for diagnostics. */
  index: number;
  protocol: 'tcp' | 'udp';
}

export interface LoadBalancerPlan {
  type: LoadBalancerType;
  /** `Ref LoadBalancer` or the existing ARN. */
  arn: CfnValue;
  external: boolean;
  ports: PublishedPort[];
}

function isHttp(ctx: ConversionContext, p: PublishedPort): boolean {
  const key = `services.${p.service.name}.ports[${p.index}]`;
  const declared = new ExtensionReader(ctx, p.port.extensions, key).string('x-aws-protocol');
  if (declared !== undefined) {
    const protocol = declared.toLowerCase();
    if (protocol !== 'http' && protocol !== 'https' && protocol !== 'tcp' && protocol !== 'udp') {
      throw ctx.error(`x-aws-protocol must be http, https, tcp or udp, got "${declared}".`, `${key}.x-aws-protocol`);
    }
    return protocol === 'http' || protocol === 'https';
  }
  return p.protocol === 'tcp' && (p.port.target === 80 || p.port.target === 443);
}

/** Published ports of the project, in service order (compatibility.ts has already checked them). */
export function publishedPorts(ctx: ConversionContext): PublishedPort[] {
  const ports: PublishedPort[] = [];
  for (const service of Object.values(ctx.project.services)) {
    service.ports.forEach((port, index) => {
      ports.push({ service, port, index, protocol: port.protocol === 'udp' ? 'udp' : 'tcp' });
    });
  }
  return ports;
}

function existingLoadBalancerType(ctx: ConversionContext, arn: string): LoadBalancerType {
  const kind = /:loadbalancer\/(app|net)\//.exec(arn)?.[1];
  if (!arn.startsWith('arn:') || kind === undefined) {
    throw ctx.error(
      `x-aws-loadbalancer must be the ARN of an application or network load balancer (arn:aws:elasticloadbalancing:…:loadbalancer/app|net/…), got "${arn}".`,
      'x-aws-loadbalancer',
    );
  }
  return kind === 'app' ? 'application' : 'network';
}

export function planLoadBalancer(ctx: ConversionContext): LoadBalancerPlan | undefined {
  const ports = publishedPorts(ctx);
  const existing = new ExtensionReader(ctx, ctx.project.extensions, '').string('x-aws-loadbalancer');
  if (ports.length === 0) {
    if (existing !== undefined) ctx.warn('x-aws-loadbalancer is unused: no service publishes a port.', 'x-aws-loadbalancer');
    return undefined;
  }
  const type: LoadBalancerType = ports.every((p) => isHttp(ctx, p)) ? 'application' : 'network';
  if (existing === undefined) return { type, arn: ref(LOAD_BALANCER), external: false, ports };
  const actual = existingLoadBalancerType(ctx, existing);
  if (actual !== type) throw ctx.error(`load balancer "${existing}" is of type ${actual}, project require a ${type}`, 'x-aws-loadbalancer');
  return { type, arn: existing, external: true, ports };
}

/** Security groups of the networks the load balancer uses (see the header), keyed by network. */
function loadBalancerNetworks(ctx: ConversionContext, plan: LoadBalancerPlan): Map<string, CfnValue> {
  const byKey = new Map(projectNetworks(ctx).map((n) => [n.key, n]));
  const used = new Map<string, CfnValue>();
  for (const service of new Set(plan.ports.map((p) => p.service))) {
    const keys = Object.keys(service.networks).sort().filter((key) => {
      const network = byKey.get(key);
      return network !== undefined && acceptsIngress(ctx, network);
    });
    if (keys.length === 0) {
      ctx.warn(
        `service "${service.name}" publishes ports but none of its networks accepts load-balancer ingress (internal or external): its ports are unreachable unless a network allows it (x-aws-allow_ingress: true on an external network).`,
        `services.${service.name}.ports`,
      );
    }
    for (const key of keys) used.set(key, ctx.securityGroups.get(key));
  }
  return used;
}

export function createLoadBalancer(ctx: ConversionContext, plan: LoadBalancerPlan): void {
  const networks = loadBalancerNetworks(ctx, plan);
  if (!plan.external) {
    const securityGroups = [...networks.keys()].sort().map((key) => networks.get(key));
    ctx.addResource(LOAD_BALANCER, {
      Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
      Properties: {
        ...(plan.type === 'network' ? { LoadBalancerAttributes: [{ Key: 'load_balancing.cross_zone.enabled', Value: 'true' }] } : {}),
        Scheme: 'internet-facing',
        ...(plan.type === 'application' ? { SecurityGroups: securityGroups } : {}),
        Subnets: ctx.network.loadBalancerSubnets.map((s) => s.id),
        Tags: ctx.tags(),
        Type: plan.type,
      },
    });
  }
  for (const p of plan.ports) {
    for (const key of Object.keys(p.service.networks).sort()) {
      if (!networks.has(key)) continue;
      const protocol = p.protocol.toUpperCase();
      ctx.addResource(
        portIngressLogicalId(key, p.port.target),
        {
          Type: 'AWS::EC2::SecurityGroupIngress',
          Properties: {
            CidrIp: '0.0.0.0/0',
            Description: `${p.service.name}:${p.port.target}/${p.protocol} on ${key} network`,
            FromPort: p.port.target,
            GroupId: networks.get(key),
            IpProtocol: protocol,
            ToPort: p.port.target,
          },
        },
        `port ${p.port.target} of service "${p.service.name}"`,
      );
    }
  }
}

export interface ServiceTargets {
  /** AWS::ECS::Service LoadBalancers. */
  loadBalancers: Record<string, unknown>[];
  /** Listener logical IDs the service must wait for. */
  listeners: string[];
}

/** Target group, listener and URL output of each published port of one service. */
export function createServiceTargets(ctx: ConversionContext, plan: LoadBalancerPlan | undefined, service: Service): ServiceTargets {
  const targets: ServiceTargets = { loadBalancers: [], listeners: [] };
  if (plan === undefined) return targets;
  for (const p of plan.ports.filter((q) => q.service === service)) {
    const port = p.port.target;
    const protocol = plan.type === 'application' ? 'HTTP' : p.protocol.toUpperCase();
    const targetGroup = targetGroupLogicalId(service.name, p.protocol, port);
    const listener = listenerLogicalId(service.name, p.protocol, port);
    const owner = `port ${port} of service "${service.name}"`;
    ctx.addResource(
      targetGroup,
      {
        Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
        Properties: { Port: port, Protocol: protocol, Tags: ctx.serviceTags(service), TargetType: 'ip', VpcId: ctx.network.vpcId },
      },
      owner,
    );
    ctx.addResource(
      listener,
      {
        Type: 'AWS::ElasticLoadBalancingV2::Listener',
        Properties: {
          DefaultActions: [{ ForwardConfig: { TargetGroups: [{ TargetGroupArn: ref(targetGroup) }] }, Type: 'forward' }],
          LoadBalancerArn: plan.arn,
          Port: port,
          Protocol: protocol,
        },
      },
      owner,
    );
    // An existing load balancer's DNS name is not known to the template: no URL output for it.
    if (!plan.external) {
      const scheme = protocol === 'HTTP' ? 'http' : p.protocol;
      ctx.template.Outputs = {
        ...ctx.template.Outputs,
        [listener.replace(/Listener$/, 'Url')]: {
          Description: `Public endpoint of service ${service.name}, port ${port}/${p.protocol}`,
          Value: { 'Fn::Join': ['', [`${scheme}://`, getAtt(LOAD_BALANCER, 'DNSName'), `:${port}`]] },
        },
      };
    }
    targets.loadBalancers.push({ ContainerName: service.name, ContainerPort: port, TargetGroupArn: ref(targetGroup) });
    targets.listeners.push(listener);
  }
  return targets;
}
