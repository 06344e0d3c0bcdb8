/** Text with the parts to highlight, as `[start, end)` ranges in order, not overlapping. */
export interface Highlighted {
  text: string;
  ranges: [number, number][];
}

/** Sorts ranges and joins those that overlap or touch. */
export function mergeRanges(ranges: readonly [number, number][]): [number, number][] {
  const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Splits highlighted text into runs for rendering: `{ text, mark }` in order, covering all of it. */
export function segments(h: Highlighted): { text: string; mark: boolean }[] {
  const out: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [start, end] of h.ranges) {
    if (start > at) out.push({ text: h.text.slice(at, start), mark: false });
    out.push({ text: h.text.slice(start, end), mark: true });
    at = end;
  }
  if (at < h.text.length) out.push({ text: h.text.slice(at), mark: false });
  return out;
}

/**
 * A window of about `width` characters of a long text around its first highlight, cut at word
 * boundaries, with `…` where text was left out; ranges are moved along.
 */
export function excerpt(h: Highlighted, width = 140): Highlighted {
  if (h.text.length <= width) return h;
  const first = h.ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  if (start > 0) {
    const space = h.text.indexOf(' ', start);
    start = space !== -1 && space < first ? space + 1 : start;
  }
  let end = Math.min(h.text.length, start + width);
  if (end < h.text.length) {
    const space = h.text.lastIndexOf(' ', end);
    if (space > start + width / 2) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < h.text.length ? '…' : '';
  const shift = prefix.length - start;
  const ranges = h.ranges
    .map(([s, e]): [number, number] => [Math.max(s, start) + shift, Math.min(e, end) + shift])
    .filter(([s, e]) => e > s);
  return { text: prefix + h.text.slice(start, end) + suffix, ranges };
}
