// local mode: the Compose override, checked the way Compose will read it — loaded back through our own loader
// together with the original files — and the mode through the bundle (action and CLI).

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProject, type Project } from '../../src/compose/index.js';
import {
  buildLocalOverride,
  renderLocalOverride,
  CREDENTIALS_NETWORK,
  DEFAULT_ENDPOINTS_IMAGE,
  ENDPOINTS_ADDRESS,
  ENDPOINTS_SERVICE,
} from '../../src/local/override.js';
import { UserError } from '../../src/errors.js';
import { repoRoot, runAction, runCli } from '../support/action.js';

let dir: string;
let home: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'local-mode-'));
  home = mkdtempSync(join(tmpdir(), 'local-home-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

const load = (files: string[], profiles: string[] = []): Project =>
  loadProject({ workingDir: dir, composeFiles: files, envFiles: [], profiles, env: { HOME: home } });

/** Writes the override for compose.yaml in `dir` and loads both files back. */
function roundTrip(compose: string, options: { region?: string; profile?: string; profiles?: string[] } = {}) {
  writeFileSync(join(dir, 'compose.yaml'), compose);
  const original = load(['compose.yaml'], options.profiles);
  const override = buildLocalOverride(original, { profile: options.profile ?? 'default', region: options.region });
  const overridePath = join(dir, 'compose.ecs-local.yaml');
  const text = renderLocalOverride(override, { composeFiles: original.composeFiles, overridePath, workingDir: dir, extraFlags: [], profile: options.profile ?? 'default' });
  writeFileSync(overridePath, text);
  const merged = load(['compose.yaml', 'compose.ecs-local.yaml'], options.profiles);
  return { original, override, text, merged };
}

describe('the override, merged with the original by the loader', () => {
  it('adds the endpoints on the link-local network and points every service at them', () => {
    const { merged } = roundTrip(
      [
        'name: shop',
        'services:',
        '  web:',
        '    image: nginx',
        '    ports: ["80:80"]',
        '    environment:',
        '      API_URL: http://api:8080',
        '    depends_on: [api]',
        '  api:',
        '    image: example/api',
        '    environment:',
        '      AWS_REGION: us-west-2',
      ].join('\n'),
      { region: 'eu-west-1' },
    );
    expect(Object.keys(merged.services).sort()).toEqual(['api', ENDPOINTS_SERVICE, 'web']);

    const web = merged.services['web']!;
    expect(web.environment).toMatchObject({
      API_URL: 'http://api:8080',
      AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/creds',
      ECS_CONTAINER_METADATA_URI: `http://${ENDPOINTS_ADDRESS}/v3`,
      ECS_CONTAINER_METADATA_URI_V4: `http://${ENDPOINTS_ADDRESS}/v4`,
      AWS_REGION: 'eu-west-1',
      AWS_DEFAULT_REGION: 'eu-west-1',
    });
    // The original networks are kept (the implicit default included) next to the credentials network.
    expect(Object.keys(web.networks).sort()).toEqual([CREDENTIALS_NETWORK, 'default']);
    expect(Object.keys(web.dependsOn).sort()).toEqual(['api', ENDPOINTS_SERVICE]);
    expect(web.ports.map((p) => p.target)).toEqual([80]);
    // A region the service sets itself is left alone.
    expect(merged.services['api']!.environment['AWS_REGION']).toBe('us-west-2');
    expect(merged.services['api']!.environment['AWS_DEFAULT_REGION']).toBe('eu-west-1');

    const endpoints = merged.services[ENDPOINTS_SERVICE]!;
    expect(endpoints.image).toBe(DEFAULT_ENDPOINTS_IMAGE);
    expect(endpoints.environment).toMatchObject({ AWS_PROFILE: 'default', HOME: '/home', AWS_REGION: 'eu-west-1' });
    expect(endpoints.networks[CREDENTIALS_NETWORK]?.ipv4Address).toBe(ENDPOINTS_ADDRESS);
    const aws = endpoints.volumes.find((v) => v.target === '/home/.aws');
    expect(aws).toMatchObject({ type: 'bind', source: join(home, '.aws'), readOnly: true });
    expect(endpoints.volumes.some((v) => v.target === '/var/run/docker.sock')).toBe(true);

    const network = merged.networks[CREDENTIALS_NETWORK];
    expect(network).toMatchObject({ driver: 'bridge', external: false, name: `shop_${CREDENTIALS_NETWORK}` });
  });

  it('keeps custom networks with their aliases and the depends_on conditions', () => {
    const { merged } = roundTrip(
      [
        'name: shop',
        'services:',
        '  api:',
        '    image: example/api',
        '    networks:',
        '      back:',
        '        aliases: ["api.internal", "cost$$center"]',
        '      front: {}',
        '    depends_on:',
        '      db: {condition: service_healthy}',
        '  db:',
        '    image: postgres',
        '    networks: [back]',
        '    healthcheck: {test: ["CMD", "true"]}',
        'networks:',
        '  front: {}',
        '  back: {}',
      ].join('\n'),
    );
    const api = merged.services['api']!;
    expect(Object.keys(api.networks).sort()).toEqual(['back', CREDENTIALS_NETWORK, 'front']);
    // The aliases come from the original, once.
    expect(api.networks['back']?.aliases).toEqual(['api.internal', 'cost$center']);
    expect(api.dependsOn['db']?.condition).toBe('service_healthy');
    expect(api.dependsOn[ENDPOINTS_SERVICE]?.condition).toBe('service_started');
    expect(Object.keys(merged.services['db']!.networks).sort()).toEqual(['back', CREDENTIALS_NETWORK]);
    // No region given: none is set.
    expect(api.environment['AWS_REGION']).toBeUndefined();
  });

  it('covers services disabled by profiles, so `--profile` runs get credentials too', () => {
    const { merged, original } = roundTrip(['services:', '  app: {image: example/app}', '  debug: {image: example/debug, profiles: [debug]}'].join('\n'));
    expect(Object.keys(original.disabledServices)).toEqual(['debug']);
    expect(Object.keys(merged.disabledServices)).toEqual(['debug']);
    const withProfile = load(['compose.yaml', 'compose.ecs-local.yaml'], ['debug']);
    expect(withProfile.services['debug']!.environment['AWS_CONTAINER_CREDENTIALS_RELATIVE_URI']).toBe('/creds');
  });

  it('leaves network_mode services without networks, and warns for network_mode: none', () => {
    const { merged, override } = roundTrip(['services:', '  app: {image: example/app}', '  sidecar: {image: example/sidecar, network_mode: "service:app"}', '  offline: {image: example/batch, network_mode: none}'].join('\n'));
    expect(merged.services['sidecar']!.environment['AWS_CONTAINER_CREDENTIALS_RELATIVE_URI']).toBe('/creds');
    expect(merged.services['sidecar']!.networkMode).toBe('service:app');
    expect(merged.services['offline']!.environment['AWS_CONTAINER_CREDENTIALS_RELATIVE_URI']).toBeUndefined();
    expect(override.warnings.map((w) => w.key)).toEqual(['services.offline.network_mode']);
  });

  it('is deterministic and holds no machine-specific path', () => {
    const compose = ['name: shop', 'services:', '  b: {image: b}', '  a: {image: a}'].join('\n');
    const first = roundTrip(compose, { profile: 'dev' }).text;
    const second = roundTrip(compose, { profile: 'dev' }).text;
    expect(second).toBe(first);
    expect(first).not.toContain(home);
    expect(first).not.toContain(dir);
    expect(first).toMatch(/^# Generated by compose-ecs-action \(local mode\)/);
    expect(first).toContain('#   docker compose -f compose.yaml -f compose.ecs-local.yaml up');
    expect(first).toContain('AWS_PROFILE: dev');
  });

  it('escapes `$` so values survive Compose interpolating the override', () => {
    const { merged } = roundTrip(['services:', '  app: {image: example/app}'].join('\n'), { profile: 'team$dev' });
    expect(merged.services[ENDPOINTS_SERVICE]!.environment['AWS_PROFILE']).toBe('team$dev');
  });

  it('refuses a project that already uses the names it adds', () => {
    writeFileSync(join(dir, 'compose.yaml'), ['services:', `  ${ENDPOINTS_SERVICE}: {image: mine}`].join('\n'));
    expect(() => buildLocalOverride(load(['compose.yaml']), { profile: 'default' })).toThrow(UserError);
    writeFileSync(join(dir, 'compose.yaml'), ['services:', '  app: {image: mine}', 'networks:', `  ${CREDENTIALS_NETWORK}: {}`].join('\n'));
    expect(() => buildLocalOverride(load(['compose.yaml']), { profile: 'default' })).toThrow(/credentials_network/);
  });
});

describe('local mode through the bundle', () => {
  function webapp(): string {
    cpSync(join(repoRoot, 'examples', 'webapp'), dir, { recursive: true });
    return dir;
  }

  it('writes the override, sets override-path and says how to run it (action)', async () => {
    const workingDir = webapp();
    const run = await runAction({ mode: 'local', 'working-directory': workingDir, region: 'eu-west-1', 'aws-profile': 'staging' }, { env: { HOME: home } });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    const path = join(workingDir, 'compose.ecs-local.yaml');
    expect(run.outputs['override-path']).toBe(path);
    expect(run.summary).toContain('docker compose -f compose.yaml -f compose.ecs-local.yaml up');
    expect(readFileSync(path, 'utf8')).toContain('AWS_PROFILE: staging');
    // Nothing was read from ~/.aws (it does not even exist).
    expect(existsSync(join(home, '.aws'))).toBe(false);
    const merged = load(['compose.yaml', 'compose.ecs-local.yaml']);
    for (const name of ['web', 'api', 'worker', 'db']) {
      expect([name, merged.services[name]!.environment['AWS_CONTAINER_CREDENTIALS_RELATIVE_URI']]).toEqual([name, '/creds']);
      expect([name, Object.keys(merged.services[name]!.networks).sort()]).toEqual([name, [CREDENTIALS_NETWORK, 'default']]);
    }
  });

  it('honours local-override-path, project-name and a custom endpoints image (CLI)', async () => {
    const workingDir = webapp();
    const run = await runCli(['local', '--working-directory', workingDir, '-p', 'shop-local', '--local-override-path', 'local/ecs.yaml', '--local-endpoints-image', 'registry.example/ecs-endpoints:2'], {
      env: { HOME: home },
    });
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    const text = readFileSync(join(workingDir, 'local', 'ecs.yaml'), 'utf8');
    expect(text).toContain('image: registry.example/ecs-endpoints:2');
    expect(text).not.toContain('platform:');
    expect(run.stderr).toContain('docker compose -p shop-local -f compose.yaml -f local/ecs.yaml up');
    expect(run.stderr).toContain(`override-path: ${join(workingDir, 'local', 'ecs.yaml')}`);
  });

  it('refuses to overwrite one of the Compose files it reads', async () => {
    const workingDir = webapp();
    const run = await runCli(['local', '--working-directory', workingDir, '--local-override-path', 'compose.yaml'], { env: { HOME: home } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"local-override-path"');
    expect(readFileSync(join(workingDir, 'compose.yaml'), 'utf8')).toContain('A web app with a database');
  });
});
