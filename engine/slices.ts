/**
 * Running long work without blocking the page: the work is a generator that yields after each
 * small step, and the runner gives the page back control whenever a slice's time budget is
 * spent. The clock and the way of yielding are injected, so tests are deterministic.
 */

export interface SliceOptions {
  /** Time per slice before yielding to the page, in ms (default 8: well under a 16 ms frame). */
  budgetMs?: number;
  /** Give control back to the page; resolves when we may continue. */
  yieldToPage?: () => Promise<void>;
  now?: () => number;
  /** Stop between two steps; the runner then rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Give control back until the page has rendered a frame: after a step that yields `PAINT`
   * (results the reader should see now). Default: `yieldToPage`.
   */
  yieldForPaint?: () => Promise<void>;
}

/**
 * What a step yields when it has just produced something to show: the runner then lets the page
 * render it at once, in a frame of its own, instead of after more slices.
 */
export const PAINT = 'paint';

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * The browser's best way of yielding: `scheduler.yield()` (continuation keeps its priority), else
 * a message-channel turn (not clamped to 4 ms like nested timeouts), else a timeout.
 */
export function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `steps` to the end, yielding to the page whenever a slice has used its budget. */
export async function runInSlices(steps: Iterator<unknown>, options: SliceOptions = {}): Promise<void> {
  const budget = options.budgetMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const yieldToPage = options.yieldToPage ?? defaultYield;
  const yieldForPaint = options.yieldForPaint ?? yieldToPage;
  const { signal } = options;
  signal?.throwIfAborted();
  let sliceStart = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return;
    const paint = step.value === PAINT;
    if (paint || now() - sliceStart >= budget) {
      await (paint ? yieldForPaint() : yieldToPage());
      signal?.throwIfAborted();
      sliceStart = now();
    }
  }
}

/** Runs `steps` to the end at once (Node tools, tests). */
export function runToEnd(steps: Iterator<unknown>): void {
  while (!steps.next().done) {
    // every step's work happens inside next()
  }
}
