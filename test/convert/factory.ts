// Builds normalized Project objects directly (the shape the loader produces), so converter tests need no YAML.

import type { Network, Port, Project, Service } from '../../src/compose/model.js';
import type { ConvertOptions } from '../../src/convert/index.js';

export type ServiceInput = Omit<Partial<Service>, 'ports'> & { ports?: Array<Partial<Port> & { target: number }> };

export function service(name: string, input: ServiceInput = {}): Service {
  const { ports, ...rest } = input;
  return {
    name,
    image: 'nginx',
    environment: {},
    envFiles: [],
    labels: {},
    capAdd: [],
    capDrop: [],
    ulimits: {},
    dependsOn: {},
    expose: [],
    volumes: [],
    tmpfs: [],
    secrets: [],
    configs: [],
    networks: { default: null },
    profiles: [],
    dns: [],
    dnsSearch: [],
    extraHosts: [],
    sysctls: {},
    securityOpt: [],
    devices: [],
    links: [],
    otherKeys: {},
    extensions: {},
    ...rest,
    ports: (ports ?? []).map((p) => ({ ...p, protocol: p.protocol ?? 'tcp', mode: p.mode ?? 'ingress', published: 'published' in p ? p.published : String(p.target), extensions: p.extensions ?? {} })),
  };
}

export function network(key: string, input: Partial<Network> = {}): Network {
  return { key, name: `demo_${key}`, external: false, internal: false, driverOpts: {}, labels: {}, extensions: {}, ...input };
}

export function project(services: Service[], input: Partial<Project> = {}): Project {
  const networks: Record<string, Network> = {};
  for (const s of services) for (const key of Object.keys(s.networks)) networks[key] = network(key);
  return {
    name: 'demo',
    workingDir: '/work/demo',
    composeFiles: ['/work/demo/compose.yaml'],
    services: Object.fromEntries(services.map((s) => [s.name, s])),
    disabledServices: {},
    networks: { ...networks, ...(input.networks ?? {}) },
    volumes: {},
    secrets: {},
    configs: {},
    extensions: {},
    warnings: [],
    positions: {},
    ...input,
    ...(input.networks ? { networks: { ...networks, ...input.networks } } : {}),
  };
}

export const resolvedOptions: ConvertOptions = {
  stackName: 'demo',
  network: {
    vpcId: 'vpc-12345678',
    subnets: [{ id: 'subnet-11111111' }, { id: 'subnet-22222222' }],
  },
};
