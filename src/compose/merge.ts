// Pass 5 — merging a file (or document, or extended service) over what came before (compose-go
// `override/merge.go` + `override/uncity.go`, spec 13-merge.md). Works on raw (interpolated, not yet
// canonical) trees, so every special rule accepts both short and long syntax.
//
// Default rule: mapping+mapping → key merge, sequence+sequence → append, otherwise the override wins;
// an override `null` keeps the base. Paths with their own rule are listed in SPECIAL_RULES.

import { cloneTree, DiagnosticBag, isMapping, keyOf, setKey } from './diagnostics.js';
import type { Mapping, TreePath } from './diagnostics.js';
import { dependsOnMap, extraHostsList, portKey, serviceNetworksMap, stringList, volumeKey } from './canonical.js';

type Rule = (base: unknown, override: unknown, path: TreePath, bag: DiagnosticBag) => unknown;

const replace: Rule = (_base, override) => cloneTree(override);

/** Map or list of `K=V` → sorted `K=V` list (compose-go converts both sides before appending). */
function toKeyValueList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => String(v));
  if (isMapping(value)) {
    const out: string[] = [];
    for (const [k, v] of Object.entries(value)) {
      if (v === null || v === undefined) out.push(k);
      else if (Array.isArray(v)) for (const item of v) out.push(`${k}=${String(item)}`);
      else out.push(`${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
    }
    return out.sort();
  }
  return [String(value)];
}

const keyBeforeEquals = (entry: unknown): string => {
  const text = String(entry);
  const eq = text.indexOf('=');
  return eq < 0 ? text : text.slice(0, eq);
};

const keyValueRule: Rule = (base, override) => unique([...toKeyValueList(base), ...toKeyValueList(override)], keyBeforeEquals);

const appendUniqueByValue: Rule = (base, override) => unique([...stringList(base), ...stringList(override)], (v) => String(v));

const envFileRule: Rule = (base, override) => {
  const items = [...(Array.isArray(base) ? base : [base]), ...(Array.isArray(override) ? override : [override])].map(cloneTree);
  return unique(items, (item) => (isMapping(item) ? String(item.path) : String(item)));
};

const extraHostsRule: Rule = (base, override) => {
  const list = extraHostsList(base);
  for (const entry of extraHostsList(override)) if (!list.includes(entry)) list.push(entry);
  return list;
};

const dependsOnRule: Rule = (base, override, path, bag) => mergeDefault(dependsOnMap(base), dependsOnMap(override), path, bag);
const networksRule: Rule = (base, override, path, bag) => mergeDefault(serviceNetworksMap(base), serviceNetworksMap(override), path, bag);
const buildRule: Rule = (base, override, path, bag) =>
  mergeDefault(typeof base === 'string' ? { context: base } : base, typeof override === 'string' ? { context: override } : override, path, bag);

const loggingRule: Rule = (base, override, path, bag) => {
  if (isMapping(base) && isMapping(override) && base.driver && override.driver && base.driver !== override.driver) return cloneTree(override);
  return mergeDefault(base, override, path, bag);
};

const ipamConfigRule: Rule = (base, override) => {
  const out = (Array.isArray(base) ? base : []).map(cloneTree);
  for (const entry of Array.isArray(override) ? override : []) {
    const at = out.findIndex((e) => isMapping(e) && isMapping(entry) && e.subnet === entry.subnet);
    if (at >= 0) out[at] = { ...(out[at] as Mapping), ...(cloneTree(entry) as Mapping) };
    else out.push(cloneTree(entry));
  }
  return out;
};

/** `*` matches any key. Checked in order; the first match wins. */
const SPECIAL_RULES: Array<[string[], Rule]> = [
  [['services', '*', 'command'], replace],
  [['services', '*', 'entrypoint'], replace],
  [['services', '*', 'healthcheck', 'test'], replace],
  ...['environment', 'labels', 'annotations', 'sysctls'].map((k): [string[], Rule] => [['services', '*', k], keyValueRule]),
  [['services', '*', 'deploy', 'labels'], keyValueRule],
  [['services', '*', 'build', 'args'], keyValueRule],
  [['services', '*', 'build', 'labels'], keyValueRule],
  [['services', '*', 'build', 'additional_contexts'], keyValueRule],
  [['volumes', '*', 'labels'], keyValueRule],
  [['networks', '*', 'labels'], keyValueRule],
  ...['dns', 'dns_opt', 'dns_search', 'label_file', 'tmpfs'].map((k): [string[], Rule] => [['services', '*', k], appendUniqueByValue]),
  [['services', '*', 'env_file'], envFileRule],
  [['services', '*', 'extra_hosts'], extraHostsRule],
  [['services', '*', 'build', 'extra_hosts'], extraHostsRule],
  [['services', '*', 'depends_on'], dependsOnRule],
  [['services', '*', 'networks'], networksRule],
  [['services', '*', 'models'], networksRule],
  [['services', '*', 'build'], buildRule],
  [['services', '*', 'logging'], loggingRule],
  [['services', '*', 'ulimits', '*'], replace],
  [['networks', '*', 'ipam', 'config'], ipamConfigRule],
];

function ruleFor(path: TreePath): Rule | undefined {
  for (const [pattern, rule] of SPECIAL_RULES) {
    if (pattern.length !== path.length) continue;
    if (pattern.every((p, i) => p === '*' ? typeof path[i] === 'string' : p === path[i])) return rule;
  }
  return undefined;
}

/** Merges `override` over `base` at `path` (both left untouched; the result shares nothing with them). */
export function mergeValue(base: unknown, override: unknown, path: TreePath, bag: DiagnosticBag): unknown {
  if (override === undefined || override === null) return cloneTree(base);
  if (base === undefined || base === null) return cloneTree(override);
  const rule = ruleFor(path);
  if (rule) return rule(base, override, path, bag);
  return mergeDefault(base, override, path, bag);
}

function mergeDefault(base: unknown, override: unknown, path: TreePath, bag: DiagnosticBag): unknown {
  if (isMapping(base) && isMapping(override)) {
    const out: Mapping = cloneTree(base);
    for (const [k, v] of Object.entries(override)) setKey(out, k, mergeValue(base[k], v, [...path, k], bag));
    return out;
  }
  if (Array.isArray(base) && Array.isArray(override)) return [...base.map(cloneTree), ...override.map(cloneTree)];
  if (isMapping(base) !== isMapping(override) && (isMapping(base) || isMapping(override)) && (Array.isArray(base) || Array.isArray(override))) {
    bag.add(`cannot override ${keyOf(path)}: one file has a ${Array.isArray(base) ? 'list' : 'mapping'} there, the other a ${Array.isArray(override) ? 'list' : 'mapping'}`, path);
    return cloneTree(base);
  }
  return cloneTree(override);
}

/** Removes duplicates by key; a later duplicate replaces the earlier entry *in the earlier position*. */
function unique<T>(items: T[], keyFn: (item: T) => string): T[] {
  const out: T[] = [];
  const at = new Map<string, number>();
  for (const item of items) {
    const key = keyFn(item);
    const index = at.get(key);
    if (index === undefined) {
      at.set(key, out.length);
      out.push(item);
    } else out[index] = item;
  }
  return out;
}

const secretKey = (entry: unknown): string => (isMapping(entry) ? String(entry.target ?? `/run/secrets/${String(entry.source)}`) : `/run/secrets/${String(entry)}`);
const configKey = (entry: unknown): string => (isMapping(entry) ? String(entry.target ?? `/${String(entry.source)}`) : `/${String(entry)}`);
const deviceKey = (entry: unknown): string => {
  if (isMapping(entry)) return String(entry.target ?? entry.source);
  const parts = String(entry).split(':');
  return parts.length > 1 ? parts[1]! : parts[0]!;
};

const SERVICE_UNICITY: Record<string, (entry: unknown) => string> = {
  volumes: (e) => volumeKey(e),
  secrets: secretKey,
  configs: configKey,
  ports: portKey,
  expose: (e) => String(e),
  devices: deviceKey,
  env_file: (e) => (isMapping(e) ? String(e.path) : String(e)),
  cap_add: keyBeforeEquals,
  cap_drop: keyBeforeEquals,
  dns: keyBeforeEquals,
  dns_opt: keyBeforeEquals,
  dns_search: keyBeforeEquals,
  links: keyBeforeEquals,
  profiles: keyBeforeEquals,
  tmpfs: keyBeforeEquals,
};

/** compose-go's unicity pass over every service (after each merge). */
export function enforceUnicity(model: Mapping, bag: DiagnosticBag): void {
  const services = model.services;
  if (!isMapping(services)) return;
  for (const [name, service] of Object.entries(services)) {
    if (!isMapping(service)) continue;
    for (const [field, keyFn] of Object.entries(SERVICE_UNICITY)) {
      const list = service[field];
      if (!Array.isArray(list)) continue;
      try {
        service[field] = unique(list, keyFn);
      } catch (error) {
        bag.add((error as Error).message, ['services', name, field]);
      }
    }
    for (const field of ['environment', 'labels', 'annotations', 'sysctls']) {
      if (Array.isArray(service[field])) service[field] = unique(service[field] as unknown[], keyBeforeEquals);
    }
  }
}

/** Deletes the value at `path` (for `!reset` / `!override`). */
export function deletePath(tree: unknown, path: TreePath): void {
  let node = tree;
  for (let i = 0; i < path.length - 1; i++) {
    if (!isMapping(node)) return;
    node = node[path[i] as string];
  }
  if (isMapping(node)) delete node[path[path.length - 1] as string];
}

/**
 * Merges a document over the accumulated model: its `!reset`/`!override` paths are first removed from
 * the accumulated model, then the merge rules apply, then unicity.
 */
export function mergeDocument(accumulated: Mapping, document: Mapping, resets: TreePath[], overrides: TreePath[], bag: DiagnosticBag): Mapping {
  const base = cloneTree(accumulated);
  for (const path of [...resets, ...overrides]) deletePath(base, path);
  const merged = mergeValue(base, document, [], bag) as Mapping;
  enforceUnicity(merged, bag);
  return merged;
}
