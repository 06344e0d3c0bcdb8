import type { PageState } from '../../messaging/protocol.ts';
import type { Settings } from '../../settings/model.ts';
import { siteSwitchView } from '../../settings/site-switch.ts';

export const MENU_TOGGLE_SITE = 'nk-context-toggle-site';
export const MENU_LOOKUP = 'nk-context-lookup';

/** Commands declared in wxt.config.ts (`commands`); the user can rebind them. */
export const COMMAND_TOGGLE_SITE = 'toggle-site';
export const COMMAND_NEXT_TERM = 'next-term';
export const COMMAND_PREVIOUS_TERM = 'previous-term';

export interface ToggleMenu {
  title: string;
  enabled: boolean;
}

/** The toolbar button's context-menu entry for the active tab. */
export function toggleMenuFor(state: PageState | undefined, settings: Settings): ToggleMenu {
  if (!state || state.hostname === '') return { title: 'Disable on this site', enabled: false };
  const view = siteSwitchView(settings, state.hostname, state.relevance?.relevant ?? null);
  if (view.state === 'global-off')
    return { title: 'Enable on this site (off everywhere: see Options)', enabled: false };
  return { title: view.checked ? 'Disable on this site' : 'Enable on this site', enabled: true };
}
