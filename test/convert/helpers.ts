// Converts and checks the result against the CloudFormation resource schemas: every template a test generates
// must validate, so each test doubles as a schema test.

import { expect } from '@jest/globals';
import { createHash } from 'node:crypto';
import type { Project } from '../../src/compose/model.js';
import type { Concern } from '../../src/convert/context.js';
import { convertWithConcerns } from '../../src/convert/convert.js';
import { CONCERNS } from '../../src/convert/concerns.js';
import type { ConvertOptions, ConvertResult, Resource } from '../../src/convert/index.js';
import { loadCfnSchema } from './cfn-schema.js';
import { resolvedOptions } from './factory.js';
import { archiveTemplate } from '../support/templates.js';

export function convert(project: Project, options: Partial<ConvertOptions> = {}, concerns: readonly Concern[] = CONCERNS): ConvertResult {
  const result = convertWithConcerns(project, { ...resolvedOptions, ...options }, concerns);
  expect(loadCfnSchema().validate(result.template)).toEqual([]);
  // Saved for CI's one cfn-lint batch (COMPOSE_ECS_TEMPLATE_DIR), named by content so repeats collapse.
  archiveTemplate(`convert-${createHash('sha256').update(JSON.stringify(result.template)).digest('hex').slice(0, 12)}`, result.template);
  return result;
}

/** The error a conversion throws (fails the test when it does not throw). */
export function conversionError(project: Project, options: Partial<ConvertOptions> = {}): Error {
  try {
    convertWithConcerns(project, { ...resolvedOptions, ...options }, CONCERNS);
  } catch (error) {
    return error as Error;
  }
  throw new Error('conversion did not fail');
}

export function resource(result: ConvertResult, id: string): Resource {
  const r = result.template.Resources[id];
  if (r === undefined) throw new Error(`no resource ${id}; have ${Object.keys(result.template.Resources).join(', ')}`);
  return r;
}

export function props(result: ConvertResult, id: string): Record<string, any> {
  return resource(result, id).Properties as Record<string, any>;
}

export function container(result: ConvertResult, service: string, name = service): Record<string, any> {
  const taskDefinition = Object.entries(result.template.Resources).find(
    ([, r]) => r.Type === 'AWS::ECS::TaskDefinition' && (r.Properties!['ContainerDefinitions'] as any[]).some((c) => c.Name === service),
  );
  if (!taskDefinition) throw new Error(`no task definition for ${service}`);
  return (taskDefinition[1].Properties!['ContainerDefinitions'] as any[]).find((c) => c.Name === name);
}

export function typesCount(result: ConvertResult, type: string): number {
  return Object.values(result.template.Resources).filter((r) => r.Type === type).length;
}

export function keysOf(result: ConvertResult): string[] {
  return result.warnings.map((w) => w.key ?? '');
}
