// Pass 9 — normalization (compose-go `loader/normalize.go`): the implicit `default` network, and the
// implicit dependencies Compose derives from `links`, `network_mode|ipc|pid: service:x` and `volumes_from`.
// Resource names (`<project>_<key>`) are set when binding (project.ts).

import type { Network, Service } from './model.js';

/** Services with no network and no network_mode join `default`; returns whether any did. */
export function addDefaultNetwork(services: Service[]): boolean {
  let used = false;
  for (const service of services) {
    if (service.networkMode === undefined && Object.keys(service.networks).length === 0 && service.otherKeys.provider === undefined) {
      service.networks = { default: null };
    }
    if ('default' in service.networks) used = true;
  }
  return used;
}

export function defaultNetwork(project: string): Network {
  return { key: 'default', name: `${project}_default`, external: false, internal: false, driverOpts: {}, labels: {}, extensions: {} };
}

/** Adds the dependencies Compose infers (never overriding an explicit depends_on entry). */
export function addImplicitDependencies(service: Service): void {
  const add = (name: string, restart: boolean): void => {
    if (name && !(name in service.dependsOn)) service.dependsOn[name] = { condition: 'service_started', required: true, restart };
  };
  for (const link of service.links) add(link.split(':')[0]!, true);
  for (const mode of [service.networkMode, service.ipc, service.pid, service.otherKeys.uts, service.otherKeys.cgroup]) {
    if (typeof mode === 'string' && mode.startsWith('service:')) add(mode.slice('service:'.length), true);
  }
  const volumesFrom = service.otherKeys.volumes_from;
  if (Array.isArray(volumesFrom)) {
    for (const entry of volumesFrom) {
      const text = String(entry);
      if (!text.startsWith('container:')) add(text.split(':')[0]!, false);
    }
  }
}
