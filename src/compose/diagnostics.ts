// Diagnostics shared by every pass: key paths, source positions, and the collector that turns a pass's
// problems into one ComposeError (so a user sees every problem of a pass at once, not one per run).

import { ComposeError } from '../errors.js';
import type { Diagnostic, SourcePosition } from './model.js';

/** A path into the Compose tree: mapping keys are strings, sequence indexes numbers. */
export type TreePath = readonly (string | number)[];

/** Where each key of a file was written, by dotted key (see keyOf). Several files share one map: later files win. */
export type PositionMap = Map<string, SourcePosition>;

/** `services.web.ports[0]`: the dotted form used in diagnostics and in Project.positions. */
export function keyOf(path: TreePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/** The position of `key`, or of its nearest ancestor that has one (a key added by a pass has no position). */
export function positionOf(positions: PositionMap | undefined, key: string, fallbackFile?: string): SourcePosition | undefined {
  if (positions) {
    let k = key;
    for (;;) {
      const found = positions.get(k);
      if (found) return found;
      const cut = Math.max(k.lastIndexOf('.'), k.lastIndexOf('['));
      if (cut <= 0) break;
      k = k.slice(0, cut);
    }
  }
  return fallbackFile ? { file: fallbackFile } : undefined;
}

/** Collects the problems of one pass; `throwIfAny` ends the load with all of them. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];

  constructor(
    private readonly positions?: PositionMap,
    private readonly fallbackFile?: string,
  ) {}

  /** Adds a problem at `path` (position looked up in the bag's map unless given). */
  add(message: string, path?: TreePath | string, source?: SourcePosition): void {
    const key = path === undefined ? undefined : typeof path === 'string' ? path : keyOf(path);
    const where = source ?? (key !== undefined ? positionOf(this.positions, key, this.fallbackFile) : this.fallbackFile ? { file: this.fallbackFile } : undefined);
    const diagnostic: Diagnostic = { message };
    if (key) diagnostic.key = key;
    if (where) diagnostic.source = where;
    this.items.push(diagnostic);
  }

  get size(): number {
    return this.items.length;
  }

  throwIfAny(): void {
    if (this.items.length > 0) throw new ComposeError(this.items);
  }
}

/** One problem, thrown at once (for conditions that make the rest of a pass meaningless). */
export function fail(message: string, key?: string, source?: SourcePosition): never {
  const diagnostic: Diagnostic = { message };
  if (key) diagnostic.key = key;
  if (source) diagnostic.source = source;
  throw new ComposeError([diagnostic]);
}

export type Mapping = Record<string, unknown>;

export function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets a key without ever touching Object.prototype (a `__proto__` key in a label is data, not a prototype). */
export function setKey(target: Mapping, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Structured deep copy of a plain YAML/JSON tree. */
export function cloneTree<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneTree) as T;
  if (isMapping(value)) {
    const out: Mapping = {};
    for (const [k, v] of Object.entries(value)) setKey(out, k, cloneTree(v));
    return out as T;
  }
  return value;
}
