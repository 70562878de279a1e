// CloudFormation API (awsQuery, Version 2010-05-15). Each handler receives the parsed
// form parameters and returns the contents of the <ActionResult> element.
import { randomUUID } from 'node:crypto';
import { ACCOUNT, REGION, paginate } from '../state.mjs';
import { AwsError, bool, list, validation } from '../protocols.mjs';
import { deepEqual, effectiveParameters, parseTemplate, requiredCapabilities } from './template.mjs';
import { computeChanges } from './changes.mjs';
import {
  TERMINAL_OK, computeOutputs, findStack, newStack, runCreate, runDelete, runRollbackOnly, runUpdate, stackEvent, startOperation,
} from './stacks.mjs';
import { readTemplateUrl } from '../services/s3.mjs';

export const NO_CHANGES_REASON = "The submitted information didn't contain changes. Submit different information to create a change set.";

const tagsOf = (p) => list(p.Tags).map((t) => ({ Key: t.Key, Value: t.Value ?? '' }));

function templateFrom(state, p) {
  if (p.TemplateBody !== undefined) return p.TemplateBody;
  if (p.TemplateURL !== undefined) return readTemplateUrl(state, p.TemplateURL);
  return undefined;
}

function findChangeSet(state, name, stackName) {
  let cs = state.changeSets.get(name);
  if (!cs && stackName) {
    const stack = findStack(state, stackName, { required: false });
    cs = [...state.changeSets.values()].find((c) => c.name === name && stack && c.stackId === stack.id);
  }
  if (!cs) throw new AwsError('ChangeSetNotFound', `ChangeSet [${name}] does not exist`, 404);
  return cs;
}

function inProgress(stack) {
  return stack.status.endsWith('_IN_PROGRESS') && stack.status !== 'REVIEW_IN_PROGRESS';
}

export const cloudformation = {
  CreateChangeSet(state, p) {
    const type = p.ChangeSetType ?? 'UPDATE';
    if (!p.StackName) throw validation('1 validation error detected: Value null at \'stackName\' failed to satisfy constraint: Member must not be null');
    if (!p.ChangeSetName) throw validation('1 validation error detected: Value null at \'changeSetName\' failed to satisfy constraint: Member must not be null');
    let stack = findStack(state, p.StackName, { required: false });
    if (type === 'CREATE') {
      if (stack && stack.status !== 'REVIEW_IN_PROGRESS') throw validation(`Stack [${p.StackName}] already exists and cannot be created again with the changeSet [${p.ChangeSetName}].`);
    } else if (!stack) {
      throw validation(`Stack [${p.StackName}] does not exist`);
    } else if (inProgress(stack) || !TERMINAL_OK.includes(stack.status)) {
      throw validation(`Stack:${stack.id} is in ${stack.status} state and can not be updated.`);
    }
    if (stack && [...state.changeSets.values()].some((c) => c.stackId === stack.id && c.name === p.ChangeSetName)) {
      throw new AwsError('AlreadyExistsException', `ChangeSet [${p.ChangeSetName}] already exists`, 400);
    }
    let templateBody = templateFrom(state, p);
    if (templateBody === undefined) {
      if (!bool(p.UsePreviousTemplate) || !stack) throw validation('Either Template URL or Template Body must be specified.');
      templateBody = stack.templateBody;
    }
    const template = parseTemplate(templateBody);
    const parameters = effectiveParameters(template, list(p.Parameters), stack?.parameters);
    const capabilities = list(p.Capabilities);
    const needed = requiredCapabilities(template);
    if (needed && !capabilities.includes(needed) && !(needed === 'CAPABILITY_IAM' && capabilities.includes('CAPABILITY_NAMED_IAM'))) {
      throw new AwsError('InsufficientCapabilitiesException', `Requires capabilities : [${needed}]`, 400);
    }
    const tags = p.Tags !== undefined ? tagsOf(p) : stack?.tags ?? [];
    if (!stack) {
      stack = newStack(state, { name: p.StackName, template, templateBody, parameters, tags, capabilities });
      stackEvent(stack, 'REVIEW_IN_PROGRESS', 'User Initiated');
    }

    const isUpdate = type === 'UPDATE';
    const noChanges = isUpdate && deepEqual(template, stack.template) && deepEqual(parameters, stack.parameters) && deepEqual(tags, stack.tags);
    const cs = {
      arn: `arn:aws:cloudformation:${REGION}:${ACCOUNT}:changeSet/${p.ChangeSetName}/${randomUUID()}`,
      name: p.ChangeSetName,
      stackId: stack.id,
      stackName: stack.name,
      type,
      description: p.Description,
      status: 'CREATE_PENDING',
      executionStatus: 'UNAVAILABLE',
      statusReason: undefined,
      creationTime: new Date(),
      template,
      templateBody,
      parameters,
      tags,
      capabilities,
      changes: noChanges ? [] : computeChanges(isUpdate ? stack : null, { template, parameters }, stack, isUpdate && !deepEqual(tags, stack.tags)),
    };
    state.changeSets.set(cs.arn, cs);
    // Change sets are computed asynchronously by CloudFormation: callers must poll.
    (async () => {
      await state.sleep(state.stepDelayMs);
      cs.status = 'CREATE_IN_PROGRESS';
      await state.sleep(state.stepDelayMs);
      if (noChanges) Object.assign(cs, { status: 'FAILED', statusReason: NO_CHANGES_REASON });
      else Object.assign(cs, { status: 'CREATE_COMPLETE', executionStatus: 'AVAILABLE' });
    })().catch(() => {});
    return { Id: cs.arn, StackId: stack.id };
  },

  DescribeChangeSet(state, p) {
    const cs = findChangeSet(state, p.ChangeSetName, p.StackName);
    const stack = state.stacks.get(cs.stackId);
    const { page, nextToken } = paginate(cs.status === 'CREATE_COMPLETE' ? cs.changes : [], p.NextToken, undefined, state.pageSize, 'cs');
    return {
      ChangeSetName: cs.name,
      ChangeSetId: cs.arn,
      StackId: cs.stackId,
      StackName: cs.stackName,
      Description: cs.description,
      Parameters: Object.entries(cs.parameters).map(([k, v]) => ({ ParameterKey: k, ParameterValue: v })),
      CreationTime: cs.creationTime,
      ExecutionStatus: cs.executionStatus,
      Status: cs.status,
      StatusReason: cs.statusReason,
      Capabilities: cs.capabilities,
      Tags: cs.tags,
      Changes: page,
      NextToken: nextToken,
      IncludeNestedStacks: false,
      StackStatus: stack?.status,
    };
  },

  ExecuteChangeSet(state, p) {
    const cs = findChangeSet(state, p.ChangeSetName, p.StackName);
    const stack = state.stacks.get(cs.stackId);
    if (cs.executionStatus !== 'AVAILABLE') {
      throw new AwsError('InvalidChangeSetStatus', `ChangeSet [${cs.arn}] cannot be executed in its current status of [${cs.status}]`, 400);
    }
    if (inProgress(stack)) throw validation(`Stack:${stack.id} is in ${stack.status} state and can not be updated.`);
    cs.executionStatus = 'EXECUTE_IN_PROGRESS';
    // Executing one change set invalidates the stack's other change sets.
    for (const [arn, other] of state.changeSets) if (other.stackId === stack.id && other !== cs) state.changeSets.delete(arn);
    // Events carry the caller's ClientRequestToken (none if the caller sent none).
    const token = p.ClientRequestToken;
    const disableRollback = bool(p.DisableRollback);
    startOperation(state, stack, token, async () => {
      if (cs.type === 'CREATE') {
        Object.assign(stack, { template: cs.template, templateBody: cs.templateBody, parameters: cs.parameters, tags: cs.tags, capabilities: cs.capabilities, disableRollback });
        await runCreate(state, stack, { disableRollback });
      } else {
        await runUpdate(state, stack, cs, { disableRollback });
      }
      // The executed change set stays describable (EXECUTE_COMPLETE / EXECUTE_FAILED), like AWS.
      cs.executionStatus = stack.status === 'CREATE_COMPLETE' || stack.status === 'UPDATE_COMPLETE' ? 'EXECUTE_COMPLETE' : 'EXECUTE_FAILED';
    });
    return {};
  },

  DeleteChangeSet(state, p) {
    const cs = findChangeSet(state, p.ChangeSetName, p.StackName);
    if (cs.executionStatus === 'EXECUTE_IN_PROGRESS') throw new AwsError('InvalidChangeSetStatus', 'Cannot delete a change set that is being executed', 400);
    state.changeSets.delete(cs.arn);
    return {};
  },

  ListChangeSets(state, p) {
    const stack = findStack(state, p.StackName);
    const all = [...state.changeSets.values()].filter((c) => c.stackId === stack.id);
    const { page, nextToken } = paginate(all, p.NextToken, undefined, state.pageSize, 'lcs');
    return {
      Summaries: page.map((c) => ({
        StackId: c.stackId, StackName: c.stackName, ChangeSetId: c.arn, ChangeSetName: c.name, ExecutionStatus: c.executionStatus,
        Status: c.status, StatusReason: c.statusReason, CreationTime: c.creationTime, Description: c.description,
      })),
      NextToken: nextToken,
    };
  },

  DescribeStacks(state, p) {
    const stacks = p.StackName ? [findStack(state, p.StackName)] : [...state.stacks.values()].filter((s) => s.status !== 'DELETE_COMPLETE');
    const { page, nextToken } = paginate(stacks, p.NextToken, undefined, state.pageSize, 'ds');
    return {
      Stacks: page.map((s) => ({
        StackId: s.id,
        StackName: s.name,
        ChangeSetId: undefined,
        Description: s.description,
        Parameters: Object.entries(s.parameters ?? {}).map(([k, v]) => ({ ParameterKey: k, ParameterValue: s.template?.Parameters?.[k]?.NoEcho ? '****' : v })),
        CreationTime: s.creationTime,
        LastUpdatedTime: s.lastUpdatedTime,
        DeletionTime: s.deletionTime,
        StackStatus: s.status,
        StackStatusReason: s.statusReason,
        DisableRollback: s.disableRollback,
        Capabilities: s.capabilities,
        Outputs: computeOutputs(state, s),
        Tags: s.tags,
        EnableTerminationProtection: s.terminationProtection,
        DriftInformation: { StackDriftStatus: 'NOT_CHECKED' },
      })),
      NextToken: nextToken,
    };
  },

  DescribeStackEvents(state, p) {
    const stack = findStack(state, p.StackName);
    // Tokens hold the chronological index to continue from, so events arriving between
    // pages (the stack is still moving) neither shift nor repeat older pages.
    let end = stack.events.length;
    if (p.NextToken) {
      const m = /^ev:(\d+)$/.exec(Buffer.from(String(p.NextToken), 'base64').toString('utf8'));
      if (!m) throw validation(`Invalid NextToken: ${p.NextToken}`);
      end = Number(m[1]);
    }
    const start = Math.max(0, end - state.pageSize);
    const page = stack.events.slice(start, end).reverse();
    return { StackEvents: page, NextToken: start > 0 ? Buffer.from(`ev:${start}`).toString('base64') : undefined };
  },

  DescribeStackResources(state, p) {
    const stack = p.StackName
      ? findStack(state, p.StackName)
      : [...state.stacks.values()].find((s) => s.status !== 'DELETE_COMPLETE' && [...s.resources.values()].some((r) => r.physicalId === p.PhysicalResourceId)) ??
        findStack(state, String(p.PhysicalResourceId));
    const resources = [...stack.resources.values()].filter((r) => !p.LogicalResourceId || r.logicalId === p.LogicalResourceId);
    return { StackResources: resources.map((r) => ({ StackName: stack.name, StackId: stack.id, ...resourceFields(r), Timestamp: r.timestamp })) };
  },

  DescribeStackResource(state, p) {
    const stack = findStack(state, p.StackName);
    const r = stack.resources.get(p.LogicalResourceId);
    if (!r) throw validation(`Resource ${p.LogicalResourceId} does not exist for stack ${p.StackName}`);
    return { StackResourceDetail: { StackName: stack.name, StackId: stack.id, ...resourceFields(r), LastUpdatedTimestamp: r.timestamp } };
  },

  ListStackResources(state, p) {
    const stack = findStack(state, p.StackName);
    const { page, nextToken } = paginate([...stack.resources.values()], p.NextToken, undefined, state.pageSize, 'lsr');
    return { StackResourceSummaries: page.map((r) => ({ ...resourceFields(r), LastUpdatedTimestamp: r.timestamp })), NextToken: nextToken };
  },

  GetTemplate(state, p) {
    if (p.ChangeSetName) {
      const cs = findChangeSet(state, p.ChangeSetName, p.StackName);
      return { TemplateBody: cs.templateBody, StagesAvailable: ['Original', 'Processed'] };
    }
    const stack = findStack(state, p.StackName);
    return { TemplateBody: stack.templateBody, StagesAvailable: ['Original', 'Processed'] };
  },

  ValidateTemplate(state, p) {
    const body = templateFrom(state, p);
    if (body === undefined) throw validation('Either Template URL or Template Body must be specified.');
    const template = parseTemplate(body);
    const cap = requiredCapabilities(template);
    return {
      Parameters: Object.entries(template.Parameters ?? {}).map(([k, d]) => ({ ParameterKey: k, DefaultValue: d.Default === undefined ? undefined : String(d.Default), NoEcho: Boolean(d.NoEcho), Description: d.Description })),
      Description: template.Description,
      Capabilities: cap ? [cap] : [],
      CapabilitiesReason: cap ? 'The following resource(s) require capabilities: [AWS::IAM::Role]' : undefined,
    };
  },

  DeleteStack(state, p) {
    const stack = findStack(state, p.StackName, { required: false });
    if (!stack || stack.status === 'DELETE_COMPLETE' || stack.status === 'DELETE_IN_PROGRESS') return {}; // idempotent, like AWS
    if (stack.terminationProtection) throw validation(`Stack [${stack.name}] cannot be deleted while TerminationProtection is enabled`);
    if (inProgress(stack)) throw validation(`Stack [${stack.name}] cannot be deleted while in status ${stack.status}`);
    for (const [arn, cs] of state.changeSets) if (cs.stackId === stack.id) state.changeSets.delete(arn);
    if (stack.status === 'REVIEW_IN_PROGRESS') {
      stackEvent(stack, 'DELETE_COMPLETE');
      stack.deletionTime = new Date();
      return {};
    }
    startOperation(state, stack, p.ClientRequestToken, () => runDelete(state, stack));
    return {};
  },

  UpdateTerminationProtection(state, p) {
    const stack = findStack(state, p.StackName);
    stack.terminationProtection = bool(p.EnableTerminationProtection);
    return { StackId: stack.id };
  },

  CancelUpdateStack(state, p) {
    const stack = findStack(state, p.StackName);
    if (stack.status !== 'UPDATE_IN_PROGRESS') throw validation(`CancelUpdateStack cannot be called from current stack status (${stack.status})`);
    if (stack.op) stack.op.cancelled = true;
    return {};
  },

  ContinueUpdateRollback(state, p) {
    const stack = findStack(state, p.StackName);
    if (stack.status !== 'UPDATE_ROLLBACK_FAILED') throw validation(`Stack ${stack.name} is in ${stack.status} state and cannot continue update rollback`);
    startOperation(state, stack, p.ClientRequestToken, () => runRollbackOnly(state, stack));
    return {};
  },

  ListStacks(state, p) {
    const filter = list(p.StackStatusFilter);
    const stacks = [...state.stacks.values()].filter((s) => !filter.length || filter.includes(s.status)).reverse();
    const { page, nextToken } = paginate(stacks, p.NextToken, undefined, state.pageSize, 'ls');
    return {
      StackSummaries: page.map((s) => ({
        StackId: s.id, StackName: s.name, TemplateDescription: s.description, CreationTime: s.creationTime, LastUpdatedTime: s.lastUpdatedTime,
        DeletionTime: s.deletionTime, StackStatus: s.status, StackStatusReason: s.statusReason,
      })),
      NextToken: nextToken,
    };
  },
};

function resourceFields(r) {
  return {
    LogicalResourceId: r.logicalId,
    PhysicalResourceId: r.physicalId,
    ResourceType: r.type,
    ResourceStatus: r.status,
    ResourceStatusReason: r.statusReason,
    DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' },
  };
}
