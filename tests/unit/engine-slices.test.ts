import { describe, expect, it } from 'vitest';
import { PAINT, runInSlices } from '../../engine/slices.ts';

describe('runInSlices', () => {
  it('yields when a slice has used its budget, and for a frame after a step that yields PAINT', async () => {
    const log: string[] = [];
    let clock = 0;
    function* steps(): Generator<typeof PAINT | undefined> {
      for (let i = 0; i < 6; i++) {
        log.push(`step ${i}`);
        clock += 3;
        yield i === 1 ? PAINT : undefined;
      }
    }
    await runInSlices(steps(), {
      budgetMs: 8,
      now: () => clock,
      yieldToPage: async () => {
        log.push('yield');
      },
      yieldForPaint: async () => {
        log.push('frame');
      },
    });
    expect(log).toEqual(['step 0', 'step 1', 'frame', 'step 2', 'step 3', 'step 4', 'yield', 'step 5']);
  });

  it('without a way to wait for a frame, PAINT yields the usual way', async () => {
    let yields = 0;
    function* steps(): Generator<typeof PAINT | undefined> {
      yield PAINT;
    }
    await runInSlices(steps(), {
      now: () => 0,
      yieldToPage: async () => {
        yields++;
      },
    });
    expect(yields).toBe(1);
  });
});
