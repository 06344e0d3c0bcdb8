/**
 * Text normalisation for matching, with a map back to the original text.
 *
 * Every code point is folded on its own (the only context is Hangul jamo composition), which is
 * what lets us keep an exact offset map and lets the matcher fold text on the fly:
 *   1. apostrophes and quotes (’ ‘ ʼ ` ´ …) → `'` / `"`, hyphens and dashes (‐ – — − …) → `-`;
 *   2. NFKD (compatibility forms: ﬁ → fi, full-width Ａ → a, no-break space → space);
 *   3. lower case (skipped with `keepCase`, used to check case-sensitive aliases);
 *   4. every combining mark removed (diacritics and romanization marks: ch'ŏnghwa → ch'onghwa);
 *   5. NFC, which only recomposes Hangul (㈜ → (주)).
 * Precomposed Hangul syllables and compatibility jamo are kept as they are (step 2 would split
 * them); a decomposed syllable (conjoining jamo L V [T]) is composed, as NFKC does.
 * Format characters (soft hyphen, zero-width spaces and joiners, bidi marks) and control
 * characters are dropped, and every run of white space (including NBSP and line breaks) becomes
 * one space. Removing all marks after NFKD gives the same result as NFKC followed by removing
 * diacritics, whether the input was composed or not.
 */
import {
  HANGUL_SYLLABLE_FIRST,
  HANGUL_SYLLABLE_LAST,
  JAMO_L_FIRST,
  JAMO_T_BASE,
  JAMO_T_COUNT,
  JAMO_V_COUNT,
  JAMO_V_FIRST,
  isJamoL,
} from './jamo.ts';

export interface NormalizeOptions {
  /** Keep letter case (for aliases matched case-sensitively, like `WPK`). */
  keepCase?: boolean;
}

export interface NormalizedText {
  text: string;
  /**
   * `offsets[k]` is the index in the original text of the character that produced `text[k]`;
   * `offsets[text.length]` is the original length. Characters that were dropped (marks, format
   * characters, the rest of a white-space run) belong to the character before them, so
   * `original.slice(offsets[a], offsets[b])` normalises to `text.slice(a, b)` whenever `a` and `b`
   * are not inside the expansion of one character (where `offsets[k] === offsets[k - 1]`).
   */
  offsets: Uint32Array;
}

/** Values of a fold table entry below this are markers; at or above, the single folded unit. */
export const FOLD_UNKNOWN = 0;
export const FOLD_REMOVED = 1;
export const FOLD_SPACE = 2;
/** Several units, a surrogate, or a jamo that may compose: use `foldAt`. */
export const FOLD_COMPLEX = 3;
export const FOLD_FIRST_UNIT = 4;

const APOSTROPHES = "'`\u00B4\u02B9\u02BB\u02BC\u02BD\u2018\u2019\u201A\u201B\u2032\u2035\uFF07";
const QUOTES = '"\u201C\u201D\u201E\u201F\u2033\u2036\uFF02';
const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D';

const PUNCTUATION = new Map<number, string>();
for (const ch of APOSTROPHES) PUNCTUATION.set(ch.charCodeAt(0), "'");
for (const ch of QUOTES) PUNCTUATION.set(ch.charCodeAt(0), '"');
for (const ch of DASHES) PUNCTUATION.set(ch.charCodeAt(0), '-');

const WHITE_SPACE = /^[\s\u0085]$/u;
// \p{Cf}: soft hyphen, zero-width space/joiners, bidi controls, BOM; \p{Cc}: control characters.
const DROPPED = /^[\p{Cf}\p{Cc}]$/u;
const MARKS = /\p{M}/gu;

function isKeptHangul(cp: number): boolean {
  return (
    (cp >= HANGUL_SYLLABLE_FIRST && cp <= HANGUL_SYLLABLE_LAST) || (cp >= 0x3131 && cp <= 0x318e) // compatibility jamo: NFKD would turn them into conjoining jamo
  );
}

/** Fold one character that is not itself a mark, space or punctuation we map directly. */
function foldSingle(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const direct = PUNCTUATION.get(cp);
  if (direct !== undefined) return direct;
  if (WHITE_SPACE.test(ch)) return ' ';
  if (DROPPED.test(ch)) return '';
  return ch;
}

function computeFold(cp: number, keepCase: boolean): string {
  const ch = String.fromCodePoint(cp);
  if (isKeptHangul(cp)) return ch;
  const first = foldSingle(ch);
  if (first !== ch) return first;
  if (cp >= 0xd800 && cp <= 0xdfff) return ch; // lone surrogate: leave it
  let s = ch.normalize('NFKD');
  if (!keepCase) s = s.toLowerCase();
  s = s.replace(MARKS, '');
  let out = '';
  for (const part of s) out += foldSingle(part);
  return out.normalize('NFC');
}

const foldCaches = [new Map<number, string>(), new Map<number, string>()] as const;

/** The folded form of one code point (see the module comment). */
export function foldCodePoint(cp: number, keepCase = false): string {
  const cache = foldCaches[keepCase ? 1 : 0];
  let folded = cache.get(cp);
  if (folded === undefined) {
    folded = computeFold(cp, keepCase);
    cache.set(cp, folded);
  }
  return folded;
}

const foldTables = [new Uint16Array(65536), new Uint16Array(65536)] as const;

/** Conjoining jamo: they compose with their neighbours, so they are never folded alone. */
function isConjoiningJamo(c: number): boolean {
  return c >= JAMO_L_FIRST && c <= 0x11ff;
}

function computeTableEntry(unit: number, keepCase: boolean): number {
  if ((unit >= 0xd800 && unit <= 0xdfff) || isConjoiningJamo(unit)) return FOLD_COMPLEX;
  const folded = foldCodePoint(unit, keepCase);
  if (folded.length === 0) return FOLD_REMOVED;
  if (folded === ' ') return FOLD_SPACE;
  if (folded.length === 1 && folded.charCodeAt(0) >= FOLD_FIRST_UNIT) return folded.charCodeAt(0);
  return FOLD_COMPLEX;
}

/**
 * Table entry for one UTF-16 unit: a marker (`FOLD_REMOVED`, `FOLD_SPACE`, `FOLD_COMPLEX`) or the
 * folded unit itself. Filled lazily, shared by every caller (the matcher's hot loop reads it).
 */
export function foldUnit(unit: number, keepCase = false): number {
  const table = foldTables[keepCase ? 1 : 0];
  const entry = table[unit] ?? FOLD_UNKNOWN;
  if (entry !== FOLD_UNKNOWN) return entry;
  const computed = computeTableEntry(unit, keepCase);
  table[unit] = computed;
  return computed;
}

/**
 * The table behind `foldUnit`, for loops that read many units: an entry of `FOLD_UNKNOWN` means
 * "not computed yet, call `foldUnit`".
 */
export function foldTable(keepCase = false): Uint16Array {
  return foldTables[keepCase ? 1 : 0];
}

export interface FoldedChar {
  /** Folded text (possibly empty or several units). */
  folded: string;
  /** How many UTF-16 units of the original it consumed. */
  length: number;
}

/** Fold the character (code point, or jamo sequence forming one syllable) starting at `i`. */
export function foldAt(text: string, i: number, keepCase = false): FoldedChar {
  const c = text.charCodeAt(i);
  const entry = foldUnit(c, keepCase);
  if (entry >= FOLD_FIRST_UNIT) return { folded: String.fromCharCode(entry), length: 1 };
  if (entry === FOLD_SPACE) return { folded: ' ', length: 1 };
  if (entry === FOLD_REMOVED) return { folded: '', length: 1 };
  if (isJamoL(c)) {
    const v = text.charCodeAt(i + 1) - JAMO_V_FIRST;
    if (v >= 0 && v < JAMO_V_COUNT) {
      const t = text.charCodeAt(i + 2) - JAMO_T_BASE;
      const hasT = t > 0 && t < JAMO_T_COUNT;
      const syllable =
        HANGUL_SYLLABLE_FIRST + ((c - JAMO_L_FIRST) * JAMO_V_COUNT + v) * JAMO_T_COUNT + (hasT ? t : 0);
      return { folded: String.fromCharCode(syllable), length: hasT ? 3 : 2 };
    }
    return { folded: foldCodePoint(c, keepCase), length: 1 };
  }
  const cp = text.codePointAt(i) ?? c;
  return { folded: foldCodePoint(cp, keepCase), length: cp > 0xffff ? 2 : 1 };
}

/** Normalise `text` for matching, keeping for every output character its original index. */
export function normalizeWithOffsets(text: string, options: NormalizeOptions = {}): NormalizedText {
  const keepCase = options.keepCase === true;
  const n = text.length;
  let units = new Uint16Array(n + 8);
  let offsets = new Uint32Array(n + 9);
  let j = 0;
  let afterSpace = false;
  const emit = (unit: number, origin: number): void => {
    if (j + 1 >= units.length) {
      const grownUnits = new Uint16Array(units.length * 2 + 8);
      grownUnits.set(units);
      units = grownUnits;
      const grownOffsets = new Uint32Array(units.length + 1);
      grownOffsets.set(offsets);
      offsets = grownOffsets;
    }
    units[j] = unit;
    offsets[j] = origin;
    j++;
  };
  for (let i = 0; i < n;) {
    const entry = foldUnit(text.charCodeAt(i), keepCase);
    if (entry >= FOLD_FIRST_UNIT) {
      emit(entry, i);
      afterSpace = false;
      i++;
    } else if (entry === FOLD_SPACE) {
      if (!afterSpace) emit(32, i);
      afterSpace = true;
      i++;
    } else if (entry === FOLD_REMOVED) {
      i++;
    } else {
      const { folded, length } = foldAt(text, i, keepCase);
      for (let k = 0; k < folded.length; k++) {
        const unit = folded.charCodeAt(k);
        if (unit === 32) {
          if (!afterSpace) emit(32, i);
          afterSpace = true;
        } else {
          emit(unit, i);
          afterSpace = false;
        }
      }
      i += length;
    }
  }
  offsets[j] = n;
  return { text: unitsToString(units, j), offsets: offsets.subarray(0, j + 1) };
}

function unitsToString(units: Uint16Array, length: number): string {
  const CHUNK = 8192;
  let out = '';
  for (let k = 0; k < length; k += CHUNK) {
    out += String.fromCharCode.apply(
      null,
      units.subarray(k, Math.min(length, k + CHUNK)) as unknown as number[],
    );
  }
  return out;
}

/** `normalizeWithOffsets(text).text`, without the offsets. */
export function normalizeText(text: string, options: NormalizeOptions = {}): string {
  const keepCase = options.keepCase === true;
  let out = '';
  let afterSpace = false;
  for (let i = 0; i < text.length;) {
    const entry = foldUnit(text.charCodeAt(i), keepCase);
    let folded: string;
    let length = 1;
    if (entry >= FOLD_FIRST_UNIT) folded = String.fromCharCode(entry);
    else if (entry === FOLD_SPACE) folded = ' ';
    else if (entry === FOLD_REMOVED) folded = '';
    else ({ folded, length } = foldAt(text, i, keepCase));
    for (let k = 0; k < folded.length; k++) {
      const unit = folded.charCodeAt(k);
      if (unit === 32 && afterSpace) continue;
      afterSpace = unit === 32;
      out += folded[k];
    }
    i += length;
  }
  return out;
}

/** The form of an alias the matcher looks for: normalised, without leading or trailing space. */
export function normalizeAlias(alias: string, options: NormalizeOptions = {}): string {
  const text = normalizeText(alias, options);
  const start = text.startsWith(' ') ? 1 : 0;
  const end = text.endsWith(' ') && text.length > start ? text.length - 1 : text.length;
  return text.slice(start, end);
}
