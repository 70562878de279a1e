// The small pure pieces of the AWS layer: region and endpoint resolution, credential sources, tags and parameters,
// the S3 decision, image references, proxy bypass, the read-only template diff, and the client configuration.

import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AwsClients, endpointFor, resolveRegion, isAccessDenied } from '../../src/aws/clients.js';
import { credentialSource } from '../../src/aws/credentials.js';
import { parseParameters, parseTags, stackTags, pullRequestNumber, isFinal, isInProgress } from '../../src/aws/stacks.js';
import { INLINE_TEMPLATE_LIMIT, objectUrl, requireTemplateStore } from '../../src/aws/s3.js';
import { parseImageReference } from '../../src/aws/registry.js';
import { bypassesProxy, proxySettingsFrom } from '../../src/aws/proxy.js';
import { diffTemplates, parseTemplateBody } from '../../src/aws/template-diff.js';
import { Inputs } from '../../src/inputs.js';
import { UserError } from '../../src/errors.js';

const inputs = (values: Record<string, string> = {}) => new Inputs((name) => values[name] ?? '');

describe('region and endpoints', () => {
  it('takes the input, then AWS_REGION, then AWS_DEFAULT_REGION, and names them when none is set', () => {
    expect(resolveRegion(inputs({ region: 'eu-west-1' }), { AWS_REGION: 'us-east-1' })).toBe('eu-west-1');
    expect(resolveRegion(inputs(), { AWS_REGION: 'us-east-2', AWS_DEFAULT_REGION: 'us-west-1' })).toBe('us-east-2');
    expect(resolveRegion(inputs(), { AWS_DEFAULT_REGION: 'us-west-1' })).toBe('us-west-1');
    expect(() => resolveRegion(inputs(), {})).toThrow(/"region" input \(CLI: --region\), or AWS_REGION \/ AWS_DEFAULT_REGION/);
    expect(() => resolveRegion(inputs({ region: 'mars' }), {})).toThrow(UserError);
  });

  it('AWS_ENDPOINT_URL_<SERVICE> wins over AWS_ENDPOINT_URL', () => {
    expect(endpointFor('S3', { AWS_ENDPOINT_URL: 'http://a', AWS_ENDPOINT_URL_S3: 'http://s3' })).toBe('http://s3');
    expect(endpointFor('ECS', { AWS_ENDPOINT_URL: 'http://a' })).toBe('http://a');
    expect(endpointFor('ECS', { AWS_ENDPOINT_URL: 'http://a', AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' })).toBeUndefined();
  });

  it('configures clients with the endpoint, retries, user agent, and path-style S3', async () => {
    const clients = new AwsClients('us-east-1', { AWS_ENDPOINT_URL: 'http://127.0.0.1:1' });
    const { client: s3 } = await clients.s3();
    expect(await s3.config.forcePathStyle).toBe(true);
    expect(await s3.config.maxAttempts()).toBe(5);
    expect(((await s3.config.retryStrategy()) as { mode?: string }).mode).toBe('standard');
    expect(s3.config.customUserAgent).toEqual([['compose-ecs-action/0.1.0']]);
    const endpoint = await s3.config.endpoint?.();
    expect(endpoint?.hostname).toBe('127.0.0.1');
    // The same client is returned each time.
    expect((await clients.s3()).client).toBe(s3);
    await clients.destroy();
  });

  it('recognises access-denied errors of every protocol', () => {
    expect(isAccessDenied(Object.assign(new Error(), { name: 'AccessDeniedException' }))).toBe(true);
    expect(isAccessDenied(Object.assign(new Error(), { name: 'UnauthorizedOperation' }))).toBe(true);
    expect(isAccessDenied(Object.assign(new Error(), { name: 'ValidationError' }))).toBe(false);
  });
});

describe('credential sources', () => {
  it('finds environment, web identity, profile, container and file sources; none in a fork PR', () => {
    const home = mkdtempSync(join(tmpdir(), 'home-'));
    expect(credentialSource({ HOME: home })).toBeUndefined();
    expect(credentialSource({ HOME: home, AWS_ACCESS_KEY_ID: 'x' })).toBe('AWS_ACCESS_KEY_ID');
    expect(credentialSource({ HOME: home, AWS_WEB_IDENTITY_TOKEN_FILE: '/t' })).toContain('OIDC');
    expect(credentialSource({ HOME: home, AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://x' })).toContain('container');
    mkdirSync(join(home, '.aws'));
    writeFileSync(join(home, '.aws', 'credentials'), '[default]\n');
    expect(credentialSource({ HOME: home })).toBe(join(home, '.aws', 'credentials'));
  });
});

describe('stacks', () => {
  it('parses tags and parameters in every accepted shape', () => {
    expect(parseTags('team: web\ncost: "12"')).toEqual({ team: 'web', cost: '12' });
    expect(parseTags('[{"Key":"a","Value":"b"}]')).toEqual({ a: 'b' });
    expect(() => parseTags('aws:x: y')).toThrow(/reserved aws: prefix/);
    expect(parseParameters('A=1\nB=x=y')).toEqual({ A: '1', B: 'x=y' });
    expect(parseParameters('A: 1\nList: [a, b]')).toEqual({ A: '1', List: 'a,b' });
    expect(parseParameters('[{"ParameterKey":"A","ParameterValue":"2"}]')).toEqual({ A: '2' });
  });

  it('tags every stack with the action tags, keeping created-at of the existing stack', () => {
    const tags = stackTags({
      project: 'shop',
      repository: 'acme/shop',
      pr: '7',
      existing: { StackName: 's', CreationTime: new Date(), StackStatus: 'UPDATE_COMPLETE', Tags: [{ Key: 'compose-ecs-action:created-at', Value: '2020-01-01T00:00:00.000Z' }] },
      userTags: { team: 'web' },
    });
    expect(Object.fromEntries(tags.map((t) => [t.Key, t.Value]))).toEqual({
      'com.docker.compose.project': 'shop',
      'compose-ecs-action:project': 'shop',
      'compose-ecs-action:created-at': '2020-01-01T00:00:00.000Z',
      'compose-ecs-action:repository': 'acme/shop',
      'compose-ecs-action:pr': '7',
      team: 'web',
    });
    expect(() => stackTags({ project: 'p', userTags: { 'compose-ecs-action:pr': '1' } })).toThrow(/reserves/);
    expect(pullRequestNumber('', { GITHUB_REF: 'refs/pull/42/merge' })).toBe('42');
  });

  it('classifies states', () => {
    expect(isInProgress('UPDATE_COMPLETE_CLEANUP_IN_PROGRESS')).toBe(true);
    expect(isInProgress('REVIEW_IN_PROGRESS')).toBe(false);
    expect(isFinal('UPDATE_ROLLBACK_COMPLETE')).toBe(true);
    expect(isFinal('UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS')).toBe(false);
  });
});

describe('S3 for large templates', () => {
  it('inlines up to 51,200 bytes, else needs s3-bucket', () => {
    expect(() => requireTemplateStore('x'.repeat(INLINE_TEMPLATE_LIMIT), undefined)).not.toThrow();
    expect(() => requireTemplateStore('x'.repeat(INLINE_TEMPLATE_LIMIT + 1), undefined)).toThrow(/set the "s3-bucket" input/);
    expect(objectUrl({}, 'eu-west-1', 'b', 'p/s/h.json')).toBe('https://b.s3.eu-west-1.amazonaws.com/p/s/h.json');
    expect(objectUrl({ AWS_ENDPOINT_URL: 'http://127.0.0.1:9/' }, 'eu-west-1', 'b', 'k')).toBe('http://127.0.0.1:9/b/k');
  });
});

describe('image references', () => {
  it('splits registry, repository, tag and digest as Docker does', () => {
    expect(parseImageReference('nginx')).toMatchObject({ registry: 'registry-1.docker.io', repository: 'library/nginx', tag: 'latest', name: 'nginx' });
    expect(parseImageReference('acme/app:1.2')).toMatchObject({ registry: 'registry-1.docker.io', repository: 'acme/app', tag: '1.2' });
    expect(parseImageReference('ghcr.io/o/app:sha-1')).toMatchObject({ registry: 'ghcr.io', repository: 'o/app', tag: 'sha-1', name: 'ghcr.io/o/app' });
    expect(parseImageReference('127.0.0.1:5000/app')).toMatchObject({ registry: '127.0.0.1:5000', repository: 'app', tag: 'latest' });
    expect(parseImageReference('app@sha256:abc').digest).toBe('sha256:abc');
  });
});

describe('proxy', () => {
  it('reads HTTPS_PROXY and bypasses loopback and NO_PROXY hosts', () => {
    const settings = proxySettingsFrom({ HTTPS_PROXY: 'http://user:pw@proxy:3128', NO_PROXY: '.internal,example.com:8443' });
    expect(settings?.url.host).toBe('proxy:3128');
    expect(bypassesProxy('127.0.0.1', 443, settings!.noProxy)).toBe(true);
    expect(bypassesProxy('api.internal', 443, settings!.noProxy)).toBe(true);
    expect(bypassesProxy('example.com', 443, settings!.noProxy)).toBe(false);
    expect(bypassesProxy('example.com', 8443, settings!.noProxy)).toBe(true);
    expect(bypassesProxy('cloudformation.us-east-1.amazonaws.com', 443, settings!.noProxy)).toBe(false);
    expect(proxySettingsFrom({})).toBeUndefined();
    expect(() => proxySettingsFrom({ HTTPS_PROXY: 'socks5://x:1' })).toThrow(/http:\/\/ proxy/);
  });
});

describe('template diff (read-only preview)', () => {
  it('finds additions, removals, property changes and type changes by logical id', () => {
    const before = parseTemplateBody(
      ['Resources:', '  Keep:', '    Type: AWS::SNS::Topic', '  Gone:', '    Type: AWS::SQS::Queue', '  Web:', '    Type: AWS::ECS::TaskDefinition', '    Properties:', '      Family: !Ref X', '      Cpu: "256"'].join('\n'),
    );
    const after = {
      AWSTemplateFormatVersion: '2010-09-09' as const,
      Resources: {
        Keep: { Type: 'AWS::SNS::Topic' },
        Web: { Type: 'AWS::ECS::TaskDefinition', Properties: { Family: { Ref: 'X' }, Cpu: '512' } },
        New: { Type: 'AWS::Logs::LogGroup' },
      },
    };
    expect(diffTemplates(before, after)).toEqual([
      { logicalId: 'Web', type: 'AWS::ECS::TaskDefinition', action: 'Modify', details: [{ attribute: 'Properties', name: 'Cpu', changeSource: 'DirectModification' }] },
      { logicalId: 'New', type: 'AWS::Logs::LogGroup', action: 'Add', details: [] },
      { logicalId: 'Gone', type: 'AWS::SQS::Queue', action: 'Remove', details: [] },
    ]);
  });
});
