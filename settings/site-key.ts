import type { SiteRule, SiteRules } from './model.ts';

/**
 * How a page's hostname becomes the key of a per-site rule:
 * - lower case, without a trailing dot;
 * - a leading `www.` is dropped (`www.nknews.org` and `nknews.org` are one site), but only when
 *   something with a dot remains (`www.com` stays as is) and only `www.` itself (`www2.` is a
 *   different host);
 * - IP addresses and single-label hosts (`localhost`) are kept exactly.
 *
 * A rule also covers the site's subdomains: a rule for `example.com` applies on
 * `news.example.com`, unless that subdomain has a rule of its own (the most specific rule wins).
 * Rules are only ever created from hostnames the user visited, so a rule for a public suffix such
 * as `co.uk` only exists if the user switched the host `co.uk` itself.
 */
export function siteKey(hostname: string): string {
  let host = hostname.trim().toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.startsWith('www.') && host.indexOf('.', 4) !== -1) host = host.slice(4);
  return host;
}

const LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/** Whether `key` could have come from `siteKey` of a real hostname (used to reject junk on import). */
export function isValidSiteKey(key: string): boolean {
  if (key.length === 0 || key.length > 253 || key !== siteKey(key)) return false;
  if (isIpAddress(key)) return true;
  return key.split('.').every((label) => LABEL.test(label));
}

function isIpAddress(host: string): boolean {
  return IPV4.test(host) || IPV6.test(host);
}

/** The keys a hostname's rule may come from, most specific first. */
export function candidateKeys(hostname: string): string[] {
  const key = siteKey(hostname);
  if (key === '' || isIpAddress(key)) return key === '' ? [] : [key];
  const labels = key.split('.');
  const keys: string[] = [];
  for (let i = 0; i < labels.length; i++) keys.push(labels.slice(i).join('.'));
  return keys;
}

export interface RuleMatch {
  rule: SiteRule;
  /** The key the rule is stored under: the page's own key, or a parent domain's. */
  key: string;
}

/** The rule that applies to a hostname, or null when the site follows the detection mode. */
export function ruleForHost(sites: SiteRules, hostname: string): RuleMatch | null {
  for (const key of candidateKeys(hostname)) {
    const rule = Object.hasOwn(sites, key) ? sites[key] : undefined;
    if (rule === 'on' || rule === 'off') return { rule, key };
  }
  return null;
}
