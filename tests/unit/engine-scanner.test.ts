// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { buildMatcher, type MatcherEntry } from '../../engine/matcher.ts';
import { normalizeAlias } from '../../engine/normalize.ts';
import { scan, scanInSlices } from '../../engine/scanner.ts';
import { blockOf, isInline, isSkipped, SKIPPED_SELECTOR, textBlocks } from '../../engine/text-blocks.ts';
import { randomText, seededRandom } from './engine-random.ts';

const ENTRIES: MatcherEntry[] = [
  { alias: "Workers' Party of Korea", termId: 'wpk' },
  { alias: 'WPK', termId: 'wpk', caseSensitive: true },
  { alias: 'Kim Jong Un', termId: 'kju' },
  { alias: 'Kim Jong-un', termId: 'kju' },
  { alias: 'jangmadang', termId: 'jangmadang' },
  { alias: '장마당', termId: 'jangmadang' },
  { alias: 'cadre', termId: 'cadre' },
  { alias: 'songbun', termId: 'songbun' },
];
const matcher = buildMatcher(ENTRIES);

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

function texts(root: Node = document.body): string[] {
  return scan(root, matcher).matches.map((m) => `${m.text}→${m.termId}`);
}

beforeEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

describe('what is read', () => {
  it('finds terms in ordinary text, in document order, with counts', () => {
    page(
      '<h1>Kim Jong Un and the WPK</h1><p>The <a href="#">jangmadang</a> and cadres.</p><p>More cadres.</p>',
    );
    const result = scan(document.body, matcher);
    expect(result.matches.map((m) => m.text)).toEqual([
      'Kim Jong Un',
      'WPK',
      'jangmadang',
      'cadres',
      'cadres',
    ]);
    expect(Object.fromEntries(result.counts)).toEqual({ kju: 1, wpk: 1, jangmadang: 1, cadre: 2 });
  });

  it.each([
    ['script', '<script>var cadre = 1;</script>'],
    ['style', '<style>.cadre { color: red }</style>'],
    ['noscript', '<noscript>cadre</noscript>'],
    ['template', '<template><p>cadre</p></template>'],
    ['textarea', '<textarea>cadre</textarea>'],
    ['input', '<input value="cadre">'],
    ['select', '<select><option>cadre</option></select>'],
    ['code', '<p>run <code>cadre --help</code></p>'],
    ['pre', '<pre>cadre</pre>'],
    ['contenteditable', '<div contenteditable="true"><p>cadre</p></div>'],
    ['contenteditable (empty value)', '<div contenteditable><p>cadre</p></div>'],
    [
      'a non-editable island inside an editor',
      '<div contenteditable><p contenteditable="false">cadre</p></div>',
    ],
    ['aria-hidden', '<div aria-hidden="true"><p>cadre</p></div>'],
    ['hidden', '<div hidden><p>cadre</p></div>'],
    ['display: none', '<div style="display: none"><p><span>cadre</span></p></div>'],
    ['visibility: hidden', '<p style="visibility: hidden">cadre</p>'],
    ['our own UI', '<nk-context-root data-nk-context><p>cadre</p></nk-context-root>'],
    ['any element marked as ours', '<div data-nk-context="popover"><span>cadre</span></div>'],
  ])('skips %s', (_name, html) => {
    page(`<p>songbun</p>${html}`);
    expect(texts()).toEqual(['songbun→songbun']);
  });

  it('reads text that is only styled, or ARIA-hidden false, or not editable', () => {
    page(
      '<p aria-hidden="false">cadre</p><p contenteditable="false">cadre</p><p style="color: red">cadre</p>' +
        '<details open><summary>cadre</summary></details>',
    );
    expect(texts()).toHaveLength(4);
  });

  it('skips exactly the elements its selector names', () => {
    page(
      '<p hidden></p><p aria-hidden="true"></p><p aria-hidden="false"></p><div contenteditable></div>' +
        '<div contenteditable="true"></div><div contenteditable="false"></div><div contenteditable="plaintext-only"></div>' +
        '<span data-nk-context></span><nk-context-root data-nk-context></nk-context-root><code></code><pre></pre>' +
        '<textarea></textarea><input><select></select><svg></svg><iframe></iframe><video></video>' +
        '<p class="x" id="y" title="t"></p><em></em><section></section><noscript></noscript><template></template>',
    );
    const elements = [...document.body.querySelectorAll('*')];
    expect(elements.length).toBeGreaterThan(20);
    for (const element of elements) {
      expect(isSkipped(element), element.outerHTML).toBe(element.matches(SKIPPED_SELECTOR));
    }
  });

  it('does not scan a root inside a skipped element', () => {
    page('<div data-nk-context><p id="inner">cadre</p></div>');
    expect(texts(document.getElementById('inner')!)).toEqual([]);
  });
});

describe('inline formatting and blocks', () => {
  it('joins text across inline formatting and maps the match back to a range', () => {
    page('<p>The Workers’ <em>Party</em> of <a href="#"><b>Ko</b>rea</a> met.</p>');
    const [match] = scan(document.body, matcher).matches;
    expect(match!.termId).toBe('wpk');
    expect(match!.text).toBe('Workers’ Party of Korea');
    expect(match!.range.toString()).toBe('Workers’ Party of Korea');
    const p = document.querySelector('p')!;
    expect(match!.range.startContainer).toBe(p.firstChild);
    expect(match!.range.startOffset).toBe(4);
    expect(match!.range.endContainer).toBe(document.querySelector('a')!.lastChild);
    expect(match!.range.endOffset).toBe(3);
  });

  it('joins across spans, marks, abbreviations, sub/sup and word breaks', () => {
    page(
      '<p><span>Kim</span> <mark>Jong</mark>-<abbr>un</abbr></p><p>jang<wbr>ma<sup>d</sup>ang</p>' +
        '<p><font>song</font><small>bun</small></p>',
    );
    expect(texts()).toEqual(['Kim Jong-un→kju', 'jangmadang→jangmadang', 'songbun→songbun']);
  });

  it('does not join across blocks, line breaks or skipped elements', () => {
    page(
      '<div>Kim Jong<div>Un</div></div><p>Kim</p><p>Jong Un</p><p>Kim Jong<br>Un</p>' +
        '<p>song<code>x</code>bun</p><ul><li>jang</li><li>madang</li></ul><p>jang<img alt="">madang</p>',
    );
    expect(texts()).toEqual([]);
  });

  it('ends a block where a nested block ends', () => {
    page('<div><p>cadre</p>songbun</div>');
    const blocks = [...textBlocks(document.body)].filter((b) => b !== null);
    expect(blocks.map((b) => [b.element.localName, b.text])).toEqual([
      ['p', 'cadre'],
      ['div', 'songbun'],
    ]);
  });

  it('finds Hangul terms with particles', () => {
    page('<p>북한의 <strong>장마당</strong>에서 팔린다</p>');
    expect(texts()).toEqual(['장마당→jangmadang']);
  });

  it('can read only the text of the root itself', () => {
    page('<div id="root">cadre <em>songbun</em><p>jangmadang</p></div>');
    const root = document.getElementById('root')!;
    expect(scan(root, matcher, { shallow: true }).matches.map((m) => m.text)).toEqual(['cadre', 'songbun']);
  });
});

describe('time slices', () => {
  function article(paragraphs: number): void {
    const body = Array.from({ length: paragraphs }, (_, k) => `<p id="p${k}">cadre ${k} and songbun</p>`);
    page(body.join(''));
  }

  it('yields whenever the budget is spent, and finds the same as a scan in one go', async () => {
    article(40);
    // Every reading of the clock advances it by 1 ms: a slice has room for a handful of steps.
    let clock = 0;
    let yields = 0;
    const result = await scanInSlices(document.body, matcher, {
      budgetMs: 5,
      now: () => clock++,
      yieldToPage: async () => {
        yields++;
      },
    });
    expect(yields).toBeGreaterThanOrEqual(40 / 5 - 1);
    const once = scan(document.body, matcher);
    expect(result.matches.map((m) => m.text)).toEqual(once.matches.map((m) => m.text));
    expect(result.counts).toEqual(once.counts);
  });

  it('matches viewport blocks first and reports them early, then everything in document order', async () => {
    article(10);
    const visible = new Set(['p6', 'p7']);
    const early: string[][] = [];
    const result = await scanInSlices(document.body, matcher, {
      budgetMs: 1000,
      isInViewport: (element) => visible.has(element.id),
      onViewportScanned: (partial) =>
        early.push(partial.matches.map((m) => (m.range.startContainer.parentNode as Element).id)),
    });
    expect(early).toEqual([['p6', 'p6', 'p7', 'p7']]);
    const ids = result.matches.map((m) => (m.range.startContainer.parentNode as Element).id);
    expect(ids).toEqual(Array.from({ length: 10 }, (_, k) => [`p${k}`, `p${k}`]).flat());
  });

  it('stops measuring blocks once the viewport is behind it', async () => {
    article(200);
    const asked: string[] = [];
    const result = await scanInSlices(document.body, matcher, {
      isInViewport: (element) => {
        asked.push(element.id);
        return element.id === 'p3' || element.id === 'p4';
      },
    });
    expect(asked).toEqual(Array.from({ length: 5 + 50 }, (_, k) => `p${k}`));
    expect(result.matches).toHaveLength(400);
  });

  it('reports the viewport as soon as it is behind the walk, not at the end of the page', async () => {
    article(200);
    const early: string[][] = [];
    const result = await scanInSlices(document.body, matcher, {
      isInViewport: (element) => element.id === 'p3' || element.id === 'p4',
      onViewportScanned: (partial) =>
        early.push(partial.matches.map((m) => (m.range.startContainer.parentNode as Element).id)),
    });
    expect(early).toEqual([['p3', 'p3', 'p4', 'p4']]);
    const ids = result.matches.map((m) => (m.range.startContainer.parentNode as Element).id);
    expect(ids).toEqual(Array.from({ length: 200 }, (_, k) => [`p${k}`, `p${k}`]).flat());
  });

  it('stops when aborted', async () => {
    article(40);
    const controller = new AbortController();
    let clock = 0;
    const run = scanInSlices(document.body, matcher, {
      budgetMs: 2,
      now: () => clock++,
      signal: controller.signal,
      yieldToPage: async () => controller.abort(new Error('page left')),
    });
    await expect(run).rejects.toThrow('page left');
  });
});

describe('fuzz: random DOM trees', { timeout: 60_000 }, () => {
  const words = [
    "Workers' Party",
    ' of Korea',
    'Kim Jong',
    ' Un',
    '-un',
    'cadre',
    's',
    'jang',
    'madang',
    '장마당',
    'WPK',
  ];
  const INLINE = ['em', 'b', 'span', 'a', 'i', 'mark', 'sup'];
  const BLOCK = ['p', 'div', 'li', 'section', 'h2', 'blockquote'];
  const SKIPPED = ['code', 'script', 'pre', 'textarea'];

  function randomTree(random: () => number, parent: Element, depth: number): void {
    const children = 1 + Math.floor(random() * 4);
    for (let k = 0; k < children; k++) {
      const roll = random();
      if (depth === 0 || roll < 0.45) {
        parent.appendChild(document.createTextNode(randomText(random, 6, words)));
      } else if (roll < 0.7) {
        const el = document.createElement(INLINE[Math.floor(random() * INLINE.length)]!);
        parent.appendChild(el);
        randomTree(random, el, depth - 1);
      } else if (roll < 0.88) {
        const el = document.createElement(BLOCK[Math.floor(random() * BLOCK.length)]!);
        parent.appendChild(el);
        randomTree(random, el, depth - 1);
      } else if (roll < 0.91) {
        parent.appendChild(document.createElement('br'));
      } else if (roll < 0.93) {
        const empty = [
          document.createElement('wbr'),
          document.createElement('span'),
          document.createComment('c'),
        ];
        parent.appendChild(empty[Math.floor(random() * empty.length)]!);
      } else {
        const el = document.createElement(SKIPPED[Math.floor(random() * SKIPPED.length)]!);
        if (random() < 0.3) el.setAttribute('aria-hidden', 'true');
        el.textContent = randomText(random, 6, words);
        parent.appendChild(el);
      }
    }
  }

  /** Text blocks by the definition, recursively: a reference for the scanner's faster walk. */
  function referenceBlocks(root: Element, shallow = false): [Element, string[]][] {
    const blocks: [Element, string[]][] = [];
    let current: [Element, string[]] | null = null;
    const flush = () => {
      if (current && /\S/.test(current[1].join(''))) blocks.push(current);
      current = null;
    };
    const visit = (node: Node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          const block = blockOf(child.parentElement!);
          if (current && current[0] !== block) flush();
          current ??= [block, []];
          current[1].push((child as Text).data);
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          const element = child as Element;
          if (isSkipped(element) || (shallow && !isInline(element))) {
            flush();
            continue;
          }
          if (!isInline(element)) flush();
          visit(element);
          if (!isInline(element)) flush();
        }
      }
    };
    visit(root);
    flush();
    return blocks;
  }

  it('finds the same text blocks as the definition', () => {
    const random = seededRandom(8);
    for (let n = 0; n < 200; n++) {
      document.body.innerHTML = '';
      randomTree(random, document.body, 5);
      for (const shallow of [false, true]) {
        const blocks = [...textBlocks(document.body, { shallow })].filter((b) => b !== null);
        const found = blocks.map((b) => [b.element, b.nodes.map((node) => node.data)]);
        expect(found).toEqual(referenceBlocks(document.body, shallow));
        for (const block of blocks) expect(block.text).toBe(block.nodes.map((node) => node.data).join(''));
      }
    }
  });

  it('every match is real text of the page that normalises to its alias, and the DOM is unchanged', () => {
    const random = seededRandom(5);
    let total = 0;
    for (let n = 0; n < 150; n++) {
      document.body.innerHTML = '';
      randomTree(random, document.body, 4);
      const before = document.body.innerHTML;
      const { matches, counts } = scan(document.body, matcher);
      expect(document.body.innerHTML).toBe(before);
      total += matches.length;
      for (const match of matches) {
        expect(match.range.toString()).toBe(match.text);
        const key = normalizeAlias(match.alias);
        expect([key, `${key}s`]).toContain(normalizeAlias(match.text));
        for (const node of [match.range.startContainer, match.range.endContainer]) {
          expect(node.parentElement!.closest(SKIPPED_SELECTOR)).toBeNull();
        }
      }
      expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(matches.length);
    }
    expect(total).toBeGreaterThan(50);
  });
});
