// x-aws-keys: "*" (src/convert/secrets.ts): ECS injects the whole JSON secret and the init container's script splits it
// into /run/secrets/<target>/<key> with an awk program. The script is run for real here: with /bin/sh and the machine's
// awk (mawk on Debian), and, when busybox is installed, with busybox's sh and awk alone (as in the default image).

import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Secret, ServiceFileReference } from '../../src/compose/model.js';
import { renderTemplate } from '../../src/convert/index.js';
import { SPLIT_JSON_AWK } from '../../src/convert/secrets.js';
import { UserError } from '../../src/errors.js';
import { project, service } from '../convert/factory.js';
import { container, convertStorage, props, storageError } from './support.js';

const scratch = mkdtempSync(join(tmpdir(), 'storage-secrets-all-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const EXTERNAL_ARN = 'arn:aws:secretsmanager:eu-west-3:123456789012:secret:db_creds-AbCdEf';
const SUB_ARN = 'arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:compose-ecs/demo/app_cfg';

function secret(key: string, input: Partial<Secret> = {}): Secret {
  return { key, name: `demo_${key}`, external: false, labels: {}, extensions: {}, ...input };
}

function uses(source: string, input: Partial<ServiceFileReference> = {}): ServiceFileReference {
  return { source, target: `/run/secrets/${source}`, extensions: {}, ...input };
}

const allKeys = (key: string, input: Partial<Secret> = {}): Secret =>
  secret(key, { external: true, name: EXTERNAL_ARN, extensions: { 'x-aws-keys': '*' }, ...input });

const initOf = (r: ReturnType<typeof convertStorage>, name = 'app'): Record<string, any> =>
  container(r, name, `${name[0]!.toUpperCase()}${name.slice(1)}_Secrets_InitContainer`);

describe('the template', () => {
  test('one Secrets entry with the plain ARN; the script splits it into the target directory', () => {
    const p = project([service('app', { secrets: [uses('db_creds')] })], { secrets: { db_creds: allKeys('db_creds') } });
    const r = convertStorage('secret-all-keys', p);
    const init = initOf(r);
    expect(init['Secrets']).toEqual([{ Name: 'SECRET_0', ValueFrom: EXTERNAL_ARN }]);
    const script = init['Command'][0] as string;
    expect(script.split('\n')[0]).toBe('set -eu');
    expect(script).toContain(`split_json='${SPLIT_JSON_AWK}'`);
    expect(script).toContain("mkdir -p '/run/secrets/db_creds'");
    expect(script).toContain(`LC_ALL=C awk -v dir='/run/secrets/db_creds' -v name=SECRET_0 "$split_json" >&2`);
    expect(script).toContain(`for file in '/run/secrets/db_creds'/*; do if [ -e "$file" ]; then chmod 444 "$file"; fi; done`);
    expect(script).not.toContain('chown');
    expect(props(r, 'AppTaskExecutionRole')['Policies'][0].PolicyDocument.Statement[0].Resource).toEqual([EXTERNAL_ARN]);
  });

  test('the awk program is single-quotable as is, and holds no path of its own', () => {
    expect(SPLIT_JSON_AWK).not.toContain("'");
    expect(SPLIT_JSON_AWK).not.toContain('/run/secrets');
  });

  test('an uploaded secret with "*", next to list-form keys and a plain secret: each keeps its form', () => {
    const p = project([service('app', { secrets: [uses('plain'), uses('listed'), uses('app_cfg', { target: 'config/app', mode: 0o400, uid: '1000', gid: '1001' }), uses('ext', { target: 'ext' })] })], {
      secrets: {
        plain: secret('plain', { file: '/x' }),
        listed: secret('listed', { external: true, name: EXTERNAL_ARN, extensions: { 'x-aws-keys': ['user', 'password'] } }),
        app_cfg: secret('app_cfg', { environment: 'APP_CFG', extensions: { 'x-aws-keys': ['*'] } }),
        ext: allKeys('ext'),
      },
    });
    const r = convertStorage('secret-all-keys-mixed', p);
    const init = initOf(r);
    expect(init['Secrets']).toEqual([
      { Name: 'SECRET_0', ValueFrom: { 'Fn::Sub': 'arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:compose-ecs/demo/plain' } },
      { Name: 'SECRET_1', ValueFrom: `${EXTERNAL_ARN}:user::` },
      { Name: 'SECRET_2', ValueFrom: `${EXTERNAL_ARN}:password::` },
      { Name: 'SECRET_3', ValueFrom: { 'Fn::Sub': SUB_ARN } },
      { Name: 'SECRET_4', ValueFrom: EXTERNAL_ARN },
    ]);
    const script = init['Command'][0] as string;
    expect(script.split('split_json=')).toHaveLength(2); // defined once, second line
    expect(script.split('\n')[1]).toMatch(/^split_json='/);
    expect(script).toContain(`printf '%s' "$SECRET_1" > '/run/secrets/listed/user'`);
    expect(script).toContain(`LC_ALL=C awk -v dir='/run/secrets/config/app' -v name=SECRET_3 "$split_json" >&2`);
    expect(script).toContain(`chmod 400 "$file"; chown 1000:1001 "$file"`);
    expect(script).toContain(`LC_ALL=C awk -v dir='/run/secrets/ext' -v name=SECRET_4 "$split_json" >&2`);
  });

  test('templates without "*" do not carry the awk program', () => {
    const p = project([service('app', { secrets: [uses('listed')] })], {
      secrets: { listed: secret('listed', { external: true, name: EXTERNAL_ARN, extensions: { 'x-aws-keys': ['user'] } }) },
    });
    expect(initOf(convertStorage('secret-all-keys-none', p))['Command'][0]).not.toContain('awk');
  });

  test('the same project twice: byte-identical templates', () => {
    const build = () => project([service('app', { secrets: [uses('a'), uses('b')] })], { secrets: { a: allKeys('a'), b: allKeys('b') } });
    expect(renderTemplate(convertStorage('secret-all-keys-idempotent', build()).template, 'yaml')).toBe(
      renderTemplate(convertStorage('secret-all-keys-idempotent', build()).template, 'yaml'),
    );
  });

  test('"*" next to other keys is refused: it stands alone', () => {
    const s = allKeys('db', { extensions: { 'x-aws-keys': ['*', 'password'] } });
    const error = storageError(project([service('app', { secrets: [uses('db')] })], { secrets: { db: s } }));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/"\*" stands alone/);
    expect((error as UserError).key).toBe('secrets.db.x-aws-keys');
  });

  test.each([
    ['a secret written into its directory, after', [uses('all', { target: 'cfg' }), uses('one', { target: 'cfg/x' })], /two secrets of service app are written to \/run\/secrets\/cfg\/x/],
    ['a secret written into its directory, before', [uses('one', { target: 'cfg/x' }), uses('all', { target: 'cfg' })], /fills \/run\/secrets\/cfg\/, where another secret/],
    ['a file in place of its directory', [uses('one', { target: 'cfg' }), uses('all', { target: 'cfg' })], /fills \/run\/secrets\/cfg\//],
    ['a directory holding it', [uses('all', { target: 'cfg/all' }), uses('all2', { target: 'cfg' })], /fills \/run\/secrets\/cfg\//],
  ])('the directory of "*" is its own: refused with %s', (_, references, message) => {
    const p = project([service('app', { secrets: references })], { secrets: { all: allKeys('all'), all2: allKeys('all2'), one: secret('one', { file: '/x' }) } });
    expect(storageError(p).message).toMatch(message);
  });
});

// ---- running the script ---------------------------------------------------------------------------------------------

/** The JSON document of the secret, with every escape JSON has; and the bytes each file must get. */
const DOCUMENT = String.raw`{
  "username" : "bob",
  "password": "p\"a\\ss\/w\u00e9rd \ud83d\ude00\b\f\n\r\t!",
  "raw":"é😀 $HOME %s $(id) ' \u20ac",
  "multi": "line 1\nline 2\n",
  "port": 5432, "ratio": -1.5e+3, "zero": 0,
  "on": true, "off": false, "none": null,
  "dup": "first", "dup": "last",
  "sp ace@v=1+x": "",
  "\u00e9t\u00e9": "summer",
  "upper\u0041": "\u00C9"
}
`;
const EXPECTED: Record<string, string> = {
  username: 'bob',
  password: 'p"a\\ss/w\u00e9rd \u{1F600}\b\f\n\r\t!',
  raw: "é😀 $HOME %s $(id) ' €",
  multi: 'line 1\nline 2\n',
  port: '5432',
  ratio: '-1.5e+3',
  zero: '0',
  on: 'true',
  off: 'false',
  none: 'null',
  dup: 'last',
  'sp ace@v=1+x': '',
  été: 'summer',
  upperA: 'É',
};

const which = (name: string): string | undefined =>
  (process.env['PATH'] ?? '').split(delimiter).map((dir) => join(dir, name)).find((path) => path !== name && existsSync(path));

/** A PATH holding busybox's applets only: the script then runs as in the busybox image (sh, awk, mkdir, chmod…). */
function busyboxPath(busybox: string): string {
  const bin = join(scratch, 'busybox-bin');
  if (!existsSync(bin)) {
    mkdirSync(bin);
    for (const applet of ['sh', 'awk', 'mkdir', 'chmod', 'chown', 'printf', '[']) symlinkSync(busybox, join(bin, applet));
  }
  return bin;
}

interface Shell {
  name: string;
  command: string;
  path: string;
}
const busybox = which('busybox');
const shells: Array<Shell | { name: string; skip: true }> = [
  { name: '/bin/sh with the machine awk', command: '/bin/sh', path: process.env['PATH'] ?? '/usr/bin:/bin' },
  busybox === undefined
    ? { name: 'busybox sh and awk — SKIPPED: busybox is not installed', skip: true }
    : { name: 'busybox sh and awk alone', command: busybox, path: busyboxPath(busybox) },
];

describe.each(shells)('the script, run for real: $name', (shell) => {
  const run = 'skip' in shell ? test.skip : test;

  /** Converts a service using secret `db` ("*", mode 0440, owner) then `plain`, runs its script under a scratch root. */
  function runScript(document: string) {
    const p = project([service('app', { secrets: [uses('db', { target: 'db/creds', mode: 0o440, uid: '0', gid: '0' }), uses('plain')] })], {
      secrets: { db: allKeys('db'), plain: secret('plain', { environment: 'PLAIN' }) },
    });
    const script = initOf(convertStorage('secret-all-keys-run', p))['Command'][0] as string;
    expect(script).toContain('chown 0:0');
    // The only changes: where /run/secrets is, and chown to our own ids (root or not).
    const root = mkdtempSync(join(scratch, 'run-'));
    const owner = `${process.getuid?.() ?? 0}:${process.getgid?.() ?? 0}`;
    const runnable = script.split('/run/secrets').join(root).split('chown 0:0').join(`chown ${owner}`);
    const { command, path } = shell as Shell;
    const args = command === busybox ? ['sh', '-c', runnable] : ['-c', runnable];
    const result = spawnSync(command, args, { env: { PATH: path, SECRET_0: document, SECRET_1: 'plain value' }, encoding: 'utf8' });
    return { root, directory: join(root, 'db/creds'), status: result.status, stderr: result.stderr, error: result.error };
  }

  run('every key becomes a file with its exact bytes, mode 0440; the rest of the script runs', () => {
    const { root, directory, status, stderr, error } = runScript(DOCUMENT);
    expect(error).toBeUndefined();
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(readdirSync(directory).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [key, value] of Object.entries(EXPECTED)) {
      expect([key, readFileSync(join(directory, key)).toString('hex')]).toEqual([key, Buffer.from(value, 'utf8').toString('hex')]);
      expect([key, statSync(join(directory, key)).mode & 0o777]).toEqual([key, 0o440]);
    }
    expect(readFileSync(join(root, 'plain'), 'utf8')).toBe('plain value');
  });

  run('an empty object: success, no files', () => {
    const { root, directory, status, stderr } = runScript(' { } ');
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(readdirSync(directory)).toEqual([]);
    expect(readFileSync(join(root, 'plain'), 'utf8')).toBe('plain value');
  });

  run.each([
    ['a nested object', '{"a": "1", "b": {"c": "d"}}', /the value of "b" is an object or an array/],
    ['a nested array', '{"list": [1, 2]}', /the value of "list" is an object or an array/],
    ['a key with a slash', '{"a/b": "x"}', /key "a\/b" holds a slash/],
    ['a key starting with a dot', '{"..": "x"}', /key "\.\." starts with a dot/],
    ['an empty key', '{"": "x"}', /a key is empty/],
    ['a key with a control character', '{"a\\nb": "x"}', /a key holds a control character/],
    ['a value that is not JSON', 'hunter2', /the secret is not a JSON object/],
    ['a lone surrogate', '{"a": "\\ud83d"}', /high surrogate/],
    ['trailing text', '{"a": 1} {}', /text after the JSON object/],
  ])('refused, non-zero exit, the script stops: %s', (_, document, message) => {
    const { root, status, stderr } = runScript(document);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(message);
    expect(stderr).toContain(`x-aws-keys "*" for ${root}/db/creds: `);
    expect(existsSync(join(root, 'plain'))).toBe(false);
  });
});
