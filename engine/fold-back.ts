/**
 * Reading the original text backwards in folded form: where does the original text that folds
 * to a given normalised alias, and ends at a given index, begin? The matcher's automaton only
 * says that a pattern ends somewhere; this finds (and so also proves) where it starts.
 */
import { isJamoL, isJamoT, isJamoV } from './jamo.ts';
import * as normalize from './normalize.ts';

// Local copies: loaders that compile imports to getters (tsx, vitest) would otherwise add a call
// to every use in the loops below.
const { FOLD_FIRST_UNIT, FOLD_REMOVED, FOLD_SPACE, FOLD_UNKNOWN, foldAt, foldTable, foldUnit } = normalize;

function within(unit: number, first: number, last: number): boolean {
  return unit >= first && unit <= last;
}

/** Where the (possibly multi-unit) character that ends at `end` starts. */
function characterStart(text: string, end: number): number {
  const unit = text.charCodeAt(end - 1);
  if (within(unit, 0xdc00, 0xdfff) && end >= 2 && within(text.charCodeAt(end - 2), 0xd800, 0xdbff)) {
    return end - 2;
  }
  // A decomposed Hangul syllable (L V or L V T) folds as one character.
  if (isJamoT(unit) && end >= 3) {
    if (isJamoV(text.charCodeAt(end - 2))) {
      if (isJamoL(text.charCodeAt(end - 3))) return end - 3;
    }
  }
  if (isJamoV(unit) && end >= 2) {
    if (isJamoL(text.charCodeAt(end - 2))) return end - 2;
  }
  return end - 1;
}

/**
 * The index where the original text that folds to `key` and ends at `end` begins, or -1 if the
 * text before `end` does not fold to `key` (white-space runs count as one space, dropped
 * characters as nothing; a character whose fold is only partly inside `key` does not count).
 * With `keepCase`, `key` is compared with the text's case kept.
 */
export function aliasStart(text: string, end: number, key: string, keepCase = false): number {
  const table = foldTable(keepCase);
  let pos = key.length;
  let k = end;
  while (pos > 0) {
    if (k <= 0) return -1;
    let entry = table[text.charCodeAt(k - 1)]!;
    if (entry === FOLD_UNKNOWN) entry = foldUnit(text.charCodeAt(k - 1), keepCase);
    if (entry >= FOLD_FIRST_UNIT) {
      if (key.charCodeAt(pos - 1) !== entry) return -1;
      pos--;
      k--;
    } else if (entry === FOLD_REMOVED) {
      k--;
    } else if (entry === FOLD_SPACE) {
      if (key.charCodeAt(pos - 1) !== 32) return -1;
      pos--;
      k--;
      while (k > 0) {
        const unit = text.charCodeAt(k - 1);
        const before = table[unit] === FOLD_UNKNOWN ? foldUnit(unit, keepCase) : table[unit];
        if (before !== FOLD_SPACE && before !== FOLD_REMOVED) break;
        k--;
      }
    } else {
      const start = characterStart(text, k);
      const { folded, length } = foldAt(text, start, keepCase);
      if (start + length !== k) return -1; // `end` falls inside a composed syllable
      if (folded.length > pos || key.slice(pos - folded.length, pos) !== folded) return -1;
      pos -= folded.length;
      k = start;
    }
  }
  return k;
}
