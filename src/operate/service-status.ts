// What `status` (docker compose ps) reads: the stack's ECS services with their counts and deployments, their
// tasks, and the public URLs the stack's Outputs publish. Services come from the stack's resources (not a
// ListServices of the cluster, which an x-aws-cluster may share with other stacks). DescribeServices takes at
// most 10 services and DescribeTasks 100 tasks per call; ListTasks is read to its last page.

import type { Deployment, Service as EcsService, Task } from '@aws-sdk/client-ecs';
import type { Stack, StackResourceSummary } from '@aws-sdk/client-cloudformation';
import type { AwsClients } from '../aws/clients.js';
import { SERVICE_TAG, normalizeResourceName } from '../convert/naming.js';
import { UserError } from '../errors.js';
import { listStackResources, outputsOf } from './stacks.js';

const DESCRIBE_SERVICES_BATCH = 10;
const DESCRIBE_TASKS_BATCH = 100;
/** Stopped tasks shown per service: enough to see a crash loop, not a wall of history. */
const STOPPED_TASKS_SHOWN = 5;

export interface TaskState {
  id: string;
  arn: string;
  lastStatus?: string;
  desiredStatus?: string;
  health?: string;
  startedAt?: string;
  stoppedAt?: string;
  stopCode?: string;
  stoppedReason?: string;
  /** Containers that exited, with their exit codes and reasons. */
  containers: { name: string; lastStatus?: string; exitCode?: number; reason?: string; image?: string }[];
}

export interface DeploymentState {
  id?: string;
  status?: string;
  rolloutState?: string;
  rolloutStateReason?: string;
  taskDefinition?: string;
  desired?: number;
  running?: number;
  pending?: number;
  failedTasks?: number;
}

export interface ServiceState {
  /** The Compose service name. */
  name: string;
  ecsName?: string;
  arn: string;
  status?: string;
  desired: number;
  running: number;
  pending: number;
  /** Rollout state of the PRIMARY deployment. */
  rolloutState?: string;
  deployments: DeploymentState[];
  /** True while more than one deployment is active or the primary is still rolling out. */
  deploymentInProgress: boolean;
  image?: string;
  tasks: TaskState[];
  urls: string[];
  /** The latest service events, newest first (ECS's order). */
  events: string[];
}

export interface StackStatusReport {
  stackName: string;
  stackStatus?: string;
  cluster?: string;
  services: ServiceState[];
  /** Service → its public URLs; `_` holds URLs no service could be matched to. */
  urls: Record<string, string[]>;
}

export async function readStackStatus(clients: AwsClients, stack: Stack, composeServiceNames: readonly string[]): Promise<StackStatusReport> {
  const stackName = stack.StackName ?? '';
  const resources = await listStackResources(clients, stackName);
  const serviceResources = resources.filter((r) => r.ResourceType === 'AWS::ECS::Service' && r.PhysicalResourceId && r.ResourceStatus !== 'DELETE_COMPLETE');
  const urls = urlsFromOutputs(stack, composeServiceNames);
  const report: StackStatusReport = { stackName, stackStatus: stack.StackStatus, services: [], urls };
  if (serviceResources.length === 0) return report;
  const cluster = await clusterOf(clients, stack, resources, serviceResources);
  report.cluster = cluster;

  const { sdk, client } = await clients.ecs();
  const described: EcsService[] = [];
  const arns = serviceResources.map((r) => r.PhysicalResourceId as string);
  for (let i = 0; i < arns.length; i += DESCRIBE_SERVICES_BATCH) {
    const result = await client.send(new sdk.DescribeServicesCommand({ cluster, services: arns.slice(i, i + DESCRIBE_SERVICES_BATCH), include: ['TAGS'] }));
    described.push(...(result.services ?? []));
  }
  const byLogicalId = new Map(serviceResources.map((r) => [r.PhysicalResourceId as string, r.LogicalResourceId ?? '']));
  for (const service of described) {
    const arn = service.serviceArn ?? '';
    const tasks = await readTasks(clients, cluster, service.serviceName ?? arn);
    const name = composeServiceName(service, byLogicalId.get(arn) ?? '', composeServiceNames, tasks);
    const deployments = (service.deployments ?? []).map(toDeploymentState);
    const primary = (service.deployments ?? []).find((d: Deployment) => d.status === 'PRIMARY');
    const mainContainer = tasks.flatMap((t) => t.containers).find((c) => c.name === name && c.image);
    report.services.push({
      name,
      ecsName: service.serviceName,
      arn,
      status: service.status,
      desired: service.desiredCount ?? 0,
      running: service.runningCount ?? 0,
      pending: service.pendingCount ?? 0,
      rolloutState: primary?.rolloutState,
      deployments,
      deploymentInProgress: deployments.length > 1 || primary?.rolloutState === 'IN_PROGRESS',
      image: mainContainer?.image,
      tasks,
      urls: urls[name] ?? [],
      events: (service.events ?? []).slice(0, 5).map((e) => e.message ?? ''),
    });
  }
  report.services.sort((a, b) => a.name.localeCompare(b.name));
  return report;
}

function toDeploymentState(d: Deployment): DeploymentState {
  return {
    id: d.id,
    status: d.status,
    rolloutState: d.rolloutState,
    rolloutStateReason: d.rolloutStateReason,
    taskDefinition: d.taskDefinition,
    desired: d.desiredCount,
    running: d.runningCount,
    pending: d.pendingCount,
    failedTasks: d.failedTasks,
  };
}

/**
 * The cluster: the stack's own AWS::ECS::Cluster, else (x-aws-cluster) the one the template's Metadata names,
 * else the one a long service ARN (service/<cluster>/<name>) carries.
 */
async function clusterOf(clients: AwsClients, stack: Stack, resources: StackResourceSummary[], services: StackResourceSummary[]): Promise<string> {
  const own = resources.find((r) => r.ResourceType === 'AWS::ECS::Cluster' && r.PhysicalResourceId);
  if (own?.PhysicalResourceId) return own.PhysicalResourceId;
  const fromArn = /:service\/([^/]+)\/[^/]+$/.exec(services[0].PhysicalResourceId ?? '')?.[1];
  if (fromArn) return fromArn;
  const { sdk, client } = await clients.cloudFormation();
  const summary = await client.send(new sdk.GetTemplateSummaryCommand({ StackName: stack.StackId ?? stack.StackName }));
  const metadata = summary.Metadata ? (JSON.parse(summary.Metadata) as { Cluster?: unknown }) : {};
  if (typeof metadata.Cluster === 'string' && metadata.Cluster !== '') return metadata.Cluster;
  throw new UserError(`Cannot tell which ECS cluster stack ${stack.StackName} uses: it has no AWS::ECS::Cluster resource and its template names none (Metadata.Cluster). Was it deployed by this action?`);
}

/** Running tasks (all pages) and the latest few stopped ones, described in batches of 100. */
async function readTasks(clients: AwsClients, cluster: string, serviceName: string): Promise<TaskState[]> {
  const { sdk, client } = await clients.ecs();
  const running: string[] = [];
  for await (const page of sdk.paginateListTasks({ client }, { cluster, serviceName, desiredStatus: 'RUNNING' })) running.push(...(page.taskArns ?? []));
  const stopped: string[] = [];
  for await (const page of sdk.paginateListTasks({ client }, { cluster, serviceName, desiredStatus: 'STOPPED' })) {
    stopped.push(...(page.taskArns ?? []));
    if (stopped.length >= STOPPED_TASKS_SHOWN) break;
  }
  const arns = [...running, ...stopped.slice(0, STOPPED_TASKS_SHOWN)];
  const tasks: Task[] = [];
  for (let i = 0; i < arns.length; i += DESCRIBE_TASKS_BATCH) {
    const result = await client.send(new sdk.DescribeTasksCommand({ cluster, tasks: arns.slice(i, i + DESCRIBE_TASKS_BATCH) }));
    tasks.push(...(result.tasks ?? []));
  }
  return tasks.map(toTaskState);
}

function toTaskState(task: Task): TaskState {
  const arn = task.taskArn ?? '';
  return {
    id: arn.split('/').pop() ?? arn,
    arn,
    lastStatus: task.lastStatus,
    desiredStatus: task.desiredStatus,
    health: task.healthStatus,
    startedAt: task.startedAt?.toISOString(),
    stoppedAt: task.stoppedAt?.toISOString(),
    stopCode: task.stopCode,
    stoppedReason: task.stoppedReason,
    containers: (task.containers ?? []).map((c) => ({ name: c.name ?? '', lastStatus: c.lastStatus, exitCode: c.exitCode, reason: c.reason, image: c.image })),
  };
}

/**
 * The Compose service an ECS service runs: its com.docker.compose.service tag; else the Compose service whose
 * logical id (`<Normalized>Service`) it has; else its task's main container (named after the service, init
 * containers end in `_InitContainer`); else the logical id without `Service`.
 */
function composeServiceName(service: EcsService, logicalId: string, composeServiceNames: readonly string[], tasks: TaskState[]): string {
  const tagged = service.tags?.find((t) => t.key === SERVICE_TAG)?.value;
  if (tagged) return tagged;
  const byLogicalId = composeServiceNames.find((name) => `${normalizeResourceName(name)}Service` === logicalId);
  if (byLogicalId) return byLogicalId;
  const main = tasks.flatMap((t) => t.containers).find((c) => c.name !== '' && !c.name.endsWith('_InitContainer'));
  if (main) return main.name;
  return logicalId.replace(/Service$/, '') || (service.serviceName ?? 'service');
}

/**
 * Public URLs from the stack Outputs the converter writes: `<S><PROTO><port>Url`, described as "Public endpoint
 * of service <name>, port …". The description names the service exactly; the logical-id prefix is the fallback.
 */
export function urlsFromOutputs(stack: Stack, composeServiceNames: readonly string[]): Record<string, string[]> {
  const urls: Record<string, string[]> = {};
  const descriptions = new Map((stack.Outputs ?? []).map((o) => [o.OutputKey ?? '', o.Description ?? '']));
  for (const [key, value] of Object.entries(outputsOf(stack))) {
    if (!/Url$/.test(key) || value === '') continue;
    const described = /^Public endpoint of service (.+), port \d+/.exec(descriptions.get(key) ?? '')?.[1];
    const byPrefix = composeServiceNames.find((name) => new RegExp(`^${normalizeResourceName(name)}(TCP|UDP|HTTP|HTTPS)\\d+Url$`).test(key));
    const service = described ?? byPrefix ?? '_';
    (urls[service] ??= []).push(value);
  }
  for (const list of Object.values(urls)) list.sort();
  return urls;
}
