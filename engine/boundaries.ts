/**
 * Where a match may begin and end: word boundaries for English (and other spaced scripts) and
 * for Hangul, read from the original text around a candidate.
 *
 * Start, by the alias's first character:
 *   - a letter or digit of a spaced script (`Party`, `8.3 …`): the character before must not be
 *     one (`Party` is not found in `SuperParty`; `pro-Party` and `(Party` are fine);
 *   - Hangul (`장마당`): the character before must not be a letter or digit of any script, so a
 *     Hangul alias is not found in the middle of a longer compound;
 *   - anything else (punctuation, Han, kana): no condition.
 * End, by the alias's last character:
 *   - a letter or digit of a spaced script: the character after must not be a letter or digit
 *     of a spaced script (`Party` is not found in `partying`; `WPK의` is fine). When the alias ends
 *     in a Latin letter, an English plural may come first and is part of the match: `s`
 *     (`cadres`), or `es` after s, x, z, ch, sh. Possessives need no rule: the apostrophe is
 *     already a boundary (`cadre's`, `cadres'`, `Party’s` all match, without the apostrophe);
 *   - Hangul: no condition, because particles attach to the noun (`조선로동당의`, `장마당에서`);
 *   - anything else: no condition.
 * Irregular plurals (`parties`) are not derived: the glossary lists them as aliases.
 * Characters the normaliser drops (combining marks, soft hyphens, zero-width characters) are
 * looked through, and the ones right after a match are part of it (a decomposed `é` stays whole).
 */
import * as charClasses from './char-class.ts';
import { CharClass } from './char-class.ts';
import * as normalize from './normalize.ts';

// Local copies: loaders that compile imports to getters (tsx, vitest) would otherwise add a call
// to every use; these run for every candidate match.
const { charClass, charClassAt } = charClasses;
const { foldAt } = normalize;
const WORD: CharClass = CharClass.Word;
const HANGUL: CharClass = CharClass.Hangul;
const OTHER: CharClass = CharClass.Other;

export interface AliasEdges {
  start: CharClass;
  end: CharClass;
  /** The alias ends with a Latin letter: `s` may follow. */
  takesPlural: boolean;
  /** …and ends with s, x, z, ch or sh: `es` may follow. */
  takesEsPlural: boolean;
}

/** Edges of a normalised (folded, lower-case) alias. */
export function aliasEdges(normalizedAlias: string): AliasEdges {
  const takesPlural = /[a-z]$/.test(normalizedAlias);
  return {
    start: charClassAt(normalizedAlias, false),
    end: charClassAt(normalizedAlias, true),
    takesPlural,
    takesEsPlural: takesPlural && /(?:[sxz]|[cs]h)$/.test(normalizedAlias),
  };
}

/** Class of the last folded character before original index `i`, looking through dropped ones. */
export function classBefore(text: string, i: number): CharClass {
  let k = i - 1;
  while (k >= 0) {
    let start = k;
    const unit = text.charCodeAt(k);
    if (unit >= 0xdc00 && unit <= 0xdfff && k > 0) {
      const high = text.charCodeAt(k - 1);
      if (high >= 0xd800 && high <= 0xdbff) start = k - 1;
    }
    const { folded } = foldAt(text, start);
    if (folded.length > 0) return charClassAt(folded, true);
    k = start - 1;
  }
  return OTHER;
}

/** Original index just past the dropped characters (marks, soft hyphens…) that start at `i`. */
export function skipDropped(text: string, i: number): number {
  let k = i;
  while (k < text.length) {
    const { folded, length } = foldAt(text, k);
    if (folded.length > 0) break;
    k += length;
  }
  return k;
}

/** The next folded character at or after `i`: its first code point's class and where it ends. */
function nextFolded(text: string, i: number): { folded: string; end: number } {
  const from = skipDropped(text, i);
  if (from >= text.length) return { folded: '', end: from };
  const { folded, length } = foldAt(text, from);
  return { folded, end: from + length };
}

function isSpacedWord(folded: string): boolean {
  return folded.length > 0 && charClass(folded.codePointAt(0) ?? 0) === WORD;
}

/** May a match of an alias with these edges start at original index `start`? */
export function startsAtBoundary(text: string, start: number, edges: AliasEdges): boolean {
  if (edges.start === WORD) return classBefore(text, start) !== WORD;
  if (edges.start === HANGUL) return classBefore(text, start) === OTHER;
  return true;
}

/**
 * Where a match that covers the alias up to original index `aliasEnd` really ends (past dropped
 * characters and a plural ending), or -1 when the alias runs on into a longer word.
 */
export function endOfMatch(text: string, aliasEnd: number, edges: AliasEdges): number {
  const end = skipDropped(text, aliasEnd);
  if (edges.end !== WORD) return end;
  const first = nextFolded(text, end);
  if (!isSpacedWord(first.folded)) return end;
  if (!edges.takesPlural) return -1;
  if (first.folded === 's') {
    const afterS = skipDropped(text, first.end);
    if (!isSpacedWord(nextFolded(text, afterS).folded)) return afterS;
    return -1;
  }
  if (first.folded === 'e' && edges.takesEsPlural) {
    const second = nextFolded(text, first.end);
    if (second.folded !== 's') return -1;
    const afterEs = skipDropped(text, second.end);
    if (!isSpacedWord(nextFolded(text, afterEs).folded)) return afterEs;
  }
  return -1;
}
