// Credentials: where they come from (only the SDK's default chain) and the early check that fails at once, naming
// what to set, instead of an opaque error from the first AWS call.
//
// `credentialSource` looks only at the environment and the ~/.aws files, without any network call. preview uses
// it to recognise a run without credentials (a pull request from a fork gets no secrets and no OIDC token) and
// fall back to the template alone.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import type { AwsClients } from './clients.js';
import { errorMessage } from './clients.js';

export const MISSING_CREDENTIALS_HELP =
  'Give the job AWS credentials: aws-actions/configure-aws-credentials with OIDC (role-to-assume, and `permissions: id-token: write` on the job), ' +
  'or AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN), AWS_PROFILE with ~/.aws files, or AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN.';

/** A readable name of the first credential source the environment offers, or undefined when there is none. */
export function credentialSource(env: Record<string, string | undefined>): string | undefined {
  if (env.AWS_ACCESS_KEY_ID) return 'AWS_ACCESS_KEY_ID';
  if (env.AWS_WEB_IDENTITY_TOKEN_FILE) return 'AWS_WEB_IDENTITY_TOKEN_FILE (OIDC web identity)';
  if (env.AWS_PROFILE) return `AWS_PROFILE (${env.AWS_PROFILE})`;
  if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI) return 'AWS_CONTAINER_CREDENTIALS_* (container credentials endpoint)';
  const home = env.HOME || env.USERPROFILE;
  const files = [env.AWS_SHARED_CREDENTIALS_FILE, env.AWS_CONFIG_FILE, home ? join(home, '.aws', 'credentials') : undefined, home ? join(home, '.aws', 'config') : undefined];
  for (const file of files) if (file && existsSync(file)) return file;
  return undefined;
}

/**
 * Resolves the default chain once, before any other AWS call, so a missing or broken credential source fails
 * with what to set. Also the only path to instance-profile credentials when the environment names no source.
 */
export async function verifyCredentials(clients: AwsClients): Promise<void> {
  const { client } = await clients.sts();
  try {
    const resolve = client.config.credentials as () => Promise<{ accessKeyId?: string }>;
    const credentials = await resolve();
    if (!credentials?.accessKeyId) throw new Error('the credential chain returned no access key');
  } catch (error) {
    throw new UserError(`No usable AWS credentials (${errorMessage(error)}). ${MISSING_CREDENTIALS_HELP}`, { cause: error });
  }
}
