/**
 * Every quote link, opened in Chromium on a copy of the article, scrolls to the paragraph that holds
 * the quote: the browser's own text-fragment matching agrees with our link builder.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pack } from '../../glossary/pack.ts';
import { collapseWhiteSpace, renderText } from '../../glossary/rendered-text.ts';
import { readSourceText } from '../../glossary/source-texts.ts';
import { launchWithExtension, servePages, type ExtensionBrowser, type PageServer } from './harness.ts';

const source = pack.sources[0]!;
const rendered = renderText(readSourceText(source));
const paragraphs = rendered.blocks.map(({ start, end }) => rendered.text.slice(start, end));

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Each paragraph is taller than the viewport, so only the targeted one can be on screen.
const articleHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(source.title)}</title>
<style>p { min-height: 150vh; margin: 0; font: 16px/1.5 serif; }</style></head><body>
${paragraphs.map((p, i) => `<p id="p${i}">${escapeHtml(p)}</p>`).join('\n')}
</body></html>`;

const quotes = pack.claims.flatMap((claim) =>
  claim.quotes.map((quote, i) => ({ name: `${claim.id} quote ${i + 1}`, ...quote })),
);

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  server = await servePages({ routes: { '/article.html': articleHtml } });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('quote links in Chromium', () => {
  test('the copy has every paragraph of the article, and a fragment it lacks leaves it at the top', async () => {
    expect(paragraphs[0]).toBe(source.title);
    expect(paragraphs.length).toBe(rendered.blocks.length);
    // The control: without a matching fragment the browser does not scroll, so a pass below means
    // the fragment, not chance, put the passage on screen.
    const page = await browser.context.newPage();
    await page.goto(server.url('/article.html') + '#:~:text=no%20such%20words%20here');
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.close();
  });

  test.each(quotes)('$name scrolls to its passage', async ({ text, link }) => {
    const url = new URL(link);
    expect(url.origin + url.pathname + url.search).toBe(source.url);
    const fragment = link.slice(link.indexOf('#'));
    const target = paragraphs.findIndex((p) => p.includes(collapseWhiteSpace(text)));
    expect(target, 'the quote lies in one paragraph').toBeGreaterThanOrEqual(0);

    const page = await browser.context.newPage();
    await page.goto(server.url('/article.html') + fragment);
    // The browser scrolls once it has found the fragment's text; the paragraph on screen is the answer.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const middle = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
            const top = document.elementFromPoint(innerWidth / 2, 4);
            return [middle?.id, top?.id].filter(Boolean);
          }),
        { timeout: 10_000 },
      )
      .toContain(`p${target}`);
    await page.close();
  });
});
