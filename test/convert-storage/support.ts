// Shared by the storage tests (EFS volumes, secrets, GPU capacity): convert through the real pipeline, validate the
// template against the CloudFormation schemas, archive it for CI's cfn-lint run, and check what neither the schemas
// nor cfn-lint check (semanticProblems).

import { expect } from '@jest/globals';
import type { Project } from '../../src/compose/model.js';
import { convertProject } from '../../src/convert/index.js';
import { taskDefinitionLogicalId } from '../../src/convert/naming.js';
import type { ConvertOptions, ConvertResult, Template } from '../../src/convert/index.js';
import { loadCfnSchema } from '../convert/cfn-schema.js';
import { resolvedOptions } from '../convert/factory.js';
import { props, resource } from '../convert/helpers.js';

export { props, resource };
import { archiveTemplate } from '../support/templates.js';

export function convertStorage(name: string, project: Project, options: Partial<ConvertOptions> = {}): ConvertResult {
  const result = convertProject(project, { ...resolvedOptions, ...options });
  archiveTemplate(`storage-${name}`, result.template);
  expect(loadCfnSchema().validate(result.template)).toEqual([]);
  expect(semanticProblems(result.template, { ...resolvedOptions, ...options })).toEqual([]);
  return result;
}

export function storageError(project: Project, options: Partial<ConvertOptions> = {}): Error {
  try {
    convertProject(project, { ...resolvedOptions, ...options });
  } catch (error) {
    return error as Error;
  }
  throw new Error('conversion did not fail');
}

export function containers(result: ConvertResult, service: string): Record<string, any>[] {
  return props(result, taskDefinitionLogicalId(service))['ContainerDefinitions'] as Record<string, any>[];
}

export function container(result: ConvertResult, service: string, name = service): Record<string, any> {
  const found = containers(result, service).find((c) => c['Name'] === name);
  if (found === undefined) throw new Error(`no container ${name} in ${service}`);
  return found;
}

export function ofType(result: ConvertResult, type: string): string[] {
  return Object.entries(result.template.Resources)
    .filter(([, r]) => r.Type === type)
    .map(([id]) => id)
    .sort();
}

const isGetAtt = (value: unknown): value is { 'Fn::GetAtt': [string, string] } =>
  typeof value === 'object' && value !== null && Array.isArray((value as Record<string, unknown>)['Fn::GetAtt']);
const refTarget = (value: unknown): string | undefined =>
  typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)['Ref'] === 'string' ? ((value as Record<string, string>)['Ref']) : undefined;

/**
 * What a deployment would trip over although schemas and cfn-lint accept it:
 *  - an EC2-only task definition without task memory while some container has neither Memory nor MemoryReservation;
 *  - an EC2 service with a launch type or platform version next to a capacity-provider strategy;
 *  - an `elasticfilesystem:AccessPointArn` condition that cannot match (anything but an access point's Arn);
 *  - EFS IAM authorization without transit encryption; a MountPoint on a volume the task does not declare;
 *  - two mount targets of one file system in one availability zone (zones from the options' subnets).
 */
export function semanticProblems(template: Template, options: ConvertOptions): string[] {
  const problems: string[] = [];
  const resources = template.Resources;
  const zoneOf = new Map((options.network.subnets ?? []).map((s) => [s.id, s.availabilityZone]));
  const zonesTaken = new Set<string>();
  for (const [id, r] of Object.entries(resources)) {
    const p = (r.Properties ?? {}) as Record<string, any>;
    if (r.Type === 'AWS::ECS::TaskDefinition') {
      const compatibilities = p['RequiresCompatibilities'] as string[];
      const declared = new Set(((p['Volumes'] ?? []) as Array<Record<string, any>>).map((v) => v['Name']));
      for (const c of p['ContainerDefinitions'] as Array<Record<string, any>>) {
        if (!compatibilities.includes('FARGATE') && p['Memory'] === undefined && c['Memory'] === undefined && c['MemoryReservation'] === undefined) {
          problems.push(`${id}: EC2 task without memory, container ${c['Name']} has none either`);
        }
        for (const m of (c['MountPoints'] ?? []) as Array<Record<string, any>>) {
          if (!declared.has(m['SourceVolume'])) problems.push(`${id}: container ${c['Name']} mounts undeclared volume ${m['SourceVolume']}`);
        }
      }
      for (const v of (p['Volumes'] ?? []) as Array<Record<string, any>>) {
        const efs = v['EFSVolumeConfiguration'];
        if (efs?.AuthorizationConfig?.IAM === 'ENABLED' && efs.TransitEncryption !== 'ENABLED') problems.push(`${id}: EFS IAM authorization needs transit encryption`);
        const accessPoint = refTarget(efs?.AuthorizationConfig?.AccessPointId);
        if (accessPoint !== undefined && resources[accessPoint]?.Type !== 'AWS::EFS::AccessPoint') problems.push(`${id}: ${accessPoint} is not an access point`);
      }
    }
    if (r.Type === 'AWS::ECS::Service' && p['CapacityProviderStrategy'] !== undefined) {
      if (p['LaunchType'] !== undefined) problems.push(`${id}: launch type next to a capacity-provider strategy`);
      if (p['PlatformVersion'] !== undefined) problems.push(`${id}: platform version on an EC2 service`);
      if (p['NetworkConfiguration']?.AwsvpcConfiguration?.AssignPublicIp === 'ENABLED') problems.push(`${id}: public IP on an EC2 task`);
    }
    if (r.Type === 'AWS::IAM::Role') {
      for (const policy of (p['Policies'] ?? []) as Array<Record<string, any>>) {
        for (const statement of policy['PolicyDocument'].Statement as Array<Record<string, any>>) {
          const condition = statement['Condition']?.StringEquals?.['elasticfilesystem:AccessPointArn'];
          if (condition === undefined) continue;
          const ok = isGetAtt(condition)
            ? resources[condition['Fn::GetAtt'][0]]?.Type === 'AWS::EFS::AccessPoint' && condition['Fn::GetAtt'][1] === 'Arn'
            : typeof condition === 'string' && /^arn:aws[a-z-]*:elasticfilesystem:.*:access-point\/fsap-/.test(condition);
          if (!ok) problems.push(`${id}.${policy['PolicyName']}: access-point condition ${JSON.stringify(condition)} can never match`);
        }
      }
    }
    if (r.Type === 'AWS::EFS::MountTarget' && typeof p['SubnetId'] === 'string') {
      const zone = zoneOf.get(p['SubnetId']);
      if (zone !== undefined) {
        const key = `${JSON.stringify(p['FileSystemId'])} ${zone}`;
        if (zonesTaken.has(key)) problems.push(`${id}: a second mount target of one file system in ${zone}`);
        zonesTaken.add(key);
      }
    }
  }
  return problems;
}
