export const id = 999;
export const ids = [999];
export const modules = {

/***/ 7999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  permissionModes: () => (/* binding */ permissionModes),
  runPermissions: () => (/* binding */ runPermissions)
});

// EXTERNAL MODULE: ./src/modes/project.ts
var modes_project = __webpack_require__(4449);
// EXTERNAL MODULE: ./src/convert/index.ts + 19 modules
var convert = __webpack_require__(3417);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/interface.ts
var src_interface = __webpack_require__(6160);
;// CONCATENATED MODULE: ./src/permissions/resource-actions.ts
// What CloudFormation calls, with the deploying principal's credentials, to create, update and delete each resource
// type the converter can emit. CloudFormation acts as the caller (unless a service role is given in `cfn-role-arn`),
// so the deploy role needs these actions for every type in its template, and nothing more.
//
// The lists follow the `handlers.<create|update|delete>.permissions` of the types' CloudFormation registry schemas
// (`aws cloudformation describe-type --type RESOURCE --type-name AWS::ECS::Cluster`), trimmed to the properties
// the converter sets. Reads (Describe*/Get*) are part of each operation: every handler reads back what it wrote,
// and a delete waits for the resource to disappear.
//
// `iam:PassRole` is not listed here: it is derived from the roles in the template (see policy.ts), scoped to them.
// A type missing from this table makes policy derivation warn (test/permissions checks every type in src/convert/).
const SECURITY_GROUP_READ = ['ec2:DescribeSecurityGroups', 'ec2:DescribeSecurityGroupRules'];
const LOAD_BALANCING_READ = [
    'elasticloadbalancing:DescribeLoadBalancers',
    'elasticloadbalancing:DescribeLoadBalancerAttributes',
    'elasticloadbalancing:DescribeTargetGroups',
    'elasticloadbalancing:DescribeTargetGroupAttributes',
    'elasticloadbalancing:DescribeListeners',
    'elasticloadbalancing:DescribeListenerAttributes',
    'elasticloadbalancing:DescribeRules',
    'elasticloadbalancing:DescribeTags',
];
const EFS_READ = ['elasticfilesystem:DescribeFileSystems', 'elasticfilesystem:DescribeMountTargets', 'elasticfilesystem:DescribeAccessPoints'];
const AUTOSCALING_READ = ['autoscaling:DescribeAutoScalingGroups', 'autoscaling:DescribeScalingActivities', 'autoscaling:DescribeLaunchConfigurations'];
const RESOURCE_ACTIONS = {
    // ---- ECS ----
    'AWS::ECS::Cluster': {
        create: ['ecs:CreateCluster', 'ecs:DescribeClusters', 'ecs:TagResource', 'ecs:PutClusterCapacityProviders'],
        update: ['ecs:UpdateCluster', 'ecs:UpdateClusterSettings', 'ecs:PutClusterCapacityProviders', 'ecs:DescribeClusters', 'ecs:TagResource', 'ecs:UntagResource'],
        delete: ['ecs:DeleteCluster', 'ecs:DescribeClusters'],
        serviceLinkedRoles: ['ecs.amazonaws.com'],
    },
    'AWS::ECS::Service': {
        create: ['ecs:CreateService', 'ecs:DescribeServices', 'ecs:TagResource'],
        update: ['ecs:UpdateService', 'ecs:DescribeServices', 'ecs:ListTagsForResource', 'ecs:TagResource', 'ecs:UntagResource'],
        delete: ['ecs:DeleteService', 'ecs:DescribeServices'],
        serviceLinkedRoles: ['ecs.amazonaws.com'],
    },
    'AWS::ECS::TaskDefinition': {
        create: ['ecs:RegisterTaskDefinition', 'ecs:DescribeTaskDefinition', 'ecs:TagResource', 'iam:GetRole'],
        update: ['ecs:RegisterTaskDefinition', 'ecs:DescribeTaskDefinition', 'ecs:TagResource', 'ecs:UntagResource', 'ecs:ListTagsForResource', 'iam:GetRole'],
        delete: ['ecs:DeregisterTaskDefinition', 'ecs:DescribeTaskDefinition'],
    },
    'AWS::ECS::CapacityProvider': {
        create: ['ecs:CreateCapacityProvider', 'ecs:DescribeCapacityProviders', 'ecs:TagResource', 'autoscaling:CreateOrUpdateTags'],
        update: ['ecs:UpdateCapacityProvider', 'ecs:DescribeCapacityProviders', 'ecs:TagResource', 'ecs:UntagResource', 'ecs:ListTagsForResource'],
        delete: ['ecs:DeleteCapacityProvider', 'ecs:DescribeCapacityProviders'],
    },
    'AWS::ECS::ClusterCapacityProviderAssociations': {
        create: ['ecs:PutClusterCapacityProviders', 'ecs:DescribeClusters', 'ecs:DescribeCapacityProviders'],
        update: ['ecs:PutClusterCapacityProviders', 'ecs:DescribeClusters', 'ecs:DescribeCapacityProviders'],
        delete: ['ecs:PutClusterCapacityProviders', 'ecs:DescribeClusters'],
    },
    // ---- EC2 ----
    'AWS::EC2::SecurityGroup': {
        create: ['ec2:CreateSecurityGroup', 'ec2:CreateTags', 'ec2:AuthorizeSecurityGroupEgress', 'ec2:RevokeSecurityGroupEgress', 'ec2:AuthorizeSecurityGroupIngress', ...SECURITY_GROUP_READ],
        update: [
            'ec2:AuthorizeSecurityGroupEgress',
            'ec2:RevokeSecurityGroupEgress',
            'ec2:AuthorizeSecurityGroupIngress',
            'ec2:RevokeSecurityGroupIngress',
            'ec2:CreateTags',
            'ec2:DeleteTags',
            ...SECURITY_GROUP_READ,
        ],
        delete: ['ec2:DeleteSecurityGroup', ...SECURITY_GROUP_READ],
    },
    'AWS::EC2::SecurityGroupIngress': {
        create: ['ec2:AuthorizeSecurityGroupIngress', ...SECURITY_GROUP_READ],
        update: ['ec2:UpdateSecurityGroupRuleDescriptionsIngress', 'ec2:ModifySecurityGroupRules', ...SECURITY_GROUP_READ],
        delete: ['ec2:RevokeSecurityGroupIngress', ...SECURITY_GROUP_READ],
    },
    'AWS::EC2::LaunchTemplate': {
        create: ['ec2:CreateLaunchTemplate', 'ec2:DescribeLaunchTemplates', 'ec2:DescribeLaunchTemplateVersions', 'ec2:CreateTags', 'ssm:GetParameters'],
        update: ['ec2:CreateLaunchTemplateVersion', 'ec2:ModifyLaunchTemplate', 'ec2:DescribeLaunchTemplates', 'ec2:DescribeLaunchTemplateVersions', 'ec2:CreateTags', 'ec2:DeleteTags', 'ssm:GetParameters'],
        delete: ['ec2:DeleteLaunchTemplate', 'ec2:DeleteLaunchTemplateVersions', 'ec2:DescribeLaunchTemplates'],
    },
    // ---- Elastic Load Balancing v2 ----
    'AWS::ElasticLoadBalancingV2::LoadBalancer': {
        create: [
            'elasticloadbalancing:CreateLoadBalancer',
            'elasticloadbalancing:ModifyLoadBalancerAttributes',
            'elasticloadbalancing:AddTags',
            'ec2:DescribeAccountAttributes',
            'ec2:DescribeAddresses',
            'ec2:DescribeInternetGateways',
            'ec2:DescribeVpcs',
            'ec2:DescribeSubnets',
            'ec2:DescribeSecurityGroups',
            'ec2:DescribeNetworkInterfaces',
            ...LOAD_BALANCING_READ,
        ],
        update: [
            'elasticloadbalancing:ModifyLoadBalancerAttributes',
            'elasticloadbalancing:SetSubnets',
            'elasticloadbalancing:SetSecurityGroups',
            'elasticloadbalancing:SetIpAddressType',
            'elasticloadbalancing:AddTags',
            'elasticloadbalancing:RemoveTags',
            ...LOAD_BALANCING_READ,
        ],
        delete: ['elasticloadbalancing:DeleteLoadBalancer', ...LOAD_BALANCING_READ],
        serviceLinkedRoles: ['elasticloadbalancing.amazonaws.com'],
    },
    'AWS::ElasticLoadBalancingV2::TargetGroup': {
        create: ['elasticloadbalancing:CreateTargetGroup', 'elasticloadbalancing:ModifyTargetGroupAttributes', 'elasticloadbalancing:AddTags', ...LOAD_BALANCING_READ],
        update: ['elasticloadbalancing:ModifyTargetGroup', 'elasticloadbalancing:ModifyTargetGroupAttributes', 'elasticloadbalancing:AddTags', 'elasticloadbalancing:RemoveTags', ...LOAD_BALANCING_READ],
        delete: ['elasticloadbalancing:DeleteTargetGroup', ...LOAD_BALANCING_READ],
    },
    'AWS::ElasticLoadBalancingV2::Listener': {
        create: ['elasticloadbalancing:CreateListener', 'elasticloadbalancing:AddTags', ...LOAD_BALANCING_READ],
        update: ['elasticloadbalancing:ModifyListener', 'elasticloadbalancing:ModifyListenerAttributes', ...LOAD_BALANCING_READ],
        delete: ['elasticloadbalancing:DeleteListener', ...LOAD_BALANCING_READ],
    },
    'AWS::ElasticLoadBalancingV2::ListenerRule': {
        create: ['elasticloadbalancing:CreateRule', 'elasticloadbalancing:AddTags', ...LOAD_BALANCING_READ],
        update: ['elasticloadbalancing:ModifyRule', 'elasticloadbalancing:SetRulePriorities', ...LOAD_BALANCING_READ],
        delete: ['elasticloadbalancing:DeleteRule', ...LOAD_BALANCING_READ],
    },
    // ---- CloudWatch Logs ----
    'AWS::Logs::LogGroup': {
        create: ['logs:CreateLogGroup', 'logs:PutRetentionPolicy', 'logs:TagResource', 'logs:DescribeLogGroups', 'logs:ListTagsForResource'],
        update: ['logs:PutRetentionPolicy', 'logs:DeleteRetentionPolicy', 'logs:TagResource', 'logs:UntagResource', 'logs:DescribeLogGroups', 'logs:ListTagsForResource'],
        delete: ['logs:DeleteLogGroup', 'logs:DescribeLogGroups'],
    },
    // ---- Cloud Map: a private DNS namespace is a Route 53 private hosted zone in the VPC, created on the caller's behalf ----
    'AWS::ServiceDiscovery::PrivateDnsNamespace': {
        create: [
            'servicediscovery:CreatePrivateDnsNamespace',
            'servicediscovery:GetNamespace',
            'servicediscovery:GetOperation',
            'servicediscovery:ListNamespaces',
            'servicediscovery:TagResource',
            'route53:CreateHostedZone',
            'route53:GetHostedZone',
            'route53:ListHostedZonesByName',
            'route53:ChangeTagsForResource',
            'ec2:DescribeVpcs',
            'ec2:DescribeRegions',
        ],
        update: ['servicediscovery:UpdatePrivateDnsNamespace', 'servicediscovery:GetNamespace', 'servicediscovery:GetOperation', 'servicediscovery:TagResource', 'servicediscovery:UntagResource', 'route53:GetHostedZone', 'route53:ChangeTagsForResource'],
        delete: ['servicediscovery:DeleteNamespace', 'servicediscovery:GetNamespace', 'servicediscovery:GetOperation', 'route53:DeleteHostedZone', 'route53:GetHostedZone'],
    },
    'AWS::ServiceDiscovery::Service': {
        create: ['servicediscovery:CreateService', 'servicediscovery:GetService', 'servicediscovery:TagResource', 'route53:GetHealthCheck', 'route53:CreateHealthCheck'],
        update: ['servicediscovery:UpdateService', 'servicediscovery:GetService', 'servicediscovery:GetOperation', 'servicediscovery:TagResource', 'servicediscovery:UntagResource', 'route53:GetHealthCheck', 'route53:UpdateHealthCheck'],
        delete: ['servicediscovery:DeleteService', 'servicediscovery:GetService', 'route53:DeleteHealthCheck', 'route53:GetHealthCheck'],
    },
    // ---- IAM (scoped to the stack's own roles in policy.ts) ----
    'AWS::IAM::Role': {
        create: ['iam:CreateRole', 'iam:GetRole', 'iam:PutRolePolicy', 'iam:GetRolePolicy', 'iam:AttachRolePolicy', 'iam:TagRole', 'iam:ListRolePolicies', 'iam:ListAttachedRolePolicies'],
        update: [
            'iam:UpdateRole',
            'iam:UpdateAssumeRolePolicy',
            'iam:GetRole',
            'iam:PutRolePolicy',
            'iam:GetRolePolicy',
            'iam:DeleteRolePolicy',
            'iam:AttachRolePolicy',
            'iam:DetachRolePolicy',
            'iam:TagRole',
            'iam:UntagRole',
            'iam:ListRolePolicies',
            'iam:ListAttachedRolePolicies',
        ],
        delete: ['iam:DeleteRole', 'iam:GetRole', 'iam:DeleteRolePolicy', 'iam:DetachRolePolicy', 'iam:ListRolePolicies', 'iam:ListAttachedRolePolicies', 'iam:ListInstanceProfilesForRole'],
    },
    'AWS::IAM::InstanceProfile': {
        create: ['iam:CreateInstanceProfile', 'iam:AddRoleToInstanceProfile', 'iam:GetInstanceProfile'],
        update: ['iam:AddRoleToInstanceProfile', 'iam:RemoveRoleFromInstanceProfile', 'iam:GetInstanceProfile'],
        delete: ['iam:DeleteInstanceProfile', 'iam:RemoveRoleFromInstanceProfile', 'iam:GetInstanceProfile'],
    },
    // ---- EFS ----
    'AWS::EFS::FileSystem': {
        create: [
            'elasticfilesystem:CreateFileSystem',
            'elasticfilesystem:PutBackupPolicy',
            'elasticfilesystem:PutLifecycleConfiguration',
            'elasticfilesystem:PutFileSystemPolicy',
            'elasticfilesystem:TagResource',
            'elasticfilesystem:DescribeBackupPolicy',
            'elasticfilesystem:DescribeLifecycleConfiguration',
            'elasticfilesystem:DescribeFileSystemPolicy',
            'kms:DescribeKey',
            'kms:GenerateDataKeyWithoutPlaintext',
            'kms:CreateGrant',
            ...EFS_READ,
        ],
        update: [
            'elasticfilesystem:UpdateFileSystem',
            'elasticfilesystem:PutBackupPolicy',
            'elasticfilesystem:PutLifecycleConfiguration',
            'elasticfilesystem:PutFileSystemPolicy',
            'elasticfilesystem:DeleteFileSystemPolicy',
            'elasticfilesystem:TagResource',
            'elasticfilesystem:UntagResource',
            'elasticfilesystem:DescribeBackupPolicy',
            'elasticfilesystem:DescribeLifecycleConfiguration',
            'elasticfilesystem:DescribeFileSystemPolicy',
            ...EFS_READ,
        ],
        // File systems carry DeletionPolicy Retain: a stack delete leaves them (volume mode or delete-volumes removes them).
        delete: ['elasticfilesystem:DeleteFileSystem', ...EFS_READ],
        serviceLinkedRoles: ['elasticfilesystem.amazonaws.com'],
    },
    'AWS::EFS::MountTarget': {
        create: ['elasticfilesystem:CreateMountTarget', 'ec2:DescribeSubnets', 'ec2:DescribeNetworkInterfaces', 'ec2:CreateNetworkInterface', ...EFS_READ],
        update: ['elasticfilesystem:ModifyMountTargetSecurityGroups', 'elasticfilesystem:DescribeMountTargetSecurityGroups', ...EFS_READ],
        delete: ['elasticfilesystem:DeleteMountTarget', 'ec2:DeleteNetworkInterface', 'ec2:DescribeNetworkInterfaces', ...EFS_READ],
    },
    'AWS::EFS::AccessPoint': {
        create: ['elasticfilesystem:CreateAccessPoint', 'elasticfilesystem:TagResource', ...EFS_READ],
        update: ['elasticfilesystem:TagResource', 'elasticfilesystem:UntagResource', 'elasticfilesystem:ListTagsForResource', ...EFS_READ],
        delete: ['elasticfilesystem:DeleteAccessPoint', ...EFS_READ],
    },
    // ---- Secrets Manager ----
    'AWS::SecretsManager::Secret': {
        create: ['secretsmanager:CreateSecret', 'secretsmanager:DescribeSecret', 'secretsmanager:TagResource', 'secretsmanager:GetRandomPassword'],
        update: ['secretsmanager:UpdateSecret', 'secretsmanager:PutSecretValue', 'secretsmanager:DescribeSecret', 'secretsmanager:TagResource', 'secretsmanager:UntagResource'],
        delete: ['secretsmanager:DeleteSecret', 'secretsmanager:DescribeSecret'],
    },
    // ---- Application Auto Scaling (x-aws-autoscaling) ----
    'AWS::ApplicationAutoScaling::ScalableTarget': {
        create: ['application-autoscaling:RegisterScalableTarget', 'application-autoscaling:DescribeScalableTargets', 'application-autoscaling:TagResource', 'ecs:DescribeServices', 'ecs:UpdateService', 'cloudwatch:DescribeAlarms'],
        update: ['application-autoscaling:RegisterScalableTarget', 'application-autoscaling:DescribeScalableTargets', 'application-autoscaling:TagResource', 'application-autoscaling:UntagResource', 'ecs:DescribeServices', 'ecs:UpdateService'],
        delete: ['application-autoscaling:DeregisterScalableTarget', 'application-autoscaling:DescribeScalableTargets'],
        serviceLinkedRoles: ['ecs.application-autoscaling.amazonaws.com'],
    },
    'AWS::ApplicationAutoScaling::ScalingPolicy': {
        create: ['application-autoscaling:PutScalingPolicy', 'application-autoscaling:DescribeScalingPolicies', 'cloudwatch:PutMetricAlarm', 'cloudwatch:DescribeAlarms', 'cloudwatch:GetMetricStatistics'],
        update: ['application-autoscaling:PutScalingPolicy', 'application-autoscaling:DescribeScalingPolicies', 'cloudwatch:PutMetricAlarm', 'cloudwatch:DescribeAlarms', 'cloudwatch:GetMetricStatistics'],
        delete: ['application-autoscaling:DeleteScalingPolicy', 'application-autoscaling:DescribeScalingPolicies', 'cloudwatch:DeleteAlarms', 'cloudwatch:DescribeAlarms'],
    },
    // ---- EC2 capacity for GPU services ----
    'AWS::AutoScaling::AutoScalingGroup': {
        create: ['autoscaling:CreateAutoScalingGroup', 'autoscaling:CreateOrUpdateTags', 'autoscaling:UpdateAutoScalingGroup', 'ec2:RunInstances', 'ec2:CreateTags', 'ec2:DescribeLaunchTemplateVersions', 'ec2:DescribeSubnets', ...AUTOSCALING_READ],
        update: ['autoscaling:UpdateAutoScalingGroup', 'autoscaling:CreateOrUpdateTags', 'autoscaling:DeleteTags', 'ec2:RunInstances', 'ec2:CreateTags', 'ec2:DescribeLaunchTemplateVersions', ...AUTOSCALING_READ],
        delete: ['autoscaling:DeleteAutoScalingGroup', 'autoscaling:UpdateAutoScalingGroup', ...AUTOSCALING_READ],
        serviceLinkedRoles: ['autoscaling.amazonaws.com'],
    },
    'AWS::AutoScaling::LaunchConfiguration': {
        create: ['autoscaling:CreateLaunchConfiguration', 'ec2:DescribeImages', 'ssm:GetParameters', ...AUTOSCALING_READ],
        update: ['autoscaling:CreateLaunchConfiguration', 'ec2:DescribeImages', 'ssm:GetParameters', ...AUTOSCALING_READ],
        delete: ['autoscaling:DeleteLaunchConfiguration', ...AUTOSCALING_READ],
    },
};

;// CONCATENATED MODULE: ./src/permissions/runtime-calls.ts
// The AWS API calls this action makes itself, per mode, as IAM actions (`service:Action`). They are what the
// runtime (src/aws/**, src/modes/<mode>.ts) sends as SDK commands; test/permissions/sdk-commands.test.ts scans
// those files for `new <Name>Command(` and fails when a command is sent that this table does not allow, so a
// new call cannot ship without its policy line.
//
// What CloudFormation itself does with the caller's credentials (create/update/delete the stack's resources) is
// not here: it depends on the template and comes from resource-actions.ts.
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
const RUNTIME_CALLS = {
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
const TEMPLATE_UPLOAD_CALLS = ['s3:PutObject', 's3:GetObject'];
const TEMPLATE_UPLOAD_MODES = ['preview', 'deploy'];
/**
 * Calls IAM never denies, so the policy leaves them out: `sts:GetCallerIdentity` needs no permission
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html).
 */
const runtime_calls_ALWAYS_ALLOWED = (/* unused pure expression or super */ null && (['sts:GetCallerIdentity']));

;// CONCATENATED MODULE: ./src/permissions/policy.ts
// The IAM policy of the role that runs this action, derived from two sources:
//   1. the generated template: what CloudFormation does with the caller's credentials to create, update and
//      delete each resource type in it (resource-actions.ts) — only for the modes that make CloudFormation act
//      (deploy: create/update/delete, teardown: delete), and with `cfn-role-arn` not at all: CloudFormation
//      then acts as that role, and the role's own policy is returned separately;
//   2. the calls the action makes itself, per mode (runtime-calls.ts).
// Statements are grouped by purpose (Sid), every list sorted and deduplicated, so the same inputs always give
// the same policy text (it is meant to be reviewed and committed next to the workflow).


/** Managed policies hold at most 6,144 characters, whitespace not counted. */
const MANAGED_POLICY_MAX_CHARS = 6144;
/** The operations each mode makes CloudFormation perform on the stack's resources. */
const STACK_OPERATIONS = {
    // A deployment creates, updates and deletes (removed services, replacements, rollbacks, recreate-failed-stack).
    deploy: ['create', 'update', 'delete'],
    teardown: ['delete'],
};
/** Modes that start a CloudFormation operation and so pass `cfn-role-arn` to it. */
const MODES_PASSING_CLOUDFORMATION_ROLE = ['preview', 'deploy', 'teardown'];
/** Modes whose Secrets Manager calls only touch the stack's own secrets (secret mode manages any the user names). */
const STACK_SECRET_MODES = ['preview', 'deploy', 'teardown'];
/** CloudFormation actions that act on no particular stack (IAM evaluates them against "*"). */
const CLOUDFORMATION_UNSCOPED = new Set(['cloudformation:ListStacks', 'cloudformation:ValidateTemplate', 'cloudformation:EstimateTemplateCost', 'cloudformation:ListExports', 'cloudformation:DescribeAccountLimits']);
/** Read-only by IAM's naming convention. */
const READ_ONLY = /^(Describe|List|Get|BatchGet|Filter)/;
function derivePolicy(options) {
    const { template, stackName, modes } = options;
    const resourceTypes = [...new Set(Object.values(template.Resources).map((r) => r.Type))].sort();
    const unknownResourceTypes = resourceTypes.filter((t) => RESOURCE_ACTIONS[t] === undefined);
    const roleNamePattern = generatedRoleNamePattern(stackName);
    const caller = new StatementSet();
    const stackRole = options.cloudFormationRoleArn ? new StatementSet() : caller;
    // 1. What CloudFormation does to the resources, with the caller's credentials (or the service role's).
    const operations = new Set(modes.flatMap((m) => STACK_OPERATIONS[m] ?? []));
    if (operations.size > 0) {
        const serviceLinked = new Set();
        for (const type of resourceTypes) {
            const actions = RESOURCE_ACTIONS[type];
            if (!actions)
                continue;
            for (const operation of operations) {
                for (const action of actions[operation]) {
                    const [service] = action.split(':');
                    if (service === 'iam') {
                        const isInstanceProfile = /InstanceProfile$/.test(action); // ListInstanceProfilesForRole is a role action
                        stackRole.add('StackIamRoles', [action], isInstanceProfile ? `arn:aws:iam::*:instance-profile/${roleNamePattern}` : `arn:aws:iam::*:role/${roleNamePattern}`);
                    }
                    else {
                        stackRole.add(`Stack${pascal(service)}`, [action], '*');
                    }
                }
            }
            if (operations.has('create'))
                for (const name of actions.serviceLinkedRoles ?? [])
                    serviceLinked.add(name);
        }
        if (serviceLinked.size > 0) {
            // ECS, Elastic Load Balancing, … create their service-linked role on first use in an account, as the caller.
            stackRole.add('StackServiceLinkedRoles', ['iam:CreateServiceLinkedRole'], 'arn:aws:iam::*:role/aws-service-role/*', {
                StringEquals: { 'iam:AWSServiceName': [...serviceLinked] },
            });
        }
        if (operations.has('create') || operations.has('update')) {
            // Task definitions, scalable targets and instance profiles hand the stack's own roles to their services.
            const passedTo = rolePrincipals(template);
            if (passedTo.length > 0) {
                stackRole.add('StackPassRoles', ['iam:PassRole'], `arn:aws:iam::*:role/${roleNamePattern}`, { StringEquals: { 'iam:PassedToService': passedTo } });
            }
        }
    }
    // Parameters of type AWS::SSM::Parameter::Value<…> (the GPU AMI) are resolved when the change set is created.
    if (modes.some((m) => m === 'preview' || m === 'deploy') && usesSsmParameters(template)) {
        caller.add('StackSsmParameters', ['ssm:GetParameters'], '*');
    }
    // 2. The calls the action makes itself.
    const stackArns = [`arn:aws:cloudformation:*:*:stack/${stackName}/*`];
    if (options.stackPattern)
        stackArns.push(`arn:aws:cloudformation:*:*:stack/${options.stackPattern}/*`);
    const logGroupArns = logGroupArnsOf(template);
    // The secrets deploy uploads and teardown's delete-secrets removes: `compose-ecs/<stack>/<key>` (+ Secrets Manager's random suffix).
    const stackSecretArn = `arn:aws:secretsmanager:*:*:secret:compose-ecs/${stackName}/*`;
    for (const mode of modes) {
        for (const action of RUNTIME_CALLS[mode]) {
            const [service, name] = action.split(':');
            const read = READ_ONLY.test(name);
            if (service === 'cloudformation') {
                if (CLOUDFORMATION_UNSCOPED.has(action))
                    caller.add('CloudFormationList', [action], '*');
                else
                    caller.add(read ? 'StackRead' : 'StackChanges', [action], stackArns);
            }
            else if (service === 'secretsmanager' && STACK_SECRET_MODES.includes(mode) && action !== 'secretsmanager:ListSecrets') {
                caller.add('StackSecrets', [action], stackSecretArn);
            }
            else if (action === 'logs:DescribeLogGroups') {
                caller.add('LogsList', [action], '*');
            }
            else if (service === 'logs' && logGroupArns.length > 0) {
                caller.add(read ? 'LogsRead' : 'LogsWrite', [action], logGroupArns);
            }
            else {
                caller.add(`${pascal(service)}${read ? 'Read' : 'Write'}`, [action], '*');
            }
        }
        if (options.s3Bucket && TEMPLATE_UPLOAD_MODES.includes(mode)) {
            // The action writes the template; CloudFormation reads it back with the caller's credentials.
            caller.add('TemplateUpload', [...TEMPLATE_UPLOAD_CALLS], `arn:aws:s3:::${options.s3Bucket}/${options.s3Prefix ?? ''}*`);
        }
        if (options.cloudFormationRoleArn && MODES_PASSING_CLOUDFORMATION_ROLE.includes(mode)) {
            caller.add('PassCloudFormationRole', ['iam:PassRole'], options.cloudFormationRoleArn, { StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } });
        }
    }
    return {
        policy: caller.document(),
        cloudFormationRolePolicy: options.cloudFormationRoleArn ? stackRole.document() : undefined,
        resourceTypes,
        unknownResourceTypes,
    };
}
/**
 * Names CloudFormation gives the roles it creates: `<stack>-<LogicalId>-<random>`, at most 64 characters. It shortens
 * the stack-name part of long names by an undocumented amount, so past 20 characters only the first 20 are matched.
 */
function generatedRoleNamePattern(stackName) {
    const KEPT = 20;
    return stackName.length <= KEPT ? `${stackName}-*` : `${stackName.slice(0, KEPT)}*`;
}
/** Services the template's roles trust (`ecs-tasks.amazonaws.com`, `application-autoscaling.amazonaws.com`, …): the only ones they may be passed to. */
function rolePrincipals(template) {
    const services = new Set();
    for (const resource of Object.values(template.Resources)) {
        if (resource.Type !== 'AWS::IAM::Role')
            continue;
        const document = resource.Properties?.['AssumeRolePolicyDocument'];
        const statements = Array.isArray(document?.Statement) ? document.Statement : document?.Statement ? [document.Statement] : [];
        for (const statement of statements) {
            const service = statement.Principal?.Service;
            for (const name of Array.isArray(service) ? service : [service])
                if (typeof name === 'string')
                    services.add(name);
        }
    }
    return [...services].sort();
}
function usesSsmParameters(template) {
    const typed = Object.values(template.Parameters ?? {}).some((p) => String(p['Type'] ?? '').startsWith('AWS::SSM::Parameter::Value'));
    return typed || JSON.stringify(template.Resources).includes('{{resolve:ssm:');
}
/** The project's log groups when their names are literal (`/docker-compose/<project>`), else none (then "*"). */
function logGroupArnsOf(template) {
    const names = [];
    for (const resource of Object.values(template.Resources)) {
        if (resource.Type !== 'AWS::Logs::LogGroup')
            continue;
        const name = resource.Properties?.['LogGroupName'];
        if (typeof name !== 'string')
            return [];
        names.push(name);
    }
    return names.flatMap((name) => [`arn:aws:logs:*:*:log-group:${name}`, `arn:aws:logs:*:*:log-group:${name}:*`]);
}
/** Service prefixes as they read in a Sid (Sids are alphanumeric). */
const SERVICE_NAMES = {
    'application-autoscaling': 'ApplicationAutoScaling',
    autoscaling: 'AutoScaling',
    cloudformation: 'CloudFormation',
    cloudwatch: 'CloudWatch',
    elasticfilesystem: 'ElasticFileSystem',
    elasticloadbalancing: 'ElasticLoadBalancing',
    secretsmanager: 'SecretsManager',
    servicediscovery: 'ServiceDiscovery',
};
/** `ec2` → `Ec2`, `secretsmanager` → `SecretsManager`. */
function pascal(service) {
    if (SERVICE_NAMES[service])
        return SERVICE_NAMES[service];
    return service
        .split(/[^a-zA-Z0-9]+/)
        .filter((part) => part !== '')
        .map((part) => part[0].toUpperCase() + part.slice(1))
        .join('');
}
/** Statements keyed by Sid; one Sid always has one resource set and condition (the callers keep it so). */
class StatementSet {
    statements = new Map();
    add(sid, actions, resource, condition) {
        let statement = this.statements.get(sid);
        if (!statement) {
            statement = { actions: new Set(), resources: new Set(), condition };
            this.statements.set(sid, statement);
        }
        for (const action of actions)
            statement.actions.add(action);
        for (const r of typeof resource === 'string' ? [resource] : resource)
            statement.resources.add(r);
    }
    document() {
        const Statement = [...this.statements.entries()]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([Sid, s]) => {
            const resources = [...s.resources].sort();
            return {
                Sid,
                Effect: 'Allow',
                Action: [...s.actions].sort(),
                Resource: resources.includes('*') ? '*' : resources.length === 1 ? resources[0] : resources,
                ...(s.condition ? { Condition: sortedCondition(s.condition) } : {}),
            };
        });
        return { Version: '2012-10-17', Statement };
    }
}
function sortedCondition(condition) {
    const out = {};
    for (const operator of Object.keys(condition).sort()) {
        out[operator] = {};
        for (const key of Object.keys(condition[operator]).sort()) {
            const value = condition[operator][key];
            out[operator][key] = Array.isArray(value) ? (value.length === 1 ? value[0] : [...value].sort()) : value;
        }
    }
    return out;
}
/**
 * Whether the policy allows `service:Action` at all (on some resource): Action entries may use `*` and `?`.
 * For the tests' "every SDK command the runtime sends is allowed" check and for callers that want to explain a gap.
 */
function policyAllows(policy, action) {
    if (ALWAYS_ALLOWED.includes(action))
        return true;
    const wanted = action.toLowerCase();
    return policy.Statement.some((s) => s.Action.some((pattern) => globToRegExp(pattern.toLowerCase()).test(wanted)));
}
function globToRegExp(glob) {
    return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}
/** Minified size as IAM counts it against its limits (whitespace excluded). */
function policySize(policy) {
    return JSON.stringify(policy).length;
}

;// CONCATENATED MODULE: ./src/modes/permissions.ts
// `permissions`: prints the IAM policy the role running this action needs, for this Compose file and the modes
// in `permission-modes`. Offline: the template is converted from the inputs alone, as `convert` does.





function permissionModes(requested) {
    if (requested.length === 0)
        return [...src_interface/* AWS_MODES */.zr];
    const unknown = requested.filter((m) => !src_interface/* MODES */.FN.includes(m));
    if (unknown.length > 0) {
        throw new errors/* UserError */.yo(`Input "permission-modes": unknown mode(s) ${unknown.map((m) => `"${m}"`).join(', ')}. Valid modes: ${src_interface/* MODES */.FN.join(', ')}.`);
    }
    return [...new Set(requested)].sort((a, b) => src_interface/* MODES */.FN.indexOf(a) - src_interface/* MODES */.FN.indexOf(b));
}
async function runPermissions(context) {
    const { host, inputs } = context;
    const modes = permissionModes(inputs.list('permission-modes'));
    const { project, stackName } = (0,modes_project/* loadForMode */.F1)(context);
    // Conversion warnings are convert's to report; the policy only needs the resource types.
    const { template } = (0,convert/* convertProject */.$l)(project, { stackName, network: (0,modes_project/* networkFactsFromInputs */.r$)(context) });
    const derived = derivePolicy({
        template,
        stackName,
        modes,
        s3Bucket: inputs.string('s3-bucket') || undefined,
        s3Prefix: inputs.string('s3-prefix'),
        cloudFormationRoleArn: inputs.string('cfn-role-arn') || undefined,
        stackPattern: inputs.string('stack-pattern') || undefined,
    });
    for (const type of derived.unknownResourceTypes) {
        host.warning(`The template has resources of type ${type} (from an x-aws-cloudformation overlay?), whose IAM actions this action does not know: add them to the policy yourself.`);
    }
    const size = policySize(derived.policy);
    if (size > MANAGED_POLICY_MAX_CHARS) {
        host.warning(`The policy is ${size} characters, over the ${MANAGED_POLICY_MAX_CHARS} a managed policy may hold: attach it as an inline role policy (up to 10,240), or split it by setting "permission-modes" to fewer modes per role.`);
    }
    host.writeStdout(`${JSON.stringify(derived.policy, null, 2)}\n`);
    host.setOutput('policy', JSON.stringify(derived.policy));
    await host.appendSummary(permissionsSummary(derived, { stackName, modes, size, stackPattern: inputs.string('stack-pattern') }));
}
function permissionsSummary(derived, facts) {
    const { policy, cloudFormationRolePolicy } = derived;
    const actions = new Set(policy.Statement.flatMap((s) => s.Action));
    const lines = [
        `### compose-ecs-action permissions: \`${facts.stackName}\``,
        '',
        `IAM policy for the role that runs the modes ${facts.modes.map((m) => `\`${m}\``).join(', ')} on this Compose file: ${policy.Statement.length} statements, ${actions.size} actions, ${facts.size} characters minified (output \`policy\`).`,
        '',
        `Resource types in the template: ${derived.resourceTypes.map((t) => `\`${t}\``).join(', ') || 'none'}.`,
        '',
        '| Sid | Actions | Resource |',
        '| --- | --- | --- |',
        ...policy.Statement.map((s) => `| \`${s.Sid}\` | ${s.Action.length} | ${typeof s.Resource === 'string' ? `\`${s.Resource}\`` : s.Resource.map((r) => `\`${r}\``).join(', ')} |`),
        '',
    ];
    if (facts.modes.includes('teardown') && facts.stackPattern === '') {
        lines.push('Stack changes are scoped to this stack: for teardown\'s sweep (`stack-pattern`), give the same `stack-pattern` here.', '');
    }
    if (cloudFormationRolePolicy) {
        lines.push('With `cfn-role-arn`, CloudFormation creates, updates and deletes the resources as that role, so the policy above only passes it. The CloudFormation role needs:', '', '<details><summary>Policy of the CloudFormation service role</summary>', '', '```json', JSON.stringify(cloudFormationRolePolicy, null, 2), '```', '', '</details>', '');
    }
    return lines.join('\n');
}


/***/ })

};
