// `secret` (docker secret): the project's Secrets Manager secrets. create/update take the value from
// `secret-file` or `secret-value`; the value is masked (host.setSecret) before anything else happens and is
// never logged, summarised or put in an output. list/inspect show metadata only — no call here reads a value
// back. The project tag is the scope (see operate/secrets.ts): create sets it, list filters by it, and
// update/inspect/delete refuse a secret without it. delete keeps Secrets Manager's recovery window (30 days)
// unless `delete-immediately`.

import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ModeContext } from './index.js';
import { AwsClients, errorCode, errorMessage } from '../aws/clients.js';
import { verifyCredentials } from '../aws/credentials.js';
import { TAG_PROJECT } from '../aws/stacks.js';
import { PROJECT_TAG } from '../convert/naming.js';
import { UserError } from '../errors.js';
import { projectScope } from '../operate/target.js';
import { deleteSecret, listProjectSecrets, requireProjectSecret } from '../operate/secrets.js';
import { markdownTable, textTable, type Table } from '../operate/table.js';
import { workingDirectory } from './project.js';

const ACTIONS = ['create', 'update', 'list', 'inspect', 'delete'] as const;
type SecretAction = (typeof ACTIONS)[number];
/** docker secret's own verbs. */
const ALIASES: Record<string, SecretAction> = { ls: 'list', rm: 'delete' };

/** Secrets Manager's limit on a secret value. */
const MAX_SECRET_BYTES = 65_536;
/** Secrets Manager names: 1–512 of letters, digits and /_+=.@- (or an ARN). */
const SECRET_NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;

interface SecretValue {
  SecretString?: string;
  SecretBinary?: Uint8Array;
}

export async function runSecret(context: ModeContext): Promise<void> {
  const { host, inputs } = context;
  const action = ALIASES[inputs.string('secret-action')] ?? inputs.oneOf('secret-action', ACTIONS);
  // Mask first: whatever fails later, the value is already hidden from every log line.
  const value = action === 'create' || action === 'update' ? readSecretValue(context) : undefined;
  const name = inputs.string('secret-name');
  if (action !== 'list') {
    if (name === '') throw new UserError(`secret-action "${action}" needs "secret-name" (CLI: compose-ecs secret ${action} NAME).`);
    if (!name.startsWith('arn:') && !SECRET_NAME.test(name)) throw new UserError(`"${name}" is not a valid Secrets Manager name: use 1–512 letters, digits and / _ + = . @ -.`);
  }
  const project = projectScope(context);
  const clients = AwsClients.forHost(host, inputs);
  try {
    await verifyCredentials(clients);
    switch (action) {
      case 'create':
        return await createSecret(context, clients, project, name, value as SecretValue);
      case 'update':
        return await updateSecret(context, clients, project, name, value as SecretValue);
      case 'list':
        return await listSecrets(context, clients, project);
      case 'inspect':
        return await inspectSecret(context, clients, project, name);
      case 'delete':
        return await removeSecret(context, clients, project, name);
    }
  } finally {
    await clients.destroy();
  }
}

/** The value from exactly one of secret-file / secret-value, masked at once. Text when it is UTF-8, else binary. */
function readSecretValue(context: ModeContext): SecretValue {
  const { host, inputs } = context;
  const inline = inputs.string('secret-value');
  const file = inputs.string('secret-file');
  if (inline !== '') host.setSecret(inline);
  if (inline !== '' && file !== '') throw new UserError('Give the value once: "secret-file" or "secret-value", not both.');
  if (inline === '' && file === '') throw new UserError('Give the value with "secret-file" (preferred: it never appears in the workflow file) or "secret-value".');
  if (inline !== '') {
    if (Buffer.byteLength(inline) > MAX_SECRET_BYTES) throw new UserError(`The secret value is larger than Secrets Manager's ${MAX_SECRET_BYTES} bytes.`);
    return { SecretString: inline };
  }
  const path = resolve(workingDirectory(context), file);
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_SECRET_BYTES) throw new UserError(`${path} is larger than Secrets Manager's ${MAX_SECRET_BYTES} bytes per secret.`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`Cannot read "secret-file" ${path}: ${(error as Error).message}.`);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const isText = Buffer.from(text, 'utf8').equals(bytes);
  if (isText) {
    host.setSecret(text);
    // A trailing newline is how editors save files; the masked form must match what a task will print.
    if (text.endsWith('\n')) host.setSecret(text.replace(/\r?\n$/, ''));
    for (const line of text.split(/\r?\n/)) if (line.trim().length >= 6) host.setSecret(line);
    return { SecretString: text };
  }
  return { SecretBinary: new Uint8Array(bytes) };
}

async function createSecret(context: ModeContext, clients: AwsClients, project: string, name: string, value: SecretValue): Promise<void> {
  const { host } = context;
  const { sdk, client } = await clients.secretsManager();
  try {
    const result = await client.send(
      new sdk.CreateSecretCommand({
        Name: name,
        ...value,
        Description: `Compose project ${project} (compose-ecs-action)`,
        Tags: [
          { Key: PROJECT_TAG, Value: project },
          { Key: TAG_PROJECT, Value: project },
        ],
      }),
    );
    host.info(`Created secret ${result.Name} (${result.ARN}) for project ${project}. Reference it in the Compose file with secrets: {${name}: {name: ${result.ARN}, external: true}}.`);
    await host.appendSummary(`## 🔐 compose-ecs secret create\n\n${markdownTable({ headers: ['Name', 'ARN', 'Project'], rows: [[result.Name ?? name, result.ARN ?? '', project]] })}\n`);
  } catch (error) {
    if (errorCode(error) === 'ResourceExistsException') throw new UserError(`Secret "${name}" already exists: use secret-action "update" to change its value.`, { cause: error });
    if (errorCode(error) === 'InvalidRequestException' && /scheduled for deletion/i.test(errorMessage(error))) {
      throw new UserError(`Secret "${name}" is scheduled for deletion: restore it (aws secretsmanager restore-secret --secret-id ${name}) and update it, or wait until it is purged.`, { cause: error });
    }
    throw error;
  }
}

async function updateSecret(context: ModeContext, clients: AwsClients, project: string, name: string, value: SecretValue): Promise<void> {
  const { host } = context;
  const secret = await requireProjectSecret(clients, name, project, 'update');
  if (secret.DeletedDate) throw new UserError(`Secret "${secret.Name}" is scheduled for deletion: restore it first (aws secretsmanager restore-secret --secret-id ${secret.Name}).`);
  const { sdk, client } = await clients.secretsManager();
  const result = await client.send(new sdk.PutSecretValueCommand({ SecretId: secret.ARN, ...value }));
  host.info(`Updated secret ${result.Name} (new version ${result.VersionId}). Running tasks keep the old value until they restart (deploy with force-new-deployment: true).`);
}

async function listSecrets(context: ModeContext, clients: AwsClients, project: string): Promise<void> {
  const { host } = context;
  const secrets = await listProjectSecrets(clients, project);
  const rows = secrets.map((s) => ({ name: s.Name ?? '', arn: s.ARN ?? '', description: s.Description ?? '', lastChanged: s.LastChangedDate?.toISOString() ?? '' }));
  const table: Table = { headers: ['NAME', 'ARN', 'DESCRIPTION', 'LAST CHANGED'], rows: rows.map((r) => [r.name, r.arn, r.description, r.lastChanged]) };
  host.writeStdout(`${JSON.stringify(rows, null, 2)}\n`);
  host.info(rows.length === 0 ? `No secrets tagged for project ${project}.` : textTable(table));
  await host.appendSummary(`## 🔐 compose-ecs secret list: project \`${project}\`\n\n${rows.length === 0 ? '_No secrets._' : markdownTable(table)}\n`);
}

async function inspectSecret(context: ModeContext, clients: AwsClients, project: string, name: string): Promise<void> {
  const { host } = context;
  const secret = await requireProjectSecret(clients, name, project, 'inspect');
  // Metadata only: DescribeSecret never returns the value, and nothing here calls GetSecretValue.
  const metadata = {
    name: secret.Name,
    arn: secret.ARN,
    description: secret.Description,
    kmsKeyId: secret.KmsKeyId,
    tags: Object.fromEntries((secret.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
    createdDate: secret.CreatedDate?.toISOString(),
    lastChangedDate: secret.LastChangedDate?.toISOString(),
    lastAccessedDate: secret.LastAccessedDate?.toISOString(),
    deletedDate: secret.DeletedDate?.toISOString(),
    rotationEnabled: secret.RotationEnabled ?? false,
    versions: Object.entries(secret.VersionIdsToStages ?? {}).map(([id, stages]) => ({ id, stages })),
  };
  host.writeStdout(`${JSON.stringify(metadata, null, 2)}\n`);
}

async function removeSecret(context: ModeContext, clients: AwsClients, project: string, name: string): Promise<void> {
  const { host, inputs } = context;
  const immediately = inputs.boolean('delete-immediately');
  const secret = await requireProjectSecret(clients, name, project, 'delete');
  const deletion = await deleteSecret(clients, secret.ARN ?? name, immediately);
  if (immediately) host.info(`Deleted secret ${deletion.name} without a recovery window: it cannot be restored.`);
  else {
    host.info(
      `Scheduled secret ${deletion.name} for deletion on ${deletion.deletionDate?.toISOString() ?? 'the end of the recovery window'}; until then, restore it with: aws secretsmanager restore-secret --secret-id ${deletion.name}`,
    );
  }
}
