// Pass 10 — a service's container environment (compose-go `WithServicesEnvironmentResolved`):
// bare `KEY` / `KEY: null` take the project env's value (else stay null = unset); each env_file is read in
// order (later files win; `required: false` files may be missing; `format: raw` is docker run's format);
// `environment` overrides what the files set. Label files are read the same way under `labels`.

import { existsSync } from 'node:fs';
import { DotenvError, parseDotenv, parseRawEnv } from './dotenv.js';
import type { DiagnosticBag } from './diagnostics.js';
import type { Environment } from './discover.js';
import type { Service } from './model.js';
import { readTextFile } from './parse.js';
import { ComposeError } from '../errors.js';

function readEnvFile(file: string, format: string | undefined, lookup: (name: string) => string | undefined, bag: DiagnosticBag, key: string): Map<string, string> | undefined {
  let text: string;
  try {
    text = readTextFile(file, 'env file');
  } catch (error) {
    if (error instanceof ComposeError) {
      bag.add(error.diagnostics[0]?.message ?? error.message, key);
      return undefined;
    }
    throw error;
  }
  try {
    if (format === undefined || format === '' || format === 'dotenv') return parseDotenv(text, lookup);
    if (format === 'raw') return parseRawEnv(text, lookup);
    bag.add(`unsupported env_file format "${format}"`, key);
  } catch (error) {
    if (!(error instanceof DotenvError)) throw error;
    bag.add(`failed to read ${file}: ${error.message}`, key, { file, line: error.line });
  }
  return undefined;
}

/** Resolves `service.environment` in place (its `environment` must hold the declared KEY→value|null map). */
export function resolveServiceEnvironment(service: Service, env: Environment, bag: DiagnosticBag, rawLabelFiles: string[]): void {
  const declared = service.environment;
  const resolved: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(declared)) resolved[k] = v ?? env.get(k) ?? null;

  const fromFiles = new Map<string, string>();
  const lookup = (name: string): string | undefined => env.get(name) ?? resolved[name] ?? fromFiles.get(name);
  service.envFiles.forEach((envFile, index) => {
    const key = `services.${service.name}.env_file[${index}]`;
    if (!existsSync(envFile.path)) {
      if (envFile.required) bag.add(`env file ${envFile.path} not found: create it, fix the path, or mark it required: false`, key);
      return;
    }
    const values = readEnvFile(envFile.path, envFile.format, lookup, bag, key);
    for (const [k, v] of values ?? []) fromFiles.set(k, v);
  });

  const environment: Record<string, string | null> = {};
  for (const [k, v] of fromFiles) environment[k] = v;
  for (const [k, v] of Object.entries(resolved)) environment[k] = v;
  service.environment = environment;

  if (rawLabelFiles.length > 0) {
    const labels: Record<string, string> = {};
    rawLabelFiles.forEach((file, index) => {
      const key = `services.${service.name}.label_file[${index}]`;
      if (!existsSync(file)) {
        bag.add(`label file ${file} not found`, key);
        return;
      }
      for (const [k, v] of readEnvFile(file, undefined, () => undefined, bag, key) ?? []) labels[k] = v;
    });
    service.labels = { ...labels, ...service.labels };
  }
}
