// Relative paths → absolute (compose-go `paths/`), on raw trees so it can run on an extended or included
// file against *its* directory before it joins the project, and on the merged model against the project
// directory. Remote build contexts (URLs, git) and non-path values are left alone.

import path from 'node:path';
import { isMapping } from './diagnostics.js';
import type { Mapping } from './diagnostics.js';
import { isHostPath, parseVolumeSpec } from './canonical.js';

const isRemote = (value: string): boolean => /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(value) || value.startsWith('git@') || value.startsWith('github.com/');

/** `~` → home, relative → joined to `base`; absolute (POSIX or Windows) untouched. */
export function absolutePath(value: string, base: string, home?: string): string {
  if (value === '~' || value.startsWith('~/')) return home ? path.join(home, value.slice(1)) : value;
  if (path.isAbsolute(value) || /^[a-zA-Z]:[\\/]/.test(value) || value.startsWith('\\\\')) return value;
  return path.resolve(base, value);
}

function resolveBuildContext(value: string, base: string): string {
  if (isRemote(value) || /^[a-z-]+:/.test(value) && !/^[a-zA-Z]:[\\/]/.test(value)) return value; // docker-image://, service:, oci://…
  return absolutePath(value, base);
}

/** Rewrites every relative path of a raw model (services and top-level resources) against `base`. */
export function resolveRelativePaths(model: Mapping, base: string, home?: string): void {
  const services = model.services;
  if (isMapping(services)) for (const service of Object.values(services)) if (isMapping(service)) resolveServicePaths(service, base, home);
  for (const section of ['secrets', 'configs']) {
    const resources = model[section];
    if (!isMapping(resources)) continue;
    for (const resource of Object.values(resources)) {
      if (isMapping(resource) && typeof resource.file === 'string') resource.file = absolutePath(resource.file, base, home);
    }
  }
  const volumes = model.volumes;
  if (isMapping(volumes)) {
    for (const volume of Object.values(volumes)) {
      if (!isMapping(volume) || (volume.driver !== undefined && volume.driver !== null && volume.driver !== 'local')) continue;
      const options = volume.driver_opts;
      if (isMapping(options) && typeof options.device === 'string' && typeof options.o === 'string' && options.o.split(',').includes('bind')) {
        options.device = absolutePath(options.device, base, home);
      }
    }
  }
}

export function resolveServicePaths(service: Mapping, base: string, home?: string): void {
  if (typeof service.build === 'string') service.build = resolveBuildContext(service.build, base);
  else if (isMapping(service.build)) {
    const build = service.build;
    if (typeof build.context === 'string') build.context = resolveBuildContext(build.context, base);
    else if (build.context === undefined || build.context === null) build.context = base;
    if (isMapping(build.additional_contexts)) {
      for (const [k, v] of Object.entries(build.additional_contexts)) if (typeof v === 'string') build.additional_contexts[k] = resolveBuildContext(v, base);
    }
  }
  if (typeof service.env_file === 'string') service.env_file = absolutePath(service.env_file, base, home);
  else if (Array.isArray(service.env_file)) {
    service.env_file = service.env_file.map((entry) => {
      if (typeof entry === 'string') return absolutePath(entry, base, home);
      if (isMapping(entry) && typeof entry.path === 'string') return { ...entry, path: absolutePath(entry.path, base, home) };
      return entry;
    });
  }
  if (typeof service.label_file === 'string') service.label_file = absolutePath(service.label_file, base, home);
  else if (Array.isArray(service.label_file)) service.label_file = service.label_file.map((f) => (typeof f === 'string' ? absolutePath(f, base, home) : f));
  if (Array.isArray(service.volumes)) {
    service.volumes = service.volumes.map((entry) => {
      if (typeof entry === 'string') {
        let parsed;
        try {
          parsed = parseVolumeSpec(entry);
        } catch {
          return entry; // reported by the canonical pass, with its position
        }
        if (parsed.type !== 'bind' || parsed.source === undefined) return entry;
        // Rewritten in long form: re-joining a short spec would mis-split Windows paths.
        return { ...parsed, source: absolutePath(parsed.source, base, home) };
      }
      if (isMapping(entry) && entry.type === 'bind' && typeof entry.source === 'string' && entry.source !== '') {
        return { ...entry, source: absolutePath(entry.source, base, home) };
      }
      return entry;
    });
  }
  const develop = service.develop;
  if (isMapping(develop) && Array.isArray(develop.watch)) {
    for (const watch of develop.watch) if (isMapping(watch) && typeof watch.path === 'string') watch.path = absolutePath(watch.path, base, home);
  }
}

export { isHostPath };
