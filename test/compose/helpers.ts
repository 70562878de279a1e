// Test helpers: real files in a temporary directory, loaded through the public API.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProject } from '../../src/compose/index.js';
import type { LoadOptions, Project } from '../../src/compose/index.js';
import { ComposeError } from '../../src/errors.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = path.resolve(repoRoot, '../shared/data/compose-go-fixtures');

/** Writes `files` (relative path → content) under a fresh temporary directory and returns it. */
export function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'compose-test-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

export function load(dir: string, options: Partial<LoadOptions> = {}): Project {
  return loadProject({ workingDir: dir, composeFiles: [], envFiles: [], profiles: [], env: {}, ...options });
}

/** Loads a single compose.yaml written from `yaml`. */
export function loadYaml(yaml: string, options: Partial<LoadOptions> = {}, extra: Record<string, string> = {}): Project {
  return load(workspace({ 'compose.yaml': yaml, ...extra }), options);
}

/** The ComposeError thrown by `fn` (fails the test if none or another error is thrown). */
export function composeError(fn: () => unknown): ComposeError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ComposeError) return error;
    throw new Error(`expected a ComposeError, got ${String(error)}`);
  }
  throw new Error('expected a ComposeError, nothing was thrown');
}
