// The secrets deploy uploads before the change set runs: Compose secrets from a local file or an environment
// variable (convert/secrets.ts fileSecretsOf / environmentSecretsOf name them `compose-ecs/<stack>/<key>`; the
// template only refers to them). Each value is masked before anything else happens, never logged, and written
// only when it differs from the current one, so an unchanged secret gets no new version.

import { readFileSync } from 'node:fs';
import type { Tag } from '@aws-sdk/client-secrets-manager';
import { UserError } from '../errors.js';
import type { AwsClients } from './clients.js';
import { errorCode, errorMessage, isAccessDenied } from './clients.js';

export const TAG_STACK = 'compose-ecs-action:stack';

export interface SecretToUpload {
  key: string;
  name: string;
  /** Where the value comes from, for messages: a file path or `$VARIABLE`. */
  from: string;
  value: string;
}

export interface UploadResult {
  name: string;
  action: 'created' | 'updated' | 'unchanged';
}

/** Reads every value (a missing file or variable fails here, before any AWS call) and masks it. */
export function readSecretValues(
  files: { key: string; name: string; file: string }[],
  variables: { key: string; name: string; environment: string }[],
  env: Record<string, string | undefined>,
  setSecret: (value: string) => void,
): SecretToUpload[] {
  const secrets: SecretToUpload[] = [];
  for (const secret of files) {
    let value: string;
    try {
      value = readFileSync(secret.file, 'utf8');
    } catch (error) {
      throw new UserError(`secrets.${secret.key}: cannot read ${secret.file}: ${errorMessage(error)}. Create the file (in CI, write it from a GitHub secret first) or make the secret external.`, {
        key: `secrets.${secret.key}`,
      });
    }
    secrets.push({ key: secret.key, name: secret.name, from: secret.file, value });
  }
  for (const secret of variables) {
    const value = env[secret.environment];
    if (value === undefined) {
      throw new UserError(`secrets.${secret.key}: the environment variable ${secret.environment} is not set. Pass it to the step (env: ${secret.environment}: \${{ secrets.… }}).`, {
        key: `secrets.${secret.key}`,
      });
    }
    secrets.push({ key: secret.key, name: secret.name, from: `$${secret.environment}`, value });
  }
  for (const secret of secrets) {
    if (secret.value === '') throw new UserError(`secrets.${secret.key}: ${secret.from} is empty; Secrets Manager stores no empty value.`, { key: `secrets.${secret.key}` });
    setSecret(secret.value);
    // A trailing newline is how files end; mask the trimmed form too, since logs may show either.
    if (secret.value.trim() !== secret.value && secret.value.trim() !== '') setSecret(secret.value.trim());
  }
  return secrets;
}

export async function uploadSecrets(clients: AwsClients, secrets: SecretToUpload[], tags: Tag[]): Promise<UploadResult[]> {
  if (secrets.length === 0) return [];
  const { sdk, client } = await clients.secretsManager();
  const results: UploadResult[] = [];
  for (const secret of secrets) {
    try {
      await client.send(new sdk.CreateSecretCommand({ Name: secret.name, SecretString: secret.value, Tags: tags, Description: `Compose secret "${secret.key}", uploaded by compose-ecs-action` }));
      results.push({ name: secret.name, action: 'created' });
      continue;
    } catch (error) {
      if (errorCode(error) === 'InvalidRequestException' && /scheduled for deletion|marked for deletion/i.test(errorMessage(error))) {
        await client.send(new sdk.RestoreSecretCommand({ SecretId: secret.name }));
      } else if (errorCode(error) !== 'ResourceExistsException') {
        throw secretError(secret, error);
      }
    }
    try {
      let current: string | undefined;
      try {
        current = (await client.send(new sdk.GetSecretValueCommand({ SecretId: secret.name }))).SecretString;
      } catch (error) {
        // May write but not read: write unconditionally.
        if (!isAccessDenied(error) && errorCode(error) !== 'ResourceNotFoundException') throw error;
      }
      if (current === secret.value) {
        results.push({ name: secret.name, action: 'unchanged' });
      } else {
        await client.send(new sdk.PutSecretValueCommand({ SecretId: secret.name, SecretString: secret.value }));
        results.push({ name: secret.name, action: 'updated' });
      }
      await client.send(new sdk.TagResourceCommand({ SecretId: secret.name, Tags: tags }));
    } catch (error) {
      throw secretError(secret, error);
    }
  }
  return results;
}

function secretError(secret: SecretToUpload, error: unknown): UserError {
  const hint = isAccessDenied(error) ? ' Allow secretsmanager:CreateSecret, PutSecretValue, GetSecretValue and TagResource on compose-ecs/* for the job.' : '';
  return new UserError(`Cannot upload secret "${secret.key}" (from ${secret.from}) to Secrets Manager as ${secret.name}: ${errorCode(error) || 'error'}: ${errorMessage(error)}.${hint}`, { cause: error });
}
