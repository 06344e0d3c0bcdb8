import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings } from '../../../settings/model.ts';
import { sanitizeSettings, settingsProblems } from '../../../settings/sanitize.ts';

describe('sanitizeSettings', () => {
  it('gives the defaults for nothing, junk or a wrong type', () => {
    for (const raw of [undefined, null, 42, 'auto', [], true])
      expect(sanitizeSettings(raw), String(raw)).toEqual(defaultSettings());
  });

  it('keeps every valid field as given', () => {
    const valid = {
      mode: 'always',
      sites: { 'example.com': 'off', 'dailynk.com': 'on' },
      markStyle: 'background',
      firstOccurrenceOnly: true,
    };
    expect(sanitizeSettings(valid)).toEqual(valid);
  });

  it('defaults each corrupt field on its own and keeps the rest', () => {
    expect(
      sanitizeSettings({
        mode: 'sometimes',
        sites: 'example.com',
        markStyle: 'background',
        firstOccurrenceOnly: 1,
      }),
    ).toEqual({ ...DEFAULT_SETTINGS, sites: {}, markStyle: 'background' });
  });

  it('drops bad site entries, normalises keys, and lets off win a clash', () => {
    expect(
      sanitizeSettings({
        sites: {
          'WWW.Example.com': 'on',
          'example.com': 'off',
          'ok.org': 'on',
          'bad key': 'on',
          'x.org': true,
        },
      }).sites,
    ).toEqual({ 'example.com': 'off', 'ok.org': 'on' });
  });

  it('never returns the shared defaults object', () => {
    const a = sanitizeSettings(null);
    a.sites['example.com'] = 'off';
    expect(sanitizeSettings(null).sites).toEqual({});
    expect(DEFAULT_SETTINGS.sites).toEqual({});
  });
});

describe('settingsProblems', () => {
  it('has nothing to say about valid settings', () => {
    expect(settingsProblems(defaultSettings())).toEqual([]);
  });
  it('names each bad field', () => {
    const problems = settingsProblems({
      mode: 'x',
      markStyle: 'bold',
      firstOccurrenceOnly: 'yes',
      sites: { 'a b': 'on', 'c.org': 'maybe' },
    });
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(
      /detection mode[\s\S]*mark style[\s\S]*first-occurrence[\s\S]*"a b"[\s\S]*c\.org/,
    );
  });
});
