import { describe, expect, it } from '@jest/globals';
import { substitute, TemplateError } from '../../src/compose/template.js';

const env: Record<string, string> = { FOO: 'first', BAR: '', NESTED: 'n' };
const lookup = (k: string): string | undefined => env[k];
const sub = (t: string): string => substitute(t, lookup);

describe('interpolation grammar (compose-go template tests)', () => {
  it.each([
    ['$FOO', 'first'],
    ['${FOO}', 'first'],
    ['$FOO-bar', 'first-bar'],
    ['$$FOO', '$FOO'],
    ['$${AWS::Region}', '${AWS::Region}'],
    ['a $ string', 'a $ string'],
    ['^REGEX$', '^REGEX$'],
    ['$}', '$}'],
    ['$1', '$1'],
    ['${UNSET:-default}', 'default'],
    ['${BAR:-default}', 'default'],
    ['${BAR-default}', ''],
    ['${UNSET-default}', 'default'],
    ['${FOO:+alt}', 'alt'],
    ['${BAR:+alt}', ''],
    ['${BAR+alt}', 'alt'],
    ['${UNSET+alt}', ''],
    ['${UNSET:-${NESTED:-x}}', 'n'],
    ['${UNSET:-${ALSO_UNSET:-x}}', 'x'],
    ['${UNSET-${FOO} ${FOO}}', 'first first'],
    ['${UNSET_VAR-myerror?msg}', 'myerror?msg'],
    ['ok ${UNSET:-{"json":1}}', 'ok {"json":1}'],
    ['${BAR?err}', ''],
    ['${FOO:?err}', 'first'],
  ])('%s → %s', (template, expected) => {
    expect(sub(template)).toBe(expected);
  });

  it.each(['${', '${}', '${ }', '${ foo}', '${foo }', '${foo!}', '${V/x/y}', '${#V}'])('rejects %s as an invalid format', (template) => {
    expect(() => sub(template)).toThrow('invalid interpolation format');
  });

  it('reports required variables with compose-go texts', () => {
    expect(() => sub('${UNSET:?please set it}')).toThrow('required variable UNSET is missing a value: please set it');
    expect(() => sub('${BAR:?}')).toThrow(/^required variable BAR is missing a value$/);
    expect(() => sub('${UNSET?bar-baz}')).toThrow('required variable UNSET is missing a value: bar-baz');
    expect(() => sub('${UNSET?$FOO}')).toThrow('required variable UNSET is missing a value: first');
    try {
      sub('${UNSET?x}');
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateError);
      expect((error as TemplateError).invalidFormat).toBe(false);
    }
  });

  it('reports unset variables used without default', () => {
    const unset: string[] = [];
    expect(substitute('$NOPE ${ALSO} ${NOPE3:-d}', lookup, (n) => unset.push(n))).toBe('  d');
    expect(unset).toEqual(['NOPE', 'ALSO']);
  });

  it('expands defaults lazily (an unused error branch never fires)', () => {
    expect(sub('${FOO:-${UNSET:?never}}')).toBe('first');
  });
});
