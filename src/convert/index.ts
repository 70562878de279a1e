// Public entry of the converter: a normalized Compose Project → a CloudFormation template. Pure: no I/O,
// no environment, no network. Everything it needs from the outside world arrives in ConvertOptions.

import type { Diagnostic } from '../compose/model.js';

/** A CloudFormation template as plain data (JSON-compatible; intrinsics in their long form: Ref, Fn::GetAtt, …). */
export interface Template {
  AWSTemplateFormatVersion: '2010-09-09';
  Description?: string;
  Metadata?: Record<string, unknown>;
  Parameters?: Record<string, Record<string, unknown>>;
  Conditions?: Record<string, unknown>;
  Mappings?: Record<string, unknown>;
  Resources: Record<string, Resource>;
  Outputs?: Record<string, { Description?: string; Value: unknown; Export?: unknown }>;
}

export interface Resource {
  Type: string;
  Properties?: Record<string, unknown>;
  DependsOn?: string | string[];
  Condition?: string;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  Metadata?: Record<string, unknown>;
}

export interface Subnet {
  id: string;
  /** Availability zone, when looked up (mount targets: one per zone). */
  availabilityZone?: string;
  /** Has a route to an internet gateway (load balancer placement), when looked up. */
  public?: boolean;
}

/**
 * Facts about the AWS network, in order of precedence: inputs (`vpc`, `subnets`), the Compose file
 * (`x-aws-vpc`, …), AWS lookups (runtime), else CloudFormation Parameters with readable placeholders.
 * Facts left unknown become Parameters (`ParameterVPCId`, `ParameterSubnet1Id`, `ParameterSubnet2Id`): the template's
 * Description says so and ConvertResult.parameters lists them.
 */
export interface NetworkFacts {
  vpcId?: string;
  /** Subnets for the tasks. */
  subnets?: Subnet[];
  /** Subnets for an internet-facing load balancer (public ones, one per zone); default: `subnets`. */
  loadBalancerSubnets?: Subnet[];
  region?: string;
}

export interface ConvertOptions {
  /** CloudFormation stack name; every explicit AWS name in the template derives from it. */
  stackName: string;
  network: NetworkFacts;
  /**
   * Runtime lookups that change the template, filled by preview/deploy (never by convert):
   * retained EFS file systems of an earlier deployment, keyed by volume key.
   */
  existingFileSystems?: Record<string, string>;
  /** Image references replaced by their digest form (deploy's pinning), keyed by the reference as written. */
  pinnedImages?: Record<string, string>;
  /**
   * Image of the init container that adds the search domains to resolv.conf (see discovery.ts). Default:
   * `public.ecr.aws/docker/library/alpine:3.20`; the project extension `x-aws-searchdomain_image` wins over it.
   */
  searchDomainImage?: string;
}

export interface ConvertResult {
  template: Template;
  /** Non-fatal findings (unsupported keys, …) with key path and position. */
  warnings: Diagnostic[];
  /** Names of the template Parameters that stand for network facts not known at conversion time (empty when resolved). */
  parameters: string[];
}

export { convertProject } from './convert.js';
export { renderTemplate, templateSha256 } from './render.js';
export { normalizeResourceName } from './naming.js';
