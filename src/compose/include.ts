// Pass 5 (per file, before extends) — `include` (compose-go `loader/include.go`, spec 14-include.md).
// Each entry is loaded as a sub-project: its own env (parent env + its env files; parent wins), its own
// include/extends/interpolation/merge, its relative paths resolved against its project directory. Its
// resources are copied into the including file, whose own definitions are then merged over them.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fail, isMapping } from './diagnostics.js';
import type { DiagnosticBag, Mapping, PositionMap } from './diagnostics.js';
import { loadEnvFiles } from './discover.js';
import type { Environment } from './discover.js';
import { mergeValue } from './merge.js';
import { absolutePath, resolveRelativePaths } from './paths.js';
import { stringList } from './canonical.js';

const RESOURCE_SECTIONS = ['services', 'volumes', 'networks', 'secrets', 'configs', 'models'];

export interface IncludeContext {
  env: Environment;
  /** The including project's directory: relative include paths start there. */
  workingDir: string;
  /** Main files of the includes being loaded, outermost first (cycle detection). */
  includeStack: string[];
  /** Loads a sub-project's files (the loader's per-file pipeline) and returns its merged raw model. */
  loadSubProject(files: string[], env: Environment, projectDir: string, includeStack: string[]): Mapping;
  positions: PositionMap;
  bag: DiagnosticBag;
  home?: string;
}

/** Replaces `model.include` by the resources it imports (mutates and returns the merged model). */
export function applyIncludes(model: Mapping, file: string, context: IncludeContext): Mapping {
  const entries = model.include;
  delete model.include;
  if (entries === undefined || entries === null) return model;
  if (!Array.isArray(entries)) fail('include must be a list', 'include', context.positions.get('include'));
  const imported: Mapping = {};
  entries.forEach((entry, index) => {
    const key = `include[${index}]`;
    const where = context.positions.get(key) ?? { file };
    const spec = typeof entry === 'string' ? { path: entry } : isMapping(entry) ? entry : fail('include entries must be a path or a {path, project_directory, env_file} mapping', key, where);
    const paths = stringList(spec.path).map((p) => absolutePath(p, context.workingDir, context.home));
    if (paths.length === 0) fail('include entry has no path', key, where);
    for (const p of paths) if (!existsSync(p)) fail(`included file ${p} not found: check the path (relative to ${context.workingDir})`, key, where);
    const mainFile = paths[0]!;
    const stack = [...context.includeStack, file];
    if (stack.includes(mainFile)) fail(`include cycle detected:\n${stack[0]}\n include ${[...stack.slice(1), mainFile].join('\n include ')}`, key, where);

    const projectDir = typeof spec.project_directory === 'string' ? absolutePath(spec.project_directory, context.workingDir, context.home) : path.dirname(mainFile);
    let envFiles: string[];
    if (spec.env_file !== undefined && spec.env_file !== null) {
      envFiles = stringList(spec.env_file)
        .map((f) => absolutePath(f, context.workingDir, context.home))
        .filter((f) => f !== '/dev/null');
      for (const f of envFiles) if (!existsSync(f)) fail(`env file ${f} not found (listed in include)`, `${key}.env_file`, context.positions.get(`${key}.env_file`) ?? where);
    } else {
      const dotenv = path.join(projectDir, '.env');
      envFiles = existsSync(dotenv) ? [dotenv] : [];
    }
    const env = loadEnvFiles(envFiles, context.env);
    const sub = context.loadSubProject(paths, env, projectDir, stack);
    resolveRelativePaths(sub, projectDir, context.home);

    for (const section of RESOURCE_SECTIONS) {
      const resources = sub[section];
      if (!isMapping(resources)) continue;
      const target = (imported[section] ??= {}) as Mapping;
      for (const [name, definition] of Object.entries(resources)) {
        if (name in target && JSON.stringify(target[name]) !== JSON.stringify(definition)) {
          fail(`imported compose file ${mainFile} defines conflicting ${section.replace(/s$/, '')} ${name}`, key, where);
        }
        target[name] = definition;
      }
    }
  });
  // The including file's own definitions win, merged over what it imports.
  return mergeValue(imported, model, [], context.bag) as Mapping;
}
