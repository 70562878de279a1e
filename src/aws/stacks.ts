// Stacks: what state a stack is in, what that allows, the tags the action puts on every stack it touches, and
// the parsing of the `tags` and `parameters` inputs.

import { parse as parseYaml } from 'yaml';
import type { Stack } from '@aws-sdk/client-cloudformation';
import { UserError } from '../errors.js';
import type { AwsClients } from './clients.js';
import { errorCode, errorMessage } from './clients.js';

export const TAG_PREFIX = 'compose-ecs-action:';
export const TAG_PROJECT = `${TAG_PREFIX}project`;
export const TAG_REPOSITORY = `${TAG_PREFIX}repository`;
export const TAG_PR = `${TAG_PREFIX}pr`;
export const TAG_CREATED_AT = `${TAG_PREFIX}created-at`;
/** Docker tagged its stacks so; kept so `docker compose ls`-style tooling still recognises them. */
export const DOCKER_PROJECT_TAG = 'com.docker.compose.project';

/** The stack by name, or undefined when there is none (DELETE_COMPLETE stacks are not returned by name). */
export async function describeStack(clients: AwsClients, stackName: string): Promise<Stack | undefined> {
  const { sdk, client } = await clients.cloudFormation();
  try {
    const result = await client.send(new sdk.DescribeStacksCommand({ StackName: stackName }));
    return result.Stacks?.find((s) => s.StackStatus !== 'DELETE_COMPLETE');
  } catch (error) {
    // Docker treated any error as "does not exist"; only this one means it.
    if (errorCode(error) === 'ValidationError' && /does not exist/i.test(errorMessage(error))) return undefined;
    throw error;
  }
}

export const isInProgress = (status: string | undefined): boolean => status !== undefined && status.endsWith('_IN_PROGRESS') && status !== 'REVIEW_IN_PROGRESS';

/** Final states of a stack operation that mean it did what was asked. */
export const SUCCESS_STATES = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'DELETE_COMPLETE', 'IMPORT_COMPLETE']);
/** Final states that mean it failed (rolled back or stuck). */
export const FAILURE_STATES = new Set([
  'CREATE_FAILED',
  'ROLLBACK_COMPLETE',
  'ROLLBACK_FAILED',
  'UPDATE_FAILED',
  'UPDATE_ROLLBACK_COMPLETE',
  'UPDATE_ROLLBACK_FAILED',
  'DELETE_FAILED',
  'IMPORT_ROLLBACK_COMPLETE',
  'IMPORT_ROLLBACK_FAILED',
]);
export const isFinal = (status: string | undefined): boolean => status !== undefined && (SUCCESS_STATES.has(status) || FAILURE_STATES.has(status));

/** `KEY: value` map from YAML/JSON (a map or a [{Key, Value}] list). */
export function parseTags(text: string): Record<string, string> {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new UserError(`Input "tags" is not valid YAML/JSON: ${errorMessage(error)}. Give a map, e.g. "team: web".`);
  }
  const tags: Record<string, string> = {};
  if (Array.isArray(value)) {
    for (const item of value) {
      const entry = item as { Key?: unknown; Value?: unknown };
      if (typeof entry?.Key !== 'string') throw new UserError('Input "tags": a list must hold {Key, Value} items; a map ("team: web") is simpler.');
      tags[entry.Key] = String(entry.Value ?? '');
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) tags[k] = v === null || v === undefined ? '' : String(v);
  } else {
    throw new UserError('Input "tags" must be a map of tag names to values, e.g. "team: web".');
  }
  for (const [k, v] of Object.entries(tags)) {
    if (k.startsWith('aws:')) throw new UserError(`Input "tags": "${k}" uses the reserved aws: prefix.`);
    if (k.length > 128 || v.length > 256) throw new UserError(`Input "tags": "${k}" is too long (keys ≤ 128, values ≤ 256 characters).`);
  }
  return tags;
}

/** Stack parameters from a YAML/JSON map, a [{ParameterKey, ParameterValue}] list, or KEY=VALUE lines. */
export function parseParameters(text: string): Record<string, string> {
  if (text.trim() === '') return {};
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  if (lines.every((l) => /^[A-Za-z0-9]+=/.test(l))) {
    return Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  }
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new UserError(`Input "parameters" is neither KEY=VALUE lines nor a YAML/JSON map: ${errorMessage(error)}.`);
  }
  const result: Record<string, string> = {};
  if (Array.isArray(value)) {
    for (const item of value) {
      const entry = item as { ParameterKey?: unknown; ParameterValue?: unknown };
      if (typeof entry?.ParameterKey !== 'string') throw new UserError('Input "parameters": a list must hold {ParameterKey, ParameterValue} items.');
      result[entry.ParameterKey] = String(entry.ParameterValue ?? '');
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) result[k] = Array.isArray(v) ? v.join(',') : String(v ?? '');
  } else {
    throw new UserError('Input "parameters" must be KEY=VALUE lines or a map, e.g. "DesiredCount: 2".');
  }
  return result;
}

export interface TagContext {
  project: string;
  repository?: string;
  pr?: string;
  existing?: Stack;
  userTags: Record<string, string>;
  now?: Date;
}

/** The action's tags (created-at kept from the existing stack), Docker's project tag, then the user's. At most 50. */
export function stackTags(context: TagContext): { Key: string; Value: string }[] {
  const previous = new Map((context.existing?.Tags ?? []).map((t) => [t.Key, t.Value]));
  const tags: Record<string, string> = {
    [DOCKER_PROJECT_TAG]: context.project,
    [TAG_PROJECT]: context.project,
    [TAG_CREATED_AT]: previous.get(TAG_CREATED_AT) ?? (context.now ?? new Date()).toISOString(),
  };
  if (context.repository) tags[TAG_REPOSITORY] = context.repository;
  if (context.pr) tags[TAG_PR] = context.pr;
  for (const [k, v] of Object.entries(context.userTags)) {
    if (k.startsWith(TAG_PREFIX)) throw new UserError(`Input "tags": "${k}" uses the ${TAG_PREFIX} prefix the action reserves for its own tags.`);
    tags[k] = v;
  }
  const list = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
  if (list.length > 50) throw new UserError(`A stack takes at most 50 tags; with the action's own there would be ${list.length}. Remove some from the "tags" input.`);
  return list;
}

/** The pull request a run belongs to: the pr-number input, else refs/pull/<n>/… of a pull_request event. */
export function pullRequestNumber(prInput: string, env: Record<string, string | undefined>): string | undefined {
  if (/^\d+$/.test(prInput)) return prInput;
  const match = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
  return match?.[1];
}
