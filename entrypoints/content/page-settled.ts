/**
 * When the content script may start reading the page: after the page has loaded and rendered the
 * frame that follows. A long page's first frame after its load event is its most expensive one
 * (a 5 MB article spends 50–170 ms in it); starting earlier would stack our classification and
 * our first marks onto it, and the reader would feel both.
 */
import { afterNextFrame } from './next-frame.ts';

/** What the wait needs from the window: injected so the logic is tested without a browser. */
export interface SettleClock {
  readyState(): DocumentReadyState;
  /** Calls `callback` once, at the load event or after `timeoutMs`, whichever comes first. */
  onLoadOrTimeout(callback: () => void, timeoutMs: number): void;
  /** Resolves in the task after the next rendered frame (or a timeout, in a hidden tab). */
  afterNextFrame(): Promise<void>;
}

export interface SettleOptions {
  /**
   * Pages whose images or ads keep loading can take long to fire `load`: after this long (ms) we
   * start anyway.
   */
  maxWaitMs?: number;
}

/** Resolves once the page has loaded (or `maxWaitMs` has passed) and a frame has been rendered since. */
export async function whenPageSettled(clock: SettleClock, options: SettleOptions = {}): Promise<void> {
  if (clock.readyState() !== 'complete') {
    await new Promise<void>((resolve) => clock.onLoadOrTimeout(resolve, options.maxWaitMs ?? 2_000));
  }
  await clock.afterNextFrame();
}

/** The window's clock. Listeners and timers go with `signal`. */
export function windowSettleClock(win: Window, signal: AbortSignal): SettleClock {
  return {
    readyState: () => win.document.readyState,
    onLoadOrTimeout: (callback, timeoutMs) => {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        win.clearTimeout(timer);
        win.removeEventListener('load', finish);
        callback();
      };
      const timer = win.setTimeout(finish, timeoutMs);
      win.addEventListener('load', finish, { once: true, signal });
      signal.addEventListener('abort', finish, { once: true });
    },
    afterNextFrame: () => afterNextFrame(win),
  };
}
