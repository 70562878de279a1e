// Pass 8 — binding: the merged raw tree (interpolated, validated, paths absolute) → the typed model of
// model.ts, every short syntax turned long on the way (canonical.ts) and typed values parsed (units.ts).
// Problems are collected with their key path so one run reports them all.

import { isMapping } from './diagnostics.js';
import type { DiagnosticBag, Mapping } from './diagnostics.js';
import {
  canonicalPorts,
  cleanPath,
  dependsOnMap,
  envFileList,
  extraHostsList,
  fileReference,
  healthcheckTest,
  keyValueMap,
  parseVolumeSpec,
  portKey,
  serviceNetworksMap,
  stringList,
} from './canonical.js';
import type {
  Config,
  DependsOn,
  Deploy,
  DeviceRequest,
  Extensions,
  Healthcheck,
  Network,
  Port,
  ResourceSpec,
  Secret,
  Service,
  ServiceFileReference,
  ServiceNetwork,
  ServiceVolume,
  SourcePosition,
  UpdateConfig,
  Volume,
} from './model.js';
import { parseBytes, parseDuration, parseFileMode, splitShellWords } from './units.js';

/** Service keys the typed model carries; the rest lands in `otherKeys`. */
const TYPED_SERVICE_KEYS = new Set([
  'image', 'build', 'command', 'entrypoint', 'environment', 'env_file', 'labels', 'label_file', 'user', 'working_dir', 'init',
  'cap_add', 'cap_drop', 'ulimits', 'healthcheck', 'depends_on', 'ports', 'expose', 'volumes', 'tmpfs', 'secrets', 'configs',
  'networks', 'network_mode', 'logging', 'deploy', 'profiles', 'read_only', 'privileged', 'tty', 'stdin_open', 'hostname',
  'domainname', 'dns', 'dns_search', 'extra_hosts', 'sysctls', 'security_opt', 'stop_grace_period', 'stop_signal', 'shm_size',
  'mem_limit', 'mem_reservation', 'cpus', 'pid', 'ipc', 'platform', 'pull_policy', 'restart', 'container_name', 'devices', 'links',
  'scale',
]);

export function extensionsOf(value: unknown): Extensions {
  const out: Extensions = {};
  if (isMapping(value)) for (const [k, v] of Object.entries(value)) if (k.startsWith('x-')) out[k] = v;
  return out;
}

/** Runs `parse` and records its error at `key` instead of throwing; returns undefined on error. */
function attempt<T>(bag: DiagnosticBag, key: string, parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    bag.add((error as Error).message, key);
    return undefined;
  }
}

const duration = (bag: DiagnosticBag, key: string, value: unknown): number | undefined =>
  value === undefined || value === null ? undefined : attempt(bag, key, () => (typeof value === 'number' ? parseDuration(`${value}s`) : parseDuration(String(value))));
const bytes = (bag: DiagnosticBag, key: string, value: unknown): number | undefined =>
  value === undefined || value === null ? undefined : attempt(bag, key, () => parseBytes(value));
const bool = (value: unknown): boolean | undefined => (value === undefined || value === null ? undefined : value === true || value === 'true');
const str = (value: unknown): string | undefined => (value === undefined || value === null ? undefined : String(value));
const num = (bag: DiagnosticBag, key: string, value: unknown): number | undefined => {
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (String(value).trim() === '' || Number.isNaN(n)) {
    bag.add(`${JSON.stringify(value)} is not a number`, key);
    return undefined;
  }
  return n;
};
const stringMap = (value: unknown): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(keyValueMap(value, 'value', false))) out[k] = v ?? '';
  return out;
};

function commandLine(bag: DiagnosticBag, key: string, value: unknown): string[] | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (Array.isArray(value)) return value.map((v) => String(v));
  return attempt(bag, key, () => splitShellWords(String(value)));
}

export function bindService(name: string, raw: Mapping, bag: DiagnosticBag, source: SourcePosition | undefined): Service {
  const at = (suffix: string): string => `services.${name}.${suffix}`;
  const service: Service = {
    name,
    environment: {},
    envFiles: [],
    labels: {},
    capAdd: stringList(raw.cap_add),
    capDrop: stringList(raw.cap_drop),
    ulimits: {},
    dependsOn: {},
    ports: [],
    expose: stringList(raw.expose),
    volumes: [],
    tmpfs: stringList(raw.tmpfs),
    secrets: [],
    configs: [],
    networks: {},
    profiles: stringList(raw.profiles),
    dns: stringList(raw.dns),
    dnsSearch: stringList(raw.dns_search),
    extraHosts: extraHostsList(raw.extra_hosts),
    sysctls: {},
    securityOpt: stringList(raw.security_opt),
    devices: Array.isArray(raw.devices) ? raw.devices : [],
    links: stringList(raw.links),
    otherKeys: {},
    extensions: extensionsOf(raw),
  };
  if (source) service.source = source;
  const set = <K extends keyof Service>(key: K, value: Service[K] | undefined): void => {
    if (value !== undefined) service[key] = value;
  };

  set('image', str(raw.image));
  if (raw.build !== undefined && raw.build !== null) {
    const build: Mapping = typeof raw.build === 'string' ? { context: raw.build } : { ...(raw.build as Mapping) };
    if (build.context === undefined || build.context === null) build.context = '.';
    if (build.dockerfile === undefined && build.dockerfile_inline === undefined) build.dockerfile = 'Dockerfile';
    if (build.dockerfile !== undefined && build.dockerfile_inline !== undefined) bag.add('dockerfile and dockerfile_inline are mutually exclusive', at('build'));
    service.build = build as Service['build'];
  }
  set('command', commandLine(bag, at('command'), raw.command));
  set('entrypoint', commandLine(bag, at('entrypoint'), raw.entrypoint));
  set('envFiles', attempt(bag, at('env_file'), () => envFileList(raw.env_file)));
  set('labels', attempt(bag, at('labels'), () => stringMap(raw.labels)));
  set('sysctls', attempt(bag, at('sysctls'), () => stringMap(raw.sysctls)));
  set('user', str(raw.user));
  set('workingDir', str(raw.working_dir));
  set('init', bool(raw.init));
  set('hostname', str(raw.hostname));
  set('domainname', str(raw.domainname));
  set('readOnly', bool(raw.read_only));
  set('privileged', bool(raw.privileged));
  set('tty', bool(raw.tty));
  set('stdinOpen', bool(raw.stdin_open));
  set('stopSignal', str(raw.stop_signal));
  set('stopGracePeriod', duration(bag, at('stop_grace_period'), raw.stop_grace_period));
  set('shmSize', bytes(bag, at('shm_size'), raw.shm_size));
  set('memLimit', bytes(bag, at('mem_limit'), raw.mem_limit));
  set('memReservation', bytes(bag, at('mem_reservation'), raw.mem_reservation));
  set('cpus', num(bag, at('cpus'), raw.cpus));
  set('pid', str(raw.pid));
  set('ipc', str(raw.ipc));
  set('platform', str(raw.platform));
  set('pullPolicy', raw.pull_policy === 'if_not_present' ? 'missing' : str(raw.pull_policy));
  set('restart', str(raw.restart));
  set('containerName', str(raw.container_name));
  set('networkMode', str(raw.network_mode));

  if (raw.environment !== undefined && raw.environment !== null) {
    // Resolved against env files and the project env later (environment.ts); here only the syntax.
    set('environment', attempt(bag, at('environment'), () => keyValueMap(raw.environment, 'environment')));
  }

  if (isMapping(raw.ulimits)) {
    for (const [limit, value] of Object.entries(raw.ulimits)) {
      if (typeof value === 'number') service.ulimits[limit] = { soft: value, hard: value };
      else if (isMapping(value)) {
        const soft = num(bag, at(`ulimits.${limit}.soft`), value.soft);
        const hard = num(bag, at(`ulimits.${limit}.hard`), value.hard);
        if (soft !== undefined && hard !== undefined) service.ulimits[limit] = { soft, hard };
      }
    }
  }

  if (raw.healthcheck !== undefined && raw.healthcheck !== null) service.healthcheck = bindHealthcheck(raw.healthcheck as Mapping, bag, at('healthcheck'));

  const dependsOn = dependsOnMap(raw.depends_on);
  for (const [dependency, spec] of Object.entries(dependsOn)) {
    const entry: DependsOn = { condition: spec.condition as DependsOn['condition'], required: spec.required !== false };
    if (spec.restart !== undefined && spec.restart !== null) entry.restart = spec.restart === true;
    service.dependsOn[dependency] = entry;
  }

  if (Array.isArray(raw.ports)) {
    const seen = new Map<string, number>();
    raw.ports.forEach((entry, index) => {
      const longPorts = attempt(bag, `${at('ports')}[${index}]`, () => canonicalPorts(entry));
      for (const long of longPorts ?? []) {
        const port: Port = { target: long.target, protocol: long.protocol, mode: long.mode, extensions: extensionsOf(long) };
        if (long.published !== undefined) port.published = long.published;
        if (long.host_ip !== undefined) port.hostIp = long.host_ip;
        if (long.app_protocol !== undefined) port.appProtocol = String(long.app_protocol);
        if (long.name !== undefined) port.name = String(long.name);
        // Unicity again on the canonical form: `8080:80` and its long form are one port.
        const key = portKey(long);
        const previous = seen.get(key);
        if (previous === undefined) {
          seen.set(key, service.ports.length);
          service.ports.push(port);
        } else service.ports[previous] = port;
      }
    });
  }

  if (Array.isArray(raw.volumes)) {
    const seen = new Map<string, number>();
    raw.volumes.forEach((entry, index) => {
      const volume = attempt(bag, `${at('volumes')}[${index}]`, () => bindServiceVolume(entry, bag, `${at('volumes')}[${index}]`));
      if (!volume) return;
      const previous = seen.get(volume.target);
      if (previous === undefined) {
        seen.set(volume.target, service.volumes.length);
        service.volumes.push(volume);
      } else service.volumes[previous] = volume;
    });
  }

  service.secrets = fileReferences(raw.secrets, bag, at('secrets'), (source) => `/run/secrets/${source}`);
  service.configs = fileReferences(raw.configs, bag, at('configs'), undefined);

  for (const [network, spec] of Object.entries(serviceNetworksMap(raw.networks))) {
    if (spec === null) {
      service.networks[network] = null;
      continue;
    }
    const bound: ServiceNetwork = { aliases: stringList(spec.aliases), extensions: extensionsOf(spec) };
    if (spec.ipv4_address) bound.ipv4Address = String(spec.ipv4_address);
    if (spec.ipv6_address) bound.ipv6Address = String(spec.ipv6_address);
    service.networks[network] = bound;
  }

  if (isMapping(raw.logging)) {
    service.logging = { options: attempt(bag, at('logging.options'), () => stringMap(raw.logging && (raw.logging as Mapping).options)) ?? {} };
    if (raw.logging.driver !== undefined && raw.logging.driver !== null) service.logging.driver = String(raw.logging.driver);
  }

  if (raw.deploy !== undefined && raw.deploy !== null) service.deploy = bindDeploy(raw.deploy as Mapping, bag, at('deploy'));
  if (raw.scale !== undefined && raw.scale !== null) {
    const scale = Number(raw.scale);
    service.deploy ??= { labels: {}, resources: {}, extensions: {} };
    if (service.deploy.replicas !== undefined && service.deploy.replicas !== scale) bag.add(`can't set distinct values on 'scale' and 'deploy.replicas'`, at('scale'));
    service.deploy.replicas = scale;
  }

  for (const [key, value] of Object.entries(raw)) {
    if (!TYPED_SERVICE_KEYS.has(key) && !key.startsWith('x-')) service.otherKeys[key] = value;
  }
  return service;
}

function bindHealthcheck(raw: Mapping, bag: DiagnosticBag, key: string): Healthcheck {
  const healthcheck: Healthcheck = {};
  const test = attempt(bag, `${key}.test`, () => healthcheckTest(raw.test));
  if (test) healthcheck.test = test;
  if (raw.disable === true || raw.disable === 'true') {
    healthcheck.disable = true;
    healthcheck.test = ['NONE'];
  }
  const durations: Array<[keyof Healthcheck, string]> = [['interval', 'interval'], ['timeout', 'timeout'], ['startPeriod', 'start_period'], ['startInterval', 'start_interval']];
  for (const [field, name] of durations) {
    const value = duration(bag, `${key}.${name}`, raw[name]);
    if (value !== undefined) (healthcheck as Record<string, unknown>)[field] = value;
  }
  const retries = num(bag, `${key}.retries`, raw.retries);
  if (retries !== undefined) healthcheck.retries = retries;
  return healthcheck;
}

function bindServiceVolume(entry: unknown, bag: DiagnosticBag, key: string): ServiceVolume {
  const long = typeof entry === 'string' ? parseVolumeSpec(entry) : isMapping(entry) ? entry : undefined;
  if (!long) throw new Error('a volume must be a string or a mapping');
  if (typeof long.target !== 'string' || long.target === '') throw new Error(`service volume ${JSON.stringify(long.source ?? '')} is missing a mount target`);
  const type = String(long.type ?? 'volume') as ServiceVolume['type'];
  const volume: ServiceVolume = { type, target: cleanPath(long.target), readOnly: long.read_only === true || long.read_only === 'true', extensions: extensionsOf(long) };
  if (typeof long.source === 'string' && long.source !== '') volume.source = long.source;
  if (type === 'bind') {
    const bind = isMapping(long.bind) ? long.bind : {};
    volume.bind = { createHostPath: bind.create_host_path === undefined || bind.create_host_path === null ? true : bind.create_host_path === true };
    if (bind.propagation !== undefined) volume.bind.propagation = String(bind.propagation);
    if (bind.selinux !== undefined) volume.bind.selinux = String(bind.selinux);
  }
  if (isMapping(long.volume)) {
    volume.volume = {};
    if (long.volume.nocopy !== undefined) volume.volume.nocopy = long.volume.nocopy === true;
    if (long.volume.subpath !== undefined) volume.volume.subpath = String(long.volume.subpath);
  }
  if (isMapping(long.tmpfs)) {
    volume.tmpfs = {};
    const size = bytes(bag, `${key}.tmpfs.size`, long.tmpfs.size);
    if (size !== undefined) volume.tmpfs.size = size;
    if (long.tmpfs.mode !== undefined) {
      const mode = attempt(bag, `${key}.tmpfs.mode`, () => parseFileMode(long.tmpfs && (long.tmpfs as Mapping).mode));
      if (mode !== undefined) volume.tmpfs.mode = mode;
    }
  }
  return volume;
}

function fileReferences(value: unknown, bag: DiagnosticBag, key: string, defaultTarget: ((source: string) => string) | undefined): ServiceFileReference[] {
  if (!Array.isArray(value)) return [];
  const out: ServiceFileReference[] = [];
  const seen = new Map<string, number>();
  value.forEach((entry, index) => {
    const long = attempt(bag, `${key}[${index}]`, () => fileReference(entry));
    if (!long) return;
    const reference: ServiceFileReference = { source: String(long.source), extensions: extensionsOf(long) };
    if (long.target !== undefined && long.target !== null && long.target !== '') {
      const target = String(long.target);
      // A relative secret target lands under /run/secrets (compose-go).
      reference.target = defaultTarget && !target.startsWith('/') && !/^[a-zA-Z]:[\\/]/.test(target) ? defaultTarget(target) : target;
    } else if (defaultTarget) reference.target = defaultTarget(reference.source);
    if (long.uid !== undefined && long.uid !== null) reference.uid = String(long.uid);
    if (long.gid !== undefined && long.gid !== null) reference.gid = String(long.gid);
    if (long.mode !== undefined && long.mode !== null) {
      const mode = attempt(bag, `${key}[${index}].mode`, () => parseFileMode(long.mode));
      if (mode !== undefined) reference.mode = mode;
    }
    const unique = reference.target ?? `/${reference.source}`;
    const previous = seen.get(unique);
    if (previous === undefined) {
      seen.set(unique, out.length);
      out.push(reference);
    } else out[previous] = reference;
  });
  return out;
}

function bindUpdateConfig(raw: unknown, bag: DiagnosticBag, key: string): UpdateConfig | undefined {
  if (!isMapping(raw)) return undefined;
  const config: UpdateConfig = { extensions: extensionsOf(raw) };
  const parallelism = num(bag, `${key}.parallelism`, raw.parallelism);
  if (parallelism !== undefined) config.parallelism = parallelism;
  const delay = duration(bag, `${key}.delay`, raw.delay);
  if (delay !== undefined) config.delay = delay;
  const monitor = duration(bag, `${key}.monitor`, raw.monitor);
  if (monitor !== undefined) config.monitor = monitor;
  if (raw.failure_action !== undefined && raw.failure_action !== null) config.failureAction = String(raw.failure_action);
  const ratio = num(bag, `${key}.max_failure_ratio`, raw.max_failure_ratio);
  if (ratio !== undefined) config.maxFailureRatio = ratio;
  if (raw.order !== undefined && raw.order !== null) config.order = String(raw.order);
  return config;
}

function bindResources(raw: unknown, bag: DiagnosticBag, key: string): ResourceSpec | undefined {
  if (!isMapping(raw)) return undefined;
  const spec: ResourceSpec = { devices: [], genericResources: [] };
  const cpus = num(bag, `${key}.cpus`, raw.cpus);
  if (cpus !== undefined) spec.cpus = cpus;
  const memory = bytes(bag, `${key}.memory`, raw.memory);
  if (memory !== undefined) spec.memory = memory;
  const pids = num(bag, `${key}.pids`, raw.pids);
  if (pids !== undefined) spec.pids = pids;
  if (Array.isArray(raw.devices)) {
    raw.devices.forEach((device, index) => {
      if (!isMapping(device)) return;
      const request: DeviceRequest = { capabilities: stringList(device.capabilities), deviceIds: stringList(device.device_ids), options: stringMap(device.options) };
      if (device.driver !== undefined && device.driver !== null) request.driver = String(device.driver);
      if (device.count !== undefined && device.count !== null) {
        if (device.count === 'all' || device.count === -1) request.count = -1;
        else {
          const count = num(bag, `${key}.devices[${index}].count`, device.count);
          if (count !== undefined) request.count = count;
        }
      }
      if (request.count !== undefined && request.deviceIds.length > 0) bag.add('count and device_ids are mutually exclusive', `${key}.devices[${index}]`);
      spec.devices.push(request);
    });
  }
  if (Array.isArray(raw.generic_resources)) {
    raw.generic_resources.forEach((resource, index) => {
      const discrete = isMapping(resource) && isMapping(resource.discrete_resource_spec) ? resource.discrete_resource_spec : undefined;
      if (!discrete) return;
      const value = num(bag, `${key}.generic_resources[${index}].discrete_resource_spec.value`, discrete.value);
      spec.genericResources.push({ kind: String(discrete.kind), value: value ?? 0 });
    });
  }
  return spec;
}

function bindDeploy(raw: Mapping, bag: DiagnosticBag, key: string): Deploy {
  const deploy: Deploy = { labels: stringMap(raw.labels), resources: {}, extensions: extensionsOf(raw) };
  if (raw.mode !== undefined && raw.mode !== null) deploy.mode = String(raw.mode);
  const replicas = num(bag, `${key}.replicas`, raw.replicas);
  if (replicas !== undefined) deploy.replicas = replicas;
  const update = bindUpdateConfig(raw.update_config, bag, `${key}.update_config`);
  if (update) deploy.updateConfig = update;
  const rollback = bindUpdateConfig(raw.rollback_config, bag, `${key}.rollback_config`);
  if (rollback) deploy.rollbackConfig = rollback;
  if (isMapping(raw.restart_policy)) {
    const policy = raw.restart_policy;
    deploy.restartPolicy = {};
    if (policy.condition !== undefined && policy.condition !== null) deploy.restartPolicy.condition = String(policy.condition);
    const delay = duration(bag, `${key}.restart_policy.delay`, policy.delay);
    if (delay !== undefined) deploy.restartPolicy.delay = delay;
    const attempts = num(bag, `${key}.restart_policy.max_attempts`, policy.max_attempts);
    if (attempts !== undefined) deploy.restartPolicy.maxAttempts = attempts;
    const window = duration(bag, `${key}.restart_policy.window`, policy.window);
    if (window !== undefined) deploy.restartPolicy.window = window;
  }
  if (isMapping(raw.resources)) {
    const limits = bindResources(raw.resources.limits, bag, `${key}.resources.limits`);
    if (limits) deploy.resources.limits = limits;
    const reservations = bindResources(raw.resources.reservations, bag, `${key}.resources.reservations`);
    if (reservations) deploy.resources.reservations = reservations;
  }
  if (isMapping(raw.placement)) {
    deploy.placement = { constraints: stringList(raw.placement.constraints), preferences: Array.isArray(raw.placement.preferences) ? raw.placement.preferences : [] };
    const max = num(bag, `${key}.placement.max_replicas_per_node`, raw.placement.max_replicas_per_node);
    if (max !== undefined) deploy.placement.maxReplicasPerNode = max;
  }
  if (raw.endpoint_mode !== undefined && raw.endpoint_mode !== null) deploy.endpointMode = String(raw.endpoint_mode);
  return deploy;
}

// ------------------------------------------------------------------------------ top-level resources

/** `external: {name: n}` (deprecated) → `external: true` + `name: n`. */
function externalOf(raw: Mapping, section: string, key: string, bag: DiagnosticBag, warn: (message: string, key: string) => void): { external: boolean; name?: string } {
  const external = raw.external;
  if (isMapping(external)) {
    const legacyName = external.name === undefined ? undefined : String(external.name);
    if (legacyName !== undefined && raw.name !== undefined && raw.name !== legacyName) {
      bag.add(`${section}.${key}: name and external.name conflict; only use name`, `${section}.${key}.external`);
    }
    warn(`${section}.${key}: external.name is deprecated. Please set name and external: true`, `${section}.${key}.external`);
    return { external: true, name: legacyName ?? (raw.name === undefined ? undefined : String(raw.name)) };
  }
  return { external: external === true || external === 'true', name: raw.name === undefined || raw.name === null ? undefined : String(raw.name) };
}

function resourceName(project: string, key: string, explicit: string | undefined, external: boolean): string {
  if (explicit !== undefined && explicit !== '') return explicit;
  return external ? key : `${project}_${key}`;
}

export interface ResourceContext {
  project: string;
  bag: DiagnosticBag;
  warn(message: string, key: string): void;
  sourceOf(key: string): SourcePosition | undefined;
}

export function bindNetwork(key: string, raw: unknown, context: ResourceContext): Network {
  const spec = isMapping(raw) ? raw : {};
  const { external, name } = externalOf(spec, 'networks', key, context.bag, context.warn);
  const network: Network = {
    key,
    name: resourceName(context.project, key, name, external),
    external,
    internal: spec.internal === true || spec.internal === 'true',
    driverOpts: stringMap(spec.driver_opts),
    labels: stringMap(spec.labels),
    extensions: extensionsOf(spec),
  };
  if (spec.driver !== undefined && spec.driver !== null) network.driver = String(spec.driver);
  const source = context.sourceOf(`networks.${key}`);
  if (source) network.source = source;
  return network;
}

export function bindVolume(key: string, raw: unknown, context: ResourceContext): Volume {
  const spec = isMapping(raw) ? raw : {};
  const { external, name } = externalOf(spec, 'volumes', key, context.bag, context.warn);
  if (external) {
    for (const conflicting of ['driver', 'driver_opts', 'labels']) {
      if (spec[conflicting] !== undefined && spec[conflicting] !== null) context.bag.add(`conflicting parameters "external" and "${conflicting}" specified for volume "${key}"`, `volumes.${key}.${conflicting}`);
    }
  }
  const volume: Volume = { key, name: resourceName(context.project, key, name, external), external, driverOpts: stringMap(spec.driver_opts), labels: stringMap(spec.labels), extensions: extensionsOf(spec) };
  if (spec.driver !== undefined && spec.driver !== null) volume.driver = String(spec.driver);
  const source = context.sourceOf(`volumes.${key}`);
  if (source) volume.source = source;
  return volume;
}

export function bindSecret(key: string, raw: unknown, context: ResourceContext): Secret {
  const spec = isMapping(raw) ? raw : {};
  const { external, name } = externalOf(spec, 'secrets', key, context.bag, context.warn);
  const hasFile = typeof spec.file === 'string';
  const hasEnvironment = typeof spec.environment === 'string';
  if (hasFile && hasEnvironment) context.bag.add(`secrets.${key}: file|environment attributes are mutually exclusive`, `secrets.${key}`);
  else if (!hasFile && !hasEnvironment && !external && (spec.driver === undefined || spec.driver === null)) context.bag.add(`secrets.${key}: one of file|environment must be set`, `secrets.${key}`);
  const secret: Secret = { key, name: resourceName(context.project, key, name, external), external, labels: stringMap(spec.labels), extensions: extensionsOf(spec) };
  if (hasFile) secret.file = spec.file as string;
  if (hasEnvironment) secret.environment = spec.environment as string;
  const source = context.sourceOf(`secrets.${key}`);
  if (source) secret.source = source;
  return secret;
}

export function bindConfig(key: string, raw: unknown, context: ResourceContext): Config {
  const spec = isMapping(raw) ? raw : {};
  const { external, name } = externalOf(spec, 'configs', key, context.bag, context.warn);
  const sources = ['file', 'environment', 'content'].filter((k) => typeof spec[k] === 'string');
  if (sources.length > 1) context.bag.add(`configs.${key}: ${sources.join('|')} attributes are mutually exclusive`, `configs.${key}`);
  else if (sources.length === 0 && !external) context.bag.add(`configs.${key}: one of file|environment|content must be set`, `configs.${key}`);
  const config: Config = { key, name: resourceName(context.project, key, name, external), external, extensions: extensionsOf(spec) };
  if (typeof spec.file === 'string') config.file = spec.file;
  if (typeof spec.environment === 'string') config.environment = spec.environment;
  if (typeof spec.content === 'string') config.content = spec.content;
  const source = context.sourceOf(`configs.${key}`);
  if (source) config.source = source;
  return config;
}
