// The normalized Compose project model: what `src/compose/` produces and the only thing `src/convert/` reads.
//
// It mirrors compose-go's canonical form (`docker compose config`): every short syntax expanded to its long
// form, interpolation done, defaults applied, relative paths made absolute, and typed values parsed
// (durations in seconds, byte sizes in bytes, cpus as a number). `x-*` extensions are kept verbatim in
// `extensions` on every object that can carry them, keyed by their full name (`x-aws-policies`).
//
// Every object may carry `source`, where it was defined (file, line, column), so later stages can point
// their errors and warnings at the Compose file.

export interface SourcePosition {
  file: string;
  line?: number;
  column?: number;
}

/** `x-*` keys of an object, kept verbatim (already interpolated). */
export type Extensions = Record<string, unknown>;

export interface Project {
  /** Normalized project name (lower case, [a-z0-9_-], starting with a letter or digit). */
  name: string;
  /** Absolute directory relative paths resolved against. */
  workingDir: string;
  /** Absolute paths of the Compose files loaded, in merge order. */
  composeFiles: string[];
  /** Enabled services, keyed by service name, in file order. */
  services: Record<string, Service>;
  /** Services disabled by profiles (kept aside, never converted). */
  disabledServices: Record<string, Service>;
  networks: Record<string, Network>;
  volumes: Record<string, Volume>;
  secrets: Record<string, Secret>;
  configs: Record<string, Config>;
  extensions: Extensions;
  /** Non-fatal findings of the loader (obsolete `version`, deprecated syntax, …). */
  warnings: Diagnostic[];
  /** Positions of keys in the source files, by dotted path (`services.web.ports[0]`), for diagnostics. */
  positions: Record<string, SourcePosition>;
}

export interface Diagnostic {
  message: string;
  /** Dotted key path, e.g. `services.web.deploy.replicas`. */
  key?: string;
  source?: SourcePosition;
}

export interface Service {
  name: string;
  image?: string;
  build?: { context: string; dockerfile?: string; [k: string]: unknown };
  /** null = the image default; [] = explicitly empty. */
  command?: string[] | null;
  entrypoint?: string[] | null;
  /** Resolved environment: env_file entries first, `environment` over them; a null value means "unset". */
  environment: Record<string, string | null>;
  envFiles: EnvFile[];
  labels: Record<string, string>;
  user?: string;
  workingDir?: string;
  init?: boolean;
  capAdd: string[];
  capDrop: string[];
  ulimits: Record<string, { soft: number; hard: number }>;
  healthcheck?: Healthcheck;
  dependsOn: Record<string, DependsOn>;
  ports: Port[];
  expose: string[];
  volumes: ServiceVolume[];
  tmpfs: string[];
  secrets: ServiceFileReference[];
  configs: ServiceFileReference[];
  /** Attached networks; the implicit `default` is added when the service names none. */
  networks: Record<string, ServiceNetwork | null>;
  networkMode?: string;
  logging?: { driver?: string; options: Record<string, string> };
  deploy?: Deploy;
  profiles: string[];
  readOnly?: boolean;
  privileged?: boolean;
  tty?: boolean;
  stdinOpen?: boolean;
  hostname?: string;
  domainname?: string;
  dns: string[];
  dnsSearch: string[];
  extraHosts: string[];
  sysctls: Record<string, string>;
  securityOpt: string[];
  /** Seconds. */
  stopGracePeriod?: number;
  stopSignal?: string;
  /** Bytes. */
  shmSize?: number;
  /** Bytes. */
  memLimit?: number;
  memReservation?: number;
  cpus?: number;
  pid?: string;
  ipc?: string;
  platform?: string;
  pullPolicy?: string;
  restart?: string;
  containerName?: string;
  devices: unknown[];
  links: string[];
  /** Every key present on the service in the source that this model does not type (for "unsupported" warnings). */
  otherKeys: Record<string, unknown>;
  extensions: Extensions;
  source?: SourcePosition;
}

export interface EnvFile {
  path: string;
  required: boolean;
  format?: string;
}

export interface Healthcheck {
  /** ["NONE"] | ["CMD", …] | ["CMD-SHELL", cmd] */
  test?: string[];
  /** Seconds (fractions possible). */
  interval?: number;
  timeout?: number;
  startPeriod?: number;
  startInterval?: number;
  retries?: number;
  disable?: boolean;
}

export interface DependsOn {
  condition: 'service_started' | 'service_healthy' | 'service_completed_successfully';
  required: boolean;
  restart?: boolean;
}

export interface Port {
  target: number;
  /** As Compose keeps it: a string, possibly a range ("8000-8010"); absent when not published. */
  published?: string;
  hostIp?: string;
  protocol: string;
  mode: string;
  appProtocol?: string;
  name?: string;
  extensions: Extensions;
}

export interface ServiceVolume {
  type: 'volume' | 'bind' | 'tmpfs' | 'npipe' | 'cluster' | 'image';
  /** Volume name, or an absolute host path for a bind; absent for an anonymous volume. */
  source?: string;
  target: string;
  readOnly: boolean;
  bind?: { propagation?: string; createHostPath?: boolean; selinux?: string };
  volume?: { nocopy?: boolean; subpath?: string };
  tmpfs?: { size?: number; mode?: number };
  extensions: Extensions;
}

export interface ServiceFileReference {
  source: string;
  /** Secrets default to /run/secrets/<source>; configs stay unset. */
  target?: string;
  uid?: string;
  gid?: string;
  mode?: number;
  extensions: Extensions;
}

export interface ServiceNetwork {
  aliases: string[];
  ipv4Address?: string;
  ipv6Address?: string;
  extensions: Extensions;
}

export interface Deploy {
  mode?: string;
  replicas?: number;
  labels: Record<string, string>;
  updateConfig?: UpdateConfig;
  rollbackConfig?: UpdateConfig;
  restartPolicy?: { condition?: string; delay?: number; maxAttempts?: number; window?: number };
  resources: { limits?: ResourceSpec; reservations?: ResourceSpec };
  placement?: { constraints: string[]; preferences: unknown[]; maxReplicasPerNode?: number };
  endpointMode?: string;
  extensions: Extensions;
}

export interface UpdateConfig {
  parallelism?: number;
  /** Seconds. */
  delay?: number;
  failureAction?: string;
  monitor?: number;
  maxFailureRatio?: number;
  order?: string;
  extensions: Extensions;
}

export interface ResourceSpec {
  cpus?: number;
  /** Bytes. */
  memory?: number;
  pids?: number;
  devices: DeviceRequest[];
  genericResources: GenericResource[];
}

export interface DeviceRequest {
  capabilities: string[];
  driver?: string;
  /** -1 = all. */
  count?: number;
  deviceIds: string[];
  options: Record<string, string>;
}

export interface GenericResource {
  kind: string;
  value: number;
}

export interface Network {
  /** Key in the file. */
  key: string;
  /** Effective name: explicit `name`, the key when external, else `<project>_<key>`. */
  name: string;
  external: boolean;
  internal: boolean;
  driver?: string;
  driverOpts: Record<string, string>;
  labels: Record<string, string>;
  extensions: Extensions;
  source?: SourcePosition;
}

export interface Volume {
  key: string;
  name: string;
  external: boolean;
  driver?: string;
  driverOpts: Record<string, string>;
  labels: Record<string, string>;
  extensions: Extensions;
  source?: SourcePosition;
}

export interface Secret {
  key: string;
  name: string;
  external: boolean;
  /** Absolute path of a file-based secret. The loader never reads it: its content must stay out of every artifact. */
  file?: string;
  /** Name of the environment variable of an environment-based secret (its value is not kept in the model). */
  environment?: string;
  labels: Record<string, string>;
  extensions: Extensions;
  source?: SourcePosition;
}

export interface Config {
  key: string;
  name: string;
  external: boolean;
  file?: string;
  environment?: string;
  content?: string;
  extensions: Extensions;
  source?: SourcePosition;
}
