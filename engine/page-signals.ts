/**
 * What the relevance classifier reads from a page: its address, title, description, headings and
 * main text. Extracted once per page load, so it must stay cheap on huge pages: the body text is
 * capped, and the walk stops as soon as the cap is reached.
 */

export interface PageSignals {
  url?: string;
  title?: string;
  description?: string;
  /** Text of the h1–h3 headings of the main content, in document order. */
  headings: string[];
  /** Main text, without navigation, scripts, sidebars or headings; at most `MAX_BODY_CHARS`. */
  body: string;
  lang?: string;
}

/**
 * 50,000 characters is about 8,000 English words: longer than almost any news article, so the
 * cap only bites on wikis, feeds and archives, where the first 8,000 words show the topic well.
 */
export const MAX_BODY_CHARS = 50_000;
const MAX_HEADINGS = 40;
const MAX_HEADING_CHARS = 300;
const MAX_FIELD_CHARS = 1_000;

/**
 * Subtrees that are never part of the page's own text. Not FORM: some sites (ASP.NET) wrap the
 * whole page in one.
 */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'TEXTAREA',
  'BUTTON',
  'NAV',
  'ASIDE',
  'FOOTER',
  'HEADER',
  'MENU',
  'DIALOG',
  'H1',
  'H2',
  'H3',
]);
/** Landmarks that hold site chrome (a "most read" box naming North Korea is not the page's topic). */
const SKIPPED_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
]);
/** Elements whose text runs on without a break (a word split by `<em>` stays one word). */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'MARK',
  'Q',
  'RUBY',
  'RT',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

function clean(text: string | null | undefined, max = MAX_FIELD_CHARS): string | undefined {
  if (!text) return undefined;
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (collapsed === '') return undefined;
  return collapsed.length > max ? collapsed.slice(0, max) : collapsed;
}

function isSkipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role !== null && SKIPPED_ROLES.has(role)) return true;
  // Only inline styles: computed style would force a layout on every page load.
  const style = el.getAttribute('style');
  if (style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

/**
 * A block whose text is more than half link text is a list of other pages ("Most read", "Related
 * stories", tag lists, breadcrumbs, section menus in plain divs), not the page's own text: news
 * sites put such lists beside any story, so their headlines say nothing about this one. The rule
 * Readability uses (link density) without its scoring: it needs no layout and no second walk.
 */
const MAX_LINK_DENSITY = 0.5;
/**
 * Below this much text of its own, a page is an index whose links are its content (a section front,
 * a list of headlines): its text is read with the links rather than left almost empty.
 */
const MIN_OWN_TEXT_CHARS = 200;
/** How far a page made mostly of link lists is read while looking for its own text. */
const MAX_READ_CHARS = 4 * MAX_BODY_CHARS;

/** An open block element of the walk: where its text starts, and how much of it is link text. */
interface BlockFrame {
  keptParts: number;
  keptLength: number;
  chars: number;
  linkChars: number;
}

function countedChars(data: string): number {
  return data.trim().length;
}

/**
 * Text of `root` without skipped subtrees and without link-dense blocks, at most `max` characters.
 * A walk from node to node (first child, next sibling, parent), not a stack of children: an
 * archive page whose article holds 40,000 paragraphs side by side must not cost a list of all of
 * them when only the first few hundred are read. Each block's text is kept as it is read and taken
 * back when the block ends link-dense, so the walk stays one pass; it stops at the cap, so a 5 MB
 * page costs no more than its first part.
 */
export function visibleText(root: Node, max: number = MAX_BODY_CHARS): string {
  // `parts` is the kept text; `all` keeps the link lists too, for a page that is nothing else.
  const parts: string[] = [];
  const all: string[] = [];
  let length = 0;
  let allLength = 0;
  const readCap = Math.max(max, MAX_READ_CHARS);
  // A break is owed before the next text when a block element started or ended.
  let pendingBreak = false;
  let linkDepth = 0;
  const base: BlockFrame = { keptParts: 0, keptLength: 0, chars: 0, linkChars: 0 };
  const frames: BlockFrame[] = [base];
  const isBlock = (node: Node) =>
    node.nodeType === ELEMENT_NODE && !INLINE_TAGS.has((node as Element).tagName.toUpperCase());
  const isLink = (node: Node) => (node as Element).tagName.toUpperCase() === 'A';
  const append = (data: string) => {
    if (data === '') return;
    if (pendingBreak && allLength > 0) {
      parts.push('\n');
      all.push('\n');
      length += 1;
      allLength += 1;
    }
    pendingBreak = false;
    const room = max - length;
    const piece = data.length > room ? data.slice(0, room) : data;
    parts.push(piece);
    all.push(piece);
    length += piece.length;
    allLength += piece.length;
    const frame = frames[frames.length - 1]!;
    const chars = countedChars(piece);
    frame.chars += chars;
    if (linkDepth > 0) frame.linkChars += chars;
  };
  const open = () => {
    frames.push({ keptParts: parts.length, keptLength: length, chars: 0, linkChars: 0 });
  };
  const close = () => {
    const frame = frames.pop()!;
    if (frame.chars > 0 && frame.linkChars > MAX_LINK_DENSITY * frame.chars) {
      parts.length = frame.keptParts;
      length = frame.keptLength;
      return;
    }
    const parent = frames[frames.length - 1]!;
    parent.chars += frame.chars;
    parent.linkChars += frame.linkChars;
  };
  if (root.nodeType === TEXT_NODE || root.nodeType === CDATA_SECTION_NODE) {
    append(root.nodeValue ?? '');
  } else if (root.nodeType === ELEMENT_NODE || root.firstChild) {
    let node: Node | null = root.firstChild;
    while (node && length < max && allLength < readCap) {
      let enter = false;
      if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
        append(node.nodeValue ?? '');
      } else if (node.nodeType === ELEMENT_NODE && !isSkipped(node as Element)) {
        const block = isBlock(node);
        if (block) pendingBreak = true;
        enter = node.firstChild !== null;
        if (enter && block) open();
        else if (enter && isLink(node)) linkDepth++;
      }
      if (enter) {
        node = node.firstChild;
        continue;
      }
      // Leave every element that ends here (a block's end owes a break), then go to the next sibling.
      while (node !== root && node.nextSibling === null) {
        node = node.parentNode;
        if (node === null || node === root) break;
        if (isBlock(node)) {
          pendingBreak = true;
          close();
        } else if (isLink(node)) linkDepth--;
      }
      node = node === null || node === root ? null : node.nextSibling;
    }
    // Blocks still open where the walk stopped are judged on the part that was read.
    while (frames.length > 1) close();
  }
  const kept = parts.join('');
  const indexPage = allLength > length && countedChars(kept) < MIN_OWN_TEXT_CHARS;
  return tidy(indexPage ? all.join('').slice(0, max) : kept);
}

function tidy(text: string): string {
  return text
    .replace(/[ \t\f\r\u00a0]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

function metaContent(document: Document, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = clean(document.querySelector(selector)?.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

/**
 * Enough to compare candidate roots: beyond this, "holds most of the text" is decided on the first
 * part of each. `textContent` would build the whole string of a 5 MB page in one task.
 */
const MAX_MEASURED_CHARS = 4 * MAX_BODY_CHARS;

/** Length of the text under `root`, counting no further than `limit` (only chars matching `counted`). */
export function textLengthUpTo(root: Node, limit: number, counted?: RegExp): number {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  for (let node = walker.nextNode(); node !== null && length < limit; node = walker.nextNode()) {
    const data = node.nodeValue ?? '';
    if (!counted) {
      length += data.length;
      continue;
    }
    for (let i = 0; i < data.length && length < limit; i++) if (counted.test(data[i]!)) length++;
  }
  return Math.min(length, limit);
}

/**
 * The element that holds the page's own text. An `<article>` or `<main>` is trusted when it holds
 * a real share of the text; a feed of many small `<article>` cards is read as a whole instead.
 */
export function contentRoot(document: Document): Element | null {
  const body = document.body ?? document.documentElement;
  if (!body) return null;
  const articles = Array.from(document.querySelectorAll('article'));
  if (articles.length > 0) {
    let best: Element | null = null;
    let bestLength = 0;
    let total = 0;
    for (const article of articles) {
      // Nested articles (comments inside a post) are counted inside their parent.
      if (article.parentElement?.closest('article')) continue;
      const length = textLengthUpTo(article, MAX_MEASURED_CHARS);
      total += length;
      if (length > bestLength) {
        best = article;
        bestLength = length;
      }
    }
    if (best && bestLength >= 500 && bestLength >= 0.5 * total) return best;
  }
  for (const selector of ['main', '[role="main"]', '[itemprop="articleBody"]']) {
    const el = document.querySelector(selector);
    if (el && textLengthUpTo(el, 500, /\S/) >= 500) return el;
  }
  return body;
}

function pageUrl(document: Document, url: string | undefined): string | undefined {
  if (url) return url;
  const canonical = clean(document.querySelector('link[rel~="canonical"]')?.getAttribute('href'));
  if (canonical && /^https?:\/\//i.test(canonical)) return canonical;
  const og = metaContent(document, ['meta[property="og:url"]']);
  if (og && /^https?:\/\//i.test(og)) return og;
  const own = document.URL;
  if (own && /^https?:\/\//i.test(own)) return own;
  return undefined;
}

/**
 * An h2 or h3 that is a link, or sits in one, is the headline of another story (a card in a
 * "Top stories" grid), not a heading of this page. An h1 is kept: some blogs link the post's own
 * headline to its permalink.
 */
function isTeaserHeading(heading: Element, text: string): boolean {
  if (heading.tagName.toUpperCase() === 'H1') return false;
  if (heading.closest('a')) return true;
  let linked = 0;
  for (const link of Array.from(heading.querySelectorAll('a'))) {
    linked += clean(link.textContent)?.length ?? 0;
  }
  return linked > MAX_LINK_DENSITY * text.length;
}

/** Signals of a parsed page. `url` (the address the page was loaded from) wins over the page's own claims. */
export function extractPageSignals(document: Document, url?: string): PageSignals {
  const root = contentRoot(document);
  const headings: string[] = [];
  if (root) {
    for (const heading of Array.from(root.querySelectorAll('h1, h2, h3'))) {
      if (headings.length >= MAX_HEADINGS) break;
      if (heading.closest('nav, aside, footer, [role="navigation"], [role="complementary"]')) continue;
      const text = clean(heading.textContent, MAX_HEADING_CHARS);
      if (text && !isTeaserHeading(heading, text)) headings.push(text);
    }
  }
  const signals: PageSignals = {
    headings,
    body: root ? visibleText(root, MAX_BODY_CHARS) : '',
  };
  const address = pageUrl(document, url);
  if (address) signals.url = address;
  const title = clean(document.title) ?? metaContent(document, ['meta[property="og:title"]']);
  if (title) signals.title = title;
  const description = metaContent(document, [
    'meta[name="description"]',
    'meta[property="og:description"]',
    'meta[name="twitter:description"]',
  ]);
  if (description) signals.description = description;
  const lang = clean(document.documentElement?.getAttribute('lang'));
  if (lang) signals.lang = lang;
  return signals;
}

/** A first line this short reads as a headline; a longer one is the opening paragraph. */
const MAX_TITLE_GUESS_CHARS = 160;

/**
 * Signals of bare text (a saved `.txt`, pasted text). The first line is taken as the title when it
 * reads as a headline (short, no full stop) and more text follows; it is then left out of the body.
 */
export function pageSignalsFromText(text: string): PageSignals {
  const capped =
    text.length > MAX_BODY_CHARS + MAX_TITLE_GUESS_CHARS
      ? text.slice(0, MAX_BODY_CHARS + MAX_TITLE_GUESS_CHARS)
      : text;
  const trimmed = capped.replace(/^\s+/, '');
  const newline = trimmed.indexOf('\n');
  const firstLine = (newline === -1 ? trimmed : trimmed.slice(0, newline)).trim();
  const rest = newline === -1 ? '' : trimmed.slice(newline + 1).trim();
  // A headline has no full stop; a short first sentence ("North Korea fired … on Tuesday.") is body.
  const headline =
    firstLine.length > 0 && firstLine.length <= MAX_TITLE_GUESS_CHARS && !/[.。]$/.test(firstLine);
  if (headline && rest !== '') {
    return { title: firstLine, headings: [], body: rest.slice(0, MAX_BODY_CHARS) };
  }
  return { headings: [], body: trimmed.trim().slice(0, MAX_BODY_CHARS) };
}
