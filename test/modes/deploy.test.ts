// deploy, end to end: the bundled action against the AWS stand-in (and a local registry for digest pinning).
// No timed assertions; the waiting phase's API calls per minute and the delay from the stack's final state to the
// process's exit are measured and printed for the hand-over.

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { awsEnv, callsPerMinute, runMode, startAwsStandIn, webProject, writeProject, type AwsStandIn } from '../aws/support.js';
import { startRegistryStandIn, type RegistryStandIn } from '../stand-ins/registry.js';

let standIn: AwsStandIn;

beforeAll(async () => {
  standIn = await startAwsStandIn({ stepDelayMs: 5 });
});
afterAll(async () => {
  await standIn?.close();
});
afterEach(() => {
  standIn.control.setStepDelay(5);
  standIn.control.setNetwork(null);
});

const env = (extra: Record<string, string> = {}) => ({ env: awsEnv(standIn, extra) });
const stackOf = (name: string) => standIn.control.snapshot().stacks.find((s) => s.stackName === name && s.status !== 'DELETE_COMPLETE');

describe('deploy', () => {
  it('creates a stack, waits for CREATE_COMPLETE and gives its URLs, outputs and termination protection', async () => {
    const dir = webProject('shop');
    const run = await runMode('deploy', dir, 'deploy-create', { 'termination-protection': 'true', tags: 'team: web' }, env({ GITHUB_REPOSITORY: 'acme/shop' }));
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs['has-changes']).toBe('true');
    expect(run.outputs.status).toBe('CREATE_COMPLETE');
    expect(run.outputs['stack-id']).toMatch(/^arn:aws:cloudformation:us-east-1:\d+:stack\/shop\//);
    const urls = JSON.parse(run.outputs.urls) as Record<string, string[]>;
    expect(urls.web[0]).toMatch(/^http:\/\/.+:80$/);
    expect(run.outputs.url).toBe(urls.web[0]);
    expect(Object.keys(JSON.parse(run.outputs.outputs))).toContain('WebTCP80Url');
    expect(run.stdout).toMatch(/shop\s+AWS::CloudFormation::Stack\s+CREATE_COMPLETE/);
    const stack = stackOf('shop')!;
    expect(stack.terminationProtection).toBe(true);
    const tags = Object.fromEntries(stack.tags.map((t) => [t.Key, t.Value]));
    expect(tags).toMatchObject({ 'compose-ecs-action:project': 'shop', 'compose-ecs-action:repository': 'acme/shop', 'com.docker.compose.project': 'shop', team: 'web' });
    expect(tags['compose-ecs-action:created-at']).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(run.summary).toContain('compose-ecs deploy');
    // Each event streamed once.
    const lines = run.stdout.split('\n').filter((l) => /WebService\s+AWS::ECS::Service\s+CREATE_COMPLETE/.test(l));
    expect(lines).toHaveLength(1);
  });

  it('updates the stack (created-at kept), then reports no changes for the same project', async () => {
    const dir = webProject('rolling');
    expect((await runMode('deploy', dir, 'deploy-update-1', {}, env())).code).toBe(0);
    const createdAt = stackOf('rolling')!.tags.find((t) => t.Key === 'compose-ecs-action:created-at')?.Value;
    const next = webProject('rolling', 'nginx:1.28-alpine');
    const update = await runMode('deploy', next, 'deploy-update-2', {}, env());
    expect(update.errors).toEqual([]);
    expect(update.outputs.status).toBe('UPDATE_COMPLETE');
    expect(update.outputs['has-changes']).toBe('true');
    expect(update.stdout).toMatch(/Modify\s+WebTaskDefinition/);
    expect(stackOf('rolling')!.tags.find((t) => t.Key === 'compose-ecs-action:created-at')?.Value).toBe(createdAt);

    standIn.control.clearRequests();
    const same = await runMode('deploy', next, 'deploy-update-3', {}, env());
    expect(same.errors).toEqual([]);
    expect(same.code).toBe(0);
    expect(same.outputs['has-changes']).toBe('false');
    expect(same.outputs.status).toBe('UPDATE_COMPLETE');
    expect(same.outputs.url).toMatch(/^http:/);
    expect(standIn.control.requests({ action: 'ExecuteChangeSet' })).toEqual([]);
    expect(standIn.control.requests({ action: 'DeleteChangeSet' })).toHaveLength(1);
  });

  it('fails on a rollback and says why: root cause, service events, stopped tasks and their last log lines', async () => {
    const dir = webProject('broken');
    expect((await runMode('deploy', dir, 'deploy-broken-1', {}, env())).code).toBe(0);
    standIn.control.failResource({
      logicalId: 'WebService',
      stackName: 'broken',
      operation: 'update',
      reason: 'Resource handler returned message: "Error occurred during operation \'ECS Deployment Circuit Breaker was triggered\'."',
      ecs: { stoppedReason: 'Essential container in task exited', exitCode: 137 },
    });
    const next = webProject('broken', 'nginx:does-not-start');
    const run = await runMode('deploy', next, 'deploy-broken-2', {}, env());
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('Deployment failed: stack broken ended UPDATE_ROLLBACK_COMPLETE');
    expect(run.errors[0]).toContain('WebService');
    expect(run.errors[0]).toContain('Circuit Breaker');
    expect(run.stdout).toContain('Root cause:');
    expect(run.stdout).toContain('Stopped task');
    expect(run.stdout).toContain('Essential container in task exited');
    expect(run.stdout).toMatch(/container web exited 137/);
    expect(run.summary).toContain('Essential container in task exited');
    expect(run.outputs.status).toBe('UPDATE_ROLLBACK_COMPLETE');
  });

  it('fails a first deployment that rolls back, then refuses ROLLBACK_COMPLETE unless recreate-failed-stack', async () => {
    standIn.control.failResource({ logicalId: 'WebService', stackName: 'firstfail', operation: 'create', reason: 'Resource handler returned message: "CannotPullContainerError"' });
    const dir = webProject('firstfail');
    const first = await runMode('deploy', dir, 'deploy-firstfail-1', {}, env());
    expect(first.code).toBe(1);
    expect(first.errors[0]).toMatch(/ended ROLLBACK_COMPLETE.*CannotPullContainerError/);
    expect(stackOf('firstfail')!.status).toBe('ROLLBACK_COMPLETE');

    const refused = await runMode('deploy', dir, 'deploy-firstfail-2', {}, env());
    expect(refused.code).toBe(1);
    expect(refused.errors[0]).toContain('ROLLBACK_COMPLETE');
    expect(refused.errors[0]).toContain('recreate-failed-stack: true');

    const recreated = await runMode('deploy', dir, 'deploy-firstfail-3', { 'recreate-failed-stack': 'true' }, env());
    expect(recreated.errors).toEqual([]);
    expect(recreated.outputs.status).toBe('CREATE_COMPLETE');
    expect(recreated.stdout).toMatch(/DELETE_COMPLETE/);
  });

  it('explains UPDATE_ROLLBACK_FAILED with the way out', async () => {
    const template = (await runMode('preview', webProject('stuck'), 'deploy-stuck-preview', {}, env())).template!;
    standIn.control.seedStack({ stackName: 'stuck', template, status: 'UPDATE_ROLLBACK_FAILED' });
    const run = await runMode('deploy', webProject('stuck'), 'deploy-stuck', {}, env());
    expect(run.code).toBe(1);
    expect(run.errors[0]).toContain('UPDATE_ROLLBACK_FAILED');
    expect(run.errors[0]).toContain('continue-update-rollback --stack-name stuck');
  });

  it('waits for an operation already in progress, then deploys', async () => {
    const template = (await runMode('preview', webProject('busy'), 'deploy-busy-preview', {}, env())).template!;
    standIn.control.seedStack({ stackName: 'busy', template, status: 'UPDATE_IN_PROGRESS', completeAfterMs: 1500 });
    const run = await runMode('deploy', webProject('busy', 'nginx:1.28-alpine'), 'deploy-busy', {}, env());
    expect(run.errors).toEqual([]);
    expect(run.stdout).toContain('is UPDATE_IN_PROGRESS (another operation is running): waiting');
    expect(run.outputs.status).toBe('UPDATE_COMPLETE');
  });

  it('rides out throttling with the SDK retries', async () => {
    standIn.control.throttle({ action: 'DescribeVpcs', count: 1 });
    standIn.control.throttle({ action: 'CreateChangeSet', count: 2 });
    standIn.control.throttle({ action: 'DescribeStackEvents', count: 3 });
    const run = await runMode('deploy', webProject('throttled'), 'deploy-throttled', {}, env());
    expect(run.errors).toEqual([]);
    expect(run.outputs.status).toBe('CREATE_COMPLETE');
    expect(standIn.control.requests({ action: 'CreateChangeSet' }).length).toBeGreaterThanOrEqual(3);
  });

  it('fails on timeout and says where the stack is', async () => {
    standIn.control.setStepDelay(1500);
    const run = await runMode('deploy', webProject('slowpoke'), 'deploy-timeout', { 'timeout-minutes': '0.05' }, env());
    expect(run.code).toBe(1);
    expect(run.errors[0]).toMatch(/Timed out after 3s \(timeout-minutes\): stack slowpoke is still CREATE_IN_PROGRESS/);
  });

  it('does not wait with wait: false', async () => {
    standIn.control.setStepDelay(300);
    const run = await runMode('deploy', webProject('detached'), 'deploy-nowait', { wait: 'false' }, env());
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('CREATE_IN_PROGRESS');
  });

  it('stops waiting on SIGTERM; with cancel-on-abort it cancels the update and says the stack state', async () => {
    const dir = webProject('cancelme');
    expect((await runMode('deploy', dir, 'deploy-cancel-1', {}, env())).code).toBe(0);
    standIn.control.setStepDelay(1000);
    let child: ChildProcess | undefined;
    let sent = false;
    const run = await runMode('deploy', webProject('cancelme', 'nginx:1.28-alpine'), 'deploy-cancel-2', { 'cancel-on-abort': 'true' }, {
      ...env(),
      onSpawn: (c) => {
        child = c;
        c.stdout?.on('data', (d: Buffer) => {
          if (!sent && d.toString().includes('UPDATE_IN_PROGRESS')) {
            sent = true;
            child?.kill('SIGTERM');
          }
        });
      },
    });
    expect(sent).toBe(true);
    expect(run.code).toBe(1);
    expect(run.errors[0]).toContain('Deployment cancelled: CancelUpdateStack sent');
    expect(standIn.control.requests({ action: 'CancelUpdateStack' })).toHaveLength(1);
    const final = await standIn.control.waitForStack({ stackName: 'cancelme', timeoutMs: 30_000 });
    expect(final.status).toBe('UPDATE_ROLLBACK_COMPLETE');
  });

  it('fails at once without credentials, before any AWS call', async () => {
    standIn.control.clearRequests();
    const noCredentials = await runMode('deploy', webProject('nocreds'), 'deploy-nocreds', {}, { env: { AWS_ENDPOINT_URL: standIn.url, AWS_REGION: 'us-east-1', AWS_EC2_METADATA_DISABLED: 'true' } });
    expect(noCredentials.code).toBe(1);
    expect(noCredentials.errors[0]).toMatch(/No usable AWS credentials.*configure-aws-credentials/);
    expect(standIn.control.requests()).toEqual([]);
  });

  it('uploads a template over 51,200 bytes to s3-bucket and deploys it by TemplateURL', async () => {
    const services = Array.from({ length: 40 }, (_, i) => [`  svc${i}:`, `    image: nginx:1.${i}`, '    environment:', `      LONG_VALUE: ${'x'.repeat(400)}`]).flat();
    const dir = writeProject(['name: huge', 'services:', ...services]);
    standIn.control.putObject({ bucket: 'cfn-templates', key: 'keep', body: '' });
    const run = await runMode('deploy', dir, 'deploy-huge', { 's3-bucket': 'cfn-templates', 's3-prefix': 'ci' }, env());
    expect(run.errors).toEqual([]);
    expect(run.outputs.status).toBe('CREATE_COMPLETE');
    expect(run.stdout).toMatch(/uploaded to s3:\/\/cfn-templates\/ci\/huge\/[0-9a-f]{64}\.json/);
    expect(standIn.control.requests({ action: 'PutObject' })).toHaveLength(1);
  });

  it('uploads file secrets before the change set, masked', async () => {
    standIn.control.clearRequests();
    const dir = writeProject(['name: vault', 'services:', '  web:', '    image: nginx', '    secrets: [token]', 'secrets:', '  token:', '    file: ./token.txt'], { 'token.txt': 's3cr3t-value\n' });
    const run = await runMode('deploy', dir, 'deploy-secret', {}, env());
    expect(run.errors).toEqual([]);
    expect(run.stdout).toContain('Secret compose-ecs/vault/token: created.');
    expect(run.stdout).toContain('::add-mask::s3cr3t-value');
    const actions = standIn.control.requests().map((r) => r.action);
    expect(actions.indexOf('CreateSecret')).toBeGreaterThan(-1);
    expect(actions.indexOf('CreateSecret')).toBeLessThan(actions.indexOf('CreateChangeSet'));
    const again = await runMode('deploy', dir, 'deploy-secret-2', {}, env());
    expect(again.stdout).toContain('Secret compose-ecs/vault/token: unchanged.');
  });
});

describe('deploy with digest pinning', () => {
  let registry: RegistryStandIn;
  beforeAll(async () => {
    registry = await startRegistryStandIn({ auth: 'bearer' });
  });
  afterAll(async () => {
    await registry?.close();
  });

  it('pins tags to digests through the anonymous token flow, and a moved tag rolls out', async () => {
    const first = registry.push({ name: 'team/app', tag: '1.0' });
    const image = `${registry.host}/team/app:1.0`;
    const dir = webProject('pinned', image);
    const run = await runMode('deploy', dir, 'deploy-pinned-1', { 'pin-images': 'true' }, env());
    expect(run.errors).toEqual([]);
    expect(run.template).toContain(`${registry.host}/team/app@${first}`);
    expect(registry.requests.some((r) => r.path === '/token')).toBe(true);
    expect(registry.requests.find((r) => r.method === 'HEAD' && r.authorization)?.accept).toContain('application/vnd.oci.image.index.v1+json');

    const moved = registry.push({ name: 'team/app', tag: '1.0' });
    const again = await runMode('deploy', dir, 'deploy-pinned-2', { 'pin-images': 'true' }, env());
    expect(again.template).toContain(moved);
    expect(again.outputs['has-changes']).toBe('true');
    expect(again.stdout).toMatch(/Modify\s+WebTaskDefinition/);
  });

  it('fails when the tag does not exist in the registry', async () => {
    const dir = webProject('notag', `${registry.host}/team/app:9.9`);
    const run = await runMode('deploy', dir, 'deploy-notag', { 'pin-images': 'true' }, env());
    expect(run.code).toBe(1);
    expect(run.errors[0]).toContain('has no tag "9.9" for team/app');
  });

  it('fails, naming the image, when the registry cannot be reached; nothing is deployed', async () => {
    // A loopback port nobody listens on: the connection is refused at once.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    standIn.control.clearRequests();
    const image = `127.0.0.1:${port}/team/app:1.0`;
    const run = await runMode('deploy', webProject('unreachable', image), 'deploy-unreachable', { 'pin-images': 'true' }, env());
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(`cannot reach the registry 127.0.0.1:${port} to pin ${image}`);
    expect(run.errors[0]).toContain('pin-images: false');
    expect(standIn.control.requests({ action: 'CreateChangeSet' })).toEqual([]);
  });
});

describe('measurements (printed, not asserted on timing)', () => {
  it('calls per minute while waiting, and delay from the final state to exit', async () => {
    // Long enough for the waiting phase to span more than a minute.
    standIn.control.setStepDelay(10_000);
    const dir = writeProject([
      'name: measured',
      'services:',
      '  web:',
      '    image: nginx',
      '    ports: ["80:80"]',
      '    volumes: ["data:/data"]',
      '  api:',
      '    image: nginx',
      '    depends_on: [db]',
      '  db:',
      '    image: postgres',
      'volumes:',
      '  data: {}',
    ]);
    standIn.control.clearRequests();
    let finalAt = 0;
    let executedAt = 0;
    const watcher = setInterval(() => {
      const stack = stackOf('measured');
      if (!executedAt && stack && stack.status === 'CREATE_IN_PROGRESS') executedAt = Date.now();
      if (!finalAt && stack && stack.status === 'CREATE_COMPLETE') finalAt = Date.now();
    }, 10);
    const run = await runMode('deploy', dir, 'deploy-measured', {}, env());
    const exitedAt = Date.now();
    clearInterval(watcher);
    expect(run.errors).toEqual([]);
    expect(finalAt).toBeGreaterThan(0);
    const waiting = standIn.control.requests().filter((r) => r.time >= executedAt && r.time <= finalAt).map((r) => r.time);
    const rate = callsPerMinute(waiting);
    const all = callsPerMinute(standIn.control.requests().map((r) => r.time));
    expect(rate.maxInAnyMinute).toBeLessThanOrEqual(30);
    process.stdout.write(
      `waiting: ${rate.calls} calls over ${(rate.spanMs / 1000).toFixed(1)} s = ${rate.perMinute.toFixed(1)}/min, max ${rate.maxInAnyMinute} in any minute; ` +
        `whole run ${all.calls} calls, max ${all.maxInAnyMinute} in any minute; final state → exit ${exitedAt - finalAt} ms\n`,
    );
  }, 240_000);
});
