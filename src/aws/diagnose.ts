// Why a deployment failed, gathered after the fact and put in the log and the run report: the first root-cause
// stack events, and for each failing ECS service its latest service events, its stopped tasks' stop reasons and
// the last log lines of their containers. The anchors hid all of this (amazon-ecs-deploy-task-definition#447);
// people had to open the console to learn a task could not pull its image.
//
// Diagnosis never fails the run a second time: any error here is reported as a note and the rest continues.

import type { FailureReport, ServiceEvent, StackEvent, StoppedContainer, StoppedTask } from '../github/report.js';
import type { AwsClients } from './clients.js';
import { errorMessage } from './clients.js';

export interface DiagnoseOptions {
  message: string;
  rootCauses: StackEvent[];
  /** Every event of the operation (to find the ARNs of services that failed before reporting them). */
  events: StackEvent[];
  log: (line: string) => void;
  serviceEventLimit?: number;
  stoppedTaskLimit?: number;
  logLineLimit?: number;
  /** Where containers log when the task definition does not say (the converter's defaults: /docker-compose/<stack>, prefix <stack>). */
  defaultLogGroup?: string;
  defaultStreamPrefix?: string;
}

const SERVICE_ARN = /^arn:aws[a-z-]*:ecs:[^:]+:\d+:service\/([^/]+)\/(.+)$/;

/** ECS service ARNs of the services that failed (or, when none is named, of every service of the operation). */
export function failingServices(rootCauses: StackEvent[], events: StackEvent[]): { cluster: string; service: string; logicalId: string }[] {
  const failedIds = new Set(rootCauses.filter((e) => e.type === 'AWS::ECS::Service').map((e) => e.logicalId));
  const circuitBreaker = events.some((e) => /circuit breaker/i.test(e.reason ?? ''));
  const candidates = events.filter((e) => e.type === 'AWS::ECS::Service' && (failedIds.size === 0 ? circuitBreaker || rootCauses.length === 0 : failedIds.has(e.logicalId)));
  const found = new Map<string, { cluster: string; service: string; logicalId: string }>();
  for (const event of candidates) {
    const match = SERVICE_ARN.exec(event.physicalId ?? '');
    if (match && !found.has(event.logicalId)) found.set(event.logicalId, { cluster: match[1], service: match[2], logicalId: event.logicalId });
  }
  return [...found.values()];
}

export async function diagnoseFailure(clients: AwsClients, options: DiagnoseOptions): Promise<FailureReport> {
  const report: FailureReport = { message: options.message, rootCauseEvents: options.rootCauses, serviceEvents: [], stoppedTasks: [] };
  const log = options.log;
  if (options.rootCauses.length) {
    log('Root cause:');
    for (const e of options.rootCauses) log(`  ${e.logicalId} (${e.type}) ${e.status}: ${e.reason ?? 'no reason given'}`);
  }
  for (const target of failingServices(options.rootCauses, options.events).slice(0, 3)) {
    try {
      await diagnoseService(clients, target, report, options);
    } catch (error) {
      log(`  (could not read ECS details of ${target.service}: ${errorMessage(error)})`);
    }
  }
  return report;
}

async function diagnoseService(clients: AwsClients, target: { cluster: string; service: string; logicalId: string }, report: FailureReport, options: DiagnoseOptions): Promise<void> {
  const { sdk, client } = await clients.ecs();
  const log = options.log;
  const described = await client.send(new sdk.DescribeServicesCommand({ cluster: target.cluster, services: [target.service] }));
  const service = described.services?.[0];
  const events: ServiceEvent[] = (service?.events ?? []).slice(0, options.serviceEventLimit ?? 5).map((e) => ({
    service: target.service,
    message: e.message ?? '',
    ...(e.createdAt ? { createdAt: e.createdAt.toISOString() } : {}),
  }));
  report.serviceEvents.push(...events);
  if (events.length) {
    log(`Latest events of ECS service ${target.service} (${target.logicalId}):`);
    for (const e of events) log(`  ${e.createdAt?.slice(11, 19) ?? ''} ${e.message}`);
  }
  const listed = await client.send(new sdk.ListTasksCommand({ cluster: target.cluster, serviceName: target.service, desiredStatus: 'STOPPED' }));
  const arns = (listed.taskArns ?? []).slice(0, options.stoppedTaskLimit ?? 3);
  if (arns.length === 0) return;
  const tasks = (await client.send(new sdk.DescribeTasksCommand({ cluster: target.cluster, tasks: arns }))).tasks ?? [];
  const logConfigs = new Map<string, Map<string, { group?: string; prefix?: string }>>();
  for (const task of tasks) {
    const taskId = task.taskArn?.split('/').pop() ?? '';
    if (task.taskDefinitionArn && !logConfigs.has(task.taskDefinitionArn)) {
      logConfigs.set(task.taskDefinitionArn, await logConfigurationOf(clients, task.taskDefinitionArn).catch(() => new Map()));
    }
    const configs = logConfigs.get(task.taskDefinitionArn ?? '') ?? new Map();
    const containers: StoppedContainer[] = [];
    for (const container of task.containers ?? []) {
      const entry: StoppedContainer = { name: container.name ?? '' };
      if (container.exitCode !== undefined) entry.exitCode = container.exitCode;
      if (container.reason) entry.reason = container.reason;
      const described = configs.get(entry.name);
      const config = described?.group && described.prefix ? described : { group: options.defaultLogGroup, prefix: options.defaultStreamPrefix };
      if (config?.group && config.prefix) {
        entry.logGroup = config.group;
        entry.logStream = `${config.prefix}/${entry.name}/${taskId}`;
        entry.lastLogLines = await lastLogLines(clients, config.group, entry.logStream, options.logLineLimit ?? 10);
      }
      containers.push(entry);
    }
    const stopped: StoppedTask = { taskId, service: target.service, containers };
    if (task.stoppedAt) stopped.stoppedAt = task.stoppedAt.toISOString();
    if (task.stopCode) stopped.stopCode = task.stopCode;
    if (task.stoppedReason) stopped.stoppedReason = task.stoppedReason;
    report.stoppedTasks.push(stopped);
    log(`Stopped task ${taskId} of ${target.service}: ${stopped.stopCode ?? ''} ${stopped.stoppedReason ?? ''}`.trimEnd());
    for (const c of containers) {
      log(`  container ${c.name}${c.exitCode !== undefined ? ` exited ${c.exitCode}` : ''}${c.reason ? `: ${c.reason}` : ''}`);
      for (const line of c.lastLogLines ?? []) log(`    | ${line}`);
    }
  }
}

async function logConfigurationOf(clients: AwsClients, taskDefinitionArn: string): Promise<Map<string, { group?: string; prefix?: string }>> {
  const { sdk, client } = await clients.ecs();
  const result = await client.send(new sdk.DescribeTaskDefinitionCommand({ taskDefinition: taskDefinitionArn }));
  const configs = new Map<string, { group?: string; prefix?: string }>();
  for (const container of result.taskDefinition?.containerDefinitions ?? []) {
    const options = container.logConfiguration?.logDriver === 'awslogs' ? container.logConfiguration.options ?? {} : {};
    if (container.name) configs.set(container.name, { group: options['awslogs-group'], prefix: options['awslogs-stream-prefix'] });
  }
  return configs;
}

async function lastLogLines(clients: AwsClients, group: string, stream: string, limit: number): Promise<string[] | undefined> {
  const { sdk, client } = await clients.logs();
  try {
    const result = await client.send(new sdk.GetLogEventsCommand({ logGroupName: group, logStreamName: stream, limit, startFromHead: false }));
    return (result.events ?? []).map((e) => (e.message ?? '').replace(/\s+$/, ''));
  } catch {
    // The stream may not exist (the container never started): no lines to show.
    return undefined;
  }
}
