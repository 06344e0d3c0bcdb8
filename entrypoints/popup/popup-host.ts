import { browser } from 'wxt/browser';
import type { PopupHost } from '../../components/popup/host.ts';
import { onMessage } from '../../messaging/protocol.ts';
import { sendToTab } from '../../messaging/send-to-tab.ts';
import { lookupRequestItem, takeLookupRequest } from '../../settings/lookup-request.ts';
import { getSettings, updateSettings, watchSettings } from '../../settings/storage.ts';

/** The popup's window on the browser: the tab's content script, the settings, the lookup requests. */
export function createPopupHost(tabId: number | null, options: { asPage: boolean }): PopupHost {
  return {
    tabId,
    async getPageState() {
      if (tabId === null) return null;
      try {
        return await sendToTab(tabId, 'getPageState', undefined);
      } catch {
        return null;
      }
    },
    onPageState(listener) {
      // Content scripts report to every extension page; only our tab's top frame matters here.
      return onMessage('pageStateChanged', ({ data, sender }) => {
        if (sender.tab?.id === tabId && (sender.frameId ?? 0) === 0) listener(data);
      });
    },
    getSettings,
    watchSettings,
    updateSettings,
    async revealTerm(termId) {
      if (tabId === null) return false;
      const found = await sendToTab(tabId, 'revealTerm', { termId });
      if (found) {
        // As a popup we step aside so the reader sees the popover; as a page we bring its tab forward.
        if (options.asPage) await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
        else window.close();
      }
      return found;
    },
    openOptions() {
      void browser.runtime.openOptionsPage();
    },
    onLookup(listener) {
      const take = () =>
        void takeLookupRequest(Date.now()).then((request) => {
          if (request && (request.tabId === null || request.tabId === tabId)) listener(request.text);
        });
      take();
      // The background may store the request just after opening us.
      return lookupRequestItem.watch((request) => request && take());
    },
  };
}
