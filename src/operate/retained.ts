// What outlives a stack: EFS file systems (the converter gives them DeletionPolicy Retain so data survives
// `down`, as Docker's did) and Secrets Manager secrets made outside the template. teardown reports them and
// deletes them only when asked (delete-volumes, delete-secrets).
//
// Scope is the stack, not the project: PR environments share a project name (shop-pr-12 and shop-pr-13 are both
// project "shop"). A file system counts when this stack created it (aws:cloudformation:stack-name tag) or held
// it as a resource. A secret counts when this stack held it or CloudFormation tagged it for this stack; a
// project-tagged secret no stack owns (made by `secret create` or by deploy) counts only when no other live
// stack of the project remains, since those stacks may still read it.
//
// One lookup serves every stack of a sweep: the file systems and secrets are listed once, not per stack.

import type { SecretListEntry } from '@aws-sdk/client-secrets-manager';
import type { AwsClients } from '../aws/clients.js';
import { CFN_STACK_NAME_TAG, listProjectFileSystems, markFileSystemsInUse, type ProjectFileSystem } from './efs.js';
import { listProjectSecrets } from './secrets.js';
import { describeAllStacks, projectOfStack } from './stacks.js';

export interface RetainedResources {
  fileSystems: ProjectFileSystem[];
  secrets: SecretListEntry[];
  /** Other live stacks of the project, when they are why the project's own secrets were left out. */
  secretsSharedWith: string[];
}

export interface DeletedStack {
  stackName: string;
  projectName: string;
  /** Physical ids of the stack's resources, read before the deletion (empty when not read). */
  resourceIds: ReadonlySet<string>;
}

/** The retained resources of each deleted stack, by stack name. */
export async function findRetained(clients: AwsClients, deleted: readonly DeletedStack[]): Promise<Map<string, RetainedResources>> {
  const result = new Map<string, RetainedResources>();
  if (deleted.length === 0) return result;
  const projects = [...new Set(deleted.map((d) => d.projectName))];
  let liveStacks: Promise<{ name: string; project?: string }[]> | undefined;
  const live = () => (liveStacks ??= describeAllStacks(clients).then((stacks) => stacks.map((s) => ({ name: s.StackName ?? '', project: projectOfStack(s) }))));
  const deletedNames = new Set(deleted.map((d) => d.stackName));
  const othersOf = async (project: string) => (await live()).filter((s) => s.project === project && !deletedNames.has(s.name)).map((s) => s.name);

  const candidates = await listProjectFileSystems(clients, [...projects, ...deleted.map((d) => d.stackName)]);
  const owned = candidates.filter((fs) => deleted.some((d) => fs.ownerStack === d.stackName || d.resourceIds.has(fs.id)));
  if (owned.length > 0) {
    // A file system a deleted stack created may since be mounted by another stack of the project (a redeploy reusing it).
    const others = (await Promise.all(projects.map(othersOf))).flat();
    await markFileSystemsInUse(clients, owned, others);
  }
  const secretsByProject = new Map<string, SecretListEntry[]>();
  for (const project of projects) secretsByProject.set(project, await listProjectSecrets(clients, project));

  for (const stack of deleted) {
    const fileSystems = owned.filter((fs) => fs.ownerStack === stack.stackName || stack.resourceIds.has(fs.id));
    const projectSecrets = secretsByProject.get(stack.projectName) ?? [];
    const ownedByStack = (s: SecretListEntry) => (s.ARN !== undefined && stack.resourceIds.has(s.ARN)) || (s.Tags ?? []).some((t) => t.Key === CFN_STACK_NAME_TAG && t.Value === stack.stackName);
    const stackSecrets = projectSecrets.filter(ownedByStack);
    // Secrets owned by another stack are that stack's business; unowned ones belong to the whole project.
    const unowned = projectSecrets.filter((s) => !(s.Tags ?? []).some((t) => t.Key === CFN_STACK_NAME_TAG));
    let secrets = stackSecrets;
    let secretsSharedWith: string[] = [];
    if (unowned.length > 0) {
      const others = await othersOf(stack.projectName);
      if (others.length > 0) secretsSharedWith = others;
      else secrets = [...stackSecrets, ...unowned.filter((s) => !stackSecrets.includes(s))];
    }
    result.set(stack.stackName, { fileSystems, secrets, secretsSharedWith });
  }
  // A secret shared by two stacks of one sweep is deleted once, by the last of them.
  const claimed = new Set<string>();
  for (const stack of [...deleted].reverse()) {
    const retained = result.get(stack.stackName) as RetainedResources;
    retained.secrets = retained.secrets.filter((s) => !claimed.has(s.ARN ?? '') && claimed.add(s.ARN ?? ''));
  }
  return result;
}
