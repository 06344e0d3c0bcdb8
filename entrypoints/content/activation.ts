import type { Settings } from '../../settings/model.ts';
import { siteKey } from '../../settings/site-key.ts';
import { siteSwitchView } from '../../settings/site-switch.ts';

export interface Activation {
  /** Whether marks and popovers are shown on this page. */
  active: boolean;
  /** Why, in words the popup shows. */
  why: string;
}

/**
 * Whether the page gets marks, from the user's settings (global mode, the site's rule) and the
 * classifier's verdict: the same rules as the popup's switch, so the two never disagree.
 */
export function activationFor(settings: Settings, hostname: string, relevant: boolean | null): Activation {
  const view = siteSwitchView(settings, hostname, relevant);
  const site = view.inheritedFrom ?? siteKey(hostname);
  switch (view.state) {
    case 'global-off':
      return { active: false, why: 'NK Context is switched off everywhere (see Options).' };
    case 'site-off':
      return { active: false, why: `Switched off on ${site}.` };
    case 'forced-on':
      return { active: true, why: `Switched on for every page of ${site}.` };
    case 'always':
      return { active: true, why: 'Shown on every page (detection mode "always on").' };
    case 'on':
      return { active: true, why: 'Detected as a page about North Korea.' };
    case 'not-detected':
      return { active: false, why: 'Not detected as a page about North Korea.' };
    case 'unknown':
      return { active: false, why: 'The page has not been read yet.' };
  }
}
