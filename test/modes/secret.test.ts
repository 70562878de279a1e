// secret end to end: create/update/list/inspect/delete through the bundled CLI and action against the stand-in.
// The value must never reach a log line, the summary or an output.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, runCli } from '../support/action.js';
import { WEBAPP, awsEnv, startAwsStandIn, type AwsStandIn } from './operate-support.js';

let standIn: AwsStandIn;
let dir: string;
const VALUE = 'correct-horse-battery-staple';

beforeAll(async () => {
  standIn = await startAwsStandIn({ stepDelayMs: 5, pageSize: 2 });
  dir = mkdtempSync(join(tmpdir(), 'secret-mode-'));
  writeFileSync(join(dir, 'db-password.txt'), `${VALUE}\n`);
});

afterAll(async () => {
  await standIn?.close();
});

const secretNamed = (name: string) => [...standIn.state.secrets.values()].find((s) => s.Name === name);
const currentValue = (name: string) => [...secretNamed(name).versions.values()].find((v: { stages: string[] }) => v.stages.includes('AWSCURRENT'))?.SecretString;

describe('secret', () => {
  it('creates a secret from a file, tagged for the project, without printing the value', async () => {
    const run = await runCli(['secret', 'create', 'webapp-db-password', '--secret-file', join(dir, 'db-password.txt'), '--working-directory', WEBAPP], { env: awsEnv(standIn) });
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).not.toContain(VALUE);
    const secret = secretNamed('webapp-db-password');
    expect(currentValue('webapp-db-password')).toBe(`${VALUE}\n`);
    expect(secret.Tags).toEqual(expect.arrayContaining([{ Key: 'com.docker.compose.project', Value: 'webapp' }, { Key: 'compose-ecs-action:project', Value: 'webapp' }]));
    expect(run.stderr).toContain('Created secret webapp-db-password');
  });

  it('masks an inline value on the runner and keeps it out of outputs and the summary', async () => {
    const inline = 's3cr3t-inline-value';
    const run = await runAction({ mode: 'secret', 'secret-action': 'create', 'secret-name': 'webapp-api-key', 'secret-value': inline, 'project-name': 'webapp' }, { env: awsEnv(standIn) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`::add-mask::${inline}`);
    expect(run.stdout.replace(`::add-mask::${inline}`, '')).not.toContain(inline);
    expect(run.summary).not.toContain(inline);
    expect(JSON.stringify(run.outputs)).not.toContain(inline);
  });

  it('refuses to create a secret that exists, and updates it instead', async () => {
    const again = await runCli(['secret', 'create', 'webapp-api-key', '--secret-value', 'x-y-z-1', '--project-name', 'webapp'], { env: awsEnv(standIn) });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists: use secret-action "update"');
    const update = await runCli(['secret', 'update', 'webapp-api-key', '--secret-value', 'rotated-value-2', '--project-name', 'webapp'], { env: awsEnv(standIn) });
    expect(update.code).toBe(0);
    expect(currentValue('webapp-api-key')).toBe('rotated-value-2');
    expect(update.stderr).not.toContain('rotated-value-2');
  });

  it("lists only the project's secrets (all pages), as JSON on stdout", async () => {
    await runCli(['secret', 'create', 'other-token', '--secret-value', 'other-value-1', '--project-name', 'other'], { env: awsEnv(standIn) });
    for (const n of [1, 2, 3]) await runCli(['secret', 'create', `webapp-extra-${n}`, '--secret-value', `extra-value-${n}`, '--project-name', 'webapp'], { env: awsEnv(standIn) });
    const run = await runCli(['secret', 'list', '--project-name', 'webapp'], { env: awsEnv(standIn) });
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout).map((s: { name: string }) => s.name);
    expect(listed).toEqual(['webapp-api-key', 'webapp-db-password', 'webapp-extra-1', 'webapp-extra-2', 'webapp-extra-3']);
  });

  it('inspects metadata only, never the value', async () => {
    standIn.control.clearRequests();
    const run = await runCli(['secret', 'inspect', 'webapp-api-key', '--project-name', 'webapp'], { env: awsEnv(standIn) });
    expect(run.code).toBe(0);
    const metadata = JSON.parse(run.stdout);
    expect(metadata.name).toBe('webapp-api-key');
    expect(metadata.tags['com.docker.compose.project']).toBe('webapp');
    expect(run.stdout).not.toContain('rotated-value-2');
    expect(standIn.control.requests({ action: 'GetSecretValue' })).toHaveLength(0);
  });

  it("refuses to inspect, update or delete another project's secret", async () => {
    for (const action of ['inspect', 'delete']) {
      const run = await runCli(['secret', action, 'other-token', '--project-name', 'webapp'], { env: awsEnv(standIn) });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Refusing to ${action} secret "other-token"`);
    }
    const update = await runCli(['secret', 'update', 'other-token', '--secret-value', 'hijacked-value', '--project-name', 'webapp'], { env: awsEnv(standIn) });
    expect(update.code).toBe(1);
    expect(currentValue('other-token')).toBe('other-value-1');
    expect(secretNamed('other-token').DeletedDate).toBeUndefined();
  });

  it('deletes with the recovery window by default, and at once with delete-immediately', async () => {
    const scheduled = await runCli(['secret', 'delete', 'webapp-extra-1', '--project-name', 'webapp'], { env: awsEnv(standIn) });
    expect(scheduled.code).toBe(0);
    expect(scheduled.stderr).toContain('restore-secret');
    const secret = secretNamed('webapp-extra-1');
    expect(secret.DeletedDate).toBeDefined();
    expect(secret.purged).toBeFalsy();

    const now = await runAction({ mode: 'secret', 'secret-action': 'delete', 'secret-name': 'webapp-extra-2', 'delete-immediately': 'true', 'project-name': 'webapp' }, { env: awsEnv(standIn) });
    expect(now.code).toBe(0);
    expect(secretNamed('webapp-extra-2').purged).toBe(true);
  });

  it('explains what is missing', async () => {
    const noName = await runCli(['secret', 'create', '--secret-value', 'abc-def-1', '--project-name', 'webapp'], { env: awsEnv(standIn) });
    expect(noName.code).toBe(1);
    expect(noName.stderr).toContain('needs "secret-name"');
    const noValue = await runCli(['secret', 'create', 'x', '--project-name', 'webapp'], { env: awsEnv(standIn) });
    expect(noValue.stderr).toContain('"secret-file"');
    const both = await runCli(['secret', 'create', 'x', '--secret-value', 'v-v-v-v', '--secret-file', join(dir, 'db-password.txt'), '--project-name', 'webapp'], { env: awsEnv(standIn) });
    expect(both.stderr).toContain('not both');
    const missing = await runCli(['secret', 'inspect', 'no-such-secret', '--project-name', 'webapp'], { env: awsEnv(standIn) });
    expect(missing.stderr).toContain('does not exist');
  });
});
