/**
 * The baseline matcher people write first: one combined case-insensitive regular expression of all
 * aliases, escaped, longest first (JavaScript alternation takes the first alternative that
 * matches, so longest first gives the longest match at a position), with word boundaries as close
 * to the engine's (engine/boundaries.ts) as a regular expression allows:
 *   - no letter or digit right before a match;
 *   - after an alias that ends in a Latin-like letter or digit, an optional English plural (`s`,
 *     `es`) and then no letter or digit; nothing required after an alias that ends in Hangul,
 *     whose particles attach (`장마당에서`).
 * Aliases are in two groups, those that need the end check and those that don't, so the check is
 * written once per group: V8 runs a long alternation of bare literals much faster than one where
 * every alternative carries its own lookahead (measured: about 2×).
 *
 * Case-sensitive aliases (`WPK`) go in case-insensitively: Node 20's V8 has no `(?-i:…)`
 * modifier, and one combined expression is the point of the baseline. Diacritics (`ch'ŏnghwa`),
 * NFKC forms and curly apostrophes are beyond a plain expression; the `normalising` spelling adds
 * character classes for white space, apostrophes and dashes, the closest a regular expression
 * gets to the engine's normalisation (reported as an extra: it is far slower).
 */

export interface RegexOptions {
  /** `u` flag and `\p{…}` classes instead of explicit ranges (slower in V8: an extra). */
  unicode?: boolean;
  /** White space, apostrophes and dashes as classes (see the module comment). */
  normalising?: boolean;
}

const APOSTROPHE_CLASS = "['`\u00B4\u02BC\u2018\u2019\u201B\u2032]";
const HYPHEN_CLASS = '[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]';
const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/** Letters and digits of the scripts in the glossary and corpus: Latin, Greek, Cyrillic, Hangul. */
const WORD_RANGES = '[\\w\\u00C0-\\u024F\\u0370-\\u04FF\\u1100-\\u11FF\\u3130-\\u318F\\uAC00-\\uD7A3]';
const WORD_UNICODE = '[\\p{L}\\p{N}\\p{M}_]';

const HANGUL_AT_END = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]$/;
const WORDISH_AT_END = /[\p{L}\p{N}]$/u;

/** Does the engine check the character after this alias (it ends in a spaced-script letter or digit)? */
export function needsEndBoundary(alias: string): boolean {
  const trimmed = alias.trim();
  return WORDISH_AT_END.test(trimmed) && !HANGUL_AT_END.test(trimmed);
}

/** One alias as a regular-expression source, boundaries left to the caller. */
export function aliasSource(alias: string, normalising = false): string {
  const trimmed = alias.trim();
  if (!normalising) return trimmed.replace(SPECIAL, '\\$&');
  let out = '';
  for (const ch of trimmed) {
    if (/\s/.test(ch)) {
      if (!out.endsWith('\\s+')) out += '\\s+';
    } else if (/['`\u00B4\u02BC\u2018\u2019\u201B\u2032]/.test(ch)) out += APOSTROPHE_CLASS;
    else if (/[-\u2010-\u2015\u2212]/.test(ch)) out += HYPHEN_CLASS;
    else out += ch.replace(SPECIAL, '\\$&');
  }
  return out;
}

/** Aliases longest first; equal lengths in a fixed order, so the expression is the same every run. */
export function longestFirst(aliases: Iterable<string>): string[] {
  const unique = [...new Set([...aliases].map((a) => a.trim()).filter((a) => a !== ''))];
  return unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

export function combinedRegex(aliases: Iterable<string>, options: RegexOptions = {}): RegExp {
  const word = options.unicode ? WORD_UNICODE : WORD_RANGES;
  const ordered = longestFirst(aliases);
  const source = (list: string[]): string => list.map((a) => aliasSource(a, options.normalising)).join('|');
  const checked = ordered.filter(needsEndBoundary);
  const unchecked = ordered.filter((a) => !needsEndBoundary(a));
  const groups: string[] = [];
  if (checked.length > 0) groups.push(`(?:${source(checked)})(?:e?s)?(?!${word})`);
  if (unchecked.length > 0) groups.push(`(?:${source(unchecked)})`);
  if (groups.length === 0) throw new Error('a combined regular expression needs at least one alias');
  return new RegExp(`(?<!${word})(?:${groups.join('|')})`, options.unicode ? 'giu' : 'gi');
}

/** Every match in `text`, counted; starts and ends are summed so that no work can be skipped. */
export function runRegex(regex: RegExp, text: string): { count: number; checksum: number } {
  regex.lastIndex = 0;
  let count = 0;
  let checksum = 0;
  for (const m of text.matchAll(regex)) {
    count++;
    checksum = (checksum + m.index + m[0].length) | 0;
  }
  return { count, checksum };
}
