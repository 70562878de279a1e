// `deploy`: the Compose project as one CloudFormation stack, executed through a change set as a rolling update.
//
//   credentials      checked first: a job without them fails at once, before any registry or AWS call.
//   reviewed-deploy  optionally refuses a model that differs from the one the pull request's preview showed.
//   stage            lookups, digest pinning, conversion, the written template (stage.ts, shared with preview).
//   preflight        the stack's state must accept a change set (deploy-preflight.ts).
//   secrets          file and environment secrets uploaded to Secrets Manager before the change set runs.
//   change set       created, waited for, described; "no changes" is a success with has-changes=false.
//   execute + wait   events streamed once each; success only when the stack reaches its final *_COMPLETE state.
//                    A rollback (the ECS circuit breaker's included) fails the run with its diagnosis.
//   cancel           SIGINT/SIGTERM stop the wait within seconds; cancel-on-abort also cancels the update; an
//                    unexecuted change set is deleted; the log says what state the stack is in.

import { randomBytes } from 'node:crypto';
import type { Stack } from '@aws-sdk/client-cloudformation';
import type { ModeContext } from './index.js';
import { loadForMode, type LoadedProject } from './project.js';
import { attachTemplate, commentSettings, newReport, publishReport, runToken, stageTemplate, templateStoreFrom } from './stage.js';
import { prepareStack } from './deploy-preflight.js';
import { publishStackOutputs } from './deploy-outputs.js';
import { AwsClients, errorMessage } from '../aws/clients.js';
import { verifyCredentials } from '../aws/credentials.js';
import { checkAccountRequirements } from '../aws/requirements.js';
import { describeStack, parseParameters, parseTags, pullRequestNumber, stackTags, SUCCESS_STATES, TAG_PROJECT, DOCKER_PROJECT_TAG } from '../aws/stacks.js';
import {
  CHANGE_SET_CREATION_LIMIT_MS,
  ChangeSetAccessDenied,
  changeSetName,
  createChangeSet,
  deleteChangeSet,
  describeChangeSetFully,
  waitForChangeSet,
} from '../aws/change-sets.js';
import { requireTemplateStore, templateLocation } from '../aws/s3.js';
import { readSecretValues, uploadSecrets, TAG_STACK } from '../aws/secrets.js';
import { Aborted, Pacer, formatDuration, waitForStackOperation, type StackWaitResult } from '../aws/wait.js';
import { diagnoseFailure } from '../aws/diagnose.js';
import { fileSecretsOf, environmentSecretsOf } from '../convert/secrets.js';
import { UserError } from '../errors.js';
import { countChanges, type RunReport } from '../github/report.js';
import { checkReviewedDeploy, markDeployed, type ReviewedComment } from '../github/reviewed.js';
import type { Host } from '../host.js';

interface DeployInputs {
  wait: boolean;
  timeoutMs: number;
  terminationProtection?: boolean;
  recreateFailedStack: boolean;
  pinImages: boolean;
  forceNewDeployment: boolean;
  cancelOnAbort: boolean;
  reviewedDeploy: boolean;
  capabilities: string[];
  parameters: Record<string, string>;
  userTags: Record<string, string>;
  roleArn?: string;
}

function readDeployInputs(context: ModeContext): DeployInputs {
  const { inputs } = context;
  const minutes = inputs.number('timeout-minutes', { min: 0 });
  if (minutes === 0) throw new UserError('Input "timeout-minutes" must be more than 0 (fractions such as 0.5 are allowed).');
  return {
    wait: inputs.boolean('wait'),
    timeoutMs: minutes * 60_000,
    terminationProtection: inputs.optionalBoolean('termination-protection'),
    recreateFailedStack: inputs.boolean('recreate-failed-stack'),
    pinImages: inputs.boolean('pin-images'),
    forceNewDeployment: inputs.boolean('force-new-deployment'),
    cancelOnAbort: inputs.boolean('cancel-on-abort'),
    reviewedDeploy: inputs.boolean('reviewed-deploy'),
    capabilities: inputs.list('capabilities'),
    parameters: parseParameters(inputs.string('parameters')),
    userTags: parseTags(inputs.string('tags')),
    roleArn: inputs.string('cfn-role-arn') || undefined,
  };
}

export async function runDeploy(context: ModeContext): Promise<void> {
  const { host } = context;
  const started = Date.now();
  const settings = commentSettings(context);
  const options = readDeployInputs(context);
  const deadline = started + options.timeoutMs;
  const loaded = loadForMode(context);
  const { project, stackName } = loaded;
  // Values are read (and masked) before anything else: a missing secret file fails without touching AWS.
  const secrets = readSecretValues(fileSecretsOf(project, stackName), environmentSecretsOf(project, stackName), host.env, (v) => host.setSecret(v));

  const clients = AwsClients.forHost(host, context.inputs);
  const report = newReport(context, loaded, 'deploy', clients.region);
  let reviewed: ReviewedComment | undefined;
  try {
    await verifyCredentials(clients);
    if (options.reviewedDeploy) {
      reviewed = await checkReviewedDeploy(host, { token: settings.token, stackName, region: clients.region, hashes: report.hashes! });
    }
    await checkAccountRequirements(clients, (m) => host.warning(m));
    const staged = await stageTemplate(context, loaded, {
      clients,
      pinImages: options.pinImages,
      forceNewDeploymentNonce: options.forceNewDeployment ? runToken(host.env) : undefined,
    });
    attachTemplate(report, staged);
    const store = templateStoreFrom(context);
    requireTemplateStore(staged.body, store);

    const existing = await prepareStack(clients, { stackName, recreateFailedStack: options.recreateFailedStack, deadline, host });
    if (secrets.length) {
      const results = await uploadSecrets(clients, secrets, [
        { Key: DOCKER_PROJECT_TAG, Value: project.name },
        { Key: TAG_PROJECT, Value: project.name },
        { Key: TAG_STACK, Value: stackName },
      ]);
      for (const r of results) host.info(`Secret ${r.name}: ${r.action}.`);
    }
    const template = await templateLocation(clients, host.env, staged.body, staged.written.sha256, stackName, store, (m) => host.info(m));
    await deployChangeSet(context, loaded, clients, report, options, existing, template, deadline);
  } finally {
    if (reviewed) {
      await markDeployed(host, {
        token: settings.token,
        stackName,
        region: clients.region,
        outcome: report.result === 'failure' ? 'failed' : 'deployed',
        url: Object.values(report.urls ?? {}).flat()[0],
        target: reviewed,
      });
    }
    await publishReport(context, report, settings);
    await clients.destroy();
    host.debug(`AWS calls of this deploy: ${JSON.stringify(clients.calls.countByOperation())}`);
  }
}

async function deployChangeSet(
  context: ModeContext,
  loaded: LoadedProject,
  clients: AwsClients,
  report: RunReport,
  options: DeployInputs,
  existing: Stack | undefined,
  template: { TemplateBody?: string; TemplateURL?: string },
  deadline: number,
): Promise<void> {
  const { host } = context;
  const { stackName, project } = loaded;
  const type = existing === undefined || existing.StackStatus === 'REVIEW_IN_PROGRESS' ? 'CREATE' : 'UPDATE';
  const name = changeSetName(host.env);
  if (host.signal.aborted) throw new UserError(`Deployment cancelled before any change set was created: stack ${stackName} is unchanged.`);
  let created: { id: string; stackId: string };
  try {
    created = await createChangeSet(clients, {
      stackName,
      changeSetName: name,
      type,
      template,
      capabilities: options.capabilities,
      parameters: options.parameters,
      tags: stackTags({
        project: project.name,
        repository: host.env.GITHUB_REPOSITORY,
        pr: pullRequestNumber(context.inputs.string('pr-number'), host.env),
        existing,
        userTags: options.userTags,
      }),
      roleArn: options.roleArn,
      description: `compose-ecs-action deploy of ${project.name}`,
    });
  } catch (error) {
    if (error instanceof ChangeSetAccessDenied) {
      throw new UserError(`The credentials may not create change sets (${error.message}). deploy needs cloudformation:CreateChangeSet and ExecuteChangeSet (see mode: permissions).`, { cause: error });
    }
    throw error;
  }
  host.setOutput('change-set-id', created.id);
  report.preview = { tier: 'change-set', reason: `${type} change set executed by this deploy`, changeSetName: name, changeSetId: created.id };
  host.info(`Change set ${name} (${type}) for stack ${stackName}.`);

  let executed = false;
  try {
    const outcome = await waitForChangeSet(clients, created.id, new Pacer(clients.calls, host.signal), Math.max(1_000, Math.min(CHANGE_SET_CREATION_LIMIT_MS, deadline - Date.now())));
    if (outcome.noChanges) {
      host.info(`No changes: stack ${stackName} already matches the template.`);
      report.changes = [];
      report.counts = countChanges([]);
      report.result = 'no-changes';
      host.setOutput('has-changes', 'false');
      await applyTerminationProtection(clients, host, created.stackId, options.terminationProtection);
      publishStackOutputs(host, project, await describeStack(clients, created.stackId), report);
      return;
    }
    if (outcome.status !== 'CREATE_COMPLETE') {
      throw new UserError(`CloudFormation rejected the change set for stack ${stackName}: ${outcome.reason ?? outcome.status}`);
    }
    const changes = await describeChangeSetFully(clients, created.id);
    report.changes = changes;
    report.counts = countChanges(changes);
    const counts = report.counts;
    host.info(`${changes.length} change(s): ${counts.add} to add, ${counts.modify} to modify, ${counts.replace} to replace, ${counts.remove} to remove.`);
    for (const c of changes) host.info(`  ${c.action.padEnd(7)} ${c.logicalId} ${c.type}${c.replacement === 'True' ? ' (REPLACEMENT)' : ''}`);
    if (host.signal.aborted) throw new Aborted();

    const token = `compose-ecs-${runToken(host.env).replace(/[^a-zA-Z0-9-]/g, '')}-${randomBytes(4).toString('hex')}`.slice(0, 128);
    const since = new Date(Date.now() - 1000);
    const { sdk, client } = await clients.cloudFormation();
    await client.send(new sdk.ExecuteChangeSetCommand({ ChangeSetName: created.id, ClientRequestToken: token }));
    executed = true;
    host.setOutput('has-changes', 'true');
    host.setOutput('stack-id', created.stackId);

    if (!options.wait) {
      const status = type === 'CREATE' ? 'CREATE_IN_PROGRESS' : 'UPDATE_IN_PROGRESS';
      host.setOutput('status', status);
      report.stackStatus = status;
      report.result = 'success';
      host.info(`Change set executing; not waiting (wait: false). Stack ${stackName} is ${status}.`);
      return;
    }

    host.info(`Executing; waiting up to ${formatDuration(Math.max(0, deadline - Date.now()))} for stack ${stackName}.`);
    const result = await waitForStackOperation(
      clients,
      { stackId: created.stackId, stackName, clientRequestToken: token, since },
      { signal: host.signal, timeoutMs: Math.max(0, deadline - Date.now()), log: (line) => host.info(line) },
    );
    report.events = result.stream.events;
    await concludeOperation(context, loaded, clients, report, options, created.stackId, result);
  } catch (error) {
    if (error instanceof Aborted) throw new UserError(`Deployment cancelled before the change set ran: it was deleted and stack ${stackName} is unchanged.`);
    throw error;
  } finally {
    if (!executed) await discardChangeSet(host, clients, created.id, type, created.stackId, stackName);
  }
}

/** Success, failure with diagnosis, timeout or cancel: the run's verdict on a finished wait. */
async function concludeOperation(
  context: ModeContext,
  loaded: LoadedProject,
  clients: AwsClients,
  report: RunReport,
  options: DeployInputs,
  stackId: string,
  result: StackWaitResult,
): Promise<void> {
  const { host } = context;
  const { stackName, project } = loaded;
  if (result.outcome === 'aborted') {
    throw new UserError(await cancelOperation(clients, host, stackId, stackName, options.cancelOnAbort));
  }
  if (result.outcome === 'timeout') {
    const stack = await describeStack(clients, stackId);
    report.stackStatus = stack?.StackStatus;
    throw new UserError(
      `Timed out after ${formatDuration(options.timeoutMs)} (timeout-minutes): stack ${stackName} is still ${stack?.StackStatus ?? result.status}. ` +
        `CloudFormation carries on without this run; follow it in the console${report.links?.cloudFormation ? ` (${report.links.cloudFormation})` : ''}, or raise timeout-minutes.`,
    );
  }
  host.debug(`final-state-seen-at ${new Date(result.finalSeenAt ?? Date.now()).toISOString()}`);
  if (SUCCESS_STATES.has(result.status)) {
    report.result = 'success';
    await applyTerminationProtection(clients, host, stackId, options.terminationProtection);
    publishStackOutputs(host, project, await describeStack(clients, stackId), report);
    host.info(`Stack ${stackName} is ${result.status}.`);
    return;
  }
  report.stackStatus = result.status;
  host.setOutput('status', result.status);
  const rootCauses = result.stream.rootCauses();
  const first = rootCauses[0];
  const message =
    `Deployment failed: stack ${stackName} ended ${result.status}` +
    (first ? `. First failure: ${first.logicalId} (${first.type}): ${first.reason ?? first.status}` : result.reason ? `: ${result.reason}` : '');
  report.failure = await diagnoseFailure(clients, {
    message,
    rootCauses,
    events: result.stream.events,
    log: (line) => host.info(line),
    defaultLogGroup: `/docker-compose/${stackName}`,
    defaultStreamPrefix: stackName,
  });
  throw new UserError(message);
}

async function cancelOperation(clients: AwsClients, host: Host, stackId: string, stackName: string, cancelOnAbort: boolean): Promise<string> {
  const stack = await describeStack(clients, stackId).catch(() => undefined);
  const status = stack?.StackStatus ?? 'unknown';
  if (!cancelOnAbort) return `Deployment cancelled: this run stopped waiting; stack ${stackName} is ${status} and CloudFormation carries on (set cancel-on-abort: true to cancel the update too).`;
  if (status !== 'UPDATE_IN_PROGRESS') {
    return `Deployment cancelled: stack ${stackName} is ${status}, which CloudFormation cannot cancel${status === 'CREATE_IN_PROGRESS' ? ' (a creation runs to its end; delete the stack afterwards if unwanted)' : ''}.`;
  }
  try {
    const { sdk, client } = await clients.cloudFormation();
    await client.send(new sdk.CancelUpdateStackCommand({ StackName: stackId }));
    return `Deployment cancelled: CancelUpdateStack sent; stack ${stackName} is rolling back to its previous state (UPDATE_ROLLBACK_IN_PROGRESS).`;
  } catch (error) {
    return `Deployment cancelled, but CancelUpdateStack failed (${errorMessage(error)}): stack ${stackName} is ${status}.`;
  }
}

async function applyTerminationProtection(clients: AwsClients, host: Host, stackId: string, enabled: boolean | undefined): Promise<void> {
  if (enabled === undefined) return;
  const { sdk, client } = await clients.cloudFormation();
  await client.send(new sdk.UpdateTerminationProtectionCommand({ StackName: stackId, EnableTerminationProtection: enabled }));
  host.info(`Termination protection ${enabled ? 'enabled' : 'disabled'}.`);
}

/** An unexecuted change set never stays behind, nor the empty stack a CREATE change set made. */
async function discardChangeSet(host: Host, clients: AwsClients, id: string, type: 'CREATE' | 'UPDATE', stackId: string, stackName: string): Promise<void> {
  try {
    await deleteChangeSet(clients, id);
    if (type === 'CREATE') {
      const stack = await describeStack(clients, stackId);
      if (stack?.StackStatus === 'REVIEW_IN_PROGRESS') {
        const { sdk, client } = await clients.cloudFormation();
        await client.send(new sdk.DeleteStackCommand({ StackName: stackId }));
      }
    }
  } catch (error) {
    host.warning(`Could not delete the change set ${id} of ${stackName}: ${errorMessage(error)}. Delete it by hand.`);
  }
}
