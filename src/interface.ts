// The one interface of the action and the CLI: every input and output of every mode, with its default.
//
// This table is the source of truth. `action.yml` and the README's interface table are generated from it
// (`node scripts/interface.mjs`), and test/interface.test.ts fails when they drift apart. A runner passes every
// input action.yml declares, with its default; other callers (the CLI, tests) may pass none, so the defaults
// here are applied by `readInputs` too.

export const MODES = [
  'convert',
  'config',
  'preview',
  'deploy',
  'teardown',
  'status',
  'logs',
  'secret',
  'volume',
  'local',
  'permissions',
] as const;
export type Mode = (typeof MODES)[number];

/** Modes that call AWS (and so load the AWS SDK lazily). */
export const AWS_MODES: readonly Mode[] = ['preview', 'deploy', 'teardown', 'status', 'logs', 'secret', 'volume'];

export interface InputSpec {
  name: string;
  description: string;
  /** The default as the string a runner would pass; '' means "not set". */
  default: string;
  /** Modes that read it; 'all' for the shared inputs. */
  modes: readonly Mode[] | 'all';
  /** Never echo the value (tokens, secret values). */
  secret?: boolean;
  /** The CLI's short aliases (docker compose's). */
  aliases?: readonly string[];
}

export interface OutputSpec {
  name: string;
  description: string;
  modes: readonly Mode[];
}

export const INPUTS: readonly InputSpec[] = [
  // ---- shared ----
  { name: 'mode', description: `What to do: ${MODES.join(', ')}.`, default: 'convert', modes: 'all' },
  {
    name: 'compose-file',
    description: "Compose file(s), newline- or comma-separated, merged in order. Default: Compose's discovery (compose.yaml, compose.yml, docker-compose.yaml, docker-compose.yml, plus the override file) in the working directory or its parents.",
    default: '',
    modes: 'all',
    aliases: ['-f', '--file'],
  },
  { name: 'working-directory', description: 'Directory relative paths resolve against.', default: '.', modes: 'all' },
  {
    name: 'project-name',
    description: "Compose project name. Default: COMPOSE_PROJECT_NAME, the file's `name:`, else the directory name (Compose's rules).",
    default: '',
    modes: 'all',
    aliases: ['-p'],
  },
  { name: 'env-file', description: 'Environment file(s) for interpolation, newline- or comma-separated. Default: `.env` in the project directory.', default: '', modes: 'all', aliases: ['--env-file'] },
  { name: 'profiles', description: 'Compose profiles to enable, newline- or comma-separated. Default: COMPOSE_PROFILES.', default: '', modes: 'all', aliases: ['--profile'] },
  {
    name: 'stack-name',
    description: 'CloudFormation stack name. Default: the project name with `_` made `-` (so stacks deployed by docker compose are found).',
    default: '',
    modes: 'all',
  },
  { name: 'region', description: 'AWS region. Default: AWS_REGION, then AWS_DEFAULT_REGION.', default: '', modes: 'all' },
  { name: 'vpc', description: 'VPC id to deploy into. Default: x-aws-vpc, else the default VPC (looked up when credentials exist).', default: '', modes: 'all' },
  { name: 'subnets', description: 'Subnet ids for the tasks, newline- or comma-separated. Default: the VPC\'s subnets (looked up).', default: '', modes: 'all' },
  { name: 'template-format', description: 'Format of the written template: yaml or json.', default: 'yaml', modes: 'all' },
  { name: 'template-path', description: 'Where to write the generated template. Default: a file in RUNNER_TEMP (the action) or stdout (the CLI).', default: '', modes: 'all' },
  // ---- AWS (preview, deploy) ----
  { name: 's3-bucket', description: 'S3 bucket for templates over 51,200 bytes (CloudFormation\'s inline limit).', default: '', modes: ['preview', 'deploy'] },
  { name: 's3-prefix', description: 'Key prefix for templates uploaded to s3-bucket.', default: 'compose-ecs-action/', modes: ['preview', 'deploy'] },
  { name: 'capabilities', description: 'CloudFormation capabilities, comma-separated.', default: 'CAPABILITY_IAM,CAPABILITY_NAMED_IAM', modes: ['preview', 'deploy'] },
  { name: 'cfn-role-arn', description: 'IAM role CloudFormation assumes for the stack operation.', default: '', modes: ['preview', 'deploy', 'teardown'] },
  { name: 'parameters', description: 'Stack parameters as a YAML/JSON map or KEY=VALUE lines.', default: '', modes: ['preview', 'deploy'] },
  { name: 'tags', description: 'Extra stack tags as a YAML/JSON map.', default: '', modes: ['preview', 'deploy'] },
  // ---- deploy ----
  { name: 'wait', description: 'Wait for the stack operation to finish.', default: 'true', modes: ['deploy', 'teardown'] },
  { name: 'timeout-minutes', description: 'Give up waiting after this many minutes (fractions allowed); a timeout fails the run.', default: '60', modes: ['deploy', 'teardown'] },
  { name: 'termination-protection', description: 'Turn stack termination protection on (true) or off (false); empty leaves it as is.', default: '', modes: ['deploy'] },
  { name: 'recreate-failed-stack', description: 'Delete and recreate a stack left in ROLLBACK_COMPLETE by a failed first deployment.', default: 'false', modes: ['deploy'] },
  { name: 'pin-images', description: 'Pin image tags to registry digests so a moved tag rolls out (preview pins too, so it shows what deploy would do).', default: 'true', modes: ['preview', 'deploy'] },
  { name: 'force-new-deployment', description: 'Roll every service\'s tasks even when nothing changed.', default: 'false', modes: ['deploy'] },
  { name: 'cancel-on-abort', description: 'When the job is cancelled, also cancel the stack update in progress.', default: 'false', modes: ['deploy'] },
  { name: 'reviewed-deploy', description: 'Refuse to deploy a Compose model that differs from the one the pull request\'s preview comment showed.', default: 'false', modes: ['deploy'] },
  // ---- teardown ----
  { name: 'force', description: 'Delete even a termination-protected stack.', default: 'false', modes: ['teardown'] },
  { name: 'delete-volumes', description: 'Also delete the retained EFS file systems of the stack.', default: 'false', modes: ['teardown'] },
  { name: 'delete-secrets', description: 'Also delete the Secrets Manager secrets the action created for the stack.', default: 'false', modes: ['teardown'] },
  { name: 'stack-pattern', description: 'Sweep: delete every stack this action created whose name matches this glob (e.g. `shop-pr-*`).', default: '', modes: ['teardown'] },
  { name: 'older-than', description: 'Sweep: delete every stack this action created longer ago than this (e.g. `12h`, `7d`).', default: '', modes: ['teardown'] },
  { name: 'dry-run', description: 'Sweep: list what would be deleted, delete nothing.', default: 'false', modes: ['teardown'] },
  // ---- logs ----
  { name: 'service', description: 'Only this service (logs).', default: '', modes: ['logs'] },
  { name: 'since', description: 'Logs newer than this duration (e.g. `10m`, `2h`) or timestamp.', default: '1h', modes: ['logs'] },
  { name: 'tail', description: 'Only the last N lines per service (0 = all).', default: '0', modes: ['logs'] },
  { name: 'follow', description: 'Keep printing new lines until interrupted (docker compose logs --follow; for the CLI).', default: 'false', modes: ['logs'] },
  // ---- secret / volume ----
  { name: 'secret-action', description: 'secret mode: create, update, list, inspect or delete.', default: 'list', modes: ['secret'] },
  { name: 'secret-name', description: 'secret mode: the secret\'s name.', default: '', modes: ['secret'] },
  { name: 'secret-file', description: 'secret mode: read the value from this file.', default: '', modes: ['secret'] },
  { name: 'secret-value', description: 'secret mode: the value (prefer secret-file; it is masked in logs).', default: '', modes: ['secret'], secret: true },
  { name: 'delete-immediately', description: 'secret mode: delete without the recovery window.', default: 'false', modes: ['secret'] },
  { name: 'volume-action', description: 'volume mode: list or remove.', default: 'list', modes: ['volume'] },
  { name: 'volume-id', description: 'volume mode: the EFS file system id to remove.', default: '', modes: ['volume'] },
  // ---- local / permissions ----
  { name: 'local-override-path', description: 'local mode: where to write the Compose override.', default: 'compose.ecs-local.yaml', modes: ['local'] },
  { name: 'aws-profile', description: 'local mode: the ~/.aws profile the local credentials endpoint serves.', default: 'default', modes: ['local'] },
  { name: 'local-endpoints-image', description: 'local mode: image of the ECS local container endpoints. Default: amazon/amazon-ecs-local-container-endpoints, pinned (amd64).', default: '', modes: ['local'] },
  { name: 'permission-modes', description: 'permissions mode: modes the policy must allow, comma-separated. Default: every mode that calls AWS.', default: '', modes: ['permissions'] },
  // ---- GitHub ----
  { name: 'comment', description: 'Post the preview as a sticky pull-request comment: auto (on pull-request events), always or never.', default: 'auto', modes: ['preview', 'deploy'] },
  { name: 'github-token', description: 'Token for the pull-request comment.', default: '${{ github.token }}', modes: ['preview', 'deploy'], secret: true },
  { name: 'pr-number', description: 'Pull request to comment on, for events other than pull_request.', default: '', modes: ['preview', 'deploy'] },
  { name: 'redact-environment', description: 'Show every environment value as *** in comments and summaries (sensitive-looking names are always redacted).', default: 'false', modes: ['preview', 'deploy'] },
];

export const OUTPUTS: readonly OutputSpec[] = [
  { name: 'template-path', description: 'Absolute path of the generated template.', modes: ['convert', 'preview', 'deploy'] },
  { name: 'template-sha256', description: 'SHA-256 of the template as canonical minified JSON.', modes: ['convert', 'preview', 'deploy'] },
  { name: 'stack-name', description: 'The CloudFormation stack name.', modes: ['convert', 'config', 'preview', 'deploy', 'teardown', 'status'] },
  { name: 'has-changes', description: 'Whether the change set has changes (left empty when unknown).', modes: ['preview', 'deploy'] },
  { name: 'changes-count', description: 'Number of resource changes.', modes: ['preview'] },
  { name: 'changes', description: 'JSON list of changes: logicalId, type, action, replacement.', modes: ['preview'] },
  { name: 'change-set-id', description: 'ARN of the change set.', modes: ['preview', 'deploy'] },
  { name: 'stack-id', description: 'ARN of the stack.', modes: ['deploy'] },
  { name: 'status', description: 'deploy: the final stack status; status mode: JSON of services, tasks and URLs.', modes: ['deploy', 'status'] },
  { name: 'url', description: 'The first public endpoint.', modes: ['deploy', 'status'] },
  { name: 'urls', description: 'JSON map of service to its public URLs.', modes: ['deploy', 'status'] },
  { name: 'outputs', description: 'JSON of the stack outputs.', modes: ['deploy'] },
  { name: 'stacks', description: 'teardown: JSON list of the stacks deleted (or that would be, with dry-run).', modes: ['teardown'] },
  { name: 'comment-id', description: 'Id of the pull-request comment.', modes: ['preview', 'deploy'] },
  { name: 'comment-url', description: 'URL of the pull-request comment.', modes: ['preview', 'deploy'] },
  { name: 'override-path', description: 'local mode: absolute path of the written Compose override.', modes: ['local'] },
  { name: 'policy', description: 'permissions mode: the IAM policy JSON.', modes: ['permissions'] },
];

export function inputSpec(name: string): InputSpec | undefined {
  return INPUTS.find((i) => i.name === name);
}
