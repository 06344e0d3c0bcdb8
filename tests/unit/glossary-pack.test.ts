import { describe, expect, it } from 'vitest';
import { indexPack } from '../../glossary/pack.ts';
import { tinyPack } from './fixtures/glossary-tiny-pack.ts';

describe('indexPack', () => {
  it('looks records up by id', () => {
    const index = indexPack(tinyPack());
    expect(index.termById.get('fees')?.label).toBe('Party fees');
    expect(index.speakerById.get('ann')?.name).toBe('Ann Lee');
    expect(index.sourceById.get('paper')?.publisher).toBe('Daily Paper');
    expect(index.claimById.get('c-caring')?.speaker).toBe('ann');
    expect(index.termById.get('nope')).toBeUndefined();
  });

  it('derives the claims of a term from the terms each claim names, in pack order', () => {
    const index = indexPack(tinyPack());
    expect(index.claimsForTerm('fees').map((c) => c.id)).toEqual(['c-bribes', 'c-fees']);
    expect(index.claimsForTerm('party').map((c) => c.id)).toEqual(['c-caring', 'c-fees']);
    expect(index.claimsForTerm('songbun')).toEqual([]);
    expect(index.claimsForTerm('nope')).toEqual([]);
  });

  it('lists a claim once for a term even if the claim names the term twice', () => {
    const p = tinyPack();
    p.claims[0]!.terms.push('fees');
    expect(
      indexPack(p)
        .claimsForTerm('fees')
        .map((c) => c.id),
    ).toEqual(['c-bribes', 'c-fees']);
  });

  it('gives every term with its claim ids', () => {
    const withClaims = indexPack(tinyPack()).termsWithClaims();
    expect(withClaims.map((t) => [t.id, t.claims])).toEqual([
      ['party', ['c-caring', 'c-fees']],
      ['fees', ['c-bribes', 'c-fees']],
      ['cadre', ['c-bribes']],
      ['songbun', []],
    ]);
  });
});
