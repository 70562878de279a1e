// The AWS API calls this action makes itself, per mode, as IAM actions (`service:Action`). They are what the
// runtime (src/aws/**, src/modes/<mode>.ts) sends as SDK commands; test/permissions/sdk-commands.test.ts scans
// those files for `new <Name>Command(` and fails when a command is sent that this table does not allow, so a
// new call cannot ship without its policy line.
//
// What CloudFormation itself does with the caller's credentials (create/update/delete the stack's resources) is
// not here: it depends on the template and comes from resource-actions.ts.

import type { Mode } from '../interface.js';

/** Network facts lookups of preview and deploy (see NetworkFacts): default VPC, its DNS support, subnets and their routes, external security groups. */
const NETWORK_LOOKUPS = ['ec2:DescribeVpcs', 'ec2:DescribeVpcAttribute', 'ec2:DescribeSubnets', 'ec2:DescribeRouteTables', 'ec2:DescribeSecurityGroups'];

/** Lookups of what the Compose file names as existing (x-aws-cluster, x-aws-loadbalancer) and of retained EFS file systems to reuse. */
const EXISTING_RESOURCE_LOOKUPS = ['ecs:DescribeClusters', 'elasticloadbalancing:DescribeLoadBalancers', 'elasticfilesystem:DescribeFileSystems'];

/** Reading a stack: its state, events, resources and template. */
const STACK_READ = [
  'cloudformation:DescribeStacks',
  'cloudformation:DescribeStackEvents',
  'cloudformation:DescribeStackResources',
  'cloudformation:ListStackResources',
  'cloudformation:GetTemplate',
  'cloudformation:GetTemplateSummary',
];

/** Change sets: what preview shows and deploy executes. */
const CHANGE_SETS = [
  'cloudformation:CreateChangeSet',
  'cloudformation:DescribeChangeSet',
  'cloudformation:DeleteChangeSet',
  'cloudformation:ListChangeSets',
];

/** Services, tasks and load balancers behind them: deploy's failure detection and URLs, status. */
const SERVICE_STATE = [
  'ecs:DescribeClusters',
  'ecs:DescribeServices',
  'ecs:ListServices',
  'ecs:ListTasks',
  'ecs:DescribeTasks',
  'ecs:DescribeTaskDefinition',
  'elasticloadbalancing:DescribeLoadBalancers',
  'elasticloadbalancing:DescribeTargetGroups',
  'elasticloadbalancing:DescribeListeners',
  'elasticloadbalancing:DescribeTargetHealth',
];

/**
 * The stack's own secrets, uploaded from `secrets: {file: …}` / `{environment: …}` as `compose-ecs/<stack>/<key>`
 * (policy.ts scopes them to that prefix): created, restored when scheduled for deletion, compared with the value
 * in hand (GetSecretValue; denied is tolerated: the value is then written unconditionally), updated, tagged.
 */
const STACK_SECRET_UPLOADS = [
  'secretsmanager:CreateSecret',
  'secretsmanager:RestoreSecret',
  'secretsmanager:GetSecretValue',
  'secretsmanager:PutSecretValue',
  'secretsmanager:TagResource',
  'secretsmanager:DescribeSecret',
];

/** Retained EFS file systems (DeletionPolicy Retain) and what hangs off them. */
const VOLUME_REMOVAL = [
  'elasticfilesystem:DescribeFileSystems',
  'elasticfilesystem:DescribeMountTargets',
  'elasticfilesystem:DescribeAccessPoints',
  'elasticfilesystem:ListTagsForResource',
  'elasticfilesystem:DeleteMountTarget',
  'elasticfilesystem:DeleteAccessPoint',
  'elasticfilesystem:DeleteFileSystem',
];

export const RUNTIME_CALLS: Readonly<Record<Mode, readonly string[]>> = {
  convert: [],
  config: [],
  local: [],
  permissions: [],
  preview: [
    ...STACK_READ,
    ...CHANGE_SETS,
    ...NETWORK_LOOKUPS,
    ...EXISTING_RESOURCE_LOOKUPS,
    // Docker's requirement check: the account must use the long ARN format for services (ecs:ListAccountSettings).
    'ecs:ListAccountSettings',
    // A change set for a new stack leaves an empty stack in REVIEW_IN_PROGRESS; preview deletes it again.
    'cloudformation:DeleteStack',
  ],
  deploy: [
    ...STACK_READ,
    ...CHANGE_SETS,
    'cloudformation:ExecuteChangeSet',
    'cloudformation:UpdateTerminationProtection',
    // cancel-on-abort
    'cloudformation:CancelUpdateStack',
    // recreate-failed-stack: a first deployment left in ROLLBACK_COMPLETE is deleted before it is created again.
    'cloudformation:DeleteStack',
    ...NETWORK_LOOKUPS,
    ...EXISTING_RESOURCE_LOOKUPS,
    'ecs:ListAccountSettings',
    ...SERVICE_STATE,
    // The last lines of a failing task's log, next to its stop reason.
    'logs:GetLogEvents',
    'logs:FilterLogEvents',
    // pin-images: image digests of ECR repositories (other registries are asked over HTTPS, without IAM).
    'ecr:GetAuthorizationToken',
    'ecr:BatchGetImage',
    'ecr:DescribeImages',
    ...STACK_SECRET_UPLOADS,
  ],
  teardown: [
    ...STACK_READ,
    // stack-pattern / older-than: the sweep lists the stacks this action created.
    'cloudformation:ListStacks',
    'cloudformation:DeleteStack',
    // force: a termination-protected stack is unprotected first.
    'cloudformation:UpdateTerminationProtection',
    // delete-volumes
    ...VOLUME_REMOVAL,
    // delete-secrets
    'secretsmanager:ListSecrets',
    'secretsmanager:DescribeSecret',
    'secretsmanager:DeleteSecret',
  ],
  status: [...STACK_READ, ...SERVICE_STATE],
  logs: [
    ...STACK_READ,
    'logs:DescribeLogGroups',
    'logs:DescribeLogStreams',
    'logs:FilterLogEvents',
    'logs:GetLogEvents',
  ],
  // Secrets named by the user (secret-name), so not scoped to the stack. The value is never read back.
  secret: [
    'secretsmanager:CreateSecret',
    'secretsmanager:PutSecretValue',
    'secretsmanager:UpdateSecret',
    'secretsmanager:TagResource',
    'secretsmanager:DescribeSecret',
    'secretsmanager:ListSecrets',
    'secretsmanager:DeleteSecret',
    'secretsmanager:RestoreSecret',
  ],
  volume: [...VOLUME_REMOVAL],
};

/** preview and deploy upload templates over CloudFormation's inline limit to `s3-bucket`, when it is given. */
export const TEMPLATE_UPLOAD_CALLS: readonly string[] = ['s3:PutObject', 's3:GetObject'];
export const TEMPLATE_UPLOAD_MODES: readonly Mode[] = ['preview', 'deploy'];

/**
 * Calls IAM never denies, so the policy leaves them out: `sts:GetCallerIdentity` needs no permission
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html).
 */
export const ALWAYS_ALLOWED: readonly string[] = ['sts:GetCallerIdentity'];
