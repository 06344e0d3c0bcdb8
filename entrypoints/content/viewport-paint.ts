import type { MarkStyle } from '../../settings/model.ts';
import type { MarkPainter } from './highlights.ts';
import { bandAround, holds, runNear, type Band, type Run } from './near-viewport.ts';

/**
 * Up to this many marks, every one is registered (an article, even a long one, has far fewer).
 * Beyond it, the browser's work after each highlight change (proportional to all registered
 * ranges) would make a long frame, so only the marks near the reader are registered.
 */
export const PAINT_ALL_UP_TO = 1_500;
/** Marks within this many window heights above and below the viewport are painted… */
const PAINTED_SCREENS = 3;
/** …and painted again (moved along) once the reader is less than this many from their edge. */
const KEPT_SCREENS = 1;

export interface ViewportPaint {
  /** Shows `ranges` (in document order) in `style`: all of them, or those near the viewport. */
  show(ranges: readonly Range[], style: MarkStyle): void;
  /** The page scrolled by our doing (the keyboard moved to a mark): paint around it now. */
  refresh(): void;
}

/** A range's box, or null when it has none (hidden, or its text left the page). */
function boxOfRange(range: Range): Band | null {
  const rect = range.getBoundingClientRect();
  return rect.width === 0 && rect.height === 0 ? null : rect;
}

/**
 * Paints marks through `painter`; on pages with more than `PAINT_ALL_UP_TO` marks, only those
 * within a few screens of the viewport, moved along as the page (or a scroll box in it) scrolls
 * or the window resizes, at most once per frame. Listeners go with `signal`.
 */
export function createViewportPaint(painter: MarkPainter, win: Window, signal: AbortSignal): ViewportPaint {
  let ranges: readonly Range[] = [];
  let style: MarkStyle = 'off';
  let painted: Run = { from: 0, to: 0 };
  let listening = false;
  let frame = 0;
  const boxOf = (index: number) => boxOfRange(ranges[index]!);

  const paintNear = () => {
    const height = win.innerHeight;
    let run = runNear(ranges.length, boxOf, bandAround(height, PAINTED_SCREENS), { max: PAINT_ALL_UP_TO });
    // Too dense to paint three screens either way: the viewport's own marks at least.
    if (run.to - run.from >= PAINT_ALL_UP_TO) {
      run = runNear(ranges.length, boxOf, bandAround(height, 0), { max: PAINT_ALL_UP_TO });
    }
    painted = run;
    painter.paint(ranges.slice(run.from, run.to), style);
  };

  const update = () => {
    frame = 0;
    if (!listening || signal.aborted) return;
    const needed = runNear(ranges.length, boxOf, bandAround(win.innerHeight, KEPT_SCREENS), {
      max: PAINT_ALL_UP_TO,
    });
    if (!holds(painted, needed)) paintNear();
  };

  const onScroll = () => {
    if (frame === 0) frame = win.requestAnimationFrame(update);
  };

  const listen = (on: boolean) => {
    if (on === listening) return;
    listening = on;
    // Capture: scroll events of scroll boxes inside the page do not bubble to the window.
    const options = { capture: true, passive: true } as const;
    if (on) {
      win.addEventListener('scroll', onScroll, { ...options, signal });
      win.addEventListener('resize', onScroll, { ...options, signal });
    } else {
      win.removeEventListener('scroll', onScroll, options);
      win.removeEventListener('resize', onScroll, options);
      if (frame !== 0) win.cancelAnimationFrame(frame);
      frame = 0;
    }
  };
  signal.addEventListener('abort', () => listen(false), { once: true });

  return {
    show(next, nextStyle) {
      ranges = next;
      style = nextStyle;
      if (ranges.length <= PAINT_ALL_UP_TO || style === 'off') {
        listen(false);
        painted = { from: 0, to: ranges.length };
        painter.paint(style === 'off' ? [] : ranges, style);
        return;
      }
      listen(!signal.aborted);
      paintNear();
    },
    refresh() {
      if (!listening) return;
      if (frame !== 0) win.cancelAnimationFrame(frame);
      update();
    },
  };
}
