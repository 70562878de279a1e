// The IAM policy of the role that runs this action, derived from two sources:
//   1. the generated template: what CloudFormation does with the caller's credentials to create, update and
//      delete each resource type in it (resource-actions.ts) — only for the modes that make CloudFormation act
//      (deploy: create/update/delete, teardown: delete), and with `cfn-role-arn` not at all: CloudFormation
//      then acts as that role, and the role's own policy is returned separately;
//   2. the calls the action makes itself, per mode (runtime-calls.ts).
// Statements are grouped by purpose (Sid), every list sorted and deduplicated, so the same inputs always give
// the same policy text (it is meant to be reviewed and committed next to the workflow).

import type { Mode } from '../interface.js';
import type { Template } from '../convert/index.js';
import { RESOURCE_ACTIONS, type StackOperation } from './resource-actions.js';
import { ALWAYS_ALLOWED, RUNTIME_CALLS, TEMPLATE_UPLOAD_CALLS, TEMPLATE_UPLOAD_MODES } from './runtime-calls.js';

export interface PolicyStatement {
  Sid: string;
  Effect: 'Allow';
  Action: string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

export interface PolicyOptions {
  template: Template;
  stackName: string;
  modes: readonly Mode[];
  /** `s3-bucket`: templates over the inline limit are uploaded there (preview, deploy). */
  s3Bucket?: string;
  s3Prefix?: string;
  /** `cfn-role-arn`: CloudFormation acts as this role, so the caller only passes it. */
  cloudFormationRoleArn?: string;
  /** `stack-pattern`: teardown's sweep deletes every stack matching this glob. */
  stackPattern?: string;
}

export interface DerivedPolicy {
  /** The policy of the role that runs the action. */
  policy: PolicyDocument;
  /** With `cfn-role-arn`: what that CloudFormation service role needs for this stack's resources. */
  cloudFormationRolePolicy?: PolicyDocument;
  /** Resource types of the template, sorted. */
  resourceTypes: string[];
  /** Resource types with no known IAM actions (from an x-aws-cloudformation overlay): the policy cannot cover them. */
  unknownResourceTypes: string[];
}

/** Managed policies hold at most 6,144 characters, whitespace not counted. */
export const MANAGED_POLICY_MAX_CHARS = 6144;

/** The operations each mode makes CloudFormation perform on the stack's resources. */
const STACK_OPERATIONS: Partial<Record<Mode, readonly StackOperation[]>> = {
  // A deployment creates, updates and deletes (removed services, replacements, rollbacks, recreate-failed-stack).
  deploy: ['create', 'update', 'delete'],
  teardown: ['delete'],
};

/** Modes that start a CloudFormation operation and so pass `cfn-role-arn` to it. */
const MODES_PASSING_CLOUDFORMATION_ROLE: readonly Mode[] = ['preview', 'deploy', 'teardown'];

/** Modes whose Secrets Manager calls only touch the stack's own secrets (secret mode manages any the user names). */
const STACK_SECRET_MODES: readonly Mode[] = ['preview', 'deploy', 'teardown'];

/** CloudFormation actions that act on no particular stack (IAM evaluates them against "*"). */
const CLOUDFORMATION_UNSCOPED = new Set(['cloudformation:ListStacks', 'cloudformation:ValidateTemplate', 'cloudformation:EstimateTemplateCost', 'cloudformation:ListExports', 'cloudformation:DescribeAccountLimits']);

/** Read-only by IAM's naming convention. */
const READ_ONLY = /^(Describe|List|Get|BatchGet|Filter)/;

export function derivePolicy(options: PolicyOptions): DerivedPolicy {
  const { template, stackName, modes } = options;
  const resourceTypes = [...new Set(Object.values(template.Resources).map((r) => r.Type))].sort();
  const unknownResourceTypes = resourceTypes.filter((t) => RESOURCE_ACTIONS[t] === undefined);
  const roleNamePattern = generatedRoleNamePattern(stackName);

  const caller = new StatementSet();
  const stackRole = options.cloudFormationRoleArn ? new StatementSet() : caller;

  // 1. What CloudFormation does to the resources, with the caller's credentials (or the service role's).
  const operations = new Set(modes.flatMap((m) => STACK_OPERATIONS[m] ?? []));
  if (operations.size > 0) {
    const serviceLinked = new Set<string>();
    for (const type of resourceTypes) {
      const actions = RESOURCE_ACTIONS[type];
      if (!actions) continue;
      for (const operation of operations) {
        for (const action of actions[operation]) {
          const [service] = action.split(':');
          if (service === 'iam') {
            const isInstanceProfile = /InstanceProfile$/.test(action); // ListInstanceProfilesForRole is a role action
            stackRole.add('StackIamRoles', [action], isInstanceProfile ? `arn:aws:iam::*:instance-profile/${roleNamePattern}` : `arn:aws:iam::*:role/${roleNamePattern}`);
          } else {
            stackRole.add(`Stack${pascal(service)}`, [action], '*');
          }
        }
      }
      if (operations.has('create')) for (const name of actions.serviceLinkedRoles ?? []) serviceLinked.add(name);
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
  if (options.stackPattern) stackArns.push(`arn:aws:cloudformation:*:*:stack/${options.stackPattern}/*`);
  const logGroupArns = logGroupArnsOf(template);
  // The secrets deploy uploads and teardown's delete-secrets removes: `compose-ecs/<stack>/<key>` (+ Secrets Manager's random suffix).
  const stackSecretArn = `arn:aws:secretsmanager:*:*:secret:compose-ecs/${stackName}/*`;
  for (const mode of modes) {
    for (const action of RUNTIME_CALLS[mode]) {
      const [service, name] = action.split(':') as [string, string];
      const read = READ_ONLY.test(name);
      if (service === 'cloudformation') {
        if (CLOUDFORMATION_UNSCOPED.has(action)) caller.add('CloudFormationList', [action], '*');
        else caller.add(read ? 'StackRead' : 'StackChanges', [action], stackArns);
      } else if (service === 'secretsmanager' && STACK_SECRET_MODES.includes(mode) && action !== 'secretsmanager:ListSecrets') {
        caller.add('StackSecrets', [action], stackSecretArn);
      } else if (action === 'logs:DescribeLogGroups') {
        caller.add('LogsList', [action], '*');
      } else if (service === 'logs' && logGroupArns.length > 0) {
        caller.add(read ? 'LogsRead' : 'LogsWrite', [action], logGroupArns);
      } else {
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
export function generatedRoleNamePattern(stackName: string): string {
  const KEPT = 20;
  return stackName.length <= KEPT ? `${stackName}-*` : `${stackName.slice(0, KEPT)}*`;
}

/** Services the template's roles trust (`ecs-tasks.amazonaws.com`, `application-autoscaling.amazonaws.com`, …): the only ones they may be passed to. */
function rolePrincipals(template: Template): string[] {
  const services = new Set<string>();
  for (const resource of Object.values(template.Resources)) {
    if (resource.Type !== 'AWS::IAM::Role') continue;
    const document = resource.Properties?.['AssumeRolePolicyDocument'] as { Statement?: unknown } | undefined;
    const statements = Array.isArray(document?.Statement) ? document.Statement : document?.Statement ? [document.Statement] : [];
    for (const statement of statements as { Principal?: { Service?: unknown } }[]) {
      const service = statement.Principal?.Service;
      for (const name of Array.isArray(service) ? service : [service]) if (typeof name === 'string') services.add(name);
    }
  }
  return [...services].sort();
}

function usesSsmParameters(template: Template): boolean {
  const typed = Object.values(template.Parameters ?? {}).some((p) => String(p['Type'] ?? '').startsWith('AWS::SSM::Parameter::Value'));
  return typed || JSON.stringify(template.Resources).includes('{{resolve:ssm:');
}

/** The project's log groups when their names are literal (`/docker-compose/<project>`), else none (then "*"). */
function logGroupArnsOf(template: Template): string[] {
  const names: string[] = [];
  for (const resource of Object.values(template.Resources)) {
    if (resource.Type !== 'AWS::Logs::LogGroup') continue;
    const name = resource.Properties?.['LogGroupName'];
    if (typeof name !== 'string') return [];
    names.push(name);
  }
  return names.flatMap((name) => [`arn:aws:logs:*:*:log-group:${name}`, `arn:aws:logs:*:*:log-group:${name}:*`]);
}

/** Service prefixes as they read in a Sid (Sids are alphanumeric). */
const SERVICE_NAMES: Record<string, string> = {
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
function pascal(service: string): string {
  if (SERVICE_NAMES[service]) return SERVICE_NAMES[service];
  return service
    .split(/[^a-zA-Z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** Statements keyed by Sid; one Sid always has one resource set and condition (the callers keep it so). */
class StatementSet {
  private readonly statements = new Map<string, { actions: Set<string>; resources: Set<string>; condition?: PolicyStatement['Condition'] }>();

  add(sid: string, actions: readonly string[], resource: string | readonly string[], condition?: PolicyStatement['Condition']): void {
    let statement = this.statements.get(sid);
    if (!statement) {
      statement = { actions: new Set(), resources: new Set(), condition };
      this.statements.set(sid, statement);
    }
    for (const action of actions) statement.actions.add(action);
    for (const r of typeof resource === 'string' ? [resource] : resource) statement.resources.add(r);
  }

  document(): PolicyDocument {
    const Statement = [...this.statements.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([Sid, s]): PolicyStatement => {
        const resources = [...s.resources].sort();
        return {
          Sid,
          Effect: 'Allow',
          Action: [...s.actions].sort(),
          Resource: resources.includes('*') ? '*' : resources.length === 1 ? resources[0]! : resources,
          ...(s.condition ? { Condition: sortedCondition(s.condition) } : {}),
        };
      });
    return { Version: '2012-10-17', Statement };
  }
}

function sortedCondition(condition: NonNullable<PolicyStatement['Condition']>): NonNullable<PolicyStatement['Condition']> {
  const out: NonNullable<PolicyStatement['Condition']> = {};
  for (const operator of Object.keys(condition).sort()) {
    out[operator] = {};
    for (const key of Object.keys(condition[operator]!).sort()) {
      const value = condition[operator]![key]!;
      out[operator]![key] = Array.isArray(value) ? (value.length === 1 ? value[0]! : [...value].sort()) : value;
    }
  }
  return out;
}

/**
 * Whether the policy allows `service:Action` at all (on some resource): Action entries may use `*` and `?`.
 * For the tests' "every SDK command the runtime sends is allowed" check and for callers that want to explain a gap.
 */
export function policyAllows(policy: PolicyDocument, action: string): boolean {
  if (ALWAYS_ALLOWED.includes(action)) return true;
  const wanted = action.toLowerCase();
  return policy.Statement.some((s) => s.Action.some((pattern) => globToRegExp(pattern.toLowerCase()).test(wanted)));
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}

/** Minified size as IAM counts it against its limits (whitespace excluded). */
export function policySize(policy: PolicyDocument): number {
  return JSON.stringify(policy).length;
}
