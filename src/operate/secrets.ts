// The project's Secrets Manager secrets: those `secret create` made and those deploy created from local files.
// A secret belongs to a project when it carries the project's tag, under Docker's key
// (com.docker.compose.project) or the action's (compose-ecs-action:project); `secret create` sets both. The
// tag is the scope: list shows only the project's secrets, and inspect, update and delete refuse any other, so a
// workflow cannot touch a secret it did not make.

import type { DescribeSecretCommandOutput, SecretListEntry } from '@aws-sdk/client-secrets-manager';
import type { AwsClients } from '../aws/clients.js';
import { errorCode } from '../aws/clients.js';
import { TAG_PROJECT } from '../aws/stacks.js';
import { PROJECT_TAG } from '../convert/naming.js';
import { UserError } from '../errors.js';

export const SECRET_PROJECT_TAG_KEYS = [PROJECT_TAG, TAG_PROJECT] as const;

type Tagged = { Tags?: { Key?: string; Value?: string }[] };

export function belongsToProject(secret: Tagged, project: string): boolean {
  return (secret.Tags ?? []).some((t) => (SECRET_PROJECT_TAG_KEYS as readonly (string | undefined)[]).includes(t.Key) && t.Value === project);
}

/** Secrets tagged for the project, all pages; those scheduled for deletion only when asked. */
export async function listProjectSecrets(clients: AwsClients, project: string, options: { includePlannedDeletion?: boolean } = {}): Promise<SecretListEntry[]> {
  const { sdk, client } = await clients.secretsManager();
  const found = new Map<string, SecretListEntry>();
  // One query per tag key: Secrets Manager ANDs filters, and a secret may carry either key.
  for (const key of SECRET_PROJECT_TAG_KEYS) {
    const paginator = sdk.paginateListSecrets(
      { client },
      { Filters: [{ Key: 'tag-key', Values: [key] }, { Key: 'tag-value', Values: [project] }], IncludePlannedDeletion: options.includePlannedDeletion ?? false },
    );
    for await (const page of paginator) {
      // The filters match prefixes and any tag: check the exact pair here.
      for (const secret of page.SecretList ?? []) if (secret.ARN && belongsToProject(secret, project)) found.set(secret.ARN, secret);
    }
  }
  return [...found.values()].sort((a, b) => (a.Name ?? '').localeCompare(b.Name ?? ''));
}

/** The secret's metadata, or undefined when there is no such secret. Never its value. */
export async function describeSecret(clients: AwsClients, nameOrArn: string): Promise<DescribeSecretCommandOutput | undefined> {
  const { sdk, client } = await clients.secretsManager();
  try {
    return await client.send(new sdk.DescribeSecretCommand({ SecretId: nameOrArn }));
  } catch (error) {
    if (errorCode(error) === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}

/** The secret, which must exist and belong to the project. */
export async function requireProjectSecret(clients: AwsClients, nameOrArn: string, project: string, action: string): Promise<DescribeSecretCommandOutput> {
  const secret = await describeSecret(clients, nameOrArn);
  if (!secret) throw new UserError(`Secret "${nameOrArn}" does not exist in ${clients.region}. List the project's secrets with secret-action: list.`);
  if (!belongsToProject(secret, project)) {
    throw new UserError(
      `Refusing to ${action} secret "${secret.Name ?? nameOrArn}": it is not tagged for project "${project}" (${SECRET_PROJECT_TAG_KEYS.join(' or ')}). This mode only manages the project's own secrets; check "project-name", or manage this secret outside the action.`,
    );
  }
  return secret;
}

export interface SecretDeletion {
  name: string;
  arn: string;
  /** When Secrets Manager will purge it (now when deleted immediately). */
  deletionDate?: Date;
}

/** Deletes a secret: scheduled after the recovery window (default 30 days), or at once. */
export async function deleteSecret(clients: AwsClients, arn: string, immediately: boolean): Promise<SecretDeletion> {
  const { sdk, client } = await clients.secretsManager();
  const result = await client.send(new sdk.DeleteSecretCommand(immediately ? { SecretId: arn, ForceDeleteWithoutRecovery: true } : { SecretId: arn }));
  return { name: result.Name ?? arn, arn: result.ARN ?? arn, deletionDate: result.DeletionDate };
}
