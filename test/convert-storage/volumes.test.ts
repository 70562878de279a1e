// Compose volumes → EFS (src/convert/volumes.ts), through the whole converter.

import { describe, expect, test } from '@jest/globals';
import type { ServiceVolume, Volume } from '../../src/compose/model.js';
import { renderTemplate } from '../../src/convert/index.js';
import { UserError } from '../../src/errors.js';
import { project, service } from '../convert/factory.js';
import { container, convertStorage, ofType, props, resource, storageError } from './support.js';

function volume(key: string, input: Partial<Volume> = {}): Volume {
  return { key, name: `demo_${key}`, external: false, driverOpts: {}, labels: {}, extensions: {}, ...input };
}

function mount(source: string | undefined, target: string, readOnly = false, extra: Partial<ServiceVolume> = {}): ServiceVolume {
  return { type: 'volume', ...(source !== undefined ? { source } : {}), target, readOnly, extensions: {}, ...extra };
}

const subnetsInZones = {
  vpcId: 'vpc-12345678',
  subnets: [
    { id: 'subnet-aaaa1111', availabilityZone: 'eu-west-3a' },
    { id: 'subnet-aaaa2222', availabilityZone: 'eu-west-3a' },
    { id: 'subnet-bbbb1111', availabilityZone: 'eu-west-3b' },
  ],
};

describe('a mounted volume', () => {
  const app = service('app', { volumes: [mount('db-data', '/data', true)] });
  const r = convertStorage('volume-mounted', project([app], { volumes: { 'db-data': volume('db-data') } }));

  test('file system: encrypted, retained on delete and on replacement, tagged like Docker', () => {
    const fs = resource(r, 'DbdataFilesystem');
    expect(fs).toMatchObject({ Type: 'AWS::EFS::FileSystem', DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    expect(fs.Properties).toMatchObject({ Encrypted: true });
    expect(props(r, 'DbdataFilesystem')['FileSystemTags']).toEqual([
      { Key: 'com.docker.compose.project', Value: 'demo' },
      { Key: 'com.docker.compose.volume', Value: 'db-data' },
      { Key: 'Name', Value: 'demo_db-data' },
    ]);
    expect(props(r, 'DbdataAccessPoint')).toMatchObject({ FileSystemId: { Ref: 'DbdataFilesystem' } });
    expect(props(r, 'DbdataAccessPoint')['PosixUser']).toBeUndefined();
  });

  test('mount targets in their own security group, which admits NFS from the service networks only', () => {
    expect(ofType(r, 'AWS::EFS::MountTarget')).toEqual(['DbdataNFSMountTargetOnSubnet11111111', 'DbdataNFSMountTargetOnSubnet22222222']);
    expect(props(r, 'DbdataNFSMountTargetOnSubnet11111111')).toEqual({
      FileSystemId: { Ref: 'DbdataFilesystem' },
      SecurityGroups: [{ 'Fn::GetAtt': ['DbdataNFSSecurityGroup', 'GroupId'] }],
      SubnetId: 'subnet-11111111',
    });
    expect(props(r, 'DbdataNFSIngressFromDefaultNetwork')).toMatchObject({
      FromPort: 2049,
      ToPort: 2049,
      IpProtocol: 'tcp',
      SourceSecurityGroupId: { Ref: 'DefaultNetwork' },
      GroupId: { 'Fn::GetAtt': ['DbdataNFSSecurityGroup', 'GroupId'] },
    });
  });

  test('task: EFS volume through the access point with TLS and IAM, read-only mount point, service waits for the mount targets', () => {
    expect(props(r, 'AppTaskDefinition')['Volumes']).toEqual([
      {
        Name: 'db-data',
        EFSVolumeConfiguration: {
          AuthorizationConfig: { AccessPointId: { Ref: 'DbdataAccessPoint' }, IAM: 'ENABLED' },
          FilesystemId: { Ref: 'DbdataFilesystem' },
          TransitEncryption: 'ENABLED',
        },
      },
    ]);
    expect(container(r, 'app')['MountPoints']).toEqual([{ ContainerPath: '/data', ReadOnly: true, SourceVolume: 'db-data' }]);
    expect(resource(r, 'AppService').DependsOn).toEqual(expect.arrayContaining(['DbdataNFSMountTargetOnSubnet11111111', 'DbdataNFSMountTargetOnSubnet22222222']));
  });

  test('task role: mount (no write for a read-only mount) conditioned on the access point ARN, which can match', () => {
    expect(props(r, 'AppTaskDefinition')['TaskRoleArn']).toEqual({ 'Fn::GetAtt': ['AppTaskRole', 'Arn'] });
    const [policy] = props(r, 'AppTaskRole')['Policies'];
    expect(policy.PolicyName).toBe('AppDbdataVolumeMountPolicy');
    expect(policy.PolicyDocument.Statement).toEqual([
      {
        Effect: 'Allow',
        Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientRootAccess'],
        Resource: [{ 'Fn::GetAtt': ['DbdataFilesystem', 'Arn'] }],
        Condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': { 'Fn::GetAtt': ['DbdataAccessPoint', 'Arn'] } } },
      },
    ]);
  });
});

test('a writable mount gets ClientWrite; a PosixUser on the access point drops ClientRootAccess', () => {
  const app = service('app', { volumes: [mount('data', '/data')] });
  const r = convertStorage('volume-writable-posix', project([app], { volumes: { data: volume('data', { driverOpts: { uid: '1000', gid: '1000' } }) } }));
  expect(props(r, 'AppTaskRole')['Policies'][0].PolicyDocument.Statement[0].Action).toEqual(['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite']);
});

describe('driver_opts', () => {
  test('file system options (Docker TestCreateVolume)', () => {
    const driverOpts = { backup_policy: 'ENABLED', lifecycle_policy: 'AFTER_30_DAYS', performance_mode: 'maxIO', throughput_mode: 'provisioned', provisioned_throughput: '1024', kms_key_id: 'alias/efs' };
    const r = convertStorage('volume-driver-opts', project([service('test')], { volumes: { 'db-data': volume('db-data', { driverOpts }) } }));
    expect(props(r, 'DbdataFilesystem')).toMatchObject({
      BackupPolicy: { Status: 'ENABLED' },
      KmsKeyId: 'alias/efs',
      LifecyclePolicies: [{ TransitionToIA: 'AFTER_30_DAYS' }],
      PerformanceMode: 'maxIO',
      ProvisionedThroughputInMibps: 1024,
      ThroughputMode: 'provisioned',
    });
    // Unused volumes are still created, as Docker did.
    expect(props(r, 'DbdataNFSMountTargetOnSubnet22222222')['FileSystemId']).toEqual({ Ref: 'DbdataFilesystem' });
    expect(ofType(r, 'AWS::EC2::SecurityGroupIngress').filter((id) => id.startsWith('Dbdata'))).toEqual([]);
  });

  test('access point: uid/gid, root_directory with CreationInfo and permissions', () => {
    const driverOpts = { uid: '1002', gid: '1003', root_directory: '/app', permissions: '750' };
    const r = convertStorage('volume-access-point', project([service('test')], { volumes: { 'db-data': volume('db-data', { driverOpts }) } }));
    expect(props(r, 'DbdataAccessPoint')).toMatchObject({
      PosixUser: { Uid: '1002', Gid: '1003' },
      RootDirectory: { Path: '/app', CreationInfo: { OwnerUid: '1002', OwnerGid: '1003', Permissions: '750' } },
    });
  });

  test('root_directory without uid keeps Docker\'s shape (no CreationInfo) and warns', () => {
    const r = convertStorage('volume-root-no-uid', project([service('test')], { volumes: { data: volume('data', { driverOpts: { root_directory: '/x' } }) } }));
    expect(props(r, 'DataAccessPoint')['RootDirectory']).toEqual({ Path: '/x' });
    expect(r.warnings.map((w) => w.key)).toContain('volumes.data.driver_opts.root_directory');
  });

  test.each([
    [{ backup_policy: 'maybe' }, /backup_policy must be one of ENABLED, DISABLED/],
    [{ throughput_mode: 'provisioned' }, /needs provisioned_throughput/],
    [{ provisioned_throughput: '10' }, /needs throughput_mode: provisioned/],
    [{ uid: '-1', gid: '1' }, /uid must be a numeric POSIX id/],
    [{ uid: '1' }, /uid needs gid/],
    [{ permissions: 'rwx' }, /permissions must be octal/],
    [{ root_directory: 'relative' }, /root_directory must be an absolute path/],
    [{ performance_mode: 'maxIO', throughput_mode: 'elastic' }, /elastic cannot be combined with performance_mode maxIO/],
  ])('%j is refused', (driverOpts, message) => {
    const error = storageError(project([service('test')], { volumes: { data: volume('data', { driverOpts }) } }));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(message);
    expect((error as UserError).key).toMatch(/^volumes\.data\.driver_opts\./);
  });

  test('unknown options are reported, not silently dropped', () => {
    const r = convertStorage('volume-unknown-opt', project([service('test')], { volumes: { data: volume('data', { driverOpts: { 'performance-mode': 'maxIO' } }) } }));
    expect(r.warnings.find((w) => w.key === 'volumes.data.driver_opts.performance-mode')?.message).toMatch(/not an EFS option/);
  });
});

describe('file systems the stack does not create', () => {
  test('external: true with name fs-…: no Filesystem, mount targets and access point on that id, ARN built for IAM', () => {
    const app = service('app', { volumes: [mount('db-data', '/data')] });
    const r = convertStorage('volume-external', project([app], { volumes: { 'db-data': volume('db-data', { external: true, name: 'fs-0123abcd' }) } }));
    expect(ofType(r, 'AWS::EFS::FileSystem')).toEqual([]);
    expect(props(r, 'DbdataNFSMountTargetOnSubnet11111111')['FileSystemId']).toBe('fs-0123abcd');
    expect(props(r, 'DbdataAccessPoint')['FileSystemId']).toBe('fs-0123abcd');
    expect(props(r, 'AppTaskDefinition')['Volumes'][0].EFSVolumeConfiguration.FilesystemId).toBe('fs-0123abcd');
    expect(props(r, 'AppTaskRole')['Policies'][0].PolicyDocument.Statement[0].Resource).toEqual([
      { 'Fn::Sub': 'arn:${AWS::Partition}:elasticfilesystem:${AWS::Region}:${AWS::AccountId}:file-system/fs-0123abcd' },
    ]);
  });

  test('external given as an ARN: the ARN is used for IAM, the id elsewhere', () => {
    const arn = 'arn:aws:elasticfilesystem:eu-west-3:123456789012:file-system/fs-0123abcd';
    const app = service('app', { volumes: [mount('data', '/data')] });
    const r = convertStorage('volume-external-arn', project([app], { volumes: { data: volume('data', { external: true, name: arn }) } }));
    expect(props(r, 'DataAccessPoint')['FileSystemId']).toBe('fs-0123abcd');
    expect(props(r, 'AppTaskRole')['Policies'][0].PolicyDocument.Statement[0].Resource).toEqual([arn]);
  });

  test('external without a file system name is refused', () => {
    expect(storageError(project([service('test')], { volumes: { data: volume('data', { external: true, name: 'data' }) } })).message).toMatch(
      /must be named after an existing EFS file system/,
    );
  });

  test('a retained file system found at runtime (existingFileSystems) is reattached instead of created', () => {
    const app = service('app', { volumes: [mount('db-data', '/data')] });
    const r = convertStorage('volume-reattach', project([app], { volumes: { 'db-data': volume('db-data', { driverOpts: { backup_policy: 'ENABLED' } }) } }), {
      existingFileSystems: { 'db-data': 'fs-0abc1234' },
    });
    expect(ofType(r, 'AWS::EFS::FileSystem')).toEqual([]);
    expect(props(r, 'DbdataNFSMountTargetOnSubnet22222222')['FileSystemId']).toBe('fs-0abc1234');
    expect(r.warnings.map((w) => w.key)).toContain('volumes.db-data.driver_opts.backup_policy');
  });

  test('x-aws-mount_targets: false creates no mount targets (their file system already has them)', () => {
    const app = service('app', { volumes: [mount('data', '/data')] });
    const data = volume('data', { external: true, name: 'fs-0123abcd', extensions: { 'x-aws-mount_targets': false } });
    const r = convertStorage('volume-no-mount-targets', project([app], { volumes: { data } }));
    expect(ofType(r, 'AWS::EFS::MountTarget')).toEqual([]);
    expect(ofType(r, 'AWS::EC2::SecurityGroup')).toEqual(['DefaultNetwork']);
    expect(resource(r, 'AppService').DependsOn ?? []).not.toContain('DataNFSMountTargetOnSubnet11111111');
  });
});

describe('mount targets per availability zone', () => {
  const app = service('app', { volumes: [mount('data', '/data')] });
  const p = project([app], { volumes: { data: volume('data') } });

  test('one per zone: of two subnets in one zone, the first given', () => {
    const r = convertStorage('volume-zones', p, { network: subnetsInZones });
    expect(ofType(r, 'AWS::EFS::MountTarget')).toEqual(['DataNFSMountTargetOnSubnetaaaa1111', 'DataNFSMountTargetOnSubnetbbbb1111']);
    expect(resource(r, 'AppService').DependsOn).toEqual(expect.arrayContaining(['DataNFSMountTargetOnSubnetaaaa1111', 'DataNFSMountTargetOnSubnetbbbb1111']));
  });

  test('zones unknown: one per subnet; subnets as Parameters: one per Parameter', () => {
    expect(ofType(convertStorage('volume-zones-unknown', p), 'AWS::EFS::MountTarget')).toHaveLength(2);
    const r = convertStorage('volume-zones-parameters', p, { network: {} });
    expect(props(r, 'DataNFSMountTargetOnSubnet1')['SubnetId']).toEqual({ Ref: 'ParameterSubnet1Id' });
    expect(props(r, 'DataNFSMountTargetOnSubnet2')['SubnetId']).toEqual({ Ref: 'ParameterSubnet2Id' });
  });
});

describe('refused mounts', () => {
  test('a volume without source: Docker\'s "sourceless volumes" error, pointing at the mount', () => {
    const error = storageError(project([service('test', { volumes: [mount(undefined, 'db-data')] })], { volumes: { 'db-data': volume('db-data') } }));
    expect(error.message).toContain('service test has an invalid volume db-data: ECS does not support sourceless volumes');
    expect((error as UserError).key).toBe('services.test.volumes[0]');
  });

  test('bind mounts and tmpfs: Docker\'s errors', () => {
    const bind = storageError(project([service('web', { volumes: [{ type: 'bind', source: '/src/html', target: '/usr/share/nginx/html', readOnly: false, extensions: {} }] })]));
    expect(bind.message.toLowerCase()).toContain('bind mount');
    const tmpfs = storageError(project([service('web', { volumes: [{ type: 'tmpfs', target: '/cache', readOnly: false, extensions: {} }] })]));
    expect(tmpfs.message).toContain('ECS Fargate does not support tmpfs');
  });

  test('volume.subpath, undeclared volumes and volume names ECS refuses', () => {
    const subpath = project([service('app', { volumes: [mount('data', '/d', false, { volume: { subpath: 'x' } })] })], { volumes: { data: volume('data') } });
    expect(storageError(subpath).message).toMatch(/subpath is not supported/);
    expect(storageError(project([service('app', { volumes: [mount('nope', '/d')] })])).message).toMatch(/not declared under the top-level volumes/);
    expect(storageError(project([service('app')], { volumes: { 'my.data': volume('my.data') } })).message).toMatch(/ECS volume names may hold only/);
  });
});

test('two services on one volume: one security-group rule per network, one policy per service', () => {
  const a = service('a', { volumes: [mount('data', '/data')], networks: { front: null } });
  const b = service('b', { volumes: [mount('data', '/data', true), mount('data', '/again', true)], networks: { back: null, front: null } });
  const r = convertStorage('volume-shared', project([a, b], { volumes: { data: volume('data') } }));
  expect(ofType(r, 'AWS::EC2::SecurityGroupIngress').filter((id) => id.startsWith('DataNFS'))).toEqual(['DataNFSIngressFromBackNetwork', 'DataNFSIngressFromFrontNetwork']);
  expect(props(r, 'BTaskDefinition')['Volumes']).toHaveLength(1);
  expect(container(r, 'b')['MountPoints']).toHaveLength(2);
  expect(props(r, 'BTaskRole')['Policies'].map((p: { PolicyName: string }) => p.PolicyName)).toEqual(['BDataVolumeMountPolicy']);
});

test('converting the same project twice gives byte-identical templates with the same logical IDs', () => {
  const build = () =>
    project(
      [service('app', { volumes: [mount('db-data', '/data'), mount('logs', '/logs', true)] }), service('worker', { volumes: [mount('db-data', '/data')] })],
      { volumes: { 'db-data': volume('db-data', { driverOpts: { uid: '1', gid: '1' } }), logs: volume('logs') } },
    );
  const first = convertStorage('volume-idempotent', build(), { network: subnetsInZones });
  const second = convertStorage('volume-idempotent', build(), { network: subnetsInZones });
  expect(renderTemplate(second.template, 'yaml')).toBe(renderTemplate(first.template, 'yaml'));
  expect(renderTemplate(second.template, 'json')).toBe(renderTemplate(first.template, 'json'));
  expect(Object.keys(second.template.Resources).sort()).toEqual(Object.keys(first.template.Resources).sort());
});
