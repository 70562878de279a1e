// Pass 6 — `extends` (compose-go `loader/extends.go`, spec 05-services.md#extends), per file, after its
// includes and before it is merged with earlier files. The base service (same file, or another file read
// alone and interpolated with the project env) is resolved recursively, deep-copied, stripped of what the
// extending service `!reset`s, and the extending service is merged over it with the §7 merge rules.
// Relative paths of a base from another file are resolved against *that* file's directory.

import path from 'node:path';
import { cloneTree, fail, isMapping, keyOf } from './diagnostics.js';
import type { DiagnosticBag, Mapping, PositionMap, TreePath } from './diagnostics.js';
import { deletePath, enforceUnicity, mergeValue } from './merge.js';
import { absolutePath, resolveServicePaths } from './paths.js';

/** A file's services as extends sees them: interpolated, documents merged, extends not yet resolved. */
export interface ExtendsSource {
  file: string;
  model: Mapping;
  resets: TreePath[];
  overrides: TreePath[];
  positions: PositionMap;
}

export interface ExtendsContext {
  /** Reads a file for extends (cached by the caller). */
  loadFile(file: string): ExtendsSource;
  bag: DiagnosticBag;
}

/** Resolves every `extends` of `source.model.services` in place. */
export function applyExtends(source: ExtendsSource, context: ExtendsContext): void {
  const services = source.model.services;
  if (!isMapping(services)) return;
  const resolver = new ExtendsResolver(context);
  for (const name of Object.keys(services)) resolver.resolve(source, name, []);
  enforceUnicity(source.model, context.bag);
}

class ExtendsResolver {
  /** Resolved services, per file, so a base shared by several services is resolved once. */
  private readonly done = new Map<string, Set<string>>();

  constructor(private readonly context: ExtendsContext) {}

  resolve(source: ExtendsSource, name: string, chain: string[]): Mapping {
    const services = source.model.services as Mapping;
    const service = services[name];
    const doneHere = this.done.get(source.file) ?? new Set<string>();
    this.done.set(source.file, doneHere);
    if (!isMapping(service) || !('extends' in service) || doneHere.has(name)) return (service ?? {}) as Mapping;

    const link = `${source.file}:${name}`;
    if (chain.includes(link)) fail(`Circular reference with extends:\n  ${[...chain, link].join('\n  extends ')}`, `services.${name}.extends`, source.positions.get(`services.${name}.extends`));
    const reference = service.extends;
    const where = source.positions.get(`services.${name}.extends`);
    const target = typeof reference === 'string' ? { service: reference } : isMapping(reference) ? reference : {};
    if (typeof target.service !== 'string' || target.service === '') fail(`extends.${name}.service is required`, `services.${name}.extends`, where);

    let base: Mapping;
    let baseSource: ExtendsSource;
    if (typeof target.file === 'string' && target.file !== '') {
      if (/^[a-zA-Z][a-zA-Z0-9+.-]+:/.test(target.file) && !/^[a-zA-Z]:[\\/]/.test(target.file)) {
        fail(`extends of a remote file (${target.file}) is not supported: copy the file next to the Compose file and extend it by path`, `services.${name}.extends`, where);
      }
      const file = absolutePath(target.file, path.dirname(source.file));
      baseSource = this.context.loadFile(file);
      const baseServices = baseSource.model.services;
      if (!isMapping(baseServices)) fail(`cannot extend service "${name}" in ${source.file}: no services section in ${file}`, `services.${name}.extends`, where);
      if (!(target.service in baseServices)) fail(`cannot extend service "${name}" in ${source.file}: service "${target.service}" not found in ${file}`, `services.${name}.extends`, where);
      base = cloneTree(this.resolve(baseSource, target.service, [...chain, link]));
      // A base from another file keeps its paths relative to its own directory.
      resolveServicePaths(base, path.dirname(file));
    } else {
      baseSource = source;
      if (!(target.service in services)) fail(`cannot extend service "${name}" in ${source.file}: service "${target.service}" not found`, `services.${name}.extends`, where);
      base = cloneTree(this.resolve(source, target.service, [...chain, link]));
    }
    if (base === null || !isMapping(base)) base = {};

    // What the extending service resets or overrides is removed from the base before merging.
    for (const resetPath of [...source.resets, ...source.overrides]) {
      if (resetPath[0] === 'services' && resetPath[1] === name && resetPath.length > 2) deletePath(base, resetPath.slice(2));
    }
    const own = { ...service };
    delete own.extends;
    const merged = mergeValue(base, own, ['services', name], this.context.bag) as Mapping;
    delete merged.extends;
    services[name] = merged;
    doneHere.add(name);
    copyPositions(baseSource.positions, `services.${target.service}`, source.positions, `services.${name}`);
    return merged;
  }
}

/** Gives the extending service the positions of what it inherited (its own keys keep theirs). */
function copyPositions(from: PositionMap, fromPrefix: string, to: PositionMap, toPrefix: string): void {
  for (const [key, position] of [...from]) {
    if (!key.startsWith(fromPrefix)) continue;
    const rest = key.slice(fromPrefix.length);
    if (rest !== '' && rest[0] !== '.' && rest[0] !== '[') continue;
    if (rest === '') continue;
    const target = toPrefix + rest;
    if (!to.has(target)) to.set(target, position);
  }
}

export { keyOf };
