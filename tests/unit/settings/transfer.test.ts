import { describe, expect, it } from 'vitest';
import { SETTINGS_VERSION, type Settings } from '../../../settings/model.ts';
import {
  EXPORT_FORMAT,
  exportFileName,
  exportSettings,
  parseSettingsFile,
} from '../../../settings/transfer.ts';

const settings: Settings = {
  mode: 'always',
  sites: { 'example.com': 'off', 'dailynk.com': 'on' },
  markStyle: 'background',
  firstOccurrenceOnly: true,
};
const now = new Date('2026-02-03T04:05:06Z');

describe('export', () => {
  it('writes JSON with the format marker, version and date', () => {
    const file = JSON.parse(exportSettings(settings, now));
    expect(file).toEqual({
      format: EXPORT_FORMAT,
      version: SETTINGS_VERSION,
      exportedAt: now.toISOString(),
      settings,
    });
    expect(exportFileName(now)).toBe('nk-context-settings-2026-02-03.json');
  });
});

describe('import', () => {
  it('round-trips an export', () => {
    expect(parseSettingsFile(exportSettings(settings, now))).toEqual({ ok: true, settings });
  });

  it('reads a file with a byte-order mark', () => {
    expect(parseSettingsFile(`\uFEFF${exportSettings(settings, now)}`)).toEqual({ ok: true, settings });
  });

  it('migrates a file of an older version', () => {
    const v1 = JSON.stringify({
      format: EXPORT_FORMAT,
      version: 1,
      settings: { enabled: true, disabledSites: ['www.a.org'] },
    });
    expect(parseSettingsFile(v1)).toEqual({
      ok: true,
      settings: {
        mode: 'auto',
        sites: { 'a.org': 'off' },
        markStyle: 'underline',
        firstOccurrenceOnly: false,
      },
    });
  });

  const refusals: [string, string, RegExp][] = [
    ['not JSON', '{"format": ', /not valid JSON/],
    ['an empty file', '', /not valid JSON/],
    ['an array', '[1,2]', /not an NK Context settings file/],
    ['another tool’s JSON', '{"name":"uBlock","version":3}', /not an NK Context settings file/],
    ['a foreign format', '{"format":"other-tool","version":1,"settings":{}}', /format is "other-tool"/],
    ['no version', `{"format":"${EXPORT_FORMAT}","settings":{}}`, /no valid version/],
    [
      'a future version',
      `{"format":"${EXPORT_FORMAT}","version":${SETTINGS_VERSION + 1},"settings":{}}`,
      /newer version/,
    ],
    [
      'no settings',
      `{"format":"${EXPORT_FORMAT}","version":${SETTINGS_VERSION}}`,
      /damaged: the settings are not an object/,
    ],
    [
      'a bad field',
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: SETTINGS_VERSION,
        settings: { ...settings, mode: 'loud' },
      }),
      /damaged: detection mode must be one of auto, always, off/,
    ],
    [
      'a bad site',
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: SETTINGS_VERSION,
        settings: { ...settings, sites: { 'a b': 'on' } },
      }),
      /"a b" is not a site name/,
    ],
    ['a huge file', ' '.repeat(1_000_001), /too large/],
  ];
  for (const [what, text, message] of refusals) {
    it(`refuses ${what} with a clear message`, () => {
      const result = parseSettingsFile(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    });
  }
});
