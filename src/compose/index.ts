// Public entry of the Compose loader: files + environment → one normalized Project (see model.ts).
// No AWS, no CloudFormation, no process.env: the caller passes the environment in.

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

/** Loads and normalizes. Throws ComposeError (one or more diagnostics with file, line, key) on bad input. */
export declare function loadProject(options: LoadOptions): Project;
