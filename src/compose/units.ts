// Value syntaxes Compose borrows from Go libraries, re-implemented exactly:
//   durations — go-str2duration (`1m30s`, `1.5h`, `10d`), returned in seconds, printed back like Go's Duration.String;
//   byte sizes — docker/go-units RAMInBytes (binary multiples: `512m` = 512 MiB, `1gb` = `1GiB`);
//   command lines — go-shellwords (quotes honoured, no shell, no expansion).

const DURATION_UNITS: Record<string, number> = {
  ns: 1e-9,
  us: 1e-6,
  'µs': 1e-6,
  'μs': 1e-6,
  ms: 1e-3,
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
};

/** Parses a Go duration into seconds; throws with a plain message when it is not one. */
export function parseDuration(text: string): number {
  const s = text.trim();
  if (s === '0' || s === '+0' || s === '-0') return 0;
  const m = /^([-+]?)((?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h|d|w))+)$/.exec(s);
  if (!m) {
    if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) throw new Error(`invalid duration "${text}": missing unit (e.g. "30s", "1m30s")`);
    throw new Error(`invalid duration "${text}": expected a number with a unit (ns, us, ms, s, m, h, d, w), e.g. "1m30s"`);
  }
  let total = 0;
  for (const part of m[2]!.matchAll(/(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h|d|w)/g)) total += Number(part[1]) * DURATION_UNITS[part[2]!]!;
  // Round to the nanosecond, as a Go Duration is.
  total = Math.round(total * 1e9) / 1e9;
  return m[1] === '-' ? -total : total;
}

/** Formats seconds like Go's time.Duration.String (`90` → `1m30s`, `0.5` → `500ms`). */
export function formatDuration(seconds: number): string {
  if (seconds === 0) return '0s';
  const sign = seconds < 0 ? '-' : '';
  let ns = Math.round(Math.abs(seconds) * 1e9);
  if (ns < 1e9) {
    if (ns < 1e3) return `${sign}${ns}ns`;
    if (ns < 1e6) return `${sign}${trimFraction(ns / 1e3)}µs`;
    return `${sign}${trimFraction(ns / 1e6)}ms`;
  }
  const hours = Math.floor(ns / 3600e9);
  ns -= hours * 3600e9;
  const minutes = Math.floor(ns / 60e9);
  ns -= minutes * 60e9;
  const secs = `${trimFraction(ns / 1e9)}s`;
  if (hours > 0) return `${sign}${hours}h${minutes}m${secs}`;
  if (minutes > 0) return `${sign}${minutes}m${secs}`;
  return `${sign}${secs}`;
}

function trimFraction(value: number): string {
  return String(Number(value.toFixed(9)));
}

const BYTE_MULTIPLIERS: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/** Parses a byte size: a number as-is, a string as an integer or go-units RAMInBytes (binary multiples). */
export function parseBytes(value: unknown): number {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error(`invalid size: ${value} (a byte count must be a whole number)`);
    return value;
  }
  if (typeof value !== 'string') throw new Error(`invalid size: expected a number of bytes or a string such as "512m"`);
  const s = value.trim();
  if (/^-?\d+$/.test(s)) return Number(s);
  const m = /^(\d+(?:\.\d+)?|\.\d+) ?([a-zA-Z]*)$/.exec(s);
  if (!m) {
    if (s.startsWith('-')) throw new Error(`invalid size: '${value}' (sizes cannot be negative)`);
    throw new Error(`invalid size: '${value}' (expected e.g. "512m", "1g", "64000kB")`);
  }
  const suffix = m[2]!.toLowerCase();
  let multiplier: number | undefined;
  if (suffix === '' || suffix === 'b') multiplier = 1;
  else if (suffix.length <= 3 && BYTE_MULTIPLIERS[suffix[0]!] && ['', 'b', 'ib'].includes(suffix.slice(1))) multiplier = BYTE_MULTIPLIERS[suffix[0]!];
  if (multiplier === undefined) throw new Error(`invalid suffix: '${m[2]}' in size '${value}' (use b, k, m, g, t or p, optionally followed by b or ib)`);
  return Math.floor(Number(m[1]) * multiplier);
}

/** Splits a command line as go-shellwords does (quotes and backslashes honoured, no expansion). */
export function splitShellWords(line: string): string[] {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else current += c;
      continue;
    }
    if (c === '\\' && i + 1 < line.length) {
      const next = line[i + 1]!;
      if (quote === '"' && !['"', '\\', '$', '`', '\n'].includes(next)) {
        current += c;
        continue;
      }
      i++;
      if (next !== '\n') current += next;
      inWord = true;
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = undefined;
      else current += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
      continue;
    }
    current += c;
    inWord = true;
  }
  if (quote) throw new Error(`unterminated ${quote === '"' ? 'double' : 'single'} quote in command ${JSON.stringify(line)}`);
  if (inWord) words.push(current);
  return words;
}

/** A file mode: YAML ints as written (0440 already read as octal by the parser), strings parsed as octal. */
export function parseFileMode(value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && /^(0o?)?[0-7]+$/.test(value.trim())) return parseInt(value.trim().replace(/^0o/, ''), 8);
  throw new Error(`invalid file mode ${JSON.stringify(value)}: expected an octal number such as 0440`);
}
