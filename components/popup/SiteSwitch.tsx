import type { PageState } from '../../messaging/protocol.ts';
import type { Settings } from '../../settings/model.ts';
import { siteKey } from '../../settings/site-key.ts';
import { siteSwitchView, type SiteSwitchView } from '../../settings/site-switch.ts';

export interface SiteSwitchProps {
  page: PageState | null;
  settings: Settings;
  onToggle: (turnOn: boolean) => void;
  onOpenOptions: () => void;
}

function labelFor(view: SiteSwitchView): string {
  return view.state === 'not-detected'
    ? 'Not detected as a North Korea page — show anyway on this site'
    : 'Show on this site';
}

function statusFor(view: SiteSwitchView, host: string): string {
  const site = view.inheritedFrom ?? host;
  switch (view.state) {
    case 'on':
      return 'On: this page was detected as being about North Korea.';
    case 'forced-on':
      return view.inheritedFrom
        ? `On for every page of ${site}, which includes this site.`
        : 'On for every page of this site, detected or not.';
    case 'always':
      return 'On: the detection mode is “always on” (Options).';
    case 'site-off':
      return view.inheritedFrom ? `Off for ${site}, which includes this site.` : 'Off for this site.';
    case 'global-off':
      return 'Off everywhere. Turn it back on in Options.';
    case 'not-detected':
      return 'Off: the page does not look like it is about North Korea.';
    case 'unknown':
      return 'The page has not been read yet.';
  }
}

/**
 * The current site and its switch. A real checkbox with `role="switch"`; its accessible name is the
 * label plus the hostname, its description says why it is in that state.
 */
export function SiteSwitch(props: SiteSwitchProps) {
  const { page, settings } = props;
  if (!page || page.hostname === '') {
    return (
      <section class="site" aria-label="This site">
        <p class="site__host site__host--none">No site</p>
        <p class="site__status">
          NK Context cannot run on this page (browser pages and extension stores are off limits).
        </p>
      </section>
    );
  }
  const relevant = page.relevance?.relevant ?? null;
  const view = siteSwitchView(settings, page.hostname, relevant);
  const host = siteKey(page.hostname);
  const disabled = view.state === 'global-off';
  return (
    <section class="site" aria-label="This site">
      <label class="site__row">
        <span class="site__text">
          <span class="site__host" id="nk-site-host">
            {host}
          </span>
          <span class="site__label" id="nk-site-label">
            {labelFor(view)}
          </span>
        </span>
        <input
          type="checkbox"
          role="switch"
          class="switch"
          checked={view.checked}
          disabled={disabled}
          aria-labelledby="nk-site-label nk-site-host"
          aria-describedby="nk-site-status"
          onChange={(e) => props.onToggle((e.currentTarget as HTMLInputElement).checked)}
        />
      </label>
      <p class="site__status" id="nk-site-status">
        {statusFor(view, host)}
        {disabled && (
          <>
            {' '}
            <button type="button" class="link-button" onClick={props.onOpenOptions}>
              Open Options
            </button>
          </>
        )}
      </p>
    </section>
  );
}
