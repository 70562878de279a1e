// What of the Compose model ECS can run. Docker's incompatibilities stay errors with its wording (missing image,
// published ≠ target, bind mounts, tmpfs, cap_add beyond SYS_PTRACE); every error of the project is reported at
// once. Keys ECS/Fargate cannot honour become warnings with their key path (`services.web.privileged`), instead of
// Docker's silent stripping. Keys that ECS does accept are mapped in container.ts, not here.

import type { Diagnostic, Service } from '../compose/model.js';
import { ComposeError } from '../errors.js';
import type { ConversionContext } from './context.js';

/** Extensions this converter (and its concern modules) read; any other `x-aws-*` key is reported as unknown. */
const KNOWN_PROJECT_EXTENSIONS = new Set([
  'x-aws-cluster',
  'x-aws-vpc',
  'x-aws-loadbalancer',
  'x-aws-cloudformation',
  'x-aws-logs_retention',
  'x-aws-searchdomain_image',
  'x-aws-assign_public_ip',
  'x-aws-secrets_image', // storage: secrets.ts (init container image)
  'x-aws-attach_capacity_provider', // storage: gpu.ts (opt-in with x-aws-cluster)
]);
const KNOWN_SERVICE_EXTENSIONS = new Set(['x-aws-pull_credentials', 'x-aws-role', 'x-aws-policies', 'x-aws-assign_public_ip']);

/** Service keys with no ECS/Fargate equivalent (model field → Compose key and why). */
const UNSUPPORTED: ReadonlyArray<[keyof Service, string, string]> = [
  ['privileged', 'privileged', 'Fargate does not run privileged containers'],
  ['securityOpt', 'security_opt', 'Fargate does not accept Docker security options'],
  ['shmSize', 'shm_size', 'Fargate does not accept a shared memory size'],
  ['ipc', 'ipc', 'Fargate does not accept an IPC mode'],
  ['pid', 'pid', 'Fargate does not share PID namespaces with the host or other containers'],
  ['devices', 'devices', 'Fargate does not map host devices'],
  ['links', 'links', 'services reach each other by name through Cloud Map; links are not needed'],
  ['dns', 'dns', 'the awsvpc network mode uses the VPC resolver'],
  ['dnsSearch', 'dns_search', 'the awsvpc network mode refuses DNS search domains'],
  ['extraHosts', 'extra_hosts', 'the awsvpc network mode refuses extra hosts'],
  ['hostname', 'hostname', 'the awsvpc network mode refuses a container hostname'],
  ['domainname', 'domainname', 'ECS has no container domain name'],
  ['stopSignal', 'stop_signal', 'ECS always stops containers with SIGTERM'],
  ['restart', 'restart', 'ECS replaces stopped tasks itself'],
  ['pullPolicy', 'pull_policy', 'ECS pulls the image on every task start'],
  ['networkMode', 'network_mode', 'ECS tasks on Fargate always use the awsvpc network mode'],
];

function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

function checkService(ctx: ConversionContext, service: Service, errors: Diagnostic[], portOwners: Map<number, string>): void {
  const at = `services.${service.name}`;
  const error = (message: string, key: string): void => {
    errors.push({ message, ...ctx.at(key) });
  };

  if (service.image === undefined || service.image === '') {
    error(`service ${service.name} doesn't define a Docker image to run`, service.build ? `${at}.build` : at);
  } else if (service.build !== undefined) {
    ctx.warn('build is not supported: the image is deployed as it is in its registry.', `${at}.build`);
  }

  service.ports.forEach((port, i) => {
    const key = `${at}.ports[${i}]`;
    if (port.published !== undefined && port.published !== '' && String(port.published) !== String(port.target)) {
      error(`published port can't be set to a distinct value than container port (published ${port.published}, container ${port.target})`, key);
      return;
    }
    if (port.protocol !== 'tcp' && port.protocol !== 'udp') error(`protocol "${port.protocol}" is not supported by ECS load balancers: use tcp or udp.`, key);
    if (port.hostIp !== undefined && port.hostIp !== '' && port.hostIp !== '0.0.0.0') {
      ctx.warn(`host IP ${port.hostIp} is ignored: published ports are served by the load balancer.`, key);
    }
    const owner = portOwners.get(port.target);
    if (owner !== undefined && owner !== `${service.name}/${port.protocol}`) {
      error(`port ${port.target} is published twice (${owner.split('/')[0]} and ${service.name}): the stack's one load balancer has one listener per port.`, key);
    }
    portOwners.set(port.target, `${service.name}/${port.protocol}`);
  });

  service.volumes.forEach((volume, i) => {
    const key = `${at}.volumes[${i}]`;
    if (volume.type === 'bind') error('ECS Fargate does not support bind mounts from host', key);
    else if (volume.type === 'tmpfs') error('ECS Fargate does not support tmpfs', key);
    else if (volume.type !== 'volume') error(`volumes of type ${volume.type} are not supported by ECS`, key);
  });
  if (service.tmpfs.length > 0) error('ECS Fargate does not support tmpfs', `${at}.tmpfs`);

  service.capAdd.forEach((capability, i) => {
    if (capability !== 'SYS_PTRACE') error(`ECS doesn't allow to add capability ${capability}`, `${at}.cap_add[${i}]`);
  });

  for (const [field, key, why] of UNSUPPORTED) {
    if (isSet(service[field])) ctx.warn(`${key} is not supported on ECS (${why}): ignored.`, `${at}.${key}`);
  }
  if (service.configs.length > 0) ctx.warn('configs are not supported on ECS: the files will not exist in the container.', `${at}.configs`);
  for (const name of Object.keys(service.ulimits).sort()) {
    if (name !== 'nofile') ctx.warn(`services.ulimits.${name} is not supported by Fargate`, `${at}.ulimits.${name}`);
  }
  for (const [name, attachment] of Object.entries(service.networks)) {
    if (attachment && (attachment.aliases.length > 0 || attachment.ipv4Address || attachment.ipv6Address)) {
      ctx.warn('network aliases and fixed addresses are not supported on ECS: services are found by their name only.', `${at}.networks.${name}`);
    }
  }
  if (service.healthcheck?.startInterval !== undefined) ctx.warn('healthcheck.start_interval is not supported by ECS: ignored.', `${at}.healthcheck.start_interval`);

  const deploy = service.deploy;
  if (deploy) {
    const d = `${at}.deploy`;
    if (deploy.mode !== undefined && deploy.mode !== 'replicated') ctx.warn(`deploy.mode ${deploy.mode} is not supported on Fargate: the service is replicated.`, `${d}.mode`);
    if (deploy.endpointMode !== undefined) ctx.warn('deploy.endpoint_mode is not supported on ECS: ignored.', `${d}.endpoint_mode`);
    if (deploy.restartPolicy !== undefined) ctx.warn('deploy.restart_policy is not supported: ECS replaces stopped tasks itself.', `${d}.restart_policy`);
    if (Object.keys(deploy.labels).length > 0) ctx.warn('deploy.labels are not supported on ECS: ignored.', `${d}.labels`);
    if (deploy.rollbackConfig !== undefined) ctx.warn('deploy.rollback_config is not supported: failed deployments roll back by the ECS circuit breaker.', `${d}.rollback_config`);
    if (deploy.resources.limits?.pids !== undefined) ctx.warn('deploy.resources.limits.pids is not supported on ECS: ignored.', `${d}.resources.limits.pids`);
    const update = deploy.updateConfig;
    if (update) {
      for (const [field, key] of [
        ['delay', 'delay'],
        ['failureAction', 'failure_action'],
        ['monitor', 'monitor'],
        ['maxFailureRatio', 'max_failure_ratio'],
        ['order', 'order'],
      ] as const) {
        if (update[field] !== undefined) ctx.warn(`deploy.update_config.${key} is not supported on ECS: ignored (rolling updates follow the min/max percents).`, `${d}.update_config.${key}`);
      }
    }
  }

  for (const key of Object.keys(service.otherKeys).sort()) ctx.warn(`${key} is not supported on ECS: ignored.`, `${at}.${key}`);
  for (const key of Object.keys(service.extensions).sort()) {
    if (key.startsWith('x-aws-') && !KNOWN_SERVICE_EXTENSIONS.has(key)) ctx.warn(`unknown extension ${key}: ignored.`, `${at}.${key}`);
  }
}

/** Throws a ComposeError listing every incompatibility; records warnings on the context. */
export function checkCompatibility(ctx: ConversionContext): void {
  const errors: Diagnostic[] = [];
  const portOwners = new Map<number, string>();
  for (const service of Object.values(ctx.project.services)) checkService(ctx, service, errors, portOwners);
  for (const key of Object.keys(ctx.project.extensions).sort()) {
    if (key.startsWith('x-aws-') && !KNOWN_PROJECT_EXTENSIONS.has(key)) ctx.warn(`unknown extension ${key}: ignored.`, key);
  }
  if (Object.keys(ctx.project.configs).length > 0) ctx.warn('configs are not supported on ECS: ignored.', 'configs');
  if (errors.length > 0) throw new ComposeError(errors);
}
