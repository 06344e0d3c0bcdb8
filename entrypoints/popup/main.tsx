import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup.tsx';
import '../../components/theme/page-tokens.css';
import '../../components/popup/popup.css';
import '../../components/term/term-card.css';
import { createPopupHost } from './popup-host.ts';

/**
 * Opened from the toolbar it acts on the active tab; opened as a page (`popup.html?tab=3&q=…`, for
 * keyboard users and tests, or by "Look up in NK Context" where the popup cannot open) it acts on
 * that tab and starts with that search.
 */
async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const tabParam = params.get('tab');
  const asPage = tabParam !== null;
  document.body.classList.toggle('as-page', asPage);
  let tabId: number | null = asPage && /^\d+$/.test(tabParam) ? Number(tabParam) : null;
  if (!asPage) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = tab?.id ?? null;
  }
  const host = createPopupHost(tabId, { asPage });
  render(<Popup host={host} initialQuery={params.get('q') ?? undefined} />, document.getElementById('app')!);
}

void start();
