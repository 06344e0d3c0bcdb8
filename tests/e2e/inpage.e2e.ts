/**
 * The in-page experience in Debian's Chromium with the built extension: marks, popovers, keyboard,
 * strict CSP, dynamic content, frames, and that the page's DOM is left as it was.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { claimsForTerm } from '../../glossary/pack.ts';
import { nestQuotes } from '../../glossary/citation.ts';
import { collapseWhiteSpace } from '../../glossary/rendered-text.ts';
import type { PageState } from '../../messaging/protocol.ts';
import {
  PAGES_DIR,
  ROOT,
  launchWithExtension,
  sendToTab,
  servePages,
  tabIdOf,
  type ExtensionBrowser,
  type PageServer,
} from './harness.ts';
import {
  HOST,
  classifiedState,
  collectExtensionErrors,
  dialogInfo,
  domWithoutHost,
  launchPlain,
  layoutSignature,
  markCount,
  marks,
} from './inpage-helpers.ts';

/** Screenshots go to test-results/ (not kept); `SCREENSHOTS_DIR=docs` refreshes the README's. */
const SHOTS = join(ROOT, process.env.SCREENSHOTS_DIR ?? 'test-results/inpage');

const STRICT_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'none'";

let ext: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await servePages({
    headers: { '/csp/inpage-article.html': { 'content-security-policy': STRICT_CSP } },
    routes: { '/csp/inpage-article.html': readFileSync(join(PAGES_DIR, 'inpage-article.html'), 'utf8') },
  });
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await ext.context.newPage();
  const errors = collectExtensionErrors(page, ext.extensionId);
  await page.goto(server.url(path));
  return { page, errors };
}

async function waitForMarks(page: Page, atLeast = 1) {
  await expect
    .poll(async () => (await marks(page)).length, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(atLeast);
  return marks(page);
}

/** Hovers the mark on `text`; its popover is named after the term's label. */
async function hover(page: Page, text: string, label = text) {
  const mark = (await marks(page)).find((m) => m.text === text);
  expect(mark, `a mark on "${text}"`).toBeDefined();
  await page.mouse.move(mark!.x, mark!.y, { steps: 4 });
  await expect.poll(async () => (await dialogInfo(page))?.label ?? '', { timeout: 5_000 }).toContain(label);
  return (await dialogInfo(page))!;
}

/** The quotes the glossary holds for a term, as the popover must show them (verbatim, collapsed). */
function expectedQuotes(termId: string) {
  return claimsForTerm(termId).flatMap((c) =>
    c.quotes.map((q) => ({ text: collapseWhiteSpace(q.text), link: q.link })),
  );
}

describe('marks', () => {
  test('appear on an article about the Party, in prose only', async () => {
    const { page, errors } = await open('/inpage-article.html');
    const found = await waitForMarks(page, 8);
    const texts = found.map((m) => m.text);
    expect(texts).toEqual(
      expect.arrayContaining(['7th Party Congress', 'Pyongyang', 'Kim Jong Un', 'Songun policy']),
    );
    // A term split by <em> is one mark.
    expect(texts).toContain('chonghwa');
    // Nothing inside the comment box or the code block.
    for (const m of found)
      expect(m.ancestors.filter((t) => ['TEXTAREA', 'CODE', 'PRE'].includes(t))).toEqual([]);
    const state = await classifiedState(ext, page);
    expect(state.relevance?.relevant).toBe(true);
    expect(state.active).toBe(true);
    expect(state.terms.map((t) => t.id)).toEqual(
      expect.arrayContaining(['chonghwa', 'songun', 'seventh-party-congress']),
    );
    await page.screenshot({ path: join(SHOTS, 'inpage-marks-light.png'), animations: 'disabled' });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a page not about North Korea gets none', async () => {
    const { page, errors } = await open('/inpage-not-nk.html');
    const state = await classifiedState(ext, page);
    expect(state.relevance?.relevant).toBe(false);
    expect(state.active).toBe(false);
    expect(state.terms).toEqual([]);
    expect(await markCount(page)).toBe(0);
    expect(await page.locator(HOST).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('an in-page navigation (pushState) to an article about North Korea is read again and marked', async () => {
    const article = /<article>[\s\S]*<\/article>/.exec(
      readFileSync(join(PAGES_DIR, 'inpage-article.html'), 'utf8'),
    )![0];
    const { page, errors } = await open('/inpage-not-nk.html');
    expect((await classifiedState(ext, page)).active).toBe(false);
    // What a single-page app does: a new address, then the new page's content.
    await page.evaluate((html) => {
      history.pushState({}, '', '/news/north-korea-party-life');
      document.title = 'Shifting attitudes toward life in the Party';
      document.querySelector('main')!.innerHTML = html;
    }, article);
    await waitForMarks(page, 8);
    const tabId = await tabIdOf(ext.worker, page);
    const state = await sendToTab<PageState>(ext.worker, tabId, 'getPageState');
    expect(state.relevance?.relevant).toBe(true);
    expect(state.url).toMatch(/\/news\/north-korea-party-life$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('content added after load is marked, and removed content is forgotten', async () => {
    const { page } = await open('/inpage-article.html');
    const before = (await waitForMarks(page, 8)).length;
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Later, the Arduous March and the jangmadang were discussed.';
      document.querySelector('article')!.append(p);
    });
    await expect
      .poll(async () => (await marks(page)).map((m) => m.text), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['Arduous March', 'jangmadang']));
    await page.evaluate(() => document.getElementById('late')!.remove());
    await expect.poll(async () => (await marks(page)).length, { timeout: 10_000 }).toBe(before);
    await page.close();
  });
});

describe('popovers', () => {
  test('hovering a mark opens a dialog with the verbatim quotes and links to the passage', async () => {
    const { page, errors } = await open('/inpage-article.html');
    await waitForMarks(page, 8);
    const dialog = await hover(page, 'chonghwa');
    expect(dialog.label).toContain('chonghwa');
    const expected = expectedQuotes('chonghwa');
    expect(expected.length).toBeGreaterThan(0);
    expect(dialog.quotes).toEqual(expected.map((q) => q.text));
    const sourceLinks = dialog.links.filter((l) => l.href.includes('#:~:text='));
    expect(sourceLinks.map((l) => l.href)).toEqual(expected.map((q) => q.link));
    for (const link of sourceLinks) {
      expect(link.target).toBe('_blank');
      expect(link.rel?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
    }
    // It stays on screen.
    expect(dialog.rect.left).toBeGreaterThanOrEqual(0);
    expect(dialog.rect.right).toBeLessThanOrEqual(1280);
    expect(dialog.rect.top).toBeGreaterThanOrEqual(0);
    expect(dialog.rect.bottom).toBeLessThanOrEqual(800);
    await page.screenshot({ path: join(SHOTS, 'inpage-popover-light.png'), animations: 'disabled' });

    // "Copy quote with citation" puts the quote, its speaker, the publication and the link on the clipboard.
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.getByRole('button', { name: 'Copy quote with citation' }).first().click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toContain(`“${nestQuotes(expected[0]!.text)}”`);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Kim Ok Hui');
    expect(copied).toContain('Daily NK');
    expect(copied).toContain('2016');
    expect(copied).toContain(expected[0]!.link);
    expect(await dialogInfo(page)).not.toBeNull();

    // That the pointer may rest inside the popover however long is checked with fake timers in
    // tests/unit/popover/popover.test.tsx: here a check right after the move could not fail.

    await page.keyboard.press('Escape');
    await expect.poll(() => dialogInfo(page)).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the keyboard command opens the next term with focus inside; Tab stays in; Escape gives focus back', async () => {
    const { page } = await open('/inpage-article.html');
    await waitForMarks(page, 8);
    const tabId = await tabIdOf(ext.worker, page);
    await page.focus('#page-button');
    expect(await sendToTab<boolean>(ext.worker, tabId, 'moveToMark', { direction: 'next' })).toBe(true);
    await expect.poll(async () => (await dialogInfo(page))?.focusInside ?? false).toBe(true);
    const first = (await dialogInfo(page))!.label;
    const active = await marks(page, 'nk-context-active');
    expect(active).toHaveLength(1);
    expect(first).toContain(active[0]!.text.replace(/\s+/g, ' ').slice(0, 3));

    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect((await dialogInfo(page))?.focusInside).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogInfo(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-button');
    expect(await marks(page, 'nk-context-active')).toEqual([]);

    // Previous from nothing open goes back from the top of the window; next twice moves on.
    expect(await sendToTab<boolean>(ext.worker, tabId, 'moveToMark', { direction: 'next' })).toBe(true);
    await expect.poll(async () => (await dialogInfo(page))?.label).toBe(first);
    expect(await sendToTab<boolean>(ext.worker, tabId, 'moveToMark', { direction: 'next' })).toBe(true);
    await expect.poll(async () => (await dialogInfo(page))?.label).not.toBe(first);
    await page.close();
  });

  test('revealTerm opens a term that is on the page, and says false for one that is not', async () => {
    const { page } = await open('/inpage-article.html');
    await waitForMarks(page, 8);
    const tabId = await tabIdOf(ext.worker, page);
    expect(await sendToTab<boolean>(ext.worker, tabId, 'revealTerm', { termId: 'songun' })).toBe(true);
    await expect.poll(async () => (await dialogInfo(page))?.label ?? '').toContain('Songun');
    expect(await sendToTab<boolean>(ext.worker, tabId, 'revealTerm', { termId: 'donju' })).toBe(false);
    await page.close();
  });

  test('a popover closes when its term leaves the page', async () => {
    const { page } = await open('/inpage-article.html');
    await waitForMarks(page, 8);
    await hover(page, 'chonghwa');
    await page.evaluate(() => document.getElementById('p3')!.remove());
    await expect.poll(() => dialogInfo(page), { timeout: 10_000 }).toBeNull();
    await page.close();
  });

  test('dark scheme: marks and popover', async () => {
    const dark = await launchWithExtension({ colorScheme: 'dark' });
    try {
      const page = await dark.context.newPage();
      await page.goto(server.url('/inpage-article.html'));
      await waitForMarks(page, 8);
      await page.screenshot({ path: join(SHOTS, 'inpage-marks-dark.png'), animations: 'disabled' });
      await hover(page, 'chonghwa');
      const colors = await page.evaluate((host) => {
        const dialog = document.querySelector(host)!.shadowRoot!.querySelector('[role="dialog"]')!;
        return getComputedStyle(dialog).backgroundColor;
      }, HOST);
      // Our dark surface, not the light one.
      expect(colors).toBe('rgb(30, 34, 39)');
      await page.screenshot({ path: join(SHOTS, 'inpage-popover-dark.png'), animations: 'disabled' });
    } finally {
      await dark.close();
    }
  });
});

describe('the page is left as it was', () => {
  let plain: Browser;
  beforeAll(async () => {
    plain = await launchPlain();
  });
  afterAll(async () => {
    await plain?.close();
  });

  test('the serialized DOM is identical apart from our one host element', async () => {
    const { page } = await open('/inpage-article.html');
    await waitForMarks(page, 8);
    await hover(page, 'Songun policy', 'Songun');
    expect(await page.locator(HOST).count()).toBe(1);
    expect(
      await page.evaluate((h) => document.querySelector(h)!.parentElement === document.documentElement, HOST),
    ).toBe(true);
    const withExtension = await domWithoutHost(page);
    const layout = await layoutSignature(page);
    const reference = await plain.newPage({ viewport: { width: 1280, height: 800 } });
    await reference.goto(server.url('/inpage-article.html'));
    expect(withExtension).toBe(await domWithoutHost(reference));
    // And nothing moved: marks and the open popover take no room in the page.
    expect(layout).toBe(await layoutSignature(reference));
    await reference.close();
    await page.close();
  });

  test('switching the site off removes the marks at once, without a reload', async () => {
    const { page } = await open('/inpage-article.html');
    await waitForMarks(page, 8);
    await hover(page, 'Songun policy', 'Songun');
    await ext.worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({
        settings: { ...(settings as object), sites: { '127.0.0.1': 'off' } },
      });
    });
    try {
      await expect.poll(() => markCount(page), { timeout: 5_000 }).toBe(0);
      expect(await dialogInfo(page)).toBeNull();
    } finally {
      await ext.worker.evaluate(async () => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...(settings as object), sites: {} } });
      });
    }
    await waitForMarks(page, 8);
    await page.close();
  });
});

describe('mark options', () => {
  async function setMarkOptions(options: { markStyle?: string; firstOccurrenceOnly?: boolean }) {
    await ext.worker.evaluate(async (change) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), ...change } });
    }, options);
  }

  test('first occurrence only, and the background and off styles, apply at once', async () => {
    const { page } = await open('/inpage-article.html');
    const all = await waitForMarks(page, 8);
    const state = await classifiedState(ext, page);
    try {
      await setMarkOptions({ firstOccurrenceOnly: true });
      await expect.poll(async () => (await marks(page)).length).toBe(state.terms.length);
      expect((await marks(page)).length).toBeLessThan(all.length);

      await setMarkOptions({ firstOccurrenceOnly: false, markStyle: 'background' });
      await expect.poll(async () => (await marks(page, 'nk-context-background')).length).toBe(all.length);
      expect(await marks(page, 'nk-context-underline')).toEqual([]);
      expect(
        await page.evaluate(
          () =>
            getComputedStyle(document.getElementById('p1')!, '::highlight(nk-context-background)')
              .backgroundColor,
        ),
      ).not.toBe('rgba(0, 0, 0, 0)');

      await setMarkOptions({ markStyle: 'off' });
      await expect.poll(() => markCount(page)).toBe(0);
      // Detection goes on (the popup's list and the badge), and the keyboard still reaches the terms.
      expect((await classifiedState(ext, page)).terms.length).toBe(state.terms.length);
      const tabId = await tabIdOf(ext.worker, page);
      expect(await sendToTab<boolean>(ext.worker, tabId, 'moveToMark', { direction: 'next' })).toBe(true);
      await expect.poll(async () => (await marks(page, 'nk-context-active')).length).toBe(1);
    } finally {
      await setMarkOptions({ firstOccurrenceOnly: false, markStyle: 'underline' });
    }
    await page.close();
  });
});

describe('strict Content-Security-Policy', () => {
  test('marks are styled and the popover works on a page with style-src self', async () => {
    const { page, errors } = await open('/csp/inpage-article.html');
    const found = await waitForMarks(page, 8);
    const style = await page.evaluate(() => {
      const p = document.getElementById('p1')!;
      return getComputedStyle(p, '::highlight(nk-context-underline)').textDecorationLine;
    });
    expect(style).toBe('underline');
    expect(found.map((m) => m.text)).toContain('Songun policy');
    const dialog = await hover(page, 'Songun policy', 'Songun');
    const popoverStyle = await page.evaluate((host) => {
      const d = document.querySelector(host)!.shadowRoot!.querySelector('[role="dialog"]')!;
      const s = getComputedStyle(d);
      return { position: s.position, radius: s.borderTopLeftRadius };
    }, HOST);
    // Our shadow-root stylesheet applies despite the policy.
    expect(popoverStyle).toEqual({ position: 'fixed', radius: '10px' });
    expect(dialog.quotes.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('frames', () => {
  test('a same-origin article iframe is marked and its popovers work', async () => {
    const { page } = await open('/inpage-frame.html');
    const frame = page.frameLocator('#article');
    await expect.poll(() => frame.locator('#p1').count(), { timeout: 10_000 }).toBe(1);
    const child = page.frames().find((f) => f.url().endsWith('/inpage-article.html'))!;
    await expect.poll(async () => (await marks(child)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(8);
    // The outer page is not about North Korea: it has no marks of its own.
    expect(await markCount(page)).toBe(0);
    const mark = (await marks(child)).find((m) => m.text === 'Songun policy')!;
    const box = await page.locator('#article').boundingBox();
    await page.mouse.move(box!.x + mark.x, box!.y + mark.y, { steps: 4 });
    await expect
      .poll(async () => (await dialogInfo(child))?.label ?? '', { timeout: 5_000 })
      .toContain('Songun');
    const state = await sendToTab<PageState>(ext.worker, await tabIdOf(ext.worker, page), 'getPageState');
    expect(state.url).toBe(server.url('/inpage-frame.html'));
    await page.close();
  });
});

declare const chrome: {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
  };
};
