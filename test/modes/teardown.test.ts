// teardown of one stack, end to end: the bundled action against the AWS stand-in.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction, runCli } from '../support/action.js';
import { WEBAPP, awsEnv, convertTemplate, seedDeployedStack, startAwsStandIn, writeVolumeProject, type AwsStandIn } from './operate-support.js';

let standIn: AwsStandIn;
let webappTemplate: string;
let volumeProject: string;
let volumeTemplate: string;

beforeAll(async () => {
  standIn = await startAwsStandIn({ stepDelayMs: 5 });
  webappTemplate = await convertTemplate(WEBAPP, 'webapp', 'teardown-webapp');
  volumeProject = writeVolumeProject('files');
  volumeTemplate = await convertTemplate(volumeProject, 'files', 'teardown-files-volume');
});

afterAll(async () => {
  await standIn?.close();
});

const stackExists = (name: string) => standIn.control.snapshot().stacks.some((s) => s.stackName === name && s.status !== 'DELETE_COMPLETE');

describe('teardown', () => {
  it('deletes the stack, waits, streams its events and reports in the summary', async () => {
    seedDeployedStack(standIn, { stackName: 'webapp', project: 'webapp', template: webappTemplate });
    const run = await runAction({ mode: 'teardown', 'working-directory': WEBAPP }, { env: awsEnv(standIn) });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(stackExists('webapp')).toBe(false);
    expect(run.stdout).toMatch(/webapp\s+AWS::CloudFormation::Stack\s+DELETE_COMPLETE/);
    expect(run.outputs['stack-name']).toBe('webapp');
    expect(JSON.parse(run.outputs.stacks)).toEqual(['webapp']);
    expect(run.summary).toContain('compose-ecs teardown');
    expect(run.summary).toContain('DELETE&#95;COMPLETE');
  });

  it('treats a stack that does not exist as success', async () => {
    const run = await runCli(['teardown', '--stack-name', 'never-deployed'], { env: awsEnv(standIn) });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Stack never-deployed does not exist');
    expect(run.stderr).toContain('stacks: []');
  });

  it('refuses a termination-protected stack unless force, then unprotects and deletes it', async () => {
    seedDeployedStack(standIn, { stackName: 'guarded', project: 'webapp', template: webappTemplate, terminationProtection: true });
    const refused = await runAction({ mode: 'teardown', 'stack-name': 'guarded' }, { env: awsEnv(standIn) });
    expect(refused.code).toBe(1);
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors[0]).toContain('termination protection');
    expect(refused.errors[0]).toContain('force');
    expect(stackExists('guarded')).toBe(true);

    standIn.control.clearRequests();
    const forced = await runAction({ mode: 'teardown', 'stack-name': 'guarded', force: 'true' }, { env: awsEnv(standIn) });
    expect(forced.code).toBe(0);
    expect(stackExists('guarded')).toBe(false);
    const actions = standIn.control.requests({ service: 'cloudformation' }).map((r) => r.action);
    expect(actions.indexOf('UpdateTerminationProtection')).toBeGreaterThanOrEqual(0);
    expect(actions.indexOf('UpdateTerminationProtection')).toBeLessThan(actions.indexOf('DeleteStack'));
  });

  it('reports a retained EFS file system and keeps it; a second teardown with delete-volumes deletes it', async () => {
    seedDeployedStack(standIn, { stackName: 'files', project: 'files', template: volumeTemplate });
    const fileSystemId = standIn.control.snapshot().stacks.find((s) => s.stackName === 'files')?.resources.find((r) => r.type === 'AWS::EFS::FileSystem')?.physicalId;
    expect(fileSystemId).toMatch(/^fs-/);

    const first = await runAction({ mode: 'teardown', 'working-directory': volumeProject }, { env: awsEnv(standIn) });
    expect(first.code).toBe(0);
    expect(stackExists('files')).toBe(false);
    expect(standIn.state.efs.fileSystems.has(fileSystemId as string)).toBe(true);
    expect(first.stdout).toContain(`Retained: EFS file system ${fileSystemId} (volume "data")`);
    expect(first.summary).toContain('Retained resources');
    expect(first.summary).toContain(fileSystemId);

    standIn.control.clearRequests();
    const second = await runAction({ mode: 'teardown', 'working-directory': volumeProject, 'delete-volumes': 'true' }, { env: awsEnv(standIn) });
    expect(second.errors).toEqual([]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Stack files does not exist');
    const fs = standIn.state.efs.fileSystems.get(fileSystemId as string);
    expect(fs === undefined || ['deleted', 'deleting'].includes(fs.LifeCycleState)).toBe(true);
    expect(standIn.control.requests({ action: 'DeleteFileSystem' })).toHaveLength(1);
  });

  it('deletes the stack and its file system in one run, and only the file systems this stack created', async () => {
    const fsDir = writeVolumeProject('photos');
    const template = await convertTemplate(fsDir, 'photos', 'teardown-photos-volume');
    seedDeployedStack(standIn, { stackName: 'photos', project: 'photos', template });
    const fileSystemId = standIn.control.snapshot().stacks.find((s) => s.stackName === 'photos')?.resources.find((r) => r.type === 'AWS::EFS::FileSystem')?.physicalId as string;
    // A file system of the same project that this stack never created (another stack's, or made by hand).
    const extra = standIn.control.seedFileSystem({ tags: [{ Key: 'com.docker.compose.project', Value: 'photos' }] });
    expect(extra.fileSystemId).not.toBe(fileSystemId);
    standIn.control.clearRequests();
    const run = await runAction({ mode: 'teardown', 'working-directory': fsDir, 'delete-volumes': 'true' }, { env: awsEnv(standIn) });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Deleted EFS file system ${fileSystemId}`);
    // A project-tagged file system this stack never held is not this teardown's to delete.
    expect(standIn.state.efs.fileSystems.has(extra.fileSystemId)).toBe(true);
    expect(run.stdout).not.toContain(extra.fileSystemId);
  });

  it('refuses delete-volumes without wait', async () => {
    const run = await runAction({ mode: 'teardown', 'stack-name': 'whatever', wait: 'false', 'delete-volumes': 'true' }, { env: awsEnv(standIn) });
    expect(run.code).toBe(1);
    expect(run.errors[0]).toContain('needs "wait: true"');
  });

  it('returns after submitting the deletion when wait is false', async () => {
    seedDeployedStack(standIn, { stackName: 'nowait', project: 'webapp', template: webappTemplate });
    standIn.control.clearRequests();
    const run = await runAction({ mode: 'teardown', 'stack-name': 'nowait', wait: 'false' }, { env: awsEnv(standIn) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('not waiting');
    expect(standIn.control.requests({ action: 'DescribeStackEvents' }).length).toBe(0);
    await standIn.control.waitForStack({ stackName: 'nowait' });
  });

  it('fails with the root cause when the deletion fails', async () => {
    seedDeployedStack(standIn, { stackName: 'stuck', project: 'webapp', template: webappTemplate });
    standIn.control.failResource({ logicalId: 'DefaultNetwork', stackName: 'stuck', operation: 'delete', reason: 'resource sg-123 has a dependent object' });
    const run = await runAction({ mode: 'teardown', 'stack-name': 'stuck' }, { env: awsEnv(standIn) });
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('DELETE_FAILED');
    expect(run.errors[0]).toContain('has a dependent object');
    expect(run.summary).toContain('dependent object');
  });

  it("reports the project's secrets, leaves them while another stack of the project lives, deletes them with delete-secrets", async () => {
    const created = await runCli(['secret', 'create', 'tokens-db-password', '--project-name', 'tokens', '--secret-value', 'hunter2-hunter2'], { env: awsEnv(standIn) });
    expect(created.code).toBe(0);
    seedDeployedStack(standIn, { stackName: 'tokens-pr-1', project: 'tokens', template: webappTemplate });
    seedDeployedStack(standIn, { stackName: 'tokens-pr-2', project: 'tokens', template: webappTemplate });
    const secret = [...standIn.state.secrets.values()].find((s) => s.Name === 'tokens-db-password');

    const shared = await runAction({ mode: 'teardown', 'stack-name': 'tokens-pr-1', 'delete-secrets': 'true' }, { env: awsEnv(standIn) });
    expect(shared.code).toBe(0);
    expect(shared.stdout).toContain("The project's own secrets are left alone");
    expect(shared.stdout).toContain('tokens-pr-2');
    expect(secret.DeletedDate).toBeUndefined();

    const kept = await runAction({ mode: 'teardown', 'stack-name': 'tokens-pr-2' }, { env: awsEnv(standIn) });
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain('Retained: secret tokens-db-password');
    expect(kept.summary).toContain('tokens-db-password');
    expect(secret.DeletedDate).toBeUndefined();

    const removed = await runAction({ mode: 'teardown', 'stack-name': 'tokens-pr-2', 'project-name': 'tokens', 'delete-secrets': 'true' }, { env: awsEnv(standIn) });
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('Scheduled secret tokens-db-password for deletion');
    expect(secret.DeletedDate).toBeDefined();
  });
});
