/**
 * Finding glossary terms in a DOM: text blocks (text-blocks.ts) through the matcher, mapped back
 * to DOM ranges. Reads the DOM, never changes it; no extension APIs, so it runs in the content
 * script and in tests alike. `scanInSlices` spreads the work over short tasks, text in the
 * viewport first.
 */
import type { Matcher } from './matcher.ts';
import { PAINT, runInSlices, runToEnd, type SliceOptions } from './slices.ts';
import { isInSkippedElement, textBlocks, type TextBlock } from './text-blocks.ts';

export interface TermMatch {
  termId: string;
  /** The glossary alias that matched. */
  alias: string;
  /** The page's text that matched, as written (possibly across inline elements). */
  text: string;
  range: Range;
}

export interface ScanResult {
  /** In document order. */
  matches: TermMatch[];
  counts: Map<string, number>;
}

export interface ScanOptions extends SliceOptions {
  /** Only the text of `root` itself, not of the block elements inside it. */
  shallow?: boolean;
  /** Supplied by the content script: blocks for which it says yes are matched first. */
  isInViewport?: (element: Element) => boolean;
  /**
   * Is the element rendered? Matches inside elements for which it says no are dropped. The
   * default reads computed styles (display: none on the element or an ancestor, visibility:
   * hidden) where the DOM has them, only for elements that contain a match.
   */
  isVisible?: (element: Element) => boolean;
  /** Called once the viewport's blocks are done (only with `isInViewport`), with those matches. */
  onViewportScanned?: (result: ScanResult) => void;
}

/** Receives each text block's matches, possibly out of document order (`order` says where). */
export interface BlockSink {
  add(block: TextBlock, order: number, matches: TermMatch[]): void;
  /**
   * The blocks in the viewport are done (only called when there is an `isInViewport`). True when
   * the sink showed their matches: the scan then lets the page render them before going on.
   */
  viewportDone?(): boolean | void;
}

/** Last index whose start is at or before `offset`. */
function nodeAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A DOM range over `[start, end)` of a block's text. */
export function blockRange(block: TextBlock, start: number, end: number): Range {
  const first = nodeAt(block.starts, start);
  const last = nodeAt(block.starts, end - 1);
  const range = block.element.ownerDocument.createRange();
  range.setStart(block.nodes[first]!, start - block.starts[first]!);
  range.setEnd(block.nodes[last]!, end - block.starts[last]!);
  return range;
}

interface VisibilityCheck {
  checkVisibility?: (options?: { visibilityProperty?: boolean }) => boolean;
}

/**
 * Visibility from computed styles, or null where the DOM has none (linkedom). Browsers answer in
 * one native call (`checkVisibility`: display: none on the element or an ancestor, hidden
 * `content-visibility`, `visibility`); other DOMs (happy-dom) through `getComputedStyle`, up the
 * ancestors.
 */
export function styleVisibility(document: Document): ((element: Element) => boolean) | null {
  const view = document.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return null;
  const probe = document.documentElement as (Element & VisibilityCheck) | null;
  if (probe && typeof probe.checkVisibility === 'function') {
    return (element) => (element as Element & VisibilityCheck).checkVisibility!({ visibilityProperty: true });
  }
  const displayed = new Map<Element, boolean>();
  const isDisplayed = (element: Element): boolean => {
    let known = displayed.get(element);
    if (known === undefined) {
      known = view.getComputedStyle(element).display !== 'none';
      if (known && element.parentElement) known = isDisplayed(element.parentElement);
      displayed.set(element, known);
    }
    return known;
  };
  return (element) => isDisplayed(element) && view.getComputedStyle(element).visibility !== 'hidden';
}

/** The matches of one text block, with ranges, leaving out those in elements that aren't shown. */
export function matchBlock(
  block: TextBlock,
  matcher: Matcher,
  isVisible: ((element: Element) => boolean) | null,
): TermMatch[] {
  const found = matcher.findAll(block.text);
  if (found.length === 0) return [];
  const matches: TermMatch[] = [];
  const seen = new Map<Element, boolean>();
  for (const match of found) {
    if (isVisible) {
      const element = block.nodes[nodeAt(block.starts, match.start)]!.parentElement ?? block.element;
      let visible = seen.get(element);
      if (visible === undefined) {
        visible = isVisible(element);
        seen.set(element, visible);
      }
      if (!visible) continue;
    }
    matches.push({
      termId: match.termId,
      alias: match.alias,
      text: block.text.slice(match.start, match.end),
      range: blockRange(block, match.start, match.end),
    });
  }
  return matches;
}

/** Blocks in a row outside the viewport, after some inside, that mean it is behind us. */
const PAST_VIEWPORT = 50;

/** Work steps of a scan: walk, match viewport blocks at once, the others afterwards. */
export function* scanSteps(
  root: Node,
  matcher: Matcher,
  options: ScanOptions,
  sink: BlockSink,
): Generator<typeof PAINT | undefined> {
  if (isInSkippedElement(root)) return;
  const document = root.ownerDocument ?? (root as Document);
  const isVisible = options.isVisible ?? styleVisibility(document);
  const { isInViewport } = options;
  const later: { block: TextBlock; order: number }[] = [];
  let order = 0;
  // Text in the viewport is one stretch of the document: once it is behind us (many blocks in a
  // row outside it after some inside), the rest is outside too, without measuring each block.
  let seenViewport = false;
  let outsideInARow = 0;
  const inViewport = (element: Element): boolean => {
    if (!isInViewport || outsideInARow >= PAST_VIEWPORT) return false;
    if (isInViewport(element)) {
      seenViewport = true;
      outsideInARow = 0;
      return true;
    }
    if (seenViewport) outsideInARow++;
    return false;
  };
  // Reported as soon as the viewport is behind us, not after the whole walk: on a long page the
  // reader sees the marks around them long before the rest of the page is read.
  let viewportReported = !isInViewport;
  /** Reports the viewport once; true when the sink showed its matches. */
  const reportViewport = (): boolean => {
    if (viewportReported) return false;
    viewportReported = true;
    return sink.viewportDone?.() === true;
  };
  for (const block of textBlocks(root, { shallow: options.shallow })) {
    if (block === null) {
      yield;
      continue;
    }
    if (!viewportReported && !inViewport(block.element)) {
      if (outsideInARow < PAST_VIEWPORT) {
        later.push({ block, order: order++ });
        continue;
      }
      // Past the viewport: the rest is matched as the walk meets it.
      if (reportViewport()) yield PAINT;
    }
    sink.add(block, order++, matchBlock(block, matcher, isVisible));
    yield;
  }
  if (reportViewport()) yield PAINT;
  for (const { block, order: at } of later) {
    sink.add(block, at, matchBlock(block, matcher, isVisible));
    yield;
  }
}

/** Per-term counts of a list of matches. */
export function countTerms(matches: readonly { termId: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { termId } of matches) counts.set(termId, (counts.get(termId) ?? 0) + 1);
  return counts;
}

/**
 * Per-term counts under `root` without building ranges or reading styles: the same text blocks and
 * matcher as a scan, for tools that only need the numbers (and DOMs without ranges, like linkedom).
 */
export function countTermsIn(root: Node, matcher: Matcher): Map<string, number> {
  const counts = new Map<string, number>();
  if (isInSkippedElement(root)) return counts;
  for (const block of textBlocks(root)) {
    if (block === null) continue;
    for (const { termId } of matcher.findAll(block.text)) counts.set(termId, (counts.get(termId) ?? 0) + 1);
  }
  return counts;
}

/** Collects block matches into one result in document order. */
function collector(options: ScanOptions): { sink: BlockSink; result: () => ScanResult } {
  const byOrder: { order: number; matches: TermMatch[] }[] = [];
  const result = (): ScanResult => {
    const matches = byOrder
      .slice()
      .sort((a, b) => a.order - b.order)
      .flatMap((entry) => entry.matches);
    return { matches, counts: countTerms(matches) };
  };
  const sink: BlockSink = {
    add(_block, order, matches) {
      if (matches.length > 0) byOrder.push({ order, matches });
    },
    viewportDone() {
      options.onViewportScanned?.(result());
    },
  };
  return { sink, result };
}

/** Scans `root` in one go (tests, Node tools). */
export function scan(root: Node, matcher: Matcher, options: ScanOptions = {}): ScanResult {
  const { sink, result } = collector(options);
  runToEnd(scanSteps(root, matcher, options, sink));
  return result();
}

/** Scans `root` in time slices that yield to the page; viewport first when `isInViewport` is given. */
export async function scanInSlices(
  root: Node,
  matcher: Matcher,
  options: ScanOptions = {},
): Promise<ScanResult> {
  const { sink, result } = collector(options);
  await runInSlices(scanSteps(root, matcher, options, sink), options);
  return result();
}
