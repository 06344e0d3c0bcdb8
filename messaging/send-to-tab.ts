import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { ProtocolMap } from './protocol.ts';

/**
 * `sendMessage(type, data, tabId)` of protocol.ts, for tabs that may have no content script
 * (browser pages, the web store, pages open since before the extension was installed). The
 * library's callback never reads `chrome.runtime.lastError`, so Chrome logs "Unchecked
 * runtime.lastError" in the sender's console for each such tab; the promise API used here rejects
 * instead. Same wire format as the library (`{ id, type, data, timestamp }` → `{ res } | { err }`),
 * so the content script's `onMessage` handlers answer it unchanged.
 */
export async function sendToTab<K extends keyof ProtocolMap>(
  tabId: number,
  type: K,
  data: GetDataType<ProtocolMap[K]>,
): Promise<GetReturnType<ProtocolMap[K]>> {
  const message = { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() };
  const reply = (await browser.tabs.sendMessage(tabId, message)) as
    { res?: GetReturnType<ProtocolMap[K]>; err?: { message?: string } } | undefined;
  if (!reply) throw new Error(`No answer to ${type} from tab ${tabId}`);
  if (reply.err) throw new Error(reply.err.message ?? `${type} failed in tab ${tabId}`);
  return reply.res as GetReturnType<ProtocolMap[K]>;
}
