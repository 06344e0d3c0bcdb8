/**
 * The user's settings, as the extension stores them (one storage item, see `storage.ts`).
 * Pure types and defaults: the content script, the popup, the options page, the background and
 * Node tests all import this file.
 */

/** Where marks may appear at all. */
export const DETECTION_MODES = ['auto', 'always', 'off'] as const;
/**
 * - `auto`: on pages the classifier judges to be about North Korea (the default);
 * - `always`: on every page, whatever the classifier says;
 * - `off`: nowhere (a global pause; per-site rules are kept but have no effect).
 */
export type DetectionMode = (typeof DETECTION_MODES)[number];

/**
 * A per-site override. `off`: never mark this site. `on`: mark every page of this site, including
 * pages the classifier judged not relevant ("show anyway").
 */
export const SITE_RULES = ['on', 'off'] as const;
export type SiteRule = (typeof SITE_RULES)[number];

/** Site key (see `site-key.ts`: lower case, no `www.`) → rule. */
export type SiteRules = Record<string, SiteRule>;

export const MARK_STYLES = ['underline', 'background', 'off'] as const;
/** How marks look; `off` keeps detection (badge, popup's "On this page") but draws nothing. */
export type MarkStyle = (typeof MARK_STYLES)[number];

export interface Settings {
  mode: DetectionMode;
  sites: SiteRules;
  markStyle: MarkStyle;
  /** Mark only the first occurrence of each term on a page. */
  firstOccurrenceOnly: boolean;
}

/**
 * Version of the stored shape. Bump it with a migration in `migrations.ts` whenever `Settings`
 * changes in a way old data would not satisfy; exported files carry it too.
 */
export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  mode: 'auto',
  sites: Object.freeze({}) as SiteRules,
  markStyle: 'underline',
  firstOccurrenceOnly: false,
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, sites: {} };
}
