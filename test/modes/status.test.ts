// status end to end: the bundled action against the AWS stand-in, on a stack seeded from the webapp example's
// converted template (as deploy leaves it).

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction, runCli } from '../support/action.js';
import { WEBAPP, awsEnv, convertTemplate, seedDeployedStack, startAwsStandIn, type AwsStandIn } from './operate-support.js';

let standIn: AwsStandIn;
let template: string;

beforeAll(async () => {
  standIn = await startAwsStandIn({ stepDelayMs: 5 });
  template = await convertTemplate(WEBAPP, 'webapp', 'status-webapp');
  seedDeployedStack(standIn, { stackName: 'webapp', project: 'webapp', template });
});

afterAll(async () => {
  await standIn?.close();
});

describe('status', () => {
  it('reports services, counts, tasks and the published URL as outputs and a summary', async () => {
    const run = await runAction({ mode: 'status', 'working-directory': WEBAPP }, { env: awsEnv(standIn) });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs['stack-name']).toBe('webapp');
    const status = JSON.parse(run.outputs.status);
    const names = status.services.map((s: { name: string }) => s.name);
    expect(names).toEqual(['api', 'db', 'web', 'worker']);
    const web = status.services.find((s: { name: string }) => s.name === 'web');
    expect(web.desired).toBe(2);
    expect(web.running).toBe(2);
    expect(web.tasks).toHaveLength(2);
    expect(web.tasks[0].lastStatus).toBe('RUNNING');
    expect(web.rolloutState).toBe('COMPLETED');
    expect(web.deploymentInProgress).toBe(false);
    const urls = JSON.parse(run.outputs.urls);
    expect(Object.keys(urls)).toEqual(['web']);
    expect(urls.web[0]).toMatch(/^http:\/\/.+:80$/);
    expect(run.outputs.url).toBe(urls.web[0]);
    expect(web.urls).toEqual(urls.web);
    expect(run.summary).toContain('compose-ecs status');
    expect(run.summary).toContain('### Tasks');
    expect(run.stdout).toMatch(/SERVICE\s+DESIRED\s+RUNNING\s+PENDING/);
  });

  it('works from the stack name alone (no Compose file), naming services from their task containers', async () => {
    const run = await runCli(['status', '--stack-name', 'webapp'], { env: awsEnv(standIn) });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/web\s+2\s+2\s+0\s+COMPLETED/);
    expect(run.stderr).toMatch(/url: http:\/\//);
  });

  it('shows a deployment in progress and stopped tasks with their reason', async () => {
    standIn.control.seedStoppedTask({ serviceName: ecsServiceName('Worker'), stoppedReason: 'Essential container in task exited', containers: [{ name: 'worker', exitCode: 137, reason: 'OutOfMemoryError' }] });
    standIn.control.patchService({
      serviceName: ecsServiceName('Worker'),
      patch: {
        runningCount: 0,
        pendingCount: 1,
        deployments: [
          { id: 'ecs-svc/1', status: 'PRIMARY', rolloutState: 'IN_PROGRESS', desiredCount: 1, runningCount: 0, pendingCount: 1 },
          { id: 'ecs-svc/0', status: 'ACTIVE', rolloutState: 'COMPLETED', desiredCount: 1, runningCount: 1, pendingCount: 0 },
        ],
      },
    });
    const run = await runAction({ mode: 'status', 'stack-name': 'webapp' }, { env: awsEnv(standIn) });
    expect(run.code).toBe(0);
    const worker = JSON.parse(run.outputs.status).services.find((s: { name: string }) => s.name === 'worker');
    expect(worker.deploymentInProgress).toBe(true);
    expect(worker.rolloutState).toBe('IN_PROGRESS');
    expect(worker.deployments).toHaveLength(2);
    expect(worker.tasks.some((t: { lastStatus: string; stoppedReason?: string }) => t.lastStatus === 'STOPPED' && t.stoppedReason === 'Essential container in task exited')).toBe(true);
    expect(run.stdout).toContain('Deployment in progress for worker');
    expect(run.stdout).toContain('worker exited 137: OutOfMemoryError');
  });

  it('reads every page of ListTasks and batches DescribeTasks', async () => {
    standIn.control.clearRequests();
    standIn.control.patchService({ serviceName: ecsServiceName('Web'), patch: { desiredCount: 23, runningCount: 23 } });
    const run = await runAction({ mode: 'status', 'stack-name': 'webapp' }, { env: awsEnv(standIn) });
    expect(run.code).toBe(0);
    const web = JSON.parse(run.outputs.status).services.find((s: { name: string }) => s.name === 'web');
    expect(web.tasks).toHaveLength(23);
    expect(standIn.control.requests({ action: 'ListTasks' }).length).toBeGreaterThan(4);
  });

  it('fails with one clear line when the stack does not exist', async () => {
    const run = await runAction({ mode: 'status', 'stack-name': 'nothing-here' }, { env: awsEnv(standIn) });
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('Stack nothing-here does not exist');
  });
});

/** The ECS service name the stand-in generated for a logical id `<Name>Service` of the webapp stack. */
function ecsServiceName(normalized: string): string {
  const stack = standIn.control.snapshot().stacks.find((s) => s.stackName === 'webapp');
  const arn = stack?.resources.find((r) => r.logicalId === `${normalized}Service`)?.physicalId ?? '';
  return arn.split('/').pop() ?? '';
}
