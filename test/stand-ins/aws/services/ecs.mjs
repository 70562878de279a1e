// ECS (awsJson1_1, AmazonEC2ContainerServiceV20141113). Clusters, services and tasks are
// derived on every call from the stacks' AWS::ECS::* resources (so their state follows the
// CloudFormation timeline), plus anything seeded through the control API.
import { createHash } from 'node:crypto';
import { ACCOUNT, REGION, paginate } from '../state.mjs';
import { AwsError, list } from '../protocols.mjs';
import { resolveTaskDefinition } from '../cloudformation/stacks.mjs';

const arn = (rest) => `arn:aws:ecs:${REGION}:${ACCOUNT}:${rest}`;
const nameOf = (v) => String(v ?? 'default').split('/').pop();
const taskId = (seed) => createHash('md5').update(seed).digest('hex');

/** Clusters and services as ECS would see them right now. */
export function ecsWorld(state) {
  const clusters = new Map([...state.ecs.clusters].map(([n, c]) => [n, { name: n, ...c }]));
  const services = [...state.ecs.services.values()].map((s) => ({ ...s, seeded: true }));
  for (const stack of state.stacks.values()) {
    for (const r of stack.resources.values()) {
      if (!r.physicalId || r.status === 'DELETE_COMPLETE') continue;
      if (r.type === 'AWS::ECS::Cluster') clusters.set(r.physicalId, { name: r.physicalId, createdAt: r.timestamp, tags: stack.tags });
      if (r.type === 'AWS::ECS::Service') {
        const td = resolveTaskDefinition(stack, r);
        services.push({
          name: r.attrs.Name,
          arn: r.physicalId,
          cluster: nameOf(r.props.Cluster),
          desiredCount: Number(r.props.DesiredCount ?? 1),
          launchType: r.props.LaunchType ?? (r.props.CapacityProviderStrategy ? undefined : 'EC2'),
          taskDefinition: td?.physicalId ?? r.props.TaskDefinition,
          containers: (td?.props?.ContainerDefinitions ?? []).map((c) => ({ name: c.Name, image: c.Image })),
          loadBalancers: r.props.LoadBalancers ?? [],
          resourceStatus: r.status,
          createdAt: r.timestamp,
        });
      }
    }
  }
  return { clusters, services };
}

function requireCluster(world, cluster) {
  const name = nameOf(cluster);
  if (!world.clusters.has(name)) throw new AwsError('ClusterNotFoundException', 'Cluster not found.', 400);
  return name;
}

function rollout(svc, history) {
  const st = svc.resourceStatus ?? 'CREATE_COMPLETE';
  if (st.endsWith('_FAILED')) return { rolloutState: 'FAILED', rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.', running: 0, pending: 0, failed: history?.stoppedTasks.length ?? 1 };
  if (st.endsWith('_IN_PROGRESS') && !st.startsWith('DELETE')) return { rolloutState: 'IN_PROGRESS', rolloutStateReason: 'ECS deployment ecs-svc in progress.', running: 0, pending: svc.desiredCount, failed: 0 };
  return { rolloutState: 'COMPLETED', rolloutStateReason: 'ECS deployment completed.', running: svc.desiredCount, pending: 0, failed: 0 };
}

function describeService(state, svc) {
  const history = state.ecs.history.get(svc.name);
  const r = rollout(svc, history);
  const deploymentId = `ecs-svc/${taskId(svc.arn + svc.taskDefinition).replace(/\D/g, '').slice(0, 19).padEnd(19, '7')}`;
  const events = [
    ...(r.rolloutState === 'COMPLETED' ? [{ id: taskId(`${svc.arn}steady`), createdAt: new Date(), message: `(service ${svc.name}) has reached a steady state.` }] : []),
    ...(history?.events ?? []).slice().reverse(),
  ];
  const out = {
    serviceArn: svc.arn,
    serviceName: svc.name,
    clusterArn: arn(`cluster/${svc.cluster}`),
    status: svc.resourceStatus?.startsWith('DELETE') ? 'DRAINING' : 'ACTIVE',
    desiredCount: svc.desiredCount,
    runningCount: r.running,
    pendingCount: r.pending,
    launchType: svc.launchType,
    taskDefinition: svc.taskDefinition,
    loadBalancers: svc.loadBalancers,
    deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true }, maximumPercent: 200, minimumHealthyPercent: 100 },
    deployments: [{
      id: deploymentId, status: 'PRIMARY', taskDefinition: svc.taskDefinition, desiredCount: svc.desiredCount, pendingCount: r.pending, runningCount: r.running,
      failedTasks: r.failed, createdAt: svc.createdAt ?? new Date(), updatedAt: new Date(), launchType: svc.launchType, rolloutState: r.rolloutState, rolloutStateReason: r.rolloutStateReason,
    }],
    events,
    createdAt: svc.createdAt ?? new Date(),
    schedulingStrategy: 'REPLICA',
  };
  return { ...out, ...(state.ecs.servicePatches.get(svc.name) ?? {}) };
}

/** Running tasks (one per running replica, stable ids) plus recorded stopped tasks. */
function tasksOf(state, svc) {
  const described = describeService(state, svc);
  const running = Array.from({ length: described.runningCount }, (_, i) => {
    const id = taskId(`${svc.arn}#${svc.taskDefinition}#${i}`);
    return {
      id, lastStatus: 'RUNNING', desiredStatus: 'RUNNING', startedAt: svc.createdAt ?? new Date(),
      containers: (svc.containers.length ? svc.containers : [{ name: 'app' }]).map((c) => ({ ...c, lastStatus: 'RUNNING', healthStatus: 'UNKNOWN' })),
    };
  });
  const stopped = (state.ecs.history.get(svc.name)?.stoppedTasks ?? []).map((t) => ({ ...t, id: t.taskId, lastStatus: 'STOPPED', desiredStatus: 'STOPPED' }));
  return [...running, ...stopped].map((t) => ({ ...t, service: svc }));
}

function taskView(state, t) {
  const svc = t.service;
  const taskArn = arn(state.ecs.serviceLongArnFormat === 'disabled' ? `task/${t.id}` : `task/${svc.cluster}/${t.id}`);
  return {
    taskArn,
    clusterArn: arn(`cluster/${svc.cluster}`),
    taskDefinitionArn: t.taskDefinitionArn ?? svc.taskDefinition,
    group: `service:${svc.name}`,
    startedBy: 'ecs-svc/stand-in',
    lastStatus: t.lastStatus,
    desiredStatus: t.desiredStatus,
    launchType: svc.launchType,
    createdAt: t.startedAt ?? t.stoppedAt,
    startedAt: t.startedAt,
    stoppedAt: t.stoppedAt,
    stopCode: t.stopCode,
    stoppedReason: t.stoppedReason,
    containers: t.containers.map((c) => ({ containerArn: arn(`container/${svc.cluster}/${t.id}/${c.name}`), taskArn, ...c })),
  };
}

export const ecs = {
  ListAccountSettings(state, p) {
    if (state.ecs.serviceLongArnFormat === 'AccessDenied') {
      throw new AwsError('AccessDeniedException', `User: arn:aws:iam::${ACCOUNT}:user/test is not authorized to perform: ecs:ListAccountSettings`, 400);
    }
    const settings = [{ name: 'serviceLongArnFormat', value: state.ecs.serviceLongArnFormat, principalArn: `arn:aws:iam::${ACCOUNT}:user/test`, type: 'user' },
      { name: 'taskLongArnFormat', value: state.ecs.serviceLongArnFormat, principalArn: `arn:aws:iam::${ACCOUNT}:user/test`, type: 'user' }];
    return { settings: settings.filter((s) => !p.name || s.name === p.name) };
  },

  DescribeClusters(state, p) {
    const world = ecsWorld(state);
    const wanted = list(p.clusters).length ? list(p.clusters) : ['default'];
    const clusters = [];
    const failures = [];
    for (const c of wanted) {
      const cl = world.clusters.get(nameOf(c));
      if (!cl) {
        failures.push({ arn: c.startsWith('arn:') ? c : arn(`cluster/${c}`), reason: 'MISSING' });
        continue;
      }
      const svcs = world.services.filter((s) => s.cluster === cl.name);
      clusters.push({
        clusterArn: arn(`cluster/${cl.name}`), clusterName: cl.name, status: 'ACTIVE', activeServicesCount: svcs.length,
        runningTasksCount: svcs.reduce((n, s) => n + describeService(state, s).runningCount, 0), pendingTasksCount: 0, registeredContainerInstancesCount: 0,
        tags: list(p.include).includes('TAGS') ? (cl.tags ?? []).map((t) => ({ key: t.Key, value: t.Value })) : undefined,
      });
    }
    return { clusters, failures };
  },

  ListServices(state, p) {
    const world = ecsWorld(state);
    const cluster = requireCluster(world, p.cluster);
    const arns = world.services.filter((s) => s.cluster === cluster && (!p.launchType || s.launchType === p.launchType)).map((s) => s.arn);
    const { page, nextToken } = paginate(arns, p.nextToken, p.maxResults, state.pageSize, 'ecsls');
    return { serviceArns: page, nextToken };
  },

  DescribeServices(state, p) {
    const world = ecsWorld(state);
    const cluster = requireCluster(world, p.cluster);
    const services = [];
    const failures = [];
    for (const s of list(p.services)) {
      const svc = world.services.find((x) => x.cluster === cluster && (x.arn === s || x.name === s));
      if (svc) services.push(describeService(state, svc));
      else failures.push({ arn: s.startsWith('arn:') ? s : arn(`service/${cluster}/${s}`), reason: 'MISSING' });
    }
    return { services, failures };
  },

  ListTasks(state, p) {
    const world = ecsWorld(state);
    const cluster = requireCluster(world, p.cluster);
    const desired = p.desiredStatus ?? 'RUNNING';
    const tasks = world.services
      .filter((s) => s.cluster === cluster && (!p.serviceName || s.name === nameOf(p.serviceName)))
      .flatMap((s) => tasksOf(state, s))
      .filter((t) => t.desiredStatus === desired);
    const { page, nextToken } = paginate(tasks.map((t) => taskView(state, t).taskArn), p.nextToken, p.maxResults, state.pageSize, 'ecslt');
    return { taskArns: page, nextToken };
  },

  DescribeTasks(state, p) {
    const world = ecsWorld(state);
    const cluster = requireCluster(world, p.cluster);
    const all = world.services.filter((s) => s.cluster === cluster).flatMap((s) => tasksOf(state, s)).map((t) => taskView(state, t));
    const tasks = [];
    const failures = [];
    for (const id of list(p.tasks)) {
      const t = all.find((x) => x.taskArn === id || x.taskArn.endsWith(`/${id}`));
      if (t) tasks.push(t);
      else failures.push({ arn: id.startsWith('arn:') ? id : arn(`task/${cluster}/${id}`), reason: 'MISSING' });
    }
    return { tasks, failures };
  },

  DescribeTaskDefinition(state, p) {
    for (const stack of state.stacks.values()) {
      for (const r of stack.resources.values()) {
        if (r.type !== 'AWS::ECS::TaskDefinition' || !r.physicalId) continue;
        const family = r.physicalId.split('/').pop();
        if (r.physicalId === p.taskDefinition || family === p.taskDefinition || family.split(':')[0] === p.taskDefinition) {
          return {
            taskDefinition: {
              taskDefinitionArn: r.physicalId, family: family.split(':')[0], revision: Number(family.split(':')[1]), status: 'ACTIVE',
              containerDefinitions: (r.props.ContainerDefinitions ?? []).map((c) => ({ name: c.Name, image: c.Image, essential: c.Essential ?? true })),
              cpu: r.props.Cpu, memory: r.props.Memory, networkMode: r.props.NetworkMode, requiresCompatibilities: r.props.RequiresCompatibilities,
            },
          };
        }
      }
    }
    throw new AwsError('ClientException', 'Unable to describe task definition.', 400);
  },
};
