import type { PageState } from '../../messaging/protocol.ts';
import type { Settings } from '../../settings/model.ts';

/**
 * Everything the popup needs from the browser, as one object: entrypoints/popup/popup-host.ts builds it
 * from the extension APIs, tests pass a fake. Keeps the components free of browser globals.
 */
export interface PopupHost {
  /** The tab the popup acts on (the active tab, or `?tab=` when opened as a page), null if none. */
  tabId: number | null;
  /** Asks the tab's content script; null where none answers (browser pages, the web store). */
  getPageState(): Promise<PageState | null>;
  /** Called when the tab reports a new state (after a settings change, or new content). */
  onPageState(listener: (state: PageState) => void): () => void;
  getSettings(): Promise<Settings>;
  watchSettings(listener: (settings: Settings) => void): () => void;
  updateSettings(change: (current: Settings) => Settings): Promise<Settings>;
  /** Scrolls the tab to the term's next occurrence and opens its popover; false if not there. */
  revealTerm(termId: string): Promise<boolean>;
  openOptions(): void;
  /** A "Look up in NK Context" request waiting for this popup, and later ones while it is open. */
  onLookup(listener: (text: string) => void): () => void;
}
