// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  contentRoot,
  extractPageSignals,
  MAX_BODY_CHARS,
  pageSignalsFromText,
  visibleText,
} from '../../engine/page-signals.ts';

function load(html: string): Document {
  document.documentElement.innerHTML = html;
  return document;
}

const LONG = 'Rice prices rose again at the market in Hyesan this week, traders said. '.repeat(12);

describe('extractPageSignals', () => {
  beforeEach(() => {
    document.documentElement.removeAttribute('lang');
  });

  it('reads title, meta description, headings, language and the article text', () => {
    const doc = load(`
      <head>
        <title>Rice prices climb | Daily News</title>
        <meta name="description" content="Markets in the North see a third monthly rise.">
      </head>
      <body>
        <nav><a href="/">Home</a><a href="/kim">Kim Jong Un latest</a></nav>
        <article>
          <h1>Rice prices climb</h1>
          <p>${LONG}</p>
          <h2>Exchange rate</h2>
          <p>The dollar bought more won.</p>
        </article>
        <aside><h3>Most read</h3><p>Pyongyang parade</p></aside>
        <footer>© Daily News</footer>
        <script>var pyongyang = 1;</script>
      </body>`);
    doc.documentElement.setAttribute('lang', 'en');
    const signals = extractPageSignals(doc, 'https://news.example/markets/rice');
    expect(signals.url).toBe('https://news.example/markets/rice');
    expect(signals.title).toBe('Rice prices climb | Daily News');
    expect(signals.description).toBe('Markets in the North see a third monthly rise.');
    expect(signals.headings).toEqual(['Rice prices climb', 'Exchange rate']);
    expect(signals.lang).toBe('en');
    expect(signals.body).toContain('Hyesan');
    expect(signals.body).toContain('The dollar bought more won.');
    for (const chrome of [
      'Home',
      'Kim Jong Un latest',
      'Most read',
      'Pyongyang parade',
      '©',
      'var pyongyang',
    ]) {
      expect(signals.body).not.toContain(chrome);
    }
    // Headings are reported apart, not repeated in the body.
    expect(signals.body).not.toContain('Exchange rate');
  });

  it('falls back to og:description, og:title and the canonical address', () => {
    const doc = load(`
      <head>
        <meta property="og:title" content="Kim Yo Jong warns Seoul">
        <meta property="og:description" content="A statement carried by KCNA.">
        <link rel="canonical" href="https://news.example/kim-yo-jong-warns">
      </head>
      <body><main><p>${LONG}</p></main></body>`);
    const signals = extractPageSignals(doc);
    expect(signals.title).toBe('Kim Yo Jong warns Seoul');
    expect(signals.description).toBe('A statement carried by KCNA.');
    expect(signals.url).toBe('https://news.example/kim-yo-jong-warns');
  });

  it('prefers og:url when there is no canonical link, and ignores non-http addresses', () => {
    const doc = load(`
      <head><meta property="og:url" content="https://news.example/og"></head><body><p>x</p></body>`);
    expect(extractPageSignals(doc).url).toBe('https://news.example/og');
    const other = load(`<head><link rel="canonical" href="javascript:alert(1)"></head><body><p>x</p></body>`);
    expect(extractPageSignals(other).url?.startsWith('javascript:')).not.toBe(true);
  });

  it('skips hidden, aria-hidden, inline display:none and template content', () => {
    const doc = load(`<body><main>
      <p>${LONG}</p>
      <div hidden>Hidden Pyongyang</div>
      <div aria-hidden="true">Decorative Pyongyang</div>
      <div style="display: none">Collapsed Pyongyang</div>
      <template><p>Template Pyongyang</p></template>
      <noscript>Noscript Pyongyang</noscript>
    </main></body>`);
    expect(extractPageSignals(doc).body).not.toContain('Pyongyang');
  });

  it('joins text split by inline formatting and separates blocks', () => {
    const doc = load(
      `<body><main><p>${LONG}</p><p>Pyong<em>yang</em> said</p><p>next</p><div>block</div></main></body>`,
    );
    const body = extractPageSignals(doc).body;
    expect(body).toContain('Pyongyang said');
    expect(body).toMatch(/said\nnext\nblock$/);
  });

  it('reads a whole feed rather than one of many small article cards', () => {
    const cards = Array.from(
      { length: 8 },
      (_, i) => `<article><p>Story ${i}: ${LONG.slice(0, 400)}</p></article>`,
    );
    const doc = load(`<body><main>${cards.join('')}</main></body>`);
    const root = contentRoot(doc);
    expect(root?.tagName).toBe('MAIN');
    expect(extractPageSignals(doc).body).toContain('Story 7');
  });

  it('keeps a page wrapped in one <form> (ASP.NET style)', () => {
    const doc = load(`<body><form><div><p>${LONG}</p></div></form></body>`);
    expect(extractPageSignals(doc).body).toContain('Hyesan');
  });

  it('caps the body so a huge page stays cheap, and stops walking at the cap', () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i} ${LONG}</p>`).join('');
    const doc = load(`<body>${paragraphs}</body>`);
    const body = extractPageSignals(doc).body;
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(body.length).toBeGreaterThan(MAX_BODY_CHARS - 2000);
    expect(body).not.toContain('Paragraph 2999');
    expect(visibleText(doc.body, 100).length).toBeLessThanOrEqual(100);
  });

  it('reads a flat container of many paragraphs only as far as the cap', () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i} ${LONG}</p>`).join('');
    const doc = load(`<body><article>${paragraphs}</article></body>`);
    const article = doc.querySelector('article')!;
    let read = 0;
    for (const p of article.children) {
      const text = p.firstChild!;
      const data = text.nodeValue;
      Object.defineProperty(text, 'nodeValue', {
        get: () => {
          read++;
          return data;
        },
      });
    }
    // Listing the container's children would cost as much as the whole page.
    let listed = 0;
    const children = article.childNodes;
    Object.defineProperty(article, 'childNodes', {
      get: () => {
        listed++;
        return children;
      },
    });
    const text = visibleText(article, 2_000);
    expect(text.startsWith('Paragraph 0 ')).toBe(true);
    expect(read).toBeLessThan(10);
    expect(listed).toBe(0);
  });

  it('never changes the page', () => {
    const doc = load(`<head><title>t</title></head><body><main><p>${LONG}</p><aside>a</aside></main></body>`);
    const before = doc.documentElement.outerHTML;
    extractPageSignals(doc, 'https://x.example/');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('pageSignalsFromText', () => {
  it('takes a short first line without a full stop as the title', () => {
    const signals = pageSignalsFromText(
      'North Korea fires missile\n\nNorth Korea fired a missile on Monday.',
    );
    expect(signals.title).toBe('North Korea fires missile');
    expect(signals.body).toBe('North Korea fired a missile on Monday.');
    expect(signals.headings).toEqual([]);
  });

  it('keeps a first sentence or a long first paragraph in the body', () => {
    const sentence = pageSignalsFromText('North Korea fired a missile on Monday.\nIt flew 400 km.');
    expect(sentence.title).toBeUndefined();
    expect(sentence.body).toBe('North Korea fired a missile on Monday.\nIt flew 400 km.');
    const paragraph = `Pyongyang, July 14 (KCNA) -- ${'A long opening paragraph of a report. '.repeat(8)}\nMore.`;
    expect(pageSignalsFromText(paragraph).title).toBeUndefined();
  });

  it('does not make a one-line text into a title with an empty body', () => {
    const signals = pageSignalsFromText('북한이 순항미사일을 발사했다고 합참이 밝혔다\n');
    expect(signals.title).toBeUndefined();
    expect(signals.body).toBe('북한이 순항미사일을 발사했다고 합참이 밝혔다');
  });

  it('caps a huge text', () => {
    const signals = pageSignalsFromText(`Title\n${'word '.repeat(2_000_000)}`);
    expect(signals.body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
  });
});
