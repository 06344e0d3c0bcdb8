/**
 * Which marks of a long page to paint: those near the viewport. The browser re-validates every
 * registered highlight range whenever a highlight changes (about 8 µs a range in Chromium 156), so
 * painting the 13,000 marks of a 5 MB page at once takes a frame of over 100 ms; the few hundred
 * around the reader take a few milliseconds.
 *
 * Pure: geometry comes from `boxOf`, so the search is tested without a layout engine.
 */

/** A vertical extent in window coordinates (`top` ≤ `bottom`). */
export interface Band {
  top: number;
  bottom: number;
}

/** Marks `from` (inclusive) to `to` (exclusive), in document order. */
export interface Run {
  from: number;
  to: number;
}

export interface RunOptions {
  /**
   * Marks in a row outside the band before the search stops on that side. Document order follows
   * the layout only roughly (floats, columns, positioned boxes): a few strays must not end it.
   */
  slack?: number;
  /** At most this many marks, centred on the band's first one (a dense page stays cheap). */
  max?: number;
}

const DEFAULT_SLACK = 12;

/**
 * The run of marks whose boxes meet `band`, for marks in document order whose boxes mostly go
 * down the page. `boxOf` returns null for a mark with no box (hidden, collapsed): such marks
 * neither end nor start the run. Binary search to the first mark not above the band, then
 * outwards while marks meet it: O(log n + marks in the band) calls of `boxOf`.
 */
export function runNear(
  count: number,
  boxOf: (index: number) => Band | null,
  band: Band,
  options: RunOptions = {},
): Run {
  if (count === 0) return { from: 0, to: 0 };
  const slack = options.slack ?? DEFAULT_SLACK;
  const max = options.max ?? Infinity;
  /** The first box at or after `index` (below `limit`), with its index. */
  const boxFrom = (index: number, limit: number): { at: number; box: Band } | null => {
    for (let i = index; i < limit; i++) {
      const box = boxOf(i);
      if (box) return { at: i, box };
    }
    return null;
  };

  // First mark whose box ends at or below the band's top.
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    const probe = boxFrom(mid, high);
    if (probe === null) high = mid;
    else if (probe.box.bottom < band.top) low = probe.at + 1;
    else high = mid;
  }
  const start = Math.min(low, count - 1);
  const meets = (box: Band) => box.bottom >= band.top && box.top <= band.bottom;

  let to = start;
  let outside = 0;
  for (let i = start; i < count && i - start < max && outside < slack; i++) {
    const box = boxOf(i);
    if (box === null) continue;
    if (meets(box)) {
      outside = 0;
      to = i + 1;
    } else {
      outside++;
    }
  }
  let from = Math.min(start, to);
  outside = 0;
  for (let i = start - 1; i >= 0 && to - i <= max && outside < slack; i--) {
    const box = boxOf(i);
    if (box === null) continue;
    if (meets(box)) {
      outside = 0;
      from = i;
    } else {
      outside++;
    }
  }
  return { from, to };
}

/** Does `outer` hold every mark of `inner`? (An empty inner run is held by anything.) */
export function holds(outer: Run, inner: Run): boolean {
  return inner.from >= inner.to || (outer.from <= inner.from && inner.to <= outer.to);
}

/** The viewport grown by `screens` window heights above and below. */
export function bandAround(viewportHeight: number, screens: number): Band {
  return { top: -screens * viewportHeight, bottom: (1 + screens) * viewportHeight };
}
