// Escaping for the markdown GitHub renders (GFM + a subset of HTML). Every string that comes from user data
// (service names, images, error texts, stack event reasons, log lines) goes through one of these, so a crafted
// Compose file cannot inject markup into our comment: no tags (a stray `</details>` would swallow the rest of
// the comment), no HTML comments (which hide content), no links or images, no @mentions (which notify people),
// no #123 cross-references (which spam other issues' timelines), no math blocks, no right-to-left overrides.

/** Bidirectional overrides and isolates: they can make text read differently from what it is ("Trojan Source"). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** C0/C1 controls other than tab and newline. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** Zero-width joiner: placed after `@` and `#` so GitHub sees no mention or reference, while it reads the same. */
const ZWJ = '\u200D';

/**
 * Characters that mean something to GFM or HTML inline, as numeric character references (`(`, `)` and `!` only
 * matter next to `[`/`]`, which are escaped; quotes only inside attributes, where user text never goes). CommonMark treats a
 * character reference as literal text, never as syntax, so `&#42;` shows `*` and starts no emphasis.
 */
const INLINE_SPECIALS = /[&<>`*_[\]|~\\$@#]/g;
/** Line-start syntax (list items, setext underlines, ordered lists) when a value lands at the start of a line. */
const LEADING_BLOCK_SYNTAX = /^(?:[-+=]|\d+(?=[.)]))/;

/** Shortens to at most `maxLength` characters (not counting the ellipsis) so one hostile value cannot eat the budget. */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const omitted = text.length - maxLength;
  return `${text.slice(0, maxLength)}… (${omitted} more characters)`;
}

/**
 * Escapes untrusted text for inline use: paragraphs, headings, table cells, `<summary>`, `<code>`. Newlines
 * become spaces (a table row or a heading is one line).
 */
export function escapeText(value: unknown, maxLength = 500): string {
  const text = truncate(
    String(value ?? '')
      .replace(BIDI_CONTROLS, '')
      .replace(CONTROL_CHARACTERS, '')
      .replace(/\s*[\r\n]+\s*/g, ' '),
    maxLength,
  );
  return text
    .replace(INLINE_SPECIALS, (character) => (character === '@' || character === '#' ? `${character}${ZWJ}` : `&#${character.charCodeAt(0)};`))
    .replace(LEADING_BLOCK_SYNTAX, (prefix) => `&#${prefix.charCodeAt(0)};${prefix.slice(1)}`);
}

/** Untrusted text as inline code. `<code>` rather than backticks: backticks cannot be escaped inside a code span. */
export function code(value: unknown, maxLength = 500): string {
  return `<code>${escapeText(value, maxLength)}</code>`;
}

/**
 * A fenced code block whose fence is longer than any backtick run in the content, so the content cannot close
 * it. Inside a fence GitHub renders nothing: no tags, no mentions, no comments.
 */
export function codeBlock(content: string, language = ''): string {
  const cleaned = content.replace(/\r\n?/g, '\n').replace(BIDI_CONTROLS, '\uFFFD').replace(CONTROL_CHARACTERS, '');
  const longestRun = Math.max(0, ...Array.from(cleaned.matchAll(/`+/g), (match) => match[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  const info = /^[a-z0-9+-]*$/i.test(language) ? language : '';
  return `${fence}${info}\n${cleaned}${cleaned.endsWith('\n') || cleaned === '' ? '' : '\n'}${fence}`;
}

/**
 * A link when `url` is an http(s) URL, else the escaped text alone (a `javascript:` URL from a stack output is
 * never made clickable). Parentheses, pipes and spaces are percent-encoded so the destination cannot end early
 * or split a table cell.
 */
export function link(text: unknown, url: string | undefined): string {
  const label = escapeText(text);
  const safe = safeUrl(url);
  return safe ? `[${label}](${safe})` : label;
}

/** The URL normalized and made safe for a markdown link destination, or undefined when it is not http(s). */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return parsed.href.replace(/[()|<>"'\s\\`]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
