// `docker compose config`-style printing of a loaded Project: Compose key names (snake_case), long syntax,
// x-* inline, durations as Go duration strings, keys sorted so the output is deterministic.
// File-based secrets print their path only: the loader never reads their content.

import { stringify } from 'yaml';
import type { Deploy, Extensions, Healthcheck, Project, ResourceSpec, Service, UpdateConfig } from './model.js';
import { formatDuration } from './units.js';

type Tree = Record<string, unknown>;

/**
 * Drops undefined, sorts keys (recursively), and escapes `$` as `$$` in string values, as `docker compose config`
 * does, so the printed model read back as a Compose file yields the same values instead of interpolating again.
 */
function tidy(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\$/g, '$$$$');
  if (Array.isArray(value)) return value.map(tidy);
  if (value !== null && typeof value === 'object') {
    const out: Tree = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Tree)[key];
      if (v === undefined) continue;
      out[key] = tidy(v);
    }
    return out;
  }
  return value;
}

const nonEmpty = <T extends object>(value: T | undefined): T | undefined => (value && Object.keys(value).length > 0 ? value : undefined);
const list = <T>(value: T[] | undefined): T[] | undefined => (value && value.length > 0 ? value : undefined);
const duration = (seconds: number | undefined): string | undefined => (seconds === undefined ? undefined : formatDuration(seconds));
const withExtensions = (tree: Tree, extensions: Extensions | undefined): Tree => ({ ...tree, ...(extensions ?? {}) });

function renderHealthcheck(h: Healthcheck): Tree {
  return {
    test: h.test,
    interval: duration(h.interval),
    timeout: duration(h.timeout),
    start_period: duration(h.startPeriod),
    start_interval: duration(h.startInterval),
    retries: h.retries,
    disable: h.disable,
  };
}

function renderUpdateConfig(u: UpdateConfig | undefined): Tree | undefined {
  if (!u) return undefined;
  return withExtensions(
    { parallelism: u.parallelism, delay: duration(u.delay), failure_action: u.failureAction, monitor: duration(u.monitor), max_failure_ratio: u.maxFailureRatio, order: u.order },
    u.extensions,
  );
}

function renderResources(r: ResourceSpec | undefined): Tree | undefined {
  if (!r) return undefined;
  return {
    cpus: r.cpus,
    memory: r.memory,
    pids: r.pids,
    devices: list(
      r.devices.map((d) => ({ capabilities: d.capabilities, driver: d.driver, count: d.count === -1 ? 'all' : d.count, device_ids: list(d.deviceIds), options: nonEmpty(d.options) })),
    ),
    generic_resources: list(r.genericResources.map((g) => ({ discrete_resource_spec: { kind: g.kind, value: g.value } }))),
  };
}

function renderDeploy(d: Deploy): Tree {
  return withExtensions(
    {
      mode: d.mode,
      replicas: d.replicas,
      labels: nonEmpty(d.labels),
      update_config: renderUpdateConfig(d.updateConfig),
      rollback_config: renderUpdateConfig(d.rollbackConfig),
      restart_policy: d.restartPolicy && {
        condition: d.restartPolicy.condition,
        delay: duration(d.restartPolicy.delay),
        max_attempts: d.restartPolicy.maxAttempts,
        window: duration(d.restartPolicy.window),
      },
      resources: nonEmpty({ limits: renderResources(d.resources.limits), reservations: renderResources(d.resources.reservations) }) && {
        limits: renderResources(d.resources.limits),
        reservations: renderResources(d.resources.reservations),
      },
      placement: d.placement && { constraints: list(d.placement.constraints), preferences: list(d.placement.preferences), max_replicas_per_node: d.placement.maxReplicasPerNode },
      endpoint_mode: d.endpointMode,
    },
    d.extensions,
  );
}

function renderService(s: Service): Tree {
  const tree: Tree = {
    ...s.otherKeys,
    image: s.image,
    build: s.build,
    command: s.command,
    entrypoint: s.entrypoint,
    environment: nonEmpty(s.environment),
    env_file: list(s.envFiles.map((e) => ({ path: e.path, required: e.required, format: e.format }))),
    labels: nonEmpty(s.labels),
    user: s.user,
    working_dir: s.workingDir,
    init: s.init,
    cap_add: list(s.capAdd),
    cap_drop: list(s.capDrop),
    ulimits: nonEmpty(s.ulimits),
    healthcheck: s.healthcheck && renderHealthcheck(s.healthcheck),
    depends_on: nonEmpty(s.dependsOn),
    ports: list(
      s.ports.map((p) => withExtensions({ mode: p.mode, host_ip: p.hostIp, target: p.target, published: p.published, protocol: p.protocol, app_protocol: p.appProtocol, name: p.name }, p.extensions)),
    ),
    expose: list(s.expose),
    volumes: list(
      s.volumes.map((v) =>
        withExtensions(
          {
            type: v.type,
            source: v.source,
            target: v.target,
            read_only: v.readOnly || undefined,
            bind: v.bind && { propagation: v.bind.propagation, create_host_path: v.bind.createHostPath, selinux: v.bind.selinux },
            volume: v.volume && { nocopy: v.volume.nocopy, subpath: v.volume.subpath },
            tmpfs: v.tmpfs && { size: v.tmpfs.size, mode: v.tmpfs.mode },
          },
          v.extensions,
        ),
      ),
    ),
    tmpfs: list(s.tmpfs),
    secrets: list(s.secrets.map((r) => withExtensions({ source: r.source, target: r.target, uid: r.uid, gid: r.gid, mode: r.mode }, r.extensions))),
    configs: list(s.configs.map((r) => withExtensions({ source: r.source, target: r.target, uid: r.uid, gid: r.gid, mode: r.mode }, r.extensions))),
    networks: nonEmpty(
      Object.fromEntries(
        Object.entries(s.networks).map(([k, n]) => [k, n === null ? null : withExtensions({ aliases: list(n.aliases), ipv4_address: n.ipv4Address, ipv6_address: n.ipv6Address }, n.extensions)]),
      ),
    ),
    network_mode: s.networkMode,
    logging: s.logging && { driver: s.logging.driver, options: nonEmpty(s.logging.options) },
    deploy: s.deploy && renderDeploy(s.deploy),
    profiles: list(s.profiles),
    read_only: s.readOnly,
    privileged: s.privileged,
    tty: s.tty,
    stdin_open: s.stdinOpen,
    hostname: s.hostname,
    domainname: s.domainname,
    dns: list(s.dns),
    dns_search: list(s.dnsSearch),
    extra_hosts: list(s.extraHosts),
    sysctls: nonEmpty(s.sysctls),
    security_opt: list(s.securityOpt),
    stop_grace_period: duration(s.stopGracePeriod),
    stop_signal: s.stopSignal,
    shm_size: s.shmSize,
    mem_limit: s.memLimit,
    mem_reservation: s.memReservation,
    cpus: s.cpus,
    pid: s.pid,
    ipc: s.ipc,
    platform: s.platform,
    pull_policy: s.pullPolicy,
    restart: s.restart,
    container_name: s.containerName,
    devices: list(s.devices),
    links: list(s.links),
  };
  return withExtensions(tree, s.extensions);
}

/** The project as `docker compose config` would print it (yaml or json). */
export function renderConfig(project: Project, format: 'yaml' | 'json'): string {
  const resources = <T extends { extensions: Extensions }>(items: Record<string, T>, render: (item: T) => Tree): Tree | undefined =>
    nonEmpty(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, withExtensions(render(v), v.extensions)])));
  const tree = tidy({
    ...project.extensions,
    name: project.name,
    services: Object.fromEntries(Object.entries(project.services).map(([k, s]) => [k, renderService(s)])),
    networks: resources(project.networks, (n) => ({ name: n.name, external: n.external || undefined, internal: n.internal || undefined, driver: n.driver, driver_opts: nonEmpty(n.driverOpts), labels: nonEmpty(n.labels) })),
    volumes: resources(project.volumes, (v) => ({ name: v.name, external: v.external || undefined, driver: v.driver, driver_opts: nonEmpty(v.driverOpts), labels: nonEmpty(v.labels) })),
    secrets: resources(project.secrets, (s) => ({ name: s.name, external: s.external || undefined, file: s.file, environment: s.environment, labels: nonEmpty(s.labels) })),
    configs: resources(project.configs, (c) => ({ name: c.name, external: c.external || undefined, file: c.file, environment: c.environment, content: c.content })),
  });
  if (format === 'json') return `${JSON.stringify(tree, null, 2)}\n`;
  return stringify(tree, { lineWidth: 0, aliasDuplicateObjects: false });
}
