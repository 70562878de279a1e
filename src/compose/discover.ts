// Pass 0 — what to load, with which environment, under which name (compose-go `cli/options.go`, docker
// compose `toProjectOptions`), in docker compose's order:
//   OS env → env files (--env-file, else COMPOSE_ENV_FILES, else <dir>/.env) → COMPOSE_FILE → discovery
//   (working dir, then each parent) → env files again from the project directory → profiles → name.
// The OS env always wins over env files; among several env files, later ones win.

import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fail } from './diagnostics.js';
import { DotenvError, parseDotenv } from './dotenv.js';
import { parseComposeBoolean } from './interpolate.js';
import type { Diagnostic } from './model.js';
import { readTextFile } from './parse.js';

export const COMPOSE_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
export const OVERRIDE_FILE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];

export type Environment = Map<string, string>;

/** The options' env snapshot without undefined entries. */
export function osEnvironment(env: Record<string, string | undefined>): Environment {
  const out: Environment = new Map();
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out.set(k, v);
  return out;
}

/** Loads env files in order (later files win among themselves); `base` (the OS env) is looked up first and wins. */
export function loadEnvFiles(files: string[], base: Environment): Environment {
  const fromFiles: Environment = new Map();
  for (const file of files) {
    const text = readTextFile(file, 'env file');
    let parsed: Map<string, string>;
    try {
      parsed = parseDotenv(text, (name) => base.get(name) ?? fromFiles.get(name));
    } catch (error) {
      if (error instanceof DotenvError) fail(`failed to read ${file}: ${error.message}`, undefined, { file, line: error.line });
      throw error;
    }
    for (const [k, v] of parsed) fromFiles.set(k, v);
  }
  const merged: Environment = new Map(fromFiles);
  for (const [k, v] of base) merged.set(k, v);
  return merged;
}

function isTrue(value: string | undefined): boolean {
  if (value === undefined || value === '') return false;
  try {
    return parseComposeBoolean(value) || value === '1';
  } catch {
    return value === '1';
  }
}

/** The env files to read: explicit ones (must exist), else COMPOSE_ENV_FILES, else `<dir>/.env` if it is a file. */
function envFilesFor(explicit: string[], dir: string, env: Environment, workingDir: string): string[] {
  if (explicit.length > 0) {
    return explicit.map((file) => {
      const absolute = path.resolve(workingDir, file);
      if (!existsSync(absolute)) fail(`couldn't find env file: ${absolute}`, undefined, { file: absolute });
      if (statSync(absolute).isDirectory()) fail(`${absolute} is a directory`, undefined, { file: absolute });
      return absolute;
    });
  }
  if (isTrue(env.get('COMPOSE_DISABLE_ENV_FILE'))) return [];
  const listed = env.get('COMPOSE_ENV_FILES');
  if (listed) {
    return listed
      .split(',')
      .map((f) => f.trim())
      .filter((f) => f !== '')
      .map((f) => {
        const absolute = path.resolve(workingDir, f);
        if (!existsSync(absolute)) fail(`couldn't find env file: ${absolute} (listed in COMPOSE_ENV_FILES)`, undefined, { file: absolute });
        return absolute;
      });
  }
  const dotenv = path.join(dir, '.env');
  return existsSync(dotenv) && statSync(dotenv).isFile() ? [dotenv] : [];
}

export interface Discovery {
  /** Absolute compose files in merge order. */
  files: string[];
  /** Project directory: the first file's directory. */
  projectDir: string;
  /** Interpolation environment: OS env over env files. */
  env: Environment;
  envFiles: string[];
  warnings: Diagnostic[];
}

/** Finds the files and builds the environment, following docker compose's order. */
export function discover(options: { workingDir: string; composeFiles: string[]; envFiles: string[]; env: Record<string, string | undefined> }): Discovery {
  const warnings: Diagnostic[] = [];
  const workingDir = path.resolve(options.workingDir);
  const osEnv = osEnvironment(options.env);
  if (!osEnv.has('PWD')) osEnv.set('PWD', workingDir);

  let envFiles = envFilesFor(options.envFiles, workingDir, osEnv, workingDir);
  let env = loadEnvFiles(envFiles, osEnv);

  let files: string[];
  if (options.composeFiles.length > 0) {
    files = options.composeFiles.map((file) => {
      if (file === '-') fail('reading a Compose file from standard input (-f -) is not supported: pass the path of a file');
      return path.resolve(workingDir, file);
    });
  } else if (env.get('COMPOSE_FILE')) {
    const separator = env.get('COMPOSE_PATH_SEPARATOR') || path.delimiter;
    files = env
      .get('COMPOSE_FILE')!
      .split(separator)
      .filter((f) => f !== '')
      .map((f) => path.resolve(workingDir, f));
  } else {
    files = discoverFiles(workingDir, warnings);
  }
  for (const file of files) {
    if (!existsSync(file)) fail(`Compose file ${file} not found: check the path (relative paths start at ${workingDir})`, undefined, { file });
  }

  const projectDir = path.dirname(files[0]!);
  if (options.envFiles.length === 0 && !env.get('COMPOSE_ENV_FILES') && projectDir !== workingDir) {
    // The project directory is now known: its `.env` is the one that counts.
    envFiles = envFilesFor([], projectDir, osEnv, workingDir);
    env = loadEnvFiles(envFiles, osEnv);
  }
  return { files, projectDir, env, envFiles, warnings };
}

function discoverFiles(workingDir: string, warnings: Diagnostic[]): string[] {
  for (let dir = workingDir; ; dir = path.dirname(dir)) {
    const found = COMPOSE_FILE_NAMES.map((name) => path.join(dir, name)).filter((file) => existsSync(file) && statSync(file).isFile());
    if (found.length > 0) {
      if (found.length > 1) {
        warnings.push({ message: `Found multiple config files with supported names: ${found.join(', ')}. Using ${found[0]}`, source: { file: found[0]! } });
      }
      const overrides = OVERRIDE_FILE_NAMES.map((name) => path.join(dir, name)).filter((file) => existsSync(file) && statSync(file).isFile());
      if (overrides.length > 1) {
        warnings.push({ message: `Found multiple override files with supported names: ${overrides.join(', ')}. Using ${overrides[0]}`, source: { file: overrides[0]! } });
      }
      return overrides.length > 0 ? [found[0]!, overrides[0]!] : [found[0]!];
    }
    if (path.dirname(dir) === dir) break;
  }
  fail(
    `no configuration file provided: not found (looked for ${COMPOSE_FILE_NAMES.join(', ')} in ${workingDir} and its parents); add a compose.yaml or pass the file's path`,
  );
}

/** compose-go's NormalizeProjectName: lower case, only [a-z0-9_-] kept, leading `_`/`-` trimmed. */
export function normalizeProjectName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[_-]+/, '');
}

/** Checks an imperative name (`-p`, COMPOSE_PROJECT_NAME): it must already be normalized. */
export function checkImperativeProjectName(name: string, origin: string): string {
  if (normalizeProjectName(name) !== name) {
    fail(
      `invalid project name "${name}" (from ${origin}): must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`,
    );
  }
  return name;
}
