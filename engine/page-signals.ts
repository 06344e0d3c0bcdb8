/**
 * What the relevance classifier reads from a page: its address, title, description, headings and
 * main text. Extracted once per page load, so it must stay cheap on huge pages: the body text is
 * capped, and the walk stops as soon as the cap is reached.
 */

import { isInline } from './text-blocks.ts';

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
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'video',
  'audio',
  'select',
  'textarea',
  'button',
  'nav',
  'aside',
  'footer',
  'header',
  'menu',
  'dialog',
  'h1',
  'h2',
  'h3',
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
/**
 * Elements whose text runs on without a break (a word split by `<em>` stays one word): the
 * scanner's inline formatting (text-blocks.ts), and code and ruby, which the scanner does not read
 * but the classifier does.
 */
const ALSO_INLINE_HERE = new Set(['code', 'ruby', 'rt']);

function isInlineHere(el: Element): boolean {
  return isInline(el) || ALSO_INLINE_HERE.has(el.localName);
}

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
  return SKIPPED_TAGS.has(el.localName) || isHidden(el);
}

function isHidden(el: Element): boolean {
  if (!el.hasAttributes()) return false;
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
 * A block named like page chrome may hold less link text: a card list gives each headline a teaser
 * line, which halves its density. Readability's threshold for such blocks (0.2) and, in spirit,
 * its list of names; the content names win, so a story container named "article-body share" is
 * held to the ordinary threshold.
 */
const MAX_CHROME_LINK_DENSITY = 0.2;
const CHROME_NAMES =
  /related|promo|sidebar|side-bar|aside|widget|popular|trend|most|rank|recommend|more|read-?next|tags?\b|tag-?cloud|breadcrumb|share|social|footer|menu|nav|comment|outbrain|taboola|sponsor|newsletter/i;
const CONTENT_NAMES = /article|body|content|main|story|entry|text/i;
/** Headings are not read into the body, but a headline link in a card counts as the card's link text. */
const HEADING_TAGS = new Set(['h1', 'h2', 'h3']);
/**
 * Below this much text of its own, a page is an index whose links are its content (a section front,
 * a list of headlines): its text is read with the links rather than left almost empty.
 */
const MIN_OWN_TEXT_CHARS = 200;
/** How far a page made mostly of link lists is read while looking for its own text. */
const MAX_READ_CHARS = 4 * MAX_BODY_CHARS;

/** An open block element of the walk: where its text starts, and how much of it is link text. */
interface BlockFrame {
  /** Null for the root, which is never left out. */
  element: Element | null;
  keptParts: number;
  keptLength: number;
  keptHeadings: number;
  chars: number;
  linkChars: number;
}

/** Length without leading and trailing white space, without building the trimmed string. */
function countedChars(data: string): number {
  let start = 0;
  let end = data.length;
  while (start < end && data.charCodeAt(start) <= 32) start++;
  while (end > start && data.charCodeAt(end - 1) <= 32) end--;
  return end - start;
}

function maxLinkDensity(el: Element): number {
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return CHROME_NAMES.test(names) && !CONTENT_NAMES.test(names) ? MAX_CHROME_LINK_DENSITY : MAX_LINK_DENSITY;
}

function linkTextChars(el: Element): number {
  let chars = 0;
  for (const link of Array.from(el.querySelectorAll('a'))) chars += countedChars(link.textContent ?? '');
  return chars;
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
  return readContent(root, max).body;
}

/**
 * The body text (see `visibleText`) and the headings read on the way: h1–h3 that are not link
 * headlines of other stories (an h2 or h3 that is mostly a link, or sits in one; an h1 is kept, as
 * some blogs link the post's own headline to its permalink) and not in a block left out.
 */
export function readContent(root: Node, max: number = MAX_BODY_CHARS): { body: string; headings: string[] } {
  // `parts` is the kept text; `all` keeps the link lists too, for a page that is nothing else.
  const parts: string[] = [];
  const headings: string[] = [];
  const all: string[] = [];
  let length = 0;
  let allLength = 0;
  const readCap = Math.max(max, MAX_READ_CHARS);
  // A break is owed before the next text when a block element started or ended.
  let pendingBreak = false;
  let linkDepth = 0;
  const base: BlockFrame = {
    element: null,
    keptParts: 0,
    keptLength: 0,
    keptHeadings: 0,
    chars: 0,
    linkChars: 0,
  };
  const frames: BlockFrame[] = [base];
  const isBlock = (node: Node) => node.nodeType === ELEMENT_NODE && !isInlineHere(node as Element);
  const isLink = (node: Node) => (node as Element).localName === 'a';
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
  const open = (element: Element) => {
    frames.push({
      element,
      keptParts: parts.length,
      keptLength: length,
      keptHeadings: headings.length,
      chars: 0,
      linkChars: 0,
    });
  };
  // The names are read only for a block in between the two thresholds, which few are.
  const linkDense = ({ element, chars, linkChars }: BlockFrame) =>
    element !== null &&
    linkChars > MAX_CHROME_LINK_DENSITY * chars &&
    (linkChars > MAX_LINK_DENSITY * chars || maxLinkDensity(element) === MAX_CHROME_LINK_DENSITY);
  const countHeading = (heading: Element) => {
    const text = clean(heading.textContent, MAX_HEADING_CHARS);
    if (!text) return;
    const frame = frames[frames.length - 1]!;
    const chars = text.length;
    const linkChars = linkDepth > 0 ? chars : Math.min(chars, linkTextChars(heading));
    frame.chars += chars;
    frame.linkChars += linkChars;
    if (
      headings.length < MAX_HEADINGS &&
      (heading.localName === 'h1' || linkChars <= MAX_LINK_DENSITY * chars)
    ) {
      headings.push(text);
    }
  };
  const close = () => {
    const frame = frames.pop()!;
    if (frame.chars > 0 && linkDense(frame)) {
      parts.length = frame.keptParts;
      length = frame.keptLength;
      headings.length = frame.keptHeadings;
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
      } else if (node.nodeType === ELEMENT_NODE && HEADING_TAGS.has((node as Element).localName)) {
        if (!isHidden(node as Element)) countHeading(node as Element);
      } else if (node.nodeType === ELEMENT_NODE && (node as Element).localName === 'header') {
        // Not body text, but a story's own headline often sits in its <header>.
        if (!isHidden(node as Element)) {
          for (const heading of Array.from((node as Element).querySelectorAll('h1, h2, h3')))
            countHeading(heading);
        }
      } else if (node.nodeType === ELEMENT_NODE && !isSkipped(node as Element)) {
        const block = isBlock(node);
        if (block) pendingBreak = true;
        enter = node.firstChild !== null;
        if (enter && block) open(node as Element);
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
  return { body: tidy(indexPage ? all.join('').slice(0, max) : kept), headings };
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

/** Signals of a parsed page. `url` (the address the page was loaded from) wins over the page's own claims. */
export function extractPageSignals(document: Document, url?: string): PageSignals {
  const root = contentRoot(document);
  const signals: PageSignals = root ? readContent(root, MAX_BODY_CHARS) : { headings: [], body: '' };
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
