// Types for the AWS stand-in (implementation in plain ESM: index.mjs and siblings).

export interface AwsStandInOptions {
  /** Port on 127.0.0.1 (the only interface ever bound). Default 0 = ephemeral. */
  port?: number;
  /** Delay per resource wave in stack operations, ms. Default 50. */
  stepDelayMs?: number;
  /** Page size of every paginated list (small on purpose, default 10). */
  pageSize?: number;
}

export type Tag = { Key: string; Value: string };

export type StackStatus =
  | 'CREATE_IN_PROGRESS' | 'CREATE_COMPLETE' | 'CREATE_FAILED'
  | 'ROLLBACK_IN_PROGRESS' | 'ROLLBACK_COMPLETE' | 'ROLLBACK_FAILED'
  | 'UPDATE_IN_PROGRESS' | 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS' | 'UPDATE_COMPLETE' | 'UPDATE_FAILED'
  | 'UPDATE_ROLLBACK_IN_PROGRESS' | 'UPDATE_ROLLBACK_FAILED' | 'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS' | 'UPDATE_ROLLBACK_COMPLETE'
  | 'DELETE_IN_PROGRESS' | 'DELETE_COMPLETE' | 'DELETE_FAILED' | 'REVIEW_IN_PROGRESS';

export interface SeedStackOptions {
  stackName: string;
  /** Template object or body (JSON or YAML). */
  template: object | string;
  parameters?: Record<string, string>;
  tags?: Tag[];
  /** Default CREATE_COMPLETE. *_IN_PROGRESS statuses settle after completeAfterMs. */
  status?: StackStatus;
  completeAfterMs?: number;
  terminationProtection?: boolean;
  /** Resource reported as failed for ROLLBACK_COMPLETE / UPDATE_ROLLBACK_FAILED seeds (default: last resource). */
  failedResource?: string;
  reason?: string;
}

export interface FailResourceOptions {
  logicalId?: string;
  /** Alias of logicalId. */
  failResource?: string;
  reason?: string;
  stackName?: string;
  /** 'deploy' (create or update, default) | 'create' | 'update' | 'delete' | 'any'. */
  operation?: 'deploy' | 'create' | 'update' | 'delete' | 'any';
  /** How many times it fails (default 1). */
  times?: number;
  /** For AWS::ECS::Service: what the stopped tasks look like. */
  ecs?: { stoppedReason?: string; exitCode?: number; containerReason?: string };
}

export interface FaultOptions {
  /** API action name, e.g. 'DescribeStackEvents'; omitted = any action. */
  action?: string;
  /** Service (signing name): cloudformation, ec2, ecs, logs, secretsmanager, elasticfilesystem, s3, … */
  service?: string;
  /** Number of requests affected (default 1). */
  count?: number;
  /** Override the error code. */
  code?: string;
}

export interface RequestLogEntry {
  service: string;
  action: string;
  /** epoch ms */
  time: number;
  status?: number;
  error?: string;
}

export interface NetworkSeed {
  vpcs?: { vpcId: string; cidrBlock: string; isDefault: boolean; enableDnsSupport: boolean; enableDnsHostnames: boolean }[];
  subnets?: { subnetId: string; vpcId: string; availabilityZone: string; availabilityZoneId: string; cidrBlock: string; mapPublicIpOnLaunch: boolean; defaultForAz: boolean }[];
  /** Routes: { destinationCidrBlock, gatewayId?: 'igw-…', natGatewayId?: 'nat-…' }; subnetIds = explicit associations. */
  routeTables?: { routeTableId: string; vpcId: string; main: boolean; subnetIds: string[]; routes: { destinationCidrBlock: string; gatewayId?: string; natGatewayId?: string }[] }[];
  securityGroups?: { groupId: string; groupName: string; description: string; vpcId: string }[];
  availabilityZones?: { zoneName: string; zoneId: string }[];
}

export interface StandInSnapshot {
  stacks: {
    stackId: string; stackName: string; status: StackStatus; statusReason?: string; parameters: Record<string, string>; tags: Tag[];
    terminationProtection: boolean; resources: { logicalId: string; type: string; physicalId?: string; status?: string }[]; eventCount: number;
  }[];
  changeSets: { arn: string; name: string; stackName: string; status: string; executionStatus: string }[];
  unimplemented: string[];
}

/** In-process control (synchronous unless noted). Every method takes at most one argument. */
export interface AwsStandInControl {
  seedStack(options: SeedStackOptions): { stackId: string };
  failResource(options: FailResourceOptions): void;
  throttle(options: FaultOptions): void;
  fail5xx(options: FaultOptions & { status?: 500 | 502 | 503 }): void;
  setStepDelay(ms: number | { ms: number; stackName?: string }): void;
  setAccountSetting(value: 'enabled' | 'disabled' | 'AccessDenied' | { value: 'enabled' | 'disabled' | 'AccessDenied' }): void;
  seedLogs(options: { logGroupName: string; logStreamName: string; events: (string | { timestamp?: number; message: string })[] }): void;
  seedFileSystem(options?: { fileSystemId?: string; name?: string; tags?: Tag[]; mountTargets?: number; accessPoints?: number }): { fileSystemId: string };
  seedLoadBalancer(options: { name: string; type?: 'application' | 'network'; dnsName?: string; vpcId?: string; scheme?: string; securityGroups?: string[]; subnets?: string[] }): { loadBalancerArn: string };
  seedCluster(options: { clusterName: string; tags?: Tag[] }): void;
  seedService(options: { serviceName: string; clusterName?: string; desiredCount?: number; launchType?: string; taskDefinition?: string; containers?: string[]; status?: string }): { serviceArn: string };
  patchService(options: { serviceName: string; patch: Record<string, unknown> }): void;
  seedStoppedTask(options: {
    serviceName: string; taskId?: string; stopCode?: string; stoppedReason?: string; event?: string;
    containers?: { name: string; exitCode?: number; reason?: string }[];
  }): { taskId: string };
  /** Replace parts of the network; null restores the default VPC. */
  setNetwork(network: NetworkSeed | null): void;
  putObject(options: { bucket: string; key: string; body: string }): void;
  requests(filter?: { service?: string; action?: string; since?: number }): RequestLogEntry[];
  clearRequests(): void;
  waitForStack(options: string | { stackName: string; timeoutMs?: number }): Promise<{ status: StackStatus }>;
  snapshot(): StandInSnapshot;
}

/** The same control over HTTP (every method async). */
export type RemoteAwsStandInControl = {
  [K in keyof AwsStandInControl]: (...args: Parameters<AwsStandInControl[K]>) => Promise<Awaited<ReturnType<AwsStandInControl[K]>>>;
};

/** Internal state, exposed for direct assertions; shapes may change, prefer control.snapshot(). */
export interface AwsStandInState {
  stepDelayMs: number;
  pageSize: number;
  stacks: Map<string, any>;
  changeSets: Map<string, any>;
  buckets: Map<string, Map<string, { body: Buffer; contentType?: string; etag: string; lastModified: Date }>>;
  secrets: Map<string, any>;
  efs: { fileSystems: Map<string, any>; mountTargets: Map<string, any>; accessPoints: Map<string, any> };
  logGroups: Map<string, any>;
  ecs: { serviceLongArnFormat: string; clusters: Map<string, any>; services: Map<string, any>; servicePatches: Map<string, any>; history: Map<string, any> };
  network: Required<NetworkSeed>;
  requests: RequestLogEntry[];
  unimplemented: string[];
}

export interface AwsStandIn {
  /** http://127.0.0.1:PORT — use as the SDK endpoint / AWS_ENDPOINT_URL. */
  url: string;
  port: number;
  state: AwsStandInState;
  control: AwsStandInControl;
  close(): Promise<void>;
}

export function startAwsStandIn(options?: AwsStandInOptions): Promise<AwsStandIn>;

/** Control a stand-in running elsewhere (e.g. `node test/stand-ins/aws/serve.mjs`). */
export function connectAwsStandIn(url: string): RemoteAwsStandInControl;

/** CloudFormation's StatusReason for a change set without changes. */
export const NO_CHANGES_REASON: string;
