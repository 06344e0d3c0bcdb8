import { browser, type Browser } from 'wxt/browser';
import { onMessage, type PageState } from '../../messaging/protocol.ts';
import { sendToTab } from '../../messaging/send-to-tab.ts';
import { lookupRequestItem } from '../../settings/lookup-request.ts';
import { siteSwitchView, toggleSite } from '../../settings/site-switch.ts';
import { getSettings, updateSettings, watchSettings } from '../../settings/storage.ts';
import type { Settings } from '../../settings/model.ts';
import { badgeFor } from './badge.ts';
import { lookupQuery, popupPageUrl } from './lookup.ts';
import {
  COMMAND_NEXT_TERM,
  COMMAND_PREVIOUS_TERM,
  COMMAND_TOGGLE_SITE,
  MENU_LOOKUP,
  MENU_TOGGLE_SITE,
  toggleMenuFor,
} from './menus.ts';

type Tab = Browser.tabs.Tab;
type OnClickData = Browser.contextMenus.OnClickData;

/** `action` in MV3 (Chrome), `browserAction` in Firefox's MV2 build. */
function toolbarAction(): typeof browser.action {
  return (browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction)!;
}

/**
 * Wires the service worker: per-tab badge from the pages' reports, the toolbar button's and the
 * selection's context menus, and the keyboard commands. Returns what undoes it (for tests).
 *
 * State kept here (the last report of each tab) is only a cache: after the service worker restarts
 * it is rebuilt by asking the tab (`getPageState`), so nothing is lost.
 */
export function startBackground(): () => void {
  const pages = new Map<number, PageState>();
  let settings: Settings | null = null;
  let activeTabId: number | null = null;
  const cleanups: (() => void)[] = [];
  const listen = <T extends (...args: never[]) => unknown>(
    event: { addListener(cb: T): void; removeListener(cb: T): void },
    cb: T,
  ) => {
    event.addListener(cb);
    cleanups.push(() => event.removeListener(cb));
  };

  const currentSettings = async () => (settings ??= await getSettings());

  async function showBadge(tabId: number): Promise<void> {
    const badge = badgeFor(pages.get(tabId), await currentSettings());
    const action = toolbarAction();
    try {
      await Promise.all([
        action.setBadgeText({ tabId, text: badge.text }),
        action.setBadgeBackgroundColor({ tabId, color: badge.color }),
        action.setTitle({ tabId, title: badge.title }),
      ]);
    } catch {
      // The tab closed meanwhile.
    }
  }

  /** The tab's state, from the page itself when it answers (fresh), else the last report. */
  async function pageStateOf(tabId: number): Promise<PageState | undefined> {
    try {
      const state = await sendToTab(tabId, 'getPageState', undefined);
      pages.set(tabId, state);
      return state;
    } catch {
      // No content script there (browser pages, the web store, a page still loading).
      return pages.get(tabId);
    }
  }

  async function refreshToggleMenu(): Promise<void> {
    const menu = toggleMenuFor(
      activeTabId === null ? undefined : pages.get(activeTabId),
      await currentSettings(),
    );
    try {
      await browser.contextMenus.update(MENU_TOGGLE_SITE, menu);
    } catch {
      // Menus are being re-created (start-up); they are created with the right title then.
    }
  }

  async function activeTab(): Promise<number | null> {
    try {
      // In a service worker the "current" window is the last focused one.
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    } catch {
      return null;
    }
  }

  async function setActiveTab(tabId: number | null): Promise<void> {
    activeTabId = tabId;
    if (tabId !== null && !pages.has(tabId)) await pageStateOf(tabId);
    await refreshToggleMenu();
  }

  async function toggleSiteOf(tabId: number): Promise<void> {
    const state = await pageStateOf(tabId);
    if (!state || state.hostname === '') return;
    const relevant = state.relevance?.relevant ?? null;
    const view = siteSwitchView(await getSettings(), state.hostname, relevant);
    if (view.state === 'global-off') return;
    await updateSettings((current) => ({
      ...current,
      sites: toggleSite(current, state.hostname, relevant, !view.checked),
    }));
  }

  /**
   * "Look up in NK Context": the popup's search, with the selection typed in. The request goes
   * through session storage because `openPopup()` takes no arguments; where the popup cannot be
   * opened (older browsers, no focused window) the same view opens as a page in a new tab.
   * `openPopup()` is called before any `await` so that Firefox still sees the user's click.
   */
  async function lookUp(selection: string, tab: Tab | undefined): Promise<void> {
    const text = lookupQuery(selection);
    if (text === '') return;
    const tabId = tab?.id ?? null;
    const action = toolbarAction();
    let opening: Promise<unknown>;
    try {
      opening =
        typeof action.openPopup === 'function'
          ? action.openPopup()
          : Promise.reject(new Error('no openPopup'));
    } catch (error) {
      opening = Promise.reject(error);
    }
    const opened = opening.then(
      () => true,
      () => false,
    );
    await lookupRequestItem.setValue({ text, tabId, at: Date.now() });
    if (!(await opened)) {
      await lookupRequestItem.removeValue();
      await browser.tabs.create({
        url: popupPageUrl(browser.runtime.getURL('/popup.html'), tabId, text),
        ...(tab ? { index: tab.index + 1, windowId: tab.windowId } : {}),
      });
    }
  }

  async function createMenus(): Promise<void> {
    const mv3 = browser.runtime.getManifest().manifest_version === 3;
    await browser.contextMenus.removeAll();
    const menu = toggleMenuFor(undefined, await currentSettings());
    browser.contextMenus.create({
      id: MENU_TOGGLE_SITE,
      title: menu.title,
      enabled: menu.enabled,
      contexts: [mv3 ? 'action' : ('browser_action' as 'action')],
    });
    browser.contextMenus.create({ id: MENU_LOOKUP, title: 'Look up in NK Context', contexts: ['selection'] });
    await setActiveTab(await activeTab());
  }

  cleanups.push(
    onMessage('pageStateChanged', async ({ data, sender }) => {
      const tabId = sender.tab?.id;
      // Only the top frame speaks for the tab (a frame's report would overwrite the page's).
      if (tabId === undefined || (sender.frameId !== undefined && sender.frameId !== 0)) return;
      pages.set(tabId, data);
      await showBadge(tabId);
      if (tabId === activeTabId) await refreshToggleMenu();
    }),
  );

  cleanups.push(
    watchSettings((next) => {
      settings = next;
      for (const tabId of pages.keys()) void showBadge(tabId);
      void refreshToggleMenu();
    }),
  );

  listen(browser.tabs.onActivated, ({ tabId }: { tabId: number }) => void setActiveTab(tabId));
  listen(browser.windows.onFocusChanged, (windowId: number) => {
    if (windowId !== browser.windows.WINDOW_ID_NONE) void activeTab().then(setActiveTab);
  });
  listen(browser.tabs.onRemoved, (tabId: number) => {
    pages.delete(tabId);
  });
  listen(browser.tabs.onUpdated, (tabId: number, change: { status?: string }) => {
    // A new document is loading: the old page's report no longer holds. Its content script will report.
    if (change.status === 'loading' && pages.delete(tabId)) {
      void showBadge(tabId);
      if (tabId === activeTabId) void refreshToggleMenu();
    }
  });

  // These listeners return their work's promise: browsers ignore it, tests await it.
  listen(browser.contextMenus.onClicked, async (info: OnClickData, tab?: Tab) => {
    if (info.menuItemId === MENU_TOGGLE_SITE && tab?.id !== undefined) await toggleSiteOf(tab.id);
    if (info.menuItemId === MENU_LOOKUP) await lookUp(info.selectionText ?? '', tab);
  });

  listen(browser.commands.onCommand, async (command: string, tab?: Tab) => {
    const tabId = tab?.id ?? (await activeTab());
    if (tabId === null) return;
    if (command === COMMAND_TOGGLE_SITE) await toggleSiteOf(tabId);
    if (command === COMMAND_NEXT_TERM || command === COMMAND_PREVIOUS_TERM) {
      const direction = command === COMMAND_NEXT_TERM ? 'next' : 'previous';
      await sendToTab(tabId, 'moveToMark', { direction }).catch(() => false);
    }
  });

  void createMenus();

  return () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
}
