// The CLI edge (entry: src/cli.ts): `compose-ecs [global flags] <mode> [mode flags]`, over the same modes as the action.
// Every input is a flag of the same name (`--compose-file`), plus docker compose's aliases (`-f`, `-p`,
// `--profile`, `--env-file`). The primary artifact (template, config, policy) goes to stdout when no path is
// given; logs, outputs and the summary go to stderr in readable form. Exit codes: 0 ok, 1 failure, 2 usage.

import type { AnnotationProperties, Host } from './host.js';
import { INPUTS, MODES, inputSpec } from './interface.js';
import { run } from './run.js';
import { UsageError } from './errors.js';
import { VERSION } from './version.js';

/** Positional arguments after the mode, by mode (`compose-ecs secret create db-password`). */
const POSITIONALS: Record<string, readonly string[]> = {
  secret: ['secret-action', 'secret-name'],
  volume: ['volume-action', 'volume-id'],
  logs: ['service'],
};

/** Inputs that may be given several times; the values are joined with newlines. */
const REPEATABLE = new Set(['compose-file', 'env-file', 'profiles', 'subnets']);

export interface ParsedArgs {
  values: Map<string, string>;
  help: boolean;
  version: boolean;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const values = new Map<string, string>();
  const set = (name: string, value: string) => {
    const previous = values.get(name);
    values.set(name, previous !== undefined && REPEATABLE.has(name) ? `${previous}\n${value}` : value);
  };
  const aliasOf = new Map<string, string>();
  for (const input of INPUTS) for (const alias of input.aliases ?? []) aliasOf.set(alias, input.name);
  let help = false;
  let version = false;
  let positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') { help = true; continue; }
    if (arg === '--version' || arg === '-v') { version = true; continue; }
    if (arg === '--') { positionals = positionals.concat(argv.slice(i + 1)); break; }
    if (arg.startsWith('-') && arg !== '-') {
      const eq = arg.indexOf('=');
      const flag = eq >= 0 ? arg.slice(0, eq) : arg;
      let name = aliasOf.get(flag) ?? (flag.startsWith('--') ? flag.slice(2) : '');
      let negated = false;
      if (!inputSpec(name) && name.startsWith('no-') && inputSpec(name.slice(3))) { name = name.slice(3); negated = true; }
      const spec = inputSpec(name);
      if (!spec) throw new UsageError(`Unknown flag ${flag}. Run "compose-ecs --help" for the flags.`);
      const isBoolean = spec.default === 'true' || spec.default === 'false' || name === 'termination-protection';
      if (negated) {
        if (!isBoolean || eq >= 0) throw new UsageError(`--no-${name} takes no value and only fits a true/false flag.`);
        set(name, 'false');
        continue;
      }
      if (eq >= 0) { set(name, arg.slice(eq + 1)); continue; }
      const next = argv[i + 1];
      if (isBoolean && (next === undefined || next.startsWith('-') || !['true', 'false'].includes(next))) { set(name, 'true'); continue; }
      if (next === undefined) throw new UsageError(`Flag ${flag} needs a value.`);
      set(name, next);
      i++;
      continue;
    }
    positionals.push(arg);
  }
  if (positionals.length > 0) {
    const [mode, ...rest] = positionals;
    if (values.has('mode') && values.get('mode') !== mode) throw new UsageError(`Mode given twice: "${values.get('mode')}" and "${mode}".`);
    values.set('mode', mode);
    const names = POSITIONALS[mode] ?? [];
    if (rest.length > names.length) throw new UsageError(`Too many arguments for "${mode}": ${rest.slice(names.length).join(' ')}.`);
    rest.forEach((value, index) => set(names[index], value));
  }
  return { values, help, version };
}

export function usage(): string {
  const flags = INPUTS.filter((i) => i.name !== 'mode').map((i) => {
    const aliases = (i.aliases ?? []).filter((a) => a !== `--${i.name}`);
    const names = [`--${i.name}`, ...aliases].join(', ');
    const modes = i.modes === 'all' ? '' : ` [${i.modes.join(', ')}]`;
    const dflt = i.default && !i.default.startsWith('${{') ? ` (default: ${i.default})` : '';
    return `  ${names}\n      ${i.description}${dflt}${modes}`;
  });
  return [
    `compose-ecs ${VERSION}: deploy a Docker Compose file to Amazon ECS through CloudFormation.`,
    '',
    'Usage: compose-ecs [flags] <mode> [arguments] [flags]',
    '',
    `Modes: ${MODES.join(', ')} (default: convert)`,
    '  compose-ecs convert -f compose.yaml            print the CloudFormation template',
    '  compose-ecs config                             print the normalized Compose model',
    '  compose-ecs secret create NAME --secret-file F  (secret: create|update|list|inspect|delete)',
    '  compose-ecs volume remove fs-0123              (volume: list|remove)',
    '',
    'Flags (every action input is a flag of the same name):',
    ...flags,
    '',
    'Exit codes: 0 success, 1 failure, 2 usage error.',
  ].join('\n');
}

export function cliHost(values: Map<string, string>, signal: AbortSignal): Host & { outputs: Map<string, string> } {
  const secrets: string[] = [];
  const mask = (text: string) => secrets.reduce((t, s) => (s ? t.split(s).join('***') : t), text);
  const err = (text: string): void => { process.stderr.write(`${mask(text)}\n`); };
  const where = (p?: AnnotationProperties) => (p?.file ? `${p.file}${p.startLine ? `:${p.startLine}` : ''}${p.startLine && p.startColumn ? `:${p.startColumn}` : ''}: ` : '');
  const outputs = new Map<string, string>();
  const debugOn = process.env.COMPOSE_ECS_DEBUG === '1' || process.env.RUNNER_DEBUG === '1';
  return {
    kind: 'cli',
    getInput: (name) => values.get(name) ?? '',
    setOutput: (name, value) => { outputs.set(name, value); },
    setSecret: (value) => { if (value) secrets.push(value); },
    info: (message) => err(message),
    debug: (message) => { if (debugOn) err(`debug: ${message}`); },
    // Compose diagnostics already start with file:line: — only prefix the location when the message lacks it.
    warning: (message, p) => err(`warning: ${p?.file && message.startsWith(p.file) ? '' : where(p)}${message}`),
    error: (message, p) => err(`error: ${p?.file && message.startsWith(p.file) ? '' : where(p)}${message}`),
    appendSummary: async (markdown) => { err(mask(markdownToText(markdown))); },
    writeStdout: (text) => process.stdout.write(mask(text)),
    env: { ...process.env },
    signal,
    outputs,
  };
}

/** Markdown is readable as it is; drop the HTML a terminal cannot show and decode the escapes the renderer added. */
function markdownToText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?(details|summary|br|b|code|sub|sup)>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/&#(\d+);/g, (_, code: string) => printable(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => printable(parseInt(code, 16)))
    .replace(/&(lt|gt|quot|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name] ?? '')
    .trimEnd();
}

/** A character reference as text, except control characters (a terminal would act on them). */
function printable(code: number): string {
  return code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) || code > 0x10ffff ? '' : String.fromCodePoint(code);
}

export async function cliMain(argv: readonly string[]): Promise<number> {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n`);
    return 2;
  }
  if (parsed.help) { process.stdout.write(`${usage()}\n`); return 0; }
  if (parsed.version) { process.stdout.write(`${VERSION}\n`); return 0; }
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  process.once('SIGTERM', () => controller.abort());
  const host = cliHost(parsed.values, controller.signal);
  const code = await run(host);
  if (host.outputs.size > 0) {
    process.stderr.write('Outputs:\n');
    for (const [name, value] of host.outputs) process.stderr.write(`  ${name}: ${value}\n`);
  }
  return code;
}
