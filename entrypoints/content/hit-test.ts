import { rectsContain, type MarkIndex, type PageMark } from './mark-index.ts';

/** The text position under a point: standard `caretPositionFromPoint`, or WebKit's older `caretRangeFromPoint`. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null })
    .caretRangeFromPoint;
  if (typeof legacy === 'function') {
    const range = legacy.call(doc, x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/**
 * The mark under a point. Highlights get no pointer events, so this is how hovering works: the
 * browser's own hit-test gives the text position under the pointer, the index gives the marks
 * of that text node, and the mark's boxes confirm it (a caret position snaps to the nearest
 * character even when the pointer is in the margin beside a line).
 */
export function markAtPoint<M extends PageMark>(
  index: MarkIndex<M>,
  doc: Document,
  x: number,
  y: number,
): M | null {
  if (index.size === 0) return null;
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  for (const mark of index.at(caret.node, caret.offset)) {
    if (rectsContain(mark.range.getClientRects(), x, y)) return mark;
  }
  return null;
}
