import type { GlossaryPack } from '../../glossary/model/pack.ts';
import { pack as shippedPack } from '../../glossary/pack.ts';
import type { TermId } from '../../glossary/model/term.ts';
import { indexOf } from '../term/pack-index.ts';
import { termView } from '../term/term-view.ts';

/** Longest quote read out in full; longer ones are cut at a word, the popover has the rest. */
const MAX_QUOTE_CHARS = 220;

/**
 * What a screen reader hears once when a popover opens: the term, its first quote and who said
 * it. One sentence per opening, so moving over a paragraph full of marks is not a flood.
 */
export function announcementFor(termId: TermId, pack: GlossaryPack = shippedPack): string {
  const view = termView(termId, indexOf(pack), pack);
  if (!view) return '';
  const claim = view.claims[0];
  const quote = claim?.quotes[0];
  if (!claim || !quote) return `${view.label}: ${view.definition}`;
  return `${view.label}. “${shorten(quote.text)}” ${claim.speakerLine}, ${claim.dateLine.toLowerCase()}.`;
}

function shorten(text: string): string {
  if (text.length <= MAX_QUOTE_CHARS) return text;
  const cut = text.lastIndexOf(' ', MAX_QUOTE_CHARS);
  return `${text.slice(0, cut > 0 ? cut : MAX_QUOTE_CHARS)}…`;
}
