import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION, defaultSettings } from '../../../settings/model.ts';

// Each test imports the module afresh: WXT runs migrations when the item is defined, as it does
// when a new extension version starts with old data in storage.
async function load() {
  vi.resetModules();
  return import('../../../settings/storage.ts');
}

describe('settings storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('gives the defaults when nothing is stored', async () => {
    const { getSettings } = await load();
    expect(await getSettings()).toEqual(defaultSettings());
  });

  it('saves with the current version, and reads back', async () => {
    const { getSettings, updateSettings } = await load();
    await updateSettings((s) => ({ ...s, sites: { 'a.org': 'off' } }));
    expect(await getSettings()).toMatchObject({ sites: { 'a.org': 'off' } });
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(raw).toEqual({
      settings: { ...defaultSettings(), sites: { 'a.org': 'off' } },
      settings$: { v: SETTINGS_VERSION },
    });
  });

  it('migrates stored v1 data when the item is defined', async () => {
    await fakeBrowser.storage.local.set({
      settings: { enabled: false, disabledSites: ['www.A.org'] },
      settings$: { v: 1 },
    });
    const { getSettings } = await load();
    expect(await getSettings()).toEqual({ ...defaultSettings(), mode: 'off', sites: { 'a.org': 'off' } });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
  });

  it('falls back field by field on corrupt stored data', async () => {
    await fakeBrowser.storage.local.set({
      settings: { mode: 12, sites: ['x'], markStyle: 'background', firstOccurrenceOnly: 'no' },
      settings$: { v: SETTINGS_VERSION },
    });
    const { getSettings } = await load();
    expect(await getSettings()).toEqual({ ...defaultSettings(), markStyle: 'background' });
  });

  it('tells watchers at once, with sanitized values', async () => {
    const { watchSettings, saveSettings } = await load();
    const seen: unknown[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings({ ...defaultSettings(), markStyle: 'off' });
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    stop();
    await saveSettings(defaultSettings());
    expect(seen).toEqual([{ ...defaultSettings(), markStyle: 'off' }, defaultSettings()]);
  });
});
