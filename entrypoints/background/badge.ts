import type { PageState } from '../../messaging/protocol.ts';
import type { Settings } from '../../settings/model.ts';
import { siteKey } from '../../settings/site-key.ts';
import { siteSwitchView } from '../../settings/site-switch.ts';

export interface Badge {
  /** At most four characters fit; '' hides the badge. */
  text: string;
  color: string;
  /** The toolbar button's tooltip, which also says it in words for screen readers. */
  title: string;
}

export const BADGE_COLOR_COUNT = '#1d4ed8';
export const BADGE_COLOR_OFF = '#6b7280';

/**
 * What a tab's toolbar button shows: the number of distinct terms found, or "off" when the site (or
 * the whole extension) is switched off. The switch is read from the settings, not from the page's
 * last report, so the badge changes the moment the user flips it.
 */
export function badgeFor(state: PageState | undefined, settings: Settings): Badge {
  if (!state || state.hostname === '') return { text: '', color: BADGE_COLOR_COUNT, title: 'NK Context' };
  const view = siteSwitchView(settings, state.hostname, state.relevance?.relevant ?? null);
  if (view.state === 'global-off')
    return { text: 'off', color: BADGE_COLOR_OFF, title: 'NK Context is off everywhere' };
  if (view.state === 'site-off')
    return {
      text: 'off',
      color: BADGE_COLOR_OFF,
      title: `NK Context is off on ${view.inheritedFrom ?? siteKey(state.hostname)}`,
    };
  const count = state.terms.length;
  if (state.active && view.checked && count > 0) {
    return {
      text: count > 99 ? '99+' : String(count),
      color: BADGE_COLOR_COUNT,
      title: `NK Context: ${count} glossary ${count === 1 ? 'term' : 'terms'} on this page`,
    };
  }
  if (view.state === 'not-detected')
    return { text: '', color: BADGE_COLOR_COUNT, title: 'NK Context: not detected as a North Korea page' };
  return { text: '', color: BADGE_COLOR_COUNT, title: 'NK Context: no glossary terms on this page' };
}
