import type { ClaimId } from './claim.ts';

export const TERM_KINDS = [
  'organisation',
  'policy',
  'practice',
  'place',
  'person',
  'event',
  'idiom',
  'role',
  'concept',
] as const;

export type TermKind = (typeof TERM_KINDS)[number];

/** A glossary entry: what the extension marks in a page and explains in a popover. */
export interface Term {
  id: TermId;
  label: string;
  kind: TermKind;
  /** Short, neutral, factual; written for this project. */
  definition: string;
  /**
   * What the definition rests on: the source article alone, general knowledge (well-established
   * reference facts not in the article), or both.
   */
  definitionBasis: 'article' | 'general-knowledge' | 'article-and-general-knowledge';
  /** False for related terms the article never uses; the UI says so. */
  inArticle: boolean;
  /**
   * Forms found in news text, matched case-insensitively after normalisation (NFKC, apostrophes,
   * hyphens, diacritics, white space). Include the label itself, variants, plurals, and Hangul forms.
   * Rule for aliases shared by terms (checked by the validator, with `normalizeAlias` from
   * engine/normalize.ts): two terms may never have the same alias after normalisation; an alias
   * contained in a longer one (`Party` in `Workers' Party`) is fine, because the longest match wins.
   */
  aliases: string[];
  /**
   * Acronyms and other forms matched only with exactly this case (`WPK` but not `wpk`). Same rule:
   * one may not equal another term's case-sensitive alias, nor its case-insensitive alias once case is folded.
   */
  caseSensitiveAliases?: string[];
  related: TermId[];
}

export type TermId = string;

/** A term with the claims that bear on it, as derived by the pack (claims name their terms). */
export interface TermWithClaims extends Term {
  claims: ClaimId[];
}
