// The foundation end to end: the bundled action run as a GitHub runner runs it, and the CLI over the same core.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { parse } from 'yaml';
import { distDir, repoRoot, runAction, runCli, isolatedEnv } from '../support/action.js';
import { archiveTemplate } from '../support/templates.js';

const webapp = join(repoRoot, 'examples', 'webapp');
let scratch: string;
beforeAll(() => { scratch = mkdtempSync(join(tmpdir(), 'e2e-convert-')); });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);

describe('convert through the bundled action', () => {
  it('writes the template of an example and sets the outputs', async () => {
    const run = await runAction({ mode: 'convert', 'working-directory': webapp, 'template-format': 'json' });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    const path = run.outputs['template-path'];
    expect(isAbsolute(path)).toBe(true);
    expect(run.outputs['stack-name']).toBe('webapp');
    expect(run.outputs['template-sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(run.summary).toContain('webapp');
    expect(run.summary).toMatch(/AWS::ECS::Service/);
  });

  it('writes to template-path relative to the working directory, byte-identical on every run, and the CLI prints the same template', async () => {
    const dir = join(scratch, 'same');
    mkdirSync(dir);
    const inputs = { mode: 'convert', 'working-directory': webapp, 'template-format': 'yaml', vpc: 'vpc-12345678', subnets: 'subnet-1a2b3c4d,subnet-5e6f7a8b' };
    const first = await runAction({ ...inputs, 'template-path': join(dir, 'one.yaml') });
    const second = await runAction({ ...inputs, 'template-path': join(dir, 'two.yaml') });
    expect(first.code).toBe(0);
    const one = readFileSync(join(dir, 'one.yaml'), 'utf8');
    expect(readFileSync(join(dir, 'two.yaml'), 'utf8')).toBe(one);
    expect(second.outputs['template-sha256']).toBe(first.outputs['template-sha256']);
    archiveTemplate('e2e-webapp', one);
    const cli = await runCli(['convert', '--working-directory', webapp, '--vpc', 'vpc-12345678', '--subnets', 'subnet-1a2b3c4d', '--subnets', 'subnet-5e6f7a8b']);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toBe(one);
    expect(cli.stderr).toContain('template-sha256: ' + first.outputs['template-sha256']);
  });

  it('says in the template that network facts are unresolved when neither inputs nor the file give them', async () => {
    const run = await runAction({ mode: 'convert', 'working-directory': webapp, 'template-format': 'json', 'template-path': join(scratch, 'unresolved.json') });
    const template = JSON.parse(readFileSync(run.outputs['template-path'], 'utf8'));
    expect(Object.keys(template.Parameters ?? {}).length).toBeGreaterThan(0);
    expect(String(template.Description)).toMatch(/unresolved/i);
    expect(run.summary).toMatch(/unresolved/i);
  });

  it('a job summary that cannot be written is a warning, never a failed run', async () => {
    const run = await runAction(
      { mode: 'convert', 'working-directory': webapp, 'template-path': join(scratch, 'no-summary.yaml') },
      { env: { GITHUB_STEP_SUMMARY: join(scratch, 'no-such-directory', 'summary.md') } },
    );
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.warnings.join('\n')).toMatch(/Could not write the job summary/);
    expect(existsSync(join(scratch, 'no-summary.yaml'))).toBe(true);
  });

  it('never loads the AWS SDK or Octokit in convert', () => {
    const r = spawnSync(process.execPath, ['--import', join(repoRoot, 'test/support/hooks/log-modules.mjs'), join(distDir, 'index.js')], {
      env: isolatedEnv({ INPUT_MODE: 'convert', 'INPUT_WORKING-DIRECTORY': webapp, 'INPUT_TEMPLATE-PATH': join(scratch, 'hooked.yaml') }),
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const loaded = [...r.stderr.matchAll(/^\[module\] file:\/\/(.+)$/gm)].map((m) => decodeURIComponent(m[1])).filter((f) => f.startsWith(distDir));
    expect(loaded.length).toBeGreaterThan(0);
    for (const file of loaded) {
      const text = readFileSync(file, 'utf8');
      expect({ file, sdk: /aws-sdk-js|CloudFormationClient|@octokit/.test(text) }).toEqual({ file, sdk: false });
    }
    // The bundle does carry the SDK, in chunks that convert left alone.
    const chunks = readdirSync(distDir).filter((f) => f.endsWith('.js'));
    expect(chunks.some((f) => /aws-sdk-js/.test(readFileSync(join(distDir, f), 'utf8')))).toBe(true);
  });
});

describe('bad input: one clear error line, exit 1, no stack trace, nothing half-written', () => {
  const expectOneError = (run: Awaited<ReturnType<typeof runAction>>, pattern: RegExp) => {
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(pattern);
    noStackTrace(run.stdout);
    noStackTrace(run.stderr);
  };

  it('a missing compose file names the file', async () => {
    const out = join(scratch, 'missing.yaml');
    const run = await runAction({ mode: 'convert', 'working-directory': scratch, 'compose-file': 'nope.yaml', 'template-path': out });
    expectOneError(run, /nope\.yaml/);
    expect(existsSync(out)).toBe(false);
    // The job summary is written on failure too, with the reason.
    expect(run.summary).toMatch(/fail/i);
    expect(run.summary).toContain('nope.yaml');
    expect(run.outputs['template-path']).toBeUndefined();
  });

  it('unreadable YAML names the file and line', async () => {
    const dir = join(scratch, 'badyaml');
    mkdirSync(dir);
    writeFileSync(join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx\n    ports: [80\n');
    const run = await runAction({ mode: 'convert', 'working-directory': dir, 'template-path': join(dir, 'out.yaml') });
    expectOneError(run, /compose\.yaml.*:\d+/);
    expect(existsSync(join(dir, 'out.yaml'))).toBe(false);
  });

  it('an unknown mode lists the valid ones', async () => {
    const run = await runAction({ mode: 'launch' });
    expectOneError(run, /Unknown mode "launch".*convert, config, preview, deploy/);
  });

  it('an invalid stack name names the input', async () => {
    const run = await runAction({ mode: 'convert', 'working-directory': webapp, 'stack-name': '9-lives!' });
    expectOneError(run, /stack-name/);
  });

  it('a project name that cannot be a stack name says to set stack-name', async () => {
    const run = await runAction({ mode: 'convert', 'working-directory': webapp, 'project-name': '42shop' });
    expectOneError(run, /"stack-name"/);
  });

  it('a malformed subnet id names the input before anything is generated', async () => {
    const run = await runAction({ mode: 'convert', 'working-directory': webapp, subnets: 'subnet-0123abcd,public-a' });
    expectOneError(run, /Input "subnets": "public-a" is not a subnet id/);
  });

  it('an unbuilt or invalid template format is rejected clearly', async () => {
    const run = await runAction({ mode: 'convert', 'working-directory': webapp, 'template-format': 'toml' });
    expectOneError(run, /template-format.*yaml, json/);
  });
});

describe('config', () => {
  it('prints the normalized model like docker compose config, from the CLI and the action', async () => {
    const cli = await runCli(['config', '--working-directory', webapp]);
    expect(cli.code).toBe(0);
    const model = parse(cli.stdout);
    expect(model.name).toBe('webapp');
    // Long syntax, interpolation defaults and env_file resolution, as `docker compose config` shows them.
    expect(model.services.web.ports[0]).toMatchObject({ target: 80, published: '80', protocol: 'tcp' });
    expect(model.services.api.image).toBe('ghcr.io/example/webapp-api:1.0.0');
    expect(model.services.api.environment).toMatchObject({ LOG_LEVEL: 'info', DATABASE_HOST: 'db' });
    expect(model.services.api.depends_on.db.condition).toBe('service_healthy');
    const tagged = await runCli(['config', '--working-directory', webapp, '--template-format', 'json'], { env: { API_TAG: '2.0.0' } });
    expect(JSON.parse(tagged.stdout).services.api.image).toBe('ghcr.io/example/webapp-api:2.0.0');
    const action = await runAction({ mode: 'config', 'working-directory': webapp });
    expect(action.code).toBe(0);
    expect(action.outputs['stack-name']).toBe('webapp');
    expect(action.summary).toMatch(/4 service\(s\)/);
  });
});

describe('the CLI', () => {
  it('exits 2 on a usage error and 0 on --help', async () => {
    const bad = await runCli(['convert', '--no-such-flag', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Unknown flag --no-such-flag/);
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--compose-file, -f/);
  });

  it('accepts docker compose aliases -f and -p', async () => {
    const r = await runCli(['-f', join(webapp, 'compose.yaml'), '-p', 'shop_pr_7', 'convert', '--template-format', 'json']);
    expect(r.code).toBe(0);
    const template = JSON.parse(r.stdout);
    expect(r.stderr).toContain('stack-name: shop-pr-7');
    expect(JSON.stringify(template)).toContain('shop-pr-7');
  });

  it('exits 1 with one error line on bad input', async () => {
    const r = await runCli(['convert', '-f', join(scratch, 'absent.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').filter((l) => l.startsWith('error:'))).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});
