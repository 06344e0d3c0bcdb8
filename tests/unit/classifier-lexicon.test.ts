import { describe, expect, it } from 'vitest';
import { COMPETING_TOPICS, otherKims } from '../../engine/competing-topics.ts';
import { RELEVANCE_SIGNALS, STATE_MEDIA_DATELINE } from '../../engine/relevance-lexicon.ts';
import { CLASSIFIER_SIGNALS } from '../../engine/classifier.ts';
import {
  createSignalMatcher,
  findSignals,
  isWordChar,
  lexiconExpressions,
} from '../../engine/relevance-matcher.ts';
import { wordCount } from '../../engine/word-count.ts';

const ids = (text: string): string[] => findSignals(text).map((hit) => hit.id);

describe('relevance lexicon matcher', () => {
  it('matches spelling variants of names: spaces, hyphens, run together, curly apostrophes', () => {
    for (const text of ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un', 'Kim Jongun', 'kim jong un']) {
      expect(ids(text), text).toEqual(['kim-jong-un']);
    }
    for (const text of [
      "Workers' Party of Korea",
      'Workers’ Party of Korea',
      'Worker’s Party of Korea',
      'Workers Party of Korea',
    ]) {
      expect(ids(text), text).toEqual(['workers-party-of-korea']);
    }
  });

  it('prefers the longest form where forms overlap', () => {
    expect(ids("the Workers' Party of Korea met")).toEqual(['workers-party-of-korea']);
    expect(ids('North Korean troops')).toEqual(['north-korea']);
    expect(ids('탈북민 지원')).toEqual(['nk-society']);
    expect(ids('탈북 경로')).toEqual(['inter-korean']);
  });

  it('keeps English word boundaries, with plurals and possessives', () => {
    expect(ids('North Koreans')).toEqual(['north-korea']);
    expect(ids("Pyongyang's envoy")).toEqual(['pyongyang']);
    expect(ids('defectors and defections')).toEqual(['nk-context', 'nk-context']);
    expect(ids('Rasonable')).toEqual([]);
    expect(ids('XKaesong')).toEqual([]);
    expect(ids('Kaesong.')).toEqual(['nk-place']);
  });

  it('lets Hangul particles follow a noun, but not a syllable precede it', () => {
    expect(ids('평양에서')).toEqual(['pyongyang']);
    expect(ids('조선로동당의')).toEqual(['workers-party-of-korea']);
    expect(ids('장마당에서')).toEqual(['nk-society']);
    expect(ids('남북한')).toEqual(['inter-korean']);
    expect(ids('청진기')).toEqual([]); // a stethoscope, not the city of Chongjin
  });

  it('knows the state’s hacking units and the Korean words for sanctions and puppets', () => {
    expect(ids('the Lazarus Group and Kimsuky')).toEqual(['nk-cyber-unit', 'nk-cyber-unit']);
    expect(ids('라자루스 해킹')).toEqual(['nk-cyber-unit']);
    expect(ids('제재 위반, 괴뢰들')).toEqual(['nk-context', 'nk-context']);
    expect(ids('Nampo and Haeju')).toEqual(['nk-place', 'nk-place']);
  });

  it('matches case-sensitive forms only with their case', () => {
    expect(ids('DPRK and KCNA')).toEqual(['dprk', 'state-media']);
    expect(ids('dprk and kcna')).toEqual([]);
    expect(ids('the North said')).toEqual(['the-north']);
    expect(ids('the north said')).toEqual([]);
    expect(ids('the North Sea')).toEqual([]);
    expect(ids('the North Korean army')).toEqual(['north-korea']);
  });

  it('finds long names glued to their neighbours in scraped text', () => {
    expect(ids('the respected General SecretaryKim Jong Unvisited a factory')).toContain('kim-jong-un');
    // …but not short ones inside other words.
    expect(ids('Nordkoreanisch')).toEqual([]);
  });

  it('reads 北 as North Korea in Korean headlines but not inside Chinese or Japanese words', () => {
    expect(ids('北, 미사일 발사')).toEqual(['north-korea-abbreviation']);
    expect(ids('대北 제재')).toEqual(['north-korea-abbreviation', 'nk-context']);
    expect(ids('北京に行く')).toEqual([]);
    expect(ids('東北地方')).toEqual([]);
  });

  it('finds the same with the expressions built beforehand (as the extension build does) as without', () => {
    const built = lexiconExpressions(CLASSIFIER_SIGNALS);
    // The build hands them over as JSON.
    const withBuilt = createSignalMatcher(CLASSIFIER_SIGNALS, JSON.parse(JSON.stringify(built)));
    const without = createSignalMatcher(CLASSIFIER_SIGNALS);
    const text =
      "Pyongyang, May 4 (KCNA) -- Kim Jong Un's Workers’ Party of Korea met; 북한의 장마당과 김여정 담화. " +
      'Seoul’s KOSPI rose as K-pop idols toured; the DPRK and N. Korea, North-Korean, kim jong-un.';
    expect(without(text).length).toBeGreaterThan(8);
    expect(withBuilt(text)).toEqual(without(text));
    // The build computes them from the same lexicon as this, so they cannot go stale.
    expect(built.insensitive.length).toBeGreaterThan(1000);
  });

  it('refuses a lexicon that lists one form under two signals', () => {
    const matcher = createSignalMatcher([
      { id: 'a', strength: 'strong', forms: ['Pyongyang'] },
      { id: 'b', strength: 'weak', forms: ['pyong-yang'] },
    ]);
    expect(() => matcher('x')).toThrow(/both a and b/);
  });

  it('compiles the shipped lexicons together without a clash', () => {
    const matcher = createSignalMatcher([
      ...RELEVANCE_SIGNALS,
      ...COMPETING_TOPICS.map((topic) => ({ ...topic, id: `not:${topic.id}` })),
    ]);
    expect(matcher('영국 노동당').map((hit) => hit.id)).toEqual(['not:other-party']);
    expect(matcher('노동당').map((hit) => hit.id)).toEqual(['nk-context']);
  });
});

describe('other Kims', () => {
  it('finds people named Kim who are not the North’s leaders', () => {
    const found = otherKims(
      'Kim Kardashian met Kim Dae-jung. Kim Jong Un, Kim Jong-il, Kim Il Sung and Kim Yo Jong did not. Kim Jong-kook sang.',
    ).map((m) => m.name);
    expect(found).toEqual(['Kim Kardashian', 'Kim Dae-jung', 'Kim Jong-kook']);
  });
});

describe('word count', () => {
  it('counts a Hangul word as two English words, and 1.5 Han or kana characters as one', () => {
    expect(wordCount('North Korea fired a missile')).toBe(5);
    expect(wordCount('북한이 미사일을 발사했다')).toBe(6);
    expect(wordCount('北朝鮮がミサイル')).toBe(6);
  });
});

describe('word characters', () => {
  it('treats letters of any script as word characters and punctuation or spaces as not', () => {
    for (const ch of ['a', 'Z', '7', 'é', '한', '北', 'д'])
      expect(isWordChar(ch.charCodeAt(0)), ch).toBe(true);
    for (const ch of [' ', '-', '’', '“', '\u00a0', '。', '，', '('])
      expect(isWordChar(ch.charCodeAt(0)), ch).toBe(false);
  });
});

describe('state media dateline', () => {
  it('recognises KCNA and Rodong Sinmun datelines at the start of a text only', () => {
    expect(STATE_MEDIA_DATELINE.test('Pyongyang, July 14 (KCNA) -- The Cabinet met.')).toBe(true);
    expect(STATE_MEDIA_DATELINE.test('Pyongyang, Jan. 5 (KCNA) — A report.')).toBe(true);
    expect(STATE_MEDIA_DATELINE.test('Seoul, July 14 (Yonhap) -- The Cabinet met.')).toBe(false);
    expect(STATE_MEDIA_DATELINE.test('Reuters quoted it: Pyongyang, July 14 (KCNA) -- a report')).toBe(false);
  });
});
