import type { Claim } from './claim.ts';
import type { Source } from './source.ts';
import type { Speaker } from './speaker.ts';
import type { Term } from './term.ts';

/** Everything the extension knows: sources, speakers, terms and claims, linked by id. */
export interface GlossaryPack {
  sources: Source[];
  speakers: Speaker[];
  terms: Term[];
  claims: Claim[];
}
