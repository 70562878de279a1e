// volume end to end: list the project's EFS file systems and remove one no stack uses, against the stand-in.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction, runCli } from '../support/action.js';
import { awsEnv, convertTemplate, seedDeployedStack, startAwsStandIn, writeVolumeProject, type AwsStandIn } from './operate-support.js';

let standIn: AwsStandIn;
let project: string;
let stackFileSystem: string;
let loose: string;
let leftover: string;

const PROJECT_TAG = (value: string) => ({ Key: 'com.docker.compose.project', Value: value });

beforeAll(async () => {
  standIn = await startAwsStandIn({ stepDelayMs: 5, pageSize: 2 });
  project = writeVolumeProject('album');
  const template = await convertTemplate(project, 'album', 'volume-album');
  seedDeployedStack(standIn, { stackName: 'album', project: 'album', template });
  stackFileSystem = standIn.control.snapshot().stacks[0].resources.find((r) => r.type === 'AWS::EFS::FileSystem')?.physicalId as string;
  // Retained by an earlier stack long gone, with a mount target and an access point nobody holds any more.
  leftover = standIn.control.seedFileSystem({ tags: [PROJECT_TAG('album'), { Key: 'com.docker.compose.volume', Value: 'old' }, { Key: 'aws:cloudformation:stack-name', Value: 'album-pr-3' }], mountTargets: 2, accessPoints: 1 }).fileSystemId;
  loose = standIn.control.seedFileSystem({ tags: [PROJECT_TAG('album'), { Key: 'com.docker.compose.volume', Value: 'cache' }] }).fileSystemId;
  standIn.control.seedFileSystem({ tags: [PROJECT_TAG('someone-else')] });
});

afterAll(async () => {
  await standIn?.close();
});

describe('volume', () => {
  it("lists the project's file systems (all pages) with their volume and whether a stack uses them", async () => {
    const run = await runCli(['volume', 'ls', '--working-directory', project], { env: awsEnv(standIn) });
    expect(run.code).toBe(0);
    const volumes = JSON.parse(run.stdout) as { id: string; volume: string; inUse: boolean; inUseBy?: string }[];
    expect(volumes.map((v) => v.id).sort()).toEqual([stackFileSystem, leftover, loose].sort());
    expect(volumes.find((v) => v.id === stackFileSystem)).toMatchObject({ volume: 'data', inUse: true, inUseBy: 'stack album' });
    expect(volumes.find((v) => v.id === leftover)).toMatchObject({ volume: 'old', inUse: false });
    expect(volumes.find((v) => v.id === loose)).toMatchObject({ volume: 'cache', inUse: false });
    expect(run.stderr).toMatch(/ID\s+VOLUME\s+SIZE/);
  });

  it('refuses to remove a file system a stack uses', async () => {
    const run = await runCli(['volume', 'remove', stackFileSystem, '--project-name', 'album'], { env: awsEnv(standIn) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('in use by stack album');
    expect(standIn.state.efs.fileSystems.has(stackFileSystem)).toBe(true);
  });

  it("refuses a file system that is not the project's", async () => {
    const run = await runCli(['volume', 'remove', 'fs-0123456789abcdef0', '--project-name', 'album'], { env: awsEnv(standIn) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("is not one of project album's volumes");
  });

  it('removes an unused one: access points and mount targets first, then the file system', async () => {
    standIn.control.clearRequests();
    const run = await runAction({ mode: 'volume', 'volume-action': 'remove', 'volume-id': leftover, 'project-name': 'album' }, { env: awsEnv(standIn) });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    const efsCalls = standIn.control.requests({ service: 'elasticfilesystem' }).map((r) => r.action);
    const last = (action: string) => efsCalls.lastIndexOf(action);
    expect(efsCalls.filter((a) => a === 'DeleteMountTarget')).toHaveLength(2);
    expect(last('DeleteAccessPoint')).toBeLessThan(last('DeleteFileSystem'));
    expect(last('DeleteMountTarget')).toBeLessThan(last('DeleteFileSystem'));
    // Waited for the mount targets to go before deleting the file system.
    expect(efsCalls.slice(last('DeleteMountTarget'), last('DeleteFileSystem')).includes('DescribeMountTargets')).toBe(true);
    const fs = standIn.state.efs.fileSystems.get(leftover);
    expect(fs === undefined || ['deleted', 'deleting'].includes(fs.LifeCycleState)).toBe(true);
    expect(run.summary).toContain(leftover);
  });

  it('rejects a malformed id before any AWS call', async () => {
    const run = await runCli(['volume', 'rm', 'data', '--project-name', 'album'], { env: awsEnv(standIn) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is not an EFS file system id');
  });
});
