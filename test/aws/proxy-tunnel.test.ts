// HTTPS_PROXY, end to end: the bundled action reaches "AWS" only through a CONNECT proxy. Everything stays on
// loopback: the endpoint host `aws.test` is never resolved by the action (a tunnelled request hands the name to the
// proxy), and this test's proxy maps it to a local TLS front of the AWS stand-in. The certificate for aws.test is made
// here with openssl and trusted through NODE_EXTRA_CA_CERTS, as a corporate proxy's CA would be.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { connect as netConnect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import { awsEnv, runMode, startAwsStandIn, webProject, type AwsStandIn } from './support.js';

let standIn: AwsStandIn;
let tlsFront: TlsServer;
let proxy: Server;
let scratch: string;
const connects: string[] = [];

const listen = async (server: Server | TlsServer): Promise<number> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'proxy-tunnel-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=aws.test',
    '-addext', 'subjectAltName=DNS:aws.test', '-addext', 'basicConstraints=critical,CA:TRUE',
    '-keyout', join(scratch, 'key.pem'), '-out', join(scratch, 'cert.pem'),
  ], { stdio: 'ignore' });
  standIn = await startAwsStandIn({ stepDelayMs: 5 });
  const standInPort = Number(new URL(standIn.url).port);
  // TLS in front of the plain-HTTP stand-in.
  tlsFront = createTlsServer({ key: readFileSync(join(scratch, 'key.pem')), cert: readFileSync(join(scratch, 'cert.pem')) }, (socket) => {
    const upstream = netConnect(standInPort, '127.0.0.1');
    socket.pipe(upstream).pipe(socket);
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
  });
  const frontPort = await listen(tlsFront);
  // A CONNECT proxy that knows one host.
  proxy = createHttpServer((_, response) => response.writeHead(405).end());
  proxy.on('connect', (request, client, head) => {
    connects.push(request.url ?? '');
    if (request.url !== 'aws.test:443') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = netConnect(frontPort, '127.0.0.1', () => {
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
  await new Promise((resolve) => tlsFront?.close(resolve));
  await standIn?.close();
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
