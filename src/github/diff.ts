// A line diff of a change detail's before/after values, for a ```diff block. CloudFormation gives objects as
// one-line JSON; pretty-printing both sides first turns "ContainerDefinitions changed" into the two lines that did.

/** Beyond this many lines per side the LCS table gets large; such values are shown as plain before/after. */
const MAX_DIFF_LINES = 400;

/** Pretty-prints JSON objects and lists; anything else is returned as is. */
export function prettyValue(value: string): string {
  const trimmed = value.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return value;
  try {
    return JSON.stringify(JSON.parse(trimmed), null, 2);
  } catch {
    return value;
  }
}

/**
 * Unified-style lines (`- `, `+ `, `  `) for a before → after change. Either side may be absent (an added or
 * removed property). Unchanged runs longer than `context * 2` lines are folded to `  …`.
 */
export function diffLines(before: string | undefined, after: string | undefined, context = 3): string[] {
  const left = before === undefined ? [] : prettyValue(before).split('\n');
  const right = after === undefined ? [] : prettyValue(after).split('\n');
  if (left.length > MAX_DIFF_LINES || right.length > MAX_DIFF_LINES) {
    return [...left.map((line) => `- ${line}`), ...right.map((line) => `+ ${line}`)];
  }
  // Longest common subsequence, classic dynamic programming from the end.
  const lengths: number[][] = Array.from({ length: left.length + 1 }, () => new Array<number>(right.length + 1).fill(0));
  for (let i = left.length - 1; i >= 0; i--) {
    for (let j = right.length - 1; j >= 0; j--) {
      lengths[i][j] = left[i] === right[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const lines: { kind: ' ' | '-' | '+'; text: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    if (i < left.length && j < right.length && left[i] === right[j]) {
      lines.push({ kind: ' ', text: left[i] });
      i++;
      j++;
    } else if (i < left.length && (j === right.length || lengths[i + 1][j] >= lengths[i][j + 1])) {
      // Removals before additions, as in a unified diff.
      lines.push({ kind: '-', text: left[i] });
      i++;
    } else {
      lines.push({ kind: '+', text: right[j] });
      j++;
    }
  }
  if (lines.every((line) => line.kind === ' ')) return lines.map((line) => `  ${line.text}`);
  // Fold long unchanged runs, keeping `context` lines around each change.
  const keep = lines.map((line, index) => line.kind !== ' ' || lines.slice(Math.max(0, index - context), index + context + 1).some((near) => near.kind !== ' '));
  const folded: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (keep[index]) folded.push(`${lines[index].kind} ${lines[index].text}`);
    else if (index === 0 || keep[index - 1]) folded.push('  …');
  }
  return folded;
}
