// IAM roles of a service, with Docker's names and policies:
//   `<S>TaskExecutionRole`  what ECS itself uses to pull the image and write logs: the two managed policies, plus the
//                           inline `<service>GrantAccessToSecrets` (Docker used the raw service name there) when
//                           x-aws-pull_credentials or a concern (secrets) needs secrets read;
//   `<S>TaskRole`           what the application's AWS SDK gets: only when x-aws-role (an inline policy document,
//                           `<S>Policy`), x-aws-policies (managed policy ARNs) or a concern (EFS mounts) asks for it.
// Roles carry no explicit names, so deploying needs CAPABILITY_IAM only.

import type { Service } from '../compose/model.js';
import type { CfnValue, ConversionContext, InlinePolicy } from './context.js';
import type { ExtensionReader } from './extensions.js';
import { normalizeResourceName, taskExecutionRoleLogicalId, taskRoleLogicalId } from './naming.js';

const EXECUTION_ROLE_MANAGED_POLICIES = [
  'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy',
  'arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly',
];

export function assumeRolePolicy(principal: string): Record<string, unknown> {
  return {
    Statement: [{ Action: ['sts:AssumeRole'], Condition: {}, Effect: 'Allow', Principal: { Service: principal } }],
    Version: '2012-10-17',
  };
}

/** `<S>TaskExecutionRole`; returns its logical ID. */
export function createExecutionRole(ctx: ConversionContext, service: Service, secretResources: CfnValue[]): string {
  const id = taskExecutionRoleLogicalId(service.name);
  const policies: InlinePolicy[] =
    secretResources.length === 0
      ? []
      : [
          {
            PolicyName: `${service.name}GrantAccessToSecrets`,
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: ['secretsmanager:GetSecretValue', 'ssm:GetParameters', 'kms:Decrypt'], Resource: secretResources }],
            },
          },
        ];
  ctx.addResource(
    id,
    {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: assumeRolePolicy('ecs-tasks.amazonaws.com'),
        ManagedPolicyArns: EXECUTION_ROLE_MANAGED_POLICIES,
        ...(policies.length > 0 ? { Policies: policies } : {}),
        Tags: ctx.serviceTags(service),
      },
    },
    `service "${service.name}"`,
  );
  return id;
}

/** Reads x-aws-role: an IAM policy document (a mapping with a Statement). */
function roleDocument(ctx: ConversionContext, x: ExtensionReader, service: Service): InlinePolicy['PolicyDocument'] | undefined {
  const document = x.mapping('x-aws-role');
  if (document === undefined) return undefined;
  const statement = document['Statement'];
  if (statement === undefined || (typeof statement !== 'object' || statement === null)) {
    throw ctx.error('x-aws-role must be an IAM policy document with a Statement (a role ARN is not accepted here).', `services.${service.name}.x-aws-role`);
  }
  return { Version: '2012-10-17', ...document } as InlinePolicy['PolicyDocument'];
}

/** `<S>TaskRole` when anything asks for one; returns its logical ID or undefined. */
export function createTaskRole(
  ctx: ConversionContext,
  service: Service,
  x: ExtensionReader,
  extra: { policies: InlinePolicy[]; managedPolicyArns: CfnValue[] },
): string | undefined {
  const document = roleDocument(ctx, x, service);
  const managed = [...(x.stringList('x-aws-policies') ?? []), ...extra.managedPolicyArns];
  const policies: InlinePolicy[] = [
    ...(document !== undefined ? [{ PolicyName: `${normalizeResourceName(service.name)}Policy`, PolicyDocument: document }] : []),
    ...extra.policies,
  ];
  if (managed.length === 0 && policies.length === 0) return undefined;
  const id = taskRoleLogicalId(service.name);
  ctx.addResource(
    id,
    {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: assumeRolePolicy('ecs-tasks.amazonaws.com'),
        ...(managed.length > 0 ? { ManagedPolicyArns: managed } : {}),
        ...(policies.length > 0 ? { Policies: policies } : {}),
        Tags: ctx.serviceTags(service),
      },
    },
    `service "${service.name}"`,
  );
  return id;
}
