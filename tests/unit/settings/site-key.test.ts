import { describe, expect, it } from 'vitest';
import { candidateKeys, isValidSiteKey, ruleForHost, siteKey } from '../../../settings/site-key.ts';

describe('siteKey', () => {
  it('folds case, drops a trailing dot and a leading www.', () => {
    expect(siteKey('WWW.NKNews.org.')).toBe('nknews.org');
    expect(siteKey('www.dailynk.com')).toBe('dailynk.com');
  });
  it('keeps www. when nothing with a dot would remain, and keeps www2.', () => {
    expect(siteKey('www.com')).toBe('www.com');
    expect(siteKey('www2.example.com')).toBe('www2.example.com');
  });
  it('keeps IP addresses and single labels', () => {
    expect(siteKey('127.0.0.1')).toBe('127.0.0.1');
    expect(siteKey('localhost')).toBe('localhost');
  });
});

describe('candidateKeys', () => {
  it('walks up through parent domains, most specific first', () => {
    expect(candidateKeys('www.news.example.co.uk')).toEqual([
      'news.example.co.uk',
      'example.co.uk',
      'co.uk',
      'uk',
    ]);
  });
  it('never walks up an IP address', () => {
    expect(candidateKeys('127.0.0.1')).toEqual(['127.0.0.1']);
    expect(candidateKeys('[::1]')).toEqual(['[::1]']);
  });
  it('gives nothing for an empty hostname (file: and about: pages)', () => {
    expect(candidateKeys('')).toEqual([]);
  });
});

describe('ruleForHost', () => {
  const sites = { 'example.com': 'off', 'news.example.com': 'on', 'dailynk.com': 'on' } as const;
  it('finds the rule of the site itself, www. or not', () => {
    expect(ruleForHost(sites, 'www.dailynk.com')).toEqual({ rule: 'on', key: 'dailynk.com' });
  });
  it('lets a subdomain inherit its parent’s rule', () => {
    expect(ruleForHost(sites, 'blog.example.com')).toEqual({ rule: 'off', key: 'example.com' });
  });
  it('prefers the most specific rule', () => {
    expect(ruleForHost(sites, 'a.news.example.com')).toEqual({ rule: 'on', key: 'news.example.com' });
  });
  it('gives null where no rule applies, and ignores inherited object keys', () => {
    expect(ruleForHost(sites, 'nknews.org')).toBeNull();
    expect(ruleForHost(sites, 'constructor')).toBeNull();
    expect(ruleForHost(sites, 'notexample.com')).toBeNull();
  });
});

describe('isValidSiteKey', () => {
  it('accepts keys of real hostnames', () => {
    for (const key of ['example.com', 'xn--9n2bp8q.kr', '127.0.0.1', '[::1]', 'localhost', 'a-b.c_d.org'])
      expect(isValidSiteKey(key), key).toBe(true);
  });
  it('refuses junk and keys siteKey would have changed', () => {
    for (const key of ['', 'Example.com', 'www.example.com', 'a..b', '-a.com', 'a b.com', '<script>', 'a/b'])
      expect(isValidSiteKey(key), key).toBe(false);
  });
});
