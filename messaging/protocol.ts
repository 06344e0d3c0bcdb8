import { defineExtensionMessaging } from '@webext-core/messaging';

/** What a tab's content script knows about its page; the popup and the badge show it. */
export interface PageState {
  url: string;
  hostname: string;
  title: string;
  /** The classifier's verdict on the page (null while the page has not been classified yet). */
  relevance: { relevant: boolean; score: number; reasons: string[] } | null;
  /** Whether marks are shown, and why (site switched off, not detected, forced on, …). */
  active: boolean;
  why: string;
  /** Distinct terms found on the page, with their number of occurrences, most frequent first. */
  terms: { id: string; count: number }[];
}

/**
 * Every message between the extension's parts, declared once with its argument and reply types.
 * Sent to a tab (content script answers): getPageState, revealTerm, moveToMark.
 * Sent to the background: pageStateChanged (content script → badge).
 */
export interface ProtocolMap {
  /** The popup (which has no `tabs` permission, so no tab URL) asks the page what it is and holds. */
  getPageState(): PageState;
  /** Scroll to the next occurrence of a term and open its popover; false if it is not on the page. */
  revealTerm(data: { termId: string }): boolean;
  /** Keyboard commands: go to the next or previous marked term and open its popover. */
  moveToMark(data: { direction: 'next' | 'previous' }): boolean;
  /** The content script reports a change, so the background can update the tab's badge. */
  pageStateChanged(data: PageState): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
