// Pass 4 — validation against the Compose JSON schema, with the precompiled validator (schema/generate.mjs).
// ajv reports every failed branch of a `oneOf`; we keep the errors a person can act on: the deepest ones,
// and at one place, the specific ones over "wrong type" alternatives (a `build:` mapping with an unknown key
// should say so, not "must be string").

import { DiagnosticBag } from './diagnostics.js';
import type { Mapping, PositionMap } from './diagnostics.js';
import { validate } from './schema/validate.generated.js';
import type { SchemaError } from './schema/validate.generated.js';

const TYPE_NAMES: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'a string', number: 'a number', integer: 'an integer', boolean: 'a boolean', null: 'null' };
const NAMED_SECTIONS = new Set(['services', 'networks', 'volumes', 'secrets', 'configs', 'models']);

function pathParts(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Adds one diagnostic per actionable schema error of `model` to `bag`. */
export function validateSchema(model: Mapping, bag: DiagnosticBag): void {
  if (validate(model)) return;
  const errors = (validate.errors ?? []) as SchemaError[];
  const byPath = new Map<string, SchemaError[]>();
  for (const error of errors) {
    const list = byPath.get(error.instancePath) ?? [];
    list.push(error);
    byPath.set(error.instancePath, list);
  }
  const paths = [...byPath.keys()];
  for (const [instancePath, list] of byPath) {
    const parts = pathParts(instancePath);
    const hasDeeper = paths.some((p) => p.startsWith(`${instancePath}/`));
    const specific = list.filter((e) => !['type', 'oneOf', 'anyOf', 'if', 'const'].includes(e.keyword));
    if (hasDeeper || specific.length > 0) {
      // Another branch of a oneOf was the one meant: report only the specific findings.
      for (const error of specific) report(error, parts, bag);
      continue;
    }
    const types = [...new Set(list.filter((e) => e.keyword === 'type').flatMap((e) => String(e.params.type).split(',')))];
    if (types.length > 0) {
      const names = types.map((t) => TYPE_NAMES[t] ?? t);
      const expected = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
      bag.add(parts.length === 0 ? `top-level object must be ${expected}` : `must be ${expected}`, parts);
      continue;
    }
    const consts = list.filter((e) => e.keyword === 'const');
    if (consts.length > 0) {
      bag.add(`must be one of ${consts.map((e) => JSON.stringify(e.params.allowedValue)).join(', ')}`, parts);
      continue;
    }
    if (list.some((e) => e.keyword === 'oneOf')) bag.add('matches more than one of the allowed forms: use one syntax only', parts);
  }
}

function report(error: SchemaError, parts: (string | number)[], bag: DiagnosticBag): void {
  const params = error.params;
  switch (error.keyword) {
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      const where = [...parts, property];
      if (parts.length === 1 && typeof parts[0] === 'string' && NAMED_SECTIONS.has(parts[0])) {
        bag.add(`invalid name "${property}": ${parts[0]} names may only contain letters, digits, ".", "_" and "-"`, where);
      } else {
        bag.add(`additional properties '${property}' not allowed${parts.length === 0 ? ' at top level (custom keys must start with x-)' : ''}`, where);
      }
      return;
    }
    case 'required':
      bag.add(`missing property '${String(params.missingProperty)}'`, parts);
      return;
    case 'enum':
      bag.add(`must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`, parts);
      return;
    case 'uniqueItems':
      bag.add(`contains duplicate items (entries ${params.j} and ${params.i} are the same)`, parts);
      return;
    case 'pattern':
      bag.add(`does not match the pattern ${String(params.pattern)}`, parts);
      return;
    case 'format':
      bag.add(`is not a valid ${String(params.format)}`, parts);
      return;
    case 'propertyNames':
    case 'minItems':
    case 'maxItems':
    case 'minimum':
    case 'maximum':
    case 'minLength':
    case 'minProperties':
    case 'maxProperties':
    case 'not':
    case 'dependencies':
    case 'dependentRequired':
    default:
      bag.add(error.message ?? `fails schema rule ${error.keyword}`, parts);
  }
}

export type { PositionMap };
