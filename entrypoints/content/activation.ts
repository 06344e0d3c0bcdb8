import { decideActivation, type ActivationReason } from '../../engine/activation.ts';
import type { Settings } from '../../settings/model.ts';
import { ruleForHost, siteKey } from '../../settings/site-key.ts';

export interface Activation {
  /** Whether marks and popovers are shown on this page. */
  active: boolean;
  /** Why, in words the popup shows. */
  why: string;
}

function words(reason: ActivationReason, site: string): string {
  switch (reason) {
    case 'paused':
      return 'NK Context is switched off everywhere (see Options).';
    case 'site-off':
      return `Switched off on ${site}.`;
    case 'site-on':
      return `Switched on for every page of ${site}.`;
    case 'always':
      return 'Shown on every page (detection mode "always on").';
    case 'relevant':
      return 'Detected as a page about North Korea.';
    case 'not-relevant':
      return 'Not detected as a page about North Korea.';
  }
}

/**
 * Whether the page gets marks: the engine's `decideActivation` over the classifier's verdict, the
 * site's rule (its own or a parent domain's) and the global mode. `relevant` is null until the
 * page has been classified; only a user's override can make such a page active.
 */
export function activationFor(settings: Settings, hostname: string, relevant: boolean | null): Activation {
  const rule = ruleForHost(settings.sites, hostname);
  const decision = decideActivation({ relevant: relevant === true }, rule?.rule ?? 'auto', settings.mode);
  if (relevant === null && decision.why === 'not-relevant') {
    return { active: false, why: 'The page has not been read yet.' };
  }
  return { active: decision.active, why: words(decision.why, rule?.key ?? siteKey(hostname)) };
}
