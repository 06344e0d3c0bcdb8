// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLiveScan, type LiveScan, type LiveScanOptions } from '../../engine/live-scan.ts';
import { buildMatcher } from '../../engine/matcher.ts';
import { scan, type ScanResult } from '../../engine/scanner.ts';
import { randomText, seededRandom } from './engine-random.ts';

const matcher = buildMatcher([
  { alias: 'Kim Jong Un', termId: 'kju' },
  { alias: 'cadre', termId: 'cadre' },
  { alias: 'songbun', termId: 'songbun' },
  { alias: 'jangmadang', termId: 'jangmadang' },
  { alias: 'WPK', termId: 'wpk', caseSensitive: true },
]);

/** A scheduler the test runs by hand, so that batches happen exactly when the test says. */
function manualScheduler() {
  let tasks: (() => void)[] = [];
  return {
    schedule(callback: () => void): () => void {
      tasks.push(callback);
      return () => {
        tasks = tasks.filter((task) => task !== callback);
      };
    },
    get pending() {
      return tasks.length;
    },
    runAll() {
      const due = tasks;
      tasks = [];
      for (const task of due) task();
    },
  };
}

/**
 * Resolves once mutation observers have been notified of every change made so far: an observer
 * created after the live scan's own is notified after it, in the same delivery.
 */
function mutationsDelivered(): Promise<void> {
  return new Promise((resolve) => {
    const probe = new MutationObserver(() => {
      probe.disconnect();
      resolve();
    });
    probe.observe(document.body, { attributes: true, attributeFilter: ['data-probe'] });
    document.body.toggleAttribute('data-probe');
  });
}

let scheduler: ReturnType<typeof manualScheduler>;
let results: ScanResult[];
let live: LiveScan | null;

function start(options: LiveScanOptions = {}): LiveScan {
  live = startLiveScan(document.body, matcher, (result) => results.push(result), {
    schedule: scheduler.schedule,
    yieldToPage: async () => {},
    ...options,
  });
  return live;
}

/** Lets pending mutations be seen, then runs batches until nothing is left to do. */
async function settle(scan: LiveScan): Promise<void> {
  await mutationsDelivered();
  while (scheduler.pending > 0) {
    scheduler.runAll();
    await scan.whenIdle();
  }
  await scan.whenIdle();
}

function summary(result: ScanResult): string[] {
  return result.matches.map((m) => `${m.text}→${m.termId}`);
}

beforeEach(() => {
  document.body.innerHTML = '<p id="a">Kim Jong Un met a cadre.</p><div id="feed"><p>songbun</p></div>';
  scheduler = manualScheduler();
  results = [];
  live = null;
});

afterEach(() => live?.stop());

describe('live scan', () => {
  it('scans the page when it starts', async () => {
    const scan = start();
    await scan.whenIdle();
    expect(summary(scan.current)).toEqual(['Kim Jong Un→kju', 'cadre→cadre', 'songbun→songbun']);
    expect(results.at(-1)).toBe(scan.current);
    expect(Object.fromEntries(scan.current.counts)).toEqual({ kju: 1, cadre: 1, songbun: 1 });
  });

  it('scans content added later, and only the blocks that changed', async () => {
    const scan = start();
    await scan.whenIdle();
    const before = scan.current.matches;
    const feed = document.getElementById('feed')!;
    for (let k = 0; k < 3; k++) {
      const article = document.createElement('article');
      article.innerHTML = `<h2>Item ${k}</h2><p>A <em>jangmadang</em> and the WPK</p>`;
      feed.append(article);
    }
    await settle(scan);
    expect(summary(scan.current)).toEqual([
      'Kim Jong Un→kju',
      'cadre→cadre',
      'songbun→songbun',
      ...['jangmadang→jangmadang', 'WPK→wpk', 'jangmadang→jangmadang', 'WPK→wpk'],
      ...['jangmadang→jangmadang', 'WPK→wpk'],
    ]);
    // Untouched blocks keep their match objects: they were not scanned again.
    expect(scan.current.matches.slice(0, 3)).toEqual(before);
    for (let k = 0; k < 3; k++) expect(scan.current.matches[k]).toBe(before[k]);
  });

  it('follows text edits and inline insertions', async () => {
    const scan = start();
    await scan.whenIdle();
    const songbun = document.querySelector('#feed p')!.firstChild as Text;
    songbun.data = 'no term here';
    const p = document.getElementById('a')!;
    p.textContent = 'Kim ';
    const bold = document.createElement('b');
    bold.textContent = 'Jong Un';
    p.append(bold);
    await settle(scan);
    expect(summary(scan.current)).toEqual(['Kim Jong Un→kju']);
    expect(scan.current.matches[0]!.range.endContainer).toBe(bold.firstChild);
  });

  it('forgets removed content', async () => {
    const scan = start();
    await scan.whenIdle();
    document.getElementById('a')!.remove();
    await settle(scan);
    expect(summary(scan.current)).toEqual(['songbun→songbun']);
    for (const match of scan.current.matches) expect(match.range.startContainer.isConnected).toBe(true);
  });

  it('drops and restores text hidden and shown with the hidden attribute', async () => {
    const scan = start();
    await scan.whenIdle();
    const feed = document.getElementById('feed')!;
    feed.hidden = true;
    await settle(scan);
    expect(summary(scan.current)).toEqual(['Kim Jong Un→kju', 'cadre→cadre']);
    feed.hidden = false;
    await settle(scan);
    expect(summary(scan.current)).toEqual(['Kim Jong Un→kju', 'cadre→cadre', 'songbun→songbun']);
  });

  it('ignores changes inside our own UI, and the insertion of our host element', async () => {
    const scan = start();
    await scan.whenIdle();
    const calls = results.length;
    const host = document.createElement('nk-context-root');
    host.setAttribute('data-nk-context', '');
    host.innerHTML = '<div>cadre</div>';
    document.body.append(host);
    await mutationsDelivered();
    host.firstElementChild!.textContent = 'songbun cadre';
    host.setAttribute('hidden', '');
    host.remove();
    await mutationsDelivered();
    expect(scheduler.pending).toBe(0);
    expect(results).toHaveLength(calls);
  });

  it('rescans everything after in-page navigation', async () => {
    const urls: string[] = [];
    const scan = start({ onUrlChange: (url) => urls.push(url) });
    await scan.whenIdle();
    const before = scan.current.matches[0];
    history.pushState({}, '', '/another-article');
    document.getElementById('feed')!.append(document.createElement('hr'));
    await settle(scan);
    expect(urls).toEqual([location.href]);
    expect(summary(scan.current)).toEqual(['Kim Jong Un→kju', 'cadre→cadre', 'songbun→songbun']);
    expect(scan.current.matches[0]).not.toBe(before);
  });

  it('rescans everything when asked', async () => {
    const scan = start();
    await scan.whenIdle();
    const calls = results.length;
    scan.rescanAll();
    await scan.whenIdle();
    expect(results.length).toBeGreaterThan(calls);
    expect(summary(scan.current)).toEqual(['Kim Jong Un→kju', 'cadre→cadre', 'songbun→songbun']);
  });

  it('reports viewport blocks first', async () => {
    const scan = start({ isInViewport: (element) => element.closest('#feed') !== null });
    await scan.whenIdle();
    expect(summary(results[0]!)).toEqual(['songbun→songbun']);
    expect(summary(scan.current)).toEqual(['Kim Jong Un→kju', 'cadre→cadre', 'songbun→songbun']);
  });

  it('lets the page render the viewport marks before reading on, and only then', async () => {
    const events: string[] = [];
    const scan = start({
      isInViewport: (element) => element.closest('#feed') !== null,
      yieldForPaint: async () => {
        events.push(`frame after ${results.length} result(s)`);
      },
    });
    await scan.whenIdle();
    expect(events).toEqual(['frame after 1 result(s)']);
    expect(summary(results[0]!)).toEqual(['songbun→songbun']);
    // A batch of changes shows its marks once, at its end: no frame to wait for in between.
    document.getElementById('a')!.append(' The songbun system.');
    await settle(scan);
    expect(events).toHaveLength(1);
    expect(summary(scan.current)).toContain('songbun→songbun');
  });

  it('stops observing and calling back', async () => {
    const scan = start();
    await scan.whenIdle();
    scan.stop();
    const calls = results.length;
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'cadre' }));
    await mutationsDelivered();
    expect(scheduler.pending).toBe(0);
    await scan.whenIdle();
    expect(results).toHaveLength(calls);
  });

  it('never changes the page', async () => {
    const before = document.body.innerHTML;
    const scan = start();
    await scan.whenIdle();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('fuzz: random changes', { timeout: 60_000 }, () => {
  const words = [
    'Kim Jong Un',
    'Kim Jong',
    ' Un',
    'cadre',
    'cad',
    're',
    'songbun',
    'WPK',
    'jangmadang',
    ' ',
    ' ',
    'x',
  ];
  const TAGS = ['p', 'div', 'em', 'span', 'b', 'li', 'code', 'br'];

  function randomElement(random: () => number): Element {
    const all = [document.body, ...document.body.querySelectorAll('*')];
    return all[Math.floor(random() * all.length)]!;
  }

  function change(random: () => number): void {
    const roll = random();
    const target = randomElement(random);
    if (roll < 0.45) {
      const el = document.createElement(TAGS[Math.floor(random() * TAGS.length)]!);
      if (el.localName !== 'br') el.textContent = randomText(random, 6, words);
      target.append(el);
    } else if (roll < 0.6) {
      target.append(document.createTextNode(randomText(random, 4, words)));
    } else if (roll < 0.65) {
      if (target !== document.body) target.remove();
    } else if (roll < 0.73) {
      // Move an element elsewhere (sorted lists, carousels): it keeps its text, changes its place.
      const destination = randomElement(random);
      if (target !== document.body && !target.contains(destination)) destination.prepend(target);
    } else if (roll < 0.9) {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const node = nodes[Math.floor(random() * nodes.length)];
      if (node) node.data = randomText(random, 4, words);
    } else if (target !== document.body) {
      target.toggleAttribute('hidden');
    }
  }

  const describeMatches = (result: ScanResult) =>
    result.matches.map((m) => [m.termId, m.text, m.range.startContainer, m.range.startOffset]);

  it.each([11, 12, 13, 14])('always agrees with a fresh scan of the page (seed %i)', async (seed) => {
    const random = seededRandom(seed);
    const scan = start();
    await scan.whenIdle();
    let total = 0;
    for (let round = 0; round < 150; round++) {
      const changes = 1 + Math.floor(random() * 4);
      for (let k = 0; k < changes; k++) change(random);
      await settle(scan);
      expect(describeMatches(scan.current)).toEqual(describeMatches(scanPage()));
      total += scan.current.matches.length;
    }
    expect(total).toBeGreaterThan(50);
  });

  function scanPage(): ScanResult {
    return scan(document.body, matcher);
  }
});
