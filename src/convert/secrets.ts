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
// `x-aws-keys: "*"` (every key, as Docker) cannot work that way: the keys are not known before the task runs and ECS
// extracts only named ones. So ECS injects the whole secret (`ValueFrom: <arn>`) as one variable and the script splits
// it with SPLIT_JSON_AWK (below; POSIX awk run under LC_ALL=C, so busybox awk, mawk and gawk behave alike) into
// /run/secrets/<target>/<key>, then applies the mode and owner to every file of that directory. It takes a flat JSON
// object: string values are decoded (all JSON escapes, `\uXXXX` and surrogate pairs written as UTF-8), numbers, true,
// false and null are written as their text; a repeated key keeps its last value (as JSON.parse and Go). A nested
// object or array, `\u0000`, malformed JSON, or a key that is no safe file name (empty, with "/" or a control
// character, starting with ".") makes awk print why on stderr (the init container's log) and exit non-zero: `set -eu`
// then fails the init container, the main container (which waits for its SUCCESS) never starts, and the task stops.
// "*" stands alone: listed next to other keys it is refused. Its directory is the secret's alone: another secret of
// the service written into it (or onto it) is refused.
//
// IMAGE: Docker pulled `docker/ecs-secrets-sidecar:1.0` from Docker Hub (rate limits, VPCs without a route to it,
// #911). Here the job is a `sh` script (printf, mkdir, chmod, chown; awk for x-aws-keys: "*") run by
// `public.ecr.aws/docker/library/busybox` (Docker's official image mirrored on ECR Public, reached through the same
// network path as the rest of AWS). The project extension `x-aws-secrets_image` names another image (a mirror): it
// needs `sh`, `printf`, `mkdir`, `chmod` and `chown`, and a POSIX `awk` when a secret uses x-aws-keys: "*".

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

/** `x-aws-keys: "*"`: every key of the secret's JSON object becomes a file. */
const ALL_KEYS = '*';

/**
 * The awk program behind `x-aws-keys: "*"`: splits the flat JSON object in the environment variable named by `name`
 * into the files `dir "/" key` (see the header). POSIX awk only (no gawk extensions), run under LC_ALL=C so that
 * `%c` writes one byte; it prints its errors on stdout, which the script sends to stderr. No single quote inside (it is
 * single-quoted in the script), and it never prints a value.
 */
export const SPLIT_JSON_AWK = String.raw`
function fail(why) {
  print "x-aws-keys \"*\" for " dir ": " why
  exit 1
}
function space() {
  while (pos <= n && index(" \t\n\r", substr(s, pos, 1)) > 0) pos++
}
function hex4(   i, c, v) {
  v = 0
  for (i = 0; i < 4; i++) {
    c = substr(s, pos + i, 1)
    if (c == "" || !(c in hex)) fail("a \\u escape needs four hexadecimal digits")
    v = v * 16 + hex[c]
  }
  pos += 4
  return v
}
function utf8(c) {
  if (c < 128) return chr[c]
  if (c < 2048) return chr[192 + int(c / 64)] chr[128 + c % 64]
  if (c < 65536) return chr[224 + int(c / 4096)] chr[128 + int(c / 64) % 64] chr[128 + c % 64]
  return chr[240 + int(c / 262144)] chr[128 + int(c / 4096) % 64] chr[128 + int(c / 64) % 64] chr[128 + c % 64]
}
function string(   out, start, c, e, lo) {
  out = ""
  start = ++pos
  while (1) {
    if (pos > n) fail("a string is not closed")
    c = substr(s, pos, 1)
    if (c == "\"") {
      pos++
      return out substr(s, start, pos - 1 - start)
    }
    if (c == "\\") {
      out = out substr(s, start, pos - start)
      e = substr(s, pos + 1, 1)
      pos += 2
      if (e in escaped) out = out escaped[e]
      else if (e == "u") {
        c = hex4()
        if (c >= 55296 && c < 56320) {
          if (substr(s, pos, 2) != "\\u") fail("a \\u escape of a high surrogate is not followed by a low surrogate")
          pos += 2
          lo = hex4()
          if (lo < 56320 || lo >= 57344) fail("a \\u escape of a high surrogate is not followed by a low surrogate")
          c = 65536 + (c - 55296) * 1024 + (lo - 56320)
        } else if (c >= 56320 && c < 57344) fail("a \\u escape of a low surrogate has no high surrogate before it")
        else if (c == 0) fail("\\u0000 cannot be written to a file by awk")
        out = out utf8(c)
      } else fail("a string has an unknown escape")
      start = pos
    } else if (code[c] < 32) fail("a string holds a control character: escape it (\\n, \\t, \\u001f)")
    else pos++
  }
}
function value(   c) {
  c = substr(s, pos, 1)
  if (c == "\"") return string()
  if (c == "{" || c == "[") fail("the value of \"" key "\" is an object or an array: only strings, numbers, true, false and null are written to files")
  if (!match(substr(s, pos), /^(true|false|null|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?)/)) fail("the value of \"" key "\" is not JSON")
  pos += RLENGTH
  return substr(s, pos - RLENGTH, RLENGTH)
}
function check(   i, c) {
  if (key == "") fail("a key is empty: keys name files")
  for (i = 1; i <= length(key); i++) {
    c = code[substr(key, i, 1)]
    if (c < 32 || c == 127) fail("a key holds a control character: keys name files")
  }
  if (substr(key, 1, 1) == ".") fail("key \"" key "\" starts with a dot: keys name files")
  if (index(key, "/") > 0) fail("key \"" key "\" holds a slash: keys name files")
}
BEGIN {
  for (i = 1; i < 256; i++) {
    chr[i] = sprintf("%c", i)
    code[chr[i]] = i
  }
  for (i = 0; i < 16; i++) {
    hex[substr("0123456789abcdef", i + 1, 1)] = i
    hex[substr("0123456789ABCDEF", i + 1, 1)] = i
  }
  escaped["\""] = "\""
  escaped["\\"] = "\\"
  escaped["/"] = "/"
  escaped["b"] = chr[8]
  escaped["f"] = chr[12]
  escaped["n"] = chr[10]
  escaped["r"] = chr[13]
  escaped["t"] = chr[9]
  s = ENVIRON[name]
  n = length(s)
  pos = 1
  space()
  if (substr(s, pos, 1) != "{") fail("the secret is not a JSON object")
  pos++
  space()
  count = 0
  if (substr(s, pos, 1) == "}") pos++
  else while (1) {
    if (substr(s, pos, 1) != "\"") fail("a key in double quotes was expected")
    key = string()
    check()
    space()
    if (substr(s, pos, 1) != ":") fail("a colon was expected after key \"" key "\"")
    pos++
    space()
    v = value()
    if (!(key in values)) keys[++count] = key
    values[key] = v
    space()
    c = substr(s, pos, 1)
    pos++
    if (c == "}") break
    if (c != ",") fail("a comma or a closing brace was expected after the value of \"" key "\"")
    space()
  }
  space()
  if (pos <= n) fail("there is text after the JSON object")
  for (i = 1; i <= count; i++) {
    file = dir "/" keys[i]
    printf "%s", values[keys[i]] > file
    close(file)
  }
}
`.trim();

function jsonKeys(ctx: ConversionContext, secret: Secret): string[] | typeof ALL_KEYS | undefined {
  const at = `secrets.${secret.key}.x-aws-keys`;
  const keys = new ExtensionReader(ctx, secret.extensions, `secrets.${secret.key}`).stringList('x-aws-keys');
  if (keys === undefined) return undefined;
  if (keys.includes(ALL_KEYS)) {
    if (keys.some((key) => key !== ALL_KEYS)) {
      throw ctx.error('x-aws-keys: "*" stands alone (it exposes every key): write x-aws-keys: "*", or list the keys without "*".', at);
    }
    return ALL_KEYS;
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
    /** Directories filled by x-aws-keys: "*", whose files are not known here: no other secret may write there. */
    const directories: string[] = [];
    const overlaps = (a: string, b: string): boolean => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
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
      if (keys === ALL_KEYS) {
        if ([...files, ...directories].some((path) => overlaps(path, target))) {
          throw ctx.error(
            `secret "${secret.key}" with x-aws-keys: "*" fills ${SECRETS_DIRECTORY}/${target}/, where another secret of service ${service.name} is written: give one of them another target.`,
            at,
          );
        }
        directories.push(target);
        const variable = `SECRET_${variables.length}`;
        variables.push({ Name: variable, ValueFrom: valueFrom(source) });
        // Defined once, before the first use; the program itself holds no single quote.
        if (directories.length === 1) script.splice(1, 0, `split_json=${quote(SPLIT_JSON_AWK)}`);
        const directory = quote(`${SECRETS_DIRECTORY}/${target}`);
        // A plain command, not a pipeline: set -e sees awk's status. The glob skips nothing awk wrote (keys never
        // start with "."), and the -e test skips the unmatched pattern of an empty object.
        script.push(
          `mkdir -p ${directory}`,
          `LC_ALL=C awk -v dir=${directory} -v name=${variable} "$split_json" >&2`,
          `for file in ${directory}/*; do if [ -e "$file" ]; then chmod ${mode} "$file"${owner === undefined ? '' : `; chown ${owner} "$file"`}; fi; done`,
        );
        return;
      }
      const writes: Array<{ path: string; jsonKey?: string }> =
        keys === undefined ? [{ path: target }] : keys.map((jsonKey) => ({ path: `${target}/${jsonKey}`, jsonKey }));
      if (keys !== undefined) script.push(`mkdir -p ${quote(`${SECRETS_DIRECTORY}/${target}`)}`);
      else if (target.includes('/')) script.push(`mkdir -p ${quote(`${SECRETS_DIRECTORY}/${target.slice(0, target.lastIndexOf('/'))}`)}`);
      for (const write of writes) {
        if (files.has(write.path) || directories.some((directory) => overlaps(directory, write.path))) {
          throw ctx.error(`two secrets of service ${service.name} are written to ${SECRETS_DIRECTORY}/${write.path}.`, at);
        }
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
