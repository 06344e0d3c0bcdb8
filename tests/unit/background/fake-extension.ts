/**
 * What WXT's fakeBrowser leaves out and the background needs: context menus, commands, window
 * focus, the manifest, `openPopup`, and tabs with content scripts that answer messages.
 */
import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageState } from '../../../messaging/protocol.ts';

export interface FakeEvent<T extends unknown[]> {
  addListener(cb: (...args: T) => unknown): void;
  removeListener(cb: (...args: T) => unknown): void;
  hasListeners(): boolean;
  /** Calls every listener and waits for the promises they return. */
  trigger(...args: T): Promise<unknown[]>;
}

export function fakeEvent<T extends unknown[]>(): FakeEvent<T> {
  const listeners: ((...args: T) => unknown)[] = [];
  return {
    addListener: (cb) => void listeners.push(cb),
    removeListener: (cb) => void listeners.splice(listeners.indexOf(cb) >>> 0, 1),
    hasListeners: () => listeners.length > 0,
    trigger: (...args) => Promise.all(listeners.map((cb) => cb(...args))),
  };
}

export interface MenuItem {
  id: string;
  title: string;
  enabled?: boolean;
  contexts: string[];
}

export interface FakeExtension {
  menus: Map<string, MenuItem>;
  menuClicked: FakeEvent<
    [{ menuItemId: string; selectionText?: string }, { id: number; index: number; windowId: number }?]
  >;
  command: FakeEvent<[string, { id: number }?]>;
  /** What each tab's content script answers to getPageState; a tab without one doesn't answer. */
  pages: Map<number, PageState>;
  /** Messages received by content scripts, in order. */
  received: { tabId: number; type: string; data: unknown }[];
  openPopup: ReturnType<typeof vi.fn>;
  /** A tab's content script reports its state (as `sendMessage('pageStateChanged', …)` does). */
  report(tabId: number, state: PageState, frameId?: number): void;
}

export function installFakeExtension(): FakeExtension {
  const menus = new Map<string, MenuItem>();
  const pages = new Map<number, PageState>();
  const received: FakeExtension['received'] = [];
  const menuClicked =
    fakeEvent<
      [{ menuItemId: string; selectionText?: string }, { id: number; index: number; windowId: number }?]
    >();
  const command = fakeEvent<[string, { id: number }?]>();
  const openPopup = vi.fn(async () => {});
  const browser = fakeBrowser as unknown as Record<string, Record<string, unknown>>;

  browser.contextMenus = {
    create: vi.fn((item: MenuItem) => {
      if (menus.has(item.id)) throw new Error(`duplicate id ${item.id}`);
      menus.set(item.id, { ...item });
    }),
    update: vi.fn(async (id: string, change: Partial<MenuItem>) => {
      const item = menus.get(id);
      if (!item) throw new Error(`no menu ${id}`);
      Object.assign(item, change);
    }),
    removeAll: vi.fn(async () => menus.clear()),
    onClicked: menuClicked,
  };
  browser.commands = { onCommand: command };
  browser.windows!.WINDOW_ID_NONE = -1;
  browser.runtime!.getManifest = () => ({ manifest_version: 3 });
  browser.action!.openPopup = openPopup;
  browser.tabs!.sendMessage = async (tabId: number, message: { type: string; data: unknown }) => {
    const state = pages.get(tabId);
    // As Chrome's promise API does when no content script listens in the tab.
    if (!state) throw new Error('Could not establish connection. Receiving end does not exist.');
    received.push({ tabId, type: message.type, data: message.data });
    await Promise.resolve();
    return { res: message.type === 'getPageState' ? state : true };
  };

  return {
    menus,
    menuClicked,
    command,
    pages,
    received,
    openPopup,
    report(tabId, state, frameId = 0) {
      pages.set(tabId, state);
      void fakeBrowser.runtime.onMessage.trigger(
        { id: Math.random(), type: 'pageStateChanged', data: state, timestamp: Date.now() },
        { tab: { id: tabId } as Browser.tabs.Tab, frameId },
        () => {},
      );
    },
  };
}

export function pageState(hostname: string, patch: Partial<PageState> = {}): PageState {
  return {
    url: `https://${hostname}/article`,
    hostname,
    title: 'An article',
    relevance: { relevant: true, score: 9, reasons: ['title mentions North Korea'] },
    active: true,
    why: 'Detected as a North Korea page.',
    terms: [
      { id: 'workers-party', count: 4 },
      { id: 'jangmadang', count: 1 },
    ],
    ...patch,
  };
}
