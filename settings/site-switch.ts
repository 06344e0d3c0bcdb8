import { decideActivation } from '../engine/activation.ts';
import type { DetectionMode, Settings, SiteRule, SiteRules } from './model.ts';
import { ruleForHost, siteKey, type RuleMatch } from './site-key.ts';

/**
 * Whether marks are shown on a page, from the global mode, the site's rule and the classifier's
 * verdict (`null` while the page has not been classified): the engine's `decideActivation`, the one
 * rule the content script applies too, so the switch never disagrees with the page.
 */
export function isShown(mode: DetectionMode, rule: SiteRule | null, relevant: boolean | null): boolean {
  return decideActivation({ relevant: relevant === true }, rule ?? 'auto', mode).active;
}

/** What the popup's switch shows for a page, and why. */
export type SwitchState =
  /** Shown because the page was detected (mode auto, no rule). */
  | 'on'
  /** Shown on every page of this site because the user said so (`on` rule). */
  | 'forced-on'
  /** Shown on every page because the mode is `always`. */
  | 'always'
  /** The user switched this site (or a parent domain) off. */
  | 'site-off'
  /** Off everywhere (mode `off`); the switch is disabled and points at the options. */
  | 'global-off'
  /** The classifier judged the page not relevant: "show anyway on this site". */
  | 'not-detected'
  /** The page has not been classified (yet, or no content script answers there). */
  | 'unknown';

export interface SiteSwitchView {
  state: SwitchState;
  checked: boolean;
  /** Where the rule comes from when it is a parent domain's (`example.com` for `news.example.com`). */
  inheritedFrom: string | null;
}

export function siteSwitchView(
  settings: Settings,
  hostname: string,
  relevant: boolean | null,
): SiteSwitchView {
  const match = ruleForHost(settings.sites, hostname);
  const inheritedFrom = match && match.key !== siteKey(hostname) ? match.key : null;
  const checked = isShown(settings.mode, match?.rule ?? null, relevant);
  const state = ((): SwitchState => {
    if (settings.mode === 'off') return 'global-off';
    if (match?.rule === 'off') return 'site-off';
    if (match?.rule === 'on') return 'forced-on';
    if (settings.mode === 'always') return 'always';
    if (relevant === true) return 'on';
    return relevant === false ? 'not-detected' : 'unknown';
  })();
  return { state, checked, inheritedFrom };
}

/**
 * The site rules after the user flips a site's switch to `turnOn`, with as few entries as give that
 * result: switching on a detected page only removes the `off` rule (the site goes back to
 * automatic), switching on a page that was not detected adds `on` ("show anyway"); switching off adds
 * `off`, unless a parent domain's rule already gives it. With the mode at `off` nothing changes: the
 * global pause is the options page's.
 */
export function toggleSite(
  settings: Settings,
  hostname: string,
  relevant: boolean | null,
  turnOn: boolean,
): SiteRules {
  const key = siteKey(hostname);
  if (settings.mode === 'off' || key === '') return settings.sites;
  const sites: SiteRules = { ...settings.sites };
  delete sites[key];
  const inherited: RuleMatch | null = ruleForHost(sites, hostname);
  const shownWithoutOwnRule = isShown(settings.mode, inherited?.rule ?? null, relevant);
  if (shownWithoutOwnRule !== turnOn) {
    // Unknown relevance counts as "not shown" above; forcing `on` there would also mark pages the
    // classifier rejects, so only lift an `off` in that case.
    if (turnOn && relevant === null && inherited?.rule !== 'off') return sites;
    sites[key] = turnOn ? 'on' : 'off';
  }
  return sites;
}
