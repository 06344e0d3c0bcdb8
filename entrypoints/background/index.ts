import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from './start.ts';

export default defineBackground(() => {
  // Listeners are registered synchronously here, so that a service worker woken by an event
  // (a click on a menu, a command, a page's report) handles that event. No network requests.
  startBackground();
});
