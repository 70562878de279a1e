// `local`: writes a Compose override that runs the app on this machine with ECS-like task credentials and
// metadata (Docker's ecs-local context). Offline: no AWS call, and ~/.aws is only read by the endpoints
// container once the user runs the app.

import { resolve } from 'node:path';
import { writeFileAtomically } from '../write-file.js';
import type { ModeContext } from './index.js';
import { loadForMode } from './project.js';
import { reportDiagnostics } from '../diagnostics.js';
import { UserError } from '../errors.js';
import { buildLocalOverride, renderLocalOverride, shellQuote, upCommand, CREDENTIALS_NETWORK, ENDPOINTS_ADDRESS, ENDPOINTS_SERVICE } from '../local/override.js';

export async function runLocal(context: ModeContext): Promise<void> {
  const { host, inputs } = context;
  const { project, workingDir } = loadForMode(context);
  const overridePath = resolve(workingDir, inputs.string('local-override-path'));
  if (project.composeFiles.includes(overridePath)) {
    throw new UserError(
      `"local-override-path" (${overridePath}) is one of the Compose files being read: the override would replace the file it is made from. Choose another path, or leave the generated override out of "compose-file".`,
    );
  }
  const profile = inputs.string('aws-profile');
  const region = inputs.string('region');
  const override = buildLocalOverride(project, { profile, region, endpointsImage: inputs.string('local-endpoints-image') });
  reportDiagnostics(host, override.warnings, 'warning');

  // The flags `docker compose` needs to see the same project this run loaded.
  const extraFlags: string[] = [];
  const projectName = inputs.string('project-name');
  if (projectName !== '') extraFlags.push(`-p ${shellQuote(projectName)}`);
  for (const file of inputs.list('env-file')) extraFlags.push(`--env-file ${shellQuote(file)}`);
  for (const name of inputs.list('profiles')) extraFlags.push(`--profile ${shellQuote(name)}`);
  const layout = { composeFiles: project.composeFiles, overridePath, workingDir, extraFlags };

  writeFileAtomically(overridePath, renderLocalOverride(override, { ...layout, profile }), 'Compose override', 'local-override-path');
  host.setOutput('override-path', overridePath);
  host.info(`Compose override written to ${overridePath}`);

  const command = upCommand(layout);
  const directory = inputs.string('working-directory');
  const servicesWithCredentials = Object.keys((override.document['services'] ?? {}) as Record<string, unknown>).filter((s) => s !== ENDPOINTS_SERVICE);
  await host.appendSummary(
    [
      `### compose-ecs-action local: \`${project.name}\``,
      '',
      `Wrote \`${overridePath}\`: the ECS local container endpoints (\`${ENDPOINTS_SERVICE}\`) at ${ENDPOINTS_ADDRESS} on \`${CREDENTIALS_NETWORK}\`, serving credentials of the ~/.aws profile **${profile}**; ${servicesWithCredentials.length} service(s) pointed at them (${servicesWithCredentials.map((s) => `\`${s}\``).join(', ')}).`,
      '',
      `Run the app locally${directory !== '.' && directory !== '' ? ` from \`${directory}\`` : ''}:`,
      '',
      '```sh',
      command,
      '```',
      '',
      region === ''
        ? 'No `region` given: the services get no AWS_REGION from the override (set `region` to give them one).'
        : `The services get AWS_REGION=${region} unless they set it themselves.`,
      '',
    ].join('\n'),
  );
}

