import { startLiveScan, type LiveScan } from '../../engine/live-scan.ts';
import { buildMatcher, type Matcher } from '../../engine/matcher.ts';
import { entriesFromTerms } from '../../engine/term-entries.ts';
import { pack } from '../../glossary/pack.ts';
import { defaultYield } from '../../engine/slices.ts';
import type { PageMark } from './mark-index.ts';
import { afterNextFrame } from './next-frame.ts';

export interface Scanning {
  stop(): void;
}

// Built on the first active page of this document only: pages that are not about North Korea
// never pay for it.
let matcher: Matcher | null = null;

/**
 * The engine's live scan over the whole document: text in the window first, then the rest in
 * short slices, then whatever the page adds or removes. `onMarks` gets every match, in document
 * order, after each change (an in-page navigation makes it scan the whole page again);
 * `onFirstPass`, the end of the first full pass (its last marks painted).
 *
 * Building the matcher and starting the scan happen in a task of their own, after the one that
 * classified the page and decided to mark it (together they would make one long task). The page
 * has loaded and rendered by then (page-settled.ts), so a plain yield is enough.
 */
export function startScanning(
  doc: Document,
  signal: AbortSignal,
  onMarks: (marks: PageMark[]) => void,
  onFirstPass?: () => void,
): Scanning {
  // The first full pass, from here to the last mark painted (onMarks paints synchronously): a
  // User Timing entry, so benchmarks read our own figure from the page.
  const started = performance.now();
  let live: LiveScan | null = null;
  const win = doc.defaultView ?? window;
  void defaultYield().then(() => {
    if (signal.aborted) return;
    matcher ??= buildMatcher(entriesFromTerms(pack.terms));
    const scan = startLiveScan(doc, matcher, (result) => onMarks(result.matches), {
      signal,
      // The viewport's marks are painted in a frame of their own, before the rest of the page.
      yieldForPaint: () => afterNextFrame(win),
      isInViewport: (element) => {
        const rect = element.getBoundingClientRect();
        return rect.bottom > 0 && rect.top < win.innerHeight && rect.right > 0 && rect.left < win.innerWidth;
      },
    });
    live = scan;
    void scan.whenIdle().then(() => {
      if (signal.aborted) return;
      performance.measure('nk-context:annotate', { start: started, end: performance.now() });
      onFirstPass?.();
    });
  });
  return { stop: () => live?.stop() };
}
