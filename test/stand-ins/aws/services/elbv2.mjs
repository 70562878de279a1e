// Elastic Load Balancing v2 (awsQuery, Version 2015-12-01): DescribeLoadBalancers over
// seeded load balancers plus those created by stacks.
import { REGION, paginate } from '../state.mjs';
import { AwsError, list } from '../protocols.mjs';

/** All load balancers visible in the account: seeded ones and live stack resources. */
export function allLoadBalancers(state) {
  const out = [...state.loadBalancers.values()];
  for (const stack of state.stacks.values()) {
    for (const r of stack.resources.values()) {
      if (r.type !== 'AWS::ElasticLoadBalancingV2::LoadBalancer' || !r.physicalId || r.status?.startsWith('DELETE_COMPLETE')) continue;
      const subnets = list(r.props?.Subnets);
      const vpcId = state.network.subnets.find((s) => s.subnetId === subnets[0])?.vpcId ?? state.network.vpcs[0]?.vpcId;
      out.push({
        LoadBalancerArn: r.physicalId, DNSName: r.attrs.DNSName, LoadBalancerName: r.attrs.LoadBalancerName, Type: r.props?.Type ?? 'application',
        Scheme: r.props?.Scheme ?? 'internet-facing', VpcId: vpcId, SecurityGroups: list(r.props?.SecurityGroups), Subnets: subnets,
        CreatedTime: r.timestamp,
      });
    }
  }
  return out;
}

export const elasticloadbalancing = {
  DescribeLoadBalancers(state, p) {
    const arns = list(p.LoadBalancerArns);
    const names = list(p.Names);
    const all = allLoadBalancers(state);
    const missing = [...arns.filter((a) => !all.some((lb) => lb.LoadBalancerArn === a)), ...names.filter((n) => !all.some((lb) => lb.LoadBalancerName === n))];
    if (missing.length) throw new AwsError('LoadBalancerNotFound', `Load balancers '[${missing.join(', ')}]' not found`, 400);
    const selected = all.filter((lb) => (!arns.length && !names.length) || arns.includes(lb.LoadBalancerArn) || names.includes(lb.LoadBalancerName));
    const { page, nextToken } = paginate(selected, p.Marker, p.PageSize, state.pageSize, 'lb');
    return {
      LoadBalancers: page.map((lb) => ({
        LoadBalancerArn: lb.LoadBalancerArn,
        DNSName: lb.DNSName,
        CanonicalHostedZoneId: 'Z35SXDOTRQ7X7K',
        CreatedTime: lb.CreatedTime ?? new Date(),
        LoadBalancerName: lb.LoadBalancerName,
        Scheme: lb.Scheme ?? 'internet-facing',
        VpcId: lb.VpcId,
        State: { Code: 'active' },
        Type: lb.Type ?? 'application',
        AvailabilityZones: (lb.Subnets ?? []).map((s) => ({ SubnetId: s, ZoneName: state.network.subnets.find((x) => x.subnetId === s)?.availabilityZone ?? `${REGION}a` })),
        SecurityGroups: lb.SecurityGroups ?? [],
        IpAddressType: 'ipv4',
      })),
      NextMarker: nextToken,
    };
  },
};
