/**
 * The built extension on the saved pages written for the classifier (tests/fixtures/classifier-pages:
 * news-site layouts in English and Korean, with menus, link lists, comments and scripts). Each page's
 * label, which `npm run scan` reproduces in Node (tests/unit/classifier-saved-pages-set.test.ts), is
 * what the content script must decide in the browser; pages about North Korea get marks (never in
 * scripts, code or our own UI), the others none, and no page's DOM changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ROOT,
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
  marks,
  neverMarkedAround,
} from './inpage-helpers.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/classifier-pages');
/**
 * Each page is served at the path of its own address (`<link rel="canonical">`), as a reader would
 * open it: an address like `/north-korea/economy/…` is one of the classifier's signals. Only the
 * host is ours (127.0.0.1), so a site's own name (a specialist site, state media) cannot count here.
 */
const taken = new Set<string>();
const CASES = (
  JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8')) as {
    cases: { file: string; relevant: boolean }[];
  }
).cases.map(({ file, relevant }) => {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  let path = canonical ? new URL(canonical).pathname : `/${file}`;
  // Two pages of one site may differ only in their query (`/view.php?id=…`), which the server ignores.
  if (taken.has(path)) path = `/${file}`;
  taken.add(path);
  return { file, relevant, html, path };
});

let ext: ExtensionBrowser;
let plain: Browser;
let plainContext: BrowserContext;
let server: PageServer;

beforeAll(async () => {
  server = await servePages({ routes: Object.fromEntries(CASES.map((c) => [c.path, c.html])) });
  ext = await launchWithExtension();
  plain = await launchPlain();
  plainContext = await plain.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  for (const context of [ext.context, plainContext]) await onlyFrom(context, server.origin);
}, 60_000);

afterAll(async () => {
  await ext?.close();
  await plainContext?.close();
  await plain?.close();
  await server?.close();
});

describe('saved pages written for the classifier', () => {
  test('are there to run over, both kinds', () => {
    expect(CASES.filter((c) => c.relevant).length).toBeGreaterThanOrEqual(10);
    expect(CASES.filter((c) => !c.relevant).length).toBeGreaterThanOrEqual(10);
  });

  test.each(CASES)(
    '$file: judged as labelled, marked only when about North Korea',
    async ({ path, relevant }) => {
      const url = server.url(path);
      const reference = await plainContext.newPage();
      await reference.goto(url, { waitUntil: 'load' });
      const referenceDom = await domWithoutHost(reference);
      await reference.close();

      const page = await ext.context.newPage();
      const errors = collectExtensionErrors(page, ext.extensionId);
      await page.goto(url, { waitUntil: 'load' });
      const state = await classifiedState(ext, page);
      expect(
        state.relevance?.relevant,
        `${state.url} "${state.title}" score ${state.relevance?.score}: ${state.relevance?.reasons.join('; ')}`,
      ).toBe(relevant);
      expect(state.active).toBe(relevant);
      if (relevant) {
        await page.waitForFunction(
          () => performance.getEntriesByName('nk-context:annotate').length > 0,
          null,
          {
            polling: 100,
            timeout: 15_000,
          },
        );
        const found = await marks(page, '*');
        expect(found.length).toBeGreaterThan(0);
        for (const mark of found) {
          expect(neverMarkedAround(mark)).toEqual([]);
          expect(mark.ancestors).not.toContain(HOST.toUpperCase());
        }
      } else {
        expect(await marks(page, '*')).toEqual([]);
      }
      expect(await domWithoutHost(page)).toBe(referenceDom);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
