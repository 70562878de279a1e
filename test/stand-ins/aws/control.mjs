// Test control surface: the same methods in-process (`standIn.control.x(arg)`) and over
// HTTP (`POST /__control/x` with the JSON argument; `connectAwsStandIn(url).x(arg)`), so a
// test can steer a stand-in that runs in another process (the demo, a child action run).
// Every method takes at most one argument so the HTTP mapping stays trivial.
import { ACCOUNT, REGION, defaultNetwork } from './state.mjs';
import { AwsError } from './protocols.mjs';
import { parseTemplate } from './cloudformation/template.mjs';
import { findStack, seedStack } from './cloudformation/stacks.mjs';
import { seedLogs } from './services/logs.mjs';
import { seedFileSystem } from './services/efs.mjs';

export function createControl(state) {
  const control = {
    /** Seed a deployed (or in-progress / failed) stack from a template object or body. */
    seedStack(opts) {
      const body = typeof opts.template === 'string' ? opts.template : JSON.stringify(opts.template);
      const stack = seedStack(state, { ...opts, template: parseTemplate(body), templateBody: body });
      return { stackId: stack.id };
    },

    /**
     * Make a resource fail the next time it is provisioned. `operation`: 'deploy' (create
     * or update, default), 'create', 'update', 'delete' or 'any'. `ecs` shapes the stopped
     * tasks DescribeTasks reports for a failing AWS::ECS::Service.
     */
    failResource(opts) {
      const logicalId = opts.logicalId ?? opts.failResource;
      if (!logicalId) throw new Error('failResource needs logicalId (or failResource)');
      state.resourceFailures.push({
        logicalId,
        reason: opts.reason ?? `Resource handler returned message: "stand-in injected failure for ${logicalId}"`,
        stackName: opts.stackName,
        operation: opts.operation ?? 'deploy',
        remaining: opts.times ?? 1,
        ecs: opts.ecs,
      });
    },

    /** Next `count` calls of `action` (optionally only for `service`) answer a throttling error. */
    throttle(opts) {
      state.injections.push({ kind: 'throttle', action: opts.action, service: opts.service, remaining: opts.count ?? 1, code: opts.code });
    },

    /** Next `count` calls of `action` answer HTTP `status` (500 default, or 503). */
    fail5xx(opts) {
      state.injections.push({ kind: '5xx', action: opts.action, service: opts.service, remaining: opts.count ?? 1, status: opts.status ?? 500, code: opts.code });
    },

    /** Step delay for all stacks (number) or one stack ({ ms, stackName }): a "slow stack". */
    setStepDelay(arg) {
      if (typeof arg === 'number') state.stepDelayMs = arg;
      else if (arg.stackName) findStack(state, arg.stackName).stepDelayMs = arg.ms;
      else state.stepDelayMs = arg.ms;
    },

    /** ECS serviceLongArnFormat: 'enabled' | 'disabled' | 'AccessDenied' (ListAccountSettings throws). */
    setAccountSetting(arg) {
      const value = typeof arg === 'string' ? arg : arg.value;
      if (!['enabled', 'disabled', 'AccessDenied'].includes(value)) throw new Error(`unsupported account setting value ${value}`);
      state.ecs.serviceLongArnFormat = value;
    },

    /** Append log events (strings or {timestamp, message}) to a stream, e.g. `web/app/<taskid>`. */
    seedLogs(opts) {
      seedLogs(state, opts.logGroupName, opts.logStreamName, opts.events);
    },

    seedFileSystem(opts = {}) {
      return { fileSystemId: seedFileSystem(state, opts) };
    },

    seedLoadBalancer(opts) {
      const type = opts.type ?? 'application';
      const id = state.hex(16);
      const arn = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/${type === 'network' ? 'net' : 'app'}/${opts.name}/${id}`;
      state.loadBalancers.set(arn, {
        LoadBalancerArn: arn, LoadBalancerName: opts.name, Type: type, DNSName: opts.dnsName ?? `${opts.name}-${id.slice(0, 6)}.elb.localhost`,
        VpcId: opts.vpcId ?? state.network.vpcs[0]?.vpcId, Scheme: opts.scheme ?? 'internet-facing', SecurityGroups: opts.securityGroups ?? [], Subnets: opts.subnets ?? [],
      });
      return { loadBalancerArn: arn };
    },

    seedCluster(opts) {
      state.ecs.clusters.set(opts.clusterName, { createdAt: new Date(), tags: opts.tags ?? [] });
    },

    /** A service outside any stack (its cluster is seeded too). */
    seedService(opts) {
      const cluster = opts.clusterName ?? 'default';
      if (!state.ecs.clusters.has(cluster)) control.seedCluster({ clusterName: cluster });
      const arn = `arn:aws:ecs:${REGION}:${ACCOUNT}:service/${cluster}/${opts.serviceName}`;
      state.ecs.services.set(`${cluster}/${opts.serviceName}`, {
        name: opts.serviceName, arn, cluster, desiredCount: opts.desiredCount ?? 1, launchType: opts.launchType ?? 'FARGATE',
        taskDefinition: opts.taskDefinition ?? `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${opts.serviceName}:1`,
        containers: (opts.containers ?? ['app']).map((name) => ({ name })), loadBalancers: [], resourceStatus: opts.status ?? 'CREATE_COMPLETE', createdAt: new Date(),
      });
      return { serviceArn: arn };
    },

    /** Shallow-merge fields into DescribeServices output for a service (by name). */
    patchService(opts) {
      state.ecs.servicePatches.set(opts.serviceName, { ...(state.ecs.servicePatches.get(opts.serviceName) ?? {}), ...opts.patch });
    },

    /** Record a stopped task for a service (what DescribeTasks shows after a crash). */
    seedStoppedTask(opts) {
      const history = state.ecs.history.get(opts.serviceName) ?? { events: [], stoppedTasks: [] };
      const taskId = opts.taskId ?? state.hex(32);
      history.stoppedTasks.push({
        taskId, stopCode: opts.stopCode ?? 'EssentialContainerExited', stoppedReason: opts.stoppedReason ?? 'Essential container in task exited', stoppedAt: new Date(),
        containers: (opts.containers ?? [{ name: 'app', exitCode: 1 }]).map((c) => ({ lastStatus: 'STOPPED', ...c })),
      });
      if (opts.event) history.events.push({ id: state.hex(32), createdAt: new Date(), message: opts.event });
      state.ecs.history.set(opts.serviceName, history);
      return { taskId };
    },

    /** Replace parts of the network (vpcs, subnets, routeTables, securityGroups, availabilityZones); `null` restores the default VPC. */
    setNetwork(network) {
      state.network = network === null ? defaultNetwork() : { ...state.network, ...network };
    },

    putObject(opts) {
      if (!state.buckets.has(opts.bucket)) state.buckets.set(opts.bucket, new Map());
      state.buckets.get(opts.bucket).set(opts.key, { body: Buffer.from(opts.body), etag: '"seeded"', lastModified: new Date() });
    },

    /** Request log, optionally filtered: { service?, action?, since? (epoch ms) }. */
    requests(filter = {}) {
      return state.requests.filter((r) => (!filter.service || r.service === filter.service) && (!filter.action || r.action === filter.action) && (!filter.since || r.time >= filter.since));
    },

    clearRequests() {
      state.requests.length = 0;
    },

    /** Resolves once the stack has no operation running (seeded transitions included). */
    async waitForStack(opts) {
      const name = typeof opts === 'string' ? opts : opts.stackName;
      const stack = findStack(state, name);
      const deadline = Date.now() + (opts.timeoutMs ?? 15000);
      while (stack.status.endsWith('_IN_PROGRESS') && stack.status !== 'REVIEW_IN_PROGRESS') {
        if (Date.now() > deadline) throw new Error(`stack ${name} still ${stack.status}`);
        await state.sleep(10);
      }
      return { status: stack.status };
    },

    /** JSON-friendly view of stacks and their resources, for assertions across processes. */
    snapshot() {
      return {
        stacks: [...state.stacks.values()].map((s) => ({
          stackId: s.id, stackName: s.name, status: s.status, statusReason: s.statusReason, parameters: s.parameters, tags: s.tags, terminationProtection: s.terminationProtection,
          resources: [...s.resources.values()].map((r) => ({ logicalId: r.logicalId, type: r.type, physicalId: r.physicalId, status: r.status })),
          eventCount: s.events.length,
        })),
        changeSets: [...state.changeSets.values()].map((c) => ({ arn: c.arn, name: c.name, stackName: c.stackName, status: c.status, executionStatus: c.executionStatus })),
        unimplemented: state.unimplemented,
      };
    },
  };
  return control;
}

/** POST /__control/<method> {arg} → {result}; GET /__control/requests|snapshot for convenience. */
export async function handleControl(control, req, res, url) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const method = url.pathname.replace(/^\/__control\/?/, '');
  let arg;
  try {
    const text = Buffer.concat(chunks).toString('utf8');
    arg = req.method === 'GET' ? Object.fromEntries(url.searchParams) : (text ? JSON.parse(text) : undefined) ?? undefined;
    if (req.method === 'GET' && method === 'requests' && arg.since) arg.since = Number(arg.since);
    if (typeof control[method] !== 'function') throw new AwsError('UnknownControl', `no control method ${method}; have: ${Object.keys(control).join(', ')}`, 404);
    const result = await control[method](arg);
    send(res, 200, { result: result ?? null });
  } catch (e) {
    send(res, e instanceof AwsError ? e.status : 400, { error: e.message });
  }
}

function send(res, status, body) {
  const payload = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(payload.length) });
  res.end(payload);
}

/** Typed-by-.d.mts HTTP client for the control API of a stand-in in another process. */
export function connectAwsStandIn(url) {
  const base = url.replace(/\/$/, '');
  return new Proxy({}, {
    get(_, method) {
      if (typeof method !== 'string' || method === 'then') return undefined;
      return async (arg) => {
        const res = await fetch(`${base}/__control/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(arg ?? null) });
        const body = await res.json();
        if (!res.ok) throw new Error(`stand-in control ${method} failed: ${body.error}`);
        return body.result;
      };
    },
  });
}
