// action.yml, the README's interface table, the code's defaults and the inputs the code reads stay in step.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { INPUTS, OUTPUTS, MODES } from '../src/interface.js';
import { VERSION } from '../src/version.js';
import { repoRoot } from './support/action.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the interface', () => {
  const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8'));

  it('action.yml and the README table are generated from src/interface.ts', () => {
    const r = spawnSync(process.execPath, [join(repoRoot, 'scripts/interface.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('action.yml runs the bundle on node24 and declares every input with its code default', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(action.inputs)).toEqual(INPUTS.map((i) => i.name));
    for (const input of INPUTS) {
      expect(action.inputs[input.name].default).toBe(input.default);
      expect(action.inputs[input.name].description.length).toBeGreaterThan(10);
    }
    expect(Object.keys(action.outputs)).toEqual(OUTPUTS.map((o) => o.name));
    expect(action.branding).toBeDefined();
  });

  it('every input the code reads is declared, and every declared input is read somewhere', () => {
    const read = new Set<string>();
    for (const file of sourceFiles(join(repoRoot, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/inputs\.(?:string|list|boolean|optionalBoolean|number|oneOf)\(\s*'([a-z0-9-]+)'/g)) read.add(m[1]);
    }
    read.add('mode'); // read by Inputs.mode()
    const declared = new Set(INPUTS.map((i) => i.name));
    expect([...read].filter((n) => !declared.has(n))).toEqual([]);
    // Inputs of modes not built yet are declared ahead (the table must not rename later); those of built modes must be read.
    const builtModes = new Set(readdirSync(join(repoRoot, 'src/modes')).map((f) => f.replace(/\.ts$/, '')));
    const unreadOfBuilt = INPUTS.filter((i) => (i.modes === 'all' || i.modes.every((m) => builtModes.has(m))) && !read.has(i.name)).map((i) => i.name);
    expect(unreadOfBuilt).toEqual([]);
  });

  it('lists the modes in the mode input and versions agree', () => {
    expect(INPUTS[0].description).toContain(MODES.join(', '));
    expect(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version).toBe(VERSION);
  });
});
