import type { SourceId } from './source.ts';

/**
 * Who says a claim: one of the former Party members the article quotes, or the publication itself
 * for its own framing paragraphs.
 */
export interface Speaker {
  id: SpeakerId;
  name: string;
  kind: 'former-party-member' | 'publication';
  source: SourceId;
  /** What the source says of them, as shown beside their quotes ("Party member from 1998, defected 2009"). */
  summary: string;
  /** Only for former members: what the article says of their membership, work and defection. */
  membership?: {
    /** Year or period as the article gives it ("1994", "the 1990s"). */
    when: string;
    where: string;
    /** How they got it, if the article says ("'Hwaseon' membership while serving in the military"). */
    how?: string;
  };
  /** What they did, as the article says. */
  occupation?: string;
  /** Year they left North Korea. */
  defected?: number;
  /**
   * Where in the source this speaker has the floor: each span runs from the paragraph that opens with
   * `from` through the paragraph that ends with `to` (both verbatim). The validator checks that every
   * quote attributed to the speaker lies inside one of their spans.
   */
  spans: { from: string; to: string }[];
}

export type SpeakerId = string;
