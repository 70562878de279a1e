// Compose volumes → Amazon EFS, with Docker's logical IDs so the file systems of its stacks stay where they are:
//
//   <V>Filesystem                     AWS::EFS::FileSystem, encrypted, DeletionPolicy and UpdateReplacePolicy Retain
//                                     (the data outlives the stack, as with Docker); absent for an external volume
//                                     (`external: true`, `name: fs-…`) and for a volume whose retained file system of
//                                     an earlier deployment the runtime found by its tags (options.existingFileSystems).
//   <V>AccessPoint                    AWS::EFS::AccessPoint: driver_opts uid/gid (PosixUser), root_directory and
//                                     permissions (RootDirectory, CreationInfo only with uid: Docker's rule).
//   <V>NFSMountTargetOn<Subnet>       AWS::EFS::MountTarget, one per availability zone of the task subnets (EFS allows
//                                     one per zone; Docker made one per subnet and failed on two subnets in one zone).
//                                     Zones unknown (subnets given as ids only, or Parameters): one per subnet.
//   <V>NFSSecurityGroup               the mount targets' own security group, and one
//   <V>NFSIngressFrom<N>Network       2049/tcp rule per security group of the services that mount the volume. Docker put
//                                     the mount targets in every project security group instead: the network groups
//                                     admit only their own members, an external group may not admit NFS at all, and a
//                                     mount target takes at most five groups.
//
// Per service that mounts a volume: a task `Volumes` entry (EFSVolumeConfiguration through the access point, TLS and
// IAM authorization), a `MountPoints` entry per mount, the task-role policy `<S><V>VolumeMountPolicy`, and a DependsOn
// of `<S>Service` on the volume's mount targets (a task cannot mount before they exist).
//
// The mount policy's condition is on the access point's ARN (`Fn::GetAtt <V>AccessPoint.Arn`): Docker compared
// `elasticfilesystem:AccessPointArn` with `Ref <V>AccessPoint`, which is the access point's *id*, so the condition
// never matched and mounts relied on the file system policy being absent. Actions: ClientMount always, ClientWrite
// when some mount is writable, ClientRootAccess only without a PosixUser (then the container's own uid reaches EFS,
// and root containers — the default — need it to write; with uid set the access point never acts as root).
//
// `x-aws-mount_targets: false` on a volume creates no mount targets (nor their security group): for an external file
// system that already has mount targets in the VPC's zones, where creating more fails (compose-cli issue #1739).
// Then that file system's own mount-target security groups must admit NFS from the services.

import type { Service, ServiceVolume, Volume } from '../compose/model.js';
import type { CfnValue, Concern, ConversionContext, InlinePolicy, SubnetRef, TaskContribution } from './context.js';
import { getAtt, ref } from './context.js';
import { ExtensionReader, idFromArn } from './extensions.js';
import { normalizeResourceName, volumeLogicalId, VOLUME_TAG } from './naming.js';

const FILE_SYSTEM_ID = /^fs-[0-9a-f]{8,40}$/;
const FILE_SYSTEM_ARN = /^arn:aws[a-z-]*:elasticfilesystem:[a-z0-9-]+:\d{12}:file-system\/fs-[0-9a-f]{8,40}$/;
/** ECS task volume names: letters, digits, hyphens and underscores (Compose keys may also hold dots). */
const ECS_VOLUME_NAME = /^[A-Za-z0-9_-]{1,255}$/;
const NFS_PORT = 2049;

const LIFECYCLE_POLICIES = [
  'AFTER_1_DAY',
  'AFTER_7_DAYS',
  'AFTER_14_DAYS',
  'AFTER_30_DAYS',
  'AFTER_60_DAYS',
  'AFTER_90_DAYS',
  'AFTER_180_DAYS',
  'AFTER_270_DAYS',
  'AFTER_365_DAYS',
];
const FILE_SYSTEM_OPTIONS = ['backup_policy', 'lifecycle_policy', 'performance_mode', 'throughput_mode', 'provisioned_throughput', 'kms_key_id'];
const ACCESS_POINT_OPTIONS = ['uid', 'gid', 'permissions', 'root_directory'];

/** What the service hook needs to know about a converted volume. */
interface VolumePlan {
  key: string;
  /** `Ref <V>Filesystem` or the existing `fs-…`. */
  fileSystemId: CfnValue;
  /** `GetAtt <V>Filesystem.Arn` or the existing file system's ARN. */
  fileSystemArn: CfnValue;
  accessPoint: string;
  mountTargets: string[];
  posixUser: boolean;
}

const plans = new WeakMap<ConversionContext, Map<string, VolumePlan>>();

/** Subnets that get a mount target: the first given subnet of each zone; each subnet when its zone is unknown. */
export function mountTargetSubnets(subnets: SubnetRef[]): SubnetRef[] {
  const zones = new Set<string>();
  return subnets.filter((subnet) => {
    if (subnet.availabilityZone === undefined) return true;
    if (zones.has(subnet.availabilityZone)) return false;
    zones.add(subnet.availabilityZone);
    return true;
  });
}

function option(volume: Volume, name: string): string | undefined {
  const value = volume.driverOpts[name];
  return value === undefined || value === null ? undefined : String(value).trim();
}

function oneOf(ctx: ConversionContext, volume: Volume, name: string, allowed: readonly string[]): string | undefined {
  const value = option(volume, name);
  if (value === undefined) return undefined;
  const match = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (match === undefined) throw ctx.error(`driver_opts.${name} must be one of ${allowed.join(', ')}, got "${value}".`, `volumes.${volume.key}.driver_opts.${name}`);
  return match;
}

function posixId(ctx: ConversionContext, volume: Volume, name: 'uid' | 'gid'): string | undefined {
  const value = option(volume, name);
  if (value === undefined) return undefined;
  if (!/^\d{1,10}$/.test(value) || Number(value) > 4294967295) {
    throw ctx.error(`driver_opts.${name} must be a numeric POSIX id (0 to 4294967295), got "${value}".`, `volumes.${volume.key}.driver_opts.${name}`);
  }
  return String(Number(value));
}

/** The file system a volume uses when the stack does not create it: external `fs-…`/ARN, or a retained one found at runtime. */
function existingFileSystem(ctx: ConversionContext, volume: Volume): { id: string; arn: CfnValue } | undefined {
  let id: string | undefined;
  let arn: string | undefined;
  if (volume.external) {
    if (FILE_SYSTEM_ARN.test(volume.name)) {
      arn = volume.name;
      id = idFromArn(volume.name);
    } else if (FILE_SYSTEM_ID.test(volume.name)) {
      id = volume.name;
    } else {
      throw ctx.error(
        `external volume "${volume.key}" must be named after an existing EFS file system (name: fs-… or its ARN), got "${volume.name}": ECS volumes are EFS file systems.`,
        `volumes.${volume.key}`,
      );
    }
  } else {
    id = ctx.options.existingFileSystems?.[volume.key];
    if (id === undefined) return undefined;
    if (!FILE_SYSTEM_ID.test(id)) throw ctx.error(`the file system found for volume "${volume.key}" has an invalid id "${id}".`, `volumes.${volume.key}`);
  }
  return {
    id,
    arn: arn ?? { 'Fn::Sub': `arn:\${AWS::Partition}:elasticfilesystem:\${AWS::Region}:\${AWS::AccountId}:file-system/${id}` },
  };
}

function fileSystemProperties(ctx: ConversionContext, volume: Volume): Record<string, unknown> {
  const at = `volumes.${volume.key}.driver_opts`;
  const backup = oneOf(ctx, volume, 'backup_policy', ['ENABLED', 'DISABLED']);
  const lifecycle = oneOf(ctx, volume, 'lifecycle_policy', LIFECYCLE_POLICIES);
  const performance = oneOf(ctx, volume, 'performance_mode', ['generalPurpose', 'maxIO']);
  const throughput = oneOf(ctx, volume, 'throughput_mode', ['bursting', 'provisioned', 'elastic']);
  const provisionedText = option(volume, 'provisioned_throughput');
  const kmsKeyId = option(volume, 'kms_key_id');
  let provisioned: number | undefined;
  if (provisionedText !== undefined) {
    provisioned = Number(provisionedText);
    if (!Number.isFinite(provisioned) || provisioned <= 0) {
      throw ctx.error(`driver_opts.provisioned_throughput must be a positive number of MiB/s, got "${provisionedText}".`, `${at}.provisioned_throughput`);
    }
    if (throughput !== 'provisioned') {
      throw ctx.error('driver_opts.provisioned_throughput needs throughput_mode: provisioned (EFS ignores it otherwise and CloudFormation refuses it).', `${at}.provisioned_throughput`);
    }
  } else if (throughput === 'provisioned') {
    throw ctx.error('driver_opts.throughput_mode provisioned needs provisioned_throughput (MiB/s).', `${at}.throughput_mode`);
  }
  if (performance === 'maxIO' && throughput === 'elastic') {
    throw ctx.error('driver_opts.throughput_mode elastic cannot be combined with performance_mode maxIO (EFS refuses it).', `${at}.throughput_mode`);
  }
  return {
    ...(backup !== undefined ? { BackupPolicy: { Status: backup } } : {}),
    Encrypted: true,
    FileSystemTags: [...ctx.tags({ [VOLUME_TAG]: volume.key }), { Key: 'Name', Value: volume.name }],
    ...(kmsKeyId !== undefined ? { KmsKeyId: kmsKeyId } : {}),
    ...(lifecycle !== undefined ? { LifecyclePolicies: [{ TransitionToIA: lifecycle }] } : {}),
    ...(performance !== undefined ? { PerformanceMode: performance } : {}),
    ...(provisioned !== undefined ? { ProvisionedThroughputInMibps: provisioned } : {}),
    ...(throughput !== undefined ? { ThroughputMode: throughput } : {}),
  };
}

function accessPointProperties(ctx: ConversionContext, volume: Volume, fileSystemId: CfnValue): { properties: Record<string, unknown>; posixUser: boolean } {
  const at = `volumes.${volume.key}.driver_opts`;
  const uid = posixId(ctx, volume, 'uid');
  const gid = posixId(ctx, volume, 'gid');
  const permissions = option(volume, 'permissions');
  const rootDirectory = option(volume, 'root_directory');
  if (uid === undefined && gid !== undefined) throw ctx.error('driver_opts.gid needs uid: an EFS access point user has both.', `${at}.gid`);
  if (uid !== undefined && gid === undefined) throw ctx.error('driver_opts.uid needs gid: an EFS access point user has both.', `${at}.uid`);
  if (permissions !== undefined && !/^[0-7]{3,4}$/.test(permissions)) {
    throw ctx.error(`driver_opts.permissions must be octal POSIX permissions such as 755, got "${permissions}".`, `${at}.permissions`);
  }
  if (rootDirectory !== undefined && (!rootDirectory.startsWith('/') || rootDirectory.length > 100 || rootDirectory.split('/').includes('..'))) {
    throw ctx.error(`driver_opts.root_directory must be an absolute path of at most 100 characters without "..", got "${rootDirectory}".`, `${at}.root_directory`);
  }
  if (rootDirectory !== undefined && uid === undefined) {
    ctx.warn('driver_opts.root_directory without uid/gid: EFS creates the directory only with an owner, so it must already exist.', `${at}.root_directory`);
  }
  if (permissions !== undefined && (rootDirectory === undefined || uid === undefined)) {
    ctx.warn('driver_opts.permissions applies only when EFS creates root_directory, which needs root_directory, uid and gid: ignored.', `${at}.permissions`);
  }
  const posixUser = uid !== undefined && gid !== undefined ? { Uid: uid, Gid: gid } : undefined;
  const rootDirectoryProperty =
    rootDirectory === undefined
      ? undefined
      : {
          Path: rootDirectory,
          ...(posixUser !== undefined ? { CreationInfo: { OwnerGid: posixUser.Gid, OwnerUid: posixUser.Uid, Permissions: permissions ?? '0755' } } : {}),
        };
  return {
    properties: {
      AccessPointTags: ctx.tags({ [VOLUME_TAG]: volume.key }),
      FileSystemId: fileSystemId,
      ...(posixUser !== undefined ? { PosixUser: posixUser } : {}),
      ...(rootDirectoryProperty !== undefined ? { RootDirectory: rootDirectoryProperty } : {}),
    },
    posixUser: posixUser !== undefined,
  };
}

/** Services that mount `key`, in service order. */
function servicesMounting(ctx: ConversionContext, key: string): Service[] {
  return Object.values(ctx.project.services).filter((s) => s.volumes.some((v) => v.type === 'volume' && v.source === key));
}

/** The mount targets' security group and its NFS rules from the security groups of the services that mount the volume. */
function createNfsSecurityGroup(ctx: ConversionContext, volume: Volume, prefix: string): string {
  const owner = `volume "${volume.key}"`;
  const groupId = `${prefix}NFSSecurityGroup`;
  ctx.addResource(
    groupId,
    {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: `${ctx.stackName} NFS access to the EFS mount targets of volume ${volume.key}`,
        Tags: ctx.tags({ [VOLUME_TAG]: volume.key }),
        VpcId: ctx.network.vpcId,
      },
    },
    owner,
  );
  const networks = new Set<string>();
  for (const service of servicesMounting(ctx, volume.key)) for (const network of Object.keys(service.networks)) networks.add(network);
  for (const network of [...networks].sort()) {
    const source = ctx.securityGroups.get(network);
    if (source === undefined) continue;
    ctx.addResource(
      `${prefix}NFSIngressFrom${normalizeResourceName(network)}Network`,
      {
        Type: 'AWS::EC2::SecurityGroupIngress',
        Properties: {
          Description: `NFS from network ${network} to volume ${volume.key}`,
          FromPort: NFS_PORT,
          GroupId: getAtt(groupId, 'GroupId'),
          IpProtocol: 'tcp',
          SourceSecurityGroupId: source,
          ToPort: NFS_PORT,
        },
      },
      owner,
    );
  }
  return groupId;
}

function convertVolume(ctx: ConversionContext, volume: Volume): VolumePlan {
  const at = `volumes.${volume.key}`;
  const owner = `volume "${volume.key}"`;
  if (!ECS_VOLUME_NAME.test(volume.key)) {
    throw ctx.error(`volume "${volume.key}": ECS volume names may hold only letters, digits, "-" and "_": rename the volume.`, at);
  }
  if (volume.driver !== undefined && volume.driver !== '' && volume.driver !== 'local') {
    ctx.warn(`volume driver "${volume.driver}" is ignored: volumes are Amazon EFS file systems on ECS.`, `${at}.driver`);
  }
  for (const name of Object.keys(volume.driverOpts).sort()) {
    if (!FILE_SYSTEM_OPTIONS.includes(name) && !ACCESS_POINT_OPTIONS.includes(name)) {
      ctx.warn(`driver_opts.${name} is not an EFS option (${[...FILE_SYSTEM_OPTIONS, ...ACCESS_POINT_OPTIONS].join(', ')}): ignored.`, `${at}.driver_opts.${name}`);
    }
  }

  const prefix = normalizeResourceName(volume.key);
  const existing = existingFileSystem(ctx, volume);
  let fileSystemId: CfnValue;
  let fileSystemArn: CfnValue;
  if (existing !== undefined) {
    for (const name of FILE_SYSTEM_OPTIONS) {
      if (volume.driverOpts[name] !== undefined) ctx.warn(`driver_opts.${name} is ignored: volume "${volume.key}" uses the existing file system ${existing.id}.`, `${at}.driver_opts.${name}`);
    }
    fileSystemId = existing.id;
    fileSystemArn = existing.arn;
  } else {
    const id = volumeLogicalId(volume.key);
    ctx.addResource(id, { Type: 'AWS::EFS::FileSystem', DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain', Properties: fileSystemProperties(ctx, volume) }, owner);
    fileSystemId = ref(id);
    fileSystemArn = getAtt(id, 'Arn');
  }

  const accessPoint = `${prefix}AccessPoint`;
  const { properties, posixUser } = accessPointProperties(ctx, volume, fileSystemId);
  ctx.addResource(accessPoint, { Type: 'AWS::EFS::AccessPoint', Properties: properties }, owner);

  const mountTargets: string[] = [];
  const wantMountTargets = new ExtensionReader(ctx, volume.extensions, at).boolean('x-aws-mount_targets') ?? true;
  if (wantMountTargets) {
    const securityGroup = createNfsSecurityGroup(ctx, volume, prefix);
    for (const subnet of mountTargetSubnets(ctx.network.subnets)) {
      const id = `${prefix}NFSMountTargetOn${normalizeResourceName(subnet.name)}`;
      ctx.addResource(
        id,
        {
          Type: 'AWS::EFS::MountTarget',
          Properties: { FileSystemId: fileSystemId, SecurityGroups: [getAtt(securityGroup, 'GroupId')], SubnetId: subnet.id },
        },
        owner,
      );
      mountTargets.push(id);
    }
  }
  return { key: volume.key, fileSystemId, fileSystemArn, accessPoint, mountTargets, posixUser };
}

function mountPolicy(service: Service, plan: VolumePlan, writable: boolean): InlinePolicy {
  const actions = ['elasticfilesystem:ClientMount', ...(writable ? ['elasticfilesystem:ClientWrite'] : []), ...(plan.posixUser ? [] : ['elasticfilesystem:ClientRootAccess'])];
  return {
    PolicyName: `${normalizeResourceName(service.name)}${normalizeResourceName(plan.key)}VolumeMountPolicy`,
    PolicyDocument: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: actions,
          Resource: [plan.fileSystemArn],
          Condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': getAtt(plan.accessPoint, 'Arn') } },
        },
      ],
    },
  };
}

function checkMount(ctx: ConversionContext, service: Service, mount: ServiceVolume, index: number): string {
  const at = `services.${service.name}.volumes[${index}]`;
  if (mount.source === undefined || mount.source === '') {
    throw ctx.error(`service ${service.name} has an invalid volume ${mount.target}: ECS does not support sourceless volumes`, at);
  }
  if (!(mount.source in ctx.project.volumes)) {
    throw ctx.error(`service ${service.name} mounts volume "${mount.source}", which is not declared under the top-level volumes.`, at);
  }
  if (mount.volume?.subpath !== undefined && mount.volume.subpath !== '') {
    throw ctx.error('volume.subpath is not supported by ECS, which mounts a whole volume: use the volume\'s driver_opts.root_directory instead.', `${at}.volume.subpath`);
  }
  return mount.source;
}

export const volumesConcern: Concern = {
  name: 'volumes (EFS)',

  project(ctx: ConversionContext): void {
    const converted = new Map<string, VolumePlan>();
    for (const volume of Object.values(ctx.project.volumes)) converted.set(volume.key, convertVolume(ctx, volume));
    plans.set(ctx, converted);
  },

  service(ctx: ConversionContext, service: Service): TaskContribution | undefined {
    const mounts = service.volumes.map((mount, index) => ({ mount, index })).filter(({ mount }) => mount.type === 'volume');
    if (mounts.length === 0) return undefined;
    const converted = plans.get(ctx) ?? new Map<string, VolumePlan>();
    const writable = new Map<string, boolean>();
    const mountPoints: Record<string, unknown>[] = [];
    for (const { mount, index } of mounts) {
      const key = checkMount(ctx, service, mount, index);
      writable.set(key, (writable.get(key) ?? false) || !mount.readOnly);
      mountPoints.push({ ContainerPath: mount.target, ReadOnly: mount.readOnly, SourceVolume: key });
    }
    const used = [...writable.keys()].map((key) => {
      const plan = converted.get(key);
      if (plan === undefined) throw ctx.error(`volume "${key}" was not converted.`, `volumes.${key}`);
      return plan;
    });
    return {
      mainContainer: { MountPoints: mountPoints },
      volumes: used.map((plan) => ({
        EFSVolumeConfiguration: {
          AuthorizationConfig: { AccessPointId: ref(plan.accessPoint), IAM: 'ENABLED' },
          FilesystemId: plan.fileSystemId,
          TransitEncryption: 'ENABLED',
        },
        Name: plan.key,
      })),
      taskRolePolicies: used.map((plan) => mountPolicy(service, plan, writable.get(plan.key) ?? false)),
      serviceDependsOn: used.flatMap((plan) => plan.mountTargets),
    };
  },
};
