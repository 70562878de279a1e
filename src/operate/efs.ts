// The project's EFS file systems (Compose volumes). Stacks create them with DeletionPolicy Retain, so `down`
// keeps the data, exactly as Docker's integration did; `volume ls`/`volume rm` and teardown's `delete-volumes`
// manage what is left. A file system is found by its tags: com.docker.compose.project and
// com.docker.compose.volume, set by the converter.
//
// Removing one is three steps, because EFS refuses to delete a file system that still has mount targets:
// access points and mount targets first, wait until the mount targets are gone (they take a while to leave
// the "deleting" state), then the file system.

import type { FileSystemDescription } from '@aws-sdk/client-efs';
import type { AwsClients } from '../aws/clients.js';
import { errorCode } from '../aws/clients.js';
import { Pacer } from '../aws/wait.js';
import { PROJECT_TAG, VOLUME_TAG } from '../convert/naming.js';
import { UserError } from '../errors.js';
import { describeStack, listStackResources } from './stacks.js';

/** CloudFormation tags every resource it creates with the owning stack's name. */
export const CFN_STACK_NAME_TAG = 'aws:cloudformation:stack-name';

export interface ProjectFileSystem {
  id: string;
  /** The Compose volume key (com.docker.compose.volume tag). */
  volume?: string;
  /** The project tag value it was found by. */
  project: string;
  name?: string;
  sizeBytes?: number;
  lifeCycleState?: string;
  mountTargets: number;
  createdAt?: Date;
  /** The stack that created it (aws:cloudformation:stack-name tag). */
  ownerStack?: string;
  /** Why it counts as in use, or undefined when nothing uses it. */
  inUseBy?: string;
}

const tagMap = (fs: FileSystemDescription) => new Map((fs.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));

/**
 * File systems tagged for the project. `projectTagValues`: the values com.docker.compose.project may carry — the
 * project name, and the stack name when it differs (stacks named explicitly tag their volumes with either).
 */
export async function listProjectFileSystems(clients: AwsClients, projectTagValues: readonly string[]): Promise<ProjectFileSystem[]> {
  const { sdk, client } = await clients.efs();
  const wanted = new Set(projectTagValues.filter((v) => v !== ''));
  const found: ProjectFileSystem[] = [];
  for await (const page of sdk.paginateDescribeFileSystems({ client }, {})) {
    for (const fs of page.FileSystems ?? []) {
      const tags = tagMap(fs);
      const project = tags.get(PROJECT_TAG);
      if (!fs.FileSystemId || project === undefined || !wanted.has(project)) continue;
      if (fs.LifeCycleState === 'deleted' || fs.LifeCycleState === 'deleting') continue;
      found.push({
        id: fs.FileSystemId,
        volume: tags.get(VOLUME_TAG),
        project,
        name: fs.Name ?? tags.get('Name'),
        sizeBytes: fs.SizeInBytes?.Value,
        lifeCycleState: fs.LifeCycleState,
        mountTargets: fs.NumberOfMountTargets ?? 0,
        createdAt: fs.CreationTime,
        ownerStack: tags.get(CFN_STACK_NAME_TAG),
      });
    }
  }
  return found.sort((a, b) => (a.volume ?? a.id).localeCompare(b.volume ?? b.id));
}

/**
 * Marks each file system a live stack still uses: the stack holds the file system itself as a resource, or holds
 * mount targets on it (a redeploy that reuses a retained file system creates its own mount targets). The stacks
 * asked are the file systems' owner stacks and `projectStacks` (the project's other live stacks). Mount targets
 * no live stack holds are leftovers: removal deletes them.
 */
export async function markFileSystemsInUse(clients: AwsClients, fileSystems: ProjectFileSystem[], projectStacks: readonly string[] = []): Promise<void> {
  if (fileSystems.length === 0) return;
  const holder = new Map<string, string>();
  const stacks = new Set([...projectStacks, ...fileSystems.map((fs) => fs.ownerStack).filter((s): s is string => s !== undefined)]);
  for (const stackName of stacks) {
    if (!(await describeStack(clients, stackName))) continue;
    for (const resource of await listStackResources(clients, stackName)) {
      if (resource.PhysicalResourceId && resource.ResourceStatus !== 'DELETE_COMPLETE') holder.set(resource.PhysicalResourceId, stackName);
    }
  }
  for (const fs of fileSystems) {
    const owner = holder.get(fs.id);
    if (owner) {
      fs.inUseBy = `stack ${owner}`;
      continue;
    }
    if (fs.mountTargets === 0) continue;
    const heldBy = new Set((await listMountTargets(clients, fs.id)).map((mt) => holder.get(mt.id)).filter((s): s is string => s !== undefined));
    if (heldBy.size > 0) fs.inUseBy = `mount targets of stack ${[...heldBy].join(', ')}`;
  }
}

export interface RemovalProgress {
  info(message: string): void;
}

/** Deletes a file system: access points, mount targets (waiting until they are gone), then the file system. */
export async function deleteFileSystem(clients: AwsClients, fileSystemId: string, signal: AbortSignal, progress: RemovalProgress): Promise<void> {
  const { sdk, client } = await clients.efs();
  const accessPoints: string[] = [];
  for await (const page of sdk.paginateDescribeAccessPoints({ client }, { FileSystemId: fileSystemId })) {
    for (const ap of page.AccessPoints ?? []) if (ap.AccessPointId) accessPoints.push(ap.AccessPointId);
  }
  for (const id of accessPoints) {
    await ignoreMissing(() => client.send(new sdk.DeleteAccessPointCommand({ AccessPointId: id })), 'AccessPointNotFound');
    progress.info(`  deleted access point ${id}`);
  }
  const mountTargets = await listMountTargets(clients, fileSystemId);
  for (const mt of mountTargets) {
    if (mt.state === 'deleting' || mt.state === 'deleted') continue;
    await ignoreMissing(() => client.send(new sdk.DeleteMountTargetCommand({ MountTargetId: mt.id })), 'MountTargetNotFound');
    progress.info(`  deleting mount target ${mt.id}`);
  }
  if (mountTargets.length > 0) {
    const pacer = new Pacer(clients.calls, signal);
    for (;;) {
      const left = (await listMountTargets(clients, fileSystemId)).filter((mt) => mt.state !== 'deleted');
      if (left.length === 0) break;
      await pacer.pause();
    }
    progress.info(`  mount targets of ${fileSystemId} deleted`);
  }
  try {
    await client.send(new sdk.DeleteFileSystemCommand({ FileSystemId: fileSystemId }));
  } catch (error) {
    if (errorCode(error) === 'FileSystemNotFound') return;
    if (errorCode(error) === 'FileSystemInUse') {
      throw new UserError(`EFS file system ${fileSystemId} is still in use (a mount target or a replication): retry in a minute, or check it in the EFS console.`, { cause: error });
    }
    throw error;
  }
}

async function listMountTargets(clients: AwsClients, fileSystemId: string): Promise<{ id: string; state?: string }[]> {
  const { sdk, client } = await clients.efs();
  const targets: { id: string; state?: string }[] = [];
  try {
    for await (const page of sdk.paginateDescribeMountTargets({ client }, { FileSystemId: fileSystemId })) {
      for (const mt of page.MountTargets ?? []) if (mt.MountTargetId) targets.push({ id: mt.MountTargetId, state: mt.LifeCycleState });
    }
  } catch (error) {
    if (errorCode(error) === 'FileSystemNotFound') return [];
    throw error;
  }
  return targets;
}

async function ignoreMissing(call: () => Promise<unknown>, missingCode: string): Promise<void> {
  try {
    await call();
  } catch (error) {
    if (errorCode(error) !== missingCode) throw error;
  }
}

/** 1536 → `1.5 KiB`. */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return '';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
