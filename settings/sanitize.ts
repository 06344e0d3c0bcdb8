import {
  DETECTION_MODES,
  MARK_STYLES,
  SITE_RULES,
  defaultSettings,
  type DetectionMode,
  type MarkStyle,
  type Settings,
  type SiteRule,
  type SiteRules,
} from './model.ts';
import { isValidSiteKey, siteKey } from './site-key.ts';

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Keeps the valid entries of a site map and drops the others; keys are normalised, so
 * `WWW.Example.com` and `example.com` end up as one entry (an `off` wins a clash: when in doubt,
 * keep the user's "don't show here").
 */
export function sanitizeSites(raw: unknown): SiteRules {
  const sites: SiteRules = {};
  if (!isPlainObject(raw)) return sites;
  for (const [rawKey, rule] of Object.entries(raw)) {
    const key = siteKey(rawKey);
    if (!isValidSiteKey(key) || !isOneOf<SiteRule>(SITE_RULES, rule)) continue;
    if (sites[key] !== 'off') sites[key] = rule;
  }
  return sites;
}

/**
 * Whatever was stored (a corrupt value, a value of an unknown newer shape, nothing at all), return
 * valid settings: each field that is valid is kept, each that is not falls back to its default.
 * Never throws.
 */
export function sanitizeSettings(raw: unknown): Settings {
  const settings = defaultSettings();
  if (!isPlainObject(raw)) return settings;
  if (isOneOf<DetectionMode>(DETECTION_MODES, raw.mode)) settings.mode = raw.mode;
  settings.sites = sanitizeSites(raw.sites);
  if (isOneOf<MarkStyle>(MARK_STYLES, raw.markStyle)) settings.markStyle = raw.markStyle;
  if (typeof raw.firstOccurrenceOnly === 'boolean') settings.firstOccurrenceOnly = raw.firstOccurrenceOnly;
  return settings;
}

/**
 * The strict counterpart, for imported files: the problems of each field, in words a user can act
 * on. An empty list means `sanitizeSettings` keeps every field as given.
 */
export function settingsProblems(raw: unknown): string[] {
  if (!isPlainObject(raw)) return ['the settings are not an object'];
  const problems: string[] = [];
  if (!isOneOf(DETECTION_MODES, raw.mode))
    problems.push(`detection mode must be one of ${DETECTION_MODES.join(', ')}`);
  if (!isOneOf(MARK_STYLES, raw.markStyle))
    problems.push(`mark style must be one of ${MARK_STYLES.join(', ')}`);
  if (typeof raw.firstOccurrenceOnly !== 'boolean')
    problems.push('first-occurrence-only must be true or false');
  if (!isPlainObject(raw.sites)) {
    problems.push('the site list must be an object of site → "on" or "off"');
  } else {
    for (const [key, rule] of Object.entries(raw.sites)) {
      if (!isValidSiteKey(siteKey(key))) problems.push(`"${key.slice(0, 80)}" is not a site name`);
      else if (!isOneOf(SITE_RULES, rule)) problems.push(`the rule for ${key} must be "on" or "off"`);
    }
  }
  return problems;
}
