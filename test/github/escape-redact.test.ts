import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { readGitHubContext } from '../../src/github/context.js';
import { diffLines } from '../../src/github/diff.js';
import { code, codeBlock, escapeText, link, safeUrl } from '../../src/github/escape.js';
import { formatMarker, parseMarker, replaceStatus, composeCommentBody } from '../../src/github/marker.js';
import { REDACTED, isSensitiveEnvironmentName, isSensitivePropertyName, redactChangeDetail, redactTemplateValue } from '../../src/github/redact.js';

const options = { redactAllEnvironment: false };

describe('escape', () => {
  it('neutralises markup, mentions, references and direction overrides', () => {
    expect(escapeText('<b>@admin</b> #12 *x* [a](b) `c` | $x$ \u202Eevil')).toBe('&#60;b&#62;@\u200Dadmin&#60;/b&#62; #\u200D12 &#42;x&#42; &#91;a&#93;(b) &#96;c&#96; &#124; &#36;x&#36; evil');
    expect(escapeText('- item')).toBe('&#45; item');
    expect(escapeText('12. item')).toBe('&#49;2. item');
    expect(escapeText('line one\nline two')).toBe('line one line two');
    expect(escapeText('x'.repeat(20), 5)).toBe('xxxxx… (15 more characters)');
    expect(code('a<b')).toBe('<code>a&#60;b</code>');
  });

  it('fences code with a fence longer than any backtick run', () => {
    expect(codeBlock('a ```` b', 'text')).toBe('`````text\na ```` b\n`````');
    expect(codeBlock('x', 'evil lang')).toBe('```\nx\n```');
  });

  it('links only http(s) URLs, with parentheses and pipes encoded', () => {
    expect(link('x', 'javascript:alert(1)')).toBe('x');
    expect(link('x', 'not a url')).toBe('x');
    expect(safeUrl('https://a.example/p(1)|2')).toBe('https://a.example/p%281%29%7C2');
  });
});

describe('redact', () => {
  it('recognises sensitive names', () => {
    for (const name of ['DB_PASSWORD', 'API_KEY', 'GITHUB_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'PRIVATE_PEM', 'SMTP_CREDENTIALS', 'db_pass']) expect(isSensitiveEnvironmentName(name)).toBe(true);
    for (const name of ['LOG_LEVEL', 'PORT', 'NODE_ENV']) expect(isSensitiveEnvironmentName(name)).toBe(false);
    for (const name of ['SecretString', 'SecretBinary', 'Password', 'MasterUserPassword', 'AuthToken', 'PrivateKey']) expect(isSensitivePropertyName(name)).toBe(true);
    for (const name of ['GenerateSecretString', 'Secrets', 'SecretArn', 'KmsKeyId']) expect(isSensitivePropertyName(name)).toBe(false);
  });

  it('redacts ECS and Lambda environments, secret properties and URL passwords', () => {
    const redacted = redactTemplateValue(
      {
        Environment: [{ Name: 'TOKEN', Value: 't' }, { Name: 'MODE', Value: 'prod' }, { Name: { Ref: 'X' }, Value: 'v' }],
        Lambda: { Environment: { Variables: { API_KEY: 'k', REGION: 'eu' } } },
        Db: { MasterUserPassword: { 'Fn::Sub': 'p' }, ManageMasterUserPassword: true, Url: 'mysql://u:p@h/db' },
      },
      options,
    );
    expect(redacted).toEqual({
      Environment: [{ Name: 'TOKEN', Value: REDACTED }, { Name: 'MODE', Value: 'prod' }, { Name: { Ref: 'X' }, Value: REDACTED }],
      Lambda: { Environment: { Variables: { API_KEY: REDACTED, REGION: 'eu' } } },
      Db: { MasterUserPassword: REDACTED, ManageMasterUserPassword: true, Url: 'mysql://u:***@h/db' },
    });
  });

  it('redacts change details by path, by template lookup, and inside JSON values', () => {
    const resource = { Properties: { ContainerDefinitions: [{ Environment: [{ Name: 'MODE', Value: 'b' }, { Name: 'SECRET_X', Value: 's' }] }] } };
    const detail = (path: string, before: string, after: string) => ({ attribute: 'Properties', path, before, after });
    const context = { resource, siblings: [] };
    expect(redactChangeDetail(detail('/Properties/ContainerDefinitions/0/Environment/0/Value', 'a', 'b'), context, options)).toMatchObject({ before: 'a', after: 'b' });
    expect(redactChangeDetail(detail('/Properties/ContainerDefinitions/0/Environment/1/Value', 'r', 's'), context, options)).toMatchObject({ before: REDACTED, after: REDACTED });
    expect(redactChangeDetail(detail('/Properties/ContainerDefinitions/0/Environment/0/Value', 'a', 'b'), context, { redactAllEnvironment: true })).toMatchObject({ before: REDACTED });
    // The entry was renamed in the same change: the old name counts too.
    const renamed = { resource, siblings: [detail('/Properties/ContainerDefinitions/0/Environment/0/Name', 'OLD_TOKEN', 'MODE')] };
    expect(redactChangeDetail(detail('/Properties/ContainerDefinitions/0/Environment/0/Value', 'a', 'b'), renamed, options)).toMatchObject({ before: REDACTED });
    const whole = redactChangeDetail(detail('/Properties/ContainerDefinitions', '[{"Environment":[{"Name":"API_TOKEN","Value":"old"}]}]', '[{"Environment":[{"Name":"API_TOKEN","Value":"new"}]}]'), context, options);
    expect(whole.before).toBe('[{"Environment":[{"Name":"API_TOKEN","Value":"***"}]}]');
    expect(whole.after).not.toContain('new');
    expect(redactChangeDetail({ attribute: 'Properties', name: 'SecretString', before: 'a', after: 'b' }, context, options)).toMatchObject({ before: REDACTED, after: REDACTED });
  });
});

describe('diff', () => {
  it('diffs pretty-printed JSON line by line, folding unchanged runs', () => {
    const before = JSON.stringify({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10 });
    const after = JSON.stringify({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 11 });
    expect(diffLines(before, after)).toEqual(['  …', '    "g": 7,', '    "h": 8,', '    "i": 9,', '-   "j": 10', '+   "j": 11', '  }']);
    expect(diffLines(undefined, 'new')).toEqual(['+ new']);
  });
});

describe('marker', () => {
  it('round-trips and cannot be closed by a value', () => {
    const marker = { v: 1 as const, stack: 'a --> <b>', project: 'p', run: '1' };
    const line = formatMarker(marker);
    expect(line.indexOf('-->')).toBe(line.length - 3);
    expect(parseMarker(`${line}\nbody`)).toEqual(marker);
    expect(parseMarker(`text\n${line}`)).toBeUndefined();
    expect(parseMarker('<!-- compose-ecs-action {"v":2,"stack":"s","project":"p"} -->')).toBeUndefined();
  });

  it('replaces the status block only', () => {
    const body = composeCommentBody({ v: 1, stack: 's', project: 'p' }, '> old', 'report');
    const updated = replaceStatus(body, { v: 1, stack: 's', project: 'p', deployStatus: 'deployed' }, '> new');
    expect(updated).toBe(composeCommentBody({ v: 1, stack: 's', project: 'p', deployStatus: 'deployed' }, '> new', 'report'));
  });
});

describe('readGitHubContext', () => {
  it('reads repository, event, payload and run from the given environment', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ctx-')), 'event.json');
    writeFileSync(path, JSON.stringify({ pull_request: { number: 3, head: { sha: 'head' } } }));
    expect(
      readGitHubContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path, GITHUB_SHA: 'merge', GITHUB_RUN_ID: '5', GITHUB_SERVER_URL: 'https://ghe.example/' }),
    ).toMatchObject({ repository: { owner: 'o', repo: 'r' }, pullRequestNumber: 3, sha: 'merge', headSha: 'head', runUrl: 'https://ghe.example/o/r/actions/runs/5', apiUrl: 'https://api.github.com' });
    expect(readGitHubContext({ GITHUB_EVENT_PATH: '/nonexistent/event.json' })).toMatchObject({ payload: {}, repository: undefined, serverUrl: 'https://github.com' });
  });
});
