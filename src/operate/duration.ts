// Durations and points in time as people type them in a workflow file: `30m`, `12h`, `7d`, `1h30m`, `2w`
// (older-than, since), or a timestamp (since). Every parse error names the input and shows a valid value.

import { UserError } from '../errors.js';

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** `1h30m` → 5 400 000. Undefined when the text is not a duration (so callers can try a timestamp next). */
export function parseDurationMs(text: string): number | undefined {
  const compact = text.trim().toLowerCase().replace(/\s+/g, '');
  if (!/^(\d+(\.\d+)?(ms|s|m|h|d|w))+$/.test(compact)) return undefined;
  let total = 0;
  for (const match of compact.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g)) total += Number(match[1]) * UNIT_MS[match[2]];
  return total;
}

/** A duration input, positive. */
export function durationInput(name: string, text: string): number {
  const ms = parseDurationMs(text);
  if (ms === undefined || ms <= 0) {
    throw new UserError(`Input "${name}" must be a duration such as 30m, 12h, 7d or 1h30m (units: s, m, h, d, w); got "${text}".`);
  }
  return ms;
}

/**
 * A point in time: a duration before `now` (`10m`), an ISO 8601 timestamp (`2024-05-01T12:00:00Z`, a date alone
 * is midnight UTC) or epoch milliseconds/seconds. Returns epoch milliseconds.
 */
export function pointInTimeInput(name: string, text: string, now: number): number {
  const duration = parseDurationMs(text);
  if (duration !== undefined) return now - duration;
  const trimmed = text.trim();
  if (/^\d{12,13}$/.test(trimmed)) return Number(trimmed);
  if (/^\d{9,10}$/.test(trimmed)) return Number(trimmed) * 1000;
  // Date.parse accepts many loose forms; only ISO-like text is taken so "yesterday" is an error, not NaN later.
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)) {
    const parsed = Date.parse(trimmed.replace(' ', 'T'));
    if (Number.isFinite(parsed)) return parsed;
  }
  throw new UserError(`Input "${name}" must be a duration before now (10m, 2h, 1d) or a timestamp (2024-05-01T12:00:00Z); got "${text}".`);
}

// Formatting a duration for a message is the waiter's (aws/wait.ts), shared by every mode.
export { formatDuration } from '../aws/wait.js';
