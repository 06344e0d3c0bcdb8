import type { SourceId } from './source.ts';
import type { SpeakerId } from './speaker.ts';
import type { TermId } from './term.ts';

/** A passage of a source, verbatim (identical to the source once white space is collapsed). */
export interface Quote {
  text: string;
  /** Source URL + `#:~:text=` fragment that selects this passage, and only it, in the source. */
  link: string;
}

/** A statement the source makes, in one sentence of our own, with the words that support it. */
export interface Claim {
  id: ClaimId;
  text: string;
  terms: TermId[];
  source: SourceId;
  speaker: SpeakerId;
  evidence: Evidence;
  quotes: Quote[];
}

export interface Evidence {
  /** First-hand testimony of a named former member, or the publication's own reporting. */
  kind: 'testimony' | 'reporting';
  /** When it was said or published (2016 for the Daily NK article): never to be shown as current fact. */
  statedIn: number;
  /** The time the claim speaks of, as the source gives it ("1994", "the 2000s", "2016"). */
  about: string;
}

export type ClaimId = string;
