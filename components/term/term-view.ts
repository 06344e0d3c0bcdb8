import { formatCitation, speakerLine } from '../../glossary/citation.ts';
import type { PackIndex } from '../../glossary/pack.ts';
import { collapseWhiteSpace } from '../../glossary/rendered-text.ts';
import type { Claim } from '../../glossary/model/claim.ts';
import type { GlossaryPack } from '../../glossary/model/pack.ts';
import type { Term, TermId, TermKind } from '../../glossary/model/term.ts';

/** One quote as the card shows it: the passage, where it opens in the source, and what "copy" copies. */
export interface QuoteView {
  text: string;
  link: string;
  citation: string;
}

export interface ClaimView {
  id: string;
  text: string;
  speakerName: string;
  /** "Kim Ok Hui — Party member from 1998, defected 2009". */
  speakerLine: string;
  /** "Testimony given in 2016, about 1994": dated by when it was said, never as current fact. */
  dateLine: string;
  /** The publication the link opens, for the link's name ("Daily NK"). */
  publisher: string;
  quotes: QuoteView[];
}

export interface TermView {
  id: TermId;
  label: string;
  kind: string;
  definition: string;
  /** Set when the definition does not rest on the article alone, so the reader can weigh it. */
  basisNote: string | null;
  /** Set for terms the article never uses. */
  notInArticleNote: string | null;
  claims: ClaimView[];
  related: { id: TermId; label: string }[];
}

/** How each kind of term is named in the UI (the popover, the popup's results). */
export const KIND_LABELS: Record<TermKind, string> = {
  organisation: 'Organisation',
  policy: 'Policy',
  practice: 'Practice',
  place: 'Place',
  person: 'Person',
  event: 'Event',
  idiom: 'Idiom',
  role: 'Role',
  concept: 'Concept',
};

function basisNote(term: Term): string | null {
  switch (term.definitionBasis) {
    case 'article':
      return null;
    case 'general-knowledge':
      return 'Definition from general reference knowledge, not from the article.';
    case 'article-and-general-knowledge':
      return 'Definition from the article and general reference knowledge.';
  }
}

function dateLine(claim: Claim): string {
  const { kind, statedIn, about } = claim.evidence;
  const said = kind === 'testimony' ? `Testimony given in ${statedIn}` : `Reported in ${statedIn}`;
  return about.trim() === '' || about === String(statedIn) ? said : `${said}, about ${about}`;
}

function claimView(claim: Claim, index: PackIndex, pack: GlossaryPack): ClaimView | null {
  const speaker = index.speakerById.get(claim.speaker);
  const source = index.sourceById.get(claim.source);
  // The validator rejects dangling ids; a card never shows a quote it cannot attribute.
  if (!speaker || !source) return null;
  return {
    id: claim.id,
    text: claim.text,
    speakerName: speaker.name,
    speakerLine: speakerLine(speaker),
    dateLine: dateLine(claim),
    publisher: source.publisher,
    quotes: claim.quotes.map((quote) => ({
      text: collapseWhiteSpace(quote.text),
      link: quote.link,
      citation: formatCitation(quote, claim, pack),
    })),
  };
}

/** Everything the term card shows for one term, or null for an id the pack does not have. */
export function termView(termId: TermId, index: PackIndex, pack: GlossaryPack): TermView | null {
  const term = index.termById.get(termId);
  if (!term) return null;
  return {
    id: term.id,
    label: term.label,
    kind: KIND_LABELS[term.kind],
    definition: term.definition,
    basisNote: basisNote(term),
    notInArticleNote: term.inArticle
      ? null
      : 'Not in the article: the article does not use this term; it is explained here for context.',
    claims: index
      .claimsForTerm(termId)
      .map((claim) => claimView(claim, index, pack))
      .filter((c): c is ClaimView => c !== null),
    related: term.related.flatMap((id) => {
      const other = index.termById.get(id);
      return other ? [{ id, label: other.label }] : [];
    }),
  };
}
