// In-memory world of one stand-in instance. Everything a handler reads or writes lives
// here so tests can assert on it directly (`standIn.state`) and two servers never share data.
import { createHash } from 'node:crypto';
import { AwsError } from './protocols.mjs';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';

export class State {
  constructor(options = {}) {
    this.stepDelayMs = options.stepDelayMs ?? 50;
    // Small pages by default so callers that forget to paginate fail in tests.
    this.pageSize = options.pageSize ?? 10;
    this.counter = 0;
    /** @type {Map<string, any>} stacks by StackId (deleted stacks stay, like AWS, for lookups by id) */
    this.stacks = new Map();
    /** @type {Map<string, any>} change sets by ARN */
    this.changeSets = new Map();
    /** @type {Map<string, Map<string, {body: Buffer, contentType?: string, etag: string, lastModified: Date}>>} */
    this.buckets = new Map();
    /** @type {Map<string, any>} secrets by ARN */
    this.secrets = new Map();
    this.efs = { fileSystems: new Map(), mountTargets: new Map(), accessPoints: new Map() };
    /** log groups: name → { name, createdAt, streams: Map<streamName, {events: {timestamp, message, ingestionTime}[] }> } */
    this.logGroups = new Map();
    this.ecs = {
      /** `enabled`, `disabled` or `AccessDenied` (ListAccountSettings throws) */
      serviceLongArnFormat: 'enabled',
      /** seeded clusters (stack-created clusters are derived from stacks) */
      clusters: new Map(),
      /** seeded services, keyed by `${clusterName}/${serviceName}` */
      services: new Map(),
      /** per-service overrides merged into DescribeServices output, keyed by service name */
      servicePatches: new Map(),
      /** per-service history keyed by service name: { events, stoppedTasks, failed? } (from failures or seeding) */
      history: new Map(),
    };
    this.loadBalancers = new Map(); // seeded, by ARN
    this.network = defaultNetwork();
    /** failure injections: {kind, service?, action?, remaining, status?} */
    this.injections = [];
    /** {logicalId, reason, stackName?, operation, remaining} */
    this.resourceFailures = [];
    /** @type {{service: string, action: string, time: number, status?: number}[]} */
    this.requests = [];
    /** `service:Action` pairs that were called but are not implemented (assert this stays empty) */
    this.unimplemented = [];
    this.timers = new Set();
    this.closed = false;
  }

  /** Unique, deterministic-looking hex suffix (ids stay readable in test output). */
  hex(len = 17) {
    this.counter += 1;
    let out = '';
    for (let i = 0; out.length < len; i++) out += createHash('sha1').update(`${this.counter}/${i}`).digest('hex');
    return out.slice(0, len);
  }

  /** setTimeout tracked so close() cancels pending timelines. */
  sleep(ms) {
    return new Promise((resolve, reject) => {
      if (this.closed) return reject(new Closed());
      const t = setTimeout(() => {
        this.timers.delete(entry);
        this.closed ? reject(new Closed()) : resolve();
      }, ms);
      const entry = { t, reject };
      this.timers.add(entry);
    });
  }

  close() {
    this.closed = true;
    for (const { t, reject } of this.timers) {
      clearTimeout(t);
      reject(new Closed());
    }
    this.timers.clear();
  }
}

export class Closed extends Error {}

/**
 * Opaque page tokens: the offset, base64-encoded with a tag so a token from another
 * list is rejected the way AWS rejects foreign tokens.
 */
export function paginate(items, token, max, pageSize, tag = 'p') {
  let start = 0;
  if (token) {
    const decoded = Buffer.from(String(token), 'base64').toString('utf8');
    const m = /^(\w+):(\d+)$/.exec(decoded);
    if (!m || m[1] !== tag) throw new AwsError(tokenErrorCode(tag), `Invalid NextToken: ${token}`, 400);
    start = Number(m[2]);
  }
  const size = Math.max(1, Math.min(Number(max) || pageSize, pageSize * 100));
  const page = items.slice(start, start + size);
  const next = start + size < items.length ? Buffer.from(`${tag}:${start + size}`).toString('base64') : undefined;
  return { page, nextToken: next };
}

function tokenErrorCode(tag) {
  return tag.startsWith('sm') ? 'InvalidNextTokenException' : tag.startsWith('ecs') ? 'InvalidParameterException' : 'ValidationError';
}

/**
 * The seeded default VPC: three zones; subnet a is explicitly associated with a public
 * route table, b relies on the main table (also public: real default VPCs do this), c is
 * explicitly associated with a private table (NAT route only).
 */
export function defaultNetwork() {
  const vpcId = 'vpc-0defa017000000001';
  return {
    vpcs: [{ vpcId, cidrBlock: '172.31.0.0/16', isDefault: true, enableDnsSupport: true, enableDnsHostnames: true }],
    subnets: [
      { subnetId: 'subnet-0a0b1c000000000a1', vpcId, availabilityZone: 'us-east-1a', availabilityZoneId: 'use1-az1', cidrBlock: '172.31.0.0/20', mapPublicIpOnLaunch: true, defaultForAz: true },
      { subnetId: 'subnet-0a0b1c000000000b2', vpcId, availabilityZone: 'us-east-1b', availabilityZoneId: 'use1-az2', cidrBlock: '172.31.16.0/20', mapPublicIpOnLaunch: true, defaultForAz: true },
      { subnetId: 'subnet-0a0b1c000000000c3', vpcId, availabilityZone: 'us-east-1c', availabilityZoneId: 'use1-az4', cidrBlock: '172.31.32.0/20', mapPublicIpOnLaunch: false, defaultForAz: false },
    ],
    routeTables: [
      { routeTableId: 'rtb-0main0', vpcId, main: true, subnetIds: [], routes: [{ destinationCidrBlock: '0.0.0.0/0', gatewayId: 'igw-0defa017000000001' }] },
      { routeTableId: 'rtb-0public0', vpcId, main: false, subnetIds: ['subnet-0a0b1c000000000a1'], routes: [{ destinationCidrBlock: '0.0.0.0/0', gatewayId: 'igw-0defa017000000001' }] },
      { routeTableId: 'rtb-0private0', vpcId, main: false, subnetIds: ['subnet-0a0b1c000000000c3'], routes: [{ destinationCidrBlock: '0.0.0.0/0', natGatewayId: 'nat-0default0' }] },
    ],
    securityGroups: [{ groupId: 'sg-0default0', groupName: 'default', description: 'default VPC security group', vpcId }],
    availabilityZones: [
      { zoneName: 'us-east-1a', zoneId: 'use1-az1' },
      { zoneName: 'us-east-1b', zoneId: 'use1-az2' },
      { zoneName: 'us-east-1c', zoneId: 'use1-az4' },
    ],
  };
}
