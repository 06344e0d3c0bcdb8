import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../settings/model.ts';
import { isShown, siteSwitchView, toggleSite } from '../../../settings/site-switch.ts';

const with_ = (patch: Partial<Settings>): Settings => ({ ...defaultSettings(), ...patch });

describe('isShown', () => {
  it('follows the classifier in auto mode', () => {
    expect(isShown('auto', null, true)).toBe(true);
    expect(isShown('auto', null, false)).toBe(false);
    expect(isShown('auto', null, null)).toBe(false);
  });
  it('lets a site rule override the classifier, and the global off override everything', () => {
    expect(isShown('auto', 'on', false)).toBe(true);
    expect(isShown('auto', 'off', true)).toBe(false);
    expect(isShown('always', null, false)).toBe(true);
    expect(isShown('always', 'off', true)).toBe(false);
    expect(isShown('off', 'on', true)).toBe(false);
  });
});

describe('siteSwitchView', () => {
  it('names each state', () => {
    expect(siteSwitchView(with_({}), 'nknews.org', true)).toEqual({
      state: 'on',
      checked: true,
      inheritedFrom: null,
    });
    expect(siteSwitchView(with_({}), 'nknews.org', false).state).toBe('not-detected');
    expect(siteSwitchView(with_({}), 'nknews.org', null).state).toBe('unknown');
    expect(siteSwitchView(with_({ mode: 'always' }), 'a.org', false)).toMatchObject({
      state: 'always',
      checked: true,
    });
    expect(siteSwitchView(with_({ mode: 'off' }), 'a.org', true)).toMatchObject({
      state: 'global-off',
      checked: false,
    });
    expect(siteSwitchView(with_({ sites: { 'a.org': 'on' } }), 'a.org', false)).toMatchObject({
      state: 'forced-on',
      checked: true,
    });
  });
  it('says where an inherited rule comes from', () => {
    expect(siteSwitchView(with_({ sites: { 'example.com': 'off' } }), 'www.news.example.com', true)).toEqual({
      state: 'site-off',
      checked: false,
      inheritedFrom: 'example.com',
    });
  });
});

describe('toggleSite', () => {
  it('switching off a detected page adds an off rule under the page’s key', () => {
    expect(toggleSite(with_({}), 'www.nknews.org', true, false)).toEqual({ 'nknews.org': 'off' });
  });
  it('switching it back on removes the rule: the site is automatic again', () => {
    expect(toggleSite(with_({ sites: { 'nknews.org': 'off' } }), 'nknews.org', true, true)).toEqual({});
  });
  it('switching on a page that was not detected forces it on ("show anyway")', () => {
    expect(toggleSite(with_({}), 'example.com', false, true)).toEqual({ 'example.com': 'on' });
  });
  it('unticking "show anyway" returns the site to automatic; on a detected page it switches off', () => {
    expect(toggleSite(with_({ sites: { 'example.com': 'on' } }), 'example.com', false, false)).toEqual({});
    expect(toggleSite(with_({ sites: { 'example.com': 'on' } }), 'example.com', true, false)).toEqual({
      'example.com': 'off',
    });
  });
  it('switching on with unknown relevance only lifts an off rule', () => {
    expect(toggleSite(with_({ sites: { 'a.org': 'off' } }), 'a.org', null, true)).toEqual({});
    expect(toggleSite(with_({ sites: { 'a.org': 'off' } }), 'x.a.org', null, true)).toEqual({
      'a.org': 'off',
      'x.a.org': 'on',
    });
  });
  it('does not add a rule a parent domain already gives', () => {
    expect(
      toggleSite(
        with_({ sites: { 'example.com': 'off', 'news.example.com': 'on' } }),
        'news.example.com',
        true,
        false,
      ),
    ).toEqual({
      'example.com': 'off',
    });
  });
  it('overrides a parent’s off for one subdomain', () => {
    expect(toggleSite(with_({ sites: { 'example.com': 'off' } }), 'news.example.com', true, true)).toEqual({
      'example.com': 'off',
      'news.example.com': 'on',
    });
  });
  it('changes nothing while the extension is off everywhere, or without a hostname', () => {
    const settings = with_({ mode: 'off', sites: { 'a.org': 'off' } });
    expect(toggleSite(settings, 'a.org', true, true)).toBe(settings.sites);
    expect(toggleSite(with_({}), '', true, false)).toEqual({});
  });
  it('keeps the other sites untouched and does not mutate its input', () => {
    const settings = with_({ sites: { 'b.org': 'on' } });
    expect(toggleSite(settings, 'a.org', true, false)).toEqual({ 'b.org': 'on', 'a.org': 'off' });
    expect(settings.sites).toEqual({ 'b.org': 'on' });
  });
});
