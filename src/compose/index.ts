// Public entry of the Compose loader: files + environment → one normalized Project (see model.ts).
// No AWS, no CloudFormation, no process.env: the caller passes the environment in.
// The passes and their order are described in loader.ts.

import { ComposeError } from '../errors.js';
import { loadProject as load } from './loader.js';
import type { Project } from './model.js';

export interface LoadOptions {
  /** Absolute directory that relative paths (compose files, env files) resolve against. */
  workingDir: string;
  /** Compose files as given (`-f`), relative to workingDir or absolute; empty = Compose's discovery. */
  composeFiles: string[];
  /** Explicit project name (input / `-p`); otherwise Compose's rules. */
  projectName?: string;
  /** Explicit env files (`--env-file`); empty = `.env` in the project directory. */
  envFiles: string[];
  /** Profiles to enable (`--profile`); empty = COMPOSE_PROFILES from env. */
  profiles: string[];
  /** The process environment snapshot (process env beats .env). */
  env: Record<string, string | undefined>;
}

export type { Project } from './model.js';
export { renderConfig } from './render.js';

/** Loads and normalizes. Throws ComposeError (one or more diagnostics with file, line, key) on bad input. */
export function loadProject(options: LoadOptions): Project {
  try {
    return load(options);
  } catch (error) {
    // A pathological file (nesting thousands of levels deep) exhausts the stack: say so instead of crashing.
    if (error instanceof RangeError) {
      throw new ComposeError([{ message: 'the Compose file is nested too deeply to be read (thousands of levels): simplify its structure' }]);
    }
    throw error;
  }
}
