import { chmodSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { composeError, load, loadYaml, workspace } from './helpers.js';

/** Every bad input ends in a ComposeError quickly, naming the file (and line/column when there is one). */
function expectFast<T>(fn: () => T): T {
  const start = performance.now();
  const result = fn();
  expect(performance.now() - start).toBeLessThan(1000);
  return result;
}

describe('bad input', () => {
  it('an alias bomb hits the alias expansion limit', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    lines.push('services:\n  s: {image: a}');
    const error = expectFast(() => composeError(() => loadYaml(lines.join('\n'))));
    expect(error.message).toContain('alias expansion limit');
  });

  it('a file over 10 MiB is refused before parsing', () => {
    const dir = workspace({ 'compose.yaml': `services:\n  s: {image: a}\n${'#'.repeat(10 * 1024 * 1024 + 10)}\n` });
    const error = expectFast(() => composeError(() => load(dir)));
    expect(error.message).toMatch(/larger than 10 MiB is refused/);
    expect(error.source?.file).toBe(path.join(dir, 'compose.yaml'));
  });

  it('non-string keys', () => {
    expect(composeError(() => loadYaml('services:\n  s:\n    image: a\n123: x\n')).message).toContain('non-string key at top level: 123');
    expect(composeError(() => loadYaml('services:\n  1: {image: a}\n')).message).toContain('non-string key in services: 1');
    const error = composeError(() => loadYaml('services:\n  s:\n    image: a\n    environment:\n      true: x\n'));
    expect(error.diagnostics[0]).toMatchObject({ message: expect.stringContaining('non-string key in services.s.environment: true'), source: { line: 5, column: 7 } });
  });

  it('duplicate keys name the key and both lines', () => {
    const error = composeError(() => loadYaml('services:\n  s:\n    image: a\n    image: b\n'));
    expect(error.diagnostics[0]).toMatchObject({ message: 'line 4: mapping key "image" already defined at line 3', key: 'services.s.image', source: { line: 4, column: 5 } });
  });

  it('tabs in indentation', () => {
    const error = composeError(() => loadYaml('services:\n\ts:\n\t\timage: a\n'));
    expect(error.message).toContain('Tabs are not allowed as indentation');
    expect(error.diagnostics[0]!.source).toMatchObject({ line: 2, column: 1 });
  });

  it('binary and non-UTF-8 files', () => {
    expect(composeError(() => load(workspace({ 'compose.yaml': Buffer.from([0x73, 0x3a, 0x00, 0x01, 0x02]) }))).message).toContain('not a text file');
    expect(composeError(() => load(workspace({ 'compose.yaml': Buffer.from([0x73, 0x3a, 0x20, 0xff, 0xfe, 0x0a]) }))).message).toContain('not valid UTF-8');
  });

  it('an empty file, a comment-only file, a project without services', () => {
    expect(composeError(() => loadYaml('')).message).toContain('empty compose file');
    expect(composeError(() => loadYaml('# nothing\n')).message).toContain('empty compose file');
    expect(composeError(() => loadYaml('name: x\nvolumes: {v: {}}\n')).message).toContain('no services defined');
    expect(composeError(() => loadYaml('services: {}\n')).message).toContain('no services defined');
  });

  it('a top level that is not a mapping, and YAML syntax errors with positions', () => {
    expect(composeError(() => loadYaml('- a\n- b\n')).message).toContain('top-level object must be a mapping');
    const error = composeError(() => loadYaml('services:\n  s: [\n'));
    expect(error.message).toContain('invalid YAML');
    expect(error.diagnostics[0]!.source?.line).toBeGreaterThan(0);
  });

  it('schema errors: unknown keys, wrong types, bad names — all reported at once with positions', () => {
    const error = composeError(() => loadYaml('services:\n  s:\n    image: a\n    imag: b\n    ports: [{target: 80, host_ip: []}]\n    depends_on: {db: {}}\n  "bad name": {image: a}\nfoo: 1\n'));
    const found = error.diagnostics.map((d) => [d.key, d.message, d.source?.line]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['services.s.imag', "additional properties 'imag' not allowed", 4],
        ['services.s.depends_on.db', "missing property 'condition'", 6],
        ['services.bad name', 'invalid name "bad name": services names may only contain letters, digits, ".", "_" and "-"', 7],
        ['foo', "additional properties 'foo' not allowed at top level (custom keys must start with x-)", 8],
      ]),
    );
    expect(found.some(([key]) => key === 'services.s.ports[0].host_ip')).toBe(true);
  });

  it('alias cycles and deep nesting do not hang', () => {
    expect(expectFast(() => composeError(() => loadYaml('x-a: &a [1, *a]\nservices:\n  s: {image: a}\n'))).message).toMatch(/cycle detected|alias/);
    const deep = `x-deep: ${'['.repeat(5000)}${']'.repeat(5000)}\nservices:\n  s: {image: a}\n`;
    expectFast(() => {
      try {
        loadYaml(deep);
      } catch (error) {
        expect((error as Error).name).toBe('ComposeError');
      }
    });
  });

  it('an unreadable file names the path and what to do', () => {
    if (process.getuid?.() === 0) return; // root reads everything: nothing to test here
    const dir = workspace({ 'compose.yaml': 'services:\n  s: {image: a}\n' });
    chmodSync(path.join(dir, 'compose.yaml'), 0o000);
    expect(composeError(() => load(dir)).message).toContain('permission denied');
  });

  it('stdin is refused explicitly', () => {
    expect(composeError(() => load(workspace({}), { composeFiles: ['-'] })).message).toContain('standard input');
  });
});
