// The sweep's criteria and logs' `since`, as pure functions: durations, points in time and stack-name globs.

import { describe, expect, it } from '@jest/globals';
import { durationInput, formatDuration, parseDurationMs, pointInTimeInput } from '../../src/operate/duration.js';
import { globToRegExp, matchesAnyGlob } from '../../src/operate/glob.js';

describe('durations', () => {
  it('reads the units people type, alone and combined', () => {
    expect(parseDurationMs('30m')).toBe(30 * 60_000);
    expect(parseDurationMs('12h')).toBe(12 * 3_600_000);
    expect(parseDurationMs('7d')).toBe(7 * 86_400_000);
    expect(parseDurationMs('2w')).toBe(14 * 86_400_000);
    expect(parseDurationMs('1h30m')).toBe(90 * 60_000);
    expect(parseDurationMs('1.5h')).toBe(90 * 60_000);
    expect(parseDurationMs('90')).toBeUndefined();
    expect(parseDurationMs('a week')).toBeUndefined();
  });

  it('names the input in its error', () => {
    expect(() => durationInput('older-than', '7 days')).toThrow('Input "older-than" must be a duration such as 30m, 12h, 7d');
    expect(() => durationInput('older-than', '0h')).toThrow('older-than');
  });

  it('takes a point in time as a duration before now, an ISO timestamp or epoch time', () => {
    const now = Date.parse('2024-05-01T12:00:00Z');
    expect(pointInTimeInput('since', '10m', now)).toBe(now - 600_000);
    expect(pointInTimeInput('since', '2024-05-01T11:00:00Z', now)).toBe(Date.parse('2024-05-01T11:00:00Z'));
    expect(pointInTimeInput('since', '2024-05-01', now)).toBe(Date.parse('2024-05-01T00:00:00Z'));
    expect(pointInTimeInput('since', '1714557600', now)).toBe(1_714_557_600_000);
    expect(() => pointInTimeInput('since', 'yesterday', now)).toThrow('Input "since"');
  });

  it('formats for messages', () => {
    expect(formatDuration(90 * 60_000)).toBe('1h30m');
    expect(formatDuration(3 * 86_400_000 + 5_000)).toBe('3d5s');
  });
});

describe('stack-name globs', () => {
  it('matches *, ? and classes over the whole name', () => {
    const pr = globToRegExp('shop-pr-*');
    expect(pr.test('shop-pr-12')).toBe(true);
    expect(pr.test('shop-production')).toBe(false);
    expect(pr.test('old-shop-pr-1')).toBe(false);
    expect(globToRegExp('shop-pr-?').test('shop-pr-7')).toBe(true);
    expect(globToRegExp('shop-pr-?').test('shop-pr-17')).toBe(false);
    expect(globToRegExp('shop-pr-[0-9]*').test('shop-pr-3x')).toBe(true);
    expect(globToRegExp('shop-pr-[!0-9]*').test('shop-pr-3x')).toBe(false);
    expect(matchesAnyGlob('b-1', [globToRegExp('a-*'), globToRegExp('b-*')])).toBe(true);
  });

  it('treats other characters literally', () => {
    expect(globToRegExp('a.b').test('axb')).toBe(false);
    expect(() => globToRegExp('shop-[pr')).toThrow('stack-pattern');
  });
});
