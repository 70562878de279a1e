// The main container definition of a service: named after the Compose service, essential, with Docker's
// mappings (image, command, entrypoint, environment, labels, user, working_dir, init, cap_add/cap_drop, nofile
// ulimits, healthcheck, ports, MemoryReservation) and the keys Docker dropped although ECS on Fargate accepts
// them: read_only, stop_grace_period, sysctls (namespaced ones), tty, stdin_open, platform.

import type { Service } from '../compose/model.js';
import type { ConversionContext } from './context.js';
import { ExtensionReader } from './extensions.js';
import { memoryReservation } from './sizing.js';

/** ECS container health check bounds, in seconds (retries: count). */
const HEALTHCHECK_BOUNDS = {
  Interval: [5, 300],
  Timeout: [2, 60],
  StartPeriod: [0, 300],
  Retries: [1, 10],
} as const;

/** Fargate's stop timeout ceiling, seconds. */
const MAX_STOP_TIMEOUT = 120;

/** Sysctls Fargate accepts: the namespaced ones. */
const NAMESPACED_SYSCTL = /^(kernel\.(msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|fs\.mqueue\..+|net\..+)$/;

function healthCheck(ctx: ConversionContext, service: Service): Record<string, unknown> | undefined {
  const hc = service.healthcheck;
  const key = `services.${service.name}.healthcheck`;
  if (hc === undefined || hc.disable === true) return undefined;
  if (hc.test === undefined || hc.test.length === 0) {
    ctx.warn('healthcheck without test is ignored: ECS does not run the image\'s HEALTHCHECK; give the command.', key);
    return undefined;
  }
  if (hc.test[0] === 'NONE') return undefined;
  const result: Record<string, unknown> = { Command: hc.test };
  const fields: Array<[keyof typeof HEALTHCHECK_BOUNDS, number | undefined, string]> = [
    ['Interval', hc.interval, 'interval'],
    ['Timeout', hc.timeout, 'timeout'],
    ['StartPeriod', hc.startPeriod, 'start_period'],
    ['Retries', hc.retries, 'retries'],
  ];
  for (const [name, value, composeKey] of fields) {
    if (value === undefined) continue;
    // Durations are whole seconds in ECS (Docker truncated); 0 means "ECS default", as with Docker.
    const seconds = Math.trunc(value);
    if (seconds === 0 && name !== 'Retries') continue;
    const [min, max] = HEALTHCHECK_BOUNDS[name];
    const clamped = Math.min(max, Math.max(min, seconds));
    if (clamped !== seconds) ctx.warn(`healthcheck.${composeKey} ${value} is outside what ECS accepts (${min}–${max}): ${clamped} is used.`, `${key}.${composeKey}`);
    result[name] = clamped;
  }
  return result;
}

function linuxParameters(service: Service): Record<string, unknown> {
  const capabilities: Record<string, unknown> = {};
  if (service.capAdd.length > 0) capabilities['Add'] = service.capAdd;
  if (service.capDrop.length > 0) capabilities['Drop'] = service.capDrop;
  // Docker always emitted `LinuxParameters: {}`; kept so its stacks see no change here.
  return {
    ...(Object.keys(capabilities).length > 0 ? { Capabilities: capabilities } : {}),
    ...(service.init !== undefined ? { InitProcessEnabled: service.init } : {}),
  };
}

function environment(service: Service): Array<{ Name: string; Value: string }> | undefined {
  // Sorted by name so a reordered file changes nothing; a variable without value is unset, as Compose runs it.
  const entries = Object.entries(service.environment)
    .filter((e): e is [string, string] => e[1] !== null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([Name, Value]) => ({ Name, Value }));
  return entries.length > 0 ? entries : undefined;
}

function sortedRecord(record: Record<string, string>): Record<string, string> | undefined {
  const keys = Object.keys(record).sort();
  return keys.length > 0 ? Object.fromEntries(keys.map((k) => [k, record[k]!])) : undefined;
}

function systemControls(ctx: ConversionContext, service: Service): Array<{ Namespace: string; Value: string }> | undefined {
  const controls: Array<{ Namespace: string; Value: string }> = [];
  for (const name of Object.keys(service.sysctls).sort()) {
    if (NAMESPACED_SYSCTL.test(name)) controls.push({ Namespace: name, Value: String(service.sysctls[name]) });
    else ctx.warn(`sysctl ${name} is not namespaced: Fargate refuses it, ignored.`, `services.${service.name}.sysctls.${name}`);
  }
  return controls.length > 0 ? controls : undefined;
}

function stopTimeout(ctx: ConversionContext, service: Service): number | undefined {
  if (service.stopGracePeriod === undefined) return undefined;
  const seconds = Math.ceil(service.stopGracePeriod);
  if (seconds > MAX_STOP_TIMEOUT) {
    ctx.warn(`stop_grace_period ${seconds}s exceeds Fargate's ${MAX_STOP_TIMEOUT}s: ${MAX_STOP_TIMEOUT}s is used.`, `services.${service.name}.stop_grace_period`);
    return MAX_STOP_TIMEOUT;
  }
  return Math.max(0, seconds);
}

export function mainContainer(ctx: ConversionContext, service: Service, logConfiguration: Record<string, unknown>): Record<string, unknown> {
  const x = new ExtensionReader(ctx, service.extensions, `services.${service.name}`);
  const image = ctx.options.pinnedImages?.[service.image!] ?? service.image!;
  const pullCredentials = x.string('x-aws-pull_credentials');
  const nofile = service.ulimits['nofile'];
  const reservation = memoryReservation(service);
  const definition: Record<string, unknown> = {
    Command: service.command ?? undefined,
    DockerLabels: sortedRecord(service.labels),
    EntryPoint: service.entrypoint ?? undefined,
    Environment: environment(service),
    Essential: true,
    HealthCheck: healthCheck(ctx, service),
    Image: image,
    Interactive: service.stdinOpen || undefined,
    LinuxParameters: linuxParameters(service),
    LogConfiguration: logConfiguration,
    MemoryReservation: reservation,
    Name: service.name,
    PortMappings:
      service.ports.length > 0
        ? service.ports.map((p) => ({ ContainerPort: p.target, HostPort: p.target, Protocol: p.protocol === 'udp' ? 'udp' : 'tcp' }))
        : undefined,
    PseudoTerminal: service.tty || undefined,
    ReadonlyRootFilesystem: service.readOnly || undefined,
    RepositoryCredentials: pullCredentials !== undefined ? { CredentialsParameter: pullCredentials } : undefined,
    StopTimeout: stopTimeout(ctx, service),
    SystemControls: systemControls(ctx, service),
    Ulimits: nofile !== undefined ? [{ HardLimit: nofile.hard, Name: 'nofile', SoftLimit: nofile.soft }] : undefined,
    User: service.user,
    WorkingDirectory: service.workingDir,
  };
  for (const k of Object.keys(definition)) if (definition[k] === undefined) delete definition[k];
  return definition;
}

/** Fargate RuntimePlatform from `platform` (linux/amd64, linux/arm64). */
export function runtimePlatform(ctx: ConversionContext, service: Service): Record<string, unknown> | undefined {
  if (service.platform === undefined || service.platform === '') return undefined;
  const [os, arch] = service.platform.toLowerCase().split('/');
  const architectures: Record<string, string> = { amd64: 'X86_64', x86_64: 'X86_64', arm64: 'ARM64', aarch64: 'ARM64' };
  const cpu = arch !== undefined ? architectures[arch] : undefined;
  if (os !== 'linux' || cpu === undefined) {
    ctx.warn(`platform ${service.platform} is not supported on Fargate (linux/amd64 or linux/arm64): ignored.`, `services.${service.name}.platform`);
    return undefined;
  }
  return { CpuArchitecture: cpu, OperatingSystemFamily: 'LINUX' };
}
