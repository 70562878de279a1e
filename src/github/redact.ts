// Redaction of what a comment or a job summary shows: secret-bearing template properties and sensitive-looking
// environment values become `***`. Pull-request comments on public repositories are world-readable and job
// summaries are visible to anyone who can read the run, while the template carries the Compose `environment:`
// verbatim. This is a display filter only: the template deployed and the template-sha256 output are untouched.
//
// Conservative by design: when a value's variable name cannot be determined, the value is hidden.

import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { ChangeDetail, TemplateInfo } from './report.js';

export const REDACTED = '***';

export interface RedactionOptions {
  /** Hide every environment value, not only those with sensitive-looking names (the `redact-environment` input). */
  redactAllEnvironment: boolean;
}

/**
 * CloudFormation properties that hold a secret value: SecretsManager SecretString/SecretBinary, RDS/DocDB
 * MasterUserPassword, ElastiCache AuthToken, Amplify AccessToken/OAuthToken, VPN PreSharedKey, … Matched on the
 * end of the name; `Generate…` properties (SecretsManager's GenerateSecretString) describe how to make one.
 */
const SENSITIVE_PROPERTY_SUFFIX =
  /(password|passphrase|secretstring|secretbinary|secretaccesskey|secretkey|privatekey|authtoken|accesstoken|oauthtoken|clienttoken|clientsecret|presharedkey|sharedsecret|apikey)$/i;

/** Environment variable names that usually hold a secret. Over-matching (MONKEY, AUTHOR) only hides a value. */
const SENSITIVE_ENVIRONMENT_NAME =
  /PASS|PWD|SECRET|TOKEN|KEY|CREDENTIAL|PRIVATE|AUTH|CERT|SALT|SIGNATURE|COOKIE|SESSION|DSN|CONN(ECTION)?_?STR/i;

/** `scheme://user:password@host`: the password part of a URL, whatever the variable is called. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/[^\s/:@'"]+:)([^\s/@'"]+)(@)/gi;

export function isSensitivePropertyName(name: string): boolean {
  return SENSITIVE_PROPERTY_SUFFIX.test(name) && !/^generate/i.test(name);
}

export function isSensitiveEnvironmentName(name: string): boolean {
  return SENSITIVE_ENVIRONMENT_NAME.test(name);
}

/** Replaces the password in `scheme://user:password@host` URLs with `***`. */
export function redactUrlCredentials(text: string): string {
  return text.replace(URL_CREDENTIALS, `$1${REDACTED}$3`);
}

/**
 * A deep copy of a template (or any part of one) with secrets replaced by `***`. `parentKey` is the key the
 * value sits under, so a bare `Environment` list or entry can be redacted too.
 */
export function redactTemplateValue(value: unknown, options: RedactionOptions, parentKey?: string): unknown {
  if (typeof value === 'string') return redactUrlCredentials(value);
  if (Array.isArray(value)) {
    if (parentKey === 'Environment') return value.map((entry) => redactEnvironmentEntry(entry, options));
    return value.map((item) => redactTemplateValue(item, options));
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (parentKey === 'Environment' && isEnvironmentEntry(record)) return redactEnvironmentEntry(record, options);
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(record)) {
      if (isSensitivePropertyName(key) && (typeof item === 'string' || isObjectLike(item))) copy[key] = REDACTED;
      else if (key === 'Variables' && parentKey === 'Environment' && isObjectLike(item) && !Array.isArray(item)) {
        // Lambda-style `Environment: { Variables: { NAME: value } }`.
        copy[key] = Object.fromEntries(
          Object.entries(item as Record<string, unknown>).map(([name, variable]) => [
            name,
            options.redactAllEnvironment || isSensitiveEnvironmentName(name) ? REDACTED : redactTemplateValue(variable, options),
          ]),
        );
      } else copy[key] = redactTemplateValue(item, options, key);
    }
    return copy;
  }
  return value;
}

function isObjectLike(value: unknown): boolean {
  return value !== null && typeof value === 'object';
}

function isEnvironmentEntry(value: Record<string, unknown>): boolean {
  return 'Name' in value || 'Value' in value;
}

/** An ECS `{Name, Value}` entry: the value is hidden when the name is sensitive, computed (an intrinsic) or absent. */
function redactEnvironmentEntry(entry: unknown, options: RedactionOptions): unknown {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return options.redactAllEnvironment ? REDACTED : redactTemplateValue(entry, options);
  const record = entry as Record<string, unknown>;
  if (!('Value' in record)) return redactTemplateValue(record, options);
  const name = record.Name;
  const hide = options.redactAllEnvironment || typeof name !== 'string' || isSensitiveEnvironmentName(name);
  return { ...record, Value: hide ? REDACTED : redactTemplateValue(record.Value, options) };
}

/** The template as data, or undefined when its text cannot be parsed (then it must not be shown at all). */
export function parseTemplateBody(template: TemplateInfo): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = template.format === 'json' ? JSON.parse(template.body) : parseYaml(template.body, { logLevel: 'silent' });
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The template text to show: the original text when nothing needed hiding (byte-for-byte what was reviewed),
 * else the redacted document serialized in the same format. Undefined when the text cannot be parsed, so
 * cannot be checked.
 */
export function redactTemplateBody(template: TemplateInfo, options: RedactionOptions): { body: string; redacted: boolean } | undefined {
  const document = parseTemplateBody(template);
  if (!document) return undefined;
  const redacted = redactTemplateValue(document, options);
  if (JSON.stringify(redacted) === JSON.stringify(document)) return { body: template.body, redacted: false };
  const body = template.format === 'json' ? `${JSON.stringify(redacted, null, 2)}\n` : stringifyYaml(redacted, { lineWidth: 0 });
  return { body, redacted: true };
}

/** What a change detail's redaction may look at: the resource in the new template, and the other details of the same resource. */
export interface ChangeDetailContext {
  /** The resource's definition in the new template (`Resources[logicalId]`), when known. */
  resource?: unknown;
  /** All details of the same resource change (to find a changed `Environment/N/Name` next to its `Value`). */
  siblings: readonly ChangeDetail[];
}

/** JSON pointer (`/Properties/ContainerDefinitions/0/Environment/3/Value`) → segments. */
function pointerSegments(path: string): string[] {
  return path
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function lookup(root: unknown, segments: readonly string[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** A detail's before/after with secrets hidden, following the same rules as the template. */
export function redactChangeDetail(detail: ChangeDetail, context: ChangeDetailContext, options: RedactionOptions): ChangeDetail {
  if (detail.before === undefined && detail.after === undefined) return detail;
  const segments = detail.path ? pointerSegments(detail.path) : [detail.attribute, ...(detail.name ? [detail.name] : [])];
  const hideAll = (): ChangeDetail => ({
    ...detail,
    ...(detail.before !== undefined ? { before: REDACTED } : {}),
    ...(detail.after !== undefined ? { after: REDACTED } : {}),
  });

  if (segments.some(isSensitivePropertyName)) return hideAll();

  const environmentIndex = segments.lastIndexOf('Environment');
  if (environmentIndex >= 0) {
    const rest = segments.slice(environmentIndex + 1);
    // `…/Environment/3/Value`: the name sits next to the value; look it up where it can be known.
    if (rest.length === 2 && rest[1] === 'Value') {
      if (options.redactAllEnvironment) return hideAll();
      const entryPath = segments.slice(0, -1);
      const names = new Set<unknown>();
      names.add(lookup(context.resource, [...entryPath, 'Name']));
      const namePath = detail.path ? `${detail.path.slice(0, -'/Value'.length)}/Name` : undefined;
      for (const sibling of context.siblings) {
        if (namePath && sibling.path === namePath) {
          names.add(sibling.before);
          names.add(sibling.after);
        }
      }
      names.delete(undefined);
      const known = [...names];
      if (known.length === 0 || known.some((name) => typeof name !== 'string' || isSensitiveEnvironmentName(name))) return hideAll();
      return mapValues(detail, (value) => redactUrlCredentials(value));
    }
    // `…/Environment/Variables/NAME` (Lambda style).
    if (rest.length === 2 && rest[0] === 'Variables') {
      if (options.redactAllEnvironment || isSensitiveEnvironmentName(rest[1])) return hideAll();
      return mapValues(detail, (value) => redactUrlCredentials(value));
    }
    if (rest.length === 1 && rest[0] !== 'Variables' && options.redactAllEnvironment) return hideAll();
  }

  const parentKey = segments.at(-1) === undefined || /^\d+$/.test(segments.at(-1)!) ? segments.at(-2) : segments.at(-1);
  return mapValues(detail, (value) => redactDetailValue(value, parentKey, options));
}

function mapValues(detail: ChangeDetail, transform: (value: string) => string): ChangeDetail {
  return {
    ...detail,
    ...(detail.before !== undefined ? { before: transform(detail.before) } : {}),
    ...(detail.after !== undefined ? { after: transform(detail.after) } : {}),
  };
}

/** A before/after value: JSON objects and lists are redacted structurally; scalars only lose URL passwords. */
function redactDetailValue(value: string, parentKey: string | undefined, options: RedactionOptions): string {
  const trimmed = value.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      const redacted = redactTemplateValue(parsed, options, parentKey);
      return JSON.stringify(redacted) === JSON.stringify(parsed) ? value : JSON.stringify(redacted);
    } catch {
      // Not JSON after all: fall through to the scalar rule, and hide it when it sits under Environment.
      if (parentKey === 'Environment') return REDACTED;
    }
  }
  return redactUrlCredentials(value);
}
