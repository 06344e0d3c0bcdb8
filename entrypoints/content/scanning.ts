import { startLiveScan, type LiveScan } from '../../engine/live-scan.ts';
import { buildMatcher, type Matcher } from '../../engine/matcher.ts';
import { defaultYield } from '../../engine/slices.ts';
import { entriesFromTerms } from '../../engine/term-entries.ts';
import { pack } from '../../glossary/pack.ts';
import type { PageMark } from './mark-index.ts';

export interface Scanning {
  stop(): void;
}

// Built on the first active page of this document only: pages that are not about North Korea
// never pay for it.
let matcher: Matcher | null = null;

/**
 * The engine's live scan over the whole document: text in the window first, then the rest in
 * short slices, then whatever the page adds or removes. `onMarks` gets every match, in document
 * order, after each change; `onUrlChange` hears in-page navigations it notices.
 *
 * Building the matcher and starting the scan happen in a task of their own, after the one that
 * classified the page and decided to mark it: together they would make one long task.
 */
export function startScanning(
  doc: Document,
  signal: AbortSignal,
  onMarks: (marks: PageMark[]) => void,
  onUrlChange?: () => void,
): Scanning {
  // The first full pass, from here to the last mark painted (onMarks paints synchronously): a
  // User Timing entry, so benchmarks read our own figure from the page.
  const started = performance.now();
  let live: LiveScan | null = null;
  void defaultYield().then(() => {
    if (signal.aborted) return;
    matcher ??= buildMatcher(entriesFromTerms(pack.terms));
    const win = doc.defaultView ?? window;
    const scan = startLiveScan(doc, matcher, (result) => onMarks(result.matches), {
      signal,
      isInViewport: (element) => {
        const rect = element.getBoundingClientRect();
        return rect.bottom > 0 && rect.top < win.innerHeight && rect.right > 0 && rect.left < win.innerWidth;
      },
      ...(onUrlChange ? { onUrlChange } : {}),
    });
    live = scan;
    void scan.whenIdle().then(() => {
      if (!signal.aborted)
        performance.measure('nk-context:annotate', { start: started, end: performance.now() });
    });
  });
  return { stop: () => live?.stop() };
}
