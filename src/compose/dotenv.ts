// Compose's dotenv syntax (compose-go `dotenv/parser.go`), used for `.env`, `--env-file` and `env_file`:
// comments, `export `, `KEY=VAL` or `KEY: VAL`, inherited `KEY` alone, unquoted values with ` #` comments,
// single quotes (literal), double quotes (escapes then interpolation), multi-line quoted values.
// Not the npm `dotenv` package: its quoting and expansion rules differ from Compose's.

import { substitute, TemplateError } from './template.js';
import type { Lookup } from './template.js';

/** A problem in an env file; `line` is 1-based. */
export class DotenvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\v' || c === '\f' || c === '\r' || c === '\u0085' || c === '\u00a0';
const isKeyChar = (c: string): boolean => c === '_' || c === '.' || c === '-' || c === '[' || c === ']' || /[\p{L}\p{N}]/u.test(c);
const ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"' };

/**
 * Parses dotenv text. `lookup` resolves inherited keys and `${VAR}` references before the keys already
 * parsed from this text (compose-go order). Returns keys in file order.
 */
export function parseDotenv(text: string, lookup: Lookup = () => undefined): Map<string, string> {
  const out = new Map<string, string>();
  let src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let line = 1;
  const resolve: Lookup = (name) => lookup(name) ?? out.get(name);
  const expand = (value: string): string => {
    try {
      return substitute(value, resolve);
    } catch (error) {
      if (error instanceof TemplateError) throw new DotenvError(`line ${line}: ${error.message}${error.invalidFormat ? ` in ${JSON.stringify(value)}` : ''}`, line);
      throw error;
    }
  };

  for (;;) {
    // Skip blank space and comment lines.
    let pos = 0;
    for (;;) {
      while (pos < src.length && (isSpace(src[pos]!) || src[pos] === '\n')) {
        if (src[pos] === '\n') line++;
        pos++;
      }
      if (src[pos] === '#') {
        const eol = src.indexOf('\n', pos);
        if (eol < 0) {
          pos = src.length;
          break;
        }
        pos = eol;
        continue;
      }
      break;
    }
    src = src.slice(pos);
    if (src === '') break;

    if (/^export\s+/.test(src)) src = src.slice('export'.length).replace(/^[ \t\v\f\r\u0085\u00a0]+/, '');

    // The key runs up to `=`, `:` or a newline (inherited); spaces are allowed by the scan but refused below.
    let end = 0;
    let separator: string | undefined;
    for (; end < src.length; end++) {
      const c = src[end]!;
      if (isSpace(c)) continue;
      if (c === '=' || c === ':' || c === '\n') {
        separator = c;
        break;
      }
      if (!isKeyChar(c)) throw new DotenvError(`line ${line}: unexpected character ${JSON.stringify(c)} in variable name ${JSON.stringify(src.split('\n')[0])}`, line);
    }
    const rawKey = src.slice(0, end);
    const key = rawKey.replace(/\s+$/, '');
    const inherited = separator === undefined || separator === '\n';
    if (key.includes(' ')) throw new DotenvError(`line ${line}: key cannot contain a space`, line);
    if (inherited) {
      const value = lookup(key);
      if (value !== undefined) out.set(key, value);
      src = separator === undefined ? '' : src.slice(end + 1);
      line++;
      continue;
    }
    src = src.slice(end + 1).replace(/^[ \t\v\f\r\u0085\u00a0]+/, '');

    const quote = src[0];
    if (quote !== '"' && quote !== "'") {
      const eol = src.indexOf('\n');
      let value = eol < 0 ? src : src.slice(0, eol);
      src = eol < 0 ? '' : src.slice(eol + 1);
      const comment = value.indexOf(' #');
      if (comment >= 0) value = value.slice(0, comment);
      value = value.replace(/\s+$/, '');
      out.set(key, expand(value));
      line++;
      continue;
    }

    // Quoted: up to the first unescaped matching quote, possibly over several lines.
    let chars = '';
    let escaped = false;
    let closed = -1;
    const startLine = line;
    for (let i = 1; i < src.length; i++) {
      const c = src[i]!;
      if (c === '\n') line++;
      if (c !== quote) {
        if (!escaped && c === '\\') {
          escaped = true;
          continue;
        }
        if (escaped) {
          escaped = false;
          chars += '\\';
        }
        chars += c;
        continue;
      }
      if (escaped) {
        escaped = false;
        chars += c;
        continue;
      }
      closed = i;
      break;
    }
    if (closed < 0) {
      const eol = src.indexOf('\n');
      throw new DotenvError(`line ${startLine}: unterminated quoted value ${eol < 0 ? src : src.slice(0, eol)}`, startLine);
    }
    out.set(key, quote === '"' ? expand(expandEscapes(chars)) : chars);
    src = src.slice(closed + 1);
    // Whatever follows the closing quote on its line must be a comment or nothing.
    const eol = src.indexOf('\n');
    const rest = (eol < 0 ? src : src.slice(0, eol)).trim();
    if (rest !== '' && !rest.startsWith('#')) throw new DotenvError(`line ${line}: unexpected text ${JSON.stringify(rest)} after the quoted value of ${key}`, line);
    src = eol < 0 ? '' : src.slice(eol + 1);
    line++;
  }
  return out;
}

/** Double-quote escapes; `\$` becomes `$$` so interpolation then yields a literal `$`. Unknown `\x` keeps the backslash. */
function expandEscapes(value: string): string {
  return value.replace(/\\(0[0-7]{0,3}|[abfnrtv\\"$])/g, (match, code: string) => {
    if (code === '$') return '$$';
    if (code.startsWith('0')) return code.length === 1 ? '\0' : String.fromCharCode(parseInt(code, 8));
    return ESCAPES[code] ?? match;
  });
}

/** `docker run --env-file` format (`format: raw`): `KEY=VALUE` literally, `KEY` alone looked up, `#` lines ignored. */
export function parseRawEnv(text: string, lookup: Lookup = () => undefined): Map<string, string> {
  const out = new Map<string, string>();
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.replace(/^\s+/, '');
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    const key = eq < 0 ? line.trim() : line.slice(0, eq);
    if (key === '' || /\s/.test(key)) throw new DotenvError(`line ${index + 1}: variable name ${JSON.stringify(key)} is empty or contains whitespace`, index + 1);
    if (eq < 0) {
      const value = lookup(key);
      if (value !== undefined) out.set(key, value);
    } else {
      out.set(key, line.slice(eq + 1));
    }
  });
  return out;
}
