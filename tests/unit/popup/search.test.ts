import { describe, expect, it } from 'vitest';
import { createGlossarySearch, nearlyContains, type SearchHit } from '../../../components/popup/search.ts';
import { excerpt, mergeRanges, segments } from '../../../components/popup/highlight.ts';
import { romanizationKey, withoutParticle } from '../../../components/popup/romanization.ts';
import { pack } from '../../../glossary/pack.ts';
import type { GlossaryPack } from '../../../glossary/model/pack.ts';

const glossary = createGlossarySearch(pack);
const ids = (query: string, n = 3) => glossary.search(query, n).map((h) => h.termId);
const top = (query: string): SearchHit => {
  const [hit] = glossary.search(query, 1);
  if (!hit) throw new Error(`no hit for ${query}`);
  return hit;
};
const marked = (h: { text: string; ranges: [number, number][] }) =>
  h.ranges.map(([s, e]) => h.text.slice(s, e));

describe('ranking on the shipped glossary', () => {
  it('puts the term whose label is the query first, as an exact hit', () => {
    expect(top('jangmadang')).toMatchObject({ termId: 'jangmadang', tier: 0 });
    expect(top('Songbun')).toMatchObject({ termId: 'songbun', tier: 0 });
    expect(top("Workers' Party of Korea")).toMatchObject({ termId: 'workers-party-of-korea', tier: 0 });
  });

  it('finds a term by an alias, and ranks it above terms that merely contain it', () => {
    expect(top('WPK')).toMatchObject({ termId: 'workers-party-of-korea', tier: 1 });
    expect(top('wpk').context).toMatchObject({ field: 'alias' });
    expect(top('Nodong Sinmun').termId).toBe('rodong-sinmun');
    expect(top('self-criticism').termId).toBe('chonghwa');
  });

  it('finds Hangul aliases, with or without a particle', () => {
    expect(top('장마당')).toMatchObject({ termId: 'jangmadang', tier: 1 });
    expect(top('장마당에서')).toMatchObject({ termId: 'jangmadang', tier: 1 });
    expect(top('조선로동당의').termId).toBe('workers-party-of-korea');
    expect(marked(top('장마당').context!.text)).toEqual(['장마당']);
  });

  it('tolerates typos', () => {
    expect(top('jangmadnag').termId).toBe('jangmadang');
    expect(top('defecter').termId).toBe('defector');
    expect(top('chonhwa').termId).toBe('chonghwa');
    expect(top('bribary').termId).toBe('bribery');
  });

  it('tolerates romanisation variants, marks and spacing', () => {
    expect(top('changmadang')).toMatchObject({ termId: 'jangmadang', tier: 0 });
    expect(top("ch'ŏnghwa")).toMatchObject({ termId: 'chonghwa', tier: 0 });
    expect(top('seongbun')).toMatchObject({ termId: 'songbun', tier: 0 });
    expect(top('Kim Jong-un')).toMatchObject({ termId: 'kim-jong-un', tier: 0 });
    expect(top('Geumgang').termId).toBe('kumkang-power-plant');
    expect(top('partymembership').termId).toBe('party-membership');
  });

  it('matches the words of a query in any order', () => {
    expect(top('bull ring nose').termId).toBe('bull-with-a-ring');
    expect(top('nose ring bull').termId).toBe('bull-with-a-ring');
    expect(top('womens union')).toMatchObject({ termId: 'womens-union', tier: 0 });
    expect(top('union women').termId).toBe('womens-union');
  });

  it('searches definitions, claims and quotes too, and says where it matched', () => {
    const hit = glossary.search('defected 2009', 10).find((h) => h.termId === 'party-membership');
    expect(hit?.context?.field).toMatch(/claim|quote/);
    expect(marked(hit!.context!.text).join(' ').toLowerCase()).toContain('2009');
  });

  it('ranks names that start with the query before fuzzy hits', () => {
    expect(top('jang')).toMatchObject({ termId: 'jangmadang', tier: 2 });
    expect(ids('8.3')).toEqual(expect.arrayContaining(['eight-three-party-life', 'eight-three-workers']));
  });

  it('gives nothing for an empty query or only small words', () => {
    expect(glossary.search('')).toEqual([]);
    expect(glossary.search('   ')).toEqual([]);
    expect(glossary.search('the of a')).toEqual([]);
  });

  it('highlights what matched, in the original text of the label', () => {
    expect(marked(top('bull ring nose').label)).toEqual(['bull', 'ring', 'nose']);
    expect(marked(top('jangmadnag').label)).toEqual(['jangmadang']);
    expect(marked(top('womens union').label)).toEqual(["Women's Union"]);
  });

  it('keeps below the best hit only entries that really contain every word of the query', () => {
    const hits = glossary.search('bull ring nose', 30);
    expect(hits.length).toBeGreaterThan(1);
    for (const hit of hits.slice(1)) {
      const shown = [...marked(hit.label), ...(hit.context ? marked(hit.context.text) : [])]
        .join(' ')
        .toLowerCase();
      for (const word of ['bull', 'ring', 'nose']) expect(shown, hit.termId).toContain(word);
    }
  });

  it('keeps results in order of tier, then score', () => {
    const hits = glossary.search('party', 30);
    for (let i = 1; i < hits.length; i++) {
      const [a, b] = [hits[i - 1]!, hits[i]!];
      expect(a.tier < b.tier || (a.tier === b.tier && a.score <= b.score)).toBe(true);
    }
  });
});

describe('on a small pack of its own', () => {
  const term = (id: string, label: string, aliases: string[], definition: string) => ({
    id,
    label,
    kind: 'concept' as const,
    definition,
    definitionBasis: 'article' as const,
    inArticle: true,
    aliases: [label, ...aliases],
    related: [],
  });
  const small: GlossaryPack = {
    sources: [],
    speakers: [],
    claims: [],
    // In reverse order of the expected ranking, so that pack order cannot explain the result.
    terms: [
      term('gamma', 'Gamma', [], 'Sometimes confused with the alpha unit.'),
      term('delta', 'Delta', ['alpha unit leader'], 'Heads one.'),
      term('beta', 'Beta group', ['alpha unit'], 'Formerly so called.'),
      term('alpha', 'Alpha unit', [], 'First.'),
    ],
  };
  const s = createGlossarySearch(small);
  it('ranks the label, then an alias, then a name that starts with the query, then the rest', () => {
    expect(s.search('alpha unit').map((h) => [h.termId, h.tier])).toEqual([
      ['alpha', 0],
      ['beta', 1],
      ['delta', 2],
      ['gamma', 3],
    ]);
  });
});

describe('romanizationKey', () => {
  it('gives one key to the spellings of one name', () => {
    expect(romanizationKey('Jangmadang')).toBe(romanizationKey('changmadang'));
    expect(romanizationKey('songbun')).toBe(romanizationKey('seongbun'));
    expect(romanizationKey('Kumkang')).toBe(romanizationKey('Geumgang'));
    expect(romanizationKey("Women's Union")).toBe(romanizationKey('womens union'));
  });
  it('keeps different names apart', () => {
    expect(romanizationKey('songun')).not.toBe(romanizationKey('songbun'));
    expect(romanizationKey('Kim Jong Il')).not.toBe(romanizationKey('Kim Jong Un'));
  });
});

describe('nearlyContains', () => {
  it('wants short words exactly and allows one or two typos in longer ones', () => {
    expect(nearlyContains('during the ring', 'ring')).toBe(true);
    expect(nearlyContains('being', 'ring')).toBe(false);
    expect(nearlyContains('the unoin', 'union')).toBe(true);
    expect(nearlyContains('the unoin', 'unions')).toBe(false);
    expect(nearlyContains('jangmadnag', 'jangmadang')).toBe(true);
    expect(nearlyContains('jangmaxxxg', 'jangmadang')).toBe(false);
  });
});

describe('withoutParticle', () => {
  it('drops a particle from a Hangul word, keeping at least two syllables', () => {
    expect(withoutParticle('장마당에서')).toBe('장마당');
    expect(withoutParticle('로동당의')).toBe('로동당');
    expect(withoutParticle('당의')).toBeNull();
    expect(withoutParticle('party')).toBeNull();
  });
});

describe('highlight helpers', () => {
  it('merges overlapping ranges and splits text into runs', () => {
    expect(
      mergeRanges([
        [5, 7],
        [0, 2],
        [1, 3],
        [7, 9],
      ]),
    ).toEqual([
      [0, 3],
      [5, 9],
    ]);
    expect(segments({ text: 'abcdef', ranges: [[1, 3]] })).toEqual([
      { text: 'a', mark: false },
      { text: 'bc', mark: true },
      { text: 'def', mark: false },
    ]);
  });
  it('cuts a long text around its first highlight and moves the ranges', () => {
    const text = `${'lorem ipsum '.repeat(30)}needle ${'dolor sit '.repeat(30)}`;
    const at = text.indexOf('needle');
    const cut = excerpt({ text, ranges: [[at, at + 6]] }, 80);
    expect(cut.text.length).toBeLessThanOrEqual(82);
    expect(cut.text.startsWith('…') && cut.text.endsWith('…')).toBe(true);
    expect(marked(cut)).toEqual(['needle']);
  });
});
