/**
 * What kind of character sits next to a match, for word boundaries. Works on folded text (see
 * normalize.ts), one code point at a time.
 */
export const CharClass = {
  /** Space, punctuation, symbols: a boundary. */
  Other: 0,
  /** Letters and digits of scripts written with spaces between words (Latin, Cyrillic, ...). */
  Word: 1,
  /** Hangul syllables and jamo: words are spaced, but particles attach to the noun. */
  Hangul: 2,
  /** Han, kana and other scripts written without spaces: no boundary to check. */
  Unspaced: 3,
} as const;

export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const HANGUL = /^[\p{Script=Hangul}]$/u;
const UNSPACED =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u;
const WORD = /^[\p{L}\p{N}\p{M}_]$/u;

const bmpCache = new Uint8Array(65536); // class + 1; 0 = not computed yet

function compute(ch: string): CharClass {
  if (HANGUL.test(ch)) return CharClass.Hangul;
  if (UNSPACED.test(ch)) return CharClass.Unspaced;
  if (WORD.test(ch)) return CharClass.Word;
  return CharClass.Other;
}

export function charClass(cp: number): CharClass {
  if (cp > 0xffff) return compute(String.fromCodePoint(cp));
  const cached = bmpCache[cp] ?? 0;
  if (cached !== 0) return (cached - 1) as CharClass;
  const computed = compute(String.fromCharCode(cp));
  bmpCache[cp] = computed + 1;
  return computed;
}

/** Class of the first (`fromEnd` false) or last code point of `text`; `Other` when empty. */
export function charClassAt(text: string, fromEnd: boolean): CharClass {
  if (text.length === 0) return CharClass.Other;
  if (!fromEnd) return charClass(text.codePointAt(0) ?? 0);
  const last = text.charCodeAt(text.length - 1);
  const isLow = last >= 0xdc00 && last <= 0xdfff && text.length > 1;
  return charClass((isLow ? text.codePointAt(text.length - 2) : last) ?? last);
}
