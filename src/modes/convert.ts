// `convert`: Compose → CloudFormation template, offline. No credentials, no network, no AWS SDK.
// Network facts come from the inputs and the Compose file only; what is missing becomes template
// Parameters, and the Description and the summary say so.

import type { ModeContext } from './index.js';
import { loadForMode, networkFactsFromInputs } from './project.js';
import { convertProject } from '../convert/index.js';
import { reportDiagnostics } from '../diagnostics.js';
import { writeTemplate, templateSummary } from './template-output.js';

export async function runConvert(context: ModeContext): Promise<void> {
  const { host } = context;
  const { project, stackName, workingDir } = loadForMode(context);
  const { template, warnings, parameters } = convertProject(project, { stackName, network: networkFactsFromInputs(context) });
  reportDiagnostics(host, warnings, 'warning');
  const written = writeTemplate(context, template, stackName, workingDir);
  host.setOutput('stack-name', stackName);
  await host.appendSummary(templateSummary({ mode: 'convert', project, stackName, template, written, unresolvedNetworkParameters: parameters }));
}
