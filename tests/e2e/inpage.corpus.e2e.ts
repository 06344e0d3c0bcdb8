/**
 * The built extension over every saved real page of ../shared/corpus/readability/ (none of them is
 * about North Korea): no error from the extension in any console, the DOM and the layout exactly
 * as Chromium without the extension renders them, and nothing marked. Then the same pages with the
 * extension switched on everywhere ("Always on"), so that the scanner and the painter run over
 * sixty real, messy DOMs: still no error, the same DOM and layout, and every mark on readable text.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  CORPUS_DIR,
  launchWithExtension,
  onlyFrom,
  servePages,
  type ExtensionBrowser,
  type PageServer,
} from './harness.ts';
import {
  HOST,
  classifiedState,
  collectExtensionErrors,
  domWithoutHost,
  launchPlain,
  layoutSignature,
  markCount,
  marks,
  neverMarkedAround,
} from './inpage-helpers.ts';

/** The service worker's `chrome`, as far as these tests use it. */
declare const chrome: {
  storage: { local: { set(v: object): Promise<void>; clear(): Promise<void> } };
};

const READABILITY = join(CORPUS_DIR, 'readability');
const PAGES = readdirSync(READABILITY)
  .filter((f) => f.endsWith('.html'))
  .sort();

let ext: ExtensionBrowser;
let plain: Browser;
let plainContext: BrowserContext;
let server: PageServer;

/**
 * Saved pages point at their original sites: only our local server may answer (no network in
 * tests). Their own scripts put the time and random numbers into the DOM (cache-busting URLs), so
 * both browsers give the page's main world the same clock and the same random sequence; our
 * content script runs in its own world and is not affected.
 */
async function prepare(context: BrowserContext, origin: string) {
  await onlyFrom(context, origin);
  await context.addInitScript(() => {
    const fixed = Date.UTC(2026, 0, 1);
    const RealDate = Date;
    class FixedDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(fixed);
        else super(...(args as [number]));
      }
      static override now() {
        return fixed;
      }
    }
    globalThis.Date = FixedDate as DateConstructor;
    let seed = 42;
    Math.random = () => {
      seed = (seed * 16807) % 2147483647;
      return (seed - 1) / 2147483646;
    };
  });
}

beforeAll(async () => {
  server = await servePages({ roots: [READABILITY] });
  ext = await launchWithExtension();
  await prepare(ext.context, server.origin);
  plain = await launchPlain();
  plainContext = await plain.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  await prepare(plainContext, server.origin);
}, 60_000);

afterAll(async () => {
  await ext?.close();
  await plainContext?.close();
  await plain?.close();
  await server?.close();
});

/**
 * The page's DOM and layout are compared until they match the reference or this time is up: a
 * page's own work may still be under way when we look (under load, once, blogger.html's pager was
 * caught 10 px short), while a change of ours would stay.
 */
const STEADY = { timeout: 5_000 };

/** The page as Chromium without the extension renders it, just before our load of it. */
async function reference(url: string): Promise<{ dom: string; layout: string }> {
  const page = await plainContext.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await settle(page);
    return { dom: await domWithoutHost(page), layout: await layoutSignature(page) };
  } finally {
    await page.close();
  }
}

/**
 * Loaded, its fonts settled, and the page's own scripts done changing its DOM: no mutation for
 * half a second (aktualne.html's ad script adds a teaser around the load event and removes it some
 * 300 ms later), or 5 s at most for a page that never stops. A condition on the page, checked each
 * frame, not a fixed wait.
 */
async function settle(page: Page) {
  await page.waitForLoadState('load');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const started = performance.now();
        let lastChange = started;
        const observer = new MutationObserver(() => (lastChange = performance.now()));
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        const frame = () => {
          const now = performance.now();
          if (now - lastChange >= 500 || now - started > 5000) {
            observer.disconnect();
            done();
          } else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

describe('the readability corpus', () => {
  test('holds pages to run over', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(50);
  });

  test.each(PAGES)('%s: no extension error, DOM and layout unchanged, nothing marked', async (file) => {
    const url = server.url(`/${file}`);

    const before = await reference(url);

    const page = await ext.context.newPage();
    const errors = collectExtensionErrors(page, ext.extensionId);
    await page.goto(url, { waitUntil: 'load' });
    const state = await classifiedState(ext, page);
    await settle(page);

    expect(
      state.relevance?.relevant,
      `classified as about North Korea: ${state.relevance?.reasons.join('; ')}`,
    ).toBe(false);
    expect(state.active).toBe(false);
    expect(await markCount(page)).toBe(0);
    expect(await page.locator(HOST).count()).toBe(0);
    await expect.poll(() => domWithoutHost(page), STEADY).toBe(before.dom);
    await expect.poll(() => layoutSignature(page), STEADY).toBe(before.layout);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the readability corpus with the extension switched on everywhere', () => {
  /** Marks found over all the pages: the checks on each mark below must have had some to check. */
  let marksSeen = 0;

  beforeAll(async () => {
    await ext.worker.evaluate(() =>
      chrome.storage.local.set({
        settings: { mode: 'always', sites: {}, markStyle: 'underline', firstOccurrenceOnly: false },
        settings$: { v: 2 },
      }),
    );
  });

  afterAll(async () => {
    await ext?.worker.evaluate(() => chrome.storage.local.clear());
  });

  test.each(PAGES)('%s: scanned and marked without an error, DOM and layout unchanged', async (file) => {
    const url = server.url(`/${file}`);
    const before = await reference(url);

    const page = await ext.context.newPage();
    const errors = collectExtensionErrors(page, ext.extensionId);
    await page.goto(url, { waitUntil: 'load' });
    const state = await classifiedState(ext, page);
    expect(state.active, state.why).toBe(true);
    // The first full pass is over (its last marks painted).
    await page.waitForFunction(() => performance.getEntriesByName('nk-context:annotate').length > 0, null, {
      polling: 100,
      timeout: 15_000,
    });
    await settle(page);

    const found = await marks(page, '*');
    marksSeen += found.length;
    for (const mark of found) {
      expect(mark.text.trim(), `an empty mark on ${file}`).not.toBe('');
      expect(neverMarkedAround(mark)).toEqual([]);
    }
    await expect.poll(() => domWithoutHost(page), STEADY).toBe(before.dom);
    await expect.poll(() => layoutSignature(page), STEADY).toBe(before.layout);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('found glossary terms on some of these pages (the checks on marks above were not empty)', () => {
    expect(marksSeen).toBeGreaterThan(0);
  });
});
