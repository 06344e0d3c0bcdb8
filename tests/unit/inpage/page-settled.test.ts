import { describe, expect, test } from 'vitest';
import { whenPageSettled, type SettleClock } from '../../../entrypoints/content/page-settled.ts';

/** A page whose load event and frames happen when the test says; `log` records the order. */
function scriptedPage(readyState: DocumentReadyState) {
  const log: string[] = [];
  let fireLoad: (() => void) | null = null;
  let loadTimeout = -1;
  const clock: SettleClock = {
    readyState: () => readyState,
    onLoadOrTimeout: (callback, timeoutMs) => {
      loadTimeout = timeoutMs;
      fireLoad = () => {
        log.push('load');
        callback();
      };
    },
    afterNextFrame: () => {
      log.push('frame');
      return Promise.resolve();
    },
  };
  return { clock, log, load: () => fireLoad?.(), loadTimeout: () => loadTimeout };
}

describe('whenPageSettled', () => {
  test('a loaded page waits for the next frame only', async () => {
    const page = scriptedPage('complete');
    await whenPageSettled(page.clock);
    expect(page.log).toEqual(['frame']);
  });

  test('a page still loading waits for its load event, then for the frame after it', async () => {
    const page = scriptedPage('interactive');
    let settled = false;
    const waiting = whenPageSettled(page.clock, { maxWaitMs: 1_500 }).then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    expect(page.loadTimeout()).toBe(1_500);
    page.load();
    await waiting;
    expect(page.log).toEqual(['load', 'frame']);
  });

  test('the longest wait for the load event defaults to two seconds', async () => {
    const page = scriptedPage('loading');
    const waiting = whenPageSettled(page.clock);
    await Promise.resolve();
    expect(page.loadTimeout()).toBe(2_000);
    page.load();
    await waiting;
  });
});
