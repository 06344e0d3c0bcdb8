import { describe, expect, it } from 'vitest';
import { SETTINGS_VERSION } from '../../../settings/model.ts';
import { migrateSettings, migrateV1ToV2 } from '../../../settings/migrations.ts';
import { sanitizeSettings } from '../../../settings/sanitize.ts';

describe('migrateV1ToV2', () => {
  it('turns the global switch into the mode and switched-off hosts into off rules', () => {
    expect(migrateV1ToV2({ enabled: true, disabledSites: ['WWW.Example.com', 'news.dailynk.com'] })).toEqual({
      mode: 'auto',
      sites: { 'example.com': 'off', 'news.dailynk.com': 'off' },
      markStyle: 'underline',
      firstOccurrenceOnly: false,
    });
    expect(migrateV1ToV2({ enabled: false, disabledSites: [] })).toMatchObject({ mode: 'off', sites: {} });
  });

  it('leaves bad parts for sanitize to default, and keeps going', () => {
    const migrated = migrateV1ToV2({ enabled: 'yes', disabledSites: ['ok.org', 7, 'bad host'] });
    expect(sanitizeSettings(migrated)).toEqual({
      mode: 'auto',
      sites: { 'ok.org': 'off' },
      markStyle: 'underline',
      firstOccurrenceOnly: false,
    });
  });

  it('passes a value that already has the v2 shape through, and non-objects too', () => {
    const v2 = { mode: 'always', sites: {}, markStyle: 'off', firstOccurrenceOnly: true };
    expect(migrateV1ToV2(v2)).toBe(v2);
    expect(migrateV1ToV2(null)).toBeNull();
    expect(migrateV1ToV2('x')).toBe('x');
  });
});

describe('migrateSettings', () => {
  it('runs the chain from an old version to the current one', () => {
    expect(migrateSettings({ enabled: false, disabledSites: ['a.org'] }, 1)).toMatchObject({
      mode: 'off',
      sites: { 'a.org': 'off' },
    });
  });
  it('changes nothing at the current version', () => {
    const value = { enabled: false };
    expect(migrateSettings(value, SETTINGS_VERSION)).toBe(value);
  });
  it('refuses versions from the future and nonsense', () => {
    expect(() => migrateSettings({}, SETTINGS_VERSION + 1)).toThrow(RangeError);
    expect(() => migrateSettings({}, 0)).toThrow(RangeError);
    expect(() => migrateSettings({}, 1.5)).toThrow(RangeError);
  });
});
