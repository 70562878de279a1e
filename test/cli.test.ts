// The CLI's flag parser: every input is a flag of the same name, plus docker compose's aliases.
import { describe, expect, it } from '@jest/globals';
import { parseArgs } from '../src/cli-main.js';
import { UsageError } from '../src/errors.js';

describe('parseArgs', () => {
  it('takes the mode, flags before and after it, and = forms', () => {
    const { values } = parseArgs(['--region', 'eu-west-1', 'convert', '--template-format=json', '-p', 'shop']);
    expect(Object.fromEntries(values)).toEqual({ region: 'eu-west-1', mode: 'convert', 'template-format': 'json', 'project-name': 'shop' });
  });

  it('joins repeated -f, --profile and --env-file with newlines', () => {
    const { values } = parseArgs(['-f', 'a.yaml', '--file', 'b.yaml', '--profile', 'x', '--profile', 'y', '--env-file', '.env.ci']);
    expect(values.get('compose-file')).toBe('a.yaml\nb.yaml');
    expect(values.get('profiles')).toBe('x\ny');
    expect(values.get('env-file')).toBe('.env.ci');
  });

  it('reads boolean flags alone, with a value, and negated', () => {
    expect(parseArgs(['deploy', '--wait']).values.get('wait')).toBe('true');
    expect(parseArgs(['deploy', '--wait', 'false']).values.get('wait')).toBe('false');
    expect(parseArgs(['deploy', '--no-wait']).values.get('wait')).toBe('false');
    expect(parseArgs(['teardown', '--dry-run', '--force']).values.get('force')).toBe('true');
  });

  it('maps positional arguments of secret and volume', () => {
    const { values } = parseArgs(['secret', 'create', 'db-password', '--secret-file', 'pw.txt']);
    expect(values.get('secret-action')).toBe('create');
    expect(values.get('secret-name')).toBe('db-password');
    expect(parseArgs(['volume', 'remove', 'fs-123']).values.get('volume-id')).toBe('fs-123');
  });

  it('rejects unknown flags, missing values and stray arguments as usage errors', () => {
    expect(() => parseArgs(['--bogus'])).toThrow(UsageError);
    expect(() => parseArgs(['convert', '--region'])).toThrow(/needs a value/);
    expect(() => parseArgs(['convert', 'extra'])).toThrow(/Too many arguments/);
    expect(() => parseArgs(['--no-region'])).toThrow(UsageError);
  });
});
