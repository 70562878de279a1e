// The loader, pass by pass, in compose-go's order (see /shared/reference/compose-spec-loader.md §1):
//   0 discover.ts    files, environment (OS env over .env), project directory
//   1 parse.ts       YAML → trees + positions + !reset/!override paths (+ CloudFormation tags in x-aws-cloudformation)
//     (project name: option > COMPOSE_PROJECT_NAME > last `name:` > directory; exported as COMPOSE_PROJECT_NAME)
//   per file, per document:
//   2 interpolate.ts values expanded with the project env, typed casts
//   3 validate.ts    JSON schema (precompiled), with the document's positions
//   4 include.ts     sub-projects imported, this document merged over them
//   5 extends.ts     services extended
//   6 merge.ts       merged over the earlier files/documents (after their !reset/!override paths are removed), unicity
//   then, on the whole model:
//   7 validate.ts    schema again (cross-file duplicates), `version` warning
//   8 paths.ts       relative paths → absolute against the project directory
//   9 project.ts     binding to the typed model (canonical.ts short → long, units.ts values), resource names
//  10 normalize.ts   default network, implicit dependencies; profiles split enabled/disabled services
//  11 environment.ts per-service env_file + environment resolution
//  12 consistency.ts references, cycles, duplicate published ports

import path from 'node:path';
import { DiagnosticBag, fail, isMapping, positionOf } from './diagnostics.js';
import type { Mapping, PositionMap, TreePath } from './diagnostics.js';
import { checkImperativeProjectName, discover, normalizeProjectName } from './discover.js';
import type { Environment } from './discover.js';
import { resolveServiceEnvironment } from './environment.js';
import { applyExtends } from './extends.js';
import type { ExtendsSource } from './extends.js';
import { applyIncludes } from './include.js';
import { interpolateTree } from './interpolate.js';
import { enforceUnicity, mergeDocument } from './merge.js';
import type { Diagnostic, Project, Service } from './model.js';
import { addDefaultNetwork, addImplicitDependencies, defaultNetwork } from './normalize.js';
import { parseComposeFile } from './parse.js';
import type { ParsedDocument } from './parse.js';
import { resolveRelativePaths } from './paths.js';
import { bindConfig, bindNetwork, bindSecret, bindService, bindVolume, extensionsOf } from './project.js';
import type { ResourceContext } from './project.js';
import { substitute, TemplateError } from './template.js';
import { validateSchema } from './validate.js';
import { checkConsistency } from './consistency.js';
import { stringList } from './canonical.js';

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

interface Pipeline {
  env: Environment;
  projectDir: string;
  includeStack: string[];
  positions: PositionMap;
  warnings: Diagnostic[];
  home?: string;
  extendsCache: Map<string, ExtendsSource>;
  /** Set once two documents were merged or an include/extends brought content in: the merged model needs validating. */
  combined: boolean;
}

export function loadProject(options: LoadOptions): Project {
  const discovery = discover(options);
  const env = discovery.env;
  const warnings: Diagnostic[] = [...discovery.warnings];
  const parsed = discovery.files.map((file) => parseComposeFile(file));
  const name = projectName(options.projectName, env, parsed, discovery.projectDir);
  env.set('COMPOSE_PROJECT_NAME', name);

  const pipeline: Pipeline = { env, projectDir: discovery.projectDir, includeStack: [], positions: new Map(), warnings, home: env.get('HOME'), extendsCache: new Map(), combined: false };
  const model = loadDocuments(parsed.flat(), pipeline);
  if (Object.keys(model).length === 0) fail('empty compose file: add a services: section', undefined, { file: discovery.files[0]! });

  const bag = new DiagnosticBag(pipeline.positions, discovery.files[0]);
  if (pipeline.combined) {
    // Each document was validated alone; merged, files can still clash (a `uniqueItems` list spread over two files).
    validateSchema(model, bag);
    bag.throwIfAny();
  }
  resolveRelativePaths(model, discovery.projectDir, pipeline.home);

  const project = bind(model, name, pipeline, discovery.files, options, bag);
  return project;
}

/** Project name precedence: option (-p) > COMPOSE_PROJECT_NAME > last `name:` > project directory name. */
function projectName(option: string | undefined, env: Environment, files: ParsedDocument[][], projectDir: string): string {
  if (option) return checkImperativeProjectName(option, 'the project name option');
  const fromEnv = env.get('COMPOSE_PROJECT_NAME');
  if (fromEnv) return checkImperativeProjectName(fromEnv, 'COMPOSE_PROJECT_NAME');
  let fromFiles: string | undefined;
  for (const document of files.flat()) {
    const value = document.value?.name;
    if (typeof value !== 'string' || value === '') continue;
    try {
      const expanded = substitute(value, (k) => env.get(k));
      if (expanded !== '') fromFiles = expanded;
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      fail(error.invalidFormat ? `invalid interpolation format for name.\nYou may need to escape any $ with another $.\n${value}` : `error while interpolating name: ${error.message}`, 'name', document.positions.get('name'));
    }
  }
  const chosen = normalizeProjectName(fromFiles ?? path.basename(projectDir));
  if (chosen === '') {
    fail(`project name must not be empty: the ${fromFiles !== undefined ? 'name: of the Compose file' : `directory name "${path.basename(projectDir)}"`} has no usable character; set name: or pass a project name`);
  }
  return chosen;
}

/** Per document: interpolate → validate → include → extends → merge (see the header). */
function loadDocuments(documents: ParsedDocument[], pipeline: Pipeline): Mapping {
  let accumulated: Mapping | undefined;
  const lookup = (k: string): string | undefined => pipeline.env.get(k);
  for (const document of documents) {
    if (document.value === null) continue;
    const bag = new DiagnosticBag(document.positions, document.file);
    let value = interpolateTree(document.value, lookup, bag, pipeline.warnings, document.file);
    bag.throwIfAny();
    validateSchema(value, bag);
    bag.throwIfAny();
    if ('version' in value) {
      pipeline.warnings.push({
        message: `${document.file}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`,
        key: 'version',
        source: document.positions.get('version') ?? { file: document.file },
      });
      delete value.version;
    }
    if (value.include !== undefined) {
      pipeline.combined = true;
      value = applyIncludes(value, document.file, {
        env: pipeline.env,
        workingDir: pipeline.projectDir,
        includeStack: pipeline.includeStack,
        positions: document.positions,
        bag,
        home: pipeline.home,
        loadSubProject: (files, env, projectDir, includeStack) => {
          const sub: Pipeline = { ...pipeline, env, projectDir, includeStack };
          return loadDocuments(files.flatMap((f) => parseComposeFile(f)), sub);
        },
      });
      bag.throwIfAny();
    }
    if (isMapping(value.services) && Object.values(value.services).some((service) => isMapping(service) && 'extends' in service)) pipeline.combined = true;
    applyExtends(
      { file: document.file, model: value, resets: document.resets, overrides: document.overrides, positions: document.positions },
      { bag, loadFile: (file) => loadExtendsSource(file, pipeline) },
    );
    bag.throwIfAny();
    if (accumulated === undefined) {
      enforceUnicity(value, bag);
      accumulated = value;
    } else {
      pipeline.combined = true;
      accumulated = mergeDocument(accumulated, value, document.resets, document.overrides, bag);
    }
    bag.throwIfAny();
    for (const [key, position] of document.positions) pipeline.positions.set(key, position);
  }
  return accumulated ?? {};
}

/** A file read for `extends`: interpolated with the project env, its documents merged; nothing else. */
function loadExtendsSource(file: string, pipeline: Pipeline): ExtendsSource {
  const cached = pipeline.extendsCache.get(file);
  if (cached) return cached;
  let model: Mapping = {};
  const resets: TreePath[] = [];
  const overrides: TreePath[] = [];
  const positions: PositionMap = new Map();
  for (const document of parseComposeFile(file)) {
    if (document.value === null) continue;
    const bag = new DiagnosticBag(document.positions, file);
    const value = interpolateTree(document.value, (k) => pipeline.env.get(k), bag, pipeline.warnings, file);
    model = mergeDocument(model, value, document.resets, document.overrides, bag);
    bag.throwIfAny();
    resets.push(...document.resets);
    overrides.push(...document.overrides);
    for (const [k, p] of document.positions) positions.set(k, p);
  }
  const source: ExtendsSource = { file, model, resets, overrides, positions };
  pipeline.extendsCache.set(file, source);
  return source;
}

/** Binding, normalization, profiles, environment, consistency (passes 9–12). */
function bind(model: Mapping, name: string, pipeline: Pipeline, files: string[], options: LoadOptions, bag: DiagnosticBag): Project {
  const positions = pipeline.positions;
  const warn = (message: string, key: string): void => {
    pipeline.warnings.push({ message, key, source: positionOf(positions, key, files[0]) });
  };
  const context: ResourceContext = { project: name, bag, warn, sourceOf: (key) => positions.get(key) };

  const project: Project = {
    name,
    workingDir: pipeline.projectDir,
    composeFiles: files,
    services: {},
    disabledServices: {},
    networks: {},
    volumes: {},
    secrets: {},
    configs: {},
    extensions: extensionsOf(model),
    warnings: pipeline.warnings,
    positions: Object.fromEntries(positions),
  };
  const section = (key: string): Mapping => (isMapping(model[key]) ? (model[key] as Mapping) : {});
  for (const [key, raw] of Object.entries(section('networks'))) project.networks[key] = bindNetwork(key, raw, context);
  for (const [key, raw] of Object.entries(section('volumes'))) project.volumes[key] = bindVolume(key, raw, context);
  for (const [key, raw] of Object.entries(section('secrets'))) project.secrets[key] = bindSecret(key, raw, context);
  for (const [key, raw] of Object.entries(section('configs'))) project.configs[key] = bindConfig(key, raw, context);

  const rawServices = section('services');
  if (Object.keys(rawServices).length === 0) {
    fail('no services defined: the Compose project needs a services: section with at least one service', 'services', positions.get('services') ?? { file: files[0]! });
  }
  const labelFiles = new Map<string, string[]>();
  const all: Service[] = [];
  for (const [serviceName, raw] of Object.entries(rawServices)) {
    const spec = isMapping(raw) ? raw : {};
    const service = bindService(serviceName, spec, bag, positions.get(`services.${serviceName}`));
    labelFiles.set(serviceName, stringList(spec.label_file));
    all.push(service);
  }
  bag.throwIfAny();

  if (addDefaultNetwork(all) && !('default' in project.networks)) project.networks.default = defaultNetwork(name);
  for (const service of all) addImplicitDependencies(service);

  // Profiles: options, else COMPOSE_PROFILES. A service without profiles is always enabled; `*` enables all.
  const active = new Set(
    (options.profiles.length > 0 ? options.profiles : (pipeline.env.get('COMPOSE_PROFILES') ?? '').split(','))
      .map((p) => p.trim())
      .filter((p) => p !== ''),
  );
  for (const service of all) {
    const enabled = service.profiles.length === 0 || active.has('*') || service.profiles.some((p) => active.has(p));
    (enabled ? project.services : project.disabledServices)[service.name] = service;
  }

  for (const service of all) {
    if (service.name in project.services) resolveServiceEnvironment(service, pipeline.env, bag, labelFiles.get(service.name) ?? []);
    else {
      // Disabled services are never run: their env files are not read, bare keys still resolve.
      for (const [k, v] of Object.entries(service.environment)) service.environment[k] = v ?? pipeline.env.get(k) ?? null;
    }
  }
  checkConsistency(project, bag, warn);
  bag.throwIfAny();
  return project;
}
