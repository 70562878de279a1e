// Which stack and which project an operational mode acts on. Like `docker compose down`, these modes must work
// without the Compose file when the stack is named: `stack-name` alone is enough for teardown, status and logs,
// and `project-name` alone for secret and volume. Otherwise the Compose file is loaded for its project name.

import type { ModeContext } from '../modes/index.js';
import { loadForMode } from '../modes/project.js';
import { resolveStackName } from '../stack-name.js';
import { UserError } from '../errors.js';
import type { AwsClients } from '../aws/clients.js';
import type { ReportLinks } from '../github/report.js';

export interface OperationTarget {
  stackName: string;
  /** The Compose project name when known without AWS (input or Compose file). */
  projectName?: string;
}

/** Stack (and project, when cheap) for teardown/status/logs. */
export function stackTarget(context: ModeContext): OperationTarget {
  const explicitStack = context.inputs.string('stack-name');
  const explicitProject = context.inputs.string('project-name');
  if (explicitStack !== '') {
    return { stackName: resolveStackName(explicitStack, explicitProject), projectName: explicitProject || undefined };
  }
  if (explicitProject !== '' && context.inputs.list('compose-file').length === 0) {
    // Project name given, no Compose file asked for: the stack name follows from it, as it did at deploy time.
    return { stackName: resolveStackName('', explicitProject), projectName: explicitProject };
  }
  const loaded = loadWithHint(context);
  return { stackName: loaded.stackName, projectName: loaded.project.name };
}

/** The project name that scopes secrets and volumes (the `com.docker.compose.project` tag value). */
export function projectScope(context: ModeContext): string {
  const explicit = context.inputs.string('project-name');
  if (explicit !== '') return explicit;
  return loadWithHint(context).project.name;
}

function loadWithHint(context: ModeContext) {
  try {
    return loadForMode(context);
  } catch (error) {
    if (error instanceof UserError && /no (compose|configuration) file|not find|cannot find|no such file/i.test(error.message)) {
      throw new UserError(`${error.message} Without a Compose file, name the target with the "stack-name" or "project-name" input.`, { cause: error });
    }
    throw error;
  }
}

/**
 * Report links for the run. Against a custom endpoint (a local stand-in) the AWS console has nothing to show:
 * an empty link makes the renderer leave out its default console link.
 */
export function consoleLinks(clients: AwsClients): ReportLinks | undefined {
  return clients.customEndpoint ? { cloudFormation: '' } : undefined;
}
