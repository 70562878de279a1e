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

export interface ResourceTypeActions {
  create: readonly string[];
  update: readonly string[];
  delete: readonly string[];
  /**
   * Services a resource of this type may need a service-linked role from, created on first use in an account
   * (`iam:CreateServiceLinkedRole`, scoped with the `iam:AWSServiceName` condition).
   */
  serviceLinkedRoles?: readonly string[];
}

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

export const RESOURCE_ACTIONS: Readonly<Record<string, ResourceTypeActions>> = {
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

/** The operations a mode makes CloudFormation perform on the stack's resources. */
export type StackOperation = 'create' | 'update' | 'delete';
