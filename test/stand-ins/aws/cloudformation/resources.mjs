// Per-resource-type behaviour: fake physical ids and GetAtt attributes, which properties
// force replacement, and the side effects that make stack resources visible to the other
// services (an EFS file system created by a stack shows up in DescribeFileSystems, etc.).
import { ACCOUNT, REGION } from '../state.mjs';

const arn = (service, rest) => `arn:aws:${service}:${REGION}:${ACCOUNT}:${rest}`;
const lastSegment = (v) => String(v ?? '').split('/').pop();

/**
 * Properties whose change makes CloudFormation replace the resource (Replacement: True).
 * '*' = every property (task definitions are immutable revisions). A small, honest subset
 * of the resource specification; anything not listed updates in place.
 */
export const REPLACEMENT_PROPERTIES = {
  'AWS::ECS::Service': ['ServiceName', 'Cluster', 'LaunchType', 'Role', 'SchedulingStrategy'],
  'AWS::ECS::Cluster': ['ClusterName'],
  'AWS::ECS::TaskDefinition': ['*'],
  'AWS::ElasticLoadBalancingV2::TargetGroup': ['Port', 'Protocol', 'VpcId', 'Name', 'TargetType', 'ProtocolVersion'],
  'AWS::ElasticLoadBalancingV2::LoadBalancer': ['Name', 'Scheme', 'Type'],
  'AWS::ElasticLoadBalancingV2::Listener': ['LoadBalancerArn'],
  'AWS::EC2::SecurityGroup': ['GroupDescription', 'GroupName', 'VpcId'],
  'AWS::EC2::SecurityGroupIngress': ['*'],
  'AWS::Logs::LogGroup': ['LogGroupName'],
  'AWS::EFS::FileSystem': ['PerformanceMode', 'Encrypted', 'KmsKeyId', 'AvailabilityZoneName'],
  'AWS::EFS::MountTarget': ['FileSystemId', 'SubnetId', 'IpAddress'],
  'AWS::EFS::AccessPoint': ['FileSystemId', 'PosixUser', 'RootDirectory', 'ClientToken'],
  'AWS::IAM::Role': ['RoleName', 'Path'],
  'AWS::SecretsManager::Secret': ['Name'],
  'AWS::ServiceDiscovery::Service': ['Name', 'NamespaceId'],
  'AWS::ServiceDiscovery::PrivateDnsNamespace': ['Name', 'Vpc'],
};

export function requiresReplacement(type, property) {
  const props = REPLACEMENT_PROPERTIES[type] ?? [];
  return props.includes('*') || props.includes(property);
}

/**
 * Create the resource: returns { physicalId, attrs } and registers it with the
 * services that would see it in AWS.
 */
export function provision(state, stack, logicalId, type, props) {
  const rand = state.hex(12).toUpperCase();
  const generated = `${stack.name}-${logicalId}-${rand}`;
  const tags = [...(stack.tags ?? []), { Key: 'aws:cloudformation:stack-name', Value: stack.name }, { Key: 'aws:cloudformation:logical-id', Value: logicalId }];
  switch (type) {
    case 'AWS::ECS::Cluster': {
      const name = props.ClusterName ?? generated;
      return { physicalId: name, attrs: { Arn: arn('ecs', `cluster/${name}`) } };
    }
    case 'AWS::ECS::Service': {
      const name = props.ServiceName ?? generated;
      const cluster = lastSegment(props.Cluster ?? 'default');
      // Short ARNs when the account opted out of the long format (ListAccountSettings).
      const serviceArn = arn('ecs', state.ecs.serviceLongArnFormat === 'disabled' ? `service/${name}` : `service/${cluster}/${name}`);
      return { physicalId: serviceArn, attrs: { Name: name, ServiceArn: serviceArn } };
    }
    case 'AWS::ECS::TaskDefinition': {
      const family = props.Family ?? `${stack.name}${logicalId}`;
      state.taskDefRevisions = state.taskDefRevisions ?? new Map();
      const rev = (state.taskDefRevisions.get(family) ?? 0) + 1;
      state.taskDefRevisions.set(family, rev);
      const a = arn('ecs', `task-definition/${family}:${rev}`);
      return { physicalId: a, attrs: { TaskDefinitionArn: a } };
    }
    case 'AWS::ElasticLoadBalancingV2::LoadBalancer': {
      const name = props.Name ?? `${stack.name}-${logicalId}`.slice(0, 28);
      const kind = props.Type ?? 'application';
      const id = state.hex(16);
      const full = `${kind === 'network' ? 'net' : 'app'}/${name}/${id}`;
      const lbArn = arn('elasticloadbalancing', `loadbalancer/${full}`);
      const dns = `${name}-${id.slice(0, 6)}.elb.localhost`;
      return {
        physicalId: lbArn,
        attrs: { DNSName: dns, LoadBalancerFullName: full, LoadBalancerName: name, LoadBalancerArn: lbArn, CanonicalHostedZoneID: 'Z35SXDOTRQ7X7K', SecurityGroups: props.SecurityGroups ?? [] },
      };
    }
    case 'AWS::ElasticLoadBalancingV2::TargetGroup': {
      const name = props.Name ?? `${stack.name}-${logicalId}`.slice(0, 24);
      const full = `targetgroup/${name}/${state.hex(16)}`;
      const tgArn = arn('elasticloadbalancing', full);
      return { physicalId: tgArn, attrs: { TargetGroupArn: tgArn, TargetGroupFullName: full, TargetGroupName: name, LoadBalancerArns: [] } };
    }
    case 'AWS::ElasticLoadBalancingV2::Listener': {
      const a = arn('elasticloadbalancing', `listener/app/${stack.name}/${state.hex(16)}/${state.hex(16)}`);
      return { physicalId: a, attrs: { ListenerArn: a } };
    }
    case 'AWS::EC2::SecurityGroup': {
      const id = `sg-${state.hex(17)}`;
      state.network.securityGroups.push({ groupId: id, groupName: props.GroupName ?? generated, description: props.GroupDescription ?? '', vpcId: props.VpcId, fromStack: stack.id });
      return { physicalId: id, attrs: { GroupId: id, VpcId: props.VpcId } };
    }
    case 'AWS::Logs::LogGroup': {
      const name = props.LogGroupName ?? generated;
      if (!state.logGroups.has(name)) state.logGroups.set(name, { name, createdAt: Date.now(), streams: new Map() });
      return { physicalId: name, attrs: { Arn: arn('logs', `log-group:${name}:*`) } };
    }
    case 'AWS::EFS::FileSystem': {
      const id = `fs-${state.hex(17)}`;
      const fsTags = [...(props.FileSystemTags ?? []), ...tags];
      state.efs.fileSystems.set(id, {
        FileSystemId: id,
        CreationToken: `${stack.name}-${logicalId}`,
        PerformanceMode: props.PerformanceMode ?? 'generalPurpose',
        ThroughputMode: props.ThroughputMode ?? 'bursting',
        Encrypted: props.Encrypted === true || props.Encrypted === 'true',
        Tags: fsTags,
        Name: fsTags.find((t) => t.Key === 'Name')?.Value,
        CreationTime: new Date(),
      });
      return { physicalId: id, attrs: { FileSystemId: id, Arn: arn('elasticfilesystem', `file-system/${id}`) } };
    }
    case 'AWS::EFS::MountTarget': {
      const id = `fsmt-${state.hex(17)}`;
      const subnet = state.network.subnets.find((s) => s.subnetId === props.SubnetId);
      state.efs.mountTargets.set(id, {
        MountTargetId: id,
        FileSystemId: props.FileSystemId,
        SubnetId: props.SubnetId,
        VpcId: subnet?.vpcId,
        AvailabilityZoneName: subnet?.availabilityZone,
        AvailabilityZoneId: subnet?.availabilityZoneId,
        IpAddress: props.IpAddress ?? `172.31.${state.counter % 250}.${(state.counter * 7) % 250}`,
        NetworkInterfaceId: `eni-${state.hex(17)}`,
        LifeCycleState: 'available',
      });
      return { physicalId: id, attrs: { IpAddress: state.efs.mountTargets.get(id).IpAddress } };
    }
    case 'AWS::EFS::AccessPoint': {
      const id = `fsap-${state.hex(17)}`;
      state.efs.accessPoints.set(id, {
        AccessPointId: id,
        AccessPointArn: arn('elasticfilesystem', `access-point/${id}`),
        FileSystemId: props.FileSystemId,
        PosixUser: props.PosixUser,
        RootDirectory: props.RootDirectory,
        Tags: [...(props.AccessPointTags ?? []), ...tags],
        LifeCycleState: 'available',
      });
      return { physicalId: id, attrs: { AccessPointId: id, Arn: arn('elasticfilesystem', `access-point/${id}`) } };
    }
    case 'AWS::IAM::Role': {
      const name = props.RoleName ?? generated.slice(0, 64);
      return { physicalId: name, attrs: { Arn: `arn:aws:iam::${ACCOUNT}:role/${name}`, RoleId: `AROA${state.hex(17).toUpperCase()}` } };
    }
    case 'AWS::ServiceDiscovery::PrivateDnsNamespace': {
      const id = `ns-${state.hex(16)}`;
      return { physicalId: id, attrs: { Id: id, Arn: arn('servicediscovery', `namespace/${id}`), HostedZoneId: `Z${state.hex(13).toUpperCase()}` } };
    }
    case 'AWS::ServiceDiscovery::Service': {
      const id = `srv-${state.hex(16)}`;
      return { physicalId: id, attrs: { Id: id, Arn: arn('servicediscovery', `service/${id}`), Name: props.Name ?? logicalId } };
    }
    default: {
      const service = type.split('::')[1]?.toLowerCase() ?? 'unknown';
      return { physicalId: generated, attrs: { Arn: arn(service, generated) } };
    }
  }
}

/** Undo provision()'s side effects when CloudFormation deletes the resource. */
export function unprovision(state, resource) {
  const id = resource.physicalId;
  switch (resource.type) {
    case 'AWS::EC2::SecurityGroup':
      state.network.securityGroups = state.network.securityGroups.filter((g) => g.groupId !== id);
      break;
    case 'AWS::Logs::LogGroup':
      state.logGroups.delete(id);
      break;
    case 'AWS::EFS::FileSystem':
      state.efs.fileSystems.delete(id);
      break;
    case 'AWS::EFS::MountTarget':
      state.efs.mountTargets.delete(id);
      break;
    case 'AWS::EFS::AccessPoint':
      state.efs.accessPoints.delete(id);
      break;
  }
}
