import { storage } from 'wxt/utils/storage';
import { SETTINGS_VERSION, defaultSettings, type Settings } from './model.ts';
import { SETTINGS_MIGRATIONS } from './migrations.ts';
import { sanitizeSettings } from './sanitize.ts';

/**
 * The one storage item behind every setting. Typed `unknown` on purpose: what is stored may be
 * corrupt or from another version, so every read goes through `sanitizeSettings` (below) and
 * nothing else should read the item directly. WXT runs `SETTINGS_MIGRATIONS` when the item is
 * defined in a context whose stored version is older.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export async function getSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(sanitizeSettings(settings));
}

/** Read, change, write. Returns what was saved. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = sanitizeSettings(change(await getSettings()));
  await settingsItem.setValue(next);
  return next;
}

/**
 * Calls `onChange` with the new settings whenever any part of the extension changes them (every
 * open tab reacts at once: no reload). Returns the function that stops watching.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(sanitizeSettings(value)));
}
