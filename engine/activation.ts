/**
 * Whether the extension marks a page: the classifier's verdict, overridden by the user's global
 * mode and per-site rule. Pure, so the content script, the popup ("why is it off here?") and the
 * tests share one rule.
 *
 * Precedence, strongest first:
 *   1. mode `off`: a global pause; nothing is marked anywhere (site rules are kept, not applied);
 *   2. site rule `off`: never on this site, whatever the page;
 *   3. site rule `on`: "show anyway" on every page of this site;
 *   4. mode `always`: every page;
 *   5. otherwise (`auto`): the classifier's verdict.
 */
import type { DetectionMode, SiteRule } from '../settings/model.ts';
import type { Classification } from './classifier.ts';

/** A site's rule, or `auto` when the user set none. */
export type SiteSetting = SiteRule | 'auto';

export type ActivationReason = 'paused' | 'site-off' | 'site-on' | 'always' | 'relevant' | 'not-relevant';

export interface Activation {
  active: boolean;
  why: ActivationReason;
}

export function decideActivation(
  classification: Pick<Classification, 'relevant'>,
  siteSetting: SiteSetting,
  mode: DetectionMode,
): Activation {
  if (mode === 'off') return { active: false, why: 'paused' };
  if (siteSetting === 'off') return { active: false, why: 'site-off' };
  if (siteSetting === 'on') return { active: true, why: 'site-on' };
  if (mode === 'always') return { active: true, why: 'always' };
  return classification.relevant ? { active: true, why: 'relevant' } : { active: false, why: 'not-relevant' };
}
