import { claims } from './data/claims.ts';
import { sources } from './data/sources.ts';
import { speakers } from './data/speakers.ts';
import { terms } from './data/terms.ts';
import type { Claim, ClaimId } from './model/claim.ts';
import type { GlossaryPack } from './model/pack.ts';
import type { Source, SourceId } from './model/source.ts';
import type { Speaker, SpeakerId } from './model/speaker.ts';
import type { Term, TermId, TermWithClaims } from './model/term.ts';

/** Lookups over a pack. The term→claims relation is derived from `claim.terms`, its only record. */
export interface PackIndex {
  termById: ReadonlyMap<TermId, Term>;
  claimById: ReadonlyMap<ClaimId, Claim>;
  speakerById: ReadonlyMap<SpeakerId, Speaker>;
  sourceById: ReadonlyMap<SourceId, Source>;
  /** Claims that name the term, in pack order; empty for an unknown id. */
  claimsForTerm(termId: TermId): readonly Claim[];
  /** Every term with the ids of its claims, in pack order. */
  termsWithClaims(): TermWithClaims[];
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  // The first of duplicate ids wins; the validator reports the duplicates.
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

export function indexPack(p: GlossaryPack): PackIndex {
  const claimsByTerm = new Map<TermId, Claim[]>();
  for (const claim of p.claims) {
    for (const termId of new Set(claim.terms)) {
      const list = claimsByTerm.get(termId);
      if (list) list.push(claim);
      else claimsByTerm.set(termId, [claim]);
    }
  }
  const claimsForTerm = (termId: TermId): readonly Claim[] => claimsByTerm.get(termId) ?? [];
  return {
    termById: byId(p.terms),
    claimById: byId(p.claims),
    speakerById: byId(p.speakers),
    sourceById: byId(p.sources),
    claimsForTerm,
    termsWithClaims: () => p.terms.map((t) => ({ ...t, claims: claimsForTerm(t.id).map((c) => c.id) })),
  };
}

/** The pack the extension ships. It must not import the source texts: only the quotes ship. */
export const pack: GlossaryPack = { sources, speakers, terms, claims };

const shipped = indexPack(pack);
export const { termById, claimById, speakerById, sourceById, claimsForTerm, termsWithClaims } = shipped;
