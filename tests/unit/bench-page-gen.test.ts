import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { blocks, buildText, loadCorpus, type Corpus } from '../../scripts/bench/corpus-text.ts';
import { buildArticlePage, escapeHtml, paragraphHtml } from '../../scripts/bench/page-gen.ts';

let corpus: Corpus;
beforeAll(() => {
  corpus = loadCorpus();
}, 30_000);

describe('bench corpus text', () => {
  test('reads the real corpus: KCNA articles and web paragraphs', () => {
    expect(corpus.articles.length).toBeGreaterThan(500);
    expect(corpus.webParagraphs.length).toBeGreaterThan(1000);
    expect(corpus.articles.some((a) => a.paragraphs[0]!.includes('(KCNA)'))).toBe(true);
  });

  test('a big text reaches its size and repeats no paragraph within one pass of the corpus', () => {
    const text = buildText(1_000_000, 1, corpus);
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    expect(text.length).toBeLessThan(1_000_000 + 20_000);
    const paragraphs = text.split('\n\n').filter((p) => p.length > 80);
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
    // Both sources are interleaved, not one after the other.
    const firstTenth = text.slice(0, 100_000);
    expect(firstTenth).toContain('(KCNA)');
    expect(corpus.webParagraphs.some((p) => firstTenth.includes(p))).toBe(true);
  });

  test('the same seed gives the same text; another seed another order', () => {
    expect(buildText(50_000, 7, corpus)).toBe(buildText(50_000, 7, corpus));
    expect(buildText(50_000, 8, corpus)).not.toBe(buildText(50_000, 7, corpus));
  });

  test('a second pass reshuffles instead of repeating the first', () => {
    const perPass =
      corpus.articles.reduce((n, a) => n + (a.headline === '' ? 0 : 1) + a.paragraphs.length, 0) +
      corpus.webParagraphs.length;
    const stream = blocks(corpus, 3);
    const first: string[] = [];
    for (let i = 0; i < perPass; i++) first.push(stream.next().value!.text);
    const second: string[] = [];
    for (let i = 0; i < 50; i++) second.push(stream.next().value!.text);
    expect(new Set(first).size).toBe(first.length);
    expect(second).not.toEqual(first.slice(0, 50));
  });
});

describe('bench page generator', () => {
  test.each([100_000, 1_000_000])('a %i-byte page is that size, less than a word short', (target) => {
    const page = buildArticlePage(target, corpus);
    expect(page.bytes).toBe(new TextEncoder().encode(page.html).length);
    expect(page.bytes).toBeLessThanOrEqual(target);
    expect(page.bytes).toBeGreaterThan(target - 40);
  });

  test('is a news page about North Korea: one article of KCNA headlines and paragraphs', () => {
    const page = buildArticlePage(200_000, corpus);
    const { document } = parseHTML(page.html);
    expect(document.title).toBe(page.title);
    expect(document.querySelectorAll('article h1')).toHaveLength(1);
    expect(document.querySelectorAll('article h2').length).toBe(page.headings - 1);
    expect(document.querySelectorAll('article p').length).toBe(page.paragraphs);
    const text = document.querySelector('article')!.textContent!;
    expect(text.match(/\bDPRK\b/g)!.length).toBeGreaterThan(20);
    // Inline formatting inside paragraphs, as real articles have.
    expect(document.querySelectorAll('article p a').length).toBeGreaterThan(10);
    expect(document.querySelectorAll('article p em').length).toBeGreaterThan(10);
  });

  test('no paragraph is repeated in a 1 MB page', () => {
    const { document } = parseHTML(buildArticlePage(1_000_000, corpus).html);
    const texts = [...document.querySelectorAll('article p')]
      .map((p) => p.textContent!)
      .filter((t) => t.length > 80);
    expect(new Set(texts).size).toBe(texts.length);
  });

  test('text is escaped and inline markup keeps every word', () => {
    expect(escapeHtml('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    const words = 'Kim <Jong> Un visited the Pyongyang Indoor Stadium on Sunday'.split(' ');
    const html = paragraphHtml(words, 1);
    expect(html).toContain('<a href="#p1">');
    expect(parseHTML(`<p>${html}</p>`).document.querySelector('p')!.textContent).toBe(words.join(' '));
  });
});
