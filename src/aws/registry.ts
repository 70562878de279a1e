// Pinning image tags to registry digests (`pin-images`), so a tag that moved (`:latest`, `:main`) rolls out a new
// task definition and the deployed task definition says exactly what runs. Registry HTTP API v2: HEAD (then GET)
// /v2/<name>/manifests/<tag> accepting OCI indexes, Docker manifest lists and single manifests, reading
// Docker-Content-Digest (or hashing the body when a registry leaves it out).
//
// Authentication: the anonymous token flow for public registries (401 + WWW-Authenticate: Bearer realm=…), ECR
// with GetAuthorizationToken (Basic). An image that cannot be resolved (private registry without credentials,
// registry unreachable) is deployed by its tag with a warning — Docker aborted the deployment there (#1173) — but a
// tag the registry says does not exist fails the run, because the tasks could never start.
//
// Registries on loopback (127.0.0.1, localhost, [::1]) and those listed in COMPOSE_ECS_INSECURE_REGISTRIES
// (comma-separated host[:port]) are spoken to over plain http, as Docker treats them.

import { createHash } from 'node:crypto';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest, type Agent } from 'node:https';
import { UserError } from '../errors.js';
import type { AwsClients } from './clients.js';
import { errorMessage } from './clients.js';
import { ConnectTunnelAgent, proxySettingsFrom } from './proxy.js';

export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
].join(', ');

export interface ImageReference {
  /** As written in the Compose file. */
  original: string;
  /** Registry host[:port] as addressed (Docker Hub → registry-1.docker.io). */
  registry: string;
  /** Repository path in the registry (Docker Hub single names get `library/`). */
  repository: string;
  /** The reference without tag or digest, as written (`nginx`, `ghcr.io/o/app`). */
  name: string;
  tag: string;
  digest?: string;
}

export function parseImageReference(image: string): ImageReference {
  let rest = image;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag = 'latest';
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > rest.lastIndexOf('/')) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
  }
  const name = rest;
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  const hasRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? first : 'registry-1.docker.io';
  let repository = hasRegistry ? rest.slice(slash + 1) : rest;
  if (!hasRegistry && !repository.includes('/')) repository = `library/${repository}`;
  return { original: image, registry: registry === 'docker.io' || registry === 'index.docker.io' ? 'registry-1.docker.io' : registry, repository, name, tag, ...(digest ? { digest } : {}) };
}

const ECR_REGISTRY = /^(\d{12})\.dkr\.ecr(-fips)?\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/;

export interface PinOptions {
  env: Record<string, string | undefined>;
  clients?: AwsClients;
  warn: (message: string) => void;
  info: (message: string) => void;
  /** Never print this value again (registry tokens). */
  setSecret: (value: string) => void;
  timeoutMs?: number;
}

/** Reference as written → `name@sha256:…`, for every image that could be resolved. */
export async function pinImages(images: Iterable<{ service: string; image: string }>, options: PinOptions): Promise<Record<string, string>> {
  const resolver = new RegistryResolver(options);
  const pinned: Record<string, string> = {};
  for (const { service, image } of images) {
    if (pinned[image] !== undefined) continue;
    const ref = parseImageReference(image);
    if (ref.digest) continue;
    const digest = await resolver.digestOf(ref, service);
    if (digest) {
      pinned[image] = `${ref.name}@${digest}`;
      options.info(`Image ${image} of ${service} pinned to ${digest}.`);
    }
  }
  return pinned;
}

interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

class RegistryResolver {
  private readonly tokens = new Map<string, string>();
  private readonly agent?: Agent;
  private readonly insecure: Set<string>;

  constructor(private readonly options: PinOptions) {
    const proxy = proxySettingsFrom(options.env);
    if (proxy) this.agent = new ConnectTunnelAgent(proxy);
    this.insecure = new Set(
      (options.env.COMPOSE_ECS_INSECURE_REGISTRIES ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    );
  }

  schemeOf(registry: string): 'http' | 'https' {
    const host = registry.toLowerCase();
    if (this.insecure.has(host) || this.insecure.has(host.replace(/:\d+$/, ''))) return 'http';
    return /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(host) ? 'http' : 'https';
  }

  async digestOf(ref: ImageReference, service: string): Promise<string | undefined> {
    const url = `${this.schemeOf(ref.registry)}://${ref.registry}/v2/${ref.repository}/manifests/${encodeURIComponent(ref.tag)}`;
    try {
      let auth = await this.initialAuthorization(ref);
      let response = await this.fetch('HEAD', url, auth);
      if (response.status === 401) {
        auth = await this.challenge(ref, response.headers['www-authenticate']);
        if (auth) response = await this.fetch('HEAD', url, auth);
      }
      if (response.status === 404) {
        throw new UserError(`services.${service}.image: ${ref.original} does not exist in ${ref.registry} (the registry has no tag "${ref.tag}" for ${ref.repository}). Push it, or fix the tag.`, {
          key: `services.${service}.image`,
        });
      }
      if (response.status === 401 || response.status === 403) {
        this.options.warn(`Cannot pin ${ref.original} (service ${service}) to a digest: ${ref.registry} refused anonymous access (HTTP ${response.status}). It is deployed by its tag; set pin-images: false to skip pinning.`);
        return undefined;
      }
      let digest = header(response.headers, 'docker-content-digest');
      if (response.status >= 200 && response.status < 300 && !digest) {
        // Some registries leave the digest out of HEAD: the digest is the SHA-256 of the manifest bytes.
        const full = await this.fetch('GET', url, auth);
        digest = header(full.headers, 'docker-content-digest') ?? (full.status === 200 ? `sha256:${createHash('sha256').update(full.body).digest('hex')}` : undefined);
      }
      if (!digest || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
        this.options.warn(`Cannot pin ${ref.original} (service ${service}): ${ref.registry} answered HTTP ${response.status} without a digest. It is deployed by its tag.`);
        return undefined;
      }
      return digest;
    } catch (error) {
      if (error instanceof UserError) throw error;
      // Unreachable is an error, not a silent deploy by tag: the tag may have moved, which is what pinning is for.
      // (A registry that answers but refuses anonymous access is a warning above: ECS may hold pull credentials.)
      throw new UserError(
        `services.${service}.image: cannot reach the registry ${ref.registry} to pin ${ref.original} to a digest (${errorMessage(error)}). ` +
          'Check the image name and the runner\'s network access (HTTPS_PROXY), or set pin-images: false to deploy by tag.',
        { key: `services.${service}.image`, cause: error },
      );
    }
  }

  /** ECR (any region: the registry host names it): Basic auth from GetAuthorizationToken, before the first request. */
  private async initialAuthorization(ref: ImageReference): Promise<string | undefined> {
    const ecr = ECR_REGISTRY.exec(ref.registry);
    if (!ecr || !this.options.clients) return undefined;
    const cached = this.tokens.get(ref.registry);
    if (cached) return cached;
    const { sdk, client } = await this.options.clients.ecr(ecr[3]);
    const result = await client.send(new sdk.GetAuthorizationTokenCommand({ registryIds: [ecr[1]] }));
    const token = result.authorizationData?.[0]?.authorizationToken;
    if (!token) return undefined;
    this.options.setSecret(token);
    const auth = `Basic ${token}`;
    this.tokens.set(ref.registry, auth);
    return auth;
  }

  /** The anonymous Bearer token flow: GET realm?service=…&scope=repository:<repo>:pull. */
  private async challenge(ref: ImageReference, wwwAuthenticate: string | string[] | undefined): Promise<string | undefined> {
    const value = Array.isArray(wwwAuthenticate) ? wwwAuthenticate[0] : wwwAuthenticate;
    if (!value || !/^Bearer\s/i.test(value)) return undefined;
    const params = Object.fromEntries([...value.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1].toLowerCase(), m[2]]));
    if (!params.realm) return undefined;
    const realm = new URL(params.realm);
    if (params.service) realm.searchParams.set('service', params.service);
    realm.searchParams.set('scope', params.scope ?? `repository:${ref.repository}:pull`);
    const response = await this.fetch('GET', realm.toString(), undefined);
    if (response.status !== 200) return undefined;
    const body = JSON.parse(response.body.toString('utf8')) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) return undefined;
    this.options.setSecret(token);
    return `Bearer ${token}`;
  }

  private fetch(method: 'HEAD' | 'GET', url: string, authorization: string | undefined, redirects = 3): Promise<Response> {
    return new Promise((resolve, reject) => {
      const target = new URL(url);
      const send = target.protocol === 'http:' ? httpRequest : httpsRequest;
      const headers: Record<string, string> = { Accept: MANIFEST_ACCEPT, 'User-Agent': 'compose-ecs-action' };
      if (authorization) headers.Authorization = authorization;
      const req = send(target, { method, headers, ...(target.protocol === 'https:' && this.agent ? { agent: this.agent } : {}), timeout: this.options.timeoutMs ?? 15_000 }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const location = res.headers.location;
          if (status >= 300 && status < 400 && location && redirects > 0) {
            // Blob/manifest redirects to storage: never forward the registry credentials.
            this.fetch(method, new URL(location, target).toString(), undefined, redirects - 1).then(resolve, reject);
            return;
          }
          resolve({ status, headers: res.headers, body: Buffer.concat(chunks) });
        });
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error(`${target.host} did not answer within ${(this.options.timeoutMs ?? 15_000) / 1000} s`)));
      req.on('error', reject);
      req.end();
    });
  }
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
