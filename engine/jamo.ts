/**
 * Unicode's conjoining jamo (the U+1100 block): the leading consonant (L), vowel (V) and optional
 * trailing consonant (T) that a Hangul syllable decomposes into, and the arithmetic that composes
 * them (Unicode §3.12). One definition for the normaliser, which composes them, and for reading
 * folded text backwards (fold-back.ts), which must know where a decomposed syllable begins.
 */
export const HANGUL_SYLLABLE_FIRST = 0xac00;
export const HANGUL_SYLLABLE_LAST = 0xd7a3;
export const JAMO_L_FIRST = 0x1100;
export const JAMO_L_COUNT = 19;
export const JAMO_V_FIRST = 0x1161;
export const JAMO_V_COUNT = 21;
/** T index 0 means "no trailing consonant": the real ones are `JAMO_T_BASE + 1` onwards. */
export const JAMO_T_BASE = 0x11a7;
export const JAMO_T_COUNT = 28;

export function isJamoL(unit: number): boolean {
  return unit >= JAMO_L_FIRST && unit < JAMO_L_FIRST + JAMO_L_COUNT;
}

export function isJamoV(unit: number): boolean {
  return unit >= JAMO_V_FIRST && unit < JAMO_V_FIRST + JAMO_V_COUNT;
}

export function isJamoT(unit: number): boolean {
  return unit > JAMO_T_BASE && unit < JAMO_T_BASE + JAMO_T_COUNT;
}
