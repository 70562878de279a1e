// EC2 (ec2Query, Version 2016-11-15): read-only network lookups against the seeded
// default VPC. Results use EC2's wire names (camelCase, `…Set`/`item` lists), which differ
// from the SDK's output member names; see protocols.mjs.
import { ACCOUNT, REGION, paginate } from '../state.mjs';
import { AwsError, list } from '../protocols.mjs';

/** EC2 filters: every filter must match; any value within a filter may match (`*` wildcard). */
function matches(filters, fields) {
  return list(filters).every((f) => {
    const actual = [].concat(fields[f.Name] ?? []).map(String);
    if (!(f.Name in fields)) throw new AwsError('InvalidParameterValue', `The filter '${f.Name}' is invalid (stand-in supports: ${Object.keys(fields).join(', ')})`);
    return list(f.Value).some((v) => actual.some((a) => new RegExp(`^${String(v).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(a)));
  });
}

function byIds(items, ids, idField, code, noun) {
  const wanted = list(ids);
  for (const id of wanted) if (!items.some((i) => i[idField] === id)) throw new AwsError(code, `The ${noun} ID '${id}' does not exist`);
  return wanted.length ? items.filter((i) => wanted.includes(i[idField])) : items;
}


export const ec2 = {
  DescribeVpcs(state, p) {
    const vpcs = byIds(state.network.vpcs, p.VpcId, 'vpcId', 'InvalidVpcID.NotFound', 'vpc')
      .filter((v) => matches(p.Filter, { isDefault: String(v.isDefault), 'vpc-id': v.vpcId, 'cidr-block': v.cidrBlock, state: 'available' }));
    return {
      vpcSet: vpcs.map((v) => ({
        vpcId: v.vpcId, ownerId: ACCOUNT, state: 'available', cidrBlock: v.cidrBlock, isDefault: v.isDefault, instanceTenancy: 'default', dhcpOptionsId: 'dopt-0default0',
        cidrBlockAssociationSet: [{ associationId: `vpc-cidr-assoc-${v.vpcId.slice(4)}`, cidrBlock: v.cidrBlock, cidrBlockState: { state: 'associated' } }],
      })),
    };
  },

  DescribeVpcAttribute(state, p) {
    const vpc = state.network.vpcs.find((v) => v.vpcId === p.VpcId);
    if (!vpc) throw new AwsError('InvalidVpcID.NotFound', `The vpc ID '${p.VpcId}' does not exist`);
    if (!['enableDnsSupport', 'enableDnsHostnames', 'enableNetworkAddressUsageMetrics'].includes(p.Attribute)) {
      throw new AwsError('InvalidParameterValue', `Value (${p.Attribute}) for parameter attribute is invalid.`);
    }
    return { vpcId: vpc.vpcId, [p.Attribute]: { value: Boolean(vpc[p.Attribute]) } };
  },

  DescribeSubnets(state, p) {
    const subnets = byIds(state.network.subnets, p.SubnetId, 'subnetId', 'InvalidSubnetID.NotFound', 'subnet')
      .filter((s) => matches(p.Filter, {
        'vpc-id': s.vpcId, 'subnet-id': s.subnetId, 'availability-zone': s.availabilityZone, 'default-for-az': String(s.defaultForAz),
        'map-public-ip-on-launch': String(s.mapPublicIpOnLaunch), state: 'available',
      }));
    const { page, nextToken } = paginate(subnets, p.NextToken, p.MaxResults, state.pageSize, 'sn');
    return {
      subnetSet: page.map((s) => ({
        subnetId: s.subnetId, subnetArn: `arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/${s.subnetId}`, state: 'available', vpcId: s.vpcId, cidrBlock: s.cidrBlock,
        availableIpAddressCount: 4091, availabilityZone: s.availabilityZone, availabilityZoneId: s.availabilityZoneId, defaultForAz: s.defaultForAz,
        mapPublicIpOnLaunch: s.mapPublicIpOnLaunch, ownerId: ACCOUNT,
      })),
      nextToken,
    };
  },

  DescribeRouteTables(state, p) {
    const net = state.network;
    const tables = byIds(net.routeTables, p.RouteTableId, 'routeTableId', 'InvalidRouteTableID.NotFound', 'route table').filter((rt) =>
      // association.subnet-id only matches explicit associations (AWS semantics): callers
      // must fall back to the main route table for implicitly associated subnets.
      matches(p.Filter, {
        'vpc-id': rt.vpcId, 'route-table-id': rt.routeTableId, 'association.subnet-id': rt.subnetIds, 'association.main': String(rt.main),
        'route.gateway-id': rt.routes.map((r) => r.gatewayId).filter(Boolean),
      }));
    const { page, nextToken } = paginate(tables, p.NextToken, p.MaxResults, state.pageSize, 'rt');
    return {
      routeTableSet: page.map((rt) => ({
        routeTableId: rt.routeTableId,
        vpcId: rt.vpcId,
        ownerId: ACCOUNT,
        associationSet: [
          ...(rt.main ? [{ main: true, routeTableAssociationId: `rtbassoc-${rt.routeTableId.slice(4)}main`, routeTableId: rt.routeTableId, associationState: { state: 'associated' } }] : []),
          ...rt.subnetIds.map((sid) => ({ main: false, routeTableAssociationId: `rtbassoc-${sid.slice(7)}`, routeTableId: rt.routeTableId, subnetId: sid, associationState: { state: 'associated' } })),
        ],
        routeSet: [
          { destinationCidrBlock: net.vpcs.find((v) => v.vpcId === rt.vpcId)?.cidrBlock ?? '10.0.0.0/16', gatewayId: 'local', state: 'active', origin: 'CreateRouteTable' },
          ...rt.routes.map((r) => ({ ...r, state: 'active', origin: 'CreateRoute' })),
        ],
      })),
      nextToken,
    };
  },

  DescribeSecurityGroups(state, p) {
    const groups = byIds(state.network.securityGroups, p.GroupId, 'groupId', 'InvalidGroup.NotFound', 'security group')
      .filter((g) => matches(p.Filter, { 'group-id': g.groupId, 'group-name': g.groupName, 'vpc-id': g.vpcId }));
    const { page, nextToken } = paginate(groups, p.NextToken, p.MaxResults, state.pageSize, 'sg');
    return {
      securityGroupInfo: page.map((g) => ({
        groupId: g.groupId, groupName: g.groupName, groupDescription: g.description, vpcId: g.vpcId, ownerId: ACCOUNT,
        securityGroupArn: `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/${g.groupId}`,
        ipPermissions: [],
        ipPermissionsEgress: [{ ipProtocol: '-1', ipRanges: [{ cidrIp: '0.0.0.0/0' }] }],
      })),
      nextToken,
    };
  },

  DescribeAvailabilityZones(state, p) {
    const zones = state.network.availabilityZones.filter((z) => matches(p.Filter, { 'zone-name': z.zoneName, 'zone-id': z.zoneId, state: 'available' }));
    return {
      availabilityZoneInfo: zones.map((z) => ({ zoneName: z.zoneName, zoneId: z.zoneId, zoneState: 'available', regionName: REGION, zoneType: 'availability-zone', optInStatus: 'opt-in-not-required', groupName: REGION, networkBorderGroup: REGION })),
    };
  },
};

