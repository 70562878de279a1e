// `teardown` (docker compose down): delete the stack and wait for it, streaming its events. A stack that does
// not exist is a success (a second teardown, or a PR closed before its first deploy). Termination protection is
// respected unless `force`. What outlives the stack — EFS file systems kept by DeletionPolicy Retain, secrets
// made outside the template — is reported, and deleted only with delete-volumes / delete-secrets.
//
// With `stack-pattern` and/or `older-than` it sweeps instead (teardown-sweep.ts): every stack this action
// created that matches.

import type { ModeContext } from './index.js';
import { AwsClients, errorMessage, isAccessDenied } from '../aws/clients.js';
import { verifyCredentials } from '../aws/credentials.js';
import { writeSummary } from '../github/summary.js';
import type { RunReport } from '../github/report.js';
import { UserError } from '../errors.js';
import { consoleLinks, stackTarget } from '../operate/target.js';
import { describeStack, listStackResources, projectOfStack } from '../operate/stacks.js';
import { followDeletion, startDeletion } from '../operate/stack-deletion.js';
import { findRetained, type RetainedResources } from '../operate/retained.js';
import { cleanUpRetained, retainedSummary } from '../operate/retained-cleanup.js';
import { runSweep } from './teardown-sweep.js';
import { teardownOptions } from './teardown-options.js';

export async function runTeardown(context: ModeContext): Promise<void> {
  const { inputs } = context;
  if (inputs.string('stack-pattern') !== '' || inputs.string('older-than') !== '') {
    await runSweep(context);
    return;
  }
  await teardownOne(context);
}

async function teardownOne(context: ModeContext): Promise<void> {
  const { host, inputs } = context;
  const options = teardownOptions(context);
  const target = stackTarget(context);
  const { stackName } = target;
  host.setOutput('stack-name', stackName);
  const clients = AwsClients.forHost(host, inputs);
  const report: RunReport = { mode: 'teardown', result: 'success', stackName, project: target.projectName ?? stackName, region: clients.region, links: consoleLinks(clients), startedAt: new Date().toISOString() };
  let failure: unknown;
  let retainedMarkdown: string | undefined;
  let deleted = false;
  try {
    await verifyCredentials(clients);
    const stack = await describeStack(clients, stackName);
    const projectName = target.projectName ?? (stack ? projectOfStack(stack) : undefined) ?? stackName;
    report.project = projectName;
    let resourceIds = new Set<string>();
    if (!stack) {
      host.info(`Stack ${stackName} does not exist in ${clients.region}: nothing to delete.`);
    } else {
      // Read before the deletion: afterwards the stack no longer lists what it held.
      resourceIds = new Set((await listStackResources(clients, stackName)).map((r) => r.PhysicalResourceId ?? '').filter((id) => id !== ''));
      const stream = await startDeletion(clients, { stack, roleArn: options.roleArn, force: options.force }, (line) => host.info(line));
      if (!options.wait) {
        report.stackStatus = 'DELETE_IN_PROGRESS';
        host.info(`Deletion of ${stackName} submitted; not waiting ("wait: false").`);
        deleted = true;
      } else {
        const outcome = await followDeletion(clients, stream, { stackName, stackId: stack.StackId ?? stackName, timeoutMs: options.timeoutMs, signal: host.signal, log: (line) => host.info(line) });
        report.events = outcome.events;
        report.stackStatus = outcome.status;
        if (outcome.status === 'DELETE_FAILED') {
          const message = `Stack ${stackName} could not be deleted (DELETE_FAILED): ${outcome.reason}. Fix what blocks it, then run teardown again.`;
          report.failure = { message, rootCauseEvents: outcome.rootCauses, serviceEvents: [], stoppedTasks: [] };
          throw new UserError(message);
        }
        host.info(`Stack ${stackName} deleted.`);
        deleted = true;
      }
    }
    if (options.wait) {
      let retained: RetainedResources;
      try {
        retained = (await findRetained(clients, [{ stackName, projectName, resourceIds }])).get(stackName) as RetainedResources;
      } catch (error) {
        // Only reporting was asked for: a role without EFS / Secrets Manager read access still tears down cleanly.
        if (options.deleteVolumes || options.deleteSecrets || !isAccessDenied(error)) throw error;
        host.warning(`Stack ${stackName} is deleted, but its retained volumes and secrets could not be listed (${errorMessage(error)}). Grant elasticfilesystem:DescribeFileSystems and secretsmanager:ListSecrets to see them.`);
        return;
      }
      const cleanup = await cleanUpRetained(clients, retained, { deleteVolumes: options.deleteVolumes, deleteSecrets: options.deleteSecrets, signal: host.signal, host });
      retainedMarkdown = retainedSummary(retained, cleanup);
      if (cleanup.failures.length > 0) throw new UserError(`Stack ${stackName} is gone, but ${cleanup.failures.length} retained resource(s) could not be deleted: ${cleanup.failures.join('; ')}`);
    }
  } catch (error) {
    failure = error;
    report.result = 'failure';
    if (!report.failure) report.failure = { message: error instanceof UserError ? error.message : errorMessage(error), rootCauseEvents: [], serviceEvents: [], stoppedTasks: [] };
  } finally {
    host.setOutput('stacks', JSON.stringify(deleted ? [stackName] : []));
    report.finishedAt = new Date().toISOString();
    await writeSummary(host, report);
    if (retainedMarkdown) await host.appendSummary(`\n${retainedMarkdown}`);
    await clients.destroy();
  }
  if (failure) throw failure;
}
