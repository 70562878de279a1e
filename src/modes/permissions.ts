// `permissions`: prints the IAM policy the role running this action needs, for this Compose file and the modes
// in `permission-modes`. Offline: the template is converted from the inputs alone, as `convert` does.

import type { ModeContext } from './index.js';
import { loadForMode, networkFactsFromInputs } from './project.js';
import { convertProject } from '../convert/index.js';
import { reportDiagnostics } from '../diagnostics.js';
import { UserError } from '../errors.js';
import { AWS_MODES, MODES, type Mode } from '../interface.js';
import { derivePolicy, policySize, MANAGED_POLICY_MAX_CHARS, type DerivedPolicy } from '../permissions/policy.js';

export function permissionModes(requested: readonly string[]): Mode[] {
  if (requested.length === 0) return [...AWS_MODES];
  const unknown = requested.filter((m) => !(MODES as readonly string[]).includes(m));
  if (unknown.length > 0) {
    throw new UserError(`Input "permission-modes": unknown mode(s) ${unknown.map((m) => `"${m}"`).join(', ')}. Valid modes: ${MODES.join(', ')}.`);
  }
  return [...new Set(requested as Mode[])].sort((a, b) => MODES.indexOf(a) - MODES.indexOf(b));
}

export async function runPermissions(context: ModeContext): Promise<void> {
  const { host, inputs } = context;
  const modes = permissionModes(inputs.list('permission-modes'));
  const { project, stackName } = loadForMode(context);
  // Conversion warnings are convert's to report; the policy only needs the resource types.
  const { template } = convertProject(project, { stackName, network: networkFactsFromInputs(context) });
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
    host.warning(
      `The policy is ${size} characters, over the ${MANAGED_POLICY_MAX_CHARS} a managed policy may hold: attach it as an inline role policy (up to 10,240), or split it by setting "permission-modes" to fewer modes per role.`,
    );
  }
  host.writeStdout(`${JSON.stringify(derived.policy, null, 2)}\n`);
  host.setOutput('policy', JSON.stringify(derived.policy));
  await host.appendSummary(permissionsSummary(derived, { stackName, modes, size, stackPattern: inputs.string('stack-pattern') }));
}

function permissionsSummary(derived: DerivedPolicy, facts: { stackName: string; modes: readonly Mode[]; size: number; stackPattern: string }): string {
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
    lines.push(
      'With `cfn-role-arn`, CloudFormation creates, updates and deletes the resources as that role, so the policy above only passes it. The CloudFormation role needs:',
      '',
      '<details><summary>Policy of the CloudFormation service role</summary>',
      '',
      '```json',
      JSON.stringify(cloudFormationRolePolicy, null, 2),
      '```',
      '',
      '</details>',
      '',
    );
  }
  return lines.join('\n');
}
