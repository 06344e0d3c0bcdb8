/**
 * The page's readable text, as "text blocks": runs of consecutive text nodes inside one block
 * element, across inline formatting (`<em>`, `<a>`, `<span>`…) but never across a block
 * boundary, a line break or a skipped element. A term split by `<em>` is one string here.
 *
 * Uses only what every DOM implementation offers (a TreeWalker's `nextNode`, `matches`,
 * `contains`), so the same code runs in the content script, in happy-dom and in linkedom.
 */

/**
 * The attribute on our own UI's host element (components/popover/host.ts): the scanner never reads
 * text under it, and the live scan ignores changes to it.
 */
export const OWN_UI_ATTRIBUTE = 'data-nk-context';

/**
 * Elements whose text is not read: code, scripts, form fields, editable regions (including any
 * `contenteditable="false"` islands inside them), hidden and ARIA-hidden subtrees, embedded
 * content, and our own UI (`data-nk-context`).
 */
export const SKIPPED_SELECTOR = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'code',
  'pre',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  '[hidden]',
  '[aria-hidden="true"]',
  '[contenteditable]:not([contenteditable="false"])',
  `[${OWN_UI_ATTRIBUTE}]`,
].join(',');

/** Text formatting that may split a word: its text joins the text around it. */
const INLINE = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_TEXT = 0x4;

export interface TextBlock {
  /** The nearest non-inline ancestor of the block's text nodes. */
  element: Element;
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
  text: string;
}

export function isInline(element: Element): boolean {
  return INLINE.has(element.localName);
}

const SKIPPED_TAGS = new Set(SKIPPED_SELECTOR.split(',').filter((part) => /^[a-z]+$/.test(part)));

/** `element.matches(SKIPPED_SELECTOR)`, without the selector engine: this runs for every element. */
export function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (!element.hasAttributes()) return false;
  const editable = element.getAttribute('contenteditable');
  return (
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    (editable !== null && editable !== 'false') ||
    element.hasAttribute(OWN_UI_ATTRIBUTE)
  );
}

/** Is this node inside (or is it) an element whose text is not read? */
export function isInSkippedElement(node: Node): boolean {
  const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element !== null && element.closest(SKIPPED_SELECTOR) !== null;
}

/** The nearest ancestor-or-self element that is not inline formatting. */
export function blockOf(element: Element): Element {
  let current = element;
  while (isInline(current) && current.parentElement) current = current.parentElement;
  return current;
}

const HAS_TEXT = /\S/;

export interface TextBlockOptions {
  /** Only the text of `root` itself: do not enter block elements inside it. */
  shallow?: boolean;
}

/** Collects consecutive text nodes of one block. */
class BlockBuilder {
  element: Element | null = null;
  last: Text | null = null;
  private nodes: Text[] = [];
  private starts: number[] = [];
  private parts: string[] = [];
  private length = 0;

  add(node: Text): void {
    const data = node.data;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
    this.last = node;
  }

  /** The block collected so far (null when it has no visible text), and a fresh start. */
  take(): TextBlock | null {
    let block: TextBlock | null = null;
    if (this.element !== null && this.nodes.length > 0) {
      const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
      if (HAS_TEXT.test(text))
        block = { element: this.element, nodes: this.nodes, starts: this.starts, text };
    }
    this.element = null;
    this.last = null;
    this.nodes = [];
    this.starts = [];
    this.parts = [];
    this.length = 0;
    return block;
  }
}

/**
 * Is there nothing but inline formatting between two text nodes of the same block, in document
 * order (no line break, image, nested block or skipped element)? Usually `next` is the very next
 * sibling, or one element boundary away.
 */
function inlineAdjacent(previous: Text, next: Text): boolean {
  let node: Node = previous;
  for (;;) {
    while (!node.nextSibling) {
      const parent: Node | null = node.parentNode;
      // Leaving a block: `next` cannot be in the same block after it.
      if (!parent || parent.nodeType !== ELEMENT_NODE || !isInline(parent as Element)) return false;
      node = parent;
    }
    node = node.nextSibling;
    for (;;) {
      if (node === next) return true;
      if (node.nodeType !== ELEMENT_NODE) break; // a comment, or an empty text node: step over it
      const element = node as Element;
      if (!isInline(element) || isSkipped(element)) return false;
      if (!element.firstChild) break;
      node = element.firstChild;
    }
  }
}

/**
 * The block element that a text node with this parent belongs to, or null when the parent is in
 * a skipped element. Remembered per element: consecutive text nodes share most of their
 * ancestors, so each element is looked at once however much text it holds.
 */
function blockResolver(top: Element): (parent: Element) => Element | null {
  const known = new Map<Element, Element | null>();
  return (parent) => {
    const cached = known.get(parent);
    if (cached !== undefined) return cached;
    // Climb to an ancestor already known (or the top), then resolve back down.
    const chain: Element[] = [];
    let element: Element | null = parent;
    let outer: Element | null | undefined;
    while (element) {
      const hit = known.get(element);
      if (hit !== undefined) {
        outer = hit;
        break;
      }
      chain.push(element);
      if (element === top) break;
      element = element.parentElement;
    }
    for (let k = chain.length - 1; k >= 0; k--) {
      const current = chain[k]!;
      let block: Element | null;
      if (outer === null || isSkipped(current)) block = null;
      else if (outer === undefined) block = isInline(current) ? blockOf(current) : current;
      else block = isInline(current) ? outer : current;
      known.set(current, block);
      outer = block;
    }
    return outer ?? null;
  };
}

/**
 * The text blocks under `root` (an element or a document), in document order. Yields `null`
 * every few hundred text nodes as well, so that a caller working in time slices can pause.
 *
 * Walks text nodes only (like the plainest TreeWalker pass) and looks at elements only as the
 * ancestors of text, once each, or where they stand between two text nodes.
 */
export function* textBlocks(root: Node, options: TextBlockOptions = {}): Generator<TextBlock | null> {
  if (options.shallow && root.nodeType === ELEMENT_NODE) {
    yield* ownTextBlocks(root as Element);
    return;
  }
  const document = root.ownerDocument ?? (root as Document);
  const top = root.nodeType === ELEMENT_NODE ? (root as Element) : document.documentElement;
  if (!top) return;
  const resolve = blockResolver(top);
  const walker = document.createTreeWalker(root, SHOW_TEXT);
  const builder = new BlockBuilder();
  let visited = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (++visited % 256 === 0) yield null;
    const parent = node.parentElement;
    const block = parent ? resolve(parent) : null;
    if (block === null) {
      const done = builder.take();
      if (done) yield done;
      continue;
    }
    if (builder.element !== block || (builder.last && !inlineAdjacent(builder.last, node))) {
      const done = builder.take();
      if (done) yield done;
      builder.element = block;
    }
    builder.add(node);
  }
  const done = builder.take();
  if (done) yield done;
}

/** The text blocks of `root`'s own text, not entering the block elements inside it. */
function* ownTextBlocks(root: Element): Generator<TextBlock | null> {
  const builder = new BlockBuilder();
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      builder.element ??= root;
      builder.add(node as Text);
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      const enters = isInline(element) && !isSkipped(element);
      if (!enters) {
        const done = builder.take();
        if (done) yield done;
      } else if (element.firstChild) {
        node = element.firstChild;
        continue;
      }
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  const done = builder.take();
  if (done) yield done;
}
