// Service discovery: a private Cloud Map namespace `<stack>.local` in the VPC and one A record set per service,
// `<service>.<stack>.local`, as Docker did.
//
// SHORT NAMES (`db` rather than `db.<stack>.local`), the choice made here:
// Docker appended `search <region>.compute.internal <project>.local` to /etc/resolv.conf from an init container
// (`<S>_ResolvConf_InitContainer`, image `docker/ecs-searchdomain-sidecar:1.0`); awsvpc tasks share that file, so
// the main container then resolves short names. ECS has no equivalent: `DnsSearchDomains` is refused with the
// awsvpc network mode Fargate requires, and Service Connect needs a proxy per task and different names. So the
// behaviour is kept, with Docker's two defects fixed:
//   - the region's own search domain is chosen by the template at deploy time (`Fn::If` on `AWS::Region`):
//     `ec2.internal` in us-east-1, `<region>.compute.internal` elsewhere (Docker wrote `<region>.compute.internal`
//     everywhere, wrong in us-east-1, and `.compute.internal` when it did not know the region);
//   - the image is not pulled from Docker Hub (rate limits, VPCs without a route to it, #911): it is a plain
//     `sh` one-liner run by `public.ecr.aws/docker/library/alpine` (ECR Public, reachable through the same
//     endpoints as the rest of AWS), configurable with the project extension `x-aws-searchdomain_image`
//     (or ConvertOptions.searchDomainImage) for mirrors. The image needs `sh` and `printf`.
// The container keeps Docker's name, is non-essential and the main container waits for its SUCCESS.

import type { Service } from '../compose/model.js';
import type { ConversionContext } from './context.js';
import { getAtt, ref } from './context.js';
import { ExtensionReader } from './extensions.js';
import { discoveryEntryLogicalId, initContainerName } from './naming.js';
import { logConfiguration } from './logs.js';

export const CLOUD_MAP = 'CloudMap';
export const DEFAULT_SEARCH_DOMAIN_IMAGE = 'public.ecr.aws/docker/library/alpine:3.20';
/** Template condition: the stack is deployed in us-east-1, whose EC2 DNS domain is `ec2.internal`. */
export const US_EAST_1_CONDITION = 'IsUsEast1';

export function createCloudMap(ctx: ConversionContext): void {
  ctx.addResource(CLOUD_MAP, {
    Type: 'AWS::ServiceDiscovery::PrivateDnsNamespace',
    Properties: {
      Description: `Service Map for Docker Compose project ${ctx.stackName}`,
      Name: `${ctx.stackName}.local`,
      Tags: ctx.tags(),
      Vpc: ctx.network.vpcId,
    },
  });
  ctx.template.Conditions = { ...ctx.template.Conditions, [US_EAST_1_CONDITION]: { 'Fn::Equals': [ref('AWS::Region'), 'us-east-1'] } };
}

/** `<S>ServiceDiscoveryEntry`; returns the ECS service's ServiceRegistries. */
export function createDiscoveryEntry(ctx: ConversionContext, service: Service): Record<string, unknown>[] {
  const id = discoveryEntryLogicalId(service.name);
  ctx.addResource(
    id,
    {
      Type: 'AWS::ServiceDiscovery::Service',
      Properties: {
        Description: `"${service.name}" service discovery entry in Cloud Map`,
        DnsConfig: { DnsRecords: [{ TTL: 60, Type: 'A' }], RoutingPolicy: 'MULTIVALUE' },
        HealthCheckCustomConfig: { FailureThreshold: 1 },
        Name: service.name,
        NamespaceId: ref(CLOUD_MAP),
        Tags: ctx.serviceTags(service),
      },
    },
    `service "${service.name}"`,
  );
  return [{ RegistryArn: getAtt(id, 'Arn') }];
}

function searchDomainImage(ctx: ConversionContext): string {
  return new ExtensionReader(ctx, ctx.project.extensions, '').string('x-aws-searchdomain_image') ?? ctx.options.searchDomainImage ?? DEFAULT_SEARCH_DOMAIN_IMAGE;
}

/** The init container that makes short service names resolve (see the header). */
export function searchDomainInitContainer(ctx: ConversionContext, service: Service): Record<string, unknown> {
  const regionDomain = {
    'Fn::If': [US_EAST_1_CONDITION, 'ec2.internal', { 'Fn::Sub': '${AWS::Region}.compute.internal' }],
  };
  return {
    Name: initContainerName(service.name, 'ResolvConf'),
    Image: searchDomainImage(ctx),
    Essential: false,
    // `sh -c script name args…`: $0 is the name, "$@" the domains, one line appended as Docker's sidecar did.
    EntryPoint: ['sh', '-c'],
    Command: ['printf "\\nsearch %s %s\\n" "$1" "$2" >> /etc/resolv.conf', 'searchdomain', regionDomain, `${ctx.stackName}.local`],
    LogConfiguration: logConfiguration(ctx, service),
  };
}
