/**
 * How well the relevance classifier works, measured on text nobody tuned it on by hand:
 *   - the 696 distinct KCNA articles of ../shared/corpus/kcna.jsonl (946 lines; positives: North
 *     Korean state media);
 *   - the 60 saved pages of ../shared/corpus/readability (negatives);
 *   - the glossary's source article (positive);
 *   - the labelled texts of tests/fixtures/classifier (dev and held-out splits, reported apart);
 *   - the saved pages of tests/fixtures/classifier-pages (news layouts in div soup, link lists of
 *     North Korea headlines beside stories about something else).
 * Each set is read the ways the extension and `npm run scan` meet pages: as a saved page (address,
 * title, HTML) and as bare text. Prints precision, recall and every misclassified item, then the
 * classifier's cost on a 5 MB page.
 *
 *   npm run -s eval:classifier            readable report
 *   npm run -s eval:classifier -- --json  one JSON object
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { classifyPage } from '../engine/classifier.ts';
import {
  extractPageSignals,
  MAX_BODY_CHARS,
  pageSignalsFromText,
  type PageSignals,
} from '../engine/page-signals.ts';
import { STATE_MEDIA_DATELINE } from '../engine/relevance-lexicon.ts';
import { CORPUS_DIR } from './shared-dir.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'tests/fixtures/classifier');
export const PAGE_FIXTURES = join(ROOT, 'tests/fixtures/classifier-pages');

export interface LabelledItem {
  /** File name, or `kcna:<line>`. */
  id: string;
  relevant: boolean;
  signals: PageSignals;
}

/**
 * `dev` and `heldout` were split before any tuning; `heldout-2` to `heldout-4` were written later,
 * each scored once before the changes it prompted (see the manifest's comment).
 */
export const SPLITS = ['dev', 'heldout', 'heldout-2', 'heldout-3', 'heldout-4'] as const;
export type Split = (typeof SPLITS)[number];

export interface FixtureCase {
  file: string;
  relevant: boolean;
  lang: 'en' | 'ko';
  kind: string;
  split: Split;
}

export function fixtureCases(): FixtureCase[] {
  const manifest = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8')) as {
    cases: FixtureCase[];
  };
  return manifest.cases;
}

export function fixtureItems(split?: Split): LabelledItem[] {
  return fixtureCases()
    .filter((c) => split === undefined || c.split === split)
    .map((c) => ({
      id: c.file,
      relevant: c.relevant,
      signals: pageSignalsFromText(readFileSync(join(FIXTURES, c.file), 'utf8')),
    }));
}

export interface SavedPageCase {
  file: string;
  relevant: boolean;
  lang: 'en' | 'ko';
  kind: string;
}

export function savedPageCases(): SavedPageCase[] {
  const manifest = JSON.parse(readFileSync(join(PAGE_FIXTURES, 'manifest.json'), 'utf8')) as {
    cases: SavedPageCase[];
  };
  return manifest.cases;
}

/** The written saved pages read as the extension reads them: a DOM, the address from the page itself. */
export function savedPageItems(): LabelledItem[] {
  return savedPageCases().map((c) => ({
    id: c.file,
    relevant: c.relevant,
    signals: extractPageSignals(parseHtml(readFileSync(join(PAGE_FIXTURES, c.file), 'utf8'))),
  }));
}

export interface KcnaArticle {
  headline: string;
  topic: string;
  link: string;
  text: string;
}

/** The lines of kcna.jsonl, one per article. */
export function kcnaLines(): KcnaArticle[] {
  return readFileSync(join(CORPUS_DIR, 'kcna.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as KcnaArticle);
}

/**
 * The distinct KCNA articles: the file repeats some of them word for word (946 lines, 696
 * texts), and a repeated article counted twice would weigh twice in recall.
 */
export function kcnaArticles(): KcnaArticle[] {
  const seen = new Set<string>();
  return kcnaLines().filter((article) => {
    if (seen.has(article.text)) return false;
    seen.add(article.text);
    return true;
  });
}

/** KCNA's own foreign-news sections. */
const FOREIGN_TOPICS = new Set(['World', 'External', 'News Commentary']);
/**
 * Independent of the classifier's lexicon, on purpose: articles that name neither Korea, the
 * DPRK, its capital nor its leaders anywhere but in the dateline (reports on Syria, Japan…).
 */
const NAMES_KOREA = /DPRK|Korea|Kim Jong|Kim Il|Pyongyang|WPK|Juche/i;

export function withoutDateline(text: string): string {
  return text.replace(STATE_MEDIA_DATELINE, '');
}

export type KcnaReading = 'page' | 'bare' | 'content' | 'content-bare';

/**
 * A KCNA article read as: its saved page (address, headline, text); bare text; and, to see what
 * the text alone says, without its provenance (no address, dateline removed), with and without
 * the headline.
 */
export function kcnaItems(reading: KcnaReading, filter?: (a: KcnaArticle) => boolean): LabelledItem[] {
  const items: LabelledItem[] = [];
  kcnaArticles().forEach((a, i) => {
    if (filter && !filter(a)) return;
    const signals: PageSignals =
      reading === 'page'
        ? { url: a.link, title: a.headline, headings: [], body: a.text }
        : reading === 'bare'
          ? pageSignalsFromText(a.text)
          : reading === 'content'
            ? { title: a.headline, headings: [], body: withoutDateline(a.text) }
            : { headings: [], body: withoutDateline(a.text) };
    items.push({ id: `kcna:${i + 1} ${a.headline.slice(0, 60)}`, relevant: true, signals });
  });
  return items;
}

export const isForeignSection = (a: KcnaArticle): boolean => FOREIGN_TOPICS.has(a.topic);
export const namesNoKorea = (a: KcnaArticle): boolean => !NAMES_KOREA.test(withoutDateline(a.text));

export function parseHtml(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function readabilityFiles(): string[] {
  const dir = join(CORPUS_DIR, 'readability');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** A saved page as the extension reads it (`page`), or its visible text as bare text. */
export function readabilityItems(reading: 'page' | 'bare'): LabelledItem[] {
  return readabilityFiles().map((file) => {
    const document = parseHtml(readFileSync(join(CORPUS_DIR, 'readability', file), 'utf8'));
    const signals =
      reading === 'page'
        ? extractPageSignals(document)
        : pageSignalsFromText(document.body?.textContent ?? '');
    return { id: file, relevant: false, signals };
  });
}

export function sourceArticleItem(): LabelledItem {
  const text = readFileSync(join(ROOT, 'glossary/sources/party-life-article.txt'), 'utf8');
  return { id: 'party-life-article.txt', relevant: true, signals: pageSignalsFromText(text) };
}

export interface Outcome {
  id: string;
  relevant: boolean;
  predicted: boolean;
  score: number;
}

export interface Metrics {
  items: number;
  positives: number;
  negatives: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** null when nothing was predicted relevant. */
  precision: number | null;
  /** null when the set has no positives. */
  recall: number | null;
  misclassified: Outcome[];
}

export function evaluate(items: LabelledItem[]): Metrics {
  const outcomes: Outcome[] = items.map(({ id, relevant, signals }) => {
    const { relevant: predicted, score } = classifyPage(signals);
    return { id, relevant, predicted, score };
  });
  const count = (f: (o: Outcome) => boolean): number => outcomes.filter(f).length;
  const truePositives = count((o) => o.relevant && o.predicted);
  const falsePositives = count((o) => !o.relevant && o.predicted);
  const falseNegatives = count((o) => o.relevant && !o.predicted);
  const positives = count((o) => o.relevant);
  return {
    items: outcomes.length,
    positives,
    negatives: outcomes.length - positives,
    truePositives,
    falsePositives,
    falseNegatives,
    precision: truePositives + falsePositives === 0 ? null : truePositives / (truePositives + falsePositives),
    recall: positives === 0 ? null : truePositives / positives,
    misclassified: outcomes.filter((o) => o.relevant !== o.predicted),
  };
}

/** Milliseconds for `run`, median of `repeats` runs after one untimed warm-up. */
function medianMs(run: () => void, repeats = 15): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export interface Cost {
  pageChars: number;
  cappedChars: number;
  /** pageSignalsFromText + classifyPage on the 5 MB text. */
  bareTextMs: number;
  /** classifyPage alone on the capped text. */
  classifyMs: number;
  /** extractPageSignals on the largest saved page (linkedom). */
  extractMs: number;
  extractPage: string;
  /** extractPageSignals on a 5 MB HTML page made of the same texts, each followed by a link list. */
  extractHtmlMs: number;
  htmlChars: number;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A 5 MB page in div soup: each text as paragraphs in nested divs, followed by a "related" list
 * of links, as on an archive page. The walk must stay as cheap with the link lists as without.
 */
function divSoupPage(texts: string[]): string {
  const blocks: string[] = [];
  let length = 0;
  for (let i = 0; length < 5_000_000; i++) {
    const text = texts[i % texts.length] ?? '';
    const paragraphs = text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join('');
    const related = texts
      .slice(i + 1, i + 6)
      .map((t, j) => `<li><a href="/story/${i}-${j}">${escapeHtml(t.slice(0, 80))}</a></li>`)
      .join('');
    const block = `<div class="story"><div class="story-body">${paragraphs}</div><div class="related"><ul>${related}</ul></div></div>`;
    blocks.push(block);
    length += block.length;
  }
  return `<!DOCTYPE html><html><head><title>Archive</title></head><body><div id="wrap">${blocks.join('')}</div></body></html>`;
}

/** The classifier's cost on a 5 MB page built from real text (KCNA articles and the saved pages). */
export function measureCost(): Cost {
  const parts: string[] = [];
  let length = 0;
  const texts = [
    ...kcnaArticles().map((a) => a.text),
    ...readabilityItems('bare').map((item) => item.signals.body),
  ];
  for (let i = 0; length < 5_000_000; i++) {
    const text = texts[i % texts.length] ?? '';
    parts.push(text);
    length += text.length + 2;
  }
  const page = `North Korea, the markets and the Party: a reader\n\n${parts.join('\n\n')}`;
  const signals = pageSignalsFromText(page);
  const largest = readabilityFiles()
    .map((file) => ({ file, html: readFileSync(join(CORPUS_DIR, 'readability', file), 'utf8') }))
    .sort((a, b) => b.html.length - a.html.length)[0];
  const document = largest ? parseHtml(largest.html) : undefined;
  const html = divSoupPage(texts);
  const bigDocument = parseHtml(html);
  return {
    pageChars: page.length,
    cappedChars: Math.min(signals.body.length, MAX_BODY_CHARS),
    bareTextMs: medianMs(() => classifyPage(pageSignalsFromText(page))),
    classifyMs: medianMs(() => classifyPage(signals)),
    extractMs: document ? medianMs(() => extractPageSignals(document)) : 0,
    extractPage: largest?.file ?? '',
    extractHtmlMs: medianMs(() => extractPageSignals(bigDocument)),
    htmlChars: html.length,
  };
}

export interface Report {
  sets: Array<{ name: string; metrics: Metrics }>;
  cost: Cost;
}

export function report(): Report {
  const devDev = fixtureItems('dev');
  const devHeld = fixtureItems('heldout');
  const devHeld2 = fixtureItems('heldout-2');
  const devHeld3 = fixtureItems('heldout-3');
  const devHeld4 = fixtureItems('heldout-4');
  const kcnaPage = kcnaItems('page');
  const kcnaBare = kcnaItems('bare');
  const rdPage = readabilityItems('page');
  const rdBare = readabilityItems('bare');
  const source = sourceArticleItem();
  const written = savedPageItems();
  const sets: Array<[string, LabelledItem[]]> = [
    ['dev set, dev split (bare text)', devDev],
    ['dev set, held-out split (bare text)', devHeld],
    ['dev set, second held-out batch (bare text; see manifest)', devHeld2],
    ['dev set, third held-out batch (bare text; see manifest)', devHeld3],
    ['dev set, fourth held-out batch (bare text; see manifest)', devHeld4],
    ['KCNA, saved page (address + headline + text)', kcnaPage],
    ['KCNA, bare text', kcnaBare],
    ['KCNA foreign-news sections, bare text', kcnaItems('bare', isForeignSection)],
    ['KCNA naming no Korea outside the dateline, bare text', kcnaItems('bare', namesNoKorea)],
    ['KCNA without provenance (headline + text, no address or dateline)', kcnaItems('content')],
    ['KCNA without provenance, text only', kcnaItems('content-bare')],
    ['KCNA foreign-news sections without provenance, text only', kcnaItems('content-bare', isForeignSection)],
    ['Readability pages, saved page (HTML)', rdPage],
    ['Readability pages, bare text', rdBare],
    ['saved pages written for the classifier (HTML)', written],
    ['source article (Daily NK), bare text', [source]],
    [
      'all, saved pages (KCNA + Readability + written pages + source + batches)',
      [...kcnaPage, ...rdPage, ...written, source, ...devHeld, ...devHeld2, ...devHeld3, ...devHeld4],
    ],
    [
      'all, bare text (KCNA + Readability + source + the held-out batches)',
      [...kcnaBare, ...rdBare, source, ...devHeld, ...devHeld2, ...devHeld3, ...devHeld4],
    ],
  ];
  return { sets: sets.map(([name, items]) => ({ name, metrics: evaluate(items) })), cost: measureCost() };
}

/** Misclassified items listed per set in the readable report. */
const MAX_LISTED = 12;

function pct(value: number | null): string {
  return value === null ? '   n/a' : `${(100 * value).toFixed(1).padStart(5)}%`;
}

function printReport({ sets, cost }: Report): void {
  console.log('Relevance classifier: precision and recall\n');
  console.log(
    `${'set'.padEnd(72)} ${'items'.padStart(5)} ${'pos'.padStart(4)} ${'neg'.padStart(4)} ${'FP'.padStart(3)} ${'FN'.padStart(3)}  precision  recall`,
  );
  for (const { name, metrics: m } of sets) {
    const counts = [m.items, m.positives, m.negatives, m.falsePositives, m.falseNegatives];
    const [items, pos, neg, fp, fn] = counts.map((n, i) => String(n).padStart(i === 0 ? 5 : i < 3 ? 4 : 3));
    console.log(
      `${name.padEnd(72)} ${items} ${pos} ${neg} ${fp} ${fn}    ${pct(m.precision)}  ${pct(m.recall)}`,
    );
  }
  console.log('\nMisclassified (score; 0.5 is the threshold):');
  for (const { name, metrics } of sets) {
    if (metrics.misclassified.length === 0 || name.startsWith('all')) continue;
    console.log(`  ${name}:`);
    for (const o of metrics.misclassified.slice(0, MAX_LISTED)) {
      console.log(
        `    ${o.relevant ? 'missed  ' : 'false + '} ${o.score.toFixed(3)}  ${o.id.replace(/\s+/g, ' ')}`,
      );
    }
    const more = metrics.misclassified.length - MAX_LISTED;
    if (more > 0) console.log(`    … and ${more} more (--json lists them all)`);
  }
  console.log('\nCost:');
  console.log(
    `  5 MB page text (${(cost.pageChars / 1e6).toFixed(1)} M chars, body capped at ${cost.cappedChars}): ` +
      `pageSignalsFromText + classifyPage ${cost.bareTextMs.toFixed(2)} ms, classifyPage ${cost.classifyMs.toFixed(2)} ms (median)`,
  );
  console.log(
    `  extractPageSignals on ${cost.extractPage} (linkedom): ${cost.extractMs.toFixed(2)} ms (median)`,
  );
  console.log(
    `  extractPageSignals on a ${(cost.htmlChars / 1e6).toFixed(1)} MB HTML page in div soup with link lists (linkedom): ` +
      `${cost.extractHtmlMs.toFixed(2)} ms (median)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = report();
  if (process.argv.includes('--json')) console.log(JSON.stringify(result));
  else printReport(result);
}
