import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // The service worker owns cross-tab state (badge, per-site switch, context menu) as those features
  // land; it makes no network requests.
});
