// The sweep: teardown of every stack this action created (it carries the compose-ecs-action:project tag) whose
// name matches `stack-pattern` and/or that is older than `older-than` (both must hold when both are given) —
// the scheduled clean-up of pull-request environments. `dry-run` lists what would go. Each deletion is
// independent: a failure is reported and the others go on; the run fails at the end if any failed.
//
// A termination-protected stack is skipped with a warning unless `force`: protection is someone's deliberate
// "not this one", and a nightly sweep that failed on it every night would train people to ignore it.

import type { Stack } from '@aws-sdk/client-cloudformation';
import type { ModeContext } from './index.js';
import { AwsClients, errorMessage } from '../aws/clients.js';
import { verifyCredentials } from '../aws/credentials.js';
import { TAG_CREATED_AT, TAG_PR } from '../aws/stacks.js';
import type { StackEventStream } from '../aws/events.js';
import { UserError } from '../errors.js';
import { durationInput, formatDuration } from '../operate/duration.js';
import { globToRegExp, matchesAnyGlob } from '../operate/glob.js';
import { describeAllStacks, describeStack, isActionStack, listLiveStacks, projectOfStack, tagsOf } from '../operate/stacks.js';
import { followDeletion, startDeletion } from '../operate/stack-deletion.js';
import { findRetained, type RetainedResources } from '../operate/retained.js';
import { cleanUpRetained } from '../operate/retained-cleanup.js';
import { markdownTable, textTable, type Table } from '../operate/table.js';
import { teardownOptions, type TeardownOptions } from './teardown-options.js';
import { escapeText } from '../github/escape.js';

/** Above this many candidates one paginated DescribeStacks of the account beats one call per stack. */
const DESCRIBE_ALL_THRESHOLD = 10;

export interface SweepCandidate {
  name: string;
  stack: Stack;
  project?: string;
  pr?: string;
  createdAt: Date;
  protected: boolean;
}

type Outcome = 'would delete' | 'would skip (termination protection)' | 'deleted' | 'deleting' | 'skipped (termination protection)' | 'failed';

interface SweepRow {
  candidate: SweepCandidate;
  outcome: Outcome;
  detail?: string;
  /** The stack is gone (or going, without wait), whatever became of its retained resources. */
  stackDeleted?: boolean;
}

export async function runSweep(context: ModeContext): Promise<void> {
  const { host, inputs } = context;
  const options = teardownOptions(context);
  const patterns = inputs.list('stack-pattern').map(globToRegExp);
  const olderThanText = inputs.string('older-than');
  const olderThanMs = olderThanText !== '' ? durationInput('older-than', olderThanText) : undefined;
  const dryRun = inputs.boolean('dry-run');
  if (inputs.string('stack-name') !== '') host.warning('"stack-name" is ignored by a sweep (stack-pattern / older-than choose the stacks).');
  const criteria = [patterns.length ? `name matches ${inputs.list('stack-pattern').join(' or ')}` : '', olderThanMs !== undefined ? `older than ${formatDuration(olderThanMs)}` : '']
    .filter((c) => c)
    .join(' and ');

  const clients = AwsClients.forHost(host, inputs);
  const rows: SweepRow[] = [];
  try {
    await verifyCredentials(clients);
    const now = Date.now();
    const candidates = await findSweepCandidates(clients, { patterns, olderThanMs, now });
    host.info(`${candidates.length} stack(s) created by compose-ecs-action where ${criteria}${dryRun ? ' (dry run: nothing is deleted)' : ''}.`);

    if (dryRun) {
      for (const candidate of candidates) rows.push({ candidate, outcome: candidate.protected && !options.force ? 'would skip (termination protection)' : 'would delete' });
    } else {
      // Submit every deletion first (they run in parallel in CloudFormation), then follow them one by one.
      const started: { row: SweepRow; stream: StackEventStream }[] = [];
      for (const candidate of candidates) {
        const row: SweepRow = { candidate, outcome: 'deleting' };
        rows.push(row);
        if (candidate.protected && !options.force) {
          row.outcome = 'skipped (termination protection)';
          host.warning(`Skipping ${candidate.name}: termination protection is on (set "force: true" to delete it anyway).`);
          continue;
        }
        try {
          const stream = await startDeletion(clients, { stack: candidate.stack, roleArn: options.roleArn, force: options.force }, (line) => host.info(line));
          started.push({ row, stream });
          row.stackDeleted = !options.wait;
        } catch (error) {
          row.outcome = 'failed';
          row.detail = errorMessage(error);
          host.error(`Could not delete ${candidate.name}: ${row.detail}`);
        }
      }
      if (options.wait) {
        for (const { row, stream } of started) await followOne(context, clients, row, stream, options);
        await handleRetained(context, clients, rows.filter((r) => r.outcome === 'deleted'), options);
      }
    }
  } finally {
    await clients.destroy();
  }

  const deletedOrListed = rows.filter((r) => r.stackDeleted || r.outcome === 'would delete').map((r) => r.candidate.name);
  host.setOutput('stacks', JSON.stringify(deletedOrListed));
  const table = sweepTable(rows);
  if (rows.length > 0) host.info(textTable(table));
  await host.appendSummary(sweepSummary({ criteria, dryRun, table, region: clients.region }));
  const failed = rows.filter((r) => r.outcome === 'failed');
  if (failed.length > 0) {
    const attempted = rows.filter((r) => !r.outcome.startsWith('skipped')).length;
    throw new UserError(`${failed.length} of ${attempted} stack deletion(s) failed: ${failed.map((r) => `${r.candidate.name} (${r.detail})`).join('; ')}. The others were deleted; run the sweep again after fixing these.`);
  }
}

async function followOne(context: ModeContext, clients: AwsClients, row: SweepRow, stream: StackEventStream, options: TeardownOptions): Promise<void> {
  const { host } = context;
  const { candidate } = row;
  try {
    const outcome = await followDeletion(clients, stream, {
      stackName: candidate.name,
      stackId: candidate.stack.StackId ?? candidate.name,
      timeoutMs: options.timeoutMs,
      signal: host.signal,
      log: (line) => host.info(`${candidate.name}: ${line}`),
    });
    if (outcome.status === 'DELETE_FAILED') {
      row.outcome = 'failed';
      row.detail = `DELETE_FAILED: ${outcome.reason}`;
      host.error(`Stack ${candidate.name} could not be deleted: ${outcome.reason}`);
      return;
    }
    row.outcome = 'deleted';
    row.stackDeleted = true;
    host.info(`Stack ${candidate.name} deleted.`);
  } catch (error) {
    row.outcome = 'failed';
    row.detail = errorMessage(error);
    host.error(`Stack ${candidate.name}: ${row.detail}`);
  }
}

/**
 * Retained resources of the deleted stacks, found in one pass (CloudFormation tags what it creates with the stack
 * name, so the sweep needs no per-stack resource listing), reported and deleted when asked.
 */
async function handleRetained(context: ModeContext, clients: AwsClients, deleted: SweepRow[], options: TeardownOptions): Promise<void> {
  const { host } = context;
  if (deleted.length === 0) return;
  let retained: Map<string, RetainedResources>;
  try {
    retained = await findRetained(clients, deleted.map((row) => ({ stackName: row.candidate.name, projectName: row.candidate.project ?? row.candidate.name, resourceIds: new Set<string>() })));
  } catch (error) {
    host.warning(`The stacks are deleted, but their retained volumes and secrets could not be looked up: ${errorMessage(error)}`);
    return;
  }
  for (const row of deleted) {
    const found = retained.get(row.candidate.name);
    if (!found) continue;
    const cleanup = await cleanUpRetained(clients, found, { deleteVolumes: options.deleteVolumes, deleteSecrets: options.deleteSecrets, signal: host.signal, host });
    if (cleanup.failures.length > 0) {
      row.outcome = 'failed';
      row.detail = `stack deleted; retained resources not deleted: ${cleanup.failures.join('; ')}`;
    }
  }
}

/** Stacks this action created that meet the criteria, oldest first. ListStacks is read to its last page. */
export async function findSweepCandidates(clients: AwsClients, criteria: { patterns: RegExp[]; olderThanMs?: number; now: number }): Promise<SweepCandidate[]> {
  const cutoff = criteria.olderThanMs !== undefined ? criteria.now - criteria.olderThanMs : undefined;
  const summaries = (await listLiveStacks(clients)).filter((summary) => {
    const name = summary.StackName ?? '';
    // Nested stacks belong to their parent; the action never creates any.
    if (summary.ParentId || summary.RootId) return false;
    // Age is judged after DescribeStacks: the created-at tag deploy sets is the environment's age; CreationTime
    // only stands in when the tag is missing.
    return criteria.patterns.length === 0 || matchesAnyGlob(name, criteria.patterns);
  });
  let stacks: Stack[];
  if (summaries.length > DESCRIBE_ALL_THRESHOLD) {
    const wanted = new Set(summaries.map((s) => s.StackId));
    stacks = (await describeAllStacks(clients)).filter((s) => wanted.has(s.StackId));
  } else {
    stacks = [];
    for (const summary of summaries) {
      const stack = await describeStack(clients, summary.StackId ?? summary.StackName ?? '');
      if (stack) stacks.push(stack);
    }
  }
  const candidates: SweepCandidate[] = [];
  for (const stack of stacks) {
    if (!isActionStack(stack) || !stack.StackName) continue;
    const tags = tagsOf(stack);
    const tagged = Date.parse(tags.get(TAG_CREATED_AT) ?? '');
    const createdAt = new Date(Number.isFinite(tagged) ? tagged : (stack.CreationTime?.getTime() ?? 0));
    if (cutoff !== undefined && createdAt.getTime() > cutoff) continue;
    candidates.push({ name: stack.StackName, stack, project: projectOfStack(stack), pr: tags.get(TAG_PR), createdAt, protected: stack.EnableTerminationProtection === true });
  }
  return candidates.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.name.localeCompare(b.name));
}

function sweepTable(rows: SweepRow[]): Table {
  const now = Date.now();
  return {
    headers: ['Stack', 'Project', 'PR', 'Created', 'Age', 'Status', 'Outcome'],
    rows: rows.map(({ candidate, outcome, detail }) => [
      candidate.name,
      candidate.project ?? '',
      candidate.pr ?? '',
      candidate.createdAt.toISOString(),
      formatDuration(now - candidate.createdAt.getTime()),
      candidate.stack.StackStatus ?? '',
      detail ? `${outcome}: ${detail}` : outcome,
    ]),
  };
}

function sweepSummary(options: { criteria: string; dryRun: boolean; table: Table; region: string }): string {
  const title = `## 🧹 compose-ecs teardown sweep${options.dryRun ? ' (dry run)' : ''}`;
  const intro = `Stacks created by compose-ecs-action in \`${options.region}\` where ${escapeText(options.criteria)}.`;
  const body = options.table.rows.length === 0 ? '_No stack matches._' : markdownTable(options.table);
  return `${title}\n\n${intro}\n\n${body}\n`;
}
