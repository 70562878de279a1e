// Template serialisation. Deterministic: the top-level sections in CloudFormation's conventional order, every
// mapping below them with its keys sorted (as Docker's YAML was), lists in their meaningful order (the converter
// sorts those whose order means nothing). YAML uses long-form intrinsics (`Ref:`, `Fn::GetAtt:`), valid as is.

import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import type { Template } from './index.js';

const SECTION_ORDER = ['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Mappings', 'Conditions', 'Resources', 'Outputs'];

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort()
        .map((k) => [k, sortKeys(record[k])]),
    );
  }
  return value;
}

/** The template as plain data in its canonical key order. */
export function canonicalTemplate(template: Template): Record<string, unknown> {
  const record = template as unknown as Record<string, unknown>;
  const known = SECTION_ORDER.filter((k) => record[k] !== undefined);
  const others = Object.keys(record)
    .filter((k) => !SECTION_ORDER.includes(k) && record[k] !== undefined)
    .sort();
  return Object.fromEntries([...known, ...others].map((k) => [k, sortKeys(record[k])]));
}

export function renderTemplate(template: Template, format: 'yaml' | 'json'): string {
  const canonical = canonicalTemplate(template);
  if (format === 'json') return `${JSON.stringify(canonical, null, 2)}\n`;
  return stringify(canonical, { lineWidth: 0, aliasDuplicateObjects: false, indentSeq: false });
}

/** Canonical minified JSON: every key sorted, no whitespace. What the hash and the size limits are computed on. */
export function minifiedJson(template: Template): string {
  return JSON.stringify(sortKeys(template));
}

/** SHA-256 (hex) of the canonical minified JSON: equal templates hash equal whatever their format or key order. */
export function templateSha256(template: Template): string {
  return createHash('sha256').update(minifiedJson(template)).digest('hex');
}
