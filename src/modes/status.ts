// `status` (docker compose ps): the stack's services with desired/running/pending counts, deployments still
// rolling out, one row per task, and the published URLs. Read-only. Outputs: `status` (JSON), `url` (the first
// URL), `urls` (service → URLs), `stack-name`. A table goes to the log; the job summary gets the same services.

import type { ModeContext } from './index.js';
import { AwsClients } from '../aws/clients.js';
import { verifyCredentials } from '../aws/credentials.js';
import { writeSummary } from '../github/summary.js';
import type { RunReport } from '../github/report.js';
import { UserError } from '../errors.js';
import { consoleLinks, stackTarget } from '../operate/target.js';
import { describeStack, projectOfStack } from '../operate/stacks.js';
import { readStackStatus, type StackStatusReport } from '../operate/service-status.js';
import { markdownTable, textTable, type Table } from '../operate/table.js';
import { loadForMode } from './project.js';

export async function runStatus(context: ModeContext): Promise<void> {
  const { host, inputs } = context;
  const target = stackTarget(context);
  const { stackName } = target;
  host.setOutput('stack-name', stackName);
  const composeServiceNames = serviceNamesIfLoadable(context);
  const clients = AwsClients.forHost(host, inputs);
  try {
    await verifyCredentials(clients);
    const stack = await describeStack(clients, stackName);
    if (!stack) throw new UserError(`Stack ${stackName} does not exist in ${clients.region}: deploy it first (mode: deploy), or check "stack-name" / "region".`);
    const status = await readStackStatus(clients, stack, composeServiceNames);
    const { urls } = status;
    const firstUrl = status.services.flatMap((s) => s.urls)[0] ?? Object.values(urls).flat()[0] ?? '';
    host.setOutput('status', JSON.stringify(statusJson(status)));
    host.setOutput('urls', JSON.stringify(urls));
    host.setOutput('url', firstUrl);

    host.info(`Stack ${stackName}: ${status.stackStatus}${status.cluster ? ` · cluster ${status.cluster}` : ''}`);
    host.info(textTable(serviceTable(status)));
    const tasks = taskTable(status);
    if (tasks.rows.length > 0) host.info(`\n${textTable(tasks)}`);
    for (const service of status.services.filter((s) => s.deploymentInProgress)) {
      host.info(`Deployment in progress for ${service.name}: ${service.deployments.map((d) => `${d.status} ${d.rolloutState ?? ''} ${d.running ?? 0}/${d.desired ?? 0}`.trim()).join(', ')}`);
    }
    if (firstUrl) host.info(`URL: ${firstUrl}`);

    const report: RunReport = {
      mode: 'status',
      result: 'success',
      stackName,
      project: target.projectName ?? projectOfStack(stack) ?? stackName,
      region: clients.region,
      links: consoleLinks(clients),
      stackStatus: status.stackStatus,
      services: status.services.map((s) => ({ name: s.name, image: s.image, desired: s.desired, running: s.running, pending: s.pending, rolloutState: s.rolloutState })),
      urls,
    };
    await writeSummary(host, report);
    if (tasks.rows.length > 0) await host.appendSummary(`\n### Tasks\n\n${markdownTable(tasks)}\n`);
  } finally {
    await clients.destroy();
  }
}

/** The Compose file's service names when there is one: they name services exactly (tags may be missing). */
function serviceNamesIfLoadable(context: ModeContext): string[] {
  try {
    if (context.inputs.string('stack-name') !== '' && context.inputs.list('compose-file').length === 0) return [];
    return Object.keys(loadForMode(context).project.services);
  } catch {
    // status works without the Compose file; names then come from tags and task containers.
    return [];
  }
}

/** The `status` output: stable field names, for `fromJSON` in later steps. */
export function statusJson(status: StackStatusReport) {
  return {
    stackName: status.stackName,
    stackStatus: status.stackStatus,
    cluster: status.cluster,
    services: status.services.map((s) => ({
      name: s.name,
      ecsServiceName: s.ecsName,
      status: s.status,
      desired: s.desired,
      running: s.running,
      pending: s.pending,
      rolloutState: s.rolloutState,
      deploymentInProgress: s.deploymentInProgress,
      deployments: s.deployments,
      image: s.image,
      urls: s.urls,
      tasks: s.tasks.map((t) => ({ id: t.id, lastStatus: t.lastStatus, desiredStatus: t.desiredStatus, health: t.health, startedAt: t.startedAt, stoppedAt: t.stoppedAt, stopCode: t.stopCode, stoppedReason: t.stoppedReason })),
    })),
    urls: status.urls,
  };
}

function serviceTable(status: StackStatusReport): Table {
  return {
    headers: ['SERVICE', 'DESIRED', 'RUNNING', 'PENDING', 'ROLLOUT', 'URL'],
    rows: status.services.map((s) => [s.name, String(s.desired), String(s.running), String(s.pending), `${s.rolloutState ?? ''}${s.deployments.length > 1 ? ` (${s.deployments.length} deployments)` : ''}`, s.urls.join(' ')]),
  };
}

/** One row per task, docker compose ps style. */
function taskTable(status: StackStatusReport): Table {
  const rows: string[][] = [];
  for (const service of status.services) {
    for (const task of service.tasks) {
      const exited = task.containers.filter((c) => c.exitCode !== undefined && c.exitCode !== 0).map((c) => `${c.name} exited ${c.exitCode}${c.reason ? `: ${c.reason}` : ''}`);
      const why = [task.stoppedReason, ...exited].filter((x) => x).join('; ');
      rows.push([task.id, service.name, task.lastStatus ?? '', task.health && task.health !== 'UNKNOWN' ? task.health : '', task.startedAt ?? '', why]);
    }
  }
  return { headers: ['TASK', 'SERVICE', 'STATE', 'HEALTH', 'STARTED', 'REASON'], rows };
}
