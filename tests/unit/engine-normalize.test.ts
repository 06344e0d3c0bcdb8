import { describe, expect, it } from 'vitest';
import { normalizeAlias, normalizeText, normalizeWithOffsets } from '../../engine/normalize.ts';
import { randomText, seededRandom } from './engine-random.ts';

describe('normalizeAlias', () => {
  it.each([
    ['Workers’ Party of Korea', "workers' party of korea"],
    ['Workers‘ Party', "workers' party"],
    ['Kim Il‐sung', 'kim il-sung'],
    ['Kim Il–sung', 'kim il-sung'],
    ['Kim Il—sung', 'kim il-sung'],
    ['Kim Il−sung', 'kim il-sung'],
    ["ch'ŏnghwa", "ch'onghwa"],
    ['chʼŏnghwa', "ch'onghwa"],
    ['ch`ŏnghwa', "ch'onghwa"],
    ['ch´ŏnghwa', "ch'onghwa"],
    ['cho\u0306nghwa', 'chonghwa'],
    ['Chosŏn Rodongdang', 'choson rodongdang'],
    ['  North\u00A0Korea\n\t ', 'north korea'],
    ['“songbun”', '"songbun"'],
    ['Ｐａｒｔｙ', 'party'],
    ['ﬁle', 'file'],
    ['cad\u00ADre', 'cadre'],
    ['zero\u200Bwidth', 'zerowidth'],
    ['조선로동당', '조선로동당'],
    ['장마당', '장마당'],
  ])('%j → %j', (alias, expected) => {
    expect(normalizeAlias(alias)).toBe(expected);
  });

  it('keeps Hangul syllables composed and composes decomposed ones', () => {
    expect(normalizeAlias('당')).toBe('당');
    expect(normalizeAlias('\u1103\u1161\u11BC')).toBe('당');
    expect(normalizeAlias('\u1103\u1161')).toBe('다');
    expect(normalizeAlias('ㅋㅋ')).toBe('ㅋㅋ');
  });

  it('keeps case only when asked', () => {
    expect(normalizeAlias('WPK')).toBe('wpk');
    expect(normalizeAlias('WPK', { keepCase: true })).toBe('WPK');
    expect(normalizeAlias('Ｗｐｋ ’', { keepCase: true })).toBe("Wpk '");
  });
});

describe('normalizeWithOffsets', { timeout: 60_000 }, () => {
  it('maps each normalised character to where it came from, with an end sentinel', () => {
    const original = 'A  b\u00ADc—d';
    const { text, offsets } = normalizeWithOffsets(original);
    expect(text).toBe('a bc-d');
    expect(Array.from(offsets)).toEqual([0, 1, 3, 5, 6, 7, original.length]);
  });

  it('gives every character of an expansion the same origin', () => {
    const { text, offsets } = normalizeWithOffsets('xﬃy');
    expect(text).toBe('xffiy');
    expect(Array.from(offsets)).toEqual([0, 1, 1, 1, 2, 3]);
  });

  it('handles astral characters and lone surrogates', () => {
    const { text, offsets } = normalizeWithOffsets('𝐀b\uD800c');
    expect(text).toBe('ab\uD800c');
    expect(Array.from(offsets)).toEqual([0, 2, 3, 4, 5]);
  });

  it('is idempotent', () => {
    const random = seededRandom(7);
    for (let n = 0; n < 300; n++) {
      const once = normalizeWithOffsets(randomText(random, 40)).text;
      expect(normalizeWithOffsets(once).text).toBe(once);
    }
  });

  it('property: every slice between character boundaries maps back to an original slice that normalises to it', () => {
    const random = seededRandom(42);
    for (let n = 0; n < 400; n++) {
      const original = randomText(random, 60);
      for (const keepCase of [false, true]) {
        const { text, offsets } = normalizeWithOffsets(original, { keepCase });
        expect(offsets.length).toBe(text.length + 1);
        expect(offsets[text.length]).toBe(original.length);
        const boundaries = [0];
        for (let k = 1; k <= text.length; k++) {
          const here = offsets[k]!;
          expect(here).toBeGreaterThanOrEqual(offsets[k - 1]!);
          if (k === text.length || here !== offsets[k - 1]) boundaries.push(k);
        }
        for (let t = 0; t < 12; t++) {
          const a = boundaries[Math.floor(random() * boundaries.length)]!;
          const b = boundaries[Math.floor(random() * boundaries.length)]!;
          const [from, to] = a <= b ? [a, b] : [b, a];
          const slice = original.slice(offsets[from], offsets[to]);
          expect(normalizeWithOffsets(slice, { keepCase }).text).toBe(text.slice(from, to));
        }
      }
    }
  });
});

describe('normalizeText', () => {
  it('is the text of normalizeWithOffsets', () => {
    const random = seededRandom(3);
    for (let n = 0; n < 500; n++) {
      const text = randomText(random, 40);
      for (const keepCase of [false, true]) {
        expect(normalizeText(text, { keepCase })).toBe(normalizeWithOffsets(text, { keepCase }).text);
      }
    }
  });
});
