// A small OCI/Docker registry stand-in for digest pinning tests: node:http on 127.0.0.1 only, speaking the part
// of the Registry HTTP API v2 that pinning uses.
//
//   HEAD/GET /v2/<name>/manifests/<tag>   the manifest (an OCI index by default) with Docker-Content-Digest, when
//                                         the request accepts its media type; 404 MANIFEST_UNKNOWN otherwise
//   GET /token?service=…&scope=…          the anonymous token endpoint of the Bearer flow
//
// auth 'bearer' answers 401 + `WWW-Authenticate: Bearer realm="<url>/token",service="stand-in",scope="repository:<name>:pull"`
// until the request carries the token; auth 'basic' expects the given Authorization header (ECR-style);
// `omitDigestOnHead` leaves Docker-Content-Digest out of HEAD answers (some registries do), so the client must GET
// and hash. Every request is logged.

import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RegistryImage {
  name: string;
  tag: string;
  /** Manifest bytes; default: a small OCI index naming the tag. */
  body?: string;
  mediaType?: string;
}

export interface RegistryStandInOptions {
  auth?: 'none' | 'bearer' | 'basic';
  /** For auth 'basic': the exact Authorization header accepted. */
  basicAuthorization?: string;
  omitDigestOnHead?: boolean;
}

export interface RegistryRequest {
  method: string;
  path: string;
  authorization?: string;
  accept?: string;
}

export interface RegistryStandIn {
  /** host:port, as an image reference's registry part. */
  host: string;
  url: string;
  requests: RegistryRequest[];
  /** Adds or moves a tag; returns the manifest digest. */
  push(image: RegistryImage): string;
  close(): Promise<void>;
}

const TOKEN = 'stand-in-anonymous-token';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';

export async function startRegistryStandIn(options: RegistryStandInOptions = {}): Promise<RegistryStandIn> {
  const manifests = new Map<string, { body: Buffer; mediaType: string; digest: string }>();
  const requests: RegistryRequest[] = [];
  let url = '';

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ method: req.method ?? '', path, authorization: req.headers.authorization, accept: req.headers.accept });
    if (path === '/token') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ token: TOKEN, access_token: TOKEN, expires_in: 300 }));
      return;
    }
    const match = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(path);
    if (!match) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ code: 'NOT_FOUND' }] }));
      return;
    }
    const [, name, tag] = match;
    const auth = options.auth ?? 'none';
    const authorized =
      auth === 'none' || (auth === 'bearer' && req.headers.authorization === `Bearer ${TOKEN}`) || (auth === 'basic' && req.headers.authorization === options.basicAuthorization);
    if (!authorized) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (auth === 'bearer') headers['www-authenticate'] = `Bearer realm="${url}/token",service="stand-in",scope="repository:${name}:pull"`;
      else headers['www-authenticate'] = 'Basic realm="stand-in"';
      res.writeHead(401, headers);
      res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED' }] }));
      return;
    }
    const manifest = manifests.get(`${name}:${decodeURIComponent(tag)}`);
    const accepted = String(req.headers.accept ?? '').split(',').map((s) => s.trim());
    if (!manifest || !accepted.includes(manifest.mediaType)) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] }));
      return;
    }
    const headers: Record<string, string | number> = { 'content-type': manifest.mediaType, 'content-length': manifest.body.length };
    if (req.method !== 'HEAD' || !options.omitDigestOnHead) headers['docker-content-digest'] = manifest.digest;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : manifest.body);
  };

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  url = `http://127.0.0.1:${port}`;
  return {
    host: `127.0.0.1:${port}`,
    url,
    requests,
    push(image) {
      const body = Buffer.from(image.body ?? JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [], annotations: { tag: image.tag, at: String(Math.random()) } }));
      const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
      manifests.set(`${image.name}:${image.tag}`, { body, mediaType: image.mediaType ?? OCI_INDEX, digest });
      return digest;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
