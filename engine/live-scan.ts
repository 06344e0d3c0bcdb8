/**
 * Keeping up with a live page: an initial scan, then a MutationObserver that rescans only the
 * blocks that changed (batched), forgets removed content, ignores our own UI, and starts over when
 * the page's address changes (in-page navigation). After each batch it reports the full list of
 * matches and per-term counts.
 *
 * Results are kept per block element, for blocks that have matches only; entries whose element or
 * text left the document are dropped at every batch, so nothing removed stays referenced.
 */
import type { Matcher } from './matcher.ts';
import { OrderedGroups, type MatchGroup } from './ordered-groups.ts';
import { countTerms, scanSteps, type BlockSink, type ScanResult } from './scanner.ts';
import { defaultYield, runInSlices, type PAINT, type SliceOptions } from './slices.ts';
import { OWN_UI_ATTRIBUTE, blockOf, isInline, isInSkippedElement } from './text-blocks.ts';

export interface LiveScanOptions extends SliceOptions {
  /** How long to gather mutations before rescanning, in ms (default 100). */
  batchMs?: number;
  /** Runs `callback` after `delayMs`; returns a function that cancels it. Default: setTimeout. */
  schedule?: (callback: () => void, delayMs: number) => () => void;
  isInViewport?: (element: Element) => boolean;
  isVisible?: (element: Element) => boolean;
  /** The page's address changed since the last batch (in-page navigation): a full rescan follows. */
  onUrlChange?: (url: string) => void;
  /** A rescan failed (the scan carries on with the next batch). Default: console.error. */
  onError?: (error: unknown) => void;
}

export interface LiveScan {
  /** The latest full result. */
  readonly current: ScanResult;
  /** Forget everything and scan the whole root again (e.g. after in-page navigation). */
  rescanAll(): void;
  /** Resolves once no rescan is pending or running. */
  whenIdle(): Promise<void>;
  /** Stops observing and scanning; no more callbacks. */
  stop(): void;
}

type Depth = 'shallow' | 'deep';

const DOCUMENT_POSITION_FOLLOWING = 4;
const ELEMENT_NODE = 1;
/**
 * Attributes that decide whether text is read at all (see SKIPPED_SELECTOR). Changes of `class` or
 * `style` that hide or show text are not followed: pages change them all the time (animations,
 * scroll states), and a rescan for each would cost more than it finds; `rescanAll()` catches up.
 */
const WATCHED_ATTRIBUTES = ['hidden', 'aria-hidden', 'contenteditable', OWN_UI_ATTRIBUTE];

function defaultSchedule(callback: () => void, delayMs: number): () => void {
  const timer = setTimeout(callback, delayMs);
  return () => clearTimeout(timer);
}

/**
 * Scans `root` and keeps scanning it as it changes, calling `onChange` with the full result after
 * the first scan (and once early, when the viewport's blocks are done) and after each batch of
 * changes that needed a rescan. Aborting `options.signal` is the same as calling `stop()`.
 */
export function startLiveScan(
  root: Element | Document,
  matcher: Matcher,
  onChange: (result: ScanResult) => void,
  options: LiveScanOptions = {},
): LiveScan {
  const document = root.nodeType === ELEMENT_NODE ? (root as Element).ownerDocument : (root as Document);
  const rootElement = root.nodeType === ELEMENT_NODE ? (root as Element) : (root as Document).documentElement;
  const schedule = options.schedule ?? defaultSchedule;
  const batchMs = options.batchMs ?? 100;
  const onError = options.onError ?? ((error: unknown) => console.error('NK Context: rescan failed', error));
  const groups = new OrderedGroups();
  let dirty = new Map<Element, Depth>();
  // Nodes taken out of the page, or moved within it, since the last batch.
  let removed: Node[] = [];
  let current: ScanResult = { matches: [], counts: new Map() };
  let lastUrl = document.location?.href ?? '';
  let cancelScheduled: (() => void) | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  let idleWaiters: (() => void)[] = [];
  const controller = new AbortController();

  function settleIfIdle(): void {
    if (!stopped && (running || cancelScheduled)) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  function mark(element: Element, depth: Depth): void {
    if (dirty.get(element) !== 'deep') dirty.set(element, depth);
    if (!cancelScheduled && !running) cancelScheduled = schedule(startFlush, batchMs);
  }

  /** The text around `node` changed: rescan the text of its block (not the blocks inside it). */
  function markTextOf(parent: Node | null): void {
    if (parent && parent.nodeType === ELEMENT_NODE && !isInSkippedElement(parent)) {
      mark(blockOf(parent as Element), 'shallow');
    }
  }

  /**
   * Block elements inside an inline element (`<a><div>…</div></a>`): each needs a full scan, even
   * a skipped one when it may hold matches from before it was skipped.
   */
  function markBlocksInside(inline: Element, evenIfSkipped: boolean): void {
    for (const child of inline.children) {
      if (isInline(child)) markBlocksInside(child, evenIfSkipped);
      else if (evenIfSkipped || !isInSkippedElement(child)) mark(child, 'deep');
    }
  }

  function onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      const target = record.target;
      if (record.type === 'characterData') {
        markTextOf(target.parentNode);
      } else if (record.type === 'attributes') {
        const element = target as Element;
        // Our own UI is skipped, whether the change adds or removes the marker. The element
        // itself may have just become skipped (hidden): what matters is where it is.
        if (record.attributeName === OWN_UI_ATTRIBUTE) continue;
        if (!element.parentElement || isInSkippedElement(element.parentElement)) continue;
        if (isInline(element)) {
          mark(blockOf(element), 'shallow');
          markBlocksInside(element, true);
        } else {
          mark(element, 'deep');
        }
      } else if (target.nodeType === ELEMENT_NODE && !isInSkippedElement(target)) {
        if (onlyOurs(record.addedNodes) && onlyOurs(record.removedNodes)) continue;
        // Whatever was added or removed, the text around it may now join or split differently.
        markTextOf(target);
        for (const node of record.removedNodes) removed.push(node);
        for (const node of record.addedNodes) {
          if (node.nodeType !== ELEMENT_NODE || isInSkippedElement(node)) continue;
          if (isInline(node as Element)) markBlocksInside(node as Element, false);
          else mark(node as Element, 'deep');
        }
      }
    }
  }

  function onlyOurs(nodes: NodeList): boolean {
    for (const node of nodes) {
      if (!(node.nodeType === ELEMENT_NODE && (node as Element).hasAttribute(OWN_UI_ATTRIBUTE))) return false;
    }
    return true;
  }

  function isCurrent(element: Element): boolean {
    return element.isConnected && rootElement.contains(element);
  }

  /** Dirty roots still in the page, without those inside another root scanned deeply. */
  function rootsToScan(roots: Map<Element, Depth>): [Element, Depth][] {
    const sorted = [...roots].filter(([element]) => isCurrent(element));
    sorted.sort(([a], [b]) =>
      a === b ? 0 : a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    const kept: [Element, Depth][] = [];
    let deep: Element | null = null;
    for (const entry of sorted) {
      if (deep && deep.contains(entry[0])) continue;
      kept.push(entry);
      if (entry[1] === 'deep') deep = entry[0];
    }
    return kept;
  }

  function emit(): void {
    if (stopped) return;
    const matches = groups.matches();
    current = { matches, counts: countTerms(matches) };
    onChange(current);
  }

  async function flush(): Promise<void> {
    // Start in a task of our own: the first batch is requested at the end of the content script's
    // start-up work, which should not grow by a slice of scanning.
    await (options.yieldToPage ?? defaultYield)();
    controller.signal.throwIfAborted();
    const url = document.location?.href ?? '';
    if (url !== lastUrl) {
      lastUrl = url;
      options.onUrlChange?.(url);
      dirty = new Map([[rootElement, 'deep']]);
    }
    const roots = rootsToScan(dirty);
    const gone = removed;
    dirty = new Map();
    removed = [];
    const full = roots.length === 1 && roots[0]![0] === rootElement && roots[0]![1] === 'deep';
    if (full) {
      groups.clear();
    } else {
      groups.dropDetached(rootElement, gone);
      for (const [element, depth] of roots) {
        if (depth === 'deep') groups.dropInside(element);
        else groups.dropOwn(element);
      }
    }
    // What each root's scan found, by the blocks' order in its walk (viewport blocks come first).
    const found: { group: MatchGroup; order: number }[][] = roots.map(() => []);
    let rootIndex = 0;
    const inWalkOrder = (list: { group: MatchGroup; order: number }[]) =>
      list.sort((a, b) => a.order - b.order).map((entry) => entry.group);
    const sink: BlockSink = {
      add(block, order, matches) {
        if (matches.length > 0) {
          found[rootIndex]!.push({
            group: { element: block.element, first: block.nodes[0]!, matches },
            order,
          });
        }
      },
      viewportDone() {
        // Early results for a full scan: what the reader sees, before the rest of the page.
        if (!full) return false;
        groups.replaceAll(inWalkOrder([...found[0]!]));
        emit();
        return true;
      },
    };
    const scanOptions = { isInViewport: options.isInViewport, isVisible: options.isVisible };
    function* steps(): Generator<typeof PAINT | undefined> {
      for (; rootIndex < roots.length; rootIndex++) {
        const [element, depth] = roots[rootIndex]!;
        yield* scanSteps(element, matcher, { ...scanOptions, shallow: depth === 'shallow' }, sink);
      }
    }
    // Our own signal: stop() aborts it, and so does the caller's signal, through stop().
    await runInSlices(steps(), { ...options, signal: controller.signal });
    if (full) {
      groups.replaceAll(inWalkOrder(found[0]!));
    } else {
      roots.forEach(([element, depth], k) => {
        const run = inWalkOrder(found[k]!);
        if (depth === 'deep') groups.insertRun(element, run);
        else groups.insertEach(run);
      });
    }
    emit();
  }

  function startFlush(): void {
    cancelScheduled = null;
    if (stopped || running) return;
    running = flush()
      .catch((error: unknown) => {
        if (!controller.signal.aborted) onError(error);
      })
      .finally(() => {
        running = null;
        if (!stopped && dirty.size > 0) cancelScheduled = schedule(startFlush, batchMs);
        settleIfIdle();
      });
  }

  const observer = new (document.defaultView?.MutationObserver ?? MutationObserver)(onMutations);
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });

  function rescanAll(): void {
    if (stopped) return;
    dirty = new Map([[rootElement, 'deep']]);
    cancelScheduled?.();
    cancelScheduled = null;
    // While a batch runs, the next one (scheduled when it ends) picks this up.
    if (!running) startFlush();
  }

  rescanAll();

  const stop = (): void => {
    stopped = true;
    observer.disconnect();
    cancelScheduled?.();
    cancelScheduled = null;
    controller.abort();
    groups.clear();
    dirty.clear();
    settleIfIdle();
  };
  if (options.signal?.aborted) stop();
  else options.signal?.addEventListener('abort', stop, { once: true });

  return {
    get current() {
      return current;
    },
    rescanAll,
    whenIdle() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        settleIfIdle();
      });
    },
    stop,
  };
}
