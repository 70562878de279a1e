// Compose secrets → AWS Secrets Manager, exposed as files under /run/secrets in the service's containers.
//
// WHERE THE VALUES LIVE
//   external: true, name: <ARN>     an existing Secrets Manager secret (or SSM parameter), referenced by that ARN.
//   file: ./x  /  environment: VAR  a secret the RUNTIME creates or updates through the Secrets Manager API before the
//                                   change set runs, named `compose-ecs/<stack>/<secret key>` (fileSecretsOf /
//                                   environmentSecretsOf below say which, and from where). The template only refers
//                                   to it, by the ARN `arn:${AWS::Partition}:secretsmanager:${AWS::Region}:
//                                   ${AWS::AccountId}:secret:compose-ecs/<stack>/<key>` (partial: Secrets Manager
//                                   appends a random `-XXXXXX`, matched in IAM by `-??????`). The converter never reads
//                                   the file or the variable: no value reaches the template, its hash, or any log.
//   Docker instead made a `<Name>Secret` (AWS::SecretsManager::Secret) resource per secret with the file content as
//   SecretString, in the template itself.
//
// MIGRATING A DOCKER-CREATED STACK: our names (`compose-ecs/<stack>/…`, no template resource) cannot collide with
// its `<Name>Secret` resources. The runtime creates ours first; the update then points the task definitions at
// them, and CloudFormation deletes the old `<Name>Secret` resources in its cleanup phase, after the new tasks run.
// Secrets Manager keeps deleted secrets for 7–30 days of recovery; nothing of ours depends on them.
// A secret key ending in "-" and six letters or digits is refused: Secrets Manager would read that tail of the
// partial ARN as its random suffix and not find the secret.
//
// THE FILES: an init container `<S>_Secrets_InitContainer` (Docker's name) gets each secret as an environment
// variable through ECS `Secrets` (ECS reads them with the execution role) and writes it to /run/secrets/<target>
// (default target: the secret key) on a task volume `secrets`, which the main container mounts read-only.
// Files are mode 0444 as Docker's (or the reference's `mode`), owned by the reference's uid/gid when given (Docker
// dropped mode/uid/gid). `x-aws-keys: [a, b]` on a secret holding a JSON document writes /run/secrets/<target>/a and
// …/b instead: ECS extracts each key itself (`ValueFrom: <arn>:<key>::`), so the init container needs no JSON parser.
// `x-aws-keys: "*"` (every key) is refused with a message saying to list the keys, since the keys are not known
// before the task runs and ECS extracts only named ones.
//
// IMAGE: Docker pulled `docker/ecs-secrets-sidecar:1.0` from Docker Hub (rate limits, VPCs without a route to it,
// #911). Here the job is a `sh` script (printf, mkdir, chmod, chown) run by
// `public.ecr.aws/docker/library/busybox` (Docker's official image mirrored on ECR Public, reached through the same
// network path as the rest of AWS). The project extension `x-aws-secrets_image` names another image (a mirror): it
// needs `sh`, `printf`, `mkdir`, `chmod` and `chown`.

import type { Project, Secret, Service, ServiceFileReference } from '../compose/model.js';
import type { CfnValue, Concern, ConversionContext, TaskContribution } from './context.js';
import { ExtensionReader } from './extensions.js';
import { initContainerName } from './naming.js';

export const DEFAULT_SECRETS_IMAGE = 'public.ecr.aws/docker/library/busybox:1.37';
export const SECRETS_IMAGE_EXTENSION = 'x-aws-secrets_image';
/** The task volume holding the files (Docker's name). */
export const SECRETS_VOLUME = 'secrets';
export const SECRETS_DIRECTORY = '/run/secrets';

/** A secret whose value the runtime uploads before deploying: its Secrets Manager name and where the value comes from. */
export interface FileSecret {
  key: string;
  name: string;
  /** Absolute path of the file holding the value. */
  file: string;
}

export interface EnvironmentSecret {
  key: string;
  name: string;
  /** Name of the environment variable holding the value. */
  environment: string;
}

/** The Secrets Manager name of an uploaded secret: deterministic from the stack and the Compose key. */
export function uploadedSecretName(stackName: string, key: string): string {
  return `compose-ecs/${stackName}/${key}`;
}

/** Keys of the secrets that enabled services use, sorted. */
function usedSecretKeys(project: Project): string[] {
  const keys = new Set<string>();
  for (const service of Object.values(project.services)) for (const reference of service.secrets) keys.add(reference.source);
  return [...keys].filter((key) => key in project.secrets).sort();
}

/** File-based secrets the enabled services use: what the deploy mode uploads before the change set (pure). */
export function fileSecretsOf(project: Project, stackName: string): FileSecret[] {
  return usedSecretKeys(project).flatMap((key) => {
    const secret = project.secrets[key]!;
    return !secret.external && secret.file !== undefined ? [{ key, name: uploadedSecretName(stackName, key), file: secret.file }] : [];
  });
}

/** Environment-based secrets the enabled services use: uploaded from the named variable likewise (pure). */
export function environmentSecretsOf(project: Project, stackName: string): EnvironmentSecret[] {
  return usedSecretKeys(project).flatMap((key) => {
    const secret = project.secrets[key]!;
    return !secret.external && secret.file === undefined && secret.environment !== undefined
      ? [{ key, name: uploadedSecretName(stackName, key), environment: secret.environment }]
      : [];
  });
}

const SECRETS_MANAGER_ARN = /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@-]+$/;
const SSM_PARAMETER_ARN = /^arn:aws[a-z-]*:ssm:[a-z0-9-]+:\d{12}:parameter\/.+$/;
/** The random suffix Secrets Manager appends to a secret's name in its ARN. */
const RANDOM_SUFFIX = /-[A-Za-z0-9]{6}$/;
/** JSON keys ECS can extract (`<arn>:<key>::`) and that make a file name. */
const JSON_KEY = /^[A-Za-z0-9_.@+=-][A-Za-z0-9_.@+= -]*$/;

/** How a secret is read: the base of its ECS ValueFrom and what the execution role may read. */
interface SecretSource {
  /** A literal ARN, or the Fn::Sub text of one. */
  arn: string;
  substituted: boolean;
  /** IAM resources: the ARN, and the ARN with a wildcard suffix where the template only knows a partial ARN. */
  resources: CfnValue[];
}

function secretSource(ctx: ConversionContext, secret: Secret): SecretSource {
  const at = `secrets.${secret.key}`;
  if (secret.external) {
    const arn = secret.name;
    if (SSM_PARAMETER_ARN.test(arn)) return { arn, substituted: false, resources: [arn] };
    if (!SECRETS_MANAGER_ARN.test(arn)) {
      throw ctx.error(
        `external secret "${secret.key}" must be named by its Secrets Manager ARN (name: arn:aws:secretsmanager:<region>:<account>:secret:…), got "${arn}".`,
        at,
      );
    }
    // A partial ARN (without the random suffix) matches the secret only with the wildcard in IAM.
    const partial = !RANDOM_SUFFIX.test(arn.slice(arn.indexOf(':secret:') + ':secret:'.length));
    return { arn, substituted: false, resources: partial ? [arn, `${arn}-??????`] : [arn] };
  }
  if (secret.file === undefined && secret.environment === undefined) {
    throw ctx.error(
      `secret "${secret.key}" has no file or environment to take its value from; to use an existing Secrets Manager secret, set external: true and name: <its ARN>.`,
      at,
    );
  }
  if (RANDOM_SUFFIX.test(secret.key)) {
    throw ctx.error(
      `secret key "${secret.key}" ends with "-" and six letters or digits, which Secrets Manager takes for the random suffix of an ARN: rename the secret (set the reference's target to keep the file name).`,
      at,
    );
  }
  const arn = `arn:\${AWS::Partition}:secretsmanager:\${AWS::Region}:\${AWS::AccountId}:secret:${uploadedSecretName(ctx.stackName, secret.key)}`;
  return { arn, substituted: true, resources: [{ 'Fn::Sub': `${arn}-??????` }] };
}

function valueFrom(source: SecretSource, jsonKey?: string): CfnValue {
  const text = jsonKey === undefined ? source.arn : `${source.arn}:${jsonKey}::`;
  return source.substituted ? { 'Fn::Sub': text } : text;
}

/** The file path of a reference, relative to /run/secrets. */
function relativeTarget(ctx: ConversionContext, reference: ServiceFileReference, at: string): string {
  const target = reference.target ?? reference.source;
  const relative = target.startsWith('/') ? (target.startsWith(`${SECRETS_DIRECTORY}/`) ? target.slice(SECRETS_DIRECTORY.length + 1) : undefined) : target;
  if (relative === undefined || relative === '') {
    throw ctx.error(`secret target "${target}" must be a file under ${SECRETS_DIRECTORY}/: ECS tasks share secrets through one volume mounted there.`, `${at}.target`);
  }
  const segments = relative.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..') || !/^[A-Za-z0-9/_.@+=-]+$/.test(relative)) {
    throw ctx.error(`secret target "${target}" must be a plain path under ${SECRETS_DIRECTORY}/ (letters, digits and _ . @ + = -).`, `${at}.target`);
  }
  return relative;
}

function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function ownership(ctx: ConversionContext, reference: ServiceFileReference, at: string): string | undefined {
  for (const [name, value] of [
    ['uid', reference.uid],
    ['gid', reference.gid],
  ] as const) {
    if (value !== undefined && !/^\d{1,10}$/.test(value)) throw ctx.error(`secret ${name} must be a numeric id, got "${value}".`, `${at}.${name}`);
  }
  if (reference.uid !== undefined) return reference.gid !== undefined ? `${reference.uid}:${reference.gid}` : reference.uid;
  return reference.gid !== undefined ? `:${reference.gid}` : undefined;
}

function jsonKeys(ctx: ConversionContext, secret: Secret): string[] | undefined {
  const at = `secrets.${secret.key}.x-aws-keys`;
  const keys = new ExtensionReader(ctx, secret.extensions, `secrets.${secret.key}`).stringList('x-aws-keys');
  if (keys === undefined) return undefined;
  if (keys.includes('*')) {
    throw ctx.error(
      'x-aws-keys: "*" is not supported: list the JSON keys to expose (x-aws-keys: [username, password]); ECS extracts each listed key itself and cannot enumerate them.',
      at,
    );
  }
  for (const key of keys) {
    if (!JSON_KEY.test(key) || key === '.' || key === '..') throw ctx.error(`x-aws-keys entry "${key}" must be a JSON key usable as a file name (no "/" or ":").`, at);
  }
  return [...new Set(keys)];
}

function secretsImage(ctx: ConversionContext): string {
  const image = new ExtensionReader(ctx, ctx.project.extensions, '').string(SECRETS_IMAGE_EXTENSION) ?? DEFAULT_SECRETS_IMAGE;
  return ctx.options.pinnedImages?.[image] ?? image;
}

export const secretsConcern: Concern = {
  name: 'secrets (Secrets Manager)',

  project(ctx: ConversionContext): void {
    // Every used secret is checked once, even if its services fail first on something else.
    for (const key of usedSecretKeys(ctx.project)) secretSource(ctx, ctx.project.secrets[key]!);
  },

  service(ctx: ConversionContext, service: Service): TaskContribution | undefined {
    if (service.secrets.length === 0) return undefined;
    const clash = service.volumes.findIndex((v) => v.type === 'volume' && v.source === SECRETS_VOLUME);
    if (clash >= 0) {
      throw ctx.error(`volume "${SECRETS_VOLUME}" has the name of the task volume that holds the service's secrets: rename the volume.`, `services.${service.name}.volumes[${clash}]`);
    }
    const variables: Array<{ Name: string; ValueFrom: CfnValue }> = [];
    const script: string[] = ['set -eu'];
    const resources: CfnValue[] = [];
    const files = new Set<string>();
    service.secrets.forEach((reference, index) => {
      const at = `services.${service.name}.secrets[${index}]`;
      const secret = ctx.project.secrets[reference.source];
      if (secret === undefined) throw ctx.error(`service ${service.name} uses secret "${reference.source}", which is not declared under the top-level secrets.`, at);
      const source = secretSource(ctx, secret);
      for (const r of source.resources) if (!resources.some((known) => JSON.stringify(known) === JSON.stringify(r))) resources.push(r);
      const target = relativeTarget(ctx, reference, at);
      const mode = (reference.mode ?? 0o444).toString(8);
      const owner = ownership(ctx, reference, at);
      const keys = jsonKeys(ctx, secret);
      const writes: Array<{ path: string; jsonKey?: string }> =
        keys === undefined ? [{ path: target }] : keys.map((jsonKey) => ({ path: `${target}/${jsonKey}`, jsonKey }));
      if (keys !== undefined) script.push(`mkdir -p ${quote(`${SECRETS_DIRECTORY}/${target}`)}`);
      else if (target.includes('/')) script.push(`mkdir -p ${quote(`${SECRETS_DIRECTORY}/${target.slice(0, target.lastIndexOf('/'))}`)}`);
      for (const write of writes) {
        if (files.has(write.path)) throw ctx.error(`two secrets of service ${service.name} are written to ${SECRETS_DIRECTORY}/${write.path}.`, at);
        files.add(write.path);
        const variable = `SECRET_${variables.length}`;
        variables.push({ Name: variable, ValueFrom: valueFrom(source, write.jsonKey) });
        const path = quote(`${SECRETS_DIRECTORY}/${write.path}`);
        script.push(`printf '%s' "$${variable}" > ${path}`, `chmod ${mode} ${path}`);
        if (owner !== undefined) script.push(`chown ${owner} ${path}`);
      }
    });
    return {
      initContainers: [
        {
          Name: initContainerName(service.name, 'Secrets'),
          Image: secretsImage(ctx),
          Essential: false,
          EntryPoint: ['sh', '-c'],
          Command: [script.join('\n')],
          MountPoints: [{ ContainerPath: SECRETS_DIRECTORY, ReadOnly: false, SourceVolume: SECRETS_VOLUME }],
          Secrets: variables,
        },
      ],
      mainContainer: { MountPoints: [{ ContainerPath: SECRETS_DIRECTORY, ReadOnly: true, SourceVolume: SECRETS_VOLUME }] },
      volumes: [{ Name: SECRETS_VOLUME }],
      executionRoleSecretResources: resources,
    };
  },
};
