// Pass 2 — interpolation of one parsed document (compose-go `loader/interpolate.go`): every string *value*
// (never a key) is expanded with template.ts, then values at typed paths are cast (`replicas: "${N}"` → 3),
// exactly where compose-go casts. Runs per document, before include/extends/merge.

import { DiagnosticBag, isMapping, keyOf, setKey } from './diagnostics.js';
import type { Mapping, TreePath } from './diagnostics.js';
import type { Diagnostic } from './model.js';
import { substitute, TemplateError } from './template.js';
import type { Lookup } from './template.js';

type Cast = 'int' | 'float' | 'bool';

/** compose-go's interpolateTypeCastMapping; `*` = any key, `[]` = any sequence item. */
const CASTS: Array<[string, Cast]> = [
  ['services.*.deploy.replicas', 'int'],
  ['services.*.deploy.update_config.parallelism', 'int'],
  ['services.*.deploy.rollback_config.parallelism', 'int'],
  ['services.*.deploy.restart_policy.max_attempts', 'int'],
  ['services.*.deploy.placement.max_replicas_per_node', 'int'],
  ['services.*.healthcheck.retries', 'int'],
  ['services.*.ports.[].target', 'int'],
  ['services.*.scale', 'int'],
  ['services.*.ulimits.*', 'int'],
  ['services.*.ulimits.*.hard', 'int'],
  ['services.*.ulimits.*.soft', 'int'],
  ['services.*.cpu_count', 'int'],
  ['services.*.cpu_period', 'int'],
  ['services.*.cpu_quota', 'int'],
  ['services.*.cpu_rt_period', 'int'],
  ['services.*.cpu_rt_runtime', 'int'],
  ['services.*.cpu_shares', 'int'],
  ['services.*.oom_score_adj', 'int'],
  ['services.*.pids_limit', 'int'],
  ['services.*.cpu_percent', 'float'],
  ['services.*.deploy.update_config.max_failure_ratio', 'float'],
  ['services.*.deploy.rollback_config.max_failure_ratio', 'float'],
  ['services.*.cpus', 'float'],
  ['services.*.init', 'bool'],
  ['services.*.depends_on.*.required', 'bool'],
  ['services.*.depends_on.*.restart', 'bool'],
  ['services.*.healthcheck.disable', 'bool'],
  ['services.*.oom_kill_disable', 'bool'],
  ['services.*.privileged', 'bool'],
  ['services.*.read_only', 'bool'],
  ['services.*.stdin_open', 'bool'],
  ['services.*.tty', 'bool'],
  ['services.*.volumes.[].read_only', 'bool'],
  ['services.*.volumes.[].volume.nocopy', 'bool'],
  ['networks.*.external', 'bool'],
  ['networks.*.internal', 'bool'],
  ['networks.*.attachable', 'bool'],
  ['networks.*.enable_ipv4', 'bool'],
  ['networks.*.enable_ipv6', 'bool'],
  ['volumes.*.external', 'bool'],
  ['secrets.*.external', 'bool'],
  ['configs.*.external', 'bool'],
];
/** Patterns indexed by their last segment ('*' and '[]' kept apart), so most strings are checked against none. */
const CASTS_BY_LAST = new Map<string, Array<{ parts: string[]; cast: Cast }>>();
for (const [pattern, cast] of CASTS) {
  const parts = pattern.split('.');
  const last = parts[parts.length - 1]!;
  const list = CASTS_BY_LAST.get(last) ?? [];
  list.push({ parts, cast });
  CASTS_BY_LAST.set(last, list);
}

function castFor(path: TreePath): Cast | undefined {
  // Only a few top-level sections carry typed values; skip the search elsewhere (x-*, name, include…).
  const head = path[0];
  if (head !== 'services' && head !== 'networks' && head !== 'volumes' && head !== 'secrets' && head !== 'configs') return undefined;
  const last = path[path.length - 1];
  const candidates = [...(typeof last === 'string' ? (CASTS_BY_LAST.get(last) ?? []) : []), ...(typeof last === 'string' ? (CASTS_BY_LAST.get('*') ?? []) : [])];
  for (const { parts, cast } of candidates) {
    if (parts.length !== path.length) continue;
    let ok = true;
    for (let i = 0; i < parts.length && ok; i++) {
      const part = parts[i];
      const step = path[i];
      if (part === '*') ok = typeof step === 'string';
      else if (part === '[]') ok = typeof step === 'number';
      else ok = part === step;
    }
    if (ok) return cast;
  }
  return undefined;
}

/** Parses a boolean as compose-go does (YAML 1.1 spellings accepted with a warning). */
export function parseComposeBoolean(text: string, warn?: (message: string) => void): boolean {
  switch (text.toLowerCase()) {
    case 'true':
      return true;
    case 'false':
      return false;
    case 'y':
    case 'yes':
    case 'on':
      warn?.(`"${text}" for boolean is not supported by YAML 1.2, please use \`true\``);
      return true;
    case 'n':
    case 'no':
    case 'off':
      warn?.(`"${text}" for boolean is not supported by YAML 1.2, please use \`false\``);
      return false;
    default:
      throw new Error(`invalid boolean: ${text}`);
  }
}

function applyCast(text: string, cast: Cast, warn: (message: string) => void): unknown {
  switch (cast) {
    case 'int':
      if (!/^[-+]?\d+$/.test(text.trim()) || text.trim() !== text) throw new Error(`failed to cast to expected type: "${text}" is not an integer`);
      return Number(text);
    case 'float': {
      const value = Number(text);
      if (text.trim() === '' || Number.isNaN(value)) throw new Error(`failed to cast to expected type: "${text}" is not a number`);
      return value;
    }
    case 'bool':
      try {
        return parseComposeBoolean(text, warn);
      } catch (error) {
        throw new Error(`failed to cast to expected type: ${(error as Error).message}`);
      }
  }
}

export interface InterpolationResult {
  value: Mapping;
  warnings: Diagnostic[];
}

/**
 * Interpolates a whole document tree. Problems (bad templates, required variables, failed casts) are added
 * to `bag` with their key path; the caller throws once the document is done so every problem is reported.
 */
export function interpolateTree(tree: Mapping, lookup: Lookup, bag: DiagnosticBag, warnings: Diagnostic[], file: string): Mapping {
  const unsetReported = new Set<string>();
  const walk = (value: unknown, path: (string | number)[]): unknown => {
    if (typeof value === 'string') {
      let expanded = value;
      try {
        expanded = substitute(value, lookup, (name) => {
          if (unsetReported.has(name)) return;
          unsetReported.add(name);
          warnings.push({ message: `The "${name}" variable is not set. Defaulting to a blank string.`, key: keyOf(path), source: { file } });
        });
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        if (error.invalidFormat) bag.add(`invalid interpolation format for ${keyOf(path)}.\nYou may need to escape any $ with another $.\n${value}`, path);
        else bag.add(`error while interpolating ${keyOf(path)}: ${error.message}`, path);
        return value;
      }
      const cast = castFor(path);
      if (!cast) return expanded;
      try {
        return applyCast(expanded, cast, (message) => warnings.push({ message, key: keyOf(path), source: { file } }));
      } catch (error) {
        bag.add(`error while interpolating ${keyOf(path)}: ${(error as Error).message}`, path);
        return expanded;
      }
    }
    if (Array.isArray(value)) return value.map((item, index) => walk(item, [...path, index]));
    if (isMapping(value)) {
      const out: Mapping = {};
      for (const [k, v] of Object.entries(value)) setKey(out, k, walk(v, [...path, k]));
      return out;
    }
    return value;
  };
  return walk(tree, []) as Mapping;
}

/** Interpolates one string outside a tree (the project `name:`, include paths…). */
export function interpolateString(value: string, lookup: Lookup): string {
  return substitute(value, lookup);
}
