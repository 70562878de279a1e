// `config`: the normalized Compose model, printed like `docker compose config` — what the converter will
// read, after interpolation, merging, extends, include, profiles and short-to-long syntax. Offline.
// The format follows `template-format` (yaml or json); secret file contents are never read or printed.

import type { ModeContext } from './index.js';
import { loadForMode } from './project.js';
import { renderConfig } from '../compose/index.js';

export async function runConfig(context: ModeContext): Promise<void> {
  const { host, inputs } = context;
  const { project, stackName } = loadForMode(context);
  const format = inputs.oneOf('template-format', ['yaml', 'json'] as const);
  const text = renderConfig(project, format);
  host.writeStdout(text.endsWith('\n') ? text : `${text}\n`);
  host.setOutput('stack-name', stackName);
  await host.appendSummary(
    `### compose-ecs-action config: \`${project.name}\`\n\n${Object.keys(project.services).length} service(s) enabled${
      Object.keys(project.disabledServices).length ? `, ${Object.keys(project.disabledServices).length} disabled by profiles` : ''
    }; files: ${project.composeFiles.map((f) => `\`${f}\``).join(', ')}.\n`,
  );
}
