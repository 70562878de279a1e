// The AWS facts a template needs that the Compose file cannot give: the VPC and its subnets (which are public,
// in which zone), and that the existing resources the file names (x-aws-cluster, x-aws-loadbalancer, external
// security groups and EFS file systems) really exist. Also finds the EFS file systems an earlier deployment of
// the same stack retained, so a redeploy mounts the same data instead of an empty new file system.
//
// Every list call is paginated. Every failure is a UserError naming the resource and what to do about it.
// Docker's integration put the load balancer in every subnet of the VPC (two in one zone fail: compose-cli#921)
// and never checked DNS hostnames (#2024); here the load balancer gets one public subnet per zone and the VPC's
// DNS support and hostnames are both checked, because Cloud Map service discovery needs them.

import type { Project } from '../compose/model.js';
import type { NetworkFacts, Subnet } from '../convert/index.js';
import { UserError } from '../errors.js';
import type { AwsClients } from './clients.js';
import { errorCode, errorMessage } from './clients.js';

export interface LookupOptions {
  /** The `vpc` input ('' when not set). */
  vpc: string;
  /** The `subnets` input. */
  subnets: string[];
  stackName: string;
  warn: (message: string) => void;
  info: (message: string) => void;
}

export interface RuntimeFacts {
  network: NetworkFacts;
  /** Volume key → retained EFS file system id of an earlier deployment of this stack. */
  existingFileSystems: Record<string, string>;
}

const PROJECT_TAG = 'com.docker.compose.project';
const VOLUME_TAG = 'com.docker.compose.volume';
const STACK_NAME_TAG = 'aws:cloudformation:stack-name';

export async function lookUpRuntimeFacts(clients: AwsClients, project: Project, options: LookupOptions): Promise<RuntimeFacts> {
  await checkCluster(clients, project);
  const loadBalancer = await checkLoadBalancer(clients, project);
  const vpcId = await resolveVpc(clients, project, options, loadBalancer?.vpcId);
  await checkVpcDns(clients, vpcId);
  const subnets = await describeVpcSubnets(clients, vpcId, options.subnets);
  const network = chooseSubnets(vpcId, subnets, options, needsLoadBalancer(project) && loadBalancer === undefined);
  network.region = clients.region;
  await checkExternalSecurityGroups(clients, project, vpcId);
  const existingFileSystems = await lookUpFileSystems(clients, project, options);
  return { network, existingFileSystems };
}

// ------------------------------------------------------------------------------------------------ cluster

function stringExtension(project: Project, name: string): string | undefined {
  const value = project.extensions[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value === '') throw new UserError(`${name} must be a non-empty string, got ${JSON.stringify(value)}.`, { key: name, source: project.positions[name] });
  return value;
}

export async function checkCluster(clients: AwsClients, project: Project): Promise<void> {
  const cluster = stringExtension(project, 'x-aws-cluster');
  if (cluster === undefined) return;
  const { sdk, client } = await clients.ecs();
  const result = await client.send(new sdk.DescribeClustersCommand({ clusters: [cluster] }));
  const found = result.clusters?.find((c) => c.status !== 'INACTIVE');
  if (!found) {
    const reason = result.failures?.[0]?.reason;
    throw new UserError(
      `x-aws-cluster: the ECS cluster "${cluster}" does not exist in ${clients.region}${reason && reason !== 'MISSING' ? ` (${reason})` : ''}. Create it, fix the name or ARN, or remove x-aws-cluster to let the stack create one.`,
      { key: 'x-aws-cluster', source: project.positions['x-aws-cluster'] },
    );
  }
  if (found.status !== 'ACTIVE') {
    throw new UserError(`x-aws-cluster: the ECS cluster "${cluster}" is ${found.status}, not ACTIVE. Wait for it or name another cluster.`, {
      key: 'x-aws-cluster',
      source: project.positions['x-aws-cluster'],
    });
  }
}

// ------------------------------------------------------------------------------------------------ load balancer

/** Docker's rule: application iff every published port of every service is HTTP (x-aws-protocol http/https, else target 80 or 443). */
export function requiredLoadBalancerType(project: Project): 'application' | 'network' | undefined {
  let any = false;
  let allHttp = true;
  for (const service of Object.values(project.services)) {
    for (const port of service.ports) {
      any = true;
      const protocol = port.extensions['x-aws-protocol'];
      const http = protocol !== undefined && protocol !== null ? protocol === 'http' || protocol === 'https' : port.target === 80 || port.target === 443;
      if (!http) allHttp = false;
    }
  }
  if (!any) return undefined;
  return allHttp ? 'application' : 'network';
}

export function needsLoadBalancer(project: Project): boolean {
  return requiredLoadBalancerType(project) !== undefined;
}

export async function checkLoadBalancer(clients: AwsClients, project: Project): Promise<{ vpcId?: string; type?: string } | undefined> {
  const name = stringExtension(project, 'x-aws-loadbalancer');
  if (name === undefined) return undefined;
  const at = { key: 'x-aws-loadbalancer', source: project.positions['x-aws-loadbalancer'] };
  const { sdk, client } = await clients.elbv2();
  let found;
  try {
    const result = await client.send(new sdk.DescribeLoadBalancersCommand(name.startsWith('arn:') ? { LoadBalancerArns: [name] } : { Names: [name] }));
    found = result.LoadBalancers?.[0];
  } catch (error) {
    if (errorCode(error) !== 'LoadBalancerNotFoundException' && errorCode(error) !== 'LoadBalancerNotFound' && errorCode(error) !== 'ValidationError') throw error;
  }
  if (!found) {
    throw new UserError(`x-aws-loadbalancer: the load balancer "${name}" does not exist in ${clients.region}. Fix the name or ARN, or remove x-aws-loadbalancer to let the stack create one.`, at);
  }
  const required = requiredLoadBalancerType(project);
  if (required !== undefined && found.Type !== required) {
    throw new UserError(
      `x-aws-loadbalancer: "${name}" is a ${found.Type} load balancer, but the published ports need a ${required} load balancer ` +
        `(application only when every port is HTTP: x-aws-protocol http/https, or target port 80/443). Name a ${required} load balancer or change the ports.`,
      at,
    );
  }
  return { vpcId: found.VpcId, type: found.Type };
}

// ------------------------------------------------------------------------------------------------ VPC

export async function resolveVpc(clients: AwsClients, project: Project, options: LookupOptions, loadBalancerVpc: string | undefined): Promise<string> {
  const fromFile = stringExtension(project, 'x-aws-vpc');
  const fileVpc = fromFile?.startsWith('arn:') ? fromFile.slice(fromFile.lastIndexOf('/') + 1) : fromFile;
  const explicit = options.vpc !== '' ? options.vpc : fileVpc;
  if (explicit !== undefined && loadBalancerVpc !== undefined && explicit !== loadBalancerVpc) {
    throw new UserError(`x-aws-loadbalancer is attached to VPC ${loadBalancerVpc}, but the stack is to deploy into ${explicit} (${options.vpc !== '' ? 'the "vpc" input' : 'x-aws-vpc'}). Use one VPC.`);
  }
  const wanted = explicit ?? loadBalancerVpc;
  const { sdk, client } = await clients.ec2();
  if (wanted !== undefined) {
    try {
      const result = await client.send(new sdk.DescribeVpcsCommand({ VpcIds: [wanted] }));
      if (result.Vpcs?.length) return wanted;
    } catch (error) {
      if (!/InvalidVpcID|InvalidVpc/.test(errorCode(error))) throw error;
    }
    throw new UserError(`VPC "${wanted}" (${options.vpc !== '' ? 'the "vpc" input' : fileVpc !== undefined ? 'x-aws-vpc' : 'x-aws-loadbalancer'}) does not exist in ${clients.region}. Fix the id or the region.`);
  }
  for await (const page of sdk.paginateDescribeVpcs({ client }, { Filters: [{ Name: 'isDefault', Values: ['true'] }] })) {
    const vpc = page.Vpcs?.[0];
    if (vpc?.VpcId) {
      options.info(`Using the default VPC ${vpc.VpcId} of ${clients.region}.`);
      return vpc.VpcId;
    }
  }
  throw new UserError(`The account has no default VPC in ${clients.region}. Set the "vpc" input (or x-aws-vpc in the Compose file) to the VPC to deploy into.`);
}

export async function checkVpcDns(clients: AwsClients, vpcId: string): Promise<void> {
  const { sdk, client } = await clients.ec2();
  const support = await client.send(new sdk.DescribeVpcAttributeCommand({ VpcId: vpcId, Attribute: 'enableDnsSupport' }));
  if (support.EnableDnsSupport?.Value === false) {
    throw new UserError(
      `VPC ${vpcId} does not have DNS resolution enabled; service discovery (Cloud Map) needs it. Enable it: aws ec2 modify-vpc-attribute --vpc-id ${vpcId} --enable-dns-support "{\\"Value\\":true}"`,
    );
  }
  const hostnames = await client.send(new sdk.DescribeVpcAttributeCommand({ VpcId: vpcId, Attribute: 'enableDnsHostnames' }));
  if (hostnames.EnableDnsHostnames?.Value === false) {
    throw new UserError(
      `VPC ${vpcId} does not have DNS hostnames enabled; service discovery (Cloud Map private DNS) needs it. Enable it: aws ec2 modify-vpc-attribute --vpc-id ${vpcId} --enable-dns-hostnames "{\\"Value\\":true}"`,
    );
  }
}

// ------------------------------------------------------------------------------------------------ subnets

export interface SubnetFacts extends Subnet {
  availabilityZone: string;
  public: boolean;
}

/** The VPC's subnets (or the given ones, checked to be in it), each with its zone and whether it routes to an internet gateway. */
export async function describeVpcSubnets(clients: AwsClients, vpcId: string, requested: string[]): Promise<SubnetFacts[]> {
  const { sdk, client } = await clients.ec2();
  const all: { id: string; zone: string }[] = [];
  for await (const page of sdk.paginateDescribeSubnets({ client }, { Filters: [{ Name: 'vpc-id', Values: [vpcId] }] })) {
    for (const subnet of page.Subnets ?? []) if (subnet.SubnetId) all.push({ id: subnet.SubnetId, zone: subnet.AvailabilityZone ?? '' });
  }
  if (all.length === 0) throw new UserError(`VPC ${vpcId} has no subnets. Create subnets (at least two public ones in different availability zones) or choose another VPC.`);
  for (const id of requested) {
    if (!all.some((s) => s.id === id)) throw new UserError(`Subnet "${id}" (the "subnets" input) is not a subnet of VPC ${vpcId} in ${clients.region}. List subnets of that VPC, or set "vpc" to the subnet's VPC.`);
  }

  // A subnet without an explicit association uses the VPC's main route table.
  const associated = new Map<string, boolean>();
  let mainPublic = false;
  for await (const page of sdk.paginateDescribeRouteTables({ client }, { Filters: [{ Name: 'vpc-id', Values: [vpcId] }] })) {
    for (const table of page.RouteTables ?? []) {
      const toInternet = (table.Routes ?? []).some((r) => r.GatewayId?.startsWith('igw-') && r.State !== 'blackhole');
      for (const association of table.Associations ?? []) {
        if (association.Main) mainPublic = toInternet;
        else if (association.SubnetId) associated.set(association.SubnetId, toInternet);
      }
    }
  }
  return all.map((s) => ({ id: s.id, availabilityZone: s.zone, public: associated.get(s.id) ?? mainPublic }));
}

/** The first subnet of each zone, zones in name order, subnets in id order (stable across runs). */
export function onePerZone(subnets: SubnetFacts[]): SubnetFacts[] {
  const byZone = new Map<string, SubnetFacts>();
  for (const subnet of [...subnets].sort((a, b) => a.availabilityZone.localeCompare(b.availabilityZone) || a.id.localeCompare(b.id))) {
    if (!byZone.has(subnet.availabilityZone)) byZone.set(subnet.availabilityZone, subnet);
  }
  return [...byZone.values()];
}

/** Tasks: the `subnets` input, else one public subnet per zone (private when there are none); load balancer: one public subnet per zone. */
export function chooseSubnets(vpcId: string, subnets: SubnetFacts[], options: LookupOptions, loadBalancerNeeded: boolean): NetworkFacts {
  const publicSubnets = subnets.filter((s) => s.public);
  let tasks: SubnetFacts[];
  if (options.subnets.length > 0) {
    tasks = options.subnets.map((id) => subnets.find((s) => s.id === id)!);
    const zones = new Set(tasks.map((s) => s.availabilityZone));
    if (zones.size < tasks.length) options.warn('The "subnets" input names two subnets in one availability zone: EFS mount targets allow one per zone, so volumes will fail. Give one subnet per zone.');
  } else if (publicSubnets.length > 0) {
    tasks = onePerZone(publicSubnets);
  } else {
    tasks = onePerZone(subnets);
    options.warn(`VPC ${vpcId} has no public subnets (none routes to an internet gateway): tasks run in private subnets and need a NAT gateway or VPC endpoints to pull images.`);
  }
  const network: NetworkFacts = { vpcId, subnets: tasks.map(toSubnet) };
  if (loadBalancerNeeded) {
    const lbSubnets = onePerZone(publicSubnets);
    if (lbSubnets.length < 2) {
      throw new UserError(
        `VPC ${vpcId} needs at least two public subnets (with a route to an internet gateway) in different availability zones for the internet-facing load balancer of the published ports; it has ${lbSubnets.length}. Add them, or choose another VPC with the "vpc" input.`,
      );
    }
    network.loadBalancerSubnets = lbSubnets.map(toSubnet);
  }
  return network;
}

function toSubnet(s: SubnetFacts): Subnet {
  return { id: s.id, availabilityZone: s.availabilityZone, public: s.public };
}

// ------------------------------------------------------------------------------------------------ security groups

/** External networks named `sg-…` (or x-aws-securitygroup) must be existing security groups of the VPC. */
export async function checkExternalSecurityGroups(clients: AwsClients, project: Project, vpcId: string): Promise<void> {
  const groups = new Map<string, string>();
  for (const network of Object.values(project.networks)) {
    const legacy = network.extensions['x-aws-securitygroup'];
    const name = typeof legacy === 'string' && legacy !== '' ? legacy : network.external ? network.name : undefined;
    if (name?.startsWith('sg-')) groups.set(name, network.key);
  }
  if (groups.size === 0) return;
  const { sdk, client } = await clients.ec2();
  const found = new Map<string, string | undefined>();
  for (const id of groups.keys()) {
    try {
      for await (const page of sdk.paginateDescribeSecurityGroups({ client }, { GroupIds: [id] })) {
        for (const group of page.SecurityGroups ?? []) if (group.GroupId) found.set(group.GroupId, group.VpcId);
      }
    } catch (error) {
      if (!/InvalidGroup/.test(errorCode(error))) throw error;
    }
  }
  for (const [id, key] of groups) {
    const at = { key: `networks.${key}`, source: project.networks[key]?.source };
    if (!found.has(id)) throw new UserError(`networks.${key}: the security group "${id}" does not exist in ${clients.region}. Fix the name or create the group.`, at);
    if (found.get(id) !== vpcId) throw new UserError(`networks.${key}: the security group "${id}" belongs to VPC ${found.get(id)}, not to ${vpcId} where the stack deploys.`, at);
  }
}

// ------------------------------------------------------------------------------------------------ EFS

/**
 * Checks external `fs-…` volumes exist, and finds file systems an earlier deployment of this stack retained: tagged
 * com.docker.compose.project = the project, com.docker.compose.volume = the key, and made by a stack of this name
 * (aws:cloudformation:stack-name; without that tag only when the stack has the project's default name). One still
 * owned by a live stack is never reused: that stack manages it (for this stack: the template keeps its resource).
 */
export async function lookUpFileSystems(clients: AwsClients, project: Project, options: LookupOptions): Promise<Record<string, string>> {
  const volumes = Object.values(project.volumes);
  if (volumes.length === 0) return {};
  const { sdk, client } = await clients.efs();
  for (const volume of volumes) {
    if (!volume.external || !volume.name.startsWith('fs-')) continue;
    try {
      await client.send(new sdk.DescribeFileSystemsCommand({ FileSystemId: volume.name }));
    } catch (error) {
      if (errorCode(error) !== 'FileSystemNotFound') throw error;
      throw new UserError(`volumes.${volume.key}: the EFS file system "${volume.name}" does not exist in ${clients.region}. Fix the id, or remove "external" to let the stack create one.`, {
        key: `volumes.${volume.key}`,
        source: volume.source,
      });
    }
  }
  const wanted = new Set(volumes.filter((v) => !v.external).map((v) => v.key));
  if (wanted.size === 0) return {};
  const defaultStackName = project.name.replace(/_/g, '-') === options.stackName;
  const candidates: { key: string; id: string; owner?: string; created: number }[] = [];
  for await (const page of sdk.paginateDescribeFileSystems({ client }, {})) {
    for (const fs of page.FileSystems ?? []) {
      const tags = new Map((fs.Tags ?? []).map((t) => [t.Key, t.Value]));
      const key = tags.get(VOLUME_TAG);
      const owner = tags.get(STACK_NAME_TAG);
      const projectTag = tags.get(PROJECT_TAG);
      if (key === undefined || !wanted.has(key) || !fs.FileSystemId) continue;
      if (projectTag !== project.name && projectTag !== options.stackName) continue;
      if (owner !== undefined ? owner !== options.stackName : !defaultStackName) continue;
      if (fs.LifeCycleState !== undefined && fs.LifeCycleState !== 'available') continue;
      candidates.push({ key, id: fs.FileSystemId, owner, created: fs.CreationTime?.getTime() ?? 0 });
    }
  }
  const existing: Record<string, string> = {};
  let ownerLive: boolean | undefined;
  for (const candidate of candidates.sort((a, b) => b.created - a.created)) {
    if (existing[candidate.key] !== undefined) continue;
    if (candidate.owner !== undefined) {
      ownerLive ??= await stackIsLive(clients, candidate.owner);
      if (ownerLive) continue;
    }
    existing[candidate.key] = candidate.id;
    options.info(`Volume "${candidate.key}": reusing the file system ${candidate.id} retained by an earlier deployment of ${options.stackName}.`);
  }
  return existing;
}

async function stackIsLive(clients: AwsClients, stackName: string): Promise<boolean> {
  const { sdk, client } = await clients.cloudFormation();
  try {
    const result = await client.send(new sdk.DescribeStacksCommand({ StackName: stackName }));
    return (result.Stacks ?? []).some((s) => s.StackStatus !== 'DELETE_COMPLETE');
  } catch (error) {
    if (errorCode(error) === 'ValidationError' && /does not exist/.test(errorMessage(error))) return false;
    throw error;
  }
}
