// Compose secrets → Secrets Manager references and the init container that writes /run/secrets (src/convert/secrets.ts).

import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Secret, ServiceFileReference } from '../../src/compose/model.js';
import { renderTemplate, templateSha256 } from '../../src/convert/index.js';
import { DEFAULT_SECRETS_IMAGE, environmentSecretsOf, fileSecretsOf } from '../../src/convert/secrets.js';
import { UserError } from '../../src/errors.js';
import { project, service } from '../convert/factory.js';
import { container, convertStorage, ofType, props, storageError } from './support.js';

const scratch = mkdtempSync(join(tmpdir(), 'storage-secrets-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function secret(key: string, input: Partial<Secret> = {}): Secret {
  return { key, name: `demo_${key}`, external: false, labels: {}, extensions: {}, ...input };
}

function uses(source: string, input: Partial<ServiceFileReference> = {}): ServiceFileReference {
  return { source, target: `/run/secrets/${source}`, extensions: {}, ...input };
}

const EXTERNAL_ARN = 'arn:aws:secretsmanager:eu-west-3:123456789012:secret:foo_bar-AbCdEf';
const SUB_ARN = 'arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:compose-ecs/demo/db_pw';

describe('a file-based secret', () => {
  const value = `s3cr3t-${randomUUID()}`;
  const file = join(scratch, 'db_password.txt');
  writeFileSync(file, value);
  const p = project([service('app', { secrets: [uses('db_pw', { target: 'db_password' })] })], { secrets: { db_pw: secret('db_pw', { file }) } });
  const r = convertStorage('secret-file', p);

  test('its value appears nowhere: not in the template (YAML, JSON, minified), nor in the warnings', () => {
    for (const text of [renderTemplate(r.template, 'yaml'), renderTemplate(r.template, 'json'), JSON.stringify(r.template), JSON.stringify(r.warnings)]) {
      expect(text).not.toContain(value);
    }
    expect(templateSha256(r.template)).toMatch(/^[0-9a-f]{64}$/);
    expect(ofType(r, 'AWS::SecretsManager::Secret')).toEqual([]);
  });

  test('the runtime is told what to upload, under a name deterministic from stack and key', () => {
    expect(fileSecretsOf(p, 'demo')).toEqual([{ key: 'db_pw', name: 'compose-ecs/demo/db_pw', file }]);
    expect(fileSecretsOf(p, 'shop-pr-7')[0]!.name).toBe('compose-ecs/shop-pr-7/db_pw');
    expect(environmentSecretsOf(p, 'demo')).toEqual([]);
  });

  test('init container reads it through ECS by its partial ARN; the execution role may read it with the suffix wildcard', () => {
    const init = container(r, 'app', 'App_Secrets_InitContainer');
    expect(init).toMatchObject({ Image: DEFAULT_SECRETS_IMAGE, Essential: false, EntryPoint: ['sh', '-c'] });
    expect(init['Secrets']).toEqual([{ Name: 'SECRET_0', ValueFrom: { 'Fn::Sub': SUB_ARN } }]);
    expect(init['MountPoints']).toEqual([{ ContainerPath: '/run/secrets', ReadOnly: false, SourceVolume: 'secrets' }]);
    expect(init['Command'][0]).toContain(`printf '%s' "$SECRET_0" > '/run/secrets/db_password'`);
    expect(props(r, 'AppTaskExecutionRole')['Policies'][0].PolicyDocument.Statement[0]).toMatchObject({
      Action: expect.arrayContaining(['secretsmanager:GetSecretValue']),
      Resource: [{ 'Fn::Sub': `${SUB_ARN}-??????` }],
    });
  });

  test('main container mounts the files read-only and waits for the init container', () => {
    const main = container(r, 'app');
    expect(main['Essential']).toBe(true);
    expect(main['MountPoints']).toEqual([{ ContainerPath: '/run/secrets', ReadOnly: true, SourceVolume: 'secrets' }]);
    expect(main['DependsOn']).toContainEqual({ Condition: 'SUCCESS', ContainerName: 'App_Secrets_InitContainer' });
    expect(props(r, 'AppTaskDefinition')['Volumes']).toEqual([{ Name: 'secrets' }]);
  });
});

test('an environment-based secret is uploaded by the runtime from the variable, never read here', () => {
  const p = project([service('app', { secrets: [uses('token')] })], { secrets: { token: secret('token', { environment: 'API_TOKEN' }) } });
  const r = convertStorage('secret-environment', p);
  expect(environmentSecretsOf(p, 'demo')).toEqual([{ key: 'token', name: 'compose-ecs/demo/token', environment: 'API_TOKEN' }]);
  expect(fileSecretsOf(p, 'demo')).toEqual([]);
  expect(container(r, 'app', 'App_Secrets_InitContainer')['Secrets'][0].ValueFrom).toEqual({
    'Fn::Sub': 'arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:compose-ecs/demo/token',
  });
});

test('unused secrets are not uploaded', () => {
  const p = project([service('app')], { secrets: { spare: secret('spare', { file: '/nowhere' }) } });
  expect(fileSecretsOf(p, 'demo')).toEqual([]);
  convertStorage('secret-unused', p);
});

describe('external secrets', () => {
  test('an ARN with x-aws-keys: referenced directly, one file per key extracted by ECS', () => {
    const foo = secret('foo_bar', { external: true, name: EXTERNAL_ARN, extensions: { 'x-aws-keys': ['username', 'password'] } });
    const r = convertStorage('secret-external-keys', project([service('app', { secrets: [uses('foo_bar')] })], { secrets: { foo_bar: foo } }));
    expect(ofType(r, 'AWS::SecretsManager::Secret')).toEqual([]);
    const init = container(r, 'app', 'App_Secrets_InitContainer');
    expect(init['Secrets']).toEqual([
      { Name: 'SECRET_0', ValueFrom: `${EXTERNAL_ARN}:username::` },
      { Name: 'SECRET_1', ValueFrom: `${EXTERNAL_ARN}:password::` },
    ]);
    expect(init['Command'][0]).toContain("mkdir -p '/run/secrets/foo_bar'");
    expect(init['Command'][0]).toContain(`> '/run/secrets/foo_bar/password'`);
    expect(props(r, 'AppTaskExecutionRole')['Policies'][0].PolicyDocument.Statement[0].Resource).toEqual([EXTERNAL_ARN]);
  });

  test('a partial ARN also gets the suffix wildcard in IAM; an SSM parameter ARN is accepted', () => {
    const partial = 'arn:aws:secretsmanager:eu-west-3:123456789012:secret:shared/db';
    const ssm = 'arn:aws:ssm:eu-west-3:123456789012:parameter/app/key';
    const p = project([service('app', { secrets: [uses('db'), uses('key')] })], {
      secrets: { db: secret('db', { external: true, name: partial }), key: secret('key', { external: true, name: ssm }) },
    });
    const r = convertStorage('secret-external-partial', p);
    expect(props(r, 'AppTaskExecutionRole')['Policies'][0].PolicyDocument.Statement[0].Resource).toEqual([partial, `${partial}-??????`, ssm]);
  });

  test.each([
    ['an external secret named by something else than an ARN', secret('s', { external: true, name: 'my-secret' }), /must be named by its Secrets Manager ARN/],
    ['a name without external and without file (compose-cli #2144)', secret('s', { name: EXTERNAL_ARN }), /no file or environment.*external: true/],
    ['x-aws-keys "*" next to other keys', secret('s', { external: true, name: EXTERNAL_ARN, extensions: { 'x-aws-keys': ['*', 'a'] } }), /"\*" stands alone/],
    ['a JSON key with a slash', secret('s', { external: true, name: EXTERNAL_ARN, extensions: { 'x-aws-keys': ['a/b'] } }), /usable as a file name/],
    ['a key Secrets Manager would read as an ARN suffix', secret('db-secret', { file: '/x' }), /ends with "-" and six letters or digits/],
  ])('refused: %s', (_, s, message) => {
    const error = storageError(project([service('app', { secrets: [uses(s.key)] })], { secrets: { [s.key]: s } }));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(message);
    expect((error as UserError).key).toMatch(new RegExp(`^secrets\\.${s.key}`));
  });
});

describe('targets, modes and owners', () => {
  test('targets outside /run/secrets, with "..", or written twice are refused', () => {
    const s = { a: secret('a', { file: '/x' }), b: secret('b', { file: '/y' }) };
    expect(storageError(project([service('app', { secrets: [uses('a', { target: '/etc/a' })] })], { secrets: s })).message).toMatch(/must be a file under \/run\/secrets/);
    expect(storageError(project([service('app', { secrets: [uses('a', { target: '../a' })] })], { secrets: s })).message).toMatch(/plain path/);
    expect(storageError(project([service('app', { secrets: [uses('a', { target: 'x' }), uses('b', { target: 'x' })] })], { secrets: s })).message).toMatch(/written to \/run\/secrets\/x/);
  });

  test('the init script writes every value byte for byte, with mode and owner, wherever its target is', () => {
    const p = project(
      [service('app', { secrets: [uses('a', { target: 'nested/dir/a', mode: 0o400 }), uses('b', { target: 'b@v=1+x.txt', uid: '0', gid: '0' })] })],
      { secrets: { a: secret('a', { file: '/x' }), b: secret('b', { environment: 'B' }) } },
    );
    const r = convertStorage('secret-script', p);
    const init = container(r, 'app', 'App_Secrets_InitContainer');
    const script = init['Command'][0] as string;
    expect(script).toContain('chmod 400');
    expect(script).toContain('chmod 444');
    expect(script).toContain('chown 0:0');
    // Run it under a scratch root (the only change: where /run/secrets is), as root or not (chown to our own ids).
    const root = mkdtempSync(join(scratch, 'run-'));
    const uid = String(process.getuid?.() ?? 0);
    const gid = String(process.getgid?.() ?? 0);
    const runnable = script.split('/run/secrets').join(root).replace('chown 0:0', `chown ${uid}:${gid}`);
    const values = { SECRET_0: 'line 1\n%s %d \\n "quoted" $HOME `id`', SECRET_1: "it's\u00e9" };
    execFileSync('sh', ['-c', runnable], { env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...values } });
    expect(readFileSync(join(root, 'nested/dir/a'), 'utf8')).toBe(values.SECRET_0);
    expect(readFileSync(join(root, 'b@v=1+x.txt'), 'utf8')).toBe(values.SECRET_1);
    expect(statSync(join(root, 'nested/dir/a')).mode & 0o777).toBe(0o400);
    expect(statSync(join(root, 'b@v=1+x.txt')).mode & 0o777).toBe(0o444);
  });

  test('the image is configurable (x-aws-secrets_image) and pinned images apply', () => {
    const p = project([service('app', { secrets: [uses('a')] })], { secrets: { a: secret('a', { file: '/x' }) }, extensions: { 'x-aws-secrets_image': 'mirror.example/busybox:1' } });
    const r = convertStorage('secret-image', p, { pinnedImages: { 'mirror.example/busybox:1': 'mirror.example/busybox@sha256:' + '0'.repeat(64) } });
    expect(container(r, 'app', 'App_Secrets_InitContainer')['Image']).toBe('mirror.example/busybox@sha256:' + '0'.repeat(64));
    expect(r.warnings.map((w) => w.key)).not.toContain('x-aws-secrets_image');
  });

  test('a Compose volume named "secrets" mounted next to secrets is refused (the task volume has that name)', () => {
    const p = project([service('app', { secrets: [uses('a')], volumes: [{ type: 'volume', source: 'secrets', target: '/s', readOnly: false, extensions: {} }] })], {
      secrets: { a: secret('a', { file: '/x' }) },
      volumes: { secrets: { key: 'secrets', name: 'demo_secrets', external: false, driverOpts: {}, labels: {}, extensions: {} } },
    });
    expect(storageError(p).message).toMatch(/rename the volume/);
  });
});

test('the same project twice: byte-identical templates', () => {
  const build = () =>
    project([service('app', { secrets: [uses('a'), uses('ext')] }), service('worker', { secrets: [uses('a')] })], {
      secrets: { a: secret('a', { file: '/x' }), ext: secret('ext', { external: true, name: EXTERNAL_ARN, extensions: { 'x-aws-keys': ['k'] } }) },
    });
  const first = convertStorage('secret-idempotent', build());
  const second = convertStorage('secret-idempotent', build());
  expect(renderTemplate(second.template, 'yaml')).toBe(renderTemplate(first.template, 'yaml'));
});
