import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { DotenvError, parseDotenv, parseRawEnv } from '../../src/compose/dotenv.js';
import { fixturesDir } from './helpers.js';

const dotenvDir = path.join(fixturesDir, 'dotenv/fixtures');
const hasFixtures = existsSync(dotenvDir);
const fixture = (name: string, lookup: (k: string) => string | undefined = () => undefined): Record<string, string> =>
  Object.fromEntries(parseDotenv(readFileSync(path.join(dotenvDir, name), 'utf8'), lookup));

describe('Compose dotenv syntax', () => {
  it('parses quotes, escapes, export, inline comments and multi-line values', () => {
    const text = [
      '# comment',
      'export A=1',
      'B = spaced value # comment',
      'C=VAL# not a comment',
      "D='$LITERAL \\n'",
      'E="tab\\there \\$HOME \\"q\\""',
      'F="multi',
      'line"',
      'G: yaml style',
      'H=',
      'I="${A}-${MISSING:-dflt}"',
      'J=\\x',
      'K="\\0101"',
      '',
    ].join('\n');
    expect(Object.fromEntries(parseDotenv(text))).toEqual({
      A: '1',
      B: 'spaced value',
      C: 'VAL# not a comment',
      D: '$LITERAL \\n',
      E: 'tab\there $HOME "q"',
      F: 'multi\nline',
      G: 'yaml style',
      H: '',
      I: '1-dflt',
      J: '\\x',
      K: 'A',
    });
  });

  it('looks up the project env before earlier keys, and inherits bare keys only when set', () => {
    const env: Record<string, string> = { FROM_OS: 'os', A: 'os-a' };
    expect(Object.fromEntries(parseDotenv('A=file\nB=${A}\nFROM_OS\nNOT_SET\n', (k) => env[k]))).toEqual({ A: 'file', B: 'os-a', FROM_OS: 'os' });
  });

  it('reports errors with the line number', () => {
    expect(() => parseDotenv('A=1\nB="open\n')).toThrow(/line 2: unterminated quoted value/);
    expect(() => parseDotenv('A=1\nB$=2\n')).toThrow('line 2: unexpected character "$" in variable name "B$=2"');
    expect(() => parseDotenv('A B\n')).toThrow('line 1: key cannot contain a space');
    expect(() => parseDotenv('A=${A B}\n')).toThrow(DotenvError);
  });

  it('reads the raw format literally', () => {
    expect(Object.fromEntries(parseRawEnv('# c\nA="quoted" $X\nB\n', (k) => (k === 'B' ? 'b' : undefined)))).toEqual({ A: '"quoted" $X', B: 'b' });
  });
});

(hasFixtures ? describe : describe.skip)('compose-go dotenv fixtures', () => {
  it('plain.env and utf8-bom.env', () => {
    const expected = { OPTION_A: '1', OPTION_B: '2', OPTION_C: '3', OPTION_D: '4', OPTION_E: '5', '456': 'ABC', OPTION_F: '', OPTION_G: '', OPTION_H: 'my string' };
    expect(fixture('plain.env')).toEqual(expected);
    expect(fixture('utf8-bom.env')).toEqual(expected);
  });
  it('quoted.env', () => {
    expect(fixture('quoted.env')).toEqual({
      OPTION_A: '1',
      OPTION_B: '2',
      OPTION_C: '',
      OPTION_D: '\\n',
      OPTION_E: '1',
      OPTION_F: '2',
      OPTION_G: '',
      OPTION_H: '\n',
      OPTION_I: "echo 'asd'",
      OPTION_J: 'first line\nsecond line\nthird line\nand so on',
      OPTION_K: "Let's go!",
      OPTION_Z: 'last value',
    });
  });
  it('unquoted, exported, equals, special', () => {
    expect(fixture('unquoted.env')).toEqual({
      OPTION_A: 'some quoted phrase',
      OPTION_B: 'first one with an unquoted phrase',
      OPTION_C: 'then another one with an unquoted phrase',
      OPTION_D: 'then another one with an unquoted phrase special è char',
      OPTION_E: 'then another one quoted phrase',
    });
    expect(fixture('exported.env')).toEqual({ OPTION_A: '2', OPTION_B: '\\n' });
    expect(fixture('equals.env')).toEqual({ OPTION_A: 'postgres://localhost:5432/database?sslmode=disable' });
    expect(fixture('special.env')).toEqual({ 'VAR.WITH.DOTS': 'dots', VAR_WITH_UNDERSCORES: 'underscores', 'VAR-WITH-DASHES': 'dashes' });
  });
  it('substitutions', () => {
    expect(fixture('substitutions.env')).toEqual({ OPTION_A: '1', OPTION_B: '1', OPTION_C: '1', OPTION_D: '1_1', OPTION_E: '' });
    expect(fixture('substitutions-default.env')).toEqual({ OPTION_A: '1', OPTION_B: '1', OPTION_C: '1', OPTION_D: '1_1', OPTION_E: '' });
  });
  it('inherited variables', () => {
    const os = (k: string): string | undefined => (k === 'VAR_TO_BE_LOADED_FROM_OS_ENV' ? 'from-os' : undefined);
    expect(fixture('inherited-single-var.env', os)).toEqual({ VAR_TO_BE_LOADED_FROM_OS_ENV: 'from-os' });
    expect(fixture('inherited-multi-var.env', os)).toEqual({ foo: 'bar', VAR_TO_BE_LOADED_FROM_OS_ENV: 'from-os', bar: 'baz' });
    expect(fixture('inherited-not-found.env')).toEqual({});
  });
  it('custom.format (YAML-style separators) and invalid1.env', () => {
    expect(fixture('custom.format')).toEqual({ FOO: 'BAR', ZOT: 'QIX' });
    expect(() => fixture('invalid1.env')).toThrow('line 7: key cannot contain a space');
  });
});
