// The interpolation grammar of compose-go's `template` package (Compose spec §12 "Interpolation"):
//   $$ → $ · $NAME · ${NAME} · ${NAME:-default} ${NAME-default} · ${NAME:?err} ${NAME?err} · ${NAME:+alt} ${NAME+alt}
// Defaults/alternatives/messages are themselves templates, expanded only when used, so nesting works.
// A `$` not followed by a name, `{` or `$` is kept as written (`^a$`, `$1`); a `${…}` that does not parse is an
// error, as in compose-go (no shell extras such as ${V/x/y} or ${#V}).

export type Lookup = (name: string) => string | undefined;

/** Thrown for a template that cannot be expanded; `message` is compose-go's text. */
export class TemplateError extends Error {
  constructor(
    message: string,
    /** true for `invalid interpolation format`, false for a required variable. */
    readonly invalidFormat: boolean,
  ) {
    super(message);
  }
}

const NAME_START = /[_a-zA-Z]/;
const NAME_CHAR = /[_a-zA-Z0-9]/;
const BRACED = /^([_a-zA-Z][_a-zA-Z0-9]*)(?:(:?[-+?])([\s\S]*))?$/;

/**
 * Expands `template`. `onUnset` is called for each variable used without a default and not set
 * (compose-go warns `The "V" variable is not set. Defaulting to a blank string.`).
 */
export function substitute(template: string, lookup: Lookup, onUnset?: (name: string) => void): string {
  if (!template.includes('$')) return template;
  let out = '';
  let i = 0;
  const n = template.length;
  while (i < n) {
    const dollar = template.indexOf('$', i);
    if (dollar < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, dollar);
    const next = template[dollar + 1];
    if (next === '$') {
      out += '$';
      i = dollar + 2;
    } else if (next !== undefined && NAME_START.test(next)) {
      let end = dollar + 2;
      while (end < n && NAME_CHAR.test(template[end]!)) end++;
      const name = template.slice(dollar + 1, end);
      const value = lookup(name);
      if (value === undefined) onUnset?.(name);
      out += value ?? '';
      i = end;
    } else if (next === '{') {
      const close = closingBrace(template, dollar + 2);
      if (close < 0) throw new TemplateError('invalid interpolation format', true);
      out += expandBraced(template.slice(dollar + 2, close), lookup, onUnset);
      i = close + 1;
    } else {
      out += '$';
      i = dollar + 1;
    }
  }
  return out;
}

/** Index of the `}` closing a `${` whose body starts at `from`, counting nested `{`; -1 if unclosed. */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return j;
  }
  return -1;
}

function expandBraced(body: string, lookup: Lookup, onUnset?: (name: string) => void): string {
  const match = BRACED.exec(body);
  if (!match) throw new TemplateError('invalid interpolation format', true);
  const [, name, operator, argument = ''] = match as unknown as [string, string, string | undefined, string | undefined];
  const value = lookup(name);
  const arg = (): string => substitute(argument, lookup, onUnset);
  switch (operator) {
    case undefined:
      if (value === undefined) onUnset?.(name);
      return value ?? '';
    case ':-':
      return value === undefined || value === '' ? arg() : value;
    case '-':
      return value === undefined ? arg() : value;
    case ':+':
      return value === undefined || value === '' ? '' : arg();
    case '+':
      return value === undefined ? '' : arg();
    case ':?':
    case '?':
      if (value === undefined || (operator === ':?' && value === '')) {
        const message = arg();
        throw new TemplateError(`required variable ${name} is missing a value${message ? `: ${message}` : ''}`, false);
      }
      return value;
    default:
      throw new TemplateError('invalid interpolation format', true);
  }
}
