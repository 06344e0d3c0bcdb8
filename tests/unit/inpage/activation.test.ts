import { describe, expect, test } from 'vitest';
import { activationFor } from '../../../entrypoints/content/activation.ts';
import { pageState, termCounts } from '../../../entrypoints/content/page-state.ts';
import { defaultSettings, type Settings } from '../../../settings/model.ts';

const settings = (change: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...change });

describe('activationFor', () => {
  test('automatic mode follows the classifier', () => {
    expect(activationFor(settings(), 'dailynk.com', true)).toEqual({
      active: true,
      why: 'Detected as a page about North Korea.',
    });
    expect(activationFor(settings(), 'example.com', false).active).toBe(false);
    expect(activationFor(settings(), 'example.com', null).active).toBe(false);
  });

  test("a site's off rule wins over the classifier, and covers its subdomains", () => {
    const off = settings({ sites: { 'nknews.org': 'off' } });
    expect(activationFor(off, 'www.nknews.org', true)).toEqual({
      active: false,
      why: 'Switched off on nknews.org.',
    });
    expect(activationFor(off, 'kp.nknews.org', true).active).toBe(false);
  });

  test('"show anyway" and "always on" show marks on pages the classifier rejected', () => {
    expect(activationFor(settings({ sites: { 'example.com': 'on' } }), 'example.com', false).active).toBe(
      true,
    );
    expect(activationFor(settings({ mode: 'always' }), 'example.com', false).active).toBe(true);
  });

  test('off everywhere beats everything', () => {
    const a = activationFor(settings({ mode: 'off', sites: { 'example.com': 'on' } }), 'example.com', true);
    expect(a.active).toBe(false);
    expect(a.why).toContain('everywhere');
  });
});

describe('page state', () => {
  test('counts terms, most frequent first, ties by id', () => {
    expect(termCounts(['b', 'a', 'c', 'a', 'b', 'a'])).toEqual([
      { id: 'a', count: 3 },
      { id: 'b', count: 2 },
      { id: 'c', count: 1 },
    ]);
  });

  test('an inactive page reports no terms', () => {
    const page = { url: 'https://example.com/x', hostname: 'example.com', title: 'X' };
    const terms = [{ id: 'a', count: 1 }];
    expect(pageState(page, null, { active: true, why: '' }, terms).terms).toEqual(terms);
    expect(pageState(page, null, { active: false, why: 'off' }, terms)).toEqual({
      ...page,
      relevance: null,
      active: false,
      why: 'off',
      terms: [],
    });
  });
});
