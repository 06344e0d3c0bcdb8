import { describe, expect, test } from 'vitest';
import {
  pageOwnTasks,
  summariseTrace,
  windowTasks,
  type TraceEvent,
} from '../../scripts/bench/trace-tasks.ts';

const EXT = 'chrome-extension://abcdefghijklmnop';
const SCRIPT = `${EXT}/content-scripts/content.js`;

function task(ts: number, dur: number, tid = 1): TraceEvent {
  return { name: 'RunTask', ph: 'X', ts, dur, pid: 7, tid };
}

/** A CPU profile whose samples, 1 ms apart from t = 0, sit on the given nodes. */
function profile(samples: number[]): TraceEvent[] {
  const nodes = [
    { id: 1, callFrame: { functionName: '(root)', url: '' } },
    { id: 2, parent: 1, callFrame: { functionName: 'scanSlice', url: SCRIPT, lineNumber: 41 } },
    { id: 3, parent: 2, callFrame: { functionName: 'createRange', url: '' } },
    { id: 4, parent: 1, callFrame: { functionName: 'pageCode', url: 'http://127.0.0.1/app.js' } },
    { id: 5, parent: 1, callFrame: { functionName: '(program)', url: '' } },
  ];
  return [
    { name: 'Profile', ph: 'P', ts: 0, pid: 7, tid: 1, id: '0x1', args: { data: { startTime: 0 } } },
    {
      name: 'ProfileChunk',
      ph: 'P',
      ts: 0,
      pid: 7,
      tid: 2, // chunks come from the sampler's thread
      id: '0x1',
      args: {
        data: { cpuProfile: { nodes, samples }, timeDeltas: samples.map((_, i) => (i === 0 ? 500 : 1000)) },
      },
    },
  ];
}

describe('trace summary: which tasks ran the extension', () => {
  test('a task is ours when a CPU sample in it has our frame on the stack, even with no script event', () => {
    // Samples at 0.5, 1.5, … ms: 0–2 in the first task, 3–5 in the page's task, 8–11 in the third.
    const samples = [2, 3, 2, 4, 4, 5, 5, 5, 2, 2, 3, 2];
    const events: TraceEvent[] = [
      {
        name: 'EvaluateScript',
        ph: 'X',
        ts: 100,
        dur: 2500,
        pid: 7,
        tid: 1,
        args: { data: { url: SCRIPT } },
      },
      task(0, 3000),
      task(3000, 3000), // the page's own code
      task(8000, 4000), // resumed after an await: only the samples say it is ours
      task(20_000, 100, 9), // another thread
      ...profile(samples),
    ];
    const summary = summariseTrace(events, EXT)!;
    expect(summary.tasks.map((t) => t.durMs)).toEqual([3, 3, 4]);
    expect(summary.extensionTasks.map((t) => t.startUs)).toEqual([0, 8000]);
    expect(summary.sampleIntervalMs).toBe(1);
    // The first sample stands for the 0.5 ms since the profile started, the others for 1 ms each.
    expect(summary.extensionBusyMs).toBe(6.5);
    expect(summary.extensionTasks[1]!.extensionMs).toBe(4);
    // Self time: our function's own samples, and the browser work it called, named as such.
    expect(summary.hotFunctions).toEqual([
      { name: 'scanSlice content-scripts/content.js:42:1', selfMs: 4.5 },
      { name: 'createRange ← scanSlice content-scripts/content.js:42:1', selfMs: 2 },
    ]);
    expect(summary.extensionTasks[1]!.hotFunctions).toEqual([
      { name: 'scanSlice content-scripts/content.js:42:1', selfMs: 3 },
      { name: 'createRange ← scanSlice content-scripts/content.js:42:1', selfMs: 1 },
    ]);
  });

  test('no summary when the extension never ran on a page', () => {
    expect(summariseTrace([task(0, 10)], EXT)).toBeNull();
  });
});

describe('trace window: every main-thread task while the extension works', () => {
  const measure = (name: string, ph: 'b' | 'e', ts: number): TraceEvent => ({ name, ph, ts, pid: 7, tid: 1 });
  const ours = (name: string, ts: number, dur: number): TraceEvent => ({
    name,
    ph: 'X',
    ts,
    dur,
    pid: 7,
    tid: 1,
    args: { data: { url: SCRIPT } },
  });
  const events: TraceEvent[] = [
    task(0, 40_000), // the page's parsing, before we start
    task(49_000, 7000), // evaluates our script
    ours('EvaluateScript', 50_000, 5000),
    task(60_000, 55_000), // the page's own first frame after loading, while we only wait…
    { name: 'FireAnimationFrame', ph: 'X', ts: 60_500, dur: 400, pid: 7, tid: 1 },
    ours('FunctionCall', 60_600, 200), // …in which our animation-frame callback runs
    { name: 'PrePaint', ph: 'X', ts: 61_000, dur: 30_000, pid: 7, tid: 1 },
    task(120_000, 1000), // the page's own timer
    measure('nk-context:classify', 'b', 130_000),
    task(129_000, 30_000), // classification, after an await: no URL, but inside the window
    measure('nk-context:classify', 'e', 159_000),
    measure('nk-context:annotate', 'b', 165_000),
    task(165_000, 20_000),
    task(200_000, 45_000),
    measure('nk-context:annotate', 'e', 245_000),
    task(250_000, 60_000), // the frame that paints the highlights
    { name: 'PrePaint', ph: 'X', ts: 251_000, dur: 45_000, pid: 7, tid: 1 },
    { name: 'Layerize', ph: 'X', ts: 260_000, dur: 5000, pid: 7, tid: 1 }, // inside PrePaint
    { name: 'Paint', ph: 'X', ts: 296_000, dur: 10_000, pid: 7, tid: 1 },
    task(470_000, 90_000), // long after: not ours
    task(100_000, 500_000, 3), // another thread
  ];

  test('our script time before the first measure, then every task to the frame after the annotation', () => {
    const window = windowTasks(events, EXT, { measurePrefix: 'nk-context:', settleUs: 100_000 })!;
    expect(window.startUs).toBe(130_000);
    expect(window.annotateEndUs).toBe(245_000);
    // Before the classification, our script time only: the evaluation (5 ms of a 7 ms task) and
    // the callback (0.2 ms), not the page's own 55 ms frame around it.
    expect(window.tasksMs).toEqual([5, 0.2, 30, 20, 45, 60]);
    expect(window.maxTaskMs).toBe(60);
    expect(window.busyMs).toBeCloseTo(160.2, 6);
    // What the longest task did: its top-level events, and the time none of them covers.
    expect(window.longest[0]).toEqual({
      atMs: 120,
      durMs: 60,
      parts: [
        { name: 'PrePaint', ms: 45 },
        { name: 'Paint', ms: 10 },
        { name: '(untraced)', ms: 5 },
      ],
    });
    expect(window.longest.map((t) => t.durMs)).toEqual([60, 45, 30]);
  });

  test('null without an annotation measure', () => {
    expect(windowTasks(events.slice(0, 5), EXT, { measurePrefix: 'nk-context:', settleUs: 0 })).toBeNull();
  });
});

describe("the page's own tasks without the extension, in a window as long as ours", () => {
  const events: TraceEvent[] = [
    task(0, 101_000), // the task that fires the load event: not in the window
    { name: 'bench:load', ph: 'R', ts: 100_000, pid: 7, tid: 1 },
    task(101_000, 10_000),
    task(180_000, 150_000), // the page's first full frame after loading
    { name: 'PrePaint', ph: 'X', ts: 180_000, dur: 40_000, pid: 7, tid: 1 },
    { name: 'Commit', ph: 'X', ts: 320_000, dur: 5_000, pid: 7, tid: 1 },
    task(700_000, 200_000), // after the window
    task(150_000, 400_000, 3), // another thread
  ];

  test('the longest main-thread task from the mark, over the span, with what it did', () => {
    expect(pageOwnTasks(events, 'bench:load', 500_000)).toEqual({
      maxTaskMs: 150,
      longest: {
        atMs: 80,
        durMs: 150,
        parts: [
          { name: '(untraced)', ms: 105 },
          { name: 'PrePaint', ms: 40 },
          { name: 'Commit', ms: 5 },
        ],
      },
    });
    expect(pageOwnTasks(events, 'bench:load', 50_000)?.maxTaskMs).toBe(10);
  });

  test('null without the mark', () => {
    expect(pageOwnTasks(events, 'bench:other', 500_000)).toBeNull();
  });
});
