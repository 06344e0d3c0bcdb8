/**
 * The extension on whole pages, in Debian's Chromium with the built extension (tests/e2e/harness.ts),
 * against two baselines on the same pages in a browser without it: a bare TreeWalker pass that
 * reads every text node (the floor) and mark.js marking the same aliases.
 *
 * What is read, and from where:
 *   - annotation time: the content script's own User Timing measure `nk-context:annotate` (from the
 *     start of its scan to the last highlight registered). Content scripts share the frame's
 *     performance timeline with the page, so the page's world sees it (checked in Chromium 156);
 *   - terms found: the content script's `getPageState` reply (the toolbar's own message);
 *   - tasks: two traced loads of the big pages (trace-tasks.ts), a light one for the durations of
 *     the tasks while the extension works, and one under V8's CPU profiler for where our time
 *     goes; a `longtask` observer installed before load counts tasks over 50 ms in every run;
 *   - JS heap: `Performance.getMetrics` after a forced GC, with the extension against without.
 * Pages are served from 127.0.0.1 with cross-origin isolation headers, which give
 * `performance.now()` 5 µs resolution instead of 100 µs (the 100 KB floor takes well under 1 ms).
 */
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import {
  CORPUS_DIR,
  launchWithExtension,
  onlyFrom,
  sendToTab,
  servePages,
  tabIdOf,
  type ExtensionBrowser,
  type PageServer,
} from '../../tests/e2e/harness.ts';
import type { PageState } from '../../messaging/protocol.ts';
import { buildArticlePage } from './page-gen.ts';
import type { Corpus } from './corpus-text.ts';
import { median, ratio, scalingExponent } from './stats.ts';
import { startTrace } from './tracing.ts';
import {
  pageOwnTasks,
  summariseTrace,
  windowTasks,
  type HotFunction,
  type WindowTasks,
} from './trace-tasks.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MARKJS = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');
/** After the annotation ends, the frame that paints the highlights still belongs to us. */
const SETTLE_US = 100_000;
const ISOLATION = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

export interface PageBenchOptions {
  /** Page sizes in bytes of HTML, smallest first. */
  sizes: number[];
  /** Page loads with the extension per size (the median is reported). */
  extensionRuns: number;
  /** Sizes that get extra, traced loads for tasks and profile (tracing slows the page down). */
  tracedSizes: number[];
  /** Light-traced loads per traced size (the median longest task is reported). */
  lightTraceRuns: number;
  /** mark.js runs only on pages up to this size (it is slow on the big ones). */
  markJsMaxBytes: number;
  /** Saved pages of the corpus that are not about North Korea (file names in readability/). */
  nonNkPages: string[];
  timeoutMs: number;
}

/** mark.js as people call it: the aliases as its keyword array; see the README for the options. */
export const MARKJS_OPTIONS = { accuracy: 'exactly', separateWordSearch: false } as const;

export interface PageSizeResult {
  bytes: number;
  textNodes: number;
  textChars: number;
  /**
   * Full annotation, median: from the start of the content script's classification to the last
   * mark painted (`nk-context:classify` start to `nk-context:annotate` end), so it includes
   * classifying, building the matcher, scanning and painting.
   */
  fullMs: number;
  fullSamplesMs: number[];
  /** The content script's `nk-context:annotate` alone (scan start to last mark painted), median. */
  annotateMs: number;
  classifyMs: number;
  /** Occurrences the extension reports (sum of its per-term counts). */
  termOccurrences: number;
  distinctTerms: number;
  treeWalkerMs: number;
  treeWalkerColdMs: number;
  /** The walk that also reads every character (charCodeAt), warm median. */
  treeWalkerCharsMs: number;
  markJsMs: number | null;
  markJsMarks: number | null;
  heapWithExtensionMb: number;
  heapWithoutMb: number;
  heapGrowthMb: number;
  longTasksWithExtension: { count: number; maxMs: number };
  longTasksWithout: { count: number; maxMs: number };
}

export interface NonNkResult {
  file: string;
  relevant: boolean;
  score: number;
  annotated: boolean;
  highlights: number;
  /** Sum of the content script's `nk-context:*` measures on the page, ms. */
  measuredMs: number;
  /** The extension's code on the main thread, from the trace's CPU samples, ms. */
  busyMs: number | null;
  stopped: boolean;
}

export interface TaskReport {
  bytes: number;
  /**
   * From a light trace (no sampling): the main thread's tasks from the content script's first
   * measure to the frame after its annotation ends, and the earlier tasks that ran its code — our
   * work and the rendering it causes (see windowTasks in trace-tasks.ts).
   */
  maxTaskMs: number;
  /** The longest task of each light-traced load; `maxTaskMs` is their median (lower one of two). */
  maxTaskSamplesMs: number[];
  tasks: number;
  tasksOver50: number;
  /** The window's length and the main thread's busy time in it. */
  windowMs: number;
  busyMs: number;
  /** The longest of those tasks and what they did (`atMs` from the window's start). */
  longest: { atMs: number; durMs: number; parts: { name: string; ms: number }[] }[];
  /**
   * The page's own longest task without the extension, in a window as long as `windowMs` from
   * its load event (median of light-traced plain loads): what the page's own rendering after
   * loading puts into our window. Not subtracted from anything; shown beside `maxTaskMs`.
   */
  pageOwnMaxTaskMs: number;
  pageOwnMaxTaskSamplesMs: number[];
  pageOwnLongest: { atMs: number; durMs: number; parts: { name: string; ms: number }[] } | null;
  /** From a second load under V8's CPU profiler (slower: shares, not durations). */
  profiled: {
    extensionBusyMs: number;
    sampleIntervalMs: number;
    hotFunctions: HotFunction[];
    /** The longest tasks that ran our code, with where their time went. */
    longestTasks: { durMs: number; extensionMs: number; hotFunctions: HotFunction[] }[];
  };
}

export interface PageBenchResult {
  sizes: PageSizeResult[];
  /** One per traced size. */
  tasks: TaskReport[];
  nonNk: NonNkResult[];
  scalingExponent: number;
  treeWalkerScalingExponent: number;
}

const LONGTASK_OBSERVER = `
  window.__nkBenchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__nkBenchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

interface InPageEntries {
  measures: { name: string; start: number; duration: number }[];
  highlights: number;
  longTasks: { start: number; duration: number }[];
}

async function readEntries(page: Page): Promise<InPageEntries> {
  return page.evaluate(() => {
    const w = window as unknown as { __nkBenchLongTasks?: { start: number; duration: number }[] };
    let highlights = 0;
    const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    if (registry) for (const [, h] of registry) highlights += h.size;
    return {
      measures: performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('nk-context:'))
        .map((e) => ({ name: e.name, start: e.startTime, duration: e.duration })),
      highlights,
      longTasks: w.__nkBenchLongTasks ?? [],
    };
  });
}

/** Two animation frames: whatever the last change scheduled has been rendered. */
async function afterRender(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  if (used === undefined) throw new Error('Performance.getMetrics gave no JSHeapUsedSize');
  return used / 1e6;
}

function longTaskSummary(tasks: { start: number; duration: number }[], from = 0) {
  const inWindow = tasks.filter((t) => t.start + t.duration >= from);
  return { count: inWindow.length, maxMs: inWindow.reduce((m, t) => Math.max(m, t.duration), 0) };
}

async function pageState(browser: ExtensionBrowser, page: Page, timeoutMs: number): Promise<PageState> {
  const tabId = await tabIdOf(browser.worker, page);
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const state = await sendToTab<PageState>(browser.worker, tabId, 'getPageState');
      if (state?.relevance) return state;
    } catch (error) {
      lastError = error; // the content script has not started listening yet
    }
    await page.waitForTimeout(50);
  }
  throw new Error(`no classification from the content script within ${timeoutMs} ms (${String(lastError)})`);
}

interface ExtensionLoad {
  fullMs: number;
  annotateMs: number;
  classifyMs: number;
  state: PageState;
  entries: InPageEntries;
  heapMb: number;
}

/** One load of a page about North Korea with the extension, until its annotation is done. */
async function loadWithExtension(
  browser: ExtensionBrowser,
  url: string,
  options: { timeoutMs: number; trace?: 'light' | 'profile'; heap?: boolean },
): Promise<ExtensionLoad & { trace?: Awaited<ReturnType<Awaited<ReturnType<typeof startTrace>>>> }> {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(LONGTASK_OBSERVER);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const stopTrace = options.trace ? await startTrace(cdp, { profile: options.trace === 'profile' }) : null;
    await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs });
    try {
      await page.waitForFunction(() => performance.getEntriesByName('nk-context:annotate').length > 0, null, {
        polling: 50,
        timeout: options.timeoutMs,
      });
    } catch {
      const state = await pageState(browser, page, 5_000).catch(() => null);
      throw new Error(
        `the extension did not record 'nk-context:annotate' on ${url} within ${options.timeoutMs} ms ` +
          `(its state: ${JSON.stringify(state && { relevance: state.relevance, active: state.active, why: state.why })})`,
      );
    }
    await afterRender(page);
    const trace = stopTrace ? await stopTrace() : undefined;
    const entries = await readEntries(page);
    const annotate = entries.measures.find((m) => m.name === 'nk-context:annotate')!;
    const classify = entries.measures.find((m) => m.name === 'nk-context:classify');
    if (!classify || classify.start > annotate.start) {
      throw new Error(`no 'nk-context:classify' measure before the annotation on ${url}`);
    }
    const state = await pageState(browser, page, options.timeoutMs);
    const heap = options.heap ? await heapMb(cdp) : 0;
    return {
      fullMs: annotate.start + annotate.duration - classify.start,
      annotateMs: annotate.duration,
      classifyMs: classify.duration,
      state,
      entries,
      heapMb: heap,
      trace,
    };
  } finally {
    await page.close();
  }
}

/**
 * In-page code is given to `page.evaluate` as source text: tsx compiles functions with a `__name`
 * helper that does not exist in the page.
 */
const TREE_WALKER_PASSES = `(() => {
  const pass = () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let nodes = 0;
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes++;
      chars += n.data.length;
    }
    return { nodes, chars };
  };
  // The same walk, also reading every character once (the matcher's floor, in the page).
  const passReadingChars = () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let sum = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.data;
      for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
    }
    return sum;
  };
  const times = [];
  const charTimes = [];
  let last = { nodes: 0, chars: 0 };
  for (let i = 0; i < 7; i++) {
    let t0 = performance.now();
    last = pass();
    times.push(performance.now() - t0);
    t0 = performance.now();
    passReadingChars();
    charTimes.push(performance.now() - t0);
  }
  return { times, charTimes, nodes: last.nodes, chars: last.chars, isolated: crossOriginIsolated };
})()`;

/** The floor: one pass over all text nodes, reading each node's text; cold first, then warm. */
async function treeWalkerPasses(page: Page) {
  return (await page.evaluate(TREE_WALKER_PASSES)) as {
    times: number[];
    charTimes: number[];
    nodes: number;
    chars: number;
    isolated: boolean;
  };
}

async function runMarkJs(page: Page, aliases: string[]) {
  await page.addScriptTag({ path: MARKJS });
  const call = `new Promise((resolve) => {
    const t0 = performance.now();
    new Mark(document.body).mark(${JSON.stringify(aliases)}, Object.assign(${JSON.stringify(MARKJS_OPTIONS)}, {
      done: (marks) => resolve({ ms: performance.now() - t0, marks }),
    }));
  })`;
  return (await page.evaluate(call)) as { ms: number; marks: number };
}

async function withPage<T>(
  context: BrowserContext,
  fn: (page: Page, cdp: CDPSession) => Promise<T>,
): Promise<T> {
  const page = await context.newPage();
  try {
    await page.addInitScript(LONGTASK_OBSERVER);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    return await fn(page, cdp);
  } finally {
    await page.close();
  }
}

const LOAD_MARK = 'bench:load';

/** One light-traced load without the extension: the page's own longest task from the load event for `spanMs`. */
async function pageOwnLoad(context: BrowserContext, url: string, spanMs: number, timeoutMs: number) {
  return withPage(context, async (page, cdp) => {
    await page.addInitScript(
      `addEventListener('load', () => performance.mark(${JSON.stringify(LOAD_MARK)}))`,
    );
    const stopTrace = await startTrace(cdp, { profile: false });
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    // The window is a span of time: wait until it has passed, then for the frame after it.
    await page.waitForFunction(
      `(() => {
        const mark = performance.getEntriesByName(${JSON.stringify(LOAD_MARK)})[0];
        return mark !== undefined && performance.now() > mark.startTime + ${spanMs};
      })()`,
      null,
      { polling: 50, timeout: timeoutMs },
    );
    await afterRender(page);
    const own = pageOwnTasks(await stopTrace(), LOAD_MARK, spanMs * 1000);
    if (!own) throw new Error(`the trace of ${url} without the extension has no '${LOAD_MARK}' mark`);
    return own;
  });
}

/** Two traced loads: one for task durations, one under the CPU profiler for where the time goes. */
async function tracedRun(
  browser: ExtensionBrowser,
  plain: BrowserContext,
  url: string,
  bytes: number,
  options: { timeoutMs: number; lightRuns: number },
) {
  const { timeoutMs } = options;
  const origin = `chrome-extension://${browser.extensionId}`;
  const windows: WindowTasks[] = [];
  for (let run = 0; run < options.lightRuns; run++) {
    const light = await loadWithExtension(browser, url, { timeoutMs, trace: 'light' });
    const found = windowTasks(light.trace!, origin, { measurePrefix: 'nk-context:', settleUs: SETTLE_US });
    if (!found || found.tasksMs.length === 0) {
      throw new Error(`the trace of the ${bytes}-byte page has no task in the extension's window`);
    }
    windows.push(found);
  }
  // The run whose longest task is the median one stands for them all.
  const byMax = [...windows].sort((a, b) => a.maxTaskMs - b.maxTaskMs);
  const window = byMax[(byMax.length - 1) >> 1]!;
  const windowMs = (window.annotateEndUs + SETTLE_US - window.startUs) / 1000;
  const own: Awaited<ReturnType<typeof pageOwnLoad>>[] = [];
  for (let run = 0; run < options.lightRuns; run++)
    own.push(await pageOwnLoad(plain, url, windowMs, timeoutMs));
  const ownByMax = [...own].sort((a, b) => a.maxTaskMs - b.maxTaskMs);
  const ownMedian = ownByMax[(ownByMax.length - 1) >> 1]!;
  const profiledLoad = await loadWithExtension(browser, url, { timeoutMs, trace: 'profile' });
  const summary = summariseTrace(profiledLoad.trace!, origin);
  if (!summary || summary.extensionTasks.length === 0) {
    throw new Error(`the profiled trace of the ${bytes}-byte page shows no task of the extension`);
  }
  return {
    bytes,
    maxTaskMs: window.maxTaskMs,
    maxTaskSamplesMs: windows.map((w) => w.maxTaskMs),
    tasks: window.tasksMs.length,
    tasksOver50: window.tasksMs.filter((d) => d > 50).length,
    windowMs,
    busyMs: window.busyMs,
    longest: window.longest,
    pageOwnMaxTaskMs: ownMedian.maxTaskMs,
    pageOwnMaxTaskSamplesMs: own.map((o) => o.maxTaskMs),
    pageOwnLongest: ownMedian.longest,
    profiled: {
      extensionBusyMs: summary.extensionBusyMs,
      sampleIntervalMs: summary.sampleIntervalMs,
      hotFunctions: summary.hotFunctions,
      longestTasks: [...summary.extensionTasks]
        .sort((a, b) => b.durMs - a.durMs)
        .slice(0, 3)
        .map((t) => ({ durMs: t.durMs, extensionMs: t.extensionMs, hotFunctions: t.hotFunctions })),
    },
  } satisfies TaskReport;
}

async function nonNkRun(browser: ExtensionBrowser, server: PageServer, file: string, timeoutMs: number) {
  const page = await browser.context.newPage();
  try {
    await onlyFrom(page, server.origin);
    const cdp = await browser.context.newCDPSession(page);
    const stopTrace = await startTrace(cdp, { profile: true });
    await page.goto(server.url(`/${file}`), { waitUntil: 'load', timeout: timeoutMs });
    const state = await pageState(browser, page, timeoutMs);
    await afterRender(page);
    const events = await stopTrace();
    const entries = await readEntries(page);
    const summary = summariseTrace(events, `chrome-extension://${browser.extensionId}`);
    const annotated = entries.measures.some((m) => m.name === 'nk-context:annotate');
    const relevant = state.relevance!.relevant;
    return {
      file,
      relevant,
      score: state.relevance!.score,
      annotated,
      highlights: entries.highlights,
      measuredMs: entries.measures.reduce((s, m) => s + m.duration, 0),
      busyMs: summary?.extensionBusyMs ?? null,
      stopped: !relevant && !annotated && entries.highlights === 0 && state.terms.length === 0,
    } satisfies NonNkResult;
  } finally {
    await page.close();
  }
}

export async function runPageBench(
  corpus: Corpus,
  aliases: string[],
  options: PageBenchOptions,
  log: (line: string) => void,
): Promise<PageBenchResult> {
  const pages = options.sizes.map((bytes) => ({ bytes, page: buildArticlePage(bytes, corpus) }));
  const routes: Record<string, string> = {};
  const headers: Record<string, Record<string, string>> = {};
  for (const { bytes, page } of pages) {
    routes[`/bench-${bytes}.html`] = page.html;
    headers[`/bench-${bytes}.html`] = ISOLATION;
  }
  const server = await servePages({ roots: [`${CORPUS_DIR}/readability`], routes, headers });
  let extension: ExtensionBrowser | undefined;
  let plain: Browser | undefined;
  try {
    extension = await launchWithExtension();
    plain = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
      ],
    });
    const plainContext = await plain.newContext({ viewport: { width: 1280, height: 800 } });

    const sizes: PageSizeResult[] = [];
    for (const { bytes } of pages) {
      const url = server.url(`/bench-${bytes}.html`);
      log(`page ${bytes} bytes: with the extension`);
      const loads: ExtensionLoad[] = [];
      for (let run = 0; run < options.extensionRuns; run++) {
        loads.push(
          await loadWithExtension(extension, url, { timeoutMs: options.timeoutMs, heap: run === 0 }),
        );
      }
      const first = loads[0]!;

      log(`page ${bytes} bytes: TreeWalker and heap without the extension`);
      const plainRun = await withPage(plainContext, async (page, cdp) => {
        await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs });
        await afterRender(page);
        const heap = await heapMb(cdp);
        const walk = await treeWalkerPasses(page);
        const entries = await readEntries(page);
        return { heap, walk, entries };
      });
      if (!plainRun.walk.isolated)
        log('warning: the page is not cross-origin isolated; timer resolution is 100 µs');

      let markJs: { ms: number; marks: number } | null = null;
      if (bytes <= options.markJsMaxBytes) {
        log(`page ${bytes} bytes: mark.js`);
        markJs = await withPage(plainContext, async (page) => {
          await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs });
          return runMarkJs(page, aliases);
        });
      }

      const fullSamples = loads.map((l) => l.fullMs);
      const from = first.entries.measures.reduce((m, e) => Math.min(m, e.start), Infinity);
      sizes.push({
        bytes,
        textNodes: plainRun.walk.nodes,
        textChars: plainRun.walk.chars,
        fullMs: median(fullSamples),
        fullSamplesMs: fullSamples,
        annotateMs: median(loads.map((l) => l.annotateMs)),
        classifyMs: median(loads.map((l) => l.classifyMs)),
        termOccurrences: first.state.terms.reduce((s, t) => s + t.count, 0),
        distinctTerms: first.state.terms.length,
        treeWalkerMs: median(plainRun.walk.times.slice(1)),
        treeWalkerColdMs: plainRun.walk.times[0]!,
        treeWalkerCharsMs: median(plainRun.walk.charTimes.slice(1)),
        markJsMs: markJs?.ms ?? null,
        markJsMarks: markJs?.marks ?? null,
        heapWithExtensionMb: first.heapMb,
        heapWithoutMb: plainRun.heap,
        heapGrowthMb: first.heapMb - plainRun.heap,
        longTasksWithExtension: longTaskSummary(first.entries.longTasks, from),
        longTasksWithout: longTaskSummary(plainRun.entries.longTasks),
      });
      if (sizes.at(-1)!.termOccurrences === 0) {
        throw new Error(`the extension found no terms on the ${bytes}-byte page: nothing was measured`);
      }
    }

    const tasks: TaskReport[] = [];
    for (const bytes of options.tracedSizes) {
      log(`page ${bytes} bytes: traced run for tasks and profile`);
      tasks.push(
        await tracedRun(extension, plainContext, server.url(`/bench-${bytes}.html`), bytes, {
          timeoutMs: options.timeoutMs,
          lightRuns: options.lightTraceRuns,
        }),
      );
    }

    const nonNk: NonNkResult[] = [];
    for (const file of options.nonNkPages) {
      log(`not about North Korea: ${file}`);
      nonNk.push(await nonNkRun(extension, server, file, options.timeoutMs));
    }

    return {
      sizes,
      tasks,
      nonNk,
      scalingExponent: scalingExponent(sizes.map((s) => ({ size: s.bytes, ms: s.fullMs }))),
      treeWalkerScalingExponent: scalingExponent(sizes.map((s) => ({ size: s.bytes, ms: s.treeWalkerMs }))),
    };
  } finally {
    await extension?.close();
    await plain?.close();
    await server.close();
  }
}

/** Ratios at one page size, for the report. */
export function pageRatios(size: PageSizeResult) {
  return {
    ratioVsTreeWalker: ratio(size.fullMs, size.treeWalkerMs),
    speedupVsMarkJs: size.markJsMs === null ? null : ratio(size.markJsMs, size.fullMs),
  };
}
