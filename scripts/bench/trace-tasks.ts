/**
 * The page's main-thread tasks while the extension works, read from Chromium traces. Two views:
 *
 * - `windowTasks`, from a light trace (task events and User Timing, no sampling): every task from
 *   the start of the content script's first measure (`nk-context:classify`) to shortly after its
 *   `nk-context:annotate` measure ends. Before that the content script has changed nothing on the
 *   page (it evaluates, then waits for the page to load and render: page-settled.ts), so there only
 *   its own script time counts: its evaluation, and its callbacks, not the page's frame in which
 *   its animation-frame callback happens to run. The generated page has no script of its own, so
 *   the window's tasks are the extension's work and the rendering it causes (painting its
 *   highlights). Their durations are true to an untraced run.
 * - `summariseTrace`, from a trace with V8's CPU profiler: which tasks ran the extension's code
 *   (a content script's callbacks have `FunctionCall`/`EvaluateScript` events with the script's
 *   URL, but code resumed after an `await` runs as a microtask with none, so CPU samples with one of
 *   our frames on the stack decide), and where the time goes (our hottest functions). Sampling
 *   slows the page down (tasks take about 1.5× longer, more for DOM-heavy ones): use it for the
 *   shares, not for the durations.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
}

export interface WindowTasks {
  /** Trace clock, µs: the start of the content script's first measure, and the end of its annotation. */
  startUs: number;
  annotateEndUs: number;
  /** Durations (ms) of the main-thread tasks that overlap the window, in order. */
  tasksMs: number[];
  maxTaskMs: number;
  /** Sum of those tasks: the main thread's busy time while we work (upper bound of ours). */
  busyMs: number;
  /** The three longest, with what they did (their top-level trace events by total time). */
  longest: { atMs: number; durMs: number; parts: { name: string; ms: number }[] }[];
}

/**
 * A task's top-level events (those not inside another event of the task), summed by name; the
 * time no event covers is `(untraced)`: script resumed after an await, or browser work the
 * trace's categories don't name.
 */
function partsOf(task: TraceEvent, inside: readonly TraceEvent[]): { name: string; ms: number }[] {
  const sums = new Map<string, number>();
  let covered = 0;
  let reach = task.ts;
  for (const e of inside) {
    // `inside` is sorted by start, longer first on a tie: an event that starts before `reach`
    // is nested in the last top-level one.
    if (e.ts < reach) continue;
    const dur = e.dur ?? 0;
    sums.set(e.name, (sums.get(e.name) ?? 0) + dur);
    covered += dur;
    reach = e.ts + dur;
  }
  const rest = (task.dur ?? 0) - covered;
  if (rest > 0) sums.set('(untraced)', rest);
  return [...sums]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, us]) => ({ name, ms: us / 1000 }));
}

/**
 * The main-thread tasks from the extension's first `measurePrefix` measure to `settleUs` after its
 * last `annotate` measure ends (the frame that paints the highlights), and before that, the time
 * of the extension's own script events (with its URL), each task's as one entry. Null when the
 * trace has no such measure.
 */
export function windowTasks(
  events: readonly TraceEvent[],
  extensionOrigin: string,
  options: { measurePrefix: string; settleUs: number },
): WindowTasks | null {
  const measures = events.filter(
    (e) => e.name.startsWith(options.measurePrefix) && (e.ph === 'b' || e.ph === 'e'),
  );
  const annotateEnds = measures.filter((e) => e.ph === 'e' && e.name === `${options.measurePrefix}annotate`);
  if (annotateEnds.length === 0) return null;
  const { pid, tid } = annotateEnds[0]!;
  const onThread = (e: TraceEvent) => e.pid === pid && e.tid === tid;
  const startUs = measures.filter(onThread).reduce((m, e) => Math.min(m, e.ts), Infinity);
  const annotateEndUs = Math.max(...annotateEnds.filter(onThread).map((e) => e.ts));
  const endUs = annotateEndUs + options.settleUs;
  const onThreadX = events
    .filter((e) => onThread(e) && e.ph === 'X' && e.ts < endUs)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const ours = onThreadX.filter((e) => e.name !== 'RunTask' && urlOf(e).startsWith(extensionOrigin));
  /** A task before the window, cut down to our script events in it (none: null). */
  const ourPart = (task: TraceEvent): TraceEvent | null => {
    const end = task.ts + (task.dur ?? 0);
    let reach = task.ts;
    let us = 0;
    for (const e of ours) {
      if (e.ts < reach || e.ts >= end) continue; // nested in one already counted, or elsewhere
      us += e.dur ?? 0;
      reach = e.ts + (e.dur ?? 0);
    }
    return us > 0 ? { ...task, dur: us } : null;
  };
  const tasks = onThreadX
    .filter((e) => e.name === 'RunTask')
    .map((e) => (e.ts + (e.dur ?? 0) > startUs ? e : ourPart(e)))
    .filter((e): e is TraceEvent => e !== null);
  const tasksMs = tasks.map((e) => (e.dur ?? 0) / 1000);
  const longest = [...tasks]
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 3)
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const inside = onThreadX.filter(
        (e) => e !== task && e.name !== 'RunTask' && e.ts >= task.ts && e.ts < end,
      );
      return {
        atMs: (task.ts - startUs) / 1000,
        durMs: (task.dur ?? 0) / 1000,
        parts: partsOf(task, inside),
      };
    });
  return {
    startUs,
    annotateEndUs,
    tasksMs,
    maxTaskMs: tasksMs.reduce((m, d) => Math.max(m, d), 0),
    busyMs: tasksMs.reduce((sum, d) => sum + d, 0),
    longest,
  };
}

/**
 * The page's own tasks, in a load without the extension: the main thread's tasks that start in
 * `spanUs` from the user timing mark `markName` (set by the bench at the load event; a content
 * script at `document_idle` starts at the latest then). A big page keeps rendering for a while
 * after it loads (a frame of 150 ms on the 5 MB page), and the extension's window includes
 * whatever of that falls into it: this is the same window's floor. Null without the mark.
 */
export function pageOwnTasks(
  events: readonly TraceEvent[],
  markName: string,
  spanUs: number,
): {
  maxTaskMs: number;
  longest: { atMs: number; durMs: number; parts: { name: string; ms: number }[] } | null;
} | null {
  const mark = events.find((e) => e.name === markName);
  if (!mark) return null;
  const { pid, tid } = mark;
  const startUs = mark.ts;
  const endUs = startUs + spanUs;
  const onThreadX = events
    .filter(
      (e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts < endUs && e.ts + (e.dur ?? 0) > startUs,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Tasks that start in the window: the one that fires the mark is the page's loading.
  const tasks = onThreadX.filter((e) => e.name === 'RunTask' && e.ts >= startUs);
  const task = [...tasks].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
  if (!task) return { maxTaskMs: 0, longest: null };
  const end = task.ts + (task.dur ?? 0);
  const inside = onThreadX.filter((e) => e !== task && e.name !== 'RunTask' && e.ts >= task.ts && e.ts < end);
  return {
    maxTaskMs: (task.dur ?? 0) / 1000,
    longest: {
      atMs: (task.ts - startUs) / 1000,
      durMs: (task.dur ?? 0) / 1000,
      parts: partsOf(task, inside),
    },
  };
}

export interface TaskInfo {
  /** Trace clock, microseconds. */
  startUs: number;
  durMs: number;
  /** Time the extension's code was on the stack in this task (sampled), ms. */
  extensionMs: number;
  /** The extension's functions by self time within this task, most first. */
  hotFunctions: HotFunction[];
}

export interface HotFunction {
  name: string;
  /** Self time, ms (sampled). */
  selfMs: number;
}

export interface TraceSummary {
  /** Tasks of the page's main thread, in order. */
  tasks: TaskInfo[];
  /** Tasks in which the extension's code ran. */
  extensionTasks: TaskInfo[];
  /** The extension's sampled busy time, ms. */
  extensionBusyMs: number;
  /** Where that time goes: the extension's functions by self time, most first. */
  hotFunctions: HotFunction[];
  /** Mean interval between CPU samples, ms (the resolution of the figures above). */
  sampleIntervalMs: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName?: string; url?: string; lineNumber?: number; columnNumber?: number };
}

interface ProfileChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

function urlOf(event: TraceEvent): string {
  const data = event.args?.data as { url?: unknown; stackTrace?: { url?: unknown }[] } | undefined;
  if (typeof data?.url === 'string') return data.url;
  const top = data?.stackTrace?.[0]?.url;
  return typeof top === 'string' ? top : '';
}

interface Sample {
  ts: number;
  /** Time since the previous sample, µs: what this sample stands for. */
  weightUs: number;
  extension: boolean;
  /** For the extension's samples: the leaf frame (self time), named as `selfNameOf` does. */
  selfName: string | null;
}

/** The CPU samples of one thread, each marked as the extension's or not. */
function samplesOf(
  events: readonly TraceEvent[],
  pid: number,
  tid: number,
  isOurs: (url: string) => boolean,
) {
  const profiles = new Map<string, { startUs: number; nodes: Map<number, ProfileNode>; samples: Sample[] }>();
  const pending: TraceEvent[] = [];
  for (const e of events) {
    if (e.pid !== pid || e.id === undefined) continue;
    if (e.name === 'Profile' && e.tid === tid) {
      const data = e.args?.data as { startTime?: number } | undefined;
      profiles.set(e.id, { startUs: data?.startTime ?? e.ts, nodes: new Map(), samples: [] });
    } else if (e.name === 'ProfileChunk') {
      pending.push(e);
    }
  }
  const out: Sample[] = [];
  for (const [id, profile] of profiles) {
    let clock = profile.startUs;
    const extensionOf = new Map<number, boolean>();
    const isExtensionNode = (nodeId: number): boolean => {
      const known = extensionOf.get(nodeId);
      if (known !== undefined) return known;
      const node = profile.nodes.get(nodeId);
      const value = node
        ? isOurs(node.callFrame.url ?? '') || (node.parent !== undefined && isExtensionNode(node.parent))
        : false;
      extensionOf.set(nodeId, value);
      return value;
    };
    const frameName = (node: ProfileNode): string => {
      const { functionName, url = '', lineNumber = 0, columnNumber = 0 } = node.callFrame;
      const file = url.replace(/^chrome-extension:\/\/[^/]+\//, '');
      return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
    };
    // Our own frame, or browser work (a DOM call, GC) with the nearest of our frames that called it.
    const selfNameOf = (leaf: ProfileNode | undefined): string => {
      if (!leaf) return '(unknown)';
      if (isOurs(leaf.callFrame.url ?? '')) return frameName(leaf);
      let caller: ProfileNode | undefined = leaf;
      while (caller && !isOurs(caller.callFrame.url ?? '')) {
        caller = caller.parent === undefined ? undefined : profile.nodes.get(caller.parent);
      }
      // A regular expression's frame is named after its whole source: keep the start.
      const full = leaf.callFrame.functionName || '(program)';
      const name = full.length > 60 ? `${full.slice(0, 57)}...` : full;
      return caller ? `${name} ← ${frameName(caller)}` : name;
    };
    for (const chunk of pending) {
      if (chunk.id !== id) continue;
      const data = chunk.args?.data as ProfileChunkData | undefined;
      for (const node of data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      const samples = data?.cpuProfile?.samples ?? [];
      const deltas = data?.timeDeltas ?? [];
      for (let k = 0; k < samples.length; k++) {
        const delta = deltas[k] ?? 0;
        clock += delta;
        const node = profile.nodes.get(samples[k]!);
        const extension = isExtensionNode(samples[k]!);
        out.push({ ts: clock, weightUs: delta, extension, selfName: extension ? selfNameOf(node) : null });
      }
    }
  }
  return out.sort((a, b) => a.ts - b.ts);
}

function topOf(selfUs: Map<string, number>, count: number): HotFunction[] {
  return [...selfUs]
    .sort((x, y) => y[1] - x[1])
    .slice(0, count)
    .map(([name, us]) => ({ name, selfMs: us / 1000 }));
}

/**
 * Summarises a trace for the page whose content script comes from `extensionOrigin`
 * (`chrome-extension://<id>`). Returns null when the extension's code never ran on a page thread.
 */
export function summariseTrace(events: readonly TraceEvent[], extensionOrigin: string): TraceSummary | null {
  const isOurs = (url: string): boolean => url.startsWith(extensionOrigin);
  // The page's main thread: where the content script was evaluated.
  const evaluation = events.find(
    (e) =>
      (e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.compile') &&
      isOurs(urlOf(e)),
  );
  if (!evaluation) return null;
  const { pid, tid } = evaluation;

  const samples = samplesOf(events, pid, tid, isOurs);
  const intervals: number[] = [];
  for (let k = 1; k < samples.length; k++) intervals.push(samples[k]!.ts - samples[k - 1]!.ts);
  intervals.sort((a, b) => a - b);
  const intervalUs = intervals.length > 0 ? intervals[intervals.length >> 1]! : 0;

  const runTasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === pid && e.tid === tid && (e.dur ?? 0) > 0)
    .sort((a, b) => a.ts - b.ts);
  const directlyOurs = events.filter(
    (e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name !== 'RunTask' && isOurs(urlOf(e)),
  );

  // A sample stands for the time since the one before, but not for a long gap (the thread was
  // idle, or the sampler was not running): past ten intervals, it counts as one interval.
  const weightOf = (sample: Sample): number =>
    sample.weightUs > 10 * intervalUs ? intervalUs : sample.weightUs;

  const tasks: TaskInfo[] = [];
  const extensionTasks: TaskInfo[] = [];
  let s = 0;
  let d = 0;
  for (const task of runTasks) {
    const end = task.ts + task.dur!;
    while (s < samples.length && samples[s]!.ts < task.ts) s++;
    let extensionUs = 0;
    let extensionSamples = 0;
    const selfInTask = new Map<string, number>();
    for (let k = s; k < samples.length && samples[k]!.ts <= end; k++) {
      const sample = samples[k]!;
      if (!sample.extension) continue;
      extensionSamples++;
      extensionUs += weightOf(sample);
      if (sample.selfName !== null) {
        selfInTask.set(sample.selfName, (selfInTask.get(sample.selfName) ?? 0) + weightOf(sample));
      }
    }
    while (d < directlyOurs.length && directlyOurs[d]!.ts < task.ts) d++;
    const hasEvent = d < directlyOurs.length && directlyOurs[d]!.ts <= end;
    const info: TaskInfo = {
      startUs: task.ts,
      durMs: task.dur! / 1000,
      extensionMs: extensionUs / 1000,
      hotFunctions: topOf(selfInTask, 5),
    };
    tasks.push(info);
    if (extensionSamples > 0 || hasEvent) extensionTasks.push(info);
  }

  const self = new Map<string, number>();
  let busyUs = 0;
  for (const sample of samples) {
    if (!sample.extension) continue;
    busyUs += weightOf(sample);
    if (sample.selfName !== null)
      self.set(sample.selfName, (self.get(sample.selfName) ?? 0) + weightOf(sample));
  }
  const hotFunctions = topOf(self, 12);
  return {
    tasks,
    extensionTasks,
    extensionBusyMs: busyUs / 1000,
    hotFunctions,
    sampleIntervalMs: intervalUs / 1000,
  };
}
