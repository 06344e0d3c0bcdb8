import { defineExtensionMessaging } from '@webext-core/messaging';

/** What a tab's content script reports about its page. */
export interface PageInfo {
  url: string;
  hostname: string;
  title: string;
}

/**
 * Every message between the extension's parts, declared once with its argument and reply types
 * (the popup and background send; the content script of a tab answers `getPageInfo`).
 */
export interface ProtocolMap {
  getPageInfo(): PageInfo;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
