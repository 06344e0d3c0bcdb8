/**
 * Real text for the benchmarks: the KCNA articles and the paragraphs of the saved Readability pages
 * from `../shared/corpus/`, never one paragraph repeated to fill space.
 *
 * A big text is the KCNA articles (each kept whole, headline first) in a shuffled order, with a
 * paragraph of a Readability page after every few articles. Distinct real text runs out at about
 * 1.7 MB; beyond that a new pass starts over the same material in a different order, so a paragraph
 * comes back only after all the others have been used, in another neighbourhood.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

import { seededRandom } from '../seeded-random.ts';
import { CORPUS_DIR } from '../shared-dir.ts';

export interface Article {
  /** Empty when an earlier article had the same headline (KCNA repeats some, like `Press Review`). */
  headline: string;
  paragraphs: string[];
}

export interface Corpus {
  /** KCNA articles: state-media English about North Korea. */
  articles: Article[];
  /** Paragraphs of the 60 saved web pages (several languages, none about North Korea), deduplicated. */
  webParagraphs: string[];
}

/** Runs of white space of any kind, as they come out of HTML text. */
const SPACES = /\s+/g;

export function loadKcnaArticles(corpusDir = CORPUS_DIR): Article[] {
  const articles: Article[] = [];
  const seen = new Set<string>();
  for (const line of readFileSync(join(corpusDir, 'kcna.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { headline?: unknown; text?: unknown };
    if (typeof record.headline !== 'string' || typeof record.text !== 'string') {
      throw new Error(`kcna.jsonl: a line without headline/text: ${line.slice(0, 80)}`);
    }
    const paragraphs = record.text
      .split('\n')
      .map((p) => p.replace(SPACES, ' ').trim())
      .filter((p) => p.length > 0 && !seen.has(p));
    for (const p of paragraphs) seen.add(p);
    const headline = record.headline.replace(SPACES, ' ').trim();
    if (paragraphs.length > 0) articles.push({ headline: seen.has(headline) ? '' : headline, paragraphs });
    seen.add(headline);
  }
  return articles;
}

const MIN_WEB_PARAGRAPH = 60;

/** The readable paragraphs of one saved page (no scripts, styles or navigation crumbs). */
export function paragraphsOfHtml(html: string): string[] {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll('script, style, noscript, template, svg')) el.remove();
  const out: string[] = [];
  for (const el of document.querySelectorAll('p, li, blockquote, dd')) {
    // Nested blocks (a <p> inside an <li>) would otherwise give the same text twice.
    if (el.querySelector('p, li, blockquote, dd')) continue;
    const text = (el.textContent ?? '').replace(SPACES, ' ').trim();
    if (text.length >= MIN_WEB_PARAGRAPH) out.push(text);
  }
  return out;
}

export function loadWebParagraphs(corpusDir = CORPUS_DIR): string[] {
  const dir = join(corpusDir, 'readability');
  // Nor a paragraph that KCNA has too (a quoted statement).
  const seen = new Set<string>(loadKcnaArticles(corpusDir).flatMap((a) => a.paragraphs));
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.html')) continue;
    for (const p of paragraphsOfHtml(readFileSync(join(dir, name), 'utf8'))) {
      if (seen.has(p)) continue;
      seen.add(p);
      out.push(p);
    }
  }
  return out;
}

let cached: Corpus | undefined;

export function loadCorpus(): Corpus {
  cached ??= { articles: loadKcnaArticles(), webParagraphs: loadWebParagraphs() };
  if (cached.articles.length === 0 || cached.webParagraphs.length === 0) {
    throw new Error(`The corpus in ${CORPUS_DIR} is empty or missing.`);
  }
  return cached;
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** One block of a generated document: a heading that starts an article, or a paragraph. */
export interface Block {
  kind: 'heading' | 'paragraph';
  text: string;
  /** Where it comes from, for readers of the generated page. */
  origin: 'kcna' | 'web';
}

/**
 * An endless stream of blocks: KCNA articles in shuffled order with web paragraphs spread evenly
 * between them (about three after each article). Each pass uses every article and every web
 * paragraph once; the next pass reshuffles.
 */
export function* blocks(corpus: Corpus, seed = 1): Generator<Block> {
  const random = seededRandom(seed);
  for (;;) {
    const articles = shuffled(corpus.articles, random);
    const web = shuffled(corpus.webParagraphs, random);
    let w = 0;
    for (const [i, article] of articles.entries()) {
      if (article.headline !== '') yield { kind: 'heading', text: article.headline, origin: 'kcna' };
      for (const text of article.paragraphs) yield { kind: 'paragraph', text, origin: 'kcna' };
      const due = Math.round(((i + 1) * web.length) / articles.length);
      while (w < due) yield { kind: 'paragraph', text: web[w++]!, origin: 'web' };
    }
  }
}

/** A plain text of at least `chars` characters (cut at a block's end), blocks separated by blank lines. */
export function buildText(chars: number, seed = 1, corpus = loadCorpus()): string {
  const parts: string[] = [];
  let length = 0;
  for (const block of blocks(corpus, seed)) {
    if (length >= chars) break;
    parts.push(block.text);
    length += block.text.length + 2;
  }
  return parts.join('\n\n');
}
