// Pass 11 — consistency checks on the bound project (compose-go `loader/validate.go`, `graph/`): every
// reference resolves, no dependency cycle, no host port published twice, mutually exclusive settings.

import type { DiagnosticBag } from './diagnostics.js';
import type { Project, Service } from './model.js';

export function checkConsistency(project: Project, bag: DiagnosticBag, warn: (message: string, key: string) => void): void {
  const services = project.services;
  for (const service of Object.values(services)) {
    const at = (suffix: string): string => `services.${service.name}.${suffix}`;
    if (service.image === undefined && service.build === undefined && service.otherKeys.provider === undefined) {
      bag.add(`service "${service.name}" has neither an image nor a build context specified`, `services.${service.name}`);
    }
    if (service.networkMode !== undefined && Object.keys(service.networks).length > 0) {
      bag.add(`service ${service.name} declares mutually exclusive \`network_mode\` and \`networks\``, at('network_mode'));
    }
    if (service.networkMode?.startsWith('service:')) {
      const target = service.networkMode.slice('service:'.length);
      if (!(target in services)) bag.add(`service "${target}" not found for network_mode 'service:${target}'`, at('network_mode'));
    }
    for (const network of Object.keys(service.networks)) {
      if (!(network in project.networks)) bag.add(`service "${service.name}" refers to undefined network ${network}: invalid compose project`, at(`networks.${network}`));
    }
    service.volumes.forEach((volume, index) => {
      if (volume.type === 'volume' && volume.source !== undefined && !(volume.source in project.volumes)) {
        bag.add(`service "${service.name}" refers to undefined volume ${volume.source}: invalid compose project`, at(`volumes[${index}]`));
      }
    });
    service.secrets.forEach((secret, index) => {
      if (!(secret.source in project.secrets)) bag.add(`service "${service.name}" refers to undefined secret ${secret.source}: invalid compose project`, at(`secrets[${index}]`));
    });
    service.configs.forEach((config, index) => {
      if (!(config.source in project.configs)) bag.add(`service "${service.name}" refers to undefined config ${config.source}: invalid compose project`, at(`configs[${index}]`));
    });
    for (const [dependency, spec] of Object.entries(service.dependsOn)) {
      if (dependency in services) continue;
      if (spec.required) {
        const why = dependency in project.disabledServices ? ` (it is disabled by its profiles: enable one of ${JSON.stringify(project.disabledServices[dependency]!.profiles)})` : '';
        bag.add(`service "${service.name}" depends on undefined service "${dependency}"${why}`, at(`depends_on.${dependency}`));
      } else {
        warn(`service "${service.name}" depends on "${dependency}", which is not enabled; the optional dependency is ignored`, at(`depends_on.${dependency}`));
        delete service.dependsOn[dependency];
      }
    }
    const limits = service.deploy?.resources.limits;
    if (service.cpus !== undefined && limits?.cpus !== undefined && service.cpus !== limits.cpus) bag.add(`can't set distinct values on 'cpus' and 'deploy.resources.limits.cpus'`, at('cpus'));
    if (service.memLimit !== undefined && limits?.memory !== undefined && service.memLimit !== limits.memory) bag.add(`can't set distinct values on 'mem_limit' and 'deploy.resources.limits.memory'`, at('mem_limit'));
    const reservations = service.deploy?.resources.reservations;
    if (service.memReservation !== undefined && reservations?.memory !== undefined && service.memReservation !== reservations.memory) {
      bag.add(`can't set distinct values on 'mem_reservation' and 'deploy.resources.reservations.memory'`, at('mem_reservation'));
    }
    const replicas = service.deploy?.replicas;
    if (replicas !== undefined && replicas < 0) bag.add(`services.${service.name}.deploy.replicas must be >= 0`, at('deploy.replicas'));
    if (service.containerName !== undefined && replicas !== undefined && replicas > 1) {
      bag.add(`services.${service.name}: can't set container_name and ${service.name} as container name must be unique`, at('container_name'));
    }
    const tmpfsTargets = new Set(service.tmpfs.map((t) => t.split(':')[0]));
    for (const volume of service.volumes) if (tmpfsTargets.has(volume.target)) bag.add(`target ${volume.target} already mounted as tmpfs`, at('volumes'));
  }
  checkCycles(services, bag);
  checkPublishedPorts(services, bag);
}

/** compose-go's message: `dependency cycle detected: a -> b -> a` (a self-dependency too). */
function checkCycles(services: Record<string, Service>, bag: DiagnosticBag): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  const visit = (name: string, trail: string[]): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(name)), name];
      const signature = [...cycle.slice(0, -1)].sort().join(',');
      if (!reported.has(signature)) {
        reported.add(signature);
        bag.add(`dependency cycle detected: ${cycle.join(' -> ')}`, `services.${trail[trail.length - 1]}.depends_on`);
      }
      return;
    }
    state.set(name, 'visiting');
    for (const dependency of Object.keys(services[name]?.dependsOn ?? {})) if (dependency in services) visit(dependency, [...trail, name]);
    state.set(name, 'done');
  };
  for (const name of Object.keys(services)) visit(name, []);
}

function expandPublished(published: string): number[] {
  const m = /^(\d+)(?:-(\d+))?$/.exec(published);
  if (!m) return [];
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  const out: number[] = [];
  for (let p = start; p <= end && out.length < 65536; p++) out.push(p);
  return out;
}

/** The same host port (per host IP and protocol) published twice cannot work. A published range is a pool, not a claim. */
function checkPublishedPorts(services: Record<string, Service>, bag: DiagnosticBag): void {
  const owners = new Map<string, string>();
  for (const service of Object.values(services)) {
    service.ports.forEach((port, index) => {
      if (port.published === undefined || port.published.includes('-')) return;
      for (const published of expandPublished(port.published)) {
        const key = `${port.hostIp ?? '0.0.0.0'}:${published}/${port.protocol}`;
        const owner = owners.get(key);
        if (owner !== undefined) {
          bag.add(
            owner === service.name
              ? `port ${published}/${port.protocol} is published twice by service "${service.name}"`
              : `port ${published}/${port.protocol} is published by both services "${owner}" and "${service.name}"`,
            `services.${service.name}.ports[${index}]`,
          );
        } else owners.set(key, service.name);
      }
    });
  }
}
