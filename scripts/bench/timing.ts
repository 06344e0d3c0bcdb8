/**
 * Timing of contestants that run on the same input: warm-up rounds first, then rounds in which
 * every contestant runs once, so that noise from other processes on this shared machine falls on
 * all of them alike. Each figure is a median over the rounds.
 */
import { median } from './stats.ts';

export interface Contestant {
  name: string;
  /** Returns something derived from all its work, so the JIT cannot drop any of it. */
  run(): unknown;
}

export interface TimingOptions {
  warmup: number;
  rounds: number;
  /** Stop adding rounds once this much time has gone (at least `minRounds` are run). */
  budgetMs: number;
  minRounds: number;
}

export interface Timed {
  name: string;
  medianMs: number;
  samplesMs: number[];
}

let sink: unknown;

/** The last result of each contestant is kept here, so that no run is dead code. */
export function lastResult(): unknown {
  return sink;
}

export function timeContestants(contestants: readonly Contestant[], options: TimingOptions): Timed[] {
  for (let w = 0; w < options.warmup; w++) for (const c of contestants) sink = c.run();
  const samples = contestants.map(() => [] as number[]);
  const began = performance.now();
  for (let r = 0; r < options.rounds; r++) {
    if (r >= options.minRounds && performance.now() - began > options.budgetMs) break;
    contestants.forEach((c, i) => {
      const t0 = performance.now();
      sink = c.run();
      samples[i]!.push(performance.now() - t0);
    });
  }
  return contestants.map((c, i) => ({ name: c.name, medianMs: median(samples[i]!), samplesMs: samples[i]! }));
}
