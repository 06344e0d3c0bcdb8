import { describe, expect, test } from 'vitest';
import { median, ratio, round, scalingExponent } from '../../scripts/bench/stats.ts';
import { checkTargets } from '../../scripts/bench/targets.ts';

describe('bench arithmetic', () => {
  test('median of odd and even counts, unsorted input left as it was', () => {
    const samples = [5, 1, 3];
    expect(median(samples)).toBe(3);
    expect(samples).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  test('ratio refuses times that mean a failed measurement', () => {
    expect(ratio(30, 10)).toBe(3);
    expect(() => ratio(0, 10)).toThrow();
    expect(() => ratio(10, 0)).toThrow();
    expect(() => ratio(Number.NaN, 1)).toThrow();
    expect(() => ratio(1, Number.POSITIVE_INFINITY)).toThrow();
  });

  test('scaling exponent is the log-log slope: 1 for linear, 2 for quadratic', () => {
    const sizes = [100_000, 1_000_000, 5_000_000];
    expect(scalingExponent(sizes.map((size) => ({ size, ms: size / 1000 })))).toBeCloseTo(1, 10);
    expect(scalingExponent(sizes.map((size) => ({ size, ms: (size / 1e5) ** 2 })))).toBeCloseTo(2, 10);
    // A fixed cost on top of linear work bends the slope below 1.
    const withFixedCost = scalingExponent(sizes.map((size) => ({ size, ms: 50 + size / 1e4 })));
    expect(withFixedCost).toBeGreaterThan(0.5);
    expect(withFixedCost).toBeLessThan(1);
  });

  test('scaling exponent needs two distinct sizes and positive times', () => {
    expect(() => scalingExponent([{ size: 1, ms: 1 }])).toThrow();
    expect(() =>
      scalingExponent([
        { size: 5, ms: 1 },
        { size: 5, ms: 2 },
      ]),
    ).toThrow();
    expect(() =>
      scalingExponent([
        { size: 1, ms: 1 },
        { size: 2, ms: 0 },
      ]),
    ).toThrow();
  });

  test('round keeps the asked digits', () => {
    expect(round(3.14159, 2)).toBe(3.14);
    expect(round(2.5e-4)).toBe(0);
  });

  test('targets: at least / at most, and a missing figure is not met', () => {
    const results = checkTargets({
      matcher_speedup_vs_regex: 1,
      matcher_speedup_vs_regex_10x: 2.9,
      matcher_ratio_vs_floor: 3.01,
      max_task_ms_5mb: 50,
    });
    const met = Object.fromEntries(results.map((t) => [t.key, t.met]));
    expect(met).toMatchObject({
      matcher_speedup_vs_regex: true,
      matcher_speedup_vs_regex_10x: false,
      matcher_ratio_vs_floor: false,
      max_task_ms_5mb: true,
      page_speedup_vs_markjs: false,
    });
    expect(results.find((t) => t.key === 'page_speedup_vs_markjs')!.value).toBeNull();
  });
});
