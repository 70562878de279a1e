// Local simulation (Docker's `docker context create ecs --local-simulation`): a Compose override that runs the
// app on a workstation the way ECS runs it, as far as the AWS SDK can tell. The ECS local container endpoints
// (awslabs/amazon-ecs-local-container-endpoints) answer at 169.254.170.2 — the link-local address ECS serves task
// credentials and metadata from — on a bridge network with that subnet, and vend credentials of a ~/.aws profile.
// Every service joins that network and gets the variables the SDKs and agents read on ECS, so the unchanged app
// finds credentials and metadata with `docker compose -f compose.yaml -f compose.ecs-local.yaml up`.
//
// The override holds what it adds, and names every network and dependency a service already has next to the
// ones it adds (`networks`, `depends_on` are merged key by key, but a service that names none has an implicit
// `default` network that naming `credentials_network` alone would drop).

import { relative, isAbsolute } from 'node:path';
import { stringify } from 'yaml';
import type { Diagnostic, Project, Service } from '../compose/model.js';
import { UserError } from '../errors.js';

export const ENDPOINTS_SERVICE = 'ecs-local-endpoints';
export const CREDENTIALS_NETWORK = 'credentials_network';
export const CREDENTIALS_SUBNET = '169.254.170.0/24';
export const CREDENTIALS_GATEWAY = '169.254.170.1';
/** The address ECS serves task credentials and metadata from; the SDKs' container credential provider trusts it. */
export const ENDPOINTS_ADDRESS = '169.254.170.2';
/**
 * Pinned so a local run does not change under the user. The project publishes per-architecture tags only
 * (`<version>-amd64`, `<version>-arm64`); amd64 runs everywhere Docker Desktop runs (emulated on Apple silicon).
 */
export const DEFAULT_ENDPOINTS_IMAGE = 'amazon/amazon-ecs-local-container-endpoints:1.4.1-amd64';

/** What the SDKs read on ECS: the credentials path relative to 169.254.170.2, and the task metadata endpoints. */
export const CONTAINER_ENVIRONMENT: Readonly<Record<string, string>> = {
  AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/creds',
  ECS_CONTAINER_METADATA_URI: `http://${ENDPOINTS_ADDRESS}/v3`,
  ECS_CONTAINER_METADATA_URI_V4: `http://${ENDPOINTS_ADDRESS}/v4`,
};

export interface LocalOverrideOptions {
  /** The ~/.aws profile whose credentials the endpoints vend. */
  profile: string;
  /** AWS region for the services' SDKs (AWS_REGION, AWS_DEFAULT_REGION) and the endpoints; unset when empty. */
  region?: string;
  /** Image of the endpoints container (default: DEFAULT_ENDPOINTS_IMAGE). */
  endpointsImage?: string;
}

export interface LocalOverride {
  /** The override as a Compose document (plain data, `$` already escaped for Compose interpolation). */
  document: Record<string, unknown>;
  /** Services left without credentials, with why. */
  warnings: Diagnostic[];
}

export function buildLocalOverride(project: Project, options: LocalOverrideOptions): LocalOverride {
  const all: Record<string, Service> = { ...project.services, ...project.disabledServices };
  if (all[ENDPOINTS_SERVICE]) {
    throw new UserError(`The project already has a service named "${ENDPOINTS_SERVICE}", the name local mode gives the ECS local endpoints: rename it.`, {
      source: all[ENDPOINTS_SERVICE]!.source,
      key: `services.${ENDPOINTS_SERVICE}`,
    });
  }
  if (project.networks[CREDENTIALS_NETWORK]) {
    throw new UserError(`The project already defines a network named "${CREDENTIALS_NETWORK}", the network local mode adds for the ECS local endpoints: rename it.`, {
      source: project.networks[CREDENTIALS_NETWORK]!.source,
      key: `networks.${CREDENTIALS_NETWORK}`,
    });
  }
  const warnings: Diagnostic[] = [];
  const region = options.region?.trim() || undefined;
  const services: Record<string, unknown> = {};
  // Disabled services (profiles) get the override too, so `docker compose --profile … up` works as well.
  for (const name of Object.keys(all).sort()) {
    const service = all[name]!;
    const networkMode = service.networkMode;
    if (networkMode === 'none') {
      warnings.push({
        message: `Service "${name}" has network_mode: none and cannot reach the ECS local endpoints; it runs without AWS credentials.`,
        key: `services.${name}.network_mode`,
        source: service.source,
      });
      continue;
    }
    const environment: Record<string, string> = { ...CONTAINER_ENVIRONMENT };
    if (region) {
      // A region the service sets itself wins: it may talk to another region on purpose.
      if (service.environment['AWS_REGION'] === undefined) environment['AWS_REGION'] = region;
      if (service.environment['AWS_DEFAULT_REGION'] === undefined) environment['AWS_DEFAULT_REGION'] = region;
    }
    const entry: Record<string, unknown> = {
      environment: sortedRecord(environment),
      depends_on: dependsOnWithEndpoints(service),
    };
    // A service with network_mode (host, service:…, container:…) cannot list networks. `service:`/`container:`
    // share a network namespace that has the endpoints; `host` reaches the bridge through its gateway address.
    if (networkMode === undefined) entry['networks'] = networksWithCredentials(service);
    services[name] = entry;
  }
  services[ENDPOINTS_SERVICE] = endpointsService(options, region);
  const document = {
    services,
    networks: {
      [CREDENTIALS_NETWORK]: {
        driver: 'bridge',
        ipam: { config: [{ subnet: CREDENTIALS_SUBNET, gateway: CREDENTIALS_GATEWAY }] },
      },
    },
  };
  return { document: escapeInterpolation(document) as Record<string, unknown>, warnings };
}

function endpointsService(options: LocalOverrideOptions, region: string | undefined): Record<string, unknown> {
  const image = options.endpointsImage?.trim() || DEFAULT_ENDPOINTS_IMAGE;
  const environment: Record<string, string> = {
    AWS_PROFILE: options.profile,
    // The image sets HOME=/home; the SDK inside finds the mounted profile at $HOME/.aws.
    HOME: '/home',
  };
  if (region) {
    environment['AWS_REGION'] = region;
    environment['AWS_DEFAULT_REGION'] = region;
  }
  return {
    image,
    // The pinned default is amd64-only; say so, or Docker warns on arm64 hosts before emulating it.
    ...(image === DEFAULT_ENDPOINTS_IMAGE ? { platform: 'linux/amd64' } : {}),
    environment: sortedRecord(environment),
    volumes: [
      // Task metadata describes the calling container: the endpoints ask the Docker engine about it.
      '/var/run/docker.sock:/var/run/docker.sock',
      // `~` is expanded by Compose on the machine that runs it, so the override holds no user's home path.
      '~/.aws:/home/.aws:ro',
    ],
    networks: { [CREDENTIALS_NETWORK]: { ipv4_address: ENDPOINTS_ADDRESS } },
  };
}

/**
 * The service's networks (the implicit `default` included) plus the credentials network. Existing entries are
 * written as `{}`: Compose merges a service's networks key by key, so their aliases and addresses come from the
 * original, while repeating them would append the aliases a second time.
 */
function networksWithCredentials(service: Service): Record<string, unknown> {
  const networks: Record<string, unknown> = {};
  for (const key of Object.keys(service.networks).sort()) networks[key] = {};
  // No fixed address: replicas of a service would collide on one, and the endpoints find callers by asking Docker.
  networks[CREDENTIALS_NETWORK] = {};
  return networks;
}

/** The service's dependencies in long syntax, plus the endpoints (started before anything asks them for credentials). */
function dependsOnWithEndpoints(service: Service): Record<string, unknown> {
  const dependsOn: Record<string, unknown> = {};
  for (const name of Object.keys(service.dependsOn).sort()) {
    const dependency = service.dependsOn[name]!;
    dependsOn[name] = {
      condition: dependency.condition,
      ...(dependency.required === false ? { required: false } : {}),
      ...(dependency.restart ? { restart: true } : {}),
    };
  }
  dependsOn[ENDPOINTS_SERVICE] = { condition: 'service_started' };
  return dependsOn;
}

function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Compose interpolates the override again: a literal `$` (already interpolated in the model) must be written `$$`. */
function escapeInterpolation(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\$/g, '$$$$');
  if (Array.isArray(value)) return value.map(escapeInterpolation);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeInterpolation(v)]));
  return value;
}

export interface RenderOptions {
  /** Absolute paths of the project's Compose files, in merge order. */
  composeFiles: readonly string[];
  /** Absolute path the override is written to. */
  overridePath: string;
  /** Directory the command runs from (relative paths in it are relative to this). */
  workingDir: string;
  /** Extra `docker compose` flags the project needs (`-p name`, `--env-file f`, `--profile p`), already quoted. */
  extraFlags: readonly string[];
  profile: string;
}

/** The `docker compose` command that runs the app with the override. */
export function upCommand(options: Omit<RenderOptions, 'profile'>): string {
  const files = [...options.composeFiles, options.overridePath].map((file) => `-f ${shellQuote(displayPath(file, options.workingDir))}`);
  return ['docker compose', ...options.extraFlags, ...files, 'up'].join(' ');
}

/** The override as YAML, with a header that says what it is and how to run it. Deterministic: no dates, no home paths. */
export function renderLocalOverride(override: LocalOverride, options: RenderOptions): string {
  const sources = options.composeFiles.map((f) => displayPath(f, options.workingDir)).join(', ');
  const header = [
    `# Generated by compose-ecs-action (local mode) from ${sources}; regenerate it rather than edit it.`,
    '#',
    '# Runs the app on this machine the way ECS runs it, as far as the AWS SDK can tell: the ECS local container',
    `# endpoints answer at ${ENDPOINTS_ADDRESS} on the "${CREDENTIALS_NETWORK}" network (${CREDENTIALS_SUBNET}) with task`,
    `# metadata and credentials of the ~/.aws profile "${options.profile}", and every service gets the variables that point`,
    '# the SDKs there. Run it with:',
    '#',
    `#   ${upCommand(options)}`,
    '#',
    `# Only one such project can run at a time on a host: ${CREDENTIALS_SUBNET} can belong to one Docker network only.`,
    '',
  ].join('\n');
  return `${header}${stringify(override.document, { lineWidth: 0, sortMapEntries: false })}`;
}

function displayPath(file: string, workingDir: string): string {
  const rel = relative(workingDir, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
