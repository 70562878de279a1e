// The CloudFormation stack name. It defaults to the Compose project name, as Docker's integration named its
// stacks, so a stack deployed with `docker compose up` is found and updated in place. CloudFormation accepts
// [a-zA-Z][-a-zA-Z0-9]* up to 128 characters; Compose project names may contain `_` (made `-` here) and may
// start with a digit (rejected with a way out).

import { UserError } from './errors.js';

const STACK_NAME = /^[a-zA-Z][-a-zA-Z0-9]*$/;
const MAX_STACK_NAME = 128;

export function resolveStackName(explicit: string, projectName: string): string {
  if (explicit !== '') {
    if (!STACK_NAME.test(explicit) || explicit.length > MAX_STACK_NAME) {
      throw new UserError(
        `Input "stack-name": "${explicit}" is not a valid CloudFormation stack name: use letters, digits and hyphens, starting with a letter, at most ${MAX_STACK_NAME} characters.`,
      );
    }
    return explicit;
  }
  const candidate = projectName.replace(/_/g, '-');
  if (!STACK_NAME.test(candidate) || candidate.length > MAX_STACK_NAME) {
    throw new UserError(
      `The project name "${projectName}" does not make a valid CloudFormation stack name (letters, digits and hyphens, starting with a letter, at most ${MAX_STACK_NAME} characters): set the "stack-name" input.`,
    );
  }
  return candidate;
}
