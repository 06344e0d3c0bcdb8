import { normalizeAlias } from '../../engine/normalize.ts';

/**
 * A spelling-blind key for names romanised from Korean: the same word spelled in McCune–Reischauer,
 * Revised Romanization or a newspaper's own way gives the same key (`Jangmadang` / `changmadang`,
 * `songbun` / `seongbun`, `Hamgyong` / `Hamgyeong`, `Kumkang` / `Geumgang`, `Kim Jong-un` /
 * `Kim Jong Un`), and so do forms that differ only in spaces, hyphens and apostrophes
 * (`womens union` / `Women's Union`). Used to recognise an exact hit, never shown.
 */
export function romanizationKey(text: string): string {
  return (
    normalizeAlias(text)
      // Spaces, hyphens, apostrophes and other punctuation carry no sound.
      .replace(/[^\p{L}\p{N}]+/gu, '')
      // Revised Romanization's vowel digraphs → McCune–Reischauer's (breves are already gone).
      .replace(/eo/g, 'o')
      .replace(/eu/g, 'u')
      .replace(/oo/g, 'u')
      .replace(/ee/g, 'i')
      .replace(/sh/g, 's')
      // Voiced and unvoiced stops are one letter in Korean: ㄱ k/g, ㄷ t/d, ㅂ p/b, ㅈ ch/j.
      .replace(/j/g, 'ch')
      .replace(/g/g, 'k')
      .replace(/d/g, 't')
      .replace(/b/g, 'p')
  );
}

/** Particles that attach to Korean nouns (`장마당에서` = "at the market"), longest first. */
const PARTICLES = [
  '에서는',
  '에서',
  '으로',
  '에게',
  '까지',
  '부터',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '도',
  '로',
  '와',
  '과',
  '만',
];

/** The noun without a trailing particle, when the word is Hangul and something remains. */
export function withoutParticle(word: string): string | null {
  if (!/^[\uAC00-\uD7A3]{2,}$/.test(word)) return null;
  for (const particle of PARTICLES) {
    if (word.endsWith(particle) && word.length - particle.length >= 2) return word.slice(0, -particle.length);
  }
  return null;
}
