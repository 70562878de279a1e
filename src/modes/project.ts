// What every mode that reads the Compose file starts with: inputs → LoadOptions → Project, stack name and
// the network facts the inputs give. Relative paths resolve against `working-directory`.

import { resolve } from 'node:path';
import { loadProject, type Project } from '../compose/index.js';
import type { NetworkFacts } from '../convert/index.js';
import type { ModeContext } from './index.js';
import { resolveStackName } from '../stack-name.js';
import { reportDiagnostics } from '../diagnostics.js';
import { UserError } from '../errors.js';

export interface LoadedProject {
  project: Project;
  stackName: string;
  workingDir: string;
}

export function workingDirectory(context: ModeContext): string {
  return resolve(context.inputs.string('working-directory'));
}

export function loadForMode(context: ModeContext): LoadedProject {
  const { inputs, host } = context;
  const workingDir = workingDirectory(context);
  const projectName = inputs.string('project-name');
  const project = loadProject({
    workingDir,
    composeFiles: inputs.list('compose-file'),
    projectName: projectName === '' ? undefined : projectName,
    envFiles: inputs.list('env-file'),
    profiles: inputs.list('profiles'),
    env: host.env,
  });
  reportDiagnostics(host, project.warnings, 'warning');
  const stackName = resolveStackName(inputs.string('stack-name'), project.name);
  return { project, stackName, workingDir };
}

/** Network facts from the inputs alone (convert, offline). preview/deploy complete them with AWS lookups. */
export function networkFactsFromInputs(context: ModeContext): NetworkFacts {
  const vpc = context.inputs.string('vpc');
  const subnets = context.inputs.list('subnets');
  // A malformed id would only fail inside CloudFormation, after a change set was made: say so now.
  if (vpc !== '' && !/^vpc-[0-9a-f]+$/i.test(vpc)) throw new UserError(`Input "vpc": "${vpc}" is not a VPC id (vpc- followed by hex digits, e.g. vpc-0123456789abcdef0).`);
  const badSubnet = subnets.find((id) => !/^subnet-[0-9a-f]+$/i.test(id));
  if (badSubnet !== undefined) throw new UserError(`Input "subnets": "${badSubnet}" is not a subnet id (subnet- followed by hex digits, e.g. subnet-0123456789abcdef0).`);
  const region = context.inputs.region(context.host.env);
  return {
    vpcId: vpc === '' ? undefined : vpc,
    subnets: subnets.length ? subnets.map((id) => ({ id })) : undefined,
    region,
  };
}
