// The inputs every teardown reads (one stack or a sweep), checked before any AWS call.

import type { ModeContext } from './index.js';
import { UserError } from '../errors.js';

export interface TeardownOptions {
  wait: boolean;
  deleteVolumes: boolean;
  deleteSecrets: boolean;
  /** Unprotect termination-protected stacks and delete them. */
  force: boolean;
  timeoutMs: number;
  /** cfn-role-arn: the role CloudFormation assumes for the deletion. */
  roleArn?: string;
}

export function teardownOptions(context: ModeContext): TeardownOptions {
  const { inputs } = context;
  const wait = inputs.boolean('wait');
  const deleteVolumes = inputs.boolean('delete-volumes');
  const deleteSecrets = inputs.boolean('delete-secrets');
  if (!wait && (deleteVolumes || deleteSecrets)) {
    throw new UserError(
      `"${deleteVolumes ? 'delete-volumes' : 'delete-secrets'}" needs "wait: true": retained resources can only be removed once the stack is gone (EFS refuses to delete a file system while the stack's mount targets exist).`,
    );
  }
  return {
    wait,
    deleteVolumes,
    deleteSecrets,
    force: inputs.boolean('force'),
    timeoutMs: inputs.number('timeout-minutes', { min: 0.1 }) * 60_000,
    roleArn: inputs.string('cfn-role-arn') || undefined,
  };
}
