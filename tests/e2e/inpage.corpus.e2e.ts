/**
 * The built extension over every saved real page of ../shared/corpus/readability/ (none of them is
 * about North Korea): no error from the extension in any console, the DOM and the layout exactly
 * as Chromium without the extension renders them, and nothing marked.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  CORPUS_DIR,
  launchWithExtension,
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
} from './inpage-helpers.ts';

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
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort('blockedbyclient'),
  );
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

async function settle(page: Page) {
  await page.waitForLoadState('load');
  // Two frames after load: whatever the page lays out on load has been laid out.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

describe('the readability corpus', () => {
  test('holds pages to run over', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(50);
  });

  test.each(PAGES)('%s: no extension error, DOM and layout unchanged, nothing marked', async (file) => {
    const url = server.url(`/${file}`);

    const reference = await plainContext.newPage();
    await reference.goto(url, { waitUntil: 'load' });
    await settle(reference);
    const referenceDom = await domWithoutHost(reference);
    const referenceLayout = await layoutSignature(reference);
    await reference.close();

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
    expect(await domWithoutHost(page)).toBe(referenceDom);
    expect(await layoutSignature(page)).toBe(referenceLayout);
    expect(errors).toEqual([]);
    await page.close();
  });
});
