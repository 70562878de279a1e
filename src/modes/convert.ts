// `convert`: Compose → CloudFormation template, offline. No credentials, no network, no AWS SDK.
// Network facts come from the inputs and the Compose file only; what is missing becomes template
// Parameters, and the Description and the summary say so.

import type { ModeContext } from './index.js';
import { loadForMode, networkFactsFromInputs } from './project.js';
import { convertProject } from '../convert/index.js';
import { reportDiagnostics } from '../diagnostics.js';
import { writeTemplate, templateInfo, templateInventory, toReportWarning } from './template-output.js';
import { writeSummary } from '../github/summary.js';

export async function runConvert(context: ModeContext): Promise<void> {
  const { host } = context;
  const { project, stackName, workingDir } = loadForMode(context);
  const { template, warnings, parameters } = convertProject(project, { stackName, network: networkFactsFromInputs(context) });
  reportDiagnostics(host, warnings, 'warning');
  const written = writeTemplate(context, template, stackName, workingDir);
  host.setOutput('stack-name', stackName);
  // The shared renderer (as every mode's summary); in a terminal the template is already on stdout, so not again.
  await writeSummary(host, {
    mode: 'convert',
    result: 'success',
    stackName,
    project: project.name,
    ...(host.kind === 'action' ? { template: templateInfo(written) } : {}),
    warnings: warnings.map(toReportWarning),
  });
  await host.appendSummary(templateInventory({ project, template, unresolvedNetworkParameters: parameters }));
}
