import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  collectErrors,
  launchWithExtension,
  sendToTab,
  servePages,
  tabIdOf,
  type ExtensionBrowser,
  type PageServer,
} from './harness.ts';
import type { PageState } from '../../messaging/protocol.ts';

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  server = await servePages();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built extension in Chromium', () => {
  test('loads, with its service worker up', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.worker.url()).toBe(`chrome-extension://${browser.extensionId}/background.js`);
    // The worker really runs our code: it can read our own manifest.
    const name = await browser.worker.evaluate(() => chrome.runtime.getManifest().name);
    expect(name).toBe('NK Context');
  });

  test('runs its content script on a page served from 127.0.0.1', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('/article-party.html'));
    const tabId = await tabIdOf(browser.worker, page);
    // The content script answers once it has started; poll instead of sleeping.
    await expect
      .poll(
        async () => {
          try {
            return (await sendToTab<PageState>(browser.worker, tabId, 'getPageState')).hostname;
          } catch {
            return undefined;
          }
        },
        { timeout: 15_000 },
      )
      .toBe('127.0.0.1');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('renders the popup', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => page.locator('#app').innerText(), { timeout: 15_000 }).toContain('NK Context');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('renders the options page', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => page.locator('#app').innerText(), { timeout: 15_000 }).toContain('NK Context');
    expect(errors).toEqual([]);
    await page.close();
  });
});

declare const chrome: { runtime: { getManifest(): { name: string } } };
