// Typed readers for `x-aws-*` extension values. Docker read them with unchecked Go type assertions and crashed on a
// wrong YAML type; here a wrong type is a UserError naming the key, what it expects and what it got.

import type { Extensions } from '../compose/model.js';
import type { ConversionContext } from './context.js';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** Reads extension `name` of `extensions`, whose owner is at key path `owner` (`services.web`). */
export class ExtensionReader {
  constructor(
    private readonly ctx: ConversionContext,
    private readonly extensions: Extensions,
    private readonly owner: string,
  ) {}

  private key(name: string): string {
    return this.owner === '' ? name : `${this.owner}.${name}`;
  }

  has(name: string): boolean {
    return this.extensions[name] !== undefined && this.extensions[name] !== null;
  }

  private fail(name: string, expected: string): never {
    throw this.ctx.error(`${name} must be ${expected}, got ${describe(this.extensions[name])}.`, this.key(name));
  }

  string(name: string): string | undefined {
    const value = this.extensions[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' || value === '') this.fail(name, 'a non-empty string');
    return value;
  }

  boolean(name: string): boolean | undefined {
    const value = this.extensions[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'boolean') return value;
    // Interpolated values arrive as strings.
    if (value === 'true') return true;
    if (value === 'false') return false;
    this.fail(name, 'true or false');
  }

  /** A whole number within [min, max]; numeric strings (from interpolation) are accepted. */
  integer(name: string, min: number, max: number): number | undefined {
    const value = this.extensions[name];
    if (value === undefined || value === null) return undefined;
    const n = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) this.fail(name, `a whole number from ${min} to ${max}`);
    return n;
  }

  stringList(name: string): string[] | undefined {
    const value = this.extensions[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' && value !== '') return [value];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) this.fail(name, 'a list of strings');
    return value as string[];
  }

  mapping(name: string): Record<string, unknown> | undefined {
    const value = this.extensions[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) this.fail(name, 'a mapping');
    return value as Record<string, unknown>;
  }

  /** A nested reader over a mapping-valued extension (`x-aws-autoscaling.max`). */
  nested(name: string): ExtensionReader | undefined {
    const value = this.mapping(name);
    return value === undefined ? undefined : new ExtensionReader(this.ctx, value, this.key(name));
  }
}

/** The value of an ARN's resource part after its last `/` (`arn:aws:ec2:…:vpc/vpc-1234` → `vpc-1234`), else the value. */
export function idFromArn(value: string): string {
  return value.startsWith('arn:') ? value.slice(value.lastIndexOf('/') + 1) : value;
}
