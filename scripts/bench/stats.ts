/** The arithmetic of the benchmark: medians, ratios and how time grows with size. */

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = samples.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * `numerator ÷ denominator`, refusing what would make a meaningless figure (a zero or negative
 * time means the measurement failed, and a ratio of it must not pass for a result).
 */
export function ratio(numerator: number, denominator: number): number {
  if (
    !(numerator > 0) ||
    !(denominator > 0) ||
    !Number.isFinite(numerator) ||
    !Number.isFinite(denominator)
  ) {
    throw new Error(`cannot take the ratio of ${numerator} to ${denominator}`);
  }
  return numerator / denominator;
}

/**
 * The least-squares slope of log(time) against log(size): 1 is linear, 2 quadratic. Needs at
 * least two distinct sizes.
 */
export function scalingExponent(points: readonly { size: number; ms: number }[]): number {
  if (points.length < 2) throw new Error('scaling exponent needs at least two sizes');
  const xs = points.map((p) => Math.log(p.size));
  const ys = points.map((p) => {
    if (!(p.ms > 0)) throw new Error(`scaling exponent: non-positive time ${p.ms} at size ${p.size}`);
    return Math.log(p.ms);
  });
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  if (sxx === 0) throw new Error('scaling exponent needs at least two distinct sizes');
  return sxy / sxx;
}

/** Rounds for display and JSON: enough digits to compare runs, not noise. */
export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
