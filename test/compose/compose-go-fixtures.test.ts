// compose-go's loader fixtures (copied beside the repository under shared/data/compose-go-fixtures), with
// expected results derived from compose-go's rules and tests.
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { validateSchema } from '../../src/compose/validate.js';
import { DiagnosticBag } from '../../src/compose/diagnostics.js';
import { parseComposeFile } from '../../src/compose/parse.js';
import { composeError, fixturesDir, load, workspace } from './helpers.js';

const present = existsSync(fixturesDir);
if (!present) {
  it.skip(`compose-go fixtures not found at ${fixturesDir}: they live beside the repository in CI (shared/data/compose-go-fixtures)`, () => {});
}
const suite = present ? describe : describe.skip;
const testdata = path.join(fixturesDir, 'loader/testdata');
/** A private copy (the loader never writes, but tests must not depend on the shared tree's state). */
const copy = (relative: string): string => {
  const dir = workspace({});
  cpSync(path.join(fixturesDir, relative), dir, { recursive: true });
  return dir;
};
const loadFixture = (file: string, env: Record<string, string> = {}, profiles: string[] = []) =>
  load(testdata, { composeFiles: [file], env, profiles });

suite('compose-go loader fixtures', () => {
  it('compose-depends-on-cycle.yaml / -self.yaml: dependency cycles', () => {
    expect(composeError(() => loadFixture('compose-depends-on-cycle.yaml')).message).toContain('dependency cycle detected: service1 -> service2 -> service3 -> service1');
    expect(composeError(() => loadFixture('compose-depends-on-self.yaml')).message).toContain('dependency cycle detected: service1 -> service1');
  });

  it('empty.yaml: empty compose file', () => {
    expect(composeError(() => loadFixture('empty.yaml')).message).toContain('empty compose file');
  });

  it('compose-test-with-version.yaml: version warning, build string, implicit volumes_from dependency', () => {
    const project = loadFixture('compose-test-with-version.yaml');
    expect(project.name).toBe('compose-test-with-version');
    expect(project.warnings.map((w) => w.message)).toContain(`${path.join(testdata, 'compose-test-with-version.yaml')}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`);
    expect(project.services.web!.build).toEqual({ context: path.join(testdata, 'Dockerfile'), dockerfile: 'Dockerfile' });
    expect(project.services.web!.networks).toEqual({ front: null, default: null });
    expect(project.services.web!.dependsOn).toEqual({ other: { condition: 'service_started', required: true, restart: false } });
    expect(project.services.other!.command).toEqual(['top']);
    expect(project.services.other!.volumes).toEqual([{ type: 'volume', target: '/data', readOnly: false, extensions: {} }]);
    expect(project.volumes.data).toMatchObject({ name: 'compose-test-with-version_data', driver: 'local' });
    expect(project.networks.front!.name).toBe('compose-test-with-version_front');
  });

  it('compose-test-extends.yaml: env_file of the base resolved relative to the base file, interpolated with the project env', () => {
    const project = loadFixture('compose-test-extends.yaml');
    const importer = project.services.importer!;
    expect(importer.image).toBe('nginx');
    expect(importer.containerName).toBe('imported');
    expect(importer.envFiles).toEqual([{ path: path.join(testdata, 'subdir/extra.env'), required: true }]);
    expect(importer.environment).toEqual({ SOURCE: 'extends' });
    expect(importer.volumes[0]).toMatchObject({ type: 'bind', source: '/opt/data', target: '/var/lib/mysql' });
    expect(loadFixture('compose-test-extends.yaml', { SOURCE: 'env' }).services.importer!.containerName).toBe('env');
  });

  it('compose-test-extends-with-context-url.yaml: a remote build context stays as is', () => {
    const service = loadFixture('compose-test-extends-with-context-url.yaml').services['importer-with-https-url']!;
    expect(service.build!.context).toBe('https://github.com/docker/compose.git');
  });

  it('compose-include.yaml: included services, paths relative to the included file', () => {
    const project = loadFixture('compose-include.yaml');
    expect(Object.keys(project.services).sort()).toEqual(['bar', 'imported']);
    expect(project.services.bar!.environment).toEqual({ FOO: 'BAR' });
    expect(project.services.imported!.envFiles[0]!.path).toBe(path.join(testdata, 'subdir/extra.env'));
  });

  it('compose-include-cycle.yaml: include cycle', () => {
    expect(composeError(() => loadFixture('compose-include-cycle.yaml')).message).toContain('include cycle detected');
  });

  it('include/compose.yaml and include/project-directory.yaml', () => {
    const included = load(path.join(testdata, 'include'), { composeFiles: ['compose.yaml'] });
    expect(included.services.included!.build!.context).toBe(path.join(testdata, 'include'));
    expect(included.services.included!.volumes[0]!.source).toBe(path.join(testdata, 'include'));
    const project = load(path.join(testdata, 'include'), { composeFiles: ['project-directory.yaml'] });
    const service = project.services.service!;
    expect(service.volumes[0]!.source).toBe(path.join(testdata, 'subdir/compose-test-extends-imported.yaml'));
    expect(service.envFiles[0]!.path).toBe(path.join(testdata, 'subdir/extra.env'));
    expect(service.environment).toEqual({ SOURCE: 'extends' });
    expect(service.build!.context).toBe(path.join(testdata, 'subdir'));
  });

  it('combined/: include of a file that extends a sibling file', () => {
    const project = load(path.join(testdata, 'combined'));
    expect(project.services.service!.build!.context).toBe(path.join(testdata, 'combined/dir'));
  });

  it('extends/base.yaml as a project: a null service is refused by the schema, with its position', () => {
    const error = composeError(() => load(path.join(testdata, 'extends'), { composeFiles: ['base.yaml'] }));
    expect(error.diagnostics).toEqual([{ message: 'must be a mapping', key: 'services.nil', source: { file: path.join(testdata, 'extends/base.yaml'), line: 25, column: 3 } }]);
  });

  it('a service with neither image nor build is reported', () => {
    const error = composeError(() => load(workspace({ 'compose.yaml': `services:\n  p: {extends: {file: ${path.join(testdata, 'extends/base.yaml')}, service: with-port}}\n` })));
    expect(error.message).toContain('service "p" has neither an image nor a build context specified');
  });

  it('extends/base.yaml, nested.yaml, reset.yaml, withdir/', () => {
    const dir = workspace({
      'compose.yaml': [
        'services:',
        `  another: {extends: {file: ${path.join(testdata, 'extends/base.yaml')}, service: another}}`,
        `  with-build: {extends: {file: ${path.join(testdata, 'extends/base.yaml')}, service: with-build}}`,
        `  limits: {extends: {file: ${path.join(testdata, 'extends/base.yaml')}, service: withUlimits}, ulimits: {nproc: 1}}`,
        `  port: {extends: {file: ${path.join(testdata, 'extends/base.yaml')}, service: with-port}, image: p, ports: ["8000:8000", "9000:9000"]}`,
      ].join('\n'),
    });
    const base = load(dir);
    expect(base.services.another!.image).toBe('base');
    expect(base.services['with-build']!.build!.context).toBe(path.join(testdata, 'extends'));
    expect(base.services.limits!.ulimits).toEqual({ nproc: { soft: 1, hard: 1 }, nofile: { soft: 20000, hard: 40000 } });
    expect(base.services.port!.ports.map((p) => p.published)).toEqual(['8000', '9000']);
    const nested = load(path.join(testdata, 'extends'), { composeFiles: ['nested.yaml'] });
    expect(nested.services['with-build']!.build!.context).toBe(path.join(testdata, 'extends'));
    const reset = load(path.join(testdata, 'extends'), { composeFiles: ['reset.yaml'] });
    expect(reset.services.init!.command).toEqual(['sleep', 'infinity']);
    expect(reset.services.base!.command).toBeUndefined();
    expect(load(path.join(testdata, 'extends/withdir')).services.test!.image).toBe('hello-world');
  });

  it('extends/depends_on.yaml: implicit dependencies', () => {
    const project = load(path.join(testdata, 'extends'), { composeFiles: ['depends_on.yaml'] });
    for (const name of ['with_depends_on', 'with_volumes_from', 'with_ipc', 'with_network_mode']) expect(Object.keys(project.services[name]!.dependsOn)).toEqual(['zot']);
  });

  it('extends/interpolated.yaml', () => {
    const project = load(path.join(testdata, 'extends'), { composeFiles: ['interpolated.yaml'] });
    expect(project.services.foo!.volumes[0]).toMatchObject({ type: 'bind', source: '/dev/null', target: '/tmp/foo', readOnly: true });
  });

  it('remote/: git/OCI extends are rejected with a clear error', () => {
    const error = composeError(() => load(path.join(testdata, 'remote/nested')));
    expect(error.message).toContain('remote:nested/compose-nested.yaml');
    expect(error.message).toContain('not supported');
  });
});

suite('compose-go cli fixtures', () => {
  const cli = path.join(fixturesDir, 'cli/testdata');
  it('simple/: .env interpolation, name: with variables, overrides', () => {
    const simple = path.join(cli, 'simple');
    const project = load(simple, { composeFiles: ['compose-with-variables.yaml'] });
    expect(project.services.simple!.ports[0]).toMatchObject({ published: '8000', target: 80 });
    expect(project.name).toBe('simple');
    expect(load(simple, { composeFiles: ['compose-name.yaml'], env: { TEST: 'X' } }).name).toBe('test-x-test');
    expect(load(simple, { composeFiles: ['compose.yaml', 'compose-with-overrides.yaml'] }).services.simple!.image).toBe('haproxy');
  });

  it('simple/compose-with-paths.yaml: Windows and relative bind sources', () => {
    const project = load(path.join(cli, 'simple'), { composeFiles: ['compose-with-paths.yaml'] });
    expect(project.services.test!.volumes.map((v) => v.source)).toEqual(['C:\\docker\\project', path.join(cli, 'simple/relative'), path.join(cli, 'simple/relative2')]);
  });

  it('env-file/: COMPOSE_FILE and COMPOSE_PROJECT_NAME from .env, env_file per service, --env-file', () => {
    const dir = path.join(cli, 'env-file');
    const project = load(dir);
    expect(project.name).toBe('my_project_from_dot_env');
    expect(project.composeFiles).toEqual([path.join(dir, 'compose-with-env-file.yaml')]);
    expect(project.services.simple!.environment).toEqual({ DEFAULT_PORT: '8080' });
    const two = load(dir, { composeFiles: ['compose-with-env-files.yaml'], envFiles: ['override.env'] });
    expect(two.services.simple!.environment).toEqual({ DEFAULT_PORT: '9090' });
    expect(two.services.simple!.ports[0]!.published).toBe('9000');
  });

  it('UNNORMALIZED PATH/: directory name normalized into the project name', () => {
    expect(load(path.join(cli, 'UNNORMALIZED PATH')).name).toBe('unnormalizedpath');
  });
});

suite('compose-go schema and types fixtures', () => {
  it('schema/using-variables.yaml validates before interpolation (variables stand in for every type)', () => {
    const [document] = parseComposeFile(path.join(fixturesDir, 'schema/using-variables.yaml'));
    const bag = new DiagnosticBag(document!.positions, document!.file);
    validateSchema(document!.value!, bag);
    expect(bag.items).toEqual([]);
  });

  it('types/fixtures: later env files win; `${VAR}` looks up the project env, then earlier env files, then the same file', () => {
    const dir = copy('types/fixtures');
    const project = load(workspace({ 'compose.yaml': `services:\n  s:\n    image: a\n    env_file: [${dir}/base.env, ${dir}/override.env]\n` }));
    expect(project.services.s!.environment).toEqual({
      FOO: 'foo_from_override.env',
      INTERPOLATED_FOO: 'foo_from_base.env',
      BAR: 'bar_from_override.env',
      INTERPOLATED_BAR: 'bar_from_base.env',
      ZOT: 'zot_from_base.env',
      INTERPOLATED_ZOT: 'zot_from_base.env',
    });
  });

  it('loader/example{1,2}.env and .label: files in order, compose values and the project env win', () => {
    const dir = copy('loader');
    const project = load(
      workspace({
        'compose.yaml': [
          'services:',
          '  web:',
          '    image: busybox',
          `    env_file: [${dir}/example1.env, ${dir}/example2.env]`,
          '    environment: {BAZ: baz_from_compose, QUX: null}',
          `    label_file: [${dir}/example1.label, ${dir}/example2.label]`,
          '    labels: {BAZ: baz_from_compose}',
        ].join('\n'),
      }),
      { env: { QUX: 'qux_from_environment' } },
    );
    const service = project.services.web!;
    expect(service.environment).toEqual({
      FOO: 'foo_from_env_file',
      'ENV.WITH.DOT': 'ok',
      ENV_WITH_UNDERSCORE: 'ok',
      BAR: 'bar_from_env_file_2',
      BAZ: 'baz_from_compose',
      QUX: 'qux_from_environment',
    });
    expect(service.labels).toEqual({
      FOO: 'foo_from_label_file',
      'LABEL.WITH.DOT': 'ok',
      LABEL_WITH_UNDERSCORE: 'ok',
      BAR: 'bar_from_label_file_2',
      BAZ: 'baz_from_compose',
      QUX: 'quz_from_label_file_2',
    });
  });
});
