// permissions mode through the bundle: the policy on stdout and in the `policy` output, the summary, and the
// inputs that shape it (permission-modes, s3-bucket, cfn-role-arn).

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PolicyDocument } from '../../src/permissions/policy.js';
import { policyAllows } from '../../src/permissions/policy.js';
import { repoRoot, runAction, runCli } from '../support/action.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'permissions-mode-'));
  cpSync(join(repoRoot, 'examples', 'webapp'), dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The pretty JSON document the mode printed, parsed (the action's stdout also carries ::workflow commands). */
function printedPolicy(stdout: string): PolicyDocument {
  const start = stdout.indexOf('{\n  "Version"');
  const end = stdout.indexOf('\n}\n', start);
  return JSON.parse(stdout.slice(start, end + 2)) as PolicyDocument;
}

describe('permissions mode', () => {
  it('prints the policy of every AWS mode for examples/webapp and sets the policy output (action)', async () => {
    const run = await runAction({ mode: 'permissions', 'working-directory': dir });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    const policy = JSON.parse(run.outputs['policy']!) as PolicyDocument;
    expect(run.outputs['policy']).not.toContain('\n');
    expect(printedPolicy(run.stdout)).toEqual(policy);
    expect(policy.Version).toBe('2012-10-17');
    for (const action of ['cloudformation:CreateChangeSet', 'cloudformation:ExecuteChangeSet', 'cloudformation:DeleteStack', 'ecs:CreateCluster', 'ec2:CreateSecurityGroup', 'elasticloadbalancing:CreateLoadBalancer', 'servicediscovery:CreatePrivateDnsNamespace', 'logs:FilterLogEvents', 'iam:PassRole', 'application-autoscaling:RegisterScalableTarget']) {
      expect([action, policyAllows(policy, action)]).toEqual([action, true]);
    }
    // webapp has no volumes, secrets on file, GPU or s3-bucket.
    for (const action of ['elasticfilesystem:CreateFileSystem', 'autoscaling:CreateAutoScalingGroup', 's3:PutObject']) {
      expect([action, policyAllows(policy, action)]).toEqual([action, false]);
    }
    const passRole = policy.Statement.find((s) => s.Sid === 'StackPassRoles');
    expect(passRole?.Resource).toBe('arn:aws:iam::*:role/webapp-*');
    expect(run.summary).toContain('### compose-ecs-action permissions: `webapp`');
    expect(run.summary).toContain('`StackPassRoles`');
  });

  it('is the same policy on every run', async () => {
    const [first, second] = await Promise.all([runAction({ mode: 'permissions', 'working-directory': dir }), runAction({ mode: 'permissions', 'working-directory': dir })]);
    expect(second.outputs['policy']).toBe(first.outputs['policy']);
  });

  it('narrows to permission-modes and follows s3-bucket and cfn-role-arn (CLI)', async () => {
    const cfnRole = 'arn:aws:iam::123456789012:role/cfn-deployer';
    const run = await runCli(['permissions', '--working-directory', dir, '--permission-modes', 'preview,status', '--s3-bucket', 'my-templates', '--cfn-role-arn', cfnRole]);
    expect(run.code).toBe(0);
    const policy = JSON.parse(run.stdout) as PolicyDocument;
    expect(policyAllows(policy, 'cloudformation:CreateChangeSet')).toBe(true);
    expect(policyAllows(policy, 'ecs:DescribeTasks')).toBe(true);
    expect(policyAllows(policy, 'cloudformation:ExecuteChangeSet')).toBe(false);
    expect(policyAllows(policy, 'ecs:CreateCluster')).toBe(false);
    expect(policy.Statement.find((s) => s.Sid === 'TemplateUpload')?.Resource).toBe('arn:aws:s3:::my-templates/compose-ecs-action/*');
    expect(policy.Statement.find((s) => s.Sid === 'PassCloudFormationRole')?.Resource).toBe(cfnRole);
  });

  it('shows the CloudFormation role its own policy when cfn-role-arn is given with deploy', async () => {
    const run = await runAction({ mode: 'permissions', 'working-directory': dir, 'permission-modes': 'deploy', 'cfn-role-arn': 'arn:aws:iam::123456789012:role/cfn-deployer' });
    expect(run.code).toBe(0);
    const policy = JSON.parse(run.outputs['policy']!) as PolicyDocument;
    expect(policyAllows(policy, 'ecs:CreateCluster')).toBe(false);
    expect(run.summary).toContain('Policy of the CloudFormation service role');
    expect(run.summary).toContain('ecs:CreateCluster');
  });

  it('rejects an unknown mode in permission-modes', async () => {
    const run = await runCli(['permissions', '--working-directory', dir, '--permission-modes', 'deploy,launch']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"launch"');
    expect(run.stdout).toBe('');
  });
});
