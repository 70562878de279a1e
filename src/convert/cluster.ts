// The ECS cluster: `Cluster` named after the stack, or an existing one named by x-aws-cluster. With an existing
// cluster there is no Cluster resource, and `Metadata.Cluster` records it so later modes (status, logs, teardown)
// find it, as Docker's `ps` did.

import type { Project } from '../compose/model.js';
import { UserError } from '../errors.js';
import type { ClusterRef, ConversionContext } from './context.js';
import { getAtt, ref } from './context.js';
import { idFromArn } from './extensions.js';

export const CLUSTER = 'Cluster';

export function resolveCluster(project: Project): ClusterRef {
  const existing = project.extensions['x-aws-cluster'];
  if (existing === undefined || existing === null) {
    return { value: getAtt(CLUSTER, 'Arn'), name: ref(CLUSTER), external: false };
  }
  if (typeof existing !== 'string' || existing === '') {
    throw new UserError(`x-aws-cluster must be a cluster name or ARN, got ${JSON.stringify(existing)}.`, {
      key: 'x-aws-cluster',
      source: project.positions['x-aws-cluster'],
    });
  }
  return { value: existing, name: idFromArn(existing), external: true };
}

export function createCluster(ctx: ConversionContext): void {
  if (ctx.cluster.external) {
    ctx.template.Metadata = { ...ctx.template.Metadata, Cluster: ctx.cluster.value };
    return;
  }
  ctx.addResource(CLUSTER, {
    Type: 'AWS::ECS::Cluster',
    Properties: { ClusterName: ctx.stackName, Tags: ctx.tags() },
  });
}
