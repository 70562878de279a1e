import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { renderConfig } from '../../src/compose/index.js';
import { composeError, load, loadYaml, workspace } from './helpers.js';

describe('file discovery and environment', () => {
  it('finds compose.yaml in a parent directory and adds the override file', () => {
    const dir = workspace({
      'compose.yaml': 'services:\n  web:\n    image: nginx\n',
      'compose.override.yml': 'services:\n  web:\n    image: haproxy\n',
      'sub/deeper/.keep': '',
    });
    const project = load(path.join(dir, 'sub/deeper'));
    expect(project.composeFiles).toEqual([path.join(dir, 'compose.yaml'), path.join(dir, 'compose.override.yml')]);
    expect(project.services.web!.image).toBe('haproxy');
    expect(project.workingDir).toBe(dir);
  });

  it('prefers compose.yaml and warns when several names exist', () => {
    const dir = workspace({ 'compose.yaml': 'services:\n  a:\n    image: a\n', 'docker-compose.yml': 'services:\n  b:\n    image: b\n' });
    const project = load(dir);
    expect(Object.keys(project.services)).toEqual(['a']);
    expect(project.warnings.map((w) => w.message).join()).toContain('Found multiple config files');
  });

  it('honours COMPOSE_FILE (from the env or .env) with the path separator', () => {
    const dir = workspace({ 'one.yaml': 'services:\n  a:\n    image: a\n', 'two.yaml': 'services:\n  a:\n    image: b\n', '.env': 'COMPOSE_FILE=one.yaml:two.yaml\n' });
    expect(load(dir).services.a!.image).toBe('b');
    expect(load(dir, { env: { COMPOSE_FILE: 'one.yaml' } }).services.a!.image).toBe('a');
  });

  it('process env beats .env; explicit env files replace .env, later ones win', () => {
    const dir = workspace({
      'compose.yaml': 'services:\n  a:\n    image: "${IMG}:${TAG}"\n',
      '.env': 'IMG=from-dotenv\nTAG=1\n',
      'one.env': 'IMG=one\nTAG=one\n',
      'two.env': 'TAG=two\n',
    });
    expect(load(dir).services.a!.image).toBe('from-dotenv:1');
    expect(load(dir, { env: { IMG: 'from-os' } }).services.a!.image).toBe('from-os:1');
    expect(load(dir, { envFiles: ['one.env', 'two.env'] }).services.a!.image).toBe('one:two');
    expect(composeError(() => load(dir, { envFiles: ['missing.env'] })).message).toContain(`couldn't find env file: ${path.join(dir, 'missing.env')}`);
  });

  it('reports a missing compose file with its path and what to do', () => {
    const dir = workspace({});
    const error = composeError(() => load(dir, { composeFiles: ['nope.yaml'] }));
    expect(error.message).toContain(path.join(dir, 'nope.yaml'));
    expect(error.message).toContain('not found');
    expect(composeError(() => load(workspace({ 'README.md': '' }))).message).toContain('no configuration file provided');
  });
});

describe('project name', () => {
  it('follows option > COMPOSE_PROJECT_NAME > name: > directory, normalizing only the last two', () => {
    const dir = workspace({ 'My Project/compose.yaml': 'services:\n  a:\n    image: a\n' });
    const projectDir = path.join(dir, 'My Project');
    expect(load(projectDir).name).toBe('myproject');
    expect(load(projectDir, { env: { COMPOSE_PROJECT_NAME: 'from-env' } }).name).toBe('from-env');
    expect(load(projectDir, { projectName: 'explicit', env: { COMPOSE_PROJECT_NAME: 'from-env' } }).name).toBe('explicit');
    expect(composeError(() => load(projectDir, { projectName: 'Bad Name' })).message).toContain('invalid project name "Bad Name"');
    expect(loadYaml('name: "__My App.v2"\nservices:\n  a:\n    image: a\n').name).toBe('myappv2');
  });

  it('interpolates name: and exports COMPOSE_PROJECT_NAME', () => {
    const project = loadYaml('name: app-${STAGE}\nservices:\n  a:\n    image: a\n    labels:\n      project: $COMPOSE_PROJECT_NAME\n', { env: { STAGE: 'prod' } });
    expect(project.name).toBe('app-prod');
    expect(project.services.a!.labels).toEqual({ project: 'app-prod' });
    expect(project.networks.default!.name).toBe('app-prod_default');
  });
});

describe('interpolation in files', () => {
  it('interpolates values (not keys), including x-* and casts typed values', () => {
    const project = loadYaml(
      [
        'services:',
        '  web:',
        '    image: ${IMG:?image required}',
        '    deploy:',
        '      replicas: ${N}',
        '    read_only: "${RO}"',
        '    cpus: ${CPU}',
        '    labels:',
        '      $KEY: value',
        'x-custom:',
        '  region: $${AWS::Region}',
        '  who: ${WHO-nobody}',
      ].join('\n'),
      { env: { IMG: 'nginx', N: '3', RO: 'TRUE', CPU: '0.25', KEY: 'ignored' } },
    );
    const web = project.services.web!;
    expect(web.image).toBe('nginx');
    expect(web.deploy!.replicas).toBe(3);
    expect(web.readOnly).toBe(true);
    expect(web.cpus).toBe(0.25);
    expect(web.labels).toEqual({ $KEY: 'value' });
    expect(project.extensions['x-custom']).toEqual({ region: '${AWS::Region}', who: 'nobody' });
  });

  it('warns about unset variables and reports required ones and bad casts together', () => {
    const project = loadYaml('services:\n  a:\n    image: "img$UNSET_ONE"\n');
    expect(project.services.a!.image).toBe('img');
    expect(project.warnings[0]!.message).toBe('The "UNSET_ONE" variable is not set. Defaulting to a blank string.');
    const error = composeError(() => loadYaml('services:\n  a:\n    image: ${IMG:?set IMG}\n    deploy:\n      replicas: "${N}"\n    privileged: maybe\n', { env: { N: 'x' } }));
    const messages = error.diagnostics.map((d) => d.message);
    expect(messages).toContain('error while interpolating services.a.image: required variable IMG is missing a value: set IMG');
    expect(messages.some((m) => m.startsWith('error while interpolating services.a.deploy.replicas: failed to cast to expected type'))).toBe(true);
    expect(messages).toContain('error while interpolating services.a.privileged: failed to cast to expected type: invalid boolean: maybe');
    expect(error.diagnostics[0]!.source).toMatchObject({ line: 3, column: 5 });
  });

  it('rejects ${AWS::Region} outside $$ escaping with compose-go\'s message', () => {
    const error = composeError(() => loadYaml('services:\n  a:\n    image: a\n    environment:\n      R: ${AWS::Region}\n'));
    expect(error.diagnostics[0]!.message).toBe('invalid interpolation format for services.a.environment.R.\nYou may need to escape any $ with another $.\n${AWS::Region}');
    expect(error.diagnostics[0]!.key).toBe('services.a.environment.R');
  });
});

describe('merging files', () => {
  const base = [
    'services:',
    '  web:',
    '    image: base',
    '    command: ["a", "b"]',
    '    environment: {A: "1", B: "2"}',
    '    ports: ["8080:80", "9090:90"]',
    '    volumes: ["./data:/data", "logs:/logs"]',
    '    secrets: [s1]',
    '    cap_add: [NET_ADMIN]',
    '    labels: [x=1]',
    '    depends_on: [db]',
    '    logging: {driver: json-file, options: {max-size: 1m}}',
    '  db:',
    '    image: pg',
    'volumes: {logs: {}}',
    'secrets: {s1: {file: ./s1}, s2: {file: ./s2}}',
  ].join('\n');
  const override = [
    'services:',
    '  web:',
    '    command: c',
    '    environment: [B=3, C]',
    '    ports: ["8080:80", "7070:70"]',
    '    volumes: [{type: bind, source: ./other, target: /data}]',
    '    secrets: [{source: s2, target: /run/secrets/s1}]',
    '    cap_add: [SYS_TIME]',
    '    labels: {y: "2"}',
    '    depends_on: {db: {condition: service_healthy}}',
    '    logging: {options: {max-file: "3"}}',
  ].join('\n');

  it('applies the per-key merge rules', () => {
    const dir = workspace({ 'compose.yaml': base, 'override.yaml': override });
    const web = load(dir, { composeFiles: ['compose.yaml', 'override.yaml'], env: { C: 'from-env' } }).services.web!;
    expect(web.command).toEqual(['c']);
    expect(web.environment).toEqual({ A: '1', B: '3', C: 'from-env' });
    expect(web.ports.map((p) => `${p.published}:${p.target}`)).toEqual(['8080:80', '9090:90', '7070:70']);
    expect(web.volumes).toEqual([
      { type: 'bind', source: path.join(dir, 'other'), target: '/data', readOnly: false, bind: { createHostPath: true }, extensions: {} },
      { type: 'volume', source: 'logs', target: '/logs', readOnly: false, extensions: {} },
    ]);
    expect(web.secrets).toEqual([{ source: 's2', target: '/run/secrets/s1', extensions: {} }]);
    expect(web.capAdd).toEqual(['NET_ADMIN', 'SYS_TIME']);
    expect(web.labels).toEqual({ x: '1', y: '2' });
    expect(web.dependsOn).toEqual({ db: { condition: 'service_healthy', required: true } });
    expect(web.logging).toEqual({ driver: 'json-file', options: { 'max-size': '1m', 'max-file': '3' } });
  });

  it('treats several YAML documents as overrides and supports !reset / !override', () => {
    const project = loadYaml(
      [
        'services:',
        '  web:',
        '    image: a',
        '    ports: ["80:80"]',
        '    environment: {A: "1"}',
        '    dns: [1.1.1.1]',
        '---',
        'services:',
        '  web:',
        '    ports: !override ["81:81"]',
        '    environment: !reset {}',
        '    dns: !reset null',
        '    image: b',
      ].join('\n'),
    );
    const web = project.services.web!;
    expect(web.image).toBe('b');
    expect(web.ports.map((p) => p.target)).toEqual([81]);
    expect(web.environment).toEqual({});
    expect(web.dns).toEqual([]);
  });

  it('reports a list merged over a mapping', () => {
    const dir = workspace({ 'a.yaml': 'services:\n  w:\n    image: a\n    extra_hosts: [a:1.1.1.1]\n    ulimits: {nofile: 1}\n', 'b.yaml': 'services:\n  w:\n    ulimits: [1]\n' });
    expect(composeError(() => load(dir, { composeFiles: ['a.yaml', 'b.yaml'] })).message).toMatch(/ulimits/);
  });
});

describe('short → long syntax', () => {
  it('ports: ranges, protocol, host ip, IPv6, long form', () => {
    const web = loadYaml(
      'services:\n  w:\n    image: a\n    ports:\n      - 80\n      - "127.0.0.1:8001:81/UDP"\n      - "9-11:9-11"\n      - "8000-9000:82"\n      - "[::1]:6000:6000"\n      - {target: 83, published: 8083, x-tag: t}\n',
    ).services.w!;
    expect(web.ports).toEqual([
      { target: 80, protocol: 'tcp', mode: 'ingress', extensions: {} },
      { target: 81, published: '8001', hostIp: '127.0.0.1', protocol: 'udp', mode: 'ingress', extensions: {} },
      { target: 10, published: '10', protocol: 'tcp', mode: 'ingress', extensions: {} },
      { target: 11, published: '11', protocol: 'tcp', mode: 'ingress', extensions: {} },
      { target: 9, published: '9', protocol: 'tcp', mode: 'ingress', extensions: {} },
      { target: 82, published: '8000-9000', protocol: 'tcp', mode: 'ingress', extensions: {} },
      { target: 6000, published: '6000', hostIp: '::1', protocol: 'tcp', mode: 'ingress', extensions: {} },
      { target: 83, published: '8083', protocol: 'tcp', mode: 'ingress', extensions: { 'x-tag': 't' } },
    ]);
    expect(composeError(() => loadYaml('services:\n  w:\n    image: a\n    ports: ["80/xyz"]\n')).message).toContain('invalid proto: xyz');
    expect(composeError(() => loadYaml('services:\n  w:\n    image: a\n    ports: ["1.2.3:80:80"]\n')).message).toContain('invalid IP address: 1.2.3');
  });

  it('volumes: named, anonymous, bind with options, windows path, tmpfs long form', () => {
    const project = loadYaml(
      'services:\n  w:\n    image: a\n    volumes:\n      - data:/data:ro,nocopy\n      - /anon/\n      - ./src:/src:rw,z,rshared\n      - ~/cache:/cache\n      - C:\\docker:/win\n      - {type: tmpfs, target: /tmp, tmpfs: {size: 64m, mode: "1777"}}\nvolumes:\n  data:\n',
      { env: { HOME: '/home/me' } },
    );
    const dir = project.workingDir;
    expect(project.services.w!.volumes).toEqual([
      { type: 'volume', source: 'data', target: '/data', readOnly: true, volume: { nocopy: true }, extensions: {} },
      { type: 'volume', target: '/anon', readOnly: false, extensions: {} },
      { type: 'bind', source: path.join(dir, 'src'), target: '/src', readOnly: false, bind: { createHostPath: true, propagation: 'rshared', selinux: 'z' }, extensions: {} },
      { type: 'bind', source: '/home/me/cache', target: '/cache', readOnly: false, bind: { createHostPath: true }, extensions: {} },
      { type: 'bind', source: 'C:\\docker', target: '/win', readOnly: false, bind: { createHostPath: true }, extensions: {} },
      { type: 'tmpfs', target: '/tmp', readOnly: false, tmpfs: { size: 67108864, mode: 0o1777 }, extensions: {} },
    ]);
    expect(composeError(() => loadYaml('services:\n  w:\n    image: a\n    volumes: ["vol::/b"]\n')).message).toContain('empty section between colons');
    expect(composeError(() => loadYaml('services:\n  w:\n    image: a\n    volumes: ["vol:/b:ro:x"]\n')).message).toContain('too many colons');
  });

  it('secrets and configs, with octal modes as compose-go reads them', () => {
    const project = loadYaml(
      'services:\n  w:\n    image: a\n    secrets:\n      - s\n      - {source: s, target: custom, mode: 0440, uid: "1"}\n      - {source: t, target: /abs, mode: "0400"}\n    configs: [c, {source: c, target: /etc/c, mode: 440}]\nsecrets:\n  s: {file: ./s.txt}\n  t: {environment: TOKEN}\nconfigs:\n  c: {content: hello}\n',
    );
    const w = project.services.w!;
    expect(w.secrets).toEqual([
      { source: 's', target: '/run/secrets/s', extensions: {} },
      { source: 's', target: '/run/secrets/custom', uid: '1', mode: 288, extensions: {} },
      { source: 't', target: '/abs', mode: 256, extensions: {} },
    ]);
    expect(w.configs).toEqual([{ source: 'c', extensions: {} }, { source: 'c', target: '/etc/c', mode: 440, extensions: {} }]);
    expect(project.secrets.s).toMatchObject({ name: `${project.name}_s`, file: path.join(project.workingDir, 's.txt'), external: false });
    expect(project.secrets.t!.environment).toBe('TOKEN');
    expect(project.configs.c!.content).toBe('hello');
  });

  it('depends_on, healthcheck durations, byte sizes, cpus, command splitting, ulimits', () => {
    const project = loadYaml(
      [
        'services:',
        '  w:',
        '    image: a',
        '    depends_on: {db: {condition: service_healthy, restart: true}, cache: {condition: service_started, required: false}}',
        '    healthcheck: {test: [CMD, curl, -f, x], interval: 1m30s, timeout: 500ms, start_period: 1h5m30s20ms, retries: 3}',
        '    stop_grace_period: 1.5h',
        '    shm_size: 1gb',
        '    mem_limit: 64000kB',
        '    mem_reservation: 1073741824',
        '    cpus: "1.5"',
        '    command: sh -c "echo \'hello world\' && sleep 1"',
        '    entrypoint: []',
        '    ulimits: {nproc: 65535, nofile: {soft: 20000, hard: 40000}}',
        '    pull_policy: if_not_present',
        '  db: {image: pg, healthcheck: {disable: true}}',
        '  cache: {image: redis, profiles: [extra]}',
      ].join('\n'),
    );
    const w = project.services.w!;
    expect(w.dependsOn).toEqual({ db: { condition: 'service_healthy', required: true, restart: true } });
    expect(w.healthcheck).toEqual({ test: ['CMD', 'curl', '-f', 'x'], interval: 90, timeout: 0.5, startPeriod: 3930.02, retries: 3 });
    expect(w.stopGracePeriod).toBe(5400);
    expect(w.shmSize).toBe(1073741824);
    expect(w.memLimit).toBe(65536000);
    expect(w.memReservation).toBe(1073741824);
    expect(w.cpus).toBe(1.5);
    expect(w.command).toEqual(['sh', '-c', "echo 'hello world' && sleep 1"]);
    expect(w.entrypoint).toEqual([]);
    expect(w.ulimits).toEqual({ nproc: { soft: 65535, hard: 65535 }, nofile: { soft: 20000, hard: 40000 } });
    expect(w.pullPolicy).toBe('missing');
    expect(project.services.db!.healthcheck).toEqual({ disable: true, test: ['NONE'] });
    expect(project.disabledServices.cache!.name).toBe('cache');
    expect(project.warnings.map((m) => m.message).join()).toContain('"cache"');
  });

  it('rejects bad durations and sizes with the key', () => {
    const error = composeError(() => loadYaml('services:\n  w:\n    image: a\n    healthcheck: {interval: "30"}\n    mem_limit: 12x\n'));
    expect(error.diagnostics.map((d) => [d.key, d.message.split(':')[0]])).toEqual(
      expect.arrayContaining([
        ['services.w.healthcheck.interval', 'invalid duration "30"'],
        ['services.w.mem_limit', 'invalid suffix'],
      ]),
    );
  });
});

describe('environment resolution', () => {
  it('env_file first (in order, required/format), environment over it, bare keys from the project env', () => {
    const project = loadYaml(
      [
        'services:',
        '  w:',
        '    image: a',
        '    env_file:',
        '      - base.env',
        '      - {path: missing.env, required: false}',
        '      - {path: raw.env, format: raw}',
        '    environment:',
        '      - FROM_FILE_OVERRIDDEN=env',
        '      - FROM_OS',
        '      - NOT_SET',
      ].join('\n'),
      { env: { FROM_OS: 'os', OS_ONLY: 'os-only' } },
      { 'base.env': 'FROM_FILE=1\nFROM_FILE_OVERRIDDEN=file\nINTERP=${OS_ONLY}\n', 'raw.env': 'RAW="$NOT_EXPANDED"\n' },
    );
    expect(project.services.w!.environment).toEqual({
      FROM_FILE: '1',
      FROM_FILE_OVERRIDDEN: 'env',
      INTERP: 'os-only',
      RAW: '"$NOT_EXPANDED"',
      FROM_OS: 'os',
      NOT_SET: null,
    });
    expect(project.services.w!.envFiles.map((f) => [path.basename(f.path), f.required, f.format])).toEqual([
      ['base.env', true, undefined],
      ['missing.env', false, undefined],
      ['raw.env', true, 'raw'],
    ]);
  });

  it('reports a missing required env_file and an unknown format', () => {
    const error = composeError(() => loadYaml('services:\n  w:\n    image: a\n    env_file: [nope.env, {path: f.env, format: weird}]\n', {}, { 'f.env': 'A=1\n' }));
    expect(error.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('nope.env not found'), 'unsupported env_file format "weird"']);
  });

  it('rejects a list entry with a trailing space in its key', () => {
    expect(composeError(() => loadYaml('services:\n  w:\n    image: a\n    environment: ["FOO =bar"]\n')).message).toContain('environment variable FOO is declared with a trailing space');
  });
});

describe('extends and include', () => {
  it('extends a service of the same file and of another file, paths relative to the base file', () => {
    const dir = workspace({
      'compose.yaml': [
        'services:',
        '  base: {image: base, environment: {A: "1"}, command: sleep infinity}',
        '  same: {extends: base, environment: {B: "2"}}',
        '  reset: {extends: {service: base}, command: !reset}',
        '  other: {extends: {file: sub/base.yaml, service: svc}, ports: ["81:81"]}',
      ].join('\n'),
      'sub/base.yaml': 'services:\n  svc:\n    extends: {file: deeper/root.yaml, service: root}\n    ports: ["80:80"]\n    env_file: [./svc.env]\n',
      'sub/deeper/root.yaml': 'services:\n  root:\n    build: .\n',
      'sub/svc.env': 'FROM=svc\n',
    });
    const project = load(dir);
    expect(project.services.same!.environment).toEqual({ A: '1', B: '2' });
    expect(project.services.same!.command).toEqual(['sleep', 'infinity']);
    expect(project.services.reset!.command).toBeUndefined();
    const other = project.services.other!;
    expect(other.build).toEqual({ context: path.join(dir, 'sub/deeper'), dockerfile: 'Dockerfile' });
    expect(other.ports.map((p) => p.target)).toEqual([80, 81]);
    expect(other.environment).toEqual({ FROM: 'svc' });
  });

  it('reports extends errors and cycles', () => {
    expect(composeError(() => loadYaml('services:\n  a: {image: a, extends: nope}\n')).message).toContain('cannot extend service "a" in');
    expect(composeError(() => loadYaml('services:\n  a: {extends: b}\n  b: {extends: a}\n')).message).toContain('Circular reference with extends');
  });

  it('includes a sub-project with its own env and directory; the including file wins on conflicts', () => {
    const dir = workspace({
      'compose.yaml': 'include:\n  - path: lib/compose.yaml\nservices:\n  app: {image: app, depends_on: [lib]}\n  lib: {environment: {OVER: "yes"}}\n',
      'lib/compose.yaml': 'services:\n  lib:\n    image: lib:${LIB_TAG}\n    volumes: [./data:/data]\n',
      'lib/.env': 'LIB_TAG=2\n',
    });
    const project = load(dir);
    expect(project.services.lib!.image).toBe('lib:2');
    expect(project.services.lib!.environment).toEqual({ OVER: 'yes' });
    expect(project.services.lib!.volumes[0]!.source).toBe(path.join(dir, 'lib/data'));
  });

  it('detects include cycles', () => {
    const dir = workspace({ 'compose.yaml': 'include: [other.yaml]\nservices:\n  a: {image: a}\n', 'other.yaml': 'include: [compose.yaml]\n' });
    expect(composeError(() => load(dir)).message).toContain('include cycle detected');
  });
});

describe('profiles', () => {
  const yaml = 'services:\n  always: {image: a}\n  debug: {image: d, profiles: [debug]}\n  tools: {image: t, profiles: [tools, debug]}\n';
  it('enables by options.profiles, else COMPOSE_PROFILES, * for all', () => {
    expect(Object.keys(loadYaml(yaml).services)).toEqual(['always']);
    expect(Object.keys(loadYaml(yaml, { profiles: ['tools'] }).services)).toEqual(['always', 'tools']);
    expect(Object.keys(loadYaml(yaml, { env: { COMPOSE_PROFILES: ' debug ,x' } }).services)).toEqual(['always', 'debug', 'tools']);
    expect(Object.keys(loadYaml(yaml, { env: { COMPOSE_PROFILES: '*' } }).services)).toEqual(['always', 'debug', 'tools']);
    expect(Object.keys(loadYaml(yaml).disabledServices)).toEqual(['debug', 'tools']);
  });
  it('rejects a required dependency on a disabled service', () => {
    expect(composeError(() => loadYaml('services:\n  a: {image: a, depends_on: [b]}\n  b: {image: b, profiles: [x]}\n')).message).toContain('service "a" depends on undefined service "b"');
  });
});

describe('normalization and semantic checks', () => {
  it('names resources and adds the default network and implicit dependencies', () => {
    const project = loadYaml(
      'name: p\nservices:\n  a: {image: a, links: ["b:alias"], networks: [front]}\n  b: {image: b, volumes_from: [c], network_mode: "service:d"}\n  c: {image: c}\n  d: {image: d}\nnetworks:\n  front: {}\n  ext: {external: true}\n  named: {name: custom}\nvolumes:\n  v: {}\n',
    );
    expect(project.networks.front!.name).toBe('p_front');
    expect(project.networks.ext!.name).toBe('ext');
    expect(project.networks.named!.name).toBe('custom');
    expect(project.networks.default!.name).toBe('p_default');
    expect(project.volumes.v!.name).toBe('p_v');
    expect(project.services.a!.networks).toEqual({ front: null });
    expect(project.services.b!.networks).toEqual({});
    expect(project.services.a!.dependsOn).toEqual({ b: { condition: 'service_started', required: true, restart: true } });
    expect(project.services.b!.dependsOn).toEqual({
      d: { condition: 'service_started', required: true, restart: true },
      c: { condition: 'service_started', required: true, restart: false },
    });
  });

  it('reports undefined references, cycles and duplicate published ports together', () => {
    const error = composeError(() =>
      loadYaml('services:\n  a: {image: a, networks: [nope], volumes: ["vol:/v"], secrets: [sec], depends_on: [b], ports: ["80:80"]}\n  b: {image: b, depends_on: [a], ports: ["80:8080"]}\n  c: {build: ., depends_on: [c]}\n'),
    );
    const messages = error.diagnostics.map((d) => d.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'service "a" refers to undefined network nope: invalid compose project',
        'service "a" refers to undefined volume vol: invalid compose project',
        'service "a" refers to undefined secret sec: invalid compose project',
        'dependency cycle detected: a -> b -> a',
        'dependency cycle detected: c -> c',
        'port 80/tcp is published by both services "a" and "b"',
      ]),
    );
    expect(composeError(() => loadYaml('services:\n  a: {restart: always}\n')).message).toContain('service "a" has neither an image nor a build context specified');
  });

  it('warns about version and keeps x-* extensions everywhere', () => {
    const project = loadYaml(
      'version: "3.8"\nservices:\n  a:\n    image: a\n    x-s: 1\n    deploy: {x-d: 2, update_config: {x-u: 3}}\n    networks: {n: {x-n: 4}}\nnetworks:\n  n: {x-net: 5}\nvolumes:\n  v: {x-v: 6}\nx-top: 7\n',
    );
    expect(project.warnings[0]!.message).toContain('the attribute `version` is obsolete');
    const a = project.services.a!;
    expect(a.extensions).toEqual({ 'x-s': 1 });
    expect(a.deploy!.extensions).toEqual({ 'x-d': 2 });
    expect(a.deploy!.updateConfig!.extensions).toEqual({ 'x-u': 3 });
    expect(a.networks.n!.extensions).toEqual({ 'x-n': 4 });
    expect(project.networks.n!.extensions).toEqual({ 'x-net': 5 });
    expect(project.volumes.v!.extensions).toEqual({ 'x-v': 6 });
    expect(project.extensions).toEqual({ 'x-top': 7 });
  });

  it('records positions and service sources', () => {
    const project = loadYaml('services:\n  web:\n    image: a\n    ports:\n      - "80:80"\n');
    expect(project.positions['services.web.ports[0]']).toMatchObject({ line: 5, column: 9 });
    expect(project.services.web!.source).toMatchObject({ line: 2, column: 3 });
  });
});

describe('CloudFormation tags in x-aws-cloudformation', () => {
  it('reads every short tag as its long form', () => {
    const project = loadYaml(
      [
        'services:',
        '  a: {image: a}',
        'x-aws-cloudformation:',
        '  Resources:',
        '    R:',
        '      Properties:',
        '        Ref: !Ref Thing',
        '        Att: !GetAtt Lb.DNSName.Extra',
        '        AttList: !GetAtt [Lb, Arn]',
        '        Sub: !Sub "arn:$${AWS::Partition}:s3:::b"',
        '        Join: !Join ["-", [a, !Ref B]]',
        '        Select: !Select [0, !GetAZs ""]',
        '        Split: !Split [",", "a,b"]',
        '        If: !If [Cond, !Base64 x, !ImportValue y]',
        '        Logic: !And [!Equals [a, b], !Not [!Condition C], !Or [!Condition D]]',
        '        Map: !FindInMap [M, K, V]',
        '        Cidr: !Cidr ["10.0.0.0/16", 4, 8]',
      ].join('\n'),
    );
    expect((project.extensions['x-aws-cloudformation'] as any).Resources.R.Properties).toEqual({
      Ref: { Ref: 'Thing' },
      Att: { 'Fn::GetAtt': ['Lb', 'DNSName.Extra'] },
      AttList: { 'Fn::GetAtt': ['Lb', 'Arn'] },
      Sub: { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::b' },
      Join: { 'Fn::Join': ['-', ['a', { Ref: 'B' }]] },
      Select: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
      Split: { 'Fn::Split': [',', 'a,b'] },
      If: { 'Fn::If': ['Cond', { 'Fn::Base64': 'x' }, { 'Fn::ImportValue': 'y' }] },
      Logic: { 'Fn::And': [{ 'Fn::Equals': ['a', 'b'] }, { 'Fn::Not': [{ Condition: 'C' }] }, { 'Fn::Or': [{ Condition: 'D' }] }] },
      Map: { 'Fn::FindInMap': ['M', 'K', 'V'] },
      Cidr: { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] },
    });
  });

  it('rejects tags elsewhere, naming file, line and tag', () => {
    const error = composeError(() => loadYaml('services:\n  a:\n    image: !Ref Foo\n    command: !Custom x\n'));
    expect(error.diagnostics).toEqual([
      { message: expect.stringContaining('YAML tag !Ref is a CloudFormation tag'), key: 'services.a.image', source: { file: expect.stringMatching(/compose\.yaml$/), line: 3, column: 12 } },
      { message: expect.stringContaining('unknown YAML tag !Custom'), key: 'services.a.command', source: expect.objectContaining({ line: 4, column: 14 }) },
    ]);
  });
});

describe('renderConfig', () => {
  const yaml = 'name: r\nservices:\n  web:\n    image: nginx\n    ports: ["8080:80"]\n    healthcheck: {test: curl x, interval: 90s}\n    secrets: [s]\n    x-e: 1\nsecrets:\n  s: {file: ./secret.txt}\n';
  it('prints the normalized model like docker compose config, deterministically', () => {
    const project = loadYaml(yaml, {}, { 'secret.txt': 'TOP-SECRET-VALUE' });
    const out = renderConfig(project, 'yaml');
    expect(out).toBe(renderConfig(loadYaml(yaml, {}, { 'secret.txt': 'TOP-SECRET-VALUE' }), 'yaml').replaceAll(/compose-test-[^/]+/g, (m) => m) && out);
    expect(out).toContain('name: r\n');
    expect(out).toContain('interval: 1m30s');
    expect(out).toContain('published: "8080"');
    expect(out).toContain('x-e: 1');
    expect(out).toContain('target: /run/secrets/s');
    expect(out).toContain(path.join(project.workingDir, 'secret.txt'));
    expect(out).not.toContain('TOP-SECRET-VALUE');
    const json = JSON.parse(renderConfig(project, 'json'));
    expect(json.services.web.ports).toEqual([{ mode: 'ingress', protocol: 'tcp', published: '8080', target: 80 }]);
    expect(json.services.web.healthcheck).toEqual({ interval: '1m30s', test: ['CMD-SHELL', 'curl x'] });
    expect(json.networks).toEqual({ default: { name: 'r_default' } });
    expect(Object.keys(json.services.web)).toEqual([...Object.keys(json.services.web)].sort());
  });

  it('escapes $ as $$ so the printed model loads back to the same values', () => {
    const source = 'name: d\nservices:\n  web:\n    image: nginx\n    command: ["echo", "$${HOME} costs $$5"]\n    environment:\n      PRICE: "$${AWS::Region}"\n';
    const project = loadYaml(source, { env: { HOME: '/root' } });
    expect(project.services.web.command).toEqual(['echo', '${HOME} costs $5']);
    const printed = renderConfig(project, 'yaml');
    expect(printed).toContain('$${HOME} costs $$5');
    const again = loadYaml(printed, { env: { HOME: '/root' } });
    expect(again.services.web.command).toEqual(project.services.web.command);
    expect(again.services.web.environment).toEqual(project.services.web.environment);
  });
});
