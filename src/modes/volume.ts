// `volume` (docker volume ls / rm): the project's EFS file systems. `list` shows id, Compose volume, size and
// whether a stack uses it; `remove` deletes one by id — only one tagged for the project and used by no stack
// (a live stack holding it as a resource, or mount targets on it) — access points and mount targets first,
// waiting for the mount targets to go, then the file system.

import type { ModeContext } from './index.js';
import { AwsClients } from '../aws/clients.js';
import { verifyCredentials } from '../aws/credentials.js';
import { UserError } from '../errors.js';
import { projectScope } from '../operate/target.js';
import { deleteFileSystem, formatBytes, listProjectFileSystems, markFileSystemsInUse, type ProjectFileSystem } from '../operate/efs.js';
import { markdownTable, textTable, type Table } from '../operate/table.js';
import { resolveStackName } from '../stack-name.js';
import { describeAllStacks, projectOfStack } from '../operate/stacks.js';

const ACTIONS = ['list', 'remove'] as const;
/** docker volume's own verbs. */
const ALIASES: Record<string, (typeof ACTIONS)[number]> = { ls: 'list', rm: 'remove' };

export async function runVolume(context: ModeContext): Promise<void> {
  const { host, inputs } = context;
  const action = ALIASES[inputs.string('volume-action')] ?? inputs.oneOf('volume-action', ACTIONS);
  const volumeId = inputs.string('volume-id');
  if (action === 'remove' && !/^fs-[0-9a-f]{8,40}$/.test(volumeId)) {
    throw new UserError(volumeId === '' ? 'volume-action "remove" needs "volume-id", the EFS file system id (fs-…) that "list" shows.' : `"${volumeId}" is not an EFS file system id (fs-…). Run volume-action "list" to see the project's volumes.`);
  }
  const project = projectScope(context);
  const tagValues = projectTagValues(context, project);
  const clients = AwsClients.forHost(host, inputs);
  try {
    await verifyCredentials(clients);
    const fileSystems = await listProjectFileSystems(clients, tagValues);
    const projectStacks = fileSystems.length > 0 ? (await describeAllStacks(clients)).filter((stack) => tagValues.includes(projectOfStack(stack) ?? '')).map((stack) => stack.StackName ?? '') : [];
    await markFileSystemsInUse(clients, fileSystems, projectStacks);
    if (action === 'list') {
      const table = volumeTable(fileSystems);
      host.writeStdout(`${JSON.stringify(fileSystems.map(volumeJson), null, 2)}\n`);
      host.info(fileSystems.length === 0 ? `No EFS file systems tagged for project ${project}.` : textTable(table));
      await host.appendSummary(`## 💾 compose-ecs volume list: project \`${project}\`\n\n${fileSystems.length === 0 ? '_No volumes._' : markdownTable(table)}\n`);
      return;
    }
    const target = fileSystems.find((fs) => fs.id === volumeId);
    if (!target) {
      throw new UserError(`EFS file system ${volumeId} is not one of project ${project}'s volumes (none tagged com.docker.compose.project=${tagValues.join(' or ')} has that id). Run volume-action "list" to see them.`);
    }
    if (target.inUseBy) {
      throw new UserError(`EFS file system ${volumeId}${target.volume ? ` (volume "${target.volume}")` : ''} is in use by ${target.inUseBy}: tear the stack down first (mode: teardown), then remove the volume.`);
    }
    host.info(`Removing EFS file system ${volumeId}${target.volume ? ` (volume "${target.volume}", ${formatBytes(target.sizeBytes)})` : ''}…`);
    await deleteFileSystem(clients, volumeId, host.signal, host);
    host.info(`Removed ${volumeId}.`);
    await host.appendSummary(`## 💾 compose-ecs volume remove\n\n${markdownTable({ headers: ['Id', 'Volume', 'Size', 'Outcome'], rows: [[volumeId, target.volume ?? '', formatBytes(target.sizeBytes), 'deleted']] })}\n`);
  } finally {
    await clients.destroy();
  }
}

/**
 * The com.docker.compose.project values the project's volumes may carry: the project name (the converter's tag
 * and the stack tags CloudFormation propagates) and the stack name when it differs (named stacks).
 */
function projectTagValues(context: ModeContext, project: string): string[] {
  const values = new Set([project]);
  try {
    values.add(resolveStackName(context.inputs.string('stack-name'), project));
  } catch {
    // A project name that makes no stack name simply has no second value.
  }
  return [...values];
}

function volumeJson(fs: ProjectFileSystem) {
  return {
    id: fs.id,
    volume: fs.volume,
    project: fs.project,
    name: fs.name,
    sizeBytes: fs.sizeBytes,
    lifeCycleState: fs.lifeCycleState,
    mountTargets: fs.mountTargets,
    createdAt: fs.createdAt?.toISOString(),
    stack: fs.ownerStack,
    inUse: fs.inUseBy !== undefined,
    inUseBy: fs.inUseBy,
  };
}

function volumeTable(fileSystems: ProjectFileSystem[]): Table {
  return {
    headers: ['ID', 'VOLUME', 'SIZE', 'STATE', 'CREATED', 'IN USE'],
    rows: fileSystems.map((fs) => [fs.id, fs.volume ?? fs.name ?? '', formatBytes(fs.sizeBytes), fs.lifeCycleState ?? '', fs.createdAt?.toISOString() ?? '', fs.inUseBy ?? 'no']),
  };
}
