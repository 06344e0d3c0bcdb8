/** A marked term on the page: the engine's match (term id, DOM range, matched text). */
export interface PageMark {
  termId: string;
  range: Range;
  text: string;
}

/** Keeps the first mark of each term, in document order (the "first occurrence only" option). */
export function firstOccurrences<M extends PageMark>(ordered: readonly M[]): M[] {
  const seen = new Set<string>();
  return ordered.filter((mark) => {
    if (seen.has(mark.termId)) return false;
    seen.add(mark.termId);
    return true;
  });
}

/** Document order; marks in detached or foreign trees sort last rather than throwing. */
export function compareMarks(a: PageMark, b: PageMark): number {
  try {
    return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  } catch {
    return 0;
  }
}

/** The text nodes a range covers (a term split by `<em>` covers several). */
export function textNodesOf(range: Range): Node[] {
  const start = range.startContainer;
  if (start === range.endContainer && start.nodeType === Node.TEXT_NODE) return [start];
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  // Start the walk at the range's start, not at the top of the (possibly huge) common ancestor.
  const first = start.nodeType === Node.TEXT_NODE ? start : (start.childNodes[range.startOffset] ?? start);
  walker.currentNode = first;
  const nodes: Node[] = [];
  let node: Node | null = first.nodeType === Node.TEXT_NODE ? first : walker.nextNode();
  while (node) {
    if (range.intersectsNode(node)) nodes.push(node);
    else if (nodes.length > 0) break;
    node = walker.nextNode();
  }
  return nodes;
}

/**
 * The marks of a page, in document order, indexed by text node so that the pointer's position
 * (a text node and an offset, from the caret hit-test) finds its mark without looking at the
 * others.
 */
export class MarkIndex<M extends PageMark> {
  readonly ordered: readonly M[];
  /**
   * Built on the first pointer question, not with the index: the page is re-indexed after every
   * scan batch, and most indexes are never asked (a reader who does not point at a mark).
   */
  private byNodeCache: Map<Node, M[]> | null = null;

  constructor(marks: readonly M[]) {
    this.ordered = [...marks].sort(compareMarks);
  }

  private get byNode(): Map<Node, M[]> {
    if (this.byNodeCache) return this.byNodeCache;
    const byNode = new Map<Node, M[]>();
    for (const mark of this.ordered) {
      for (const node of textNodesOf(mark.range)) {
        const list = byNode.get(node);
        if (list) list.push(mark);
        else byNode.set(node, [mark]);
      }
    }
    this.byNodeCache = byNode;
    return byNode;
  }

  get size(): number {
    return this.ordered.length;
  }

  /** Marks that touch the caret position `offset` in `node`. */
  at(node: Node, offset: number): M[] {
    const list = this.byNode.get(node);
    if (!list) return [];
    return list.filter((mark) => {
      try {
        return mark.range.isPointInRange(node, offset);
      } catch {
        return false;
      }
    });
  }

  indexOf(mark: M | null, same: (a: M, b: M) => boolean): number {
    if (mark === null) return -1;
    return this.ordered.findIndex((m) => same(m, mark));
  }
}

/**
 * Which mark the keyboard moves to: the one after (or before) the current one, wrapping at the
 * ends; with no current mark, the first one at or below the top of the window (or the last one
 * above it, going back). `firstBelowTop` is the index of the first mark whose text is at or below
 * the top of the window (`count` when there is none).
 */
export function stepIndex(
  count: number,
  current: number,
  direction: 'next' | 'previous',
  firstBelowTop: () => number,
): { index: number; wrapped: boolean } | null {
  if (count === 0) return null;
  if (current >= 0 && current < count) {
    if (direction === 'next')
      return current + 1 < count ? { index: current + 1, wrapped: false } : { index: 0, wrapped: true };
    return current > 0 ? { index: current - 1, wrapped: false } : { index: count - 1, wrapped: true };
  }
  const below = Math.max(0, Math.min(count, firstBelowTop()));
  if (direction === 'next')
    return below < count ? { index: below, wrapped: false } : { index: 0, wrapped: true };
  return below > 0 ? { index: below - 1, wrapped: false } : { index: count - 1, wrapped: true };
}

/** Whether a point lies inside one of a range's boxes (with a pixel of slack for anti-aliased edges). */
export function rectsContain(rects: ArrayLike<DOMRectReadOnly>, x: number, y: number, slack = 1): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack)
      return true;
  }
  return false;
}
