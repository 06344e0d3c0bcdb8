import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../entrypoints/background/start.ts';
import { MENU_LOOKUP, MENU_TOGGLE_SITE } from '../../../entrypoints/background/menus.ts';
import { lookupRequestItem } from '../../../settings/lookup-request.ts';
import { defaultSettings } from '../../../settings/model.ts';
import { getSettings, saveSettings } from '../../../settings/storage.ts';
import { installFakeExtension, pageState, type FakeExtension } from './fake-extension.ts';

let ext: FakeExtension;
let stop: () => void;
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const tabWindow = { index: 0, windowId: 1 };

async function openTab(active = true): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/', active });
  return tab.id!;
}

beforeEach(async () => {
  fakeBrowser.reset();
  ext = installFakeExtension();
  await fakeBrowser.windows.create({ focused: true });
  await saveSettings(defaultSettings());
  stop = startBackground();
  await vi.waitFor(() => expect(ext.menus.size).toBe(2));
});

afterEach(() => stop());

describe('menus', () => {
  it('creates the toolbar button’s entry and the selection’s lookup', () => {
    expect(ext.menus.get(MENU_TOGGLE_SITE)).toMatchObject({ contexts: ['action'] });
    expect(ext.menus.get(MENU_LOOKUP)).toMatchObject({
      title: 'Look up in NK Context',
      contexts: ['selection'],
    });
  });

  it('re-creates its menus when the service worker starts again', async () => {
    stop();
    stop = startBackground();
    await vi.waitFor(() => expect(fakeBrowser.contextMenus.removeAll).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(ext.menus.size).toBe(2));
  });
});

describe('badge', () => {
  it('shows the number of distinct terms the tab reports', async () => {
    const tabId = await openTab();
    ext.report(tabId, pageState('nknews.org'));
    await vi.waitFor(async () => expect(await badge(tabId)).toBe('2'));
    expect(await fakeBrowser.action.getTitle({ tabId })).toBe('NK Context: 2 glossary terms on this page');
  });

  it('shows nothing on a page that is not detected', async () => {
    const tabId = await openTab();
    ext.report(tabId, pageState('nknews.org'));
    await vi.waitFor(async () => expect(await badge(tabId)).toBe('2'));
    ext.report(
      tabId,
      pageState('nknews.org', { relevance: { relevant: false, score: 0, reasons: [] }, active: false }),
    );
    await vi.waitFor(async () => expect(await badge(tabId)).toBe(''));
  });

  it('ignores reports from frames: the top frame speaks for the tab', async () => {
    const tabId = await openTab();
    ext.report(tabId, pageState('nknews.org'));
    await vi.waitFor(async () => expect(await badge(tabId)).toBe('2'));
    ext.report(tabId, pageState('ads.example', { terms: [] }), 3);
    ext.report(tabId, pageState('nknews.org', { terms: [{ id: 'a', count: 1 }] }));
    await vi.waitFor(async () => expect(await badge(tabId)).toBe('1'));
  });

  it('turns to "off" at once when the site is switched off, in every tab of that site only', async () => {
    const a = await openTab();
    const b = await openTab();
    const other = await openTab();
    ext.report(a, pageState('www.nknews.org'));
    ext.report(b, pageState('nknews.org'));
    ext.report(other, pageState('dailynk.com'));
    await vi.waitFor(async () => expect(await badge(other)).toBe('2'));
    await saveSettings({ ...defaultSettings(), sites: { 'nknews.org': 'off' } });
    await vi.waitFor(async () => {
      expect(await badge(a)).toBe('off');
      expect(await badge(b)).toBe('off');
    });
    expect(await badge(other)).toBe('2');
    expect(await fakeBrowser.action.getTitle({ tabId: a })).toBe('NK Context is off on nknews.org');
  });

  it('clears when the tab loads a new page', async () => {
    const tabId = await openTab();
    ext.report(tabId, pageState('nknews.org'));
    await vi.waitFor(async () => expect(await badge(tabId)).toBe('2'));
    await fakeBrowser.tabs.onUpdated.trigger(
      tabId,
      { status: 'loading' },
      (await fakeBrowser.tabs.get(tabId))!,
    );
    await vi.waitFor(async () => expect(await badge(tabId)).toBe(''));
  });
});

describe('toggling a site', () => {
  it('from the toolbar button’s menu: off, then back to automatic', async () => {
    const tabId = await openTab();
    ext.report(tabId, pageState('www.nknews.org'));
    await vi.waitFor(() => expect(ext.menus.get(MENU_TOGGLE_SITE)?.title).toBe('Disable on this site'));

    await ext.menuClicked.trigger({ menuItemId: MENU_TOGGLE_SITE }, { id: tabId, ...tabWindow });
    await vi.waitFor(async () => expect((await getSettings()).sites).toEqual({ 'nknews.org': 'off' }));
    await vi.waitFor(() => expect(ext.menus.get(MENU_TOGGLE_SITE)?.title).toBe('Enable on this site'));
    await vi.waitFor(async () => expect(await badge(tabId)).toBe('off'));

    await ext.menuClicked.trigger({ menuItemId: MENU_TOGGLE_SITE }, { id: tabId, ...tabWindow });
    await vi.waitFor(async () => expect((await getSettings()).sites).toEqual({}));
    await vi.waitFor(() => expect(ext.menus.get(MENU_TOGGLE_SITE)?.title).toBe('Disable on this site'));
  });

  it('on a page that was not detected, "Enable" means show anyway', async () => {
    const tabId = await openTab();
    ext.report(
      tabId,
      pageState('example.com', { relevance: { relevant: false, score: 1, reasons: [] }, active: false }),
    );
    await vi.waitFor(() => expect(ext.menus.get(MENU_TOGGLE_SITE)?.title).toBe('Enable on this site'));
    await ext.menuClicked.trigger({ menuItemId: MENU_TOGGLE_SITE }, { id: tabId, ...tabWindow });
    await vi.waitFor(async () => expect((await getSettings()).sites).toEqual({ 'example.com': 'on' }));
  });

  it('with the keyboard command, on the tab it names', async () => {
    const tabId = await openTab();
    ext.pages.set(tabId, pageState('nknews.org'));
    await ext.command.trigger('toggle-site', { id: tabId });
    await vi.waitFor(async () => expect((await getSettings()).sites).toEqual({ 'nknews.org': 'off' }));
  });

  it('with the keyboard command and no tab given, on the active tab', async () => {
    await openTab(false);
    const active = await openTab(true);
    ext.pages.set(active, pageState('dailynk.com'));
    await ext.command.trigger('toggle-site');
    await vi.waitFor(async () => expect((await getSettings()).sites).toEqual({ 'dailynk.com': 'off' }));
  });

  it('does nothing while the extension is off everywhere, or where no page answers', async () => {
    await saveSettings({ ...defaultSettings(), mode: 'off' });
    const tabId = await openTab();
    ext.report(tabId, pageState('nknews.org'));
    await vi.waitFor(() => expect(ext.menus.get(MENU_TOGGLE_SITE)?.enabled).toBe(false));
    await ext.command.trigger('toggle-site', { id: tabId });
    const silent = await openTab();
    await ext.command.trigger('toggle-site', { id: silent });
    expect(ext.received.filter((m) => m.type === 'getPageState')).toHaveLength(1);
    expect((await getSettings()).sites).toEqual({});
  });

  it('follows the active tab in the menu’s title', async () => {
    const off = await openTab();
    ext.report(
      off,
      pageState('example.com', { relevance: { relevant: false, score: 0, reasons: [] }, active: false }),
    );
    const on = await openTab();
    ext.report(on, pageState('nknews.org'));
    await vi.waitFor(() => expect(ext.menus.get(MENU_TOGGLE_SITE)?.title).toBe('Disable on this site'));
    await fakeBrowser.tabs.onActivated.trigger({ tabId: off, windowId: 1 });
    await vi.waitFor(() => expect(ext.menus.get(MENU_TOGGLE_SITE)?.title).toBe('Enable on this site'));
  });
});

describe('keyboard moves', () => {
  it('forwards next-term and previous-term to the tab as moveToMark', async () => {
    const tabId = await openTab();
    ext.pages.set(tabId, pageState('nknews.org'));
    await ext.command.trigger('next-term', { id: tabId });
    await ext.command.trigger('previous-term', { id: tabId });
    await vi.waitFor(() =>
      expect(ext.received.filter((m) => m.type === 'moveToMark')).toEqual([
        { tabId, type: 'moveToMark', data: { direction: 'next' } },
        { tabId, type: 'moveToMark', data: { direction: 'previous' } },
      ]),
    );
  });
});

describe('look up a selection', () => {
  it('opens the popup with the selected text waiting for it', async () => {
    const tabId = await openTab();
    await ext.menuClicked.trigger(
      { menuItemId: MENU_LOOKUP, selectionText: '  Workers’ \n Party  ' },
      { id: tabId, ...tabWindow },
    );
    await vi.waitFor(async () =>
      expect(await lookupRequestItem.getValue()).toMatchObject({ text: 'Workers’ Party', tabId }),
    );
    expect(ext.openPopup).toHaveBeenCalledOnce();
  });

  it('opens the popup as a page beside the tab where the popup cannot open', async () => {
    ext.openPopup.mockRejectedValueOnce(new Error('no active window'));
    const tabId = await openTab();
    const created = vi.fn();
    fakeBrowser.tabs.onCreated.addListener(created);
    await ext.menuClicked.trigger(
      { menuItemId: MENU_LOOKUP, selectionText: 'jangmadang & co' },
      { id: tabId, ...tabWindow },
    );
    await vi.waitFor(() =>
      expect(created).toHaveBeenCalledWith(
        expect.objectContaining({
          url: `chrome-extension://test-extension-id/popup.html?tab=${tabId}&q=jangmadang+%26+co`,
        }),
      ),
    );
    expect(await lookupRequestItem.getValue()).toBeNull();
  });

  it('ignores an empty selection', async () => {
    await ext.menuClicked.trigger({ menuItemId: MENU_LOOKUP, selectionText: '   ' });
    expect(ext.openPopup).not.toHaveBeenCalled();
  });
});

describe('stopping', () => {
  it('removes its listeners', async () => {
    stop();
    expect(fakeBrowser.contextMenus.onClicked.hasListeners()).toBe(false);
    expect(fakeBrowser.commands.onCommand.hasListeners()).toBe(false);
    stop = () => {};
  });
});
