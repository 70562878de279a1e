// Guards on how src/github may be loaded: modes that never post must not pay for @actions/github (ESM-only,
// octokit + undici), and the GitHub context must come from the Host's env, never from process.env.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';

const directory = join(process.cwd(), 'src', 'github');
const sources = readdirSync(directory)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, text: readFileSync(join(directory, name), 'utf8') }));

describe('src/github boundaries', () => {
  it('loads @actions/github only lazily', () => {
    for (const { name, text } of sources) {
      const staticImports = text.split('\n').filter((line) => /^\s*(import|export)\b(?!\s+type\b).*['"]@actions\/github['"]/.test(line));
      expect({ name, staticImports }).toEqual({ name, staticImports: [] });
    }
    expect(sources.find((source) => source.name === 'client.ts')!.text).toContain("await import('@actions/github')");
  });

  it('never reads process.env or @actions/core', () => {
    for (const { name, text } of sources) {
      expect({ name, processEnv: /process\.env/.test(text), core: /@actions\/core/.test(text) }).toEqual({ name, processEnv: false, core: false });
    }
  });
});
