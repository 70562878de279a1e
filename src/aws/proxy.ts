// HTTPS_PROXY support for the AWS SDK. No proxy-agent package is installed, so this is a minimal CONNECT tunnel:
// an https.Agent whose connections go through `CONNECT host:port` on the proxy and then TLS to the real host.
// NO_PROXY (comma-separated host suffixes, `*`, host:port) and loopback hosts bypass the proxy, so a local
// stand-in endpoint on 127.0.0.1 is reached directly even on a runner that sets HTTPS_PROXY.

import { Agent as HttpsAgent, type AgentOptions, type RequestOptions } from 'node:https';
import { request as httpRequest } from 'node:http';
import { connect as tlsConnect, type TLSSocket, type ConnectionOptions } from 'node:tls';
import type { Duplex } from 'node:stream';
import { UserError } from '../errors.js';

export interface ProxySettings {
  url: URL;
  noProxy: string[];
}

/** The proxy the environment asks for (HTTPS_PROXY, https_proxy), or undefined. */
export function proxySettingsFrom(env: Record<string, string | undefined>): ProxySettings | undefined {
  const raw = env.HTTPS_PROXY || env.https_proxy;
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw.includes('://') ? raw : `http://${raw}`);
  } catch {
    throw new UserError(`HTTPS_PROXY is not a valid URL: "${raw}". Use the form http://host:port (or unset it).`);
  }
  if (url.protocol !== 'http:') {
    throw new UserError(`HTTPS_PROXY must be an http:// proxy URL (the tunnel to AWS is TLS inside CONNECT), got "${url.protocol}//${url.host}".`);
  }
  const noProxy = (env.NO_PROXY || env.no_proxy || '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  return { url, noProxy };
}

/** Whether `host:port` bypasses the proxy: loopback always, then NO_PROXY's entries (suffix match, `*` = all). */
export function bypassesProxy(host: string, port: number, noProxy: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === '::1' || /^127\./.test(h)) return true;
  for (const entry of noProxy) {
    if (entry === '*') return true;
    const [entryHost, entryPort] = entry.includes(':') && !entry.includes('::') ? entry.split(':') : [entry, undefined];
    if (entryPort !== undefined && Number(entryPort) !== port) continue;
    const suffix = entryHost.replace(/^\*?\./, '');
    if (h === suffix || h.endsWith(`.${suffix}`)) return true;
  }
  return false;
}

type CreateCallback = (error: Error | null, socket: Duplex) => void;

/** An https.Agent that tunnels through an HTTP proxy with CONNECT. Keep-alive pools the tunnelled sockets. */
export class ConnectTunnelAgent extends HttpsAgent {
  constructor(
    private readonly proxy: ProxySettings,
    options: AgentOptions = {},
  ) {
    super({ keepAlive: true, ...options });
  }

  // Node's Agent accepts an asynchronous createConnection: return nothing and call back with the socket.
  override createConnection(requestOptions: RequestOptions, callback?: CreateCallback): Duplex | undefined {
    const options = requestOptions as ConnectionOptions & { host?: string; port?: number | string };
    const host = options.host ?? 'localhost';
    const port = Number(options.port ?? 443);
    if (bypassesProxy(host, port, this.proxy.noProxy)) return tlsConnect({ ...options, host, port, servername: options.servername ?? host });
    const done = once(callback);
    const headers: Record<string, string> = { Host: `${host}:${port}` };
    if (this.proxy.url.username) {
      const credentials = `${decodeURIComponent(this.proxy.url.username)}:${decodeURIComponent(this.proxy.url.password)}`;
      headers['Proxy-Authorization'] = `Basic ${Buffer.from(credentials).toString('base64')}`;
    }
    const connect = httpRequest({
      host: this.proxy.url.hostname,
      port: Number(this.proxy.url.port || 80),
      method: 'CONNECT',
      path: `${host}:${port}`,
      headers,
    });
    connect.once('connect', (response, socket) => {
      if (response.statusCode !== 200) {
        socket.destroy();
        done(new Error(`proxy ${this.proxy.url.host} refused CONNECT ${host}:${port} with HTTP ${response.statusCode}`), socket);
        return;
      }
      const secure: TLSSocket = tlsConnect({ ...options, socket, servername: options.servername ?? host });
      done(null, secure);
    });
    connect.once('error', (error) => done(new Error(`cannot reach the proxy ${this.proxy.url.host}: ${error.message}`), undefined as unknown as Duplex));
    connect.end();
    return undefined;
  }
}

function once(callback: CreateCallback | undefined): CreateCallback {
  let called = false;
  return (error, socket) => {
    if (called) return;
    called = true;
    callback?.(error, socket);
  };
}
