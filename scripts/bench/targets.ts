/** The performance targets of the engine and the page annotation, and whether a run meets them. */

export interface Target {
  key: string;
  label: string;
  /** `min`: the figure must be at least `bound`; `max`: at most. */
  kind: 'min' | 'max';
  bound: number;
}

export const TARGETS: readonly Target[] = [
  {
    key: 'matcher_speedup_vs_regex',
    label: 'matcher vs combined regex (shipped aliases)',
    kind: 'min',
    bound: 1,
  },
  {
    key: 'matcher_speedup_vs_regex_10x',
    label: 'matcher vs combined regex (10× aliases)',
    kind: 'min',
    bound: 3,
  },
  { key: 'matcher_ratio_vs_floor', label: 'matcher ÷ bare loop', kind: 'max', bound: 3 },
  {
    key: 'page_ratio_vs_treewalker',
    label: 'page annotation ÷ bare TreeWalker (1 MB)',
    kind: 'max',
    bound: 3,
  },
  { key: 'page_speedup_vs_markjs', label: 'mark.js ÷ page annotation (1 MB)', kind: 'min', bound: 10 },
  {
    key: 'max_task_ms_5mb',
    label: 'longest main-thread task while we annotate, ms (5 MB)',
    kind: 'max',
    bound: 50,
  },
  // Linear is 1; the smallest page's fixed costs pull it below 1, which is fine: only growth
  // faster than linear is a miss.
  {
    key: 'scaling_exponent',
    label: 'growth of annotation time with size (log-log slope)',
    kind: 'max',
    bound: 1.15,
  },
];

export interface TargetResult extends Target {
  value: number | null;
  met: boolean;
}

export function checkTargets(figures: Record<string, unknown>): TargetResult[] {
  return TARGETS.map((t) => {
    const raw = figures[t.key];
    const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
    const met = value !== null && (t.kind === 'min' ? value >= t.bound : value <= t.bound);
    return { ...t, value, met };
  });
}

export function describeBound(t: Target): string {
  return `${t.kind === 'min' ? '≥' : '≤'} ${t.bound}`;
}
