import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createPopoverController,
  sameMark,
  type PopoverController,
} from '../../components/popover/controller.tsx';
import { classifyPage, type Classification } from '../../engine/classifier.ts';
import { extractPageSignals } from '../../engine/page-signals.ts';
import { defaultYield } from '../../engine/slices.ts';
import { onMessage, sendMessage, type PageState } from '../../messaging/protocol.ts';
import type { Settings } from '../../settings/model.ts';
import { getSettings, watchSettings } from '../../settings/storage.ts';
import { activationFor, type Activation } from './activation.ts';
import { MarkPainter } from './highlights.ts';
import { MarkIndex, firstOccurrences, stepIndex, type PageMark } from './mark-index.ts';
import { afterNextFrame } from './next-frame.ts';
import { whenPageSettled, windowSettleClock } from './page-settled.ts';
import { pageState, termCounts } from './page-state.ts';
import { trackPointer } from './pointer.ts';
import { scrollRangeIntoView } from './reveal.ts';
import { startScanning, type Scanning } from './scanning.ts';
import { createViewportPaint, type ViewportPaint } from './viewport-paint.ts';

/** At most one report to the background per this many ms while a page keeps changing. */
const REPORT_INTERVAL_MS = 400;
/** After an in-page navigation to a page not judged relevant, when to read it once more. */
const RECHECK_AFTER_NAVIGATION_MS = 1_000;

/** Whether this frame is the top one, or an iframe of the same origin (cross-origin frames are skipped). */
export function frameRole(win: Window): 'top' | 'same-origin-frame' | 'foreign-frame' {
  if (win === win.top) return 'top';
  try {
    return win.top?.location.origin === win.location.origin ? 'same-origin-frame' : 'foreign-frame';
  } catch {
    return 'foreign-frame';
  }
}

/** Runs `callback` when the page is idle (or within a second), unless `signal` aborts first. */
function whenIdle(win: Window, signal: AbortSignal, callback: () => void): void {
  const run = () => {
    if (!signal.aborted) callback();
  };
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(run, { timeout: 1_000 });
  else win.setTimeout(run, 0);
}

/** Reasons as one line each for the popup: "north-korea ×4 (title, body)". */
function reasonLines(c: Classification): string[] {
  return c.reasons.map((r) => `${r.signal} ×${r.count} (${r.where.join(', ')})`);
}

/**
 * The content script's wiring: settings and the classifier decide whether the page is active;
 * when it is, the engine's live scan finds the terms, the painter marks them, the pointer and the
 * keyboard open popovers, and the background hears what the page holds. Everything stops with
 * `ctx` (extension updated or unloaded) and the page is left as it was.
 */
export async function startInPage(ctx: ContentScriptContext): Promise<void> {
  const role = frameRole(window);
  if (role === 'foreign-frame') return;
  const isTop = role === 'top';
  const signal = ctx.signal;

  const painter = new MarkPainter();
  /** What runs only while the page is active: the scan, the popover and the pointer. */
  let session: {
    abort: AbortController;
    controller: PopoverController<PageMark>;
    paint: ViewportPaint;
    scanning: Scanning | null;
  } | null = null;

  let settings: Settings = await getSettings();
  let relevance: Classification | null = null;
  let activation: Activation = { active: false, why: 'The page has not been read yet.' };
  let found: PageMark[] = [];
  let shown: MarkIndex<PageMark> | null = null;

  const state = (): PageState =>
    pageState(
      { url: location.href, hostname: location.hostname, title: document.title },
      relevance && { relevant: relevance.relevant, score: relevance.score, reasons: reasonLines(relevance) },
      activation,
      termCounts(found.map((m) => m.termId)),
    );

  let reportTimer = 0;
  let lastReport = '';
  const report = () => {
    if (!isTop || reportTimer !== 0 || signal.aborted) return;
    reportTimer = ctx.setTimeout(() => {
      reportTimer = 0;
      const current = state();
      const key = JSON.stringify(current);
      if (key === lastReport) return;
      lastReport = key;
      sendMessage('pageStateChanged', current).catch(() => {
        // The background is restarting; it asks the page again when it needs to.
      });
    }, REPORT_INTERVAL_MS);
  };

  const repaint = () => {
    if (!session) return;
    // The scan reports matches in document order, which the index keeps (sorting is then linear).
    shown = new MarkIndex(settings.firstOccurrenceOnly ? firstOccurrences(found) : found);
    session.paint.show(
      shown.ordered.map((m) => m.range),
      settings.markStyle,
    );
    const present = new Set(shown.ordered);
    const ordered = shown.ordered;
    session.controller.marksChanged((mark) => present.has(mark) || ordered.some((m) => sameMark(m, mark)));
  };

  const start = () => {
    const abort = new AbortController();
    const stopWithPage = () => abort.abort();
    signal.addEventListener('abort', stopWithPage, { once: true });
    abort.signal.addEventListener('abort', () => signal.removeEventListener('abort', stopWithPage));
    const controller = createPopoverController<PageMark>({
      doc: document,
      signal: abort.signal,
      onOpenChange: (mark) => painter.setActive(mark?.range ?? null),
    });
    // Hover and tap need visible marks: with the style "off" nothing on the page invites them.
    trackPointer({
      win: window,
      signal: abort.signal,
      controller,
      marks: () => (settings.markStyle === 'off' || !painter.supported ? null : shown),
    });
    // The session exists before the scan starts: its first results may come back at once.
    const paint = createViewportPaint(painter, window, abort.signal);
    const current = { abort, controller, paint, scanning: null as Scanning | null };
    session = current;
    current.scanning = startScanning(
      document,
      abort.signal,
      (marks) => {
        found = marks;
        repaint();
        report();
      },
      // The host (and its live region) exists before the first announcement, but is added once
      // the first marks are painted, when the page is idle: adding any element to a long page
      // costs the browser a full update of its paint (about 30 ms on a 5 MB page), which should
      // not land in the frame that paints the marks. Opening a popover adds it at once.
      () => whenIdle(window, abort.signal, () => controller.prepare()),
    );
  };

  /** Marks vanish at once, the popover closes, our host leaves the page, listeners are removed. */
  const stop = () => {
    session?.scanning?.stop();
    session?.abort.abort();
    session = null;
    found = [];
    shown = null;
    painter.clear();
  };

  const apply = () => {
    if (signal.aborted) return;
    activation = activationFor(settings, location.hostname, relevance?.relevant ?? null);
    if (!activation.active) stop();
    else if (!session) start();
    else repaint();
    report();
  };

  let classifications = 0;
  /**
   * Reading the page and scoring it are two tasks, and the scan starts in a third (scanning.ts):
   * together they would make one long task on a big page. A newer classification (the page
   * navigated meanwhile) supersedes an older one still under way.
   */
  const classifyAndApply = async () => {
    const generation = ++classifications;
    const started = performance.now();
    const signals = extractPageSignals(document, location.href);
    await defaultYield();
    if (generation !== classifications || signal.aborted) return;
    relevance = classifyPage(signals);
    performance.measure('nk-context:classify', { start: started, end: performance.now() });
    apply();
  };

  /** Where the keyboard goes: a shown mark, scrolled into view, its popover open with focus inside. */
  const openAt = (controller: PopoverController<PageMark>, mark: PageMark) => {
    scrollRangeIntoView(mark.range, window);
    // Long pages paint only the marks near the viewport: the ones around this mark, at once.
    session?.paint.refresh();
    controller.activate(mark, { takeFocus: true });
  };

  const move = (direction: 'next' | 'previous'): boolean => {
    const index = shown;
    const controller = session?.controller;
    if (!index || !controller || index.size === 0) return false;
    const current = index.indexOf(controller.openMark, sameMark);
    const step = stepIndex(index.size, current, direction, () => {
      const i = index.ordered.findIndex((m) => m.range.getBoundingClientRect().bottom > 0);
      return i === -1 ? index.size : i;
    });
    if (!step) return false;
    openAt(controller, index.ordered[step.index]!);
    if (step.wrapped) {
      controller.announce(
        direction === 'next' ? 'Back to the first term on the page.' : 'Back to the last term on the page.',
      );
    }
    return true;
  };

  const reveal = (termId: string): boolean => {
    const index = shown;
    const controller = session?.controller;
    if (!index || !controller) return false;
    const ofTerm = index.ordered.filter((m) => m.termId === termId);
    if (ofTerm.length === 0) return false;
    const open = controller.openMark;
    const at = open === null ? -1 : ofTerm.findIndex((m) => sameMark(m, open));
    openAt(controller, ofTerm[(at + 1) % ofTerm.length]!);
    return true;
  };

  if (isTop) {
    const listeners = [
      onMessage('getPageState', () => state()),
      onMessage('revealTerm', ({ data }) => reveal(data.termId)),
      onMessage('moveToMark', ({ data }) => move(data.direction)),
    ];
    ctx.onInvalidated(() => listeners.forEach((remove) => remove()));
  }

  const unwatch = watchSettings((next) => {
    settings = next;
    apply();
  });
  ctx.onInvalidated(unwatch);

  // Pages that change address without loading (history.pushState) are read again, once the new
  // page is there: the event comes from the Navigation API's `navigate`, inside the page's own
  // pushState, before the address changes and before the page renders its new content. A page
  // judged not relevant is read once more a second later, for content that arrives by fetch.
  // (The live scan, when there is one, rescans by itself.)
  const afterNavigation = () => {
    void afterNextFrame(window).then(async () => {
      if (signal.aborted) return;
      await classifyAndApply();
      if (!activation.active) ctx.setTimeout(() => void classifyAndApply(), RECHECK_AFTER_NAVIGATION_MS);
    });
  };
  ctx.addEventListener(window, 'wxt:locationchange', afterNavigation);

  ctx.onInvalidated(stop);
  // The page's own loading and first rendering go first (page-settled.ts); until then the popup
  // hears "not read yet".
  await whenPageSettled(windowSettleClock(window, signal));
  if (signal.aborted) return;
  await classifyAndApply();
}
