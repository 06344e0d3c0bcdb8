/** Deterministic random inputs for the engine's property and fuzz tests. */

import { seededRandom } from '../../scripts/seeded-random.ts';

export { seededRandom };

/** Pieces that exercise every normalisation rule, and their neighbours. */
// prettier-ignore
const PIECES = [
  'a', 'b', 'c', 'e', 'r', 's', 'y', 'P', 'A', 'K', 'W', '1', ' ', ' ', '  ', '\u00A0', '\n', '\t',
  "'", '\u2019', '\u2018', '\u02BC', '`', '\u00B4', '"', '\u201C', '-', '\u2013', '\u2014', '\u2212',
  '\u0306', '\u0301', 'ŏ', 'é', 'İ', 'ß', 'Σ', 'ﬁ', 'ﬃ', 'Ａ', '𝐀', '😀', '\u00AD', '\u200B', '\u200D',
  '\uFEFF', '\u0007', '\uD800', '당', '의', '에', '서', '장', '마', 'ㅋ', '㈜', '\u1100', '\u1161',
  '\u11A8', '\u1103', '.', ',', '(', ')', '_', '中',
];

/** A random string of `maxPieces` pieces at most, drawn from the pieces above and `words`. */
export function randomText(random: () => number, maxPieces: number, words: readonly string[] = []): string {
  const count = Math.floor(random() * maxPieces);
  let text = '';
  for (let k = 0; k < count; k++) {
    const useWord = words.length > 0 && random() < 0.25;
    const pool = useWord ? words : PIECES;
    text += pool[Math.floor(random() * pool.length)];
  }
  return text;
}
