import { SETTINGS_VERSION } from './model.ts';
import { siteKey } from './site-key.ts';

/**
 * Version 1, the first stored shape: a global switch and the list of hostnames switched off, as
 * typed (with `www.` and upper case). It had no "show anyway" rule, no mode, and no mark options.
 */
export interface SettingsV1 {
  enabled: boolean;
  disabledSites: string[];
}

/**
 * v1 → v2: `enabled` becomes the detection mode (`false` → `off`, `true` → `auto`); each switched-off
 * hostname becomes an `off` rule under its site key; mark options start at their defaults.
 * Fields that are missing or of the wrong type are left for `sanitizeSettings` to default.
 * A value that already has the v2 shape (written without version metadata) passes through.
 */
export function migrateV1ToV2(old: unknown): unknown {
  if (typeof old !== 'object' || old === null || Array.isArray(old)) return old;
  const v1 = old as Partial<Record<keyof SettingsV1, unknown>> & Record<string, unknown>;
  if ('mode' in v1 || 'sites' in v1) return old;
  const sites: Record<string, 'off'> = {};
  if (Array.isArray(v1.disabledSites)) {
    for (const host of v1.disabledSites) if (typeof host === 'string') sites[siteKey(host)] = 'off';
  }
  return {
    mode: v1.enabled === false ? 'off' : 'auto',
    sites,
    markStyle: 'underline',
    firstOccurrenceOnly: false,
  };
}

/** Migration to version N, keyed by N (the shape WXT's `defineItem({ migrations })` expects). */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: migrateV1ToV2,
};

/**
 * Runs every migration from `fromVersion` up to the current version (for imported files; stored
 * values go through WXT, which runs the same table). Throws on a version from the future.
 */
export function migrateSettings(value: unknown, fromVersion: number): unknown {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) throw new RangeError(`bad version ${fromVersion}`);
  if (fromVersion > SETTINGS_VERSION)
    throw new RangeError(`version ${fromVersion} is newer than ${SETTINGS_VERSION}`);
  let migrated = value;
  for (let v = fromVersion + 1; v <= SETTINGS_VERSION; v++) {
    const step = SETTINGS_MIGRATIONS[v];
    if (step) migrated = step(migrated);
  }
  return migrated;
}
