import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage } from '../../messaging/protocol.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // The popup has no `tabs` permission, so it learns the page's address from us.
    const stop = onMessage('getPageState', () => ({
      url: location.href,
      hostname: location.hostname,
      title: document.title,
      relevance: null,
      active: false,
      why: 'Page detection is not built yet.',
      terms: [],
    }));
    ctx.onInvalidated(stop);
  },
});
