// HTTPS_PROXY, end to end: the bundled action reaches "AWS" and an ECR registry only through a CONNECT proxy.
// Everything stays on loopback: no host name is ever resolved by the action (a tunnelled request hands the name to
// the proxy), and this test's proxy maps each known name to a local TLS front — `aws.test` to the AWS stand-in, an
// ECR registry host of another region to the registry stand-in. The certificate is made here with openssl and
// trusted through NODE_EXTRA_CA_CERTS, as a corporate proxy's CA would be.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { connect as netConnect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import { awsEnv, runMode, startAwsStandIn, webProject, type AwsStandIn } from './support.js';
import { startRegistryStandIn, type RegistryStandIn } from '../stand-ins/registry.js';

/** An ECR registry in another region than the run's (us-east-1). */
const ECR_HOST = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';

let standIn: AwsStandIn;
let registry: RegistryStandIn;
const fronts: TlsServer[] = [];
let proxy: Server;
let scratch: string;
const connects: string[] = [];
/** host:port → local TLS front port. */
const routes = new Map<string, number>();

const listen = async (server: Server | TlsServer): Promise<number> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'proxy-tunnel-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=aws.test',
    '-addext', `subjectAltName=DNS:aws.test,DNS:${ECR_HOST}`, '-addext', 'basicConstraints=critical,CA:TRUE',
    '-keyout', join(scratch, 'key.pem'), '-out', join(scratch, 'cert.pem'),
  ], { stdio: 'ignore' });
  standIn = await startAwsStandIn({ stepDelayMs: 5 });
  // ECR answers with Basic auth from GetAuthorizationToken (the stand-in's token is AWS:stand-in-password).
  registry = await startRegistryStandIn({ auth: 'basic', basicAuthorization: `Basic ${Buffer.from('AWS:stand-in-password').toString('base64')}` });
  const key = readFileSync(join(scratch, 'key.pem'));
  const cert = readFileSync(join(scratch, 'cert.pem'));
  // TLS in front of a plain-HTTP stand-in.
  const front = async (port: number): Promise<number> => {
    const server = createTlsServer({ key, cert }, (socket) => {
      const upstream = netConnect(port, '127.0.0.1');
      socket.pipe(upstream).pipe(socket);
      socket.on('error', () => upstream.destroy());
      upstream.on('error', () => socket.destroy());
    });
    fronts.push(server);
    return listen(server);
  };
  routes.set('aws.test:443', await front(Number(new URL(standIn.url).port)));
  routes.set(`${ECR_HOST}:443`, await front(Number(registry.host.split(':')[1])));
  // A CONNECT proxy that knows the routes' hosts and refuses every other.
  proxy = createHttpServer((_, response) => response.writeHead(405).end());
  proxy.on('connect', (request, client, head) => {
    connects.push(request.url ?? '');
    const port = routes.get(request.url ?? '');
    if (port === undefined) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = netConnect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await listen(proxy);
});

afterAll(async () => {
  proxy?.closeAllConnections();
  await new Promise((resolve) => proxy?.close(resolve));
  await Promise.all(fronts.map((f) => new Promise((resolve) => f.close(resolve))));
  await standIn?.close();
  await registry?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('HTTPS_PROXY', () => {
  it('sends every AWS call of a preview through the CONNECT tunnel', async () => {
    const proxyPort = (proxy.address() as AddressInfo).port;
    standIn.control.clearRequests();
    const run = await runMode('preview', webProject('tunnelled'), 'proxy-tunnel', { comment: 'never' }, {
      env: awsEnv(standIn, {
        AWS_ENDPOINT_URL: 'https://aws.test',
        HTTPS_PROXY: `http://127.0.0.1:${proxyPort}`,
        NODE_EXTRA_CA_CERTS: join(scratch, 'cert.pem'),
      }),
    });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs['has-changes']).toBe('true');
    expect(connects.length).toBeGreaterThan(0);
    expect(new Set(connects)).toEqual(new Set(['aws.test:443']));
    // The stand-in saw the calls, so they all came through the tunnel (it is reachable only through the proxy's map).
    expect(standIn.control.requests().map((r) => r.action)).toEqual(expect.arrayContaining(['DescribeVpcs', 'CreateChangeSet', 'DescribeChangeSet']));
  });

  it("pins an image of another region's ECR with that region's authorization token, through the tunnel", async () => {
    const proxyPort = (proxy.address() as AddressInfo).port;
    const digest = registry.push({ name: 'team/app', tag: '2.0' });
    const image = `${ECR_HOST}/team/app:2.0`;
    const run = await runMode('preview', webProject('ecr-pinned', image), 'proxy-ecr', { comment: 'never', 'pin-images': 'true' }, {
      env: awsEnv(standIn, {
        AWS_ENDPOINT_URL: 'https://aws.test',
        HTTPS_PROXY: `http://127.0.0.1:${proxyPort}`,
        NODE_EXTRA_CA_CERTS: join(scratch, 'cert.pem'),
      }),
    });
    expect(run.errors).toEqual([]);
    expect(run.warnings).toEqual([]);
    expect(run.template).toContain(`${ECR_HOST}/team/app@${digest}`);
    expect(connects).toContain(`${ECR_HOST}:443`);
    expect(registry.requests.some((r) => r.authorization?.startsWith('Basic '))).toBe(true);
    expect(run.stdout).not.toContain('stand-in-password');
  });

  it('fails clearly when the proxy refuses the tunnel', async () => {
    const proxyPort = (proxy.address() as AddressInfo).port;
    const run = await runMode('preview', webProject('refused'), 'proxy-refused', { comment: 'never' }, {
      env: awsEnv(standIn, {
        AWS_ENDPOINT_URL: 'https://elsewhere.test',
        AWS_MAX_ATTEMPTS: '1',
        HTTPS_PROXY: `http://127.0.0.1:${proxyPort}`,
        NODE_EXTRA_CA_CERTS: join(scratch, 'cert.pem'),
      }),
    });
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/proxy 127\.0\.0\.1:\d+ refused CONNECT elsewhere\.test:443 with HTTP 403/);
  });
});
