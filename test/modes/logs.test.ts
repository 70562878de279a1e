// logs end to end: the bundled CLI and action against the AWS stand-in, with log events seeded into the
// stack's log group under the converter's stream names (<stack>/<service>/<task-id>).

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction, runCli } from '../support/action.js';
import { WEBAPP, awsEnv, convertTemplate, seedDeployedStack, startAwsStandIn, type AwsStandIn } from './operate-support.js';

let standIn: AwsStandIn;
const GROUP = '/docker-compose/webapp';
const WEB_TASK = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const API_TASK = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const now = Date.now();

beforeAll(async () => {
  // Page size 4 so FilterLogEvents needs several pages.
  standIn = await startAwsStandIn({ stepDelayMs: 5, pageSize: 4 });
  const template = await convertTemplate(WEBAPP, 'webapp', 'logs-webapp');
  seedDeployedStack(standIn, { stackName: 'webapp', project: 'webapp', template });
  standIn.control.seedLogs({
    logGroupName: GROUP,
    logStreamName: `webapp/web/${WEB_TASK}`,
    events: Array.from({ length: 10 }, (_, i) => ({ timestamp: now - 60_000 + i * 1000, message: `GET /page/${i} 200` })),
  });
  standIn.control.seedLogs({
    logGroupName: GROUP,
    logStreamName: `webapp/api/${API_TASK}`,
    events: [
      { timestamp: now - 3 * 3_600_000, message: 'old line from three hours ago' },
      { timestamp: now - 30_000, message: 'listening on :8080' },
      { timestamp: now - 29_000, message: 'Traceback:\n  line one\n::error::not a workflow command' },
      { timestamp: now - 28_000, message: '\u001b[31mred\u001b[0m text' },
    ],
  });
});

afterAll(async () => {
  await standIn?.close();
});

describe('logs', () => {
  it('prints every page of the last hour as `service | task | message` on stdout', async () => {
    standIn.control.clearRequests();
    const run = await runCli(['logs', '--working-directory', WEBAPP], { env: awsEnv(standIn) });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('web '))).toHaveLength(10);
    expect(lines).toContain('web | a1b2c3d4 | GET /page/0 200');
    expect(lines).toContain('api | 0f1e2d3c | listening on :8080');
    expect(run.stdout).not.toContain('old line from three hours ago');
    expect(standIn.control.requests({ action: 'FilterLogEvents' }).length).toBeGreaterThan(2);
  });

  it('prefixes every line of a multi-line message and strips terminal escapes', async () => {
    const run = await runCli(['logs', '--stack-name', 'webapp', 'api'], { env: awsEnv(standIn) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('api | 0f1e2d3c |   line one\n');
    expect(run.stdout).toContain('api | 0f1e2d3c | ::error::not a workflow command\n');
    expect(run.stdout).toContain('api | 0f1e2d3c | red text\n');
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).not.toMatch(/^::/m);
  });

  it('filters by service (the CLI positional) and keeps the last N lines per service with tail', async () => {
    const run = await runCli(['logs', 'web', '--stack-name', 'webapp', '--tail', '3'], { env: awsEnv(standIn) });
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toEqual(['web | a1b2c3d4 | GET /page/7 200', 'web | a1b2c3d4 | GET /page/8 200', 'web | a1b2c3d4 | GET /page/9 200']);
  });

  it('takes since as a duration or a timestamp', async () => {
    const longer = await runCli(['logs', 'api', '--stack-name', 'webapp', '--since', '4h'], { env: awsEnv(standIn) });
    expect(longer.stdout).toContain('old line from three hours ago');
    const stamp = new Date(now - 29_500).toISOString();
    const fromStamp = await runCli(['logs', 'api', '--stack-name', 'webapp', '--since', stamp], { env: awsEnv(standIn) });
    expect(fromStamp.stdout).not.toContain('listening on :8080');
    expect(fromStamp.stdout).toContain('Traceback:');
    const bad = await runCli(['logs', '--stack-name', 'webapp', '--since', 'yesterday'], { env: awsEnv(standIn) });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Input "since"');
  });

  it('runs as the action too, and says so when nothing matched', async () => {
    const run = await runAction({ mode: 'logs', 'stack-name': 'webapp', service: 'worker' }, { env: awsEnv(standIn) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No log events for service worker');
  });

  it('follows new lines until interrupted, printing each once, and ends successfully', async () => {
    let stdout = '';
    let stage = 0;
    const run = await runCli(['logs', '--stack-name', 'webapp', 'api', '--since', '1m', '--follow'], {
      env: awsEnv(standIn),
      killAfterMs: 60_000,
      onSpawn: (child) => {
        child.stdout?.on('data', (d: Buffer) => {
          stdout += d.toString();
          if (stage === 0 && stdout.includes('listening on :8080')) {
            stage = 1;
            standIn.control.seedLogs({ logGroupName: GROUP, logStreamName: `webapp/api/${API_TASK}`, events: [{ timestamp: Date.now(), message: 'a line written while following' }] });
          } else if (stage === 1 && stdout.includes('a line written while following')) {
            stage = 2;
            // Another poll after the new line, then the interrupt.
            setTimeout(() => child.kill('SIGINT'), 4_000);
          }
        });
      },
    });
    expect(stage).toBe(2);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter((l) => l.includes('listening on :8080'))).toHaveLength(1);
    expect(run.stdout.split('\n').filter((l) => l.includes('a line written while following'))).toEqual(['api | 0f1e2d3c | a line written while following']);
    expect(run.stderr).toContain('Following new lines');
  }, 60_000);

  it('fails clearly when the log group does not exist', async () => {
    const run = await runAction({ mode: 'logs', 'stack-name': 'gone' }, { env: awsEnv(standIn) });
    expect(run.code).toBe(1);
    expect(run.errors[0]).toContain('Log group /docker-compose/gone does not exist');
  });
});
