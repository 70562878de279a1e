// One factory for every AWS SDK v3 client the action uses. Each client and its module are imported lazily
// (`await import(…)`), so `convert` never loads the SDK and the bundle keeps each service in its own chunk.
//
// Configuration, identical for every client:
// - credentials: the SDK default chain only (environment, web identity/OIDC as configure-aws-credentials leaves
//   it, ~/.aws files, container and instance metadata);
// - region: the `region` input, else AWS_REGION, else AWS_DEFAULT_REGION (a clear error naming them otherwise);
// - endpoint: AWS_ENDPOINT_URL_<SERVICE>, else AWS_ENDPOINT_URL, taken from the Host's environment snapshot (modes
//   never read process.env); S3 then uses path-style addressing, which local endpoints need;
// - retries: standard mode, 5 attempts, with the SDK's backoff (longer on throttling);
// - HTTPS_PROXY through a CONNECT tunnel (proxy.ts);
// - user agent `compose-ecs-action/<version>`.
// Every HTTP attempt is recorded in `calls` (service, operation, time): the waiter keeps its budget with it and
// the run reports how many calls it made.

import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { ECSClient } from '@aws-sdk/client-ecs';
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { EFSClient } from '@aws-sdk/client-efs';
import type { S3Client } from '@aws-sdk/client-s3';
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { STSClient } from '@aws-sdk/client-sts';
import type { Host } from '../host.js';
import type { Inputs } from '../inputs.js';
import { VERSION } from '../version.js';
import { UserError } from '../errors.js';
import { ConnectTunnelAgent, proxySettingsFrom } from './proxy.js';

export type CloudFormationSdk = typeof import('@aws-sdk/client-cloudformation');
export type EcsSdk = typeof import('@aws-sdk/client-ecs');
export type Ec2Sdk = typeof import('@aws-sdk/client-ec2');
export type Elbv2Sdk = typeof import('@aws-sdk/client-elastic-load-balancing-v2');
export type EfsSdk = typeof import('@aws-sdk/client-efs');
export type S3Sdk = typeof import('@aws-sdk/client-s3');
export type EcrSdk = typeof import('@aws-sdk/client-ecr');
export type SecretsManagerSdk = typeof import('@aws-sdk/client-secrets-manager');
export type LogsSdk = typeof import('@aws-sdk/client-cloudwatch-logs');
export type StsSdk = typeof import('@aws-sdk/client-sts');

/** A client together with its module, so callers build commands without importing the SDK statically. */
export interface Service<Sdk, Client> {
  sdk: Sdk;
  client: Client;
}

export const MAX_ATTEMPTS = 5;

/** One HTTP attempt to AWS. */
export interface RecordedCall {
  service: string;
  operation: string;
  time: number;
}

/** Every attempt this run made, in order. */
export class CallLog {
  readonly calls: RecordedCall[] = [];
  constructor(private readonly now: () => number = Date.now) {}

  record(service: string, operation: string): void {
    this.calls.push({ service, operation, time: this.now() });
  }

  /** Attempts within the last `windowMs` (default one minute). */
  recent(windowMs = 60_000): number {
    const since = this.now() - windowMs;
    let n = 0;
    for (let i = this.calls.length - 1; i >= 0 && this.calls[i].time > since; i--) n++;
    return n;
  }

  /** `Service.Operation` → count, for reports. */
  countByOperation(from = 0): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const call of this.calls.slice(from)) counts[`${call.service}.${call.operation}`] = (counts[`${call.service}.${call.operation}`] ?? 0) + 1;
    return counts;
  }
}

/** The region for AWS calls: the `region` input, else AWS_REGION, else AWS_DEFAULT_REGION. */
export function resolveRegion(inputs: Inputs, env: Record<string, string | undefined>): string {
  const region = inputs.region(env);
  if (region === undefined) {
    throw new UserError(
      'No AWS region: set the "region" input (CLI: --region), or AWS_REGION / AWS_DEFAULT_REGION in the environment (aws-actions/configure-aws-credentials sets AWS_REGION from its aws-region input).',
    );
  }
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
    throw new UserError(`"${region}" is not an AWS region name (e.g. us-east-1): check the "region" input and AWS_REGION / AWS_DEFAULT_REGION.`);
  }
  return region;
}

/** AWS_ENDPOINT_URL_<SERVICE_ID> or AWS_ENDPOINT_URL, as the SDK's configuration rules name them. */
export function endpointFor(serviceEnvId: string, env: Record<string, string | undefined>): string | undefined {
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true') return undefined;
  const value = env[`AWS_ENDPOINT_URL_${serviceEnvId}`] || env.AWS_ENDPOINT_URL;
  if (!value) return undefined;
  try {
    new URL(value);
  } catch {
    throw new UserError(`AWS_ENDPOINT_URL${env[`AWS_ENDPOINT_URL_${serviceEnvId}`] ? `_${serviceEnvId}` : ''} is not a URL: "${value}".`);
  }
  return value;
}

interface ClientLike {
  middlewareStack: { add: (middleware: any, options: any) => void };
  destroy(): void;
}

export class AwsClients {
  readonly calls: CallLog;
  private readonly cache = new Map<string, Promise<Service<unknown, ClientLike>>>();
  private readonly agent?: ConnectTunnelAgent;

  constructor(
    readonly region: string,
    private readonly env: Record<string, string | undefined>,
    calls?: CallLog,
  ) {
    this.calls = calls ?? new CallLog();
    const proxy = proxySettingsFrom(env);
    if (proxy) this.agent = new ConnectTunnelAgent(proxy);
  }

  static forHost(host: Host, inputs: Inputs): AwsClients {
    return new AwsClients(resolveRegion(inputs, host.env), host.env);
  }

  /** Whether any client talks to a custom endpoint (a local stand-in): used to keep console links out of reports. */
  get customEndpoint(): boolean {
    return Boolean(this.env.AWS_ENDPOINT_URL);
  }

  cloudFormation(): Promise<Service<CloudFormationSdk, CloudFormationClient>> {
    return this.load('CLOUDFORMATION', 'CloudFormation', () => import('@aws-sdk/client-cloudformation'), (sdk, config) => new sdk.CloudFormationClient(config));
  }
  ecs(): Promise<Service<EcsSdk, ECSClient>> {
    return this.load('ECS', 'ECS', () => import('@aws-sdk/client-ecs'), (sdk, config) => new sdk.ECSClient(config));
  }
  ec2(): Promise<Service<Ec2Sdk, EC2Client>> {
    return this.load('EC2', 'EC2', () => import('@aws-sdk/client-ec2'), (sdk, config) => new sdk.EC2Client(config));
  }
  elbv2(): Promise<Service<Elbv2Sdk, ElasticLoadBalancingV2Client>> {
    return this.load(
      'ELASTIC_LOAD_BALANCING_V2',
      'ELBv2',
      () => import('@aws-sdk/client-elastic-load-balancing-v2'),
      (sdk, config) => new sdk.ElasticLoadBalancingV2Client(config),
    );
  }
  efs(): Promise<Service<EfsSdk, EFSClient>> {
    return this.load('EFS', 'EFS', () => import('@aws-sdk/client-efs'), (sdk, config) => new sdk.EFSClient(config));
  }
  s3(): Promise<Service<S3Sdk, S3Client>> {
    return this.load('S3', 'S3', () => import('@aws-sdk/client-s3'), (sdk, config) => new sdk.S3Client({ ...config, forcePathStyle: config.endpoint !== undefined }));
  }
  /** ECR of the run's region, or of another (an image can live in any region's registry). */
  ecr(region: string = this.region): Promise<Service<EcrSdk, ECRClient>> {
    return this.load('ECR', 'ECR', () => import('@aws-sdk/client-ecr'), (sdk, config) => new sdk.ECRClient(config), region);
  }
  secretsManager(): Promise<Service<SecretsManagerSdk, SecretsManagerClient>> {
    return this.load('SECRETS_MANAGER', 'SecretsManager', () => import('@aws-sdk/client-secrets-manager'), (sdk, config) => new sdk.SecretsManagerClient(config));
  }
  logs(): Promise<Service<LogsSdk, CloudWatchLogsClient>> {
    return this.load('CLOUDWATCH_LOGS', 'CloudWatchLogs', () => import('@aws-sdk/client-cloudwatch-logs'), (sdk, config) => new sdk.CloudWatchLogsClient(config));
  }
  sts(): Promise<Service<StsSdk, STSClient>> {
    return this.load('STS', 'STS', () => import('@aws-sdk/client-sts'), (sdk, config) => new sdk.STSClient(config));
  }

  /** Closes keep-alive sockets so the process can exit as soon as the work is done. */
  async destroy(): Promise<void> {
    for (const pending of this.cache.values()) {
      try {
        (await pending).client.destroy();
      } catch {
        // A client that failed to load has nothing to close.
      }
    }
    this.agent?.destroy();
  }

  private load<Sdk, Client>(
    serviceEnvId: string,
    serviceName: string,
    importer: () => Promise<Sdk>,
    create: (sdk: Sdk, config: ClientConfig) => Client,
    region: string = this.region,
  ): Promise<Service<Sdk, Client>> {
    const cacheKey = `${serviceEnvId}@${region}`;
    let pending = this.cache.get(cacheKey);
    if (!pending) {
      pending = (async () => {
        const sdk = await importer();
        const endpoint = endpointFor(serviceEnvId, this.env);
        const config: ClientConfig = {
          region,
          maxAttempts: MAX_ATTEMPTS,
          retryMode: 'standard',
          customUserAgent: `compose-ecs-action/${VERSION}`,
          ...(endpoint ? { endpoint } : {}),
          ...(this.agent ? { requestHandler: { httpsAgent: this.agent } } : {}),
        };
        const client = create(sdk, config) as unknown as ClientLike;
        const calls = this.calls;
        // Low priority in finalizeRequest runs inside the retry loop: each attempt is counted once.
        client.middlewareStack.add(
          (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: unknown) => {
            calls.record(serviceName, (context.commandName ?? 'Unknown').replace(/Command$/, ''));
            return next(args);
          },
          { step: 'finalizeRequest', priority: 'low', name: 'composeEcsCallLog' },
        );
        return { sdk, client } as Service<unknown, ClientLike>;
      })();
      this.cache.set(cacheKey, pending);
    }
    return pending as unknown as Promise<Service<Sdk, Client>>;
  }
}

export interface ClientConfig {
  region: string;
  maxAttempts: number;
  retryMode: 'standard';
  customUserAgent: string;
  endpoint?: string;
  requestHandler?: { httpsAgent: ConnectTunnelAgent };
}

/** The error's name/code as the SDK reports it (`ValidationError`, `AccessDenied`, `ThrottlingException`, …). */
export function errorCode(error: unknown): string {
  const e = error as { name?: string; Code?: string; code?: string; __type?: string };
  return e?.name ?? e?.Code ?? e?.code ?? '';
}

import { errorMessage } from '../errors.js';

export { errorMessage };

/** Access-denied errors across services and protocols. */
export function isAccessDenied(error: unknown): boolean {
  const code = errorCode(error);
  return /AccessDenied|UnauthorizedOperation|AuthorizationError|NotAuthorized|Forbidden/i.test(code) || (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 403;
}
