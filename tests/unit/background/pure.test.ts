import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../entrypoints/background/badge.ts';
import { lookupQuery, popupPageUrl, MAX_LOOKUP_CHARS } from '../../../entrypoints/background/lookup.ts';
import { toggleMenuFor } from '../../../entrypoints/background/menus.ts';
import { defaultSettings } from '../../../settings/model.ts';
import { pageState } from './fake-extension.ts';

const settings = defaultSettings();

describe('badgeFor', () => {
  it('counts distinct terms, capped to fit', () => {
    expect(badgeFor(pageState('a.org'), settings).text).toBe('2');
    const many = Array.from({ length: 120 }, (_, i) => ({ id: `t${i}`, count: 1 }));
    expect(badgeFor(pageState('a.org', { terms: many }), settings).text).toBe('99+');
    expect(badgeFor(pageState('a.org', { terms: [{ id: 'x', count: 7 }] }), settings).title).toMatch(
      /1 glossary term on/,
    );
  });
  it('says off for a site switched off, by itself or a parent domain, and for the global off', () => {
    expect(badgeFor(pageState('news.a.org'), { ...settings, sites: { 'a.org': 'off' } })).toMatchObject({
      text: 'off',
      title: 'NK Context is off on a.org',
    });
    expect(badgeFor(pageState('a.org'), { ...settings, mode: 'off' }).text).toBe('off');
  });
  it('is empty without a page, on an undetected page, and with no terms', () => {
    expect(badgeFor(undefined, settings).text).toBe('');
    expect(
      badgeFor(
        pageState('a.org', { relevance: { relevant: false, score: 0, reasons: [] }, active: false }),
        settings,
      ),
    ).toMatchObject({ text: '', title: 'NK Context: not detected as a North Korea page' });
    expect(badgeFor(pageState('a.org', { terms: [] }), settings).text).toBe('');
  });
});

describe('toggleMenuFor', () => {
  it('offers the opposite of the current state', () => {
    expect(toggleMenuFor(pageState('a.org'), settings)).toEqual({
      title: 'Disable on this site',
      enabled: true,
    });
    expect(toggleMenuFor(pageState('a.org'), { ...settings, sites: { 'a.org': 'off' } }).title).toBe(
      'Enable on this site',
    );
  });
  it('is disabled where it cannot act', () => {
    expect(toggleMenuFor(undefined, settings).enabled).toBe(false);
    expect(toggleMenuFor(pageState('a.org'), { ...settings, mode: 'off' }).enabled).toBe(false);
  });
});

describe('lookup', () => {
  it('makes one short line of the selection', () => {
    expect(lookupQuery(' a\n\tb  c ')).toBe('a b c');
    const long = 'word '.repeat(40);
    expect(lookupQuery(long).length).toBeLessThanOrEqual(MAX_LOOKUP_CHARS);
    expect(lookupQuery(long).endsWith('word')).toBe(true);
  });
  it('builds the popup page address', () => {
    expect(popupPageUrl('chrome-extension://x/popup.html', 5, 'a&b c')).toBe(
      'chrome-extension://x/popup.html?tab=5&q=a%26b+c',
    );
    expect(popupPageUrl('chrome-extension://x/popup.html', null, null)).toBe(
      'chrome-extension://x/popup.html',
    );
  });
});
