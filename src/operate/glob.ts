// Stack-name globs for the sweep (`shop-pr-*`). Stack names are letters, digits and hyphens, so only `*`, `?`
// and `[…]` classes mean anything; every other character matches itself.

import { UserError } from '../errors.js';

export function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') source += '.*';
    else if (c === '?') source += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) throw new UserError(`Input "stack-pattern": "${pattern}" has a "[" without a closing "]".`);
      const body = pattern.slice(i + 1, end);
      const negated = body.startsWith('!') || body.startsWith('^');
      const members = (negated ? body.slice(1) : body).replace(/[\\\]^]/g, '\\$&');
      source += `[${negated ? '^' : ''}${members}]`;
      i = end;
    } else source += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** True when `name` matches any of the patterns. */
export function matchesAnyGlob(name: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((p) => p.test(name));
}
