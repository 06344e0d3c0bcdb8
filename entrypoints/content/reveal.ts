/**
 * Scrolls a marked term into view for the keyboard commands and the popup's "On this page": a
 * third of the way down the window, leaving room below for its popover. Scroll boxes inside the
 * page are scrolled first (through the term's element), then the window. Instant, not smooth: the
 * popover is placed right after, and a long smooth scroll would leave it chasing the term.
 */
export function scrollRangeIntoView(range: Range, win: Window): void {
  const node = range.startContainer;
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const before = range.getBoundingClientRect();
  const height = win.innerHeight;
  const comfortable = before.top >= height * 0.1 && before.bottom <= height * 0.6;
  if (comfortable) return;
  element?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  const rect = range.getBoundingClientRect();
  if (rect.top < height * 0.1 || rect.bottom > height * 0.6) {
    win.scrollBy({ top: rect.top - height / 3, behavior: 'instant' });
  }
}
