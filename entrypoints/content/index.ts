import { defineContentScript } from 'wxt/utils/define-content-script';
import { startInPage } from './in-page.ts';
// Declared in the manifest's content_scripts `css` (WXT's default for a content script's CSS):
// the ::highlight() styles reach the page even under a strict Content-Security-Policy.
import './marks.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // A same-origin article iframe gets its own marks and popovers; cross-origin frames (ads,
  // embeds, comment widgets) are left alone (see frameRole in in-page.ts).
  allFrames: true,
  // WXT's legacy start-up postMessage would reach the page's own message listeners.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startInPage(ctx).catch((error: unknown) => {
      // Never let a failure of ours surface as the page's error; keep it visible to developers.
      console.error('NK Context: the content script stopped:', error);
    });
  },
});
