import { describe, expect, it } from 'vitest';
import { CharClass, charClassAt } from '../../engine/char-class.ts';
import { buildMatcher, type Match, type MatcherEntry } from '../../engine/matcher.ts';
import { normalizeAlias, normalizeWithOffsets } from '../../engine/normalize.ts';
import { entriesFromTerms } from '../../engine/term-entries.ts';
import { terms } from '../../glossary/data/terms.ts';
import { randomText, seededRandom } from './engine-random.ts';

const ENTRIES: MatcherEntry[] = [
  { alias: "Workers' Party of Korea", termId: 'wpk' },
  { alias: 'WPK', termId: 'wpk', caseSensitive: true },
  { alias: 'Party', termId: 'party' },
  { alias: 'cadre', termId: 'cadre' },
  { alias: 'march', termId: 'march' },
  { alias: 'Kim Jong Un', termId: 'kju' },
  { alias: "ch'ŏnghwa", termId: 'chonghwa' },
  { alias: '조선로동당', termId: 'wpk' },
  { alias: '장마당', termId: 'jangmadang' },
  { alias: 'songbun', termId: 'songbun' },
  { alias: 'fi', termId: 'fi' },
  { alias: 'café', termId: 'cafe' },
  { alias: 'Party cadre', termId: 'party-cadre' },
  { alias: 'cadre school', termId: 'cadre-school' },
  { alias: 'member', termId: 'member' },
  { alias: 'members', termId: 'members' },
];

const matcher = buildMatcher(ENTRIES);

/** The matched texts, in order, as "text→termId". */
function found(text: string, m = matcher): string[] {
  return m.findAll(text).map((x) => `${text.slice(x.start, x.end)}→${x.termId}`);
}

describe('matching', () => {
  it('reports original offsets through curly quotes, no-break spaces and line breaks', () => {
    const text = 'The Workers’ Party\u00A0of\n  Korea met.';
    const [match] = matcher.findAll(text);
    expect(match).toEqual({
      start: 4,
      end: text.indexOf(' met'),
      termId: 'wpk',
      alias: "Workers' Party of Korea",
    });
  });

  it('folds romanization marks and apostrophe variants', () => {
    expect(found('a chʼŏnghwa and a ch’onghwa and a CH`ONGHWA and a cho\u0306nghwa')).toEqual([
      'chʼŏnghwa→chonghwa',
      'ch’onghwa→chonghwa',
      'CH`ONGHWA→chonghwa',
    ]);
  });

  it('keeps a decomposed accent inside the match', () => {
    expect(found('a cafe\u0301 here, a café there')).toEqual(['cafe\u0301→cafe', 'café→cafe']);
  });

  it('looks through soft hyphens and zero-width characters', () => {
    expect(found('two cad\u00ADres and song\u200Bbun')).toEqual([
      'cad\u00ADres→cadre',
      'song\u200Bbun→songbun',
    ]);
  });

  it('does not match part of one character’s expansion', () => {
    expect(found('ﬁ')).toEqual(['ﬁ→fi']);
    expect(found('ﬃ')).toEqual([]);
  });
});

describe('English word boundaries', () => {
  it('needs a boundary on both sides', () => {
    expect(found('partying Partyism superparty party_line party2 party')).toEqual(['party→party']);
  });

  it('takes plurals into the match and leaves possessive apostrophes out', () => {
    expect(found("cadres, cadre's, cadres’ and the Party's line; CADRES")).toEqual([
      'cadres→cadre',
      'cadre→cadre',
      'cadres→cadre',
      'Party→party',
      'CADRES→cadre',
    ]);
  });

  it('accepts -es only after s, x, z, ch, sh', () => {
    expect(found('marches')).toEqual(['marches→march']);
    expect(found('cadrees')).toEqual([]);
    expect(found('marchess')).toEqual([]);
  });

  it('accepts punctuation and hyphens as boundaries', () => {
    expect(found('(Party) pro-Party "Party" Party.')).toEqual([
      'Party→party',
      'Party→party',
      'Party→party',
      'Party→party',
    ]);
  });

  it('lets Hangul follow a Latin alias', () => {
    expect(found('WPK의 간부')).toEqual(['WPK→wpk']);
  });
});

describe('Hangul boundaries', () => {
  it('lets particles follow the noun', () => {
    expect(found('조선로동당의 당원들이 장마당에서 만났다')).toEqual(['조선로동당→wpk', '장마당→jangmadang']);
    expect(found('장마당은, 장마당을 (장마당)')).toEqual([
      '장마당→jangmadang',
      '장마당→jangmadang',
      '장마당→jangmadang',
    ]);
  });

  it('does not start inside a longer word', () => {
    expect(found('북장마당 x장마당 1장마당')).toEqual([]);
  });

  it('matches decomposed syllables', () => {
    const decomposed = '장마당'.normalize('NFD');
    expect(found(`${decomposed}에서`)).toEqual([`${decomposed}→jangmadang`]);
  });
});

describe('longest match and overlaps', () => {
  it('keeps the longest match, not its parts', () => {
    expect(found("the Workers' Party of Korea")).toEqual(["Workers' Party of Korea→wpk"]);
  });

  it('prefers an alias to a shorter alias with a plural ending', () => {
    expect(found('two members')).toEqual(['members→members']);
    expect(found('one member')).toEqual(['member→member']);
  });

  it('prefers the leftmost of overlapping matches', () => {
    expect(found('Party cadre school')).toEqual(['Party cadre→party-cadre']);
    expect(found('the cadre school')).toEqual(['cadre school→cadre-school']);
  });

  it('returns matches in order, without overlaps', () => {
    const matches = matcher.findAll('Party cadres and Party cadre school, cadre school; Party');
    for (let k = 1; k < matches.length; k++)
      expect(matches[k]!.start).toBeGreaterThanOrEqual(matches[k - 1]!.end);
  });
});

describe('case rules', () => {
  it('matches case-sensitive aliases only with their case', () => {
    expect(found('WPK, wpk, Wpk, ＷＰＫ')).toEqual(['WPK→wpk', 'ＷＰＫ→wpk']);
  });

  it('matches other aliases in any case', () => {
    expect(found('PARTY, party, pArTy')).toEqual(['PARTY→party', 'party→party', 'pArTy→party']);
  });

  it('picks the case-sensitive entry when the case agrees, the other one otherwise', () => {
    const m = buildMatcher([
      { alias: 'Ogd', termId: 'word' },
      { alias: 'OGD', termId: 'acronym', caseSensitive: true },
    ]);
    expect(found('OGD ogd Ogd', m)).toEqual(['OGD→acronym', 'ogd→word', 'Ogd→word']);
  });

  it('rejects an alias that normalises to nothing', () => {
    expect(() => buildMatcher([{ alias: ' \u200B ', termId: 'x' }])).toThrow(/empty/);
  });
});

describe('the shipped glossary', () => {
  const entries = entriesFromTerms(terms);
  const shipped = buildMatcher(entries);

  it('builds entries from aliases and case-sensitive aliases', () => {
    const wpk = terms.find((t) => t.id === 'workers-party-of-korea')!;
    const own = entries.filter((e) => e.termId === wpk.id);
    expect(own.filter((e) => !e.caseSensitive).map((e) => e.alias)).toEqual(wpk.aliases);
    expect(own.filter((e) => e.caseSensitive).map((e) => e.alias)).toEqual(wpk.caseSensitiveAliases ?? []);
  });

  it('finds every alias in a sentence', () => {
    for (const entry of entries) {
      const text = `Reports say ${entry.alias} today.`;
      const matches = shipped.findAll(text);
      expect(matches, entry.alias).toHaveLength(1);
      const [match] = matches;
      expect(text.slice(match!.start, match!.end)).toBe(entry.alias);
      expect(normalizeAlias(match!.alias)).toBe(normalizeAlias(entry.alias));
    }
  });
});

/** A slow, obviously correct matcher: search the normalised text for each alias. */
function referenceMatches(entries: readonly MatcherEntry[], text: string): Match[] {
  const { text: norm, offsets } = normalizeWithOffsets(text);
  const atCharBoundary = (k: number): boolean =>
    k === 0 || k === norm.length || offsets[k] !== offsets[k - 1];
  const classBefore = (k: number): number => charClassAt(norm.slice(Math.max(0, k - 2), k), true);
  const classAt = (k: number): number => charClassAt(norm.slice(k, k + 2), false);
  const found: Match[] = [];
  const aliasEnds = new Map<Match, number>();
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = normalizeAlias(entry.alias);
    if (seen.has(key)) continue;
    seen.add(key);
    const group = entries.filter((e) => normalizeAlias(e.alias) === key);
    group.sort((a, b) => Number(Boolean(b.caseSensitive)) - Number(Boolean(a.caseSensitive)));
    const first = charClassAt(key, false);
    const last = charClassAt(key, true);
    for (let a = norm.indexOf(key); a !== -1; a = norm.indexOf(key, a + 1)) {
      const b = a + key.length;
      if (!atCharBoundary(a) || !atCharBoundary(b)) continue;
      if (first === CharClass.Word && classBefore(a) === CharClass.Word) continue;
      if (first === CharClass.Hangul && classBefore(a) !== CharClass.Other) continue;
      let end = b;
      if (last === CharClass.Word && classAt(b) === CharClass.Word) {
        const latin = /[a-z]$/.test(key);
        const sibilant = /(?:[sxz]|[cs]h)$/.test(key);
        if (latin && norm[b] === 's' && atCharBoundary(b + 1) && classAt(b + 1) !== CharClass.Word)
          end = b + 1;
        else if (
          sibilant &&
          norm.startsWith('es', b) &&
          atCharBoundary(b + 2) &&
          classAt(b + 2) !== CharClass.Word
        )
          end = b + 2;
        else continue;
      }
      const original = text.slice(offsets[a], offsets[b]);
      const entry = group.find(
        (e) =>
          !e.caseSensitive ||
          normalizeWithOffsets(original, { keepCase: true }).text ===
            normalizeAlias(e.alias, { keepCase: true }),
      );
      if (!entry) continue;
      found.push({ start: offsets[a]!, end: offsets[end]!, termId: entry.termId, alias: entry.alias });
      aliasEnds.set(found[found.length - 1]!, offsets[b]!);
    }
  }
  found.sort((x, y) => x.start - y.start || y.end - x.end || aliasEnds.get(y)! - aliasEnds.get(x)!);
  const kept: Match[] = [];
  let reach = 0;
  for (const match of found) {
    if (match.start < reach) continue;
    kept.push(match);
    reach = match.end;
  }
  return kept;
}

describe('fuzz', { timeout: 60_000 }, () => {
  const words = [
    ...ENTRIES.map((e) => e.alias),
    'Party',
    'party’s',
    'WPK',
    'Wpk',
    'cadres',
    'es',
    's',
    'Kim Jong  Un',
    'member',
    'members',
    'Party members',
    'KIM\u00A0JONG UN',
    '조선로동당의',
    '장마당',
  ];

  it('every match normalises to its alias (with at most a plural ending), on character boundaries', () => {
    const random = seededRandom(2024);
    for (let n = 0; n < 3000; n++) {
      const text = randomText(random, 30, words);
      for (const match of matcher.findAll(text)) {
        const matched = normalizeAlias(text.slice(match.start, match.end));
        const key = normalizeAlias(match.alias);
        expect([key, `${key}s`, `${key}es`], JSON.stringify(text)).toContain(matched);
        const low = text.charCodeAt(match.start);
        expect(low >= 0xdc00 && low <= 0xdfff, JSON.stringify(text)).toBe(false);
      }
    }
  });

  it('agrees with a slow reference matcher', () => {
    const random = seededRandom(99);
    for (let n = 0; n < 3000; n++) {
      const text = randomText(random, 30, words);
      expect(matcher.findAll(text), JSON.stringify(text)).toEqual(referenceMatches(ENTRIES, text));
    }
  });
});
