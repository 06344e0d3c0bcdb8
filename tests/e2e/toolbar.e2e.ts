/**
 * The toolbar in Debian's Chromium with the built extension: the popup's site switch (marks leave
 * and come back without a reload, the badge follows), the state across a browser restart, the
 * keyboard command and the "Look up" context menu, and the options page's export/import.
 *
 * Headless Chromium has no toolbar to right-click and does not route key presses to extension
 * commands, so those two are fired the way the browser fires them: `dispatch` on the real
 * `chrome.contextMenus.onClicked` / `chrome.commands.onCommand` events inside the service worker,
 * which runs our listeners with the real APIs behind them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PageState } from '../../messaging/protocol.ts';
import {
  ROOT,
  launchWithExtension,
  servePages,
  tabIdOf,
  type ExtensionBrowser,
  type PageServer,
} from './harness.ts';
import { classifiedState, collectExtensionErrors, dialogInfo, markCount } from './inpage-helpers.ts';

/** Screenshots go to test-results/ (not kept); `SCREENSHOTS_DIR=docs` refreshes the README's. */
const SHOTS = join(ROOT, process.env.SCREENSHOTS_DIR ?? 'test-results/toolbar');
const ARTICLE = '/inpage-article.html';

declare const chrome: {
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: {
    local: { get(k: null | string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
  };
  contextMenus: { onClicked: { dispatch(info: object, tab: object): void } };
  commands: { onCommand: { dispatch(command: string, tab: object): void } };
  tabs: { get(id: number): Promise<object> };
  extension: { getViews(f: { type: string }): Window[] };
};

let ext: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await servePages();
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function openArticle(browser = ext): Promise<{ page: Page; tabId: number; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = collectExtensionErrors(page, browser.extensionId);
  await page.goto(server.url(ARTICLE));
  const tabId = await tabIdOf(browser.worker, page);
  return { page, tabId, errors };
}

const badge = (tabId: number, browser = ext) =>
  browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

const storedSites = async (browser = ext) =>
  (
    (await browser.worker.evaluate(() => chrome.storage.local.get('settings'))).settings as
      { sites?: object } | undefined
  )?.sites ?? {};

async function openPopup(tabId: number, query?: string, browser = ext): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  const q = query === undefined ? '' : `&q=${encodeURIComponent(query)}`;
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}${q}`);
  return popup;
}

/** Fires a command as Chromium does when its shortcut is pressed in the tab. */
async function command(name: string, tabId: number, browser = ext): Promise<void> {
  await browser.worker.evaluate(
    async ({ name, tabId }) => chrome.commands.onCommand.dispatch(name, await chrome.tabs.get(tabId)),
    { name, tabId },
  );
}

describe('the popup’s site switch', () => {
  test('switching the site off removes its marks without a reload and the badge says off; on restores them', async () => {
    const { page, tabId, errors } = await openArticle();
    await expect.poll(() => markCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    const marksBefore = await markCount(page);
    const state = await classifiedState(ext, page);
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe(String(state.terms.length));
    // A value in the page's own window survives only if the page is never reloaded.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    const popup = await openPopup(tabId);
    const toggle = popup.getByRole('switch', { name: /127\.0\.0\.1/ });
    await expect.poll(() => toggle.isChecked(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => popup.getByRole('option').count()).toBe(state.terms.length);

    await toggle.click();
    await expect.poll(() => markCount(page), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe('off');
    expect(await toggle.isChecked()).toBe(false);
    expect(await storedSites()).toEqual({ '127.0.0.1': 'off' });
    await expect.poll(() => popup.getByText('Off for this site.').count()).toBe(1);

    await toggle.click();
    await expect.poll(() => markCount(page), { timeout: 10_000 }).toBe(marksBefore);
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe(String(state.terms.length));
    expect(await storedSites()).toEqual({});
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('choosing a term "On this page" opens its popover in the page', async () => {
    const { page, tabId } = await openArticle();
    await expect.poll(() => markCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    // Classification comes before the scan, and the viewport's marks before the rest: wait until
    // the page's state holds every mark on the page.
    let state = await classifiedState(ext, page);
    await expect
      .poll(
        async () => {
          state = await classifiedState(ext, page);
          return state.terms.reduce((sum, t) => sum + t.count, 0) === (await markCount(page));
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    const popup = await openPopup(tabId);
    const first = popup.getByRole('option').first();
    await expect.poll(() => first.count(), { timeout: 10_000 }).toBe(1);
    const [top] = state.terms;
    expect(await first.innerText()).toMatch(new RegExp(`${top!.count}$`));
    await first.click();
    await expect.poll(async () => (await dialogInfo(page))?.label ?? '', { timeout: 10_000 }).not.toBe('');
    await popup.close();
    await page.close();
  });
});

describe('keyboard command and context menu', () => {
  test('the toggle-site command switches the current site off and on; next-term opens a popover', async () => {
    const { page, tabId } = await openArticle();
    await expect.poll(() => markCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    const state = await classifiedState(ext, page);
    await command('toggle-site', tabId);
    await expect.poll(() => markCount(page), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe('off');
    await command('toggle-site', tabId);
    await expect.poll(() => markCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe(String(state.terms.length));

    await page.bringToFront();
    await command('next-term', tabId);
    await expect.poll(async () => (await dialogInfo(page))?.label ?? '', { timeout: 10_000 }).not.toBe('');
    await page.close();
  });

  test('"Look up in NK Context" opens the popup’s search with the selected text', async () => {
    const { page, tabId } = await openArticle();
    await page.bringToFront();
    // An extension page in a tab can reach the open popup's window (same extension, same process).
    const probe = await ext.context.newPage();
    await probe.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.bringToFront();
    await ext.worker.evaluate(
      async (id) =>
        chrome.contextMenus.onClicked.dispatch(
          {
            menuItemId: 'nk-context-lookup',
            selectionText: '  nose ring\n bull ',
            editable: false,
            pageUrl: '',
          },
          await chrome.tabs.get(id),
        ),
      tabId,
    );
    const popupSearch = () =>
      probe.evaluate(() => {
        const view = chrome.extension.getViews({ type: 'popup' })[0];
        const box = view?.document.querySelector<HTMLInputElement>('input[type="search"]');
        const first = view?.document.querySelector('[role="option"] .option__label');
        return box ? { query: box.value, first: first?.textContent ?? '' } : null;
      });
    await expect.poll(popupSearch, { timeout: 10_000 }).toEqual({
      query: 'nose ring bull',
      first: 'a bull with a ring through its nose',
    });
    await probe.close();
    await page.close();
  });

  test('the popup opened as a page (the lookup’s fallback) starts with the search typed', async () => {
    const { page, tabId } = await openArticle();
    const popup = await openPopup(tabId, 'womens union');
    const box = popup.getByRole('searchbox', { name: 'Search the glossary' });
    await expect.poll(() => box.inputValue(), { timeout: 10_000 }).toBe('womens union');
    await expect.poll(() => popup.getByRole('option').first().innerText()).toContain("Women's Union");
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await popup.close();
    await page.close();
  });
});

describe('across a browser restart', () => {
  test('a site switched off stays off in a new session of the same profile', async () => {
    const first = await launchWithExtension();
    let second: ExtensionBrowser | undefined;
    try {
      const before = await openArticle(first);
      await expect.poll(() => markCount(before.page), { timeout: 15_000 }).toBeGreaterThan(0);
      const popup = await openPopup(before.tabId, undefined, first);
      const toggle = popup.getByRole('switch', { name: /127\.0\.0\.1/ });
      await expect.poll(() => toggle.isChecked(), { timeout: 10_000 }).toBe(true);
      await toggle.click();
      await expect.poll(() => markCount(before.page), { timeout: 10_000 }).toBe(0);
      await first.close({ keepProfile: true });

      second = await launchWithExtension({ userDataDir: first.userDataDir });
      const after = await openArticle(second);
      const state: PageState = await classifiedState(second, after.page);
      expect(state.relevance?.relevant).toBe(true);
      expect(state.active).toBe(false);
      expect(state.why).toMatch(/Switched off/);
      expect(await markCount(after.page)).toBe(0);
      await expect.poll(() => badge(after.tabId, second), { timeout: 10_000 }).toBe('off');
      expect(await storedSites(second)).toEqual({ '127.0.0.1': 'off' });

      const again = await openPopup(after.tabId, undefined, second);
      const toggleAgain = again.getByRole('switch', { name: /127\.0\.0\.1/ });
      await expect.poll(() => toggleAgain.isChecked(), { timeout: 10_000 }).toBe(false);
      await toggleAgain.click();
      await expect.poll(() => markCount(after.page), { timeout: 10_000 }).toBeGreaterThan(0);
    } finally {
      await (second ?? first).close();
    }
  });
});

describe('the options page', () => {
  test('export and import round-trip the settings; a bad file is refused and changes nothing', async () => {
    await ext.worker.evaluate(() =>
      chrome.storage.local.set({
        settings: {
          mode: 'always',
          sites: { 'nknews.org': 'off', 'example.com': 'on' },
          markStyle: 'background',
          firstOccurrenceOnly: true,
        },
        settings$: { v: 2 },
      }),
    );
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await expect
      .poll(() => options.getByRole('button', { name: 'Remove nknews.org' }).count(), { timeout: 10_000 })
      .toBe(1);

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    const downloads = mkdtempSync(join(tmpdir(), 'nk-context-export-'));
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^nk-context-settings-\d{4}-\d\d-\d\d\.json$/);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({
      format: 'nk-context-settings',
      version: 2,
      settings: {
        mode: 'always',
        sites: { 'nknews.org': 'off', 'example.com': 'on' },
        markStyle: 'background',
      },
    });

    // Change everything, then bring it back from the file.
    await options.getByRole('button', { name: 'Remove nknews.org' }).click();
    await options.getByRole('radio', { name: /Automatic/ }).check();
    await expect.poll(async () => Object.keys(await storedSites())).toEqual(['example.com']);
    await options.locator('input[type="file"]').setInputFiles(file);
    await expect
      .poll(() => options.getByRole('status').innerText(), { timeout: 10_000 })
      .toMatch(/^Imported/);
    const stored = () => ext.worker.evaluate(() => chrome.storage.local.get('settings'));
    expect((await stored()).settings).toEqual(exported.settings);
    expect(await options.getByRole('radio', { name: /Always on/ }).isChecked()).toBe(true);

    await options.locator('input[type="file"]').setInputFiles({
      name: 'not-settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"something-else","version":1}'),
    });
    await expect
      .poll(() => options.getByRole('alert').innerText(), { timeout: 10_000 })
      .toMatch(/not an NK Context settings file.*Nothing was changed/);
    expect((await stored()).settings).toEqual(exported.settings);

    await ext.worker.evaluate(() =>
      chrome.storage.local.set({
        settings: { mode: 'auto', sites: {}, markStyle: 'underline', firstOccurrenceOnly: false },
      }),
    );
    await options.close();
    rmSync(downloads, { recursive: true, force: true });
  });
});

describe('screenshots of the popup', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`search, detail and "On this page" in ${scheme}`, async () => {
      const { page, tabId } = await openArticle();
      await expect.poll(() => markCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
      const popup = await ext.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 380, height: 560 });
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
      await expect.poll(() => popup.getByRole('option').count(), { timeout: 10_000 }).toBeGreaterThan(2);
      await popup.screenshot({ path: join(SHOTS, `popup-on-this-page-${scheme}.png`) });

      const box = popup.getByRole('searchbox', { name: 'Search the glossary' });
      await box.fill('womens union');
      await expect.poll(() => popup.getByRole('option').first().innerText()).toContain("Women's Union");
      await box.fill('bull ring nose');
      await expect.poll(() => popup.getByRole('option').first().innerText()).toContain('bull with a ring');
      await popup.screenshot({ path: join(SHOTS, `popup-search-${scheme}.png`) });

      await box.press('Enter');
      await expect
        .poll(() => popup.getByRole('heading', { level: 2 }).first().innerText())
        .toContain('bull with a ring');
      await popup.screenshot({ path: join(SHOTS, `popup-detail-${scheme}.png`) });
      await popup.close();
      await page.close();
    });
  }
});
