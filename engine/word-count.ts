/**
 * Length of a text in English-word equivalents, so that densities compare across scripts.
 *
 * One Hangul word (a noun with its particles, written together) carries about as much as two
 * English words: 2.0 is the median ratio of English to Korean word counts over eight pairs of
 * translated texts in the classifier's dev set. Han and kana are written without spaces; about
 * 1.5 characters make one English word.
 */
export const HANGUL_WORD_WEIGHT = 2;
export const IDEOGRAPHS_PER_WORD = 1.5;

export function wordCount(text: string): number {
  let latinWords = 0;
  let hangulWords = 0;
  let ideographs = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff)) {
      ideographs++;
      inWord = false;
    } else if (code >= 0xac00 && code <= 0xd7a3) {
      if (!inWord) hangulWords++;
      inWord = true;
    } else if (
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a) ||
      code >= 0xc0
    ) {
      if (!inWord) latinWords++;
      inWord = true;
    } else {
      inWord = false;
    }
  }
  return latinWords + HANGUL_WORD_WEIGHT * hangulWords + Math.ceil(ideographs / IDEOGRAPHS_PER_WORD);
}
