/**
 * The aliases the benchmark matches: the shipped glossary's, and ten times as many for a glossary
 * of several sources.
 *
 * The extra aliases are phrases of the corpus itself, the kind of entries a bigger glossary of
 * North Korea news would hold: runs of capitalised words (people, organisations, places, events:
 * `Choe Son Hui`, `State Planning Commission`, `Taedong River`) and pairs of content words
 * (`socialist construction`, `military provocations`), most frequent first. Nothing is random and
 * nothing is invented: every extra alias occurs in the real text.
 */
import { normalizeAlias } from '../../engine/normalize.ts';
import type { Term } from '../../glossary/model/term.ts';
import type { Corpus } from './corpus-text.ts';

export interface AliasSet {
  /** Matched after case folding. */
  caseInsensitive: string[];
  /** Matched with exactly this case (acronyms). */
  caseSensitive: string[];
}

export function aliasesOfTerms(terms: readonly Term[]): AliasSet {
  return {
    caseInsensitive: terms.flatMap((t) => t.aliases),
    caseSensitive: terms.flatMap((t) => t.caseSensitiveAliases ?? []),
  };
}

export function aliasCount(set: AliasSet): number {
  return set.caseInsensitive.length + set.caseSensitive.length;
}

/** Small words allowed inside a capitalised name (`Ministry of Foreign Affairs`), never at its ends. */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'de', 'la', 'del', 'des', 'du']);

/** Words that begin sentences rather than names: `On May`, `If the ROK`. */
const SENTENCE_STARTERS = new Set(
  'the a an and but or if on in at as by for from to of with this that these those it its he she we they i you his her their our my when while after before during since recently given also however meanwhile there here what which who how why'.split(
    ' ',
  ),
);

/** English function words: a compound of content words has none of them. */
const STOPWORDS = new Set(
  [
    ...SENTENCE_STARTERS,
    ...'is are was were be been being has have had do does did will would shall should can could may might must not no nor so than then too very just only also more most other such own same all any both each few some into over under again further once about against between through above below up down out off own were which whom whose your yours them themselves itself ours one two three new said says'.split(
      ' ',
    ),
  ].map((w) => w.toLowerCase()),
);

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
/** Words glued together by a lost space in the source (`ComradeKim`, `Unreceived`). */
const GLUED = /\p{Ll}\p{Lu}/u;
const CAPITALISED = /^\p{Lu}/u;
const CONTENT_WORD = /^\p{Ll}{4,}$/u;

interface Word {
  text: string;
  /** The word was followed by a comma, full stop or the like: a name does not go on past it. */
  endsClause: boolean;
}

function wordsOf(paragraph: string): Word[] {
  return paragraph.split(/\s+/).map((raw) => ({
    text: raw.replace(EDGE_PUNCTUATION, ''),
    endsClause: /[,.;:!?)"”]$/.test(raw),
  }));
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Capitalised runs of 2–6 words, with their counts. */
export function capitalisedPhrases(paragraphs: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const paragraph of paragraphs) {
    let run: string[] = [];
    // After a glued word the rest of the run is unreliable (`ComradeKim Jong Unreceived`).
    let spoiled = false;
    const flush = (): void => {
      while (run.length > 0 && CONNECTORS.has(run[run.length - 1]!)) run.pop();
      while (run.length > 0 && SENTENCE_STARTERS.has(run[0]!.toLowerCase())) run.shift();
      if (!spoiled && run.length >= 2 && run.length <= 6) bump(counts, run.join(' '));
      run = [];
      spoiled = false;
    };
    for (const { text, endsClause } of wordsOf(paragraph)) {
      if (text !== '' && CAPITALISED.test(text)) {
        run.push(text);
        if (GLUED.test(text)) spoiled = true;
      } else if (run.length > 0 && CONNECTORS.has(text)) {
        run.push(text);
      } else {
        flush();
      }
      if (endsClause) flush();
    }
    flush();
  }
  return counts;
}

/** Pairs of adjacent lower-case content words, with their counts. */
export function contentWordPairs(paragraphs: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const paragraph of paragraphs) {
    // A pair never spans a comma or a full stop: split into clauses first.
    for (const clause of paragraph.split(/[,.;:!?()"“”]/)) {
      const words = wordsOf(clause).map((w) => w.text);
      for (let i = 0; i + 1 < words.length; i++) {
        const a = words[i]!;
        const b = words[i + 1]!;
        if (CONTENT_WORD.test(a) && CONTENT_WORD.test(b) && !STOPWORDS.has(a) && !STOPWORDS.has(b)) {
          bump(counts, `${a} ${b}`);
        }
      }
    }
  }
  return counts;
}

/** Most frequent first; on a tie, names before pairs, then alphabetical, so every run is the same. */
function byFrequency(names: Map<string, number>, pairs: Map<string, number>): string[] {
  const all = [
    ...[...names].map(([phrase, n]) => ({ phrase, n, rank: 0 })),
    ...[...pairs].map(([phrase, n]) => ({ phrase, n, rank: 1 })),
  ];
  all.sort(
    (x, y) => y.n - x.n || x.rank - y.rank || (x.phrase < y.phrase ? -1 : x.phrase > y.phrase ? 1 : 0),
  );
  return all.map((x) => x.phrase);
}

export function corpusParagraphs(corpus: Corpus): string[] {
  return [...corpus.articles.flatMap((a) => [a.headline, ...a.paragraphs]), ...corpus.webParagraphs];
}

/**
 * `count` phrases of the corpus that are not already aliases (compared after normalisation, so
 * `Workers’ Party` and `workers' party` are one), most frequent first.
 */
export function deriveExtraAliases(corpus: Corpus, count: number, taken: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const alias of taken) seen.add(normalizeAlias(alias));
  const paragraphs = corpusParagraphs(corpus);
  const out: string[] = [];
  for (const phrase of byFrequency(capitalisedPhrases(paragraphs), contentWordPairs(paragraphs))) {
    if (out.length >= count) break;
    const key = normalizeAlias(phrase);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(phrase);
  }
  if (out.length < count) {
    throw new Error(`the corpus gives only ${out.length} extra aliases, ${count} were asked for`);
  }
  return out;
}

/**
 * The shipped terms plus one made-up term per extra alias, so that the matcher is built from
 * `factor` times the shipped number of aliases through the same code path as the real pack.
 */
export function scaledTerms(terms: readonly Term[], corpus: Corpus, factor: number): Term[] {
  const shipped = aliasesOfTerms(terms);
  const extra = deriveExtraAliases(corpus, aliasCount(shipped) * (factor - 1), [
    ...shipped.caseInsensitive,
    ...shipped.caseSensitive,
  ]);
  const made: Term[] = extra.map((alias, i) => ({
    id: `bench-extra-${i}`,
    label: alias,
    kind: 'concept',
    definition: `A phrase of the benchmark corpus (${alias}).`,
    definitionBasis: 'general-knowledge',
    inArticle: false,
    aliases: [alias],
    related: [],
  }));
  return [...terms, ...made];
}
