import { describe, expect, test } from 'vitest';
import { bandAround, holds, runNear, type Band } from '../../../entrypoints/content/near-viewport.ts';

/** Marks 20 px tall, one every `step` px down the page, the window scrolled to `scroll`. */
function column(count: number, step: number, scroll: number): (i: number) => Band | null {
  return (i) => ({ top: i * step - scroll, bottom: i * step - scroll + 20 });
}

/** The marks a plain look at every box finds in the band (the answer the search must give). */
function meeting(count: number, boxOf: (i: number) => Band | null, band: Band): number[] {
  const found: number[] = [];
  for (let i = 0; i < count; i++) {
    const box = boxOf(i);
    if (box && box.bottom >= band.top && box.top <= band.bottom) found.push(i);
  }
  return found;
}

describe('runNear', () => {
  test('finds exactly the marks that meet the band on a page in reading order', () => {
    for (const scroll of [0, 1234, 50_000, 99_990, 120_000]) {
      const boxOf = column(1000, 100, scroll);
      const band = bandAround(800, 1);
      const expected = meeting(1000, boxOf, band);
      const run = runNear(1000, boxOf, band);
      const got = Array.from({ length: run.to - run.from }, (_, k) => run.from + k);
      expect(got).toEqual(expected);
    }
  });

  test('looks at few boxes: a binary search, then the band', () => {
    let calls = 0;
    const boxes = column(100_000, 50, 2_000_000);
    const run = runNear(
      100_000,
      (i) => {
        calls++;
        return boxes(i);
      },
      bandAround(800, 0),
    );
    expect(run.to - run.from).toBe(17);
    expect(calls).toBeLessThan(17 + 2 * 12 + 40);
  });

  test('marks without a box neither end nor start the run', () => {
    const inner = column(200, 100, 5_000);
    const boxOf = (i: number) => (i % 3 === 0 ? null : inner(i));
    const band = bandAround(800, 0);
    const run = runNear(200, boxOf, band);
    for (const i of meeting(200, boxOf, band)) expect(i >= run.from && i < run.to).toBe(true);
    expect(runNear(50, () => null, band)).toEqual({ from: 0, to: 0 });
  });

  test('a few marks out of order (a float, a positioned box) do not end the run', () => {
    const inner = column(300, 100, 10_000);
    // Marks 102 and 103 sit at the top of the page (a pull quote placed by CSS).
    const boxOf = (i: number) => (i === 102 || i === 103 ? { top: -10_000, bottom: -9_980 } : inner(i));
    const run = runNear(300, boxOf, bandAround(800, 0));
    expect(run.from).toBeLessThanOrEqual(100);
    expect(run.to).toBeGreaterThanOrEqual(108);
  });

  test('an empty run when every mark is above or below the band', () => {
    expect(runNear(10, column(10, 100, 50_000), bandAround(800, 0))).toEqual({ from: 9, to: 9 });
    expect(runNear(10, column(10, 100, -50_000), bandAround(800, 0))).toEqual({ from: 0, to: 0 });
    expect(runNear(0, column(0, 100, 0), bandAround(800, 0))).toEqual({ from: 0, to: 0 });
  });

  test('never longer than max', () => {
    const run = runNear(10_000, column(10_000, 1, 5_000), bandAround(800, 3), { max: 500 });
    expect(run.to - run.from).toBeLessThanOrEqual(500);
    expect(run.to - run.from).toBeGreaterThan(0);
  });
});

test('holds: a painted run holds the run now needed, or it must move', () => {
  expect(holds({ from: 10, to: 50 }, { from: 20, to: 30 })).toBe(true);
  expect(holds({ from: 10, to: 50 }, { from: 5, to: 30 })).toBe(false);
  expect(holds({ from: 10, to: 50 }, { from: 40, to: 51 })).toBe(false);
  expect(holds({ from: 0, to: 0 }, { from: 7, to: 7 })).toBe(true);
});
