import { describe, expect, test } from 'vitest';
import {
  capitalisedPhrases,
  contentWordPairs,
  deriveExtraAliases,
  scaledTerms,
} from '../../scripts/bench/aliases.ts';
import type { Corpus } from '../../scripts/bench/corpus-text.ts';
import { bareLoop } from '../../scripts/bench/matcher-bench.ts';
import { combinedRegex, longestFirst, runRegex } from '../../scripts/bench/regex-baseline.ts';
import { normalizeAlias } from '../../engine/normalize.ts';
import type { Term } from '../../glossary/model/term.ts';

const found = (aliases: string[], text: string, options = {}) =>
  [...text.matchAll(combinedRegex(aliases, options))].map((m) => m[0]);

describe('combined regular expression baseline', () => {
  test('longest alias first, no overlaps', () => {
    expect(longestFirst(['Party', "Workers' Party of Korea", "Workers' Party"])).toEqual([
      "Workers' Party of Korea",
      "Workers' Party",
      'Party',
    ]);
    expect(
      found(
        ['Party', "Workers' Party of Korea", "Workers' Party"],
        "The Workers' Party of Korea and the Party",
      ),
    ).toEqual(["Workers' Party of Korea", 'Party']);
  });

  test('word boundaries like the engine: English plural, no match inside words, Hangul particles', () => {
    const aliases = ['Party', 'cadre', '장마당', '로동당'];
    expect(found(aliases, 'partying SuperParty cadres cadre’s Party.')).toEqual(['cadres', 'cadre', 'Party']);
    expect(found(aliases, '장마당에서 조선로동당의')).toEqual(['장마당']);
  });

  test('escapes regular-expression characters and matches case-insensitively', () => {
    expect(found(['D.P.R.K.', '8.3 workers'], 'the d.p.r.k. and 8.3 Workers, not DxPxRxKx')).toEqual([
      'd.p.r.k.',
      '8.3 Workers',
    ]);
  });

  test('the normalising spelling accepts curly apostrophes, dashes and runs of white space', () => {
    const text = 'Workers’ Party and military–first and Workers\u00A0 Party';
    expect(found(["Workers' Party", 'military-first'], text)).toEqual([]);
    expect(found(["Workers' Party", 'military-first', 'Workers Party'], text, { normalising: true })).toEqual(
      ['Workers’ Party', 'military–first', 'Workers\u00A0 Party'],
    );
  });

  test('the unicode spelling finds the same as the default one', () => {
    const text = 'Kim Jong Un met cadres of the WPK in Pyongyang; 평양에서 당대회.';
    const aliases = ['Kim Jong Un', 'cadre', 'WPK', 'Pyongyang', '평양', '당대회'];
    expect(found(aliases, text, { unicode: true })).toEqual(found(aliases, text));
    expect(runRegex(combinedRegex(aliases), text).count).toBe(6);
  });

  test('bare loop reads every character', () => {
    expect(bareLoop('ab')).toBe(97 + 98);
    expect(bareLoop('')).toBe(0);
  });
});

const corpus: Corpus = {
  articles: [
    {
      headline: 'Choe Son Hui Meets Foreign Minister',
      paragraphs: [
        'Pyongyang, May 3 (KCNA) -- Choe Son Hui met the State Planning Commission on socialist construction.',
        'The State Planning Commission discussed socialist construction and flood damage in Jagang Province.',
      ],
    },
  ],
  webParagraphs: [
    'The Taedong River flows through Pyongyang, and flood damage was reported along the river.',
  ],
};

describe('ten times the aliases, from the corpus', () => {
  test('names are runs of capitalised words, cut at commas and sentence starters', () => {
    const names = capitalisedPhrases([
      'On May 3, Choe Son Hui met the State Planning Commission of the DPRK.',
    ]);
    expect([...names.keys()]).toEqual(['Choe Son Hui', 'State Planning Commission of the DPRK']);
  });

  test('pairs are adjacent lower-case content words within a clause', () => {
    const pairs = contentWordPairs(['the flood damage, was reported; socialist construction']);
    expect([...pairs.keys()]).toEqual(['flood damage', 'socialist construction']);
  });

  test('extra aliases occur in the corpus, most frequent first, none equal to a taken alias', () => {
    const extra = deriveExtraAliases(corpus, 4, ['STATE PLANNING COMMISSION']);
    expect(extra).toHaveLength(4);
    expect(extra.map((a) => normalizeAlias(a))).not.toContain('state planning commission');
    expect(extra.slice(0, 2).sort()).toEqual(['flood damage', 'socialist construction']);
    const all = [
      ...corpus.articles.flatMap((a) => [a.headline, ...a.paragraphs]),
      ...corpus.webParagraphs,
    ].join('\n');
    for (const alias of extra) expect(all).toContain(alias);
    expect(() => deriveExtraAliases(corpus, 1000, [])).toThrow(/only/);
  });

  test('scaled terms hold factor × the shipped number of aliases, each extra its own term', () => {
    const shipped: Term[] = [
      {
        id: 'party',
        label: 'Party',
        kind: 'organisation',
        definition: 'd',
        definitionBasis: 'article',
        inArticle: true,
        aliases: ['Party'],
        caseSensitiveAliases: ['WPK'],
        related: [],
      },
    ];
    const scaled = scaledTerms(shipped, corpus, 3);
    expect(scaled.flatMap((t) => [...t.aliases, ...(t.caseSensitiveAliases ?? [])])).toHaveLength(6);
    expect(scaled[0]).toBe(shipped[0]);
    expect(new Set(scaled.map((t) => t.id)).size).toBe(scaled.length);
  });
});
