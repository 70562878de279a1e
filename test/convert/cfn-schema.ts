// In-process CloudFormation validation against the resource schemas of @aws-cdk/aws-service-spec (a dev
// dependency; ~1 s to load, so load it once per test file with `loadCfnSchema()`).
//
// It reports: unknown resource types; unknown (misspelled) properties with a "did you mean"; missing required
// properties; primitive type mismatches (string, number/integer, boolean, lists, maps, tags) and values outside a
// property's allowed values; and dangling references — Ref, Fn::GetAtt (and the attribute), Fn::Sub's ${…},
// DependsOn, Fn::If conditions. Values that are intrinsic functions are not type-checked.

import { createRequire } from 'node:module';
import type { Template } from '../../src/convert/index.js';

interface PropertyType {
  type: string;
  element?: PropertyType;
  types?: PropertyType[];
  reference?: { $ref: string };
  allowedValues?: Array<string | number>;
}
interface Property {
  type: PropertyType;
  required?: boolean;
}
interface SpecEntity {
  properties: Record<string, Property>;
  attributes?: Record<string, unknown>;
}
interface SpecDatabase {
  lookup(kind: 'resource', index: 'cloudFormationType', op: 'equals', value: string): { length: number; [i: number]: SpecEntity };
  get(kind: 'typeDefinition', ref: { $ref: string }): SpecEntity;
}

const PSEUDO_PARAMETERS = new Set(['AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition', 'AWS::Region', 'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix']);

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function isIntrinsic(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::') || keys[0] === 'Condition');
}

export class CfnSchema {
  constructor(private readonly db: SpecDatabase) {}

  private resource(type: string): SpecEntity | undefined {
    const found = this.db.lookup('resource', 'cloudFormationType', 'equals', type);
    return found.length > 0 ? found[0] : undefined;
  }

  /** Every finding, as `path: message`; empty when the template is valid. */
  validate(template: Template): string[] {
    const errors: string[] = [];
    const resources = template.Resources ?? {};
    const parameters = template.Parameters ?? {};
    const conditions = template.Conditions ?? {};
    if (template.AWSTemplateFormatVersion !== '2010-09-09') errors.push('AWSTemplateFormatVersion: must be 2010-09-09');
    for (const [id, resource] of Object.entries(resources)) {
      const path = `Resources.${id}`;
      if (!/^[A-Za-z0-9]+$/.test(id)) errors.push(`${path}: logical ID must be alphanumeric`);
      const spec = this.resource(resource.Type);
      if (spec === undefined) {
        errors.push(`${path}: unknown resource type ${resource.Type}`);
        continue;
      }
      for (const key of Object.keys(resource)) {
        if (!['Type', 'Properties', 'DependsOn', 'Condition', 'DeletionPolicy', 'UpdateReplacePolicy', 'Metadata', 'UpdatePolicy', 'CreationPolicy'].includes(key)) {
          errors.push(`${path}.${key}: unknown resource attribute`);
        }
      }
      this.object(resource.Properties ?? {}, spec, `${path}.Properties`, errors);
      const dependsOn = resource.DependsOn === undefined ? [] : Array.isArray(resource.DependsOn) ? resource.DependsOn : [resource.DependsOn];
      for (const target of dependsOn) if (!(target in resources)) errors.push(`${path}.DependsOn: no resource ${target}`);
      if (resource.Condition !== undefined && !(resource.Condition in conditions)) errors.push(`${path}.Condition: no condition ${resource.Condition}`);
    }
    this.references(template, 'Template', resources, parameters, conditions, errors);
    return errors;
  }

  private object(value: unknown, spec: SpecEntity, path: string, errors: string[]): void {
    if (isIntrinsic(value)) return;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push(`${path}: expected an object, got ${JSON.stringify(value)}`);
      return;
    }
    const record = value as Record<string, unknown>;
    for (const [key, v] of Object.entries(record)) {
      const property = spec.properties[key];
      if (property === undefined) {
        const names = Object.keys(spec.properties);
        const guess = names.map((n) => [n, levenshtein(n.toLowerCase(), key.toLowerCase())] as const).sort((a, b) => a[1] - b[1])[0];
        errors.push(`${path}.${key}: unknown property${guess && guess[1] <= 3 ? ` (did you mean ${guess[0]}?)` : ''}`);
        continue;
      }
      this.value(v, property.type, `${path}.${key}`, errors);
    }
    for (const [key, property] of Object.entries(spec.properties)) {
      if (property.required && !(key in record)) errors.push(`${path}: missing required property ${key}`);
    }
  }

  private value(value: unknown, type: PropertyType, path: string, errors: string[]): void {
    if (isIntrinsic(value)) return;
    const fail = (expected: string): void => {
      errors.push(`${path}: expected ${expected}, got ${JSON.stringify(value)}`);
    };
    switch (type.type) {
      case 'string':
      case 'date-time':
        if (typeof value !== 'string') fail('a string');
        else if (type.allowedValues && !type.allowedValues.includes(value)) fail(`one of ${type.allowedValues.join('|')}`);
        return;
      case 'number':
        if (typeof value !== 'number') fail('a number');
        return;
      case 'integer':
        if (typeof value !== 'number' || !Number.isInteger(value)) fail('an integer');
        return;
      case 'boolean':
        if (typeof value !== 'boolean') fail('a boolean');
        return;
      case 'json':
        return;
      case 'null':
        if (value !== null) fail('null');
        return;
      case 'tag': {
        const tag = value as Record<string, unknown>;
        if (typeof tag !== 'object' || tag === null || Object.keys(tag).sort().join() !== 'Key,Value') fail('a {Key, Value} tag');
        else {
          this.value(tag['Key'], { type: 'string' }, `${path}.Key`, errors);
          this.value(tag['Value'], { type: 'string' }, `${path}.Value`, errors);
        }
        return;
      }
      case 'array':
        if (!Array.isArray(value)) fail('a list');
        else value.forEach((v, i) => this.value(v, type.element!, `${path}[${i}]`, errors));
        return;
      case 'map':
        if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('a map');
        else for (const [k, v] of Object.entries(value)) this.value(v, type.element!, `${path}.${k}`, errors);
        return;
      case 'ref':
        this.object(value, this.db.get('typeDefinition', type.reference!), path, errors);
        return;
      case 'union': {
        const attempts = type.types!.map((t) => {
          const found: string[] = [];
          this.value(value, t, path, found);
          return found;
        });
        if (!attempts.some((a) => a.length === 0)) errors.push(...attempts.sort((a, b) => a.length - b.length)[0]!);
        return;
      }
      default:
        errors.push(`${path}: validator does not know type ${type.type}`);
    }
  }

  /** Dangling Ref / GetAtt / Sub / If anywhere in the template. */
  private references(
    value: unknown,
    path: string,
    resources: Template['Resources'],
    parameters: Record<string, unknown>,
    conditions: Record<string, unknown>,
    errors: string[],
  ): void {
    if (Array.isArray(value)) {
      value.forEach((v, i) => this.references(v, `${path}[${i}]`, resources, parameters, conditions, errors));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    const known = (name: string): boolean => name in resources || name in parameters || PSEUDO_PARAMETERS.has(name);
    if (typeof record['Ref'] === 'string' && !known(record['Ref'])) errors.push(`${path}: Ref to unknown ${record['Ref']}`);
    const getAtt = record['Fn::GetAtt'];
    if (getAtt !== undefined) {
      const [id, attribute] = Array.isArray(getAtt) ? (getAtt as string[]) : String(getAtt).split('.');
      const target = id !== undefined ? resources[id] : undefined;
      if (target === undefined) errors.push(`${path}: Fn::GetAtt of unknown resource ${id}`);
      else {
        const spec = this.resource(target.Type);
        if (spec && attribute !== undefined && !(attribute in (spec.attributes ?? {}))) errors.push(`${path}: ${target.Type} has no attribute ${attribute}`);
      }
    }
    const sub = record['Fn::Sub'];
    if (typeof sub === 'string') {
      for (const [, name] of sub.matchAll(/\$\{([^}!]+)\}/g)) {
        const base = name!.split('.')[0]!;
        if (!known(base)) errors.push(`${path}: Fn::Sub refers to unknown ${name}`);
      }
    }
    const fnIf = record['Fn::If'];
    if (Array.isArray(fnIf) && typeof fnIf[0] === 'string' && !(fnIf[0] in conditions)) errors.push(`${path}: Fn::If on unknown condition ${fnIf[0]}`);
    for (const [k, v] of Object.entries(record)) this.references(v, `${path}.${k}`, resources, parameters, conditions, errors);
  }
}

let cached: CfnSchema | undefined;

/** Loads the spec database (≈1 s) once per test file. */
export function loadCfnSchema(): CfnSchema {
  if (cached === undefined) {
    const require = createRequire(import.meta.url);
    const { loadAwsServiceSpecSync } = require('@aws-cdk/aws-service-spec') as { loadAwsServiceSpecSync(): SpecDatabase };
    cached = new CfnSchema(loadAwsServiceSpecSync());
  }
  return cached;
}
