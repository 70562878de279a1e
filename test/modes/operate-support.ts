// Shared by the operational modes' end-to-end tests (teardown, status, logs, secret, volume): a stand-in, the
// environment that points the bundled action at it, and stacks seeded the way deploy leaves them — the template
// the bundled CLI converts from a Compose file, tagged with the action's stack tags.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAwsStandIn, type AwsStandIn } from '../stand-ins/aws/index.mjs';
import { repoRoot, runCli } from '../support/action.js';
import { archiveTemplate } from '../support/templates.js';

export { startAwsStandIn, type AwsStandIn };
export { awsEnv } from '../aws/support.js';


/** The default VPC of the stand-in, so convert needs no lookups. */
export const NETWORK_FLAGS = ['--vpc', 'vpc-0defa017000000001', '--subnets', 'subnet-0a0b1c000000000a1,subnet-0a0b1c000000000b2'];

/** The template the bundled CLI generates for a Compose project (saved for CI's cfn-lint). */
export async function convertTemplate(workingDirectory: string, stackName: string, label: string): Promise<string> {
  const run = await runCli(['convert', '--working-directory', workingDirectory, '--stack-name', stackName, '--template-format', 'json', ...NETWORK_FLAGS]);
  if (run.code !== 0) throw new Error(`convert failed (${run.code}): ${run.stderr}`);
  archiveTemplate(label, run.stdout);
  return run.stdout;
}

export const WEBAPP = join(repoRoot, 'examples', 'webapp');

/** A Compose project with one published service and one named volume (EFS with DeletionPolicy Retain). */
export function writeVolumeProject(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ops-${name}-`));
  writeFileSync(
    join(dir, 'compose.yaml'),
    [
      `name: ${name}`,
      'services:',
      '  web:',
      '    image: nginx:1.27-alpine',
      '    ports: ["80:80"]',
      '    volumes: ["data:/usr/share/nginx/html"]',
      'volumes:',
      '  data: {}',
      '',
    ].join('\n'),
  );
  return dir;
}

/** The smallest project: one service, nothing published (few resources, so few stack events to page through). */
export function writeSmallProject(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ops-${name}-`));
  writeFileSync(join(dir, 'compose.yaml'), [`name: ${name}`, 'services:', '  app:', '    image: nginx:1.27-alpine', ''].join('\n'));
  return dir;
}

export interface SeedOptions {
  stackName: string;
  project: string;
  template: string;
  createdAt?: Date;
  pr?: string;
  terminationProtection?: boolean;
  /** Leave the action's tags off (a stack someone else created). */
  foreign?: boolean;
}

/** A deployed stack as deploy leaves it: the action's tags plus Docker's project tag. */
export function seedDeployedStack(standIn: AwsStandIn, options: SeedOptions): string {
  const tags = options.foreign
    ? [{ Key: 'team', Value: 'other' }]
    : [
        { Key: 'com.docker.compose.project', Value: options.project },
        { Key: 'compose-ecs-action:project', Value: options.project },
        { Key: 'compose-ecs-action:created-at', Value: (options.createdAt ?? new Date()).toISOString() },
        ...(options.pr ? [{ Key: 'compose-ecs-action:pr', Value: options.pr }] : []),
      ];
  return standIn.control.seedStack({ stackName: options.stackName, template: options.template, tags, terminationProtection: options.terminationProtection }).stackId;
}

export const HOURS = 3_600_000;
