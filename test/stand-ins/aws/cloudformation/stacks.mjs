// Stack records and their timeline: how a stack moves through statuses, emitting the
// per-resource events a real CloudFormation stack emits, one wave of resources per step
// delay. Operations are async functions driven by state.sleep(), so close() cancels them.
import { randomUUID } from 'node:crypto';
import { ACCOUNT, REGION, Closed } from '../state.mjs';
import { validation } from '../protocols.mjs';
import { activeResources, resolve, waves } from './template.mjs';
import { provision, unprovision } from './resources.mjs';

export const TERMINAL_OK = ['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'UPDATE_ROLLBACK_COMPLETE', 'IMPORT_COMPLETE', 'IMPORT_ROLLBACK_COMPLETE'];

export function newStack(state, { name, template, templateBody, parameters = {}, tags = [], capabilities = [], description }) {
  const id = `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/${name}/${randomUUID()}`;
  const stack = {
    id,
    name,
    status: 'REVIEW_IN_PROGRESS',
    statusReason: undefined,
    creationTime: new Date(),
    lastUpdatedTime: undefined,
    deletionTime: undefined,
    template,
    templateBody,
    parameters,
    tags,
    capabilities,
    description: description ?? template?.Description,
    terminationProtection: false,
    disableRollback: false,
    /** @type {Map<string, any>} logical id → { logicalId, type, physicalId, status, statusReason, timestamp, attrs, props, deletionPolicy } */
    resources: new Map(),
    /** chronological; DescribeStackEvents returns newest first */
    events: [],
    op: undefined,
  };
  state.stacks.set(id, stack);
  return stack;
}

/** Look a stack up like CloudFormation: by id (deleted stacks too) or by name (live stacks only). */
export function findStack(state, nameOrId, { required = true } = {}) {
  let stack = state.stacks.get(nameOrId);
  if (!stack) stack = [...state.stacks.values()].find((s) => s.name === nameOrId && s.status !== 'DELETE_COMPLETE');
  if (!stack && required) throw validation(`Stack with id ${nameOrId} does not exist`);
  return stack;
}

export function stackEvent(stack, status, reason, token) {
  stack.status = status;
  stack.statusReason = reason;
  pushEvent(stack, { LogicalResourceId: stack.name, PhysicalResourceId: stack.id, ResourceType: 'AWS::CloudFormation::Stack', ResourceStatus: status, ResourceStatusReason: reason }, token);
}

export function resourceEvent(stack, res, status, reason, token) {
  res.status = status;
  res.statusReason = reason;
  res.timestamp = new Date();
  pushEvent(stack, {
    LogicalResourceId: res.logicalId,
    PhysicalResourceId: res.physicalId ?? '',
    ResourceType: res.type,
    ResourceStatus: status,
    ResourceStatusReason: reason,
    ResourceProperties: res.props ? JSON.stringify(res.props) : undefined,
  }, token);
}

function pushEvent(stack, fields, token) {
  const ts = new Date();
  const eventId = fields.ResourceType === 'AWS::CloudFormation::Stack' ? randomUUID() : `${fields.LogicalResourceId}-${fields.ResourceStatus}-${ts.toISOString()}-${stack.events.length}`;
  stack.events.push({ StackId: stack.id, EventId: eventId, StackName: stack.name, Timestamp: ts, ClientRequestToken: token ?? stack.op?.token, ...fields });
}

function resolveCtx(state, stack, template = stack.template, parameters = stack.parameters) {
  return { stack, template, parameters, resources: stack.resources, exports: collectExports(state) };
}

export function collectExports(state) {
  const out = new Map();
  for (const s of state.stacks.values()) {
    if (s.status === 'DELETE_COMPLETE' || !s.template?.Outputs) continue;
    for (const o of computeOutputs(state, s, false)) if (o.ExportName) out.set(o.ExportName, o.OutputValue);
  }
  return out;
}

/** Outputs with Ref/GetAtt/Sub resolved against the stack's fake physical resources. */
export function computeOutputs(state, stack, withExports = true) {
  const defs = stack.template?.Outputs;
  if (!defs || ['REVIEW_IN_PROGRESS', 'ROLLBACK_COMPLETE', 'DELETE_COMPLETE', 'CREATE_IN_PROGRESS'].includes(stack.status)) return [];
  const ctx = { stack, template: stack.template, parameters: stack.parameters, resources: stack.resources, exports: withExports ? collectExports(state) : new Map() };
  const out = [];
  for (const [key, def] of Object.entries(defs)) {
    if (def.Condition && !resolve({ 'Fn::If': [def.Condition, true, false] }, ctx)) continue;
    const value = resolve(def.Value, ctx);
    out.push({
      OutputKey: key,
      OutputValue: Array.isArray(value) ? value.join(',') : String(value),
      Description: def.Description,
      ExportName: def.Export ? String(resolve(def.Export.Name, ctx)) : undefined,
    });
  }
  return out;
}

function takeFailure(state, stack, logicalId, operation) {
  const f = state.resourceFailures.find(
    (x) => x.remaining > 0 && x.logicalId === logicalId && (!x.stackName || x.stackName === stack.name) && (x.operation === 'any' || x.operation === operation || (x.operation === 'deploy' && operation !== 'delete')),
  );
  if (!f) return undefined;
  f.remaining -= 1;
  return f;
}

/** Record what ECS would show for a service whose deployment failed (circuit breaker). */
function recordEcsFailure(state, stack, res, failure) {
  if (res.type !== 'AWS::ECS::Service') return;
  const name = res.attrs?.Name ?? res.logicalId;
  const history = state.ecs.history.get(name) ?? { events: [], stoppedTasks: [] };
  history.events.push({ id: randomUUID(), createdAt: new Date(), message: `(service ${name}) deployment failed: tasks failed to start.` });
  const td = resolveTaskDefinition(stack, res);
  for (let i = 0; i < 2; i++) {
    history.stoppedTasks.push({
      taskId: state.hex(32),
      taskDefinitionArn: td?.physicalId,
      stopCode: 'EssentialContainerExited',
      stoppedReason: failure.ecs?.stoppedReason ?? 'Essential container in task exited',
      containers: (td?.props?.ContainerDefinitions ?? [{ Name: 'app' }]).map((c) => ({ name: c.Name, exitCode: failure.ecs?.exitCode ?? 1, reason: failure.ecs?.containerReason, lastStatus: 'STOPPED', image: c.Image })),
      stoppedAt: new Date(),
    });
  }
  history.failed = failure.reason;
  state.ecs.history.set(name, history);
}

export function resolveTaskDefinition(stack, serviceRes) {
  const ref = serviceRes.rawProps?.TaskDefinition;
  const id = ref && typeof ref === 'object' ? ref.Ref : undefined;
  if (id) return stack.resources.get(id);
  return [...stack.resources.values()].find((r) => r.type === 'AWS::ECS::TaskDefinition' && r.physicalId === serviceRes.props?.TaskDefinition);
}

function delay(state, stack) {
  return stack.stepDelayMs ?? state.stepDelayMs;
}

function createRes(state, stack, id, def, ctx) {
  const props = resolve(def.Properties ?? {}, ctx);
  const { physicalId, attrs } = provision(state, stack, id, def.Type, props);
  return { physicalId, attrs, props, rawProps: def.Properties ?? {} };
}

/**
 * Run an operation to its end, swallowing Closed (server shut down mid-timeline).
 * Other errors are stored on the stack so a bug in the stand-in shows up in assertions.
 */
export function startOperation(state, stack, token, fn) {
  stack.op = { token, cancelled: false };
  stack.lastUpdatedTime = stack.status === 'REVIEW_IN_PROGRESS' ? undefined : new Date();
  const op = stack.op;
  op.done = fn(op).catch((e) => {
    if (!(e instanceof Closed)) {
      stack.internalError = e;
      stackEvent(stack, stack.status.replace(/IN_PROGRESS$/, 'FAILED'), `stand-in internal error: ${e.message}`);
    }
  });
  return op;
}

// ------------------------------------------------------------------- create

export async function runCreate(state, stack, { disableRollback = false } = {}) {
  stackEvent(stack, 'CREATE_IN_PROGRESS', 'User Initiated');
  const ctx = resolveCtx(state, stack);
  const defs = activeResources(stack.template, ctx);
  const created = [];
  for (const wave of waves(defs)) {
    await state.sleep(delay(state, stack) / 2);
    for (const id of wave) {
      const res = { logicalId: id, type: defs[id].Type, deletionPolicy: defs[id].DeletionPolicy };
      stack.resources.set(id, res);
      resourceEvent(stack, res, 'CREATE_IN_PROGRESS');
      Object.assign(res, createRes(state, stack, id, defs[id], ctx));
      resourceEvent(stack, res, 'CREATE_IN_PROGRESS', 'Resource creation Initiated');
      created.push(id);
    }
    await state.sleep(delay(state, stack));
    const failed = [];
    for (const id of wave) {
      const f = takeFailure(state, stack, id, 'create');
      if (f) failed.push([id, f]);
    }
    for (const id of wave) {
      const res = stack.resources.get(id);
      const f = failed.find(([fid]) => fid === id)?.[1];
      if (f) {
        recordEcsFailure(state, stack, res, f);
        resourceEvent(stack, res, 'CREATE_FAILED', f.reason);
      } else if (failed.length) resourceEvent(stack, res, 'CREATE_FAILED', 'Resource creation cancelled');
      else resourceEvent(stack, res, 'CREATE_COMPLETE');
    }
    if (failed.length) {
      const reason = `The following resource(s) failed to create: [${failed.map(([id]) => id).join(', ')}]. `;
      if (disableRollback) return stackEvent(stack, 'CREATE_FAILED', reason);
      stackEvent(stack, 'ROLLBACK_IN_PROGRESS', `${reason}Rollback requested by user.`);
      await deleteResources(state, stack, created.slice().reverse(), { honourRetain: false });
      return stackEvent(stack, 'ROLLBACK_COMPLETE');
    }
  }
  stackEvent(stack, 'CREATE_COMPLETE');
}

// ------------------------------------------------------------------- update

/**
 * Apply a change set: adds and modifications in dependency waves, then
 * UPDATE_COMPLETE_CLEANUP_IN_PROGRESS removes deleted and replaced resources.
 */
export async function runUpdate(state, stack, changeSet, { disableRollback = false } = {}) {
  const previous = {
    template: stack.template,
    templateBody: stack.templateBody,
    parameters: stack.parameters,
    tags: stack.tags,
    resources: new Map([...stack.resources].map(([k, v]) => [k, { ...v }])),
  };
  stackEvent(stack, 'UPDATE_IN_PROGRESS', 'User Initiated');
  Object.assign(stack, { template: changeSet.template, templateBody: changeSet.templateBody, parameters: changeSet.parameters, tags: changeSet.tags, capabilities: changeSet.capabilities });
  stack.description = stack.template.Description;
  const ctx = resolveCtx(state, stack);
  const defs = activeResources(stack.template, ctx);
  const byId = new Map(changeSet.changes.map((c) => [c.ResourceChange.LogicalResourceId, c.ResourceChange]));
  const touched = [];
  const replacedOld = [];
  for (const wave of waves(defs)) {
    const work = wave.filter((id) => byId.get(id)?.Action === 'Add' || byId.get(id)?.Action === 'Modify');
    if (!work.length) continue;
    await state.sleep(delay(state, stack) / 2);
    for (const id of work) {
      const c = byId.get(id);
      touched.push(id);
      if (c.Action === 'Add') {
        const res = { logicalId: id, type: defs[id].Type, deletionPolicy: defs[id].DeletionPolicy, added: true };
        stack.resources.set(id, res);
        resourceEvent(stack, res, 'CREATE_IN_PROGRESS');
        Object.assign(res, createRes(state, stack, id, defs[id], ctx));
        resourceEvent(stack, res, 'CREATE_IN_PROGRESS', 'Resource creation Initiated');
      } else {
        const res = stack.resources.get(id);
        const replace = c.Replacement === 'True' || (c.Replacement === 'Conditional' && c.Details.some((d) => d.Target.RequiresRecreation !== 'Never'));
        if (replace) {
          resourceEvent(stack, res, 'UPDATE_IN_PROGRESS', 'Requested update requires the creation of a new physical resource; hence creating one.');
          replacedOld.push({ ...res });
          Object.assign(res, createRes(state, stack, id, defs[id], ctx), { type: defs[id].Type });
          resourceEvent(stack, res, 'UPDATE_IN_PROGRESS', 'Resource creation Initiated');
        } else {
          resourceEvent(stack, res, 'UPDATE_IN_PROGRESS');
          Object.assign(res, { props: resolve(defs[id].Properties ?? {}, ctx), rawProps: defs[id].Properties ?? {} });
        }
        res.deletionPolicy = defs[id].DeletionPolicy;
      }
    }
    await state.sleep(delay(state, stack));
    const failed = [];
    for (const id of work) {
      const f = takeFailure(state, stack, id, 'update') ?? (stack.op?.cancelled ? { reason: 'Resource update cancelled' } : undefined);
      if (f) failed.push([id, f]);
    }
    for (const id of work) {
      const res = stack.resources.get(id);
      const f = failed.find(([fid]) => fid === id)?.[1];
      const verb = byId.get(id).Action === 'Add' ? 'CREATE' : 'UPDATE';
      if (f) {
        recordEcsFailure(state, stack, res, f);
        resourceEvent(stack, res, `${verb}_FAILED`, f.reason);
      } else resourceEvent(stack, res, `${verb}_COMPLETE`);
    }
    if (failed.length) {
      const ids = failed.map(([id]) => id);
      const reason = stack.op?.cancelled ? 'Resource update cancelled' : `The following resource(s) failed to ${byId.get(ids[0]).Action === 'Add' ? 'create' : 'update'}: [${ids.join(', ')}]. `;
      if (disableRollback) return stackEvent(stack, 'UPDATE_FAILED', reason);
      return rollbackUpdate(state, stack, previous, touched, reason);
    }
  }
  stackEvent(stack, 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS');
  const removed = changeSet.changes.filter((c) => c.ResourceChange.Action === 'Remove').map((c) => c.ResourceChange.LogicalResourceId);
  await deleteResources(state, stack, removed.reverse(), { honourRetain: true, removeFromStack: true });
  await deleteDetached(state, stack, replacedOld);
  stackEvent(stack, 'UPDATE_COMPLETE');
}

async function rollbackUpdate(state, stack, previous, touched, reason) {
  stackEvent(stack, 'UPDATE_ROLLBACK_IN_PROGRESS', reason);
  Object.assign(stack, { template: previous.template, templateBody: previous.templateBody, parameters: previous.parameters, tags: previous.tags });
  const reverted = touched.filter((id) => previous.resources.has(id));
  const added = touched.filter((id) => !previous.resources.has(id));
  const newPhysicals = [];
  if (reverted.length) {
    for (const id of reverted.slice().reverse()) {
      const res = stack.resources.get(id);
      if (res.physicalId !== previous.resources.get(id).physicalId) newPhysicals.push({ ...res });
      resourceEvent(stack, res, 'UPDATE_IN_PROGRESS');
    }
    await state.sleep(delay(state, stack));
    for (const id of reverted.slice().reverse()) {
      const res = stack.resources.get(id);
      Object.assign(res, previous.resources.get(id));
      resourceEvent(stack, res, 'UPDATE_COMPLETE');
    }
  }
  stackEvent(stack, 'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS');
  await deleteResources(state, stack, added.reverse(), { honourRetain: false, removeFromStack: true });
  await deleteDetached(state, stack, newPhysicals);
  stackEvent(stack, 'UPDATE_ROLLBACK_COMPLETE');
}

/** Continue/cancel paths that only replay the rollback (ContinueUpdateRollback on a seeded stack). */
export async function runRollbackOnly(state, stack) {
  stackEvent(stack, 'UPDATE_ROLLBACK_IN_PROGRESS', 'User Initiated');
  await state.sleep(delay(state, stack));
  for (const res of stack.resources.values()) if (res.status?.endsWith('FAILED')) resourceEvent(stack, res, 'UPDATE_COMPLETE');
  stackEvent(stack, 'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS');
  await state.sleep(delay(state, stack) / 2);
  stackEvent(stack, 'UPDATE_ROLLBACK_COMPLETE');
}

// ------------------------------------------------------------------- delete

export async function runDelete(state, stack) {
  stackEvent(stack, 'DELETE_IN_PROGRESS', 'User Initiated');
  const live = Object.fromEntries([...stack.resources].filter(([, r]) => r.status !== 'DELETE_COMPLETE').map(([id]) => [id, stack.template?.Resources?.[id] ?? { Type: stack.resources.get(id).type }]));
  const order = waves(live).reverse();
  for (const wave of order) {
    const failed = await deleteWave(state, stack, wave, { honourRetain: true, failable: true });
    if (failed.length) return stackEvent(stack, 'DELETE_FAILED', `The following resource(s) failed to delete: [${failed.join(', ')}]. `);
  }
  stackEvent(stack, 'DELETE_COMPLETE');
  stack.deletionTime = new Date();
}

async function deleteResources(state, stack, ids, opts) {
  for (const id of ids) await deleteWave(state, stack, [id], opts);
}

async function deleteWave(state, stack, ids, { honourRetain, removeFromStack = false, failable = false }) {
  const live = ids.map((id) => stack.resources.get(id)).filter((r) => r && r.physicalId !== undefined && r.status !== 'DELETE_COMPLETE');
  const failed = [];
  if (!live.length) return failed;
  for (const res of live) {
    if (honourRetain && res.deletionPolicy === 'Retain') resourceEvent(stack, res, 'DELETE_SKIPPED');
    else resourceEvent(stack, res, 'DELETE_IN_PROGRESS');
  }
  await state.sleep(delay(state, stack));
  for (const res of live) {
    if (res.status === 'DELETE_SKIPPED') continue;
    const f = failable ? takeFailure(state, stack, res.logicalId, 'delete') : undefined;
    if (f) {
      failed.push(res.logicalId);
      resourceEvent(stack, res, 'DELETE_FAILED', f.reason);
      continue;
    }
    unprovision(state, res);
    resourceEvent(stack, res, 'DELETE_COMPLETE');
  }
  if (removeFromStack) for (const res of live) if (res.status === 'DELETE_COMPLETE' || res.status === 'DELETE_SKIPPED') stack.resources.delete(res.logicalId);
  return failed;
}

/** Delete physical resources no longer attached to a logical id (old halves of replacements). */
async function deleteDetached(state, stack, detached) {
  if (!detached.length) return;
  for (const old of detached) resourceEvent(stack, old, 'DELETE_IN_PROGRESS');
  await state.sleep(delay(state, stack));
  for (const old of detached) {
    unprovision(state, old);
    resourceEvent(stack, old, 'DELETE_COMPLETE');
  }
}

// ------------------------------------------------------------------- seeding

const SETTLES_TO = {
  CREATE_IN_PROGRESS: 'CREATE_COMPLETE',
  UPDATE_IN_PROGRESS: 'UPDATE_COMPLETE',
  UPDATE_COMPLETE_CLEANUP_IN_PROGRESS: 'UPDATE_COMPLETE',
  ROLLBACK_IN_PROGRESS: 'ROLLBACK_COMPLETE',
  UPDATE_ROLLBACK_IN_PROGRESS: 'UPDATE_ROLLBACK_COMPLETE',
  DELETE_IN_PROGRESS: 'DELETE_COMPLETE',
};

/**
 * Put a stack straight into a given status, as if it had been deployed earlier: all
 * resources provisioned, history events present. Transitional statuses settle after
 * `completeAfterMs` (that is how tests model "another deploy is already running").
 */
export function seedStack(state, opts) {
  const { stackName, template, templateBody, parameters = {}, tags = [], status = 'CREATE_COMPLETE', completeAfterMs, terminationProtection = false, failedResource } = opts;
  if (findStack(state, stackName, { required: false })) throw validation(`Stack [${stackName}] already exists`);
  const stack = newStack(state, { name: stackName, template, templateBody, parameters, tags });
  stack.terminationProtection = terminationProtection;
  const ctx = resolveCtx(state, stack);
  const defs = activeResources(template, ctx);
  stackEvent(stack, 'CREATE_IN_PROGRESS', 'User Initiated', 'seeded');
  for (const wave of waves(defs)) {
    for (const id of wave) {
      const res = { logicalId: id, type: defs[id].Type, deletionPolicy: defs[id].DeletionPolicy, ...createRes(state, stack, id, defs[id], ctx) };
      stack.resources.set(id, res);
      resourceEvent(stack, res, 'CREATE_IN_PROGRESS', undefined, 'seeded');
      resourceEvent(stack, res, 'CREATE_COMPLETE', undefined, 'seeded');
    }
  }
  const victim = failedResource ?? [...stack.resources.keys()].pop();
  if (status === 'ROLLBACK_COMPLETE' || status === 'ROLLBACK_FAILED') {
    const res = stack.resources.get(victim);
    resourceEvent(stack, res, 'CREATE_FAILED', opts.reason ?? 'Resource handler returned message: "seeded failure"', 'seeded');
    stackEvent(stack, 'ROLLBACK_IN_PROGRESS', `The following resource(s) failed to create: [${victim}]. Rollback requested by user.`, 'seeded');
    for (const r of [...stack.resources.values()].reverse()) {
      unprovision(state, r);
      resourceEvent(stack, r, 'DELETE_COMPLETE', undefined, 'seeded');
    }
    stackEvent(stack, status, undefined, 'seeded');
  } else if (status === 'UPDATE_ROLLBACK_FAILED') {
    stackEvent(stack, 'CREATE_COMPLETE', undefined, 'seeded');
    stackEvent(stack, 'UPDATE_IN_PROGRESS', 'User Initiated', 'seeded');
    const res = stack.resources.get(victim);
    resourceEvent(stack, res, 'UPDATE_FAILED', opts.reason ?? 'Resource handler returned message: "seeded failure"', 'seeded');
    stackEvent(stack, 'UPDATE_ROLLBACK_IN_PROGRESS', `The following resource(s) failed to update: [${victim}]. `, 'seeded');
    stackEvent(stack, 'UPDATE_ROLLBACK_FAILED', `The following resource(s) failed to update: [${victim}]. `, 'seeded');
  } else if (status !== 'CREATE_IN_PROGRESS') {
    stackEvent(stack, 'CREATE_COMPLETE', undefined, 'seeded');
    if (status !== 'CREATE_COMPLETE') stackEvent(stack, status, status.endsWith('IN_PROGRESS') ? 'User Initiated' : undefined, 'seeded');
  }
  if (status === 'DELETE_COMPLETE') stack.deletionTime = new Date();
  const settled = SETTLES_TO[status];
  if (settled) {
    startOperation(state, stack, 'seeded', async () => {
      await state.sleep(completeAfterMs ?? delay(state, stack) * 4);
      if (settled === 'UPDATE_COMPLETE' && status !== 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS') stackEvent(stack, 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS');
      if (settled === 'DELETE_COMPLETE') {
        for (const r of stack.resources.values()) {
          unprovision(state, r);
          resourceEvent(stack, r, 'DELETE_COMPLETE');
        }
        stack.deletionTime = new Date();
      }
      stackEvent(stack, settled);
    });
  }
  return stack;
}
