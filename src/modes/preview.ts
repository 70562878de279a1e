// `preview`: what a deploy would change, in three tiers, said plainly in the log and the summary.
//   1. change-set     credentials that may create change sets: a change set is created, described in full (property
//                     values, every page) and deleted again, with the REVIEW_IN_PROGRESS stack a CREATE change set
//                     leaves. Exact, replacements included.
//   2. template-diff  read-only credentials (CreateChangeSet denied): the deployed template (GetTemplate) compared
//                     with the new one by logical id. Add/Modify/Remove, replacements unknown.
//   3. template-only  no credentials at all (pull requests from forks get no secrets and no OIDC token): the template
//                     alone, with no network call; `has-changes` is left empty because nothing was compared.
// Every tier writes the template and sets template-path, template-sha256 and stack-name as convert does.

import type { ModeContext } from './index.js';
import { loadForMode, type LoadedProject } from './project.js';
import { attachTemplate, commentSettings, newReport, publishReport, stageTemplate, templateStoreFrom, type StagedTemplate } from './stage.js';
import { AwsClients, errorMessage, isAccessDenied } from '../aws/clients.js';
import { credentialSource, verifyCredentials } from '../aws/credentials.js';
import { checkAccountRequirements } from '../aws/requirements.js';
import { describeStack, isInProgress, parseParameters, parseTags, pullRequestNumber, stackTags } from '../aws/stacks.js';
import {
  ChangeSetAccessDenied,
  changeSetName,
  changesOutput,
  createChangeSet,
  deleteChangeSet,
  describeChangeSetFully,
  waitForChangeSet,
} from '../aws/change-sets.js';
import { requireTemplateStore, templateLocation } from '../aws/s3.js';
import { deployedTemplate, diffTemplates } from '../aws/template-diff.js';
import { Aborted, Pacer } from '../aws/wait.js';
import { UserError } from '../errors.js';
import { countChanges, type ResourceChange, type RunReport } from '../github/report.js';
import type { Host } from '../host.js';

export async function runPreview(context: ModeContext): Promise<void> {
  const { host } = context;
  const settings = commentSettings(context);
  const loaded = loadForMode(context);
  const source = credentialSource(host.env);

  if (!source) {
    await previewTemplateOnly(context, loaded, settings);
    return;
  }

  const clients = AwsClients.forHost(host, context.inputs);
  const report = newReport(context, loaded, 'preview', clients.region);
  const firstCall = clients.calls.calls.length;
  try {
    await verifyCredentials(clients);
    host.info(`Preview of stack ${loaded.stackName} in ${clients.region} (credentials from ${source}).`);
    await checkAccountRequirements(clients, (m) => host.warning(m));
    const staged = await stageTemplate(context, loaded, { clients, pinImages: context.inputs.boolean('pin-images') });
    attachTemplate(report, staged);
    requireTemplateStore(staged.body, templateStoreFrom(context));
    const changes = await computeChanges(context, loaded, staged, clients, report);
    report.changes = changes;
    report.counts = countChanges(changes);
    report.result = changes.length === 0 ? 'no-changes' : 'success';
    host.setOutput('has-changes', String(changes.length > 0));
    host.setOutput('changes-count', String(changes.length));
    host.setOutput('changes', changesOutput(changes));
    logChanges(host, report);
  } catch (error) {
    if (error instanceof Aborted) throw new UserError('Preview cancelled; any change set it created was deleted.');
    throw error;
  } finally {
    const calls = clients.calls.countByOperation(firstCall);
    host.debug(`AWS calls of this preview: ${JSON.stringify(calls)}`);
    await publishReport(context, report, settings);
    await clients.destroy();
  }
}

/** Tier 3: no credential source in the environment. No AWS client is even created. */
async function previewTemplateOnly(context: ModeContext, loaded: LoadedProject, settings: ReturnType<typeof commentSettings>): Promise<void> {
  const { host } = context;
  const region = context.inputs.region(host.env);
  const report = newReport(context, loaded, 'preview', region);
  const reason =
    'no AWS credentials in this job (typical of pull requests from forks, which get no secrets and no OIDC token): the template alone, compared with nothing, and no AWS call made';
  report.preview = { tier: 'template-only', reason };
  try {
    host.info(`Preview tier: template only — ${reason}.`);
    const staged = await stageTemplate(context, loaded, { pinImages: false });
    attachTemplate(report, staged);
    report.result = 'success';
    // has-changes stays empty: nothing was compared, so it is unknown.
  } finally {
    await publishReport(context, report, settings);
  }
}

async function computeChanges(context: ModeContext, loaded: LoadedProject, staged: StagedTemplate, clients: AwsClients, report: RunReport): Promise<ResourceChange[]> {
  const { host, inputs } = context;
  const { stackName } = loaded;
  const stack = await describeStack(clients, stackName);
  const status = stack?.StackStatus;

  if (status === 'ROLLBACK_COMPLETE') {
    report.preview = {
      tier: 'template-diff',
      reason: `the stack is ROLLBACK_COMPLETE (its first deployment failed): a deploy with recreate-failed-stack: true deletes and recreates it, so every resource is added`,
    };
    host.warning(`Stack ${stackName} is ROLLBACK_COMPLETE: deploy will refuse it unless recreate-failed-stack is true, which deletes and recreates it.`);
    return diffTemplates({ AWSTemplateFormatVersion: '2010-09-09', Resources: {} }, staged.template);
  }
  if (isInProgress(status) || status === 'UPDATE_ROLLBACK_FAILED') {
    // A change set cannot be created on a stack in this state; the deployed template still says what would change.
    return templateDiff(context, loaded, staged, clients, report, `the stack is ${status}, so no change set can be created now`);
  }

  const type = stack === undefined || status === 'REVIEW_IN_PROGRESS' ? 'CREATE' : 'UPDATE';
  const name = changeSetName(host.env);
  const pacer = new Pacer(clients.calls, host.signal);
  let created: { id: string; stackId: string } | undefined;
  try {
    const template = await templateLocation(clients, host.env, staged.body, staged.written.sha256, stackName, templateStoreFrom(context), (m) => host.info(m));
    created = await createChangeSet(clients, {
      stackName,
      changeSetName: name,
      type,
      template,
      capabilities: inputs.list('capabilities'),
      parameters: parseParameters(inputs.string('parameters')),
      tags: stackTags({
        project: loaded.project.name,
        repository: host.env.GITHUB_REPOSITORY,
        pr: pullRequestNumber(inputs.string('pr-number'), host.env),
        existing: stack,
        userTags: parseTags(inputs.string('tags')),
      }),
      roleArn: inputs.string('cfn-role-arn') || undefined,
      description: `compose-ecs-action preview of ${loaded.project.name}`,
    });
    host.setOutput('change-set-id', created.id);
    report.preview = {
      tier: 'change-set',
      reason: type === 'CREATE' ? 'the stack does not exist yet: a CREATE change set, deleted after reading it' : 'an UPDATE change set of the deployed stack, deleted after reading it',
      changeSetName: name,
      changeSetId: created.id,
    };
    host.info(`Preview tier: change set ${name} (${type}).`);
    const outcome = await waitForChangeSet(clients, created.id, pacer);
    if (outcome.noChanges) return [];
    if (outcome.status !== 'CREATE_COMPLETE') {
      throw new UserError(`CloudFormation could not compute the changes of stack ${stackName}: ${outcome.reason ?? outcome.status}`);
    }
    return await describeChangeSetFully(clients, created.id);
  } catch (error) {
    if (error instanceof ChangeSetAccessDenied) {
      host.warning(`Cannot create a change set (${error.message}): falling back to comparing templates. Allow cloudformation:CreateChangeSet for an exact preview.`);
      return templateDiff(context, loaded, staged, clients, report, 'the credentials may not create change sets (read-only)');
    }
    throw error;
  } finally {
    if (created) await cleanUp(host, clients, created, type, stackName);
  }
}

/** Deletes the change set, and the empty REVIEW_IN_PROGRESS stack a CREATE change set made. */
async function cleanUp(host: Host, clients: AwsClients, created: { id: string; stackId: string }, type: 'CREATE' | 'UPDATE', stackName: string): Promise<void> {
  try {
    await deleteChangeSet(clients, created.id);
    if (type === 'CREATE') {
      const stack = await describeStack(clients, created.stackId);
      if (stack?.StackStatus === 'REVIEW_IN_PROGRESS') {
        const { sdk, client } = await clients.cloudFormation();
        await client.send(new sdk.DeleteStackCommand({ StackName: created.stackId }));
      }
    }
  } catch (error) {
    host.warning(`Could not delete the preview's change set ${created.id} of ${stackName}: ${errorMessage(error)}. Delete it (and a REVIEW_IN_PROGRESS stack) by hand.`);
  }
}

async function templateDiff(context: ModeContext, loaded: LoadedProject, staged: StagedTemplate, clients: AwsClients, report: RunReport, why: string): Promise<ResourceChange[]> {
  const { host } = context;
  const stack = await describeStack(clients, loaded.stackName);
  if (!stack || stack.StackStatus === 'REVIEW_IN_PROGRESS') {
    report.preview = { tier: 'template-diff', reason: `${why}; the stack does not exist yet, so every resource is added` };
    host.info(`Preview tier: template diff — ${report.preview.reason}.`);
    return diffTemplates({ AWSTemplateFormatVersion: '2010-09-09', Resources: {} }, staged.template);
  }
  try {
    const deployed = await deployedTemplate(clients, loaded.stackName);
    report.preview = { tier: 'template-diff', reason: `${why}: the deployed template compared with the new one (replacements are not known in this tier)` };
    host.info(`Preview tier: template diff — ${report.preview.reason}.`);
    return diffTemplates(deployed, staged.template);
  } catch (error) {
    if (!isAccessDenied(error)) throw error;
    throw new UserError(`Cannot read the deployed template of ${loaded.stackName} either (${errorMessage(error)}). Allow cloudformation:GetTemplate (read-only) or cloudformation:CreateChangeSet for a preview.`, {
      cause: error,
    });
  }
}

function logChanges(host: Host, report: RunReport): void {
  const changes = report.changes ?? [];
  if (changes.length === 0) {
    host.info(`No changes: stack ${report.stackName} already matches the template.`);
    return;
  }
  const counts = report.counts ?? countChanges(changes);
  host.info(`${changes.length} change(s): ${counts.add} to add, ${counts.modify} to modify, ${counts.replace} to replace, ${counts.remove} to remove.`);
  for (const change of changes) {
    const replacement = change.replacement === 'True' ? ' (REPLACEMENT)' : change.replacement === 'Conditional' ? ' (may be replaced)' : '';
    host.info(`  ${change.action.padEnd(7)} ${change.logicalId} ${change.type}${replacement}`);
  }
}
