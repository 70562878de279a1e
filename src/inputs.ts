// Reading inputs: the raw strings a Host gives, with the defaults of src/interface.ts applied and parsed
// into the types modes need. Every parse error names the input and what a valid value looks like.

import type { Host } from './host.js';
import { INPUTS, MODES, inputSpec, type Mode } from './interface.js';
import { UsageError, UserError } from './errors.js';

export class Inputs {
  constructor(private readonly raw: (name: string) => string) {}

  /** The input's value, trimmed, or its default. */
  string(name: string): string {
    const spec = inputSpec(name);
    if (!spec) throw new Error(`internal: input "${name}" is not declared in src/interface.ts`);
    const value = this.raw(name).trim();
    if (value !== '') return value;
    // `${{ github.token }}` is action.yml's default; a caller outside a runner (the CLI) has no such token.
    return spec.default.startsWith('${{') ? '' : spec.default;
  }

  /** Newline- or comma-separated list, empty entries dropped. */
  list(name: string): string[] {
    return this.string(name)
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }

  /** YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them. */
  boolean(name: string): boolean {
    const value = this.string(name);
    if (['true', 'True', 'TRUE'].includes(value)) return true;
    if (['false', 'False', 'FALSE'].includes(value)) return false;
    throw new UserError(`Input "${name}" must be true or false, got "${value}".`);
  }

  /** Optional boolean: undefined when empty. */
  optionalBoolean(name: string): boolean | undefined {
    return this.string(name) === '' ? undefined : this.boolean(name);
  }

  number(name: string, options: { min?: number; integer?: boolean } = {}): number {
    const value = this.string(name);
    const n = Number(value);
    const ok = value !== '' && Number.isFinite(n) && (!options.integer || Number.isInteger(n)) && (options.min === undefined || n >= options.min);
    if (!ok) {
      const what = `${options.integer ? 'a whole number' : 'a number'}${options.min !== undefined ? ` ≥ ${options.min}` : ''}`;
      throw new UserError(`Input "${name}" must be ${what}, got "${value}".`);
    }
    return n;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T {
    const value = this.string(name);
    if (!(allowed as readonly string[]).includes(value)) {
      throw new UserError(`Input "${name}" must be one of ${allowed.join(', ')}; got "${value}".`);
    }
    return value as T;
  }

  /** The region asked for: the `region` input, else AWS_REGION, else AWS_DEFAULT_REGION; undefined when none. */
  region(env: Record<string, string | undefined>): string | undefined {
    return this.string('region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
  }

  mode(): Mode {
    const value = this.string('mode');
    if (!(MODES as readonly string[]).includes(value)) {
      throw new UsageError(`Unknown mode "${value}". Valid modes: ${MODES.join(', ')}.`);
    }
    return value as Mode;
  }
}

export function readInputs(host: Host): Inputs {
  return new Inputs((name) => host.getInput(name));
}

/** Names of every declared input, for the CLI's flag parser. */
export const INPUT_NAMES: readonly string[] = INPUTS.map((i) => i.name);
