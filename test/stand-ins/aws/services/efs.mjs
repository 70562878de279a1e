// EFS (restJson1, /2015-02-01/...): what teardown of retained volumes needs. Mount
// target deletion is asynchronous like in AWS (LifeCycleState 'deleting' for two step
// delays), so DeleteFileSystem answers FileSystemInUse until callers have waited.
import { ACCOUNT, REGION, paginate } from '../state.mjs';
import { AwsError } from '../protocols.mjs';

const notFound = (code, message) => new AwsError(code, message, 404);

function fileSystemView(state, fs) {
  const mts = [...state.efs.mountTargets.values()].filter((m) => m.FileSystemId === fs.FileSystemId);
  return {
    OwnerId: ACCOUNT,
    CreationToken: fs.CreationToken ?? fs.FileSystemId,
    FileSystemId: fs.FileSystemId,
    FileSystemArn: `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/${fs.FileSystemId}`,
    CreationTime: fs.CreationTime ?? new Date(),
    LifeCycleState: fs.LifeCycleState ?? 'available',
    Name: fs.Name,
    NumberOfMountTargets: mts.length,
    SizeInBytes: { Value: 6144, Timestamp: new Date() },
    PerformanceMode: fs.PerformanceMode ?? 'generalPurpose',
    ThroughputMode: fs.ThroughputMode ?? 'bursting',
    Encrypted: fs.Encrypted ?? false,
    Tags: fs.Tags ?? [],
  };
}

/** Seed a file system (optionally with mount targets/access points) outside any stack. */
export function seedFileSystem(state, { fileSystemId, tags = [], mountTargets = 0, accessPoints = 0, name } = {}) {
  const id = fileSystemId ?? `fs-${state.hex(17)}`;
  state.efs.fileSystems.set(id, { FileSystemId: id, Tags: tags, Name: name ?? tags.find((t) => t.Key === 'Name')?.Value, CreationTime: new Date() });
  for (let i = 0; i < mountTargets; i++) {
    const subnet = state.network.subnets[i % state.network.subnets.length];
    const mt = `fsmt-${state.hex(17)}`;
    state.efs.mountTargets.set(mt, {
      MountTargetId: mt, FileSystemId: id, SubnetId: subnet.subnetId, VpcId: subnet.vpcId, AvailabilityZoneName: subnet.availabilityZone,
      AvailabilityZoneId: subnet.availabilityZoneId, IpAddress: `172.31.${i}.10`, NetworkInterfaceId: `eni-${state.hex(17)}`, LifeCycleState: 'available',
    });
  }
  for (let i = 0; i < accessPoints; i++) {
    const ap = `fsap-${state.hex(17)}`;
    state.efs.accessPoints.set(ap, { AccessPointId: ap, AccessPointArn: `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:access-point/${ap}`, FileSystemId: id, Tags: [], LifeCycleState: 'available' });
  }
  return id;
}

/** Route a REST request: returns [operation name, result (JSON-able) | undefined for 204]. */
export function efs(state, req) {
  const m = /^\/2015-02-01\/([a-z-]+)(?:\/([^/?]+))?$/.exec(req.path);
  const q = (k) => req.query.get(k) ?? undefined;
  if (!m) throw new AwsError('BadRequest', `stand-in does not implement EFS ${req.method} ${req.path}`, 400);
  const [, collection, id] = m;
  const key = `${req.method} ${collection}${id ? '/{id}' : ''}`;
  switch (key) {
    case 'GET file-systems': {
      let all = [...state.efs.fileSystems.values()];
      if (q('FileSystemId')) {
        all = all.filter((f) => f.FileSystemId === q('FileSystemId'));
        if (!all.length) throw notFound('FileSystemNotFound', `File system '${q('FileSystemId')}' does not exist.`);
      }
      if (q('CreationToken')) all = all.filter((f) => f.CreationToken === q('CreationToken'));
      const { page, nextToken } = paginate(all, q('Marker'), q('MaxItems'), state.pageSize, 'efsfs');
      return ['DescribeFileSystems', { Marker: q('Marker'), FileSystems: page.map((f) => fileSystemView(state, f)), NextMarker: nextToken }];
    }
    case 'DELETE file-systems/{id}': {
      const fs = state.efs.fileSystems.get(id);
      if (!fs) throw notFound('FileSystemNotFound', `File system '${id}' does not exist.`);
      if ([...state.efs.mountTargets.values()].some((mt) => mt.FileSystemId === id)) {
        throw new AwsError('FileSystemInUse', `File system '${id}' has mount targets and cannot be deleted.`, 409);
      }
      state.efs.fileSystems.delete(id);
      for (const [apId, ap] of state.efs.accessPoints) if (ap.FileSystemId === id) state.efs.accessPoints.delete(apId);
      return ['DeleteFileSystem', undefined];
    }
    case 'GET mount-targets': {
      let all = [...state.efs.mountTargets.values()];
      if (q('FileSystemId')) {
        if (!state.efs.fileSystems.has(q('FileSystemId'))) throw notFound('FileSystemNotFound', `File system '${q('FileSystemId')}' does not exist.`);
        all = all.filter((mt) => mt.FileSystemId === q('FileSystemId'));
      } else if (q('MountTargetId')) {
        all = all.filter((mt) => mt.MountTargetId === q('MountTargetId'));
        if (!all.length) throw notFound('MountTargetNotFound', `Mount target '${q('MountTargetId')}' does not exist.`);
      } else if (!q('AccessPointId')) {
        throw new AwsError('BadRequest', 'Either FileSystemId, MountTargetId or AccessPointId must be specified.', 400);
      }
      const { page, nextToken } = paginate(all, q('Marker'), q('MaxItems'), state.pageSize, 'efsmt');
      return ['DescribeMountTargets', { Marker: q('Marker'), MountTargets: page.map((mt) => ({ OwnerId: ACCOUNT, ...mt })), NextMarker: nextToken }];
    }
    case 'DELETE mount-targets/{id}': {
      const mt = state.efs.mountTargets.get(id);
      if (!mt) throw notFound('MountTargetNotFound', `Mount target '${id}' does not exist.`);
      if (mt.LifeCycleState !== 'deleting') {
        mt.LifeCycleState = 'deleting';
        state.sleep(state.stepDelayMs * 2).then(() => state.efs.mountTargets.delete(id), () => {});
      }
      return ['DeleteMountTarget', undefined];
    }
    case 'GET access-points': {
      let all = [...state.efs.accessPoints.values()];
      if (q('AccessPointId')) {
        all = all.filter((ap) => ap.AccessPointId === q('AccessPointId'));
        if (!all.length) throw notFound('AccessPointNotFound', `Access point '${q('AccessPointId')}' does not exist.`);
      }
      if (q('FileSystemId')) {
        if (!state.efs.fileSystems.has(q('FileSystemId'))) throw notFound('FileSystemNotFound', `File system '${q('FileSystemId')}' does not exist.`);
        all = all.filter((ap) => ap.FileSystemId === q('FileSystemId'));
      }
      const { page, nextToken } = paginate(all, q('NextToken'), q('MaxResults'), state.pageSize, 'efsap');
      return ['DescribeAccessPoints', { AccessPoints: page.map((ap) => ({ OwnerId: ACCOUNT, ...ap })), NextToken: nextToken }];
    }
    case 'DELETE access-points/{id}': {
      if (!state.efs.accessPoints.delete(id)) throw notFound('AccessPointNotFound', `Access point '${id}' does not exist.`);
      return ['DeleteAccessPoint', undefined];
    }
    default:
      throw new AwsError('BadRequest', `stand-in does not implement EFS ${req.method} ${req.path}`, 400);
  }
}

/** Operation name for the request log, without running the request. */
export function efsOperation(method, path) {
  const m = /^\/2015-02-01\/([a-z-]+)(\/[^/?]+)?/.exec(path);
  const names = {
    'GET file-systems': 'DescribeFileSystems', 'DELETE file-systems/': 'DeleteFileSystem', 'GET mount-targets': 'DescribeMountTargets',
    'DELETE mount-targets/': 'DeleteMountTarget', 'GET access-points': 'DescribeAccessPoints', 'DELETE access-points/': 'DeleteAccessPoint',
  };
  return (m && names[`${method} ${m[1]}${m[2] ? '/' : ''}`]) ?? `${method} ${path}`;
}
