/**
 * The page's readable text, as "text blocks": runs of consecutive text nodes inside one block
 * element, across inline formatting (`<em>`, `<a>`, `<span>`…) but never across a block
 * boundary, a line break or a skipped element. A term split by `<em>` is one string here.
 *
 * Uses only what every DOM implementation offers (a TreeWalker's `nextNode`, `matches`,
 * `contains`), so the same code runs in the content script, in happy-dom and in linkedom.
 */

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
  '[data-nk-context]',
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
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;

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
    element.hasAttribute('data-nk-context')
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

/** The first node after `element`'s subtree, moving the walker there. */
function skipSubtree(walker: TreeWalker, element: Element): Node | null {
  let last: Node = element;
  while (last.lastChild) last = last.lastChild;
  walker.currentNode = last;
  let next = walker.nextNode();
  // Some DOMs (linkedom) ignore `currentNode`: step through the rest of the subtree.
  while (next && element.contains(next)) next = walker.nextNode();
  return next;
}

const HAS_TEXT = /\S/;

export interface TextBlockOptions {
  /** Only the text of `root` itself: do not enter block elements inside it. */
  shallow?: boolean;
}

/**
 * The text blocks under `root` (an element or a document), in document order. Yields `null`
 * every few hundred nodes as well, so that a caller working in time slices can pause even on a
 * page with many elements and little text.
 */
export function* textBlocks(root: Node, options: TextBlockOptions = {}): Generator<TextBlock | null> {
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  const blocks = new Map<Element, Element>();
  let element: Element | null = null;
  let nodes: Text[] = [];
  let starts: number[] = [];
  let parts: string[] = [];
  let length = 0;
  let visited = 0;

  function* flush(): Generator<TextBlock> {
    if (element !== null) {
      const text = parts.length === 1 ? parts[0]! : parts.join('');
      if (HAS_TEXT.test(text)) yield { element, nodes, starts, text };
    }
    element = null;
    nodes = [];
    starts = [];
    parts = [];
    length = 0;
  }

  let node = walker.nextNode();
  while (node) {
    if (++visited % 256 === 0) yield null;
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (isSkipped(el) || (options.shallow && !isInline(el))) {
        yield* flush();
        node = skipSubtree(walker, el);
        continue;
      }
      if (!isInline(el)) yield* flush();
    } else if (node.nodeType === TEXT_NODE && node.parentElement) {
      const parent = node.parentElement;
      let block = blocks.get(parent);
      if (block === undefined) {
        block = blockOf(parent);
        blocks.set(parent, block);
      }
      if (element !== block) {
        yield* flush();
        element = block;
      }
      const data = (node as Text).data;
      nodes.push(node as Text);
      starts.push(length);
      parts.push(data);
      length += data.length;
    }
    node = walker.nextNode();
  }
  yield* flush();
}
