// The conversion context: what every concern module (cluster, network, load balancer, service, volumes, secrets,
// GPU, …) reads and writes while one Compose project becomes one CloudFormation template.
//
// HOW TO ADD A CONCERN (volumes, secrets, GPU/EC2 capacity, …)
// ------------------------------------------------------------
// A concern is a `Concern` object registered in `concerns.ts` (one line there). It may have two hooks:
//
//   project(ctx)           runs once, after the core project resources (cluster, security groups, load balancer,
//                          log group, Cloud Map namespace) exist and before any service is converted. Add your
//                          project-level resources with `ctx.addResource(logicalId, resource)` (file systems,
//                          access points, mount targets, secrets, capacity providers, …). Project-level facts you
//                          need are on the context: `ctx.network` (VPC, subnets, parameters already resolved),
//                          `ctx.allSecurityGroups()`, `ctx.cluster`, `ctx.tags()`. Anything you must hand to your
//                          own `service` hook can live in a module-level WeakMap keyed by `ctx`.
//
//   service(ctx, service)  runs once per Compose service, before its task definition and ECS service are built,
//                          and returns a `TaskContribution` (or undefined). The service concern (service.ts) then
//                          merges every contribution, in registration order:
//                            - initContainers      appended before the main container, forced `Essential: false`;
//                                                  the main container automatically waits for each (SUCCESS);
//                            - mainContainer       merged into the main container: list-valued properties
//                                                  (MountPoints, Secrets, DependsOn, ResourceRequirements, …) are
//                                                  appended, anything else is set;
//                            - volumes             appended to the task definition's Volumes;
//                            - taskRolePolicies    inline policies of `<S>TaskRole` (the role is created when any
//                                                  contribution or x-aws-role / x-aws-policies asks for it);
//                            - taskRoleManagedPolicyArns  likewise, ManagedPolicyArns of `<S>TaskRole`;
//                            - executionRoleSecretResources  resources added to the execution role's inline
//                                                  `<service>GrantAccessToSecrets` policy (secretsmanager:GetSecretValue,
//                                                  ssm:GetParameters, kms:Decrypt), next to x-aws-pull_credentials;
//                            - serviceDependsOn    logical IDs the `<S>Service` waits for (mount targets, …);
//                            - taskDefinitionProperties / serviceProperties  deep-merged LAST over the generated
//                                                  properties (maps merge, lists and scalars replace, `null`
//                                                  deletes): RequiresCompatibilities, Cpu/Memory,
//                                                  CapacityProviderStrategy with `LaunchType: null`, … A
//                                                  contribution whose RequiresCompatibilities leaves out FARGATE
//                                                  turns off the Fargate sizing table and Fargate-only checks for
//                                                  that service (it must then give Cpu/Memory itself, or null).
//
// A concern throws `ctx.error(message, keyPath)` for input it cannot convert and records `ctx.warn(message, keyPath)`
// for input it converts with a caveat. Concerns never do I/O: every runtime fact arrives in ConvertOptions.

import type { Diagnostic, Project, Service, SourcePosition } from '../compose/model.js';
import { UserError } from '../errors.js';
import type { ConvertOptions, Resource, Template } from './index.js';
import { LOGICAL_ID, PROJECT_TAG, SERVICE_TAG } from './naming.js';

/** One CloudFormation `Key`/`Value` tag. */
export interface Tag {
  Key: string;
  Value: string;
}

/** A JSON value that may hold CloudFormation intrinsics (`{Ref: …}`, `{'Fn::GetAtt': …}`). */
export type CfnValue = unknown;

/** One IAM inline policy as CloudFormation's `AWS::IAM::Role.Policies` item. */
export interface InlinePolicy {
  PolicyName: string;
  PolicyDocument: { Version: '2012-10-17'; Statement: Record<string, unknown>[] };
}

/** What a concern adds to one service's task definition and ECS service. Every field is optional. */
export interface TaskContribution {
  /** Containers that must run to completion before the main container starts (Essential is forced false). */
  initContainers?: Record<string, unknown>[];
  /** Properties merged into the main container definition (lists appended, other values set). */
  mainContainer?: Record<string, unknown>;
  /** Task definition `Volumes` entries. */
  volumes?: Record<string, unknown>[];
  /** Inline policies of `<S>TaskRole`. */
  taskRolePolicies?: InlinePolicy[];
  /** Managed policy ARNs of `<S>TaskRole`. */
  taskRoleManagedPolicyArns?: CfnValue[];
  /** Resources (ARNs or Refs) the execution role may read as secrets (`<service>GrantAccessToSecrets`). */
  executionRoleSecretResources?: CfnValue[];
  /** Logical IDs `<S>Service` must wait for. */
  serviceDependsOn?: string[];
  /** Deep-merged over the task definition's Properties last (null deletes). */
  taskDefinitionProperties?: Record<string, unknown>;
  /** Deep-merged over the ECS service's Properties last (null deletes). */
  serviceProperties?: Record<string, unknown>;
}

export interface Concern {
  /** For diagnostics only. */
  name: string;
  project?(ctx: ConversionContext): void;
  service?(ctx: ConversionContext, service: Service): TaskContribution | undefined;
}

/** A subnet as the template refers to it: its id (a string, or a Ref to a Parameter) and a name for logical IDs. */
export interface SubnetRef {
  /** The value to put in the template: `subnet-…` or `{Ref: ParameterSubnet1Id}`. */
  id: CfnValue;
  /** Stable name for logical IDs: the subnet id (`subnet-1a2b` → normalised `Subnet1a2b`) or `Subnet1` for a Parameter. */
  name: string;
  availabilityZone?: string;
}

/** The AWS network the stack lands in, every fact either a literal or a Ref to a template Parameter. */
export interface ResolvedNetwork {
  vpcId: CfnValue;
  /** Subnets of the tasks (and of EFS mount targets). */
  subnets: SubnetRef[];
  /** Subnets of an internet-facing load balancer. */
  loadBalancerSubnets: SubnetRef[];
  /** Names of the Parameters the template declares for facts not known at conversion time. */
  parameters: string[];
}

/** The ECS cluster the services join. */
export interface ClusterRef {
  /** For `AWS::ECS::Service.Cluster`: `GetAtt Cluster.Arn` or the existing cluster's name/ARN. */
  value: CfnValue;
  /** The cluster name (for Application Auto Scaling resource IDs): `Ref Cluster` or the existing name. */
  name: CfnValue;
  /** True when x-aws-cluster names an existing cluster (no `Cluster` resource). */
  external: boolean;
}

export class ConversionContext {
  readonly template: Template;
  readonly warnings: Diagnostic[] = [];
  /** Security group of each Compose network (key → Ref or existing `sg-…`), filled by the network concern. */
  readonly securityGroups = new Map<string, CfnValue>();
  /** Which concern added each resource, to report logical-ID collisions clearly. */
  private readonly owners = new Map<string, string>();

  constructor(
    readonly project: Project,
    readonly options: ConvertOptions,
    readonly network: ResolvedNetwork,
    readonly cluster: ClusterRef,
    /** The pluggable concerns (concerns.ts's CONCERNS; tests pass their own). */
    readonly concerns: readonly Concern[] = [],
  ) {
    this.template = { AWSTemplateFormatVersion: '2010-09-09', Resources: {} };
  }

  get stackName(): string {
    return this.options.stackName;
  }

  /**
   * Adds a resource. Two Compose names that normalise alike (`web-app`, `webapp`) would collide; Docker let the
   * second overwrite the first, here it is an error naming both.
   */
  addResource(logicalId: string, resource: Resource, owner = logicalId): void {
    if (!LOGICAL_ID.test(logicalId)) {
      throw new UserError(`"${owner}" gives the CloudFormation logical ID "${logicalId}", which is not alphanumeric or is too long: rename it.`);
    }
    const previous = this.owners.get(logicalId);
    if (previous !== undefined) {
      throw new UserError(
        `${owner} and ${previous} both become the CloudFormation resource "${logicalId}" (names are reduced to their letters and digits): rename one of them.`,
      );
    }
    this.owners.set(logicalId, owner);
    this.template.Resources[logicalId] = resource;
  }

  hasResource(logicalId: string): boolean {
    return logicalId in this.template.Resources;
  }

  /** Where a key is in the Compose files: its own position, else its closest ancestor's. */
  at(key: string): { key: string; source?: SourcePosition } {
    let path = key;
    for (;;) {
      const source = this.project.positions[path];
      if (source) return { key, source };
      const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
      if (cut <= 0) break;
      path = path.slice(0, cut);
    }
    const service = /^services\.([^.[]+)/.exec(key)?.[1];
    const source = service !== undefined ? this.project.services[service]?.source : undefined;
    return { key, source };
  }

  warn(message: string, key?: string): void {
    this.warnings.push(key !== undefined ? { message, ...this.at(key) } : { message });
  }

  /** A UserError pointing at `key` in the Compose files: `throw ctx.error(…)`. */
  error(message: string, key?: string): UserError {
    return new UserError(message, key !== undefined ? this.at(key) : {});
  }

  /** Project tag, then the given extra tags. */
  tags(extra: Record<string, string> = {}): Tag[] {
    return [{ Key: PROJECT_TAG, Value: this.project.name }, ...Object.entries(extra).map(([Key, Value]) => ({ Key, Value }))];
  }

  /** Project and service tags, for service-scoped resources. */
  serviceTags(service: Service): Tag[] {
    return this.tags({ [SERVICE_TAG]: service.name });
  }

  /** Security groups of the networks a service joins, in network-name order. */
  securityGroupsOf(service: Service): CfnValue[] {
    return Object.keys(service.networks)
      .sort()
      .map((key) => this.securityGroups.get(key))
      .filter((sg): sg is CfnValue => sg !== undefined);
  }

  /** Every security group of the project (EFS mount targets accept all of them), in network-name order. */
  allSecurityGroups(): CfnValue[] {
    return [...this.securityGroups.keys()].sort().map((key) => this.securityGroups.get(key));
  }
}

/** `{Ref: id}` */
export const ref = (logicalId: string): { Ref: string } => ({ Ref: logicalId });
/** `{'Fn::GetAtt': [id, attribute]}` */
export const getAtt = (logicalId: string, attribute: string): { 'Fn::GetAtt': [string, string] } => ({ 'Fn::GetAtt': [logicalId, attribute] });
