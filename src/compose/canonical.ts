// Short → long syntax, one function per Compose short form (compose-go `transform/` + docker/go-connections
// ParsePortSpec + compose-go `format/volume.go`). Outputs keep Compose's snake_case key names; project.ts
// binds them to the typed model. Each function throws a plain Error whose message the caller places at
// the key path it was reading.

import { isIP } from 'node:net';
import path from 'node:path';
import { isMapping } from './diagnostics.js';
import type { Mapping } from './diagnostics.js';

// ---------------------------------------------------------------------------------------------- ports

export interface LongPort {
  target: number;
  published?: string;
  host_ip?: string;
  protocol: string;
  mode: string;
  app_protocol?: string;
  name?: string;
  [extension: `x-${string}`]: unknown;
}

function parsePortRange(text: string, what: string, spec: string): [number, number] {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!m) throw new Error(`invalid ${what}: ${text} in port spec "${spec}"`);
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  if (start > 65535 || end > 65535) throw new Error(`invalid ${what}: ${text} in port spec "${spec}" (ports go from 0 to 65535)`);
  if (end < start) throw new Error(`invalid ${what}: ${text} in port spec "${spec}" (range end lower than its start)`);
  return [start, end];
}

/** `[[IP:]HOST:]CONTAINER[/PROTO]` (ranges allowed) → one long-form entry per container port. */
export function parsePortSpec(raw: string | number): LongPort[] {
  const spec = String(raw).trim();
  const parts = spec.split(':');
  const n = parts.length;
  let ip = n > 3 ? parts.slice(0, n - 2).join(':') : n === 3 ? parts[0]! : '';
  const hostPort = n >= 2 ? parts[n - 2]! : '';
  let containerPart = parts[n - 1]!;
  let protocol = 'tcp';
  const slash = containerPart.indexOf('/');
  if (slash >= 0) {
    const proto = containerPart.slice(slash + 1);
    containerPart = containerPart.slice(0, slash);
    if (proto !== '') protocol = proto.toLowerCase();
  }
  if (ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
  if (ip !== '' && isIP(ip) === 0) throw new Error(`invalid IP address: ${ip}`);
  if (containerPart === '') throw new Error(`no port specified: ${spec}<empty>`);
  if (!['tcp', 'udp', 'sctp'].includes(protocol)) throw new Error(`invalid proto: ${protocol}`);
  const [start, end] = parsePortRange(containerPart, 'containerPort', spec);
  let hostStart = 0;
  let hostEnd = 0;
  if (hostPort !== '') {
    [hostStart, hostEnd] = parsePortRange(hostPort, 'hostPort', spec);
    if (end - start !== hostEnd - hostStart && end !== start) {
      throw new Error(`invalid ranges specified for container and host Ports: ${containerPart} and ${hostPort}`);
    }
  }
  const entries: LongPort[] = [];
  for (let i = 0; i <= end - start; i++) {
    const entry: LongPort = { target: start + i, protocol, mode: 'ingress' };
    if (hostPort !== '') entry.published = start === end && hostStart !== hostEnd ? `${hostStart}-${hostEnd}` : String(hostStart + i);
    if (ip !== '') entry.host_ip = ip;
    entries.push(entry);
  }
  // compose-go sorts the expanded entries as "port/proto" strings.
  return entries.sort((a, b) => (`${a.target}/${a.protocol}` < `${b.target}/${b.protocol}` ? -1 : `${a.target}/${a.protocol}` > `${b.target}/${b.protocol}` ? 1 : 0));
}

/** Any ports entry (short string, int, long mapping) → long entries with defaults. */
export function canonicalPorts(entry: unknown): LongPort[] {
  if (typeof entry === 'string' || typeof entry === 'number') return parsePortSpec(entry);
  if (!isMapping(entry)) throw new Error('a port must be a string, a number or a mapping');
  const out: LongPort = { ...(entry as Mapping), protocol: 'tcp', mode: 'ingress', target: 0 } as LongPort;
  const target = typeof entry.target === 'string' ? Number(entry.target) : entry.target;
  if (typeof target !== 'number' || !Number.isInteger(target) || target < 0 || target > 65535) throw new Error(`invalid target port ${JSON.stringify(entry.target)}`);
  out.target = target;
  out.protocol = typeof entry.protocol === 'string' && entry.protocol !== '' ? entry.protocol.toLowerCase() : 'tcp';
  out.mode = typeof entry.mode === 'string' && entry.mode !== '' ? entry.mode : 'ingress';
  if (entry.published === undefined || entry.published === null || entry.published === '') delete out.published;
  else out.published = String(entry.published);
  if (typeof entry.host_ip === 'string' && entry.host_ip !== '') {
    if (isIP(entry.host_ip) === 0) throw new Error(`invalid IP address: ${entry.host_ip}`);
  } else delete out.host_ip;
  return [out];
}

/** The unicity key of a ports entry (compose-go `uncity.go`). */
export function portKey(entry: unknown): string {
  if (typeof entry === 'string' || typeof entry === 'number') return String(entry);
  if (isMapping(entry)) return `${entry.host_ip || '0.0.0.0'}:${entry.published ?? ''}:${entry.target}/${entry.protocol || 'tcp'}`;
  return JSON.stringify(entry);
}

// -------------------------------------------------------------------------------------------- volumes

export interface LongVolume {
  type: string;
  source?: string;
  target: string;
  read_only?: boolean;
  bind?: Mapping;
  volume?: Mapping;
  tmpfs?: Mapping;
  [key: string]: unknown;
}

const PROPAGATIONS = ['rprivate', 'private', 'rshared', 'shared', 'rslave', 'slave'];

const isWindowsDrive = (buffer: string, char: string): boolean => char === ':' && buffer.length === 1 && /\p{L}/u.test(buffer);

/** Whether a short-syntax source is a host path (bind) rather than a volume name. */
export function isHostPath(source: string): boolean {
  if (source === '') return false;
  if ('./~'.includes(source[0]!)) return true;
  if (source.startsWith('\\\\')) return true;
  return source.length >= 2 && isWindowsDrive(source[0]!, source[1]!);
}

/** `[SOURCE:]TARGET[:OPTIONS]` → long form (compose-go ParseVolume). */
export function parseVolumeSpec(spec: string): LongVolume {
  if (spec.length === 0) throw new Error('invalid empty volume spec');
  if (spec.length <= 2) return { type: 'volume', target: spec };
  const volume: LongVolume = { type: 'volume', target: '' };
  let source = '';
  let target = '';
  let buffer = '';
  let depth = 0;
  const flush = (char: string): void => {
    if (buffer.length === 0) throw new Error(`invalid spec: ${spec}: empty section between colons`);
    if (source === '' && char === '') {
      target = buffer;
      return;
    }
    if (source === '') {
      source = buffer;
      return;
    }
    if (target === '') {
      target = buffer;
      return;
    }
    if (char === ':') throw new Error(`invalid spec: ${spec}: too many colons`);
    for (const option of buffer.split(',')) {
      if (option === 'ro') volume.read_only = true;
      else if (option === 'rw') volume.read_only = false;
      else if (option === 'nocopy') volume.volume = { ...(volume.volume ?? {}), nocopy: true };
      else if (PROPAGATIONS.includes(option)) volume.bind = { ...(volume.bind ?? {}), propagation: option };
      else if (option === 'z' || option === 'Z') volume.bind = { ...(volume.bind ?? {}), selinux: option };
    }
  };
  for (let i = 0; i < spec.length; i++) {
    const char = spec[i]!;
    if (char === '$' && spec[i + 1] === '{') {
      depth++;
      buffer += char;
      continue;
    }
    if (char === '}' && depth > 0) {
      depth--;
      buffer += char;
      continue;
    }
    if (isWindowsDrive(buffer, char)) buffer += char;
    else if (char === ':' && depth === 0) {
      flush(char);
      buffer = '';
    } else buffer += char;
  }
  flush('');
  if (source !== '') volume.source = source;
  volume.target = target;
  if (isHostPath(source)) {
    volume.type = 'bind';
    volume.bind = { ...(volume.bind ?? {}), create_host_path: true };
    delete volume.volume;
  } else {
    // Bind options on a named volume mean nothing; compose-go keeps only `volume` options there.
    delete volume.bind;
  }
  return volume;
}

/** Cleans a container path like Go's path.Clean. */
export function cleanPath(target: string): string {
  if (target === '') return target;
  if (/^[a-zA-Z]:[\\/]/.test(target) || target.startsWith('\\\\')) return target; // a Windows path: leave it
  const cleaned = path.posix.normalize(target);
  return cleaned.length > 1 && cleaned.endsWith('/') ? cleaned.slice(0, -1) : cleaned;
}

/** The unicity key of a volumes entry: its mount target. */
export function volumeKey(entry: unknown): string {
  if (typeof entry === 'string') {
    try {
      return cleanPath(parseVolumeSpec(entry).target);
    } catch {
      return entry;
    }
  }
  if (isMapping(entry)) {
    if (typeof entry.target !== 'string' || entry.target === '') throw new Error(`service volume ${JSON.stringify(entry.source ?? '')} is missing a mount target`);
    return cleanPath(entry.target);
  }
  return JSON.stringify(entry);
}

// ------------------------------------------------------------------------------ key/value and lists

/** `environment`/`labels`/… list (`K=V`, `K`) or mapping → mapping (null = declared without a value). */
export function keyValueMap(value: unknown, what: string, nullForBare = true): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if (value === null || value === undefined) return out;
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = String(item);
      const eq = text.indexOf('=');
      const key = eq < 0 ? text : text.slice(0, eq);
      if (key !== key.trimEnd()) throw new Error(`${what} variable ${key.trimEnd()} is declared with a trailing space`);
      Object.defineProperty(out, key, { value: eq < 0 ? (nullForBare ? null : '') : text.slice(eq + 1), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  if (isMapping(value)) {
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(out, k, { value: v === null || v === undefined ? (nullForBare ? null : '') : stringify(v), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  throw new Error(`${what} must be a list of KEY=VALUE strings or a mapping`);
}

function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A string-or-list value (`dns`, `tmpfs`, `env_file` paths…) → list. */
export function stringList(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.map((v) => String(v));
  return [String(value)];
}

/** `extra_hosts` list (`host:ip`, `host=ip`) or mapping (`host: ip` or list of ips) → `host=ip` strings. */
export function extraHostsList(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.map((v) => String(v));
  if (isMapping(value)) {
    const out: string[] = [];
    for (const [host, ips] of Object.entries(value)) {
      for (const ip of Array.isArray(ips) ? ips : [ips]) out.push(`${host}=${String(ip)}`);
    }
    return out;
  }
  return [String(value)];
}

/** `depends_on` list or mapping → mapping with compose-go's defaults. */
export function dependsOnMap(value: unknown): Record<string, Mapping> {
  const out: Record<string, Mapping> = {};
  if (Array.isArray(value)) {
    for (const name of value) out[String(name)] = { condition: 'service_started', required: true };
  } else if (isMapping(value)) {
    for (const [name, spec] of Object.entries(value)) {
      const entry = isMapping(spec) ? { ...spec } : {};
      if (entry.condition === undefined || entry.condition === null) entry.condition = 'service_started';
      if (entry.required === undefined || entry.required === null) entry.required = true;
      out[name] = entry;
    }
  }
  return out;
}

/** A service's `networks` list or mapping → mapping (`{name: null}` for list items). */
export function serviceNetworksMap(value: unknown): Record<string, Mapping | null> {
  const out: Record<string, Mapping | null> = {};
  if (Array.isArray(value)) for (const name of value) out[String(name)] = null;
  else if (isMapping(value)) for (const [name, spec] of Object.entries(value)) out[name] = isMapping(spec) ? spec : null;
  return out;
}

/** `env_file` string, list of strings or list of mappings → `{path, required, format?}` list. */
export function envFileList(value: unknown): Array<{ path: string; required: boolean; format?: string }> {
  if (value === null || value === undefined) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.map((item) => {
    if (typeof item === 'string') return { path: item, required: true };
    if (isMapping(item)) {
      const entry: { path: string; required: boolean; format?: string } = { path: String(item.path), required: item.required === undefined || item.required === null ? true : item.required !== false && item.required !== 'false' };
      if (typeof item.format === 'string') entry.format = item.format;
      return entry;
    }
    throw new Error('env_file entries must be paths or {path, required, format} mappings');
  });
}

/** Service `secrets`/`configs` entry → long form. */
export function fileReference(entry: unknown): Mapping {
  if (typeof entry === 'string') return { source: entry };
  if (isMapping(entry)) return { ...entry };
  throw new Error('a secret or config reference must be a name or a {source, target, …} mapping');
}

/** healthcheck.test string → ["CMD-SHELL", s]; a list must start with NONE, CMD or CMD-SHELL. */
export function healthcheckTest(value: unknown): string[] | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return ['CMD-SHELL', value];
  if (Array.isArray(value)) {
    const list = value.map((v) => String(v));
    if (list.length > 0 && !['NONE', 'CMD', 'CMD-SHELL'].includes(list[0]!)) throw new Error('healthcheck.test must start either by "CMD", "CMD-SHELL" or "NONE"');
    return list;
  }
  throw new Error('healthcheck.test must be a string or a list');
}
