import { SETTINGS_VERSION, type Settings } from './model.ts';
import { migrateSettings } from './migrations.ts';
import { sanitizeSettings, settingsProblems } from './sanitize.ts';

/** Marks a JSON file as ours, so a file from another tool is recognised and refused. */
export const EXPORT_FORMAT = 'nk-context-settings';

/** Files larger than this are refused before they are read (settings are a few kilobytes). */
export const MAX_IMPORT_BYTES = 1_000_000;

export interface SettingsFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
}

export function exportSettings(settings: Settings, now: Date): string {
  const file: SettingsFile = {
    format: EXPORT_FORMAT,
    version: SETTINGS_VERSION,
    exportedAt: now.toISOString(),
    settings: sanitizeSettings(settings),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** File name for a download: `nk-context-settings-2026-01-31.json`. */
export function exportFileName(now: Date): string {
  return `${EXPORT_FORMAT}-${now.toISOString().slice(0, 10)}.json`;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; message: string };

/**
 * Reads an exported file. Anything that is not a complete, valid settings file of this or an older
 * version is refused with a message, so that a failed import changes nothing.
 */
export function parseSettingsFile(text: string): ImportResult {
  const fail = (message: string): ImportResult => ({ ok: false, message });
  if (text.length > MAX_IMPORT_BYTES)
    return fail('This file is too large to be an NK Context settings file.');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('This file is not valid JSON, so it cannot be NK Context settings.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('format' in data))
    return fail('This is not an NK Context settings file (it has no "format": "nk-context-settings").');
  const file = data as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT)
    return fail(`This is not an NK Context settings file (its format is ${JSON.stringify(file.format)}).`);
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('This settings file has no valid version number.');
  if (version > SETTINGS_VERSION)
    return fail(
      `This settings file was made by a newer version of NK Context (format ${version}; this one reads up to ${SETTINGS_VERSION}). Update the extension, then import it again.`,
    );
  const migrated = migrateSettings(file.settings, version);
  const problems = settingsProblems(migrated);
  if (problems.length > 0)
    return fail(
      `This settings file is damaged: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? '; …' : ''}.`,
    );
  return { ok: true, settings: sanitizeSettings(migrated) };
}
