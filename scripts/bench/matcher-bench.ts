/**
 * Matcher throughput in Node: the shipped matcher (normalisation included) against one combined
 * regular expression of the same aliases and against a bare loop that reads every character once,
 * on the same several-MB real text; then again with ten times the aliases.
 */
import { buildMatcher } from '../../engine/matcher.ts';
import { entriesFromTerms } from '../../engine/term-entries.ts';
import type { Term } from '../../glossary/model/term.ts';
import { aliasCount, aliasesOfTerms, scaledTerms } from './aliases.ts';
import { buildText, type Corpus } from './corpus-text.ts';
import { combinedRegex, runRegex, type RegexOptions } from './regex-baseline.ts';
import { ratio } from './stats.ts';
import { timeContestants, type Contestant, type TimingOptions } from './timing.ts';

export interface MatcherBenchOptions {
  textChars: number;
  timing: TimingOptions;
}

export interface MatcherRun {
  aliases: number;
  /** Distinct normalised aliases in the automaton. */
  patterns: number;
  buildMs: number;
  oursMs: number;
  regexMs: number;
  oursMatches: number;
  regexMatches: number;
}

export interface MatcherBenchResult {
  textChars: number;
  floorMs: number;
  shipped: MatcherRun;
  tenfold: MatcherRun;
  /** The same expression with the `u` flag and `\p{…}` classes (shipped aliases). */
  regexUnicodeMs: number;
  /** With classes for white space, apostrophes and dashes (shipped aliases; see regex-baseline.ts). */
  regexNormalisingMs: number;
  speedupVsRegex: number;
  speedupVsRegex10x: number;
  ratioVsFloor: number;
  ratioVsFloor10x: number;
}

/** The floor: read every UTF-16 unit once and fold it into a sum that is returned. */
export function bareLoop(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

function allAliases(terms: readonly Term[]): string[] {
  const set = aliasesOfTerms(terms);
  return [...set.caseInsensitive, ...set.caseSensitive];
}

function regexContestant(name: string, terms: readonly Term[], text: string, options: RegexOptions = {}) {
  const regex = combinedRegex(allAliases(terms), options);
  let matches = 0;
  const contestant: Contestant = {
    name,
    run: () => {
      const result = runRegex(regex, text);
      matches = result.count;
      return result.checksum;
    },
  };
  return { contestant, matches: () => matches };
}

function matcherContestant(name: string, terms: readonly Term[], text: string) {
  const t0 = performance.now();
  const matcher = buildMatcher(entriesFromTerms(terms));
  const buildMs = performance.now() - t0;
  let matches = 0;
  const contestant: Contestant = {
    name,
    run: () => {
      const found = matcher.findAll(text);
      matches = found.length;
      return found;
    },
  };
  return { contestant, matches: () => matches, buildMs, patterns: matcher.patternCount };
}

export function runMatcherBench(
  corpus: Corpus,
  shippedTerms: readonly Term[],
  options: MatcherBenchOptions,
): MatcherBenchResult {
  const text = buildText(options.textChars, 1, corpus);
  const tenfoldTerms = scaledTerms(shippedTerms, corpus, 10);

  const ours = matcherContestant('ours', shippedTerms, text);
  const regex = regexContestant('regex', shippedTerms, text);
  const floor: Contestant = { name: 'floor', run: () => bareLoop(text) };
  const [oursT, regexT, floorT] = timeContestants([ours.contestant, regex.contestant, floor], options.timing);

  // The slower variants of the expression, for the record: fewer rounds, they only inform.
  const unicode = regexContestant('regex-unicode', shippedTerms, text, { unicode: true });
  const normalising = regexContestant('regex-normalising', shippedTerms, text, { normalising: true });
  const [unicodeT, normalisingT] = timeContestants([unicode.contestant, normalising.contestant], {
    ...options.timing,
    warmup: 1,
    rounds: 3,
    minRounds: 1,
  });

  const ours10 = matcherContestant('ours-10x', tenfoldTerms, text);
  const regex10 = regexContestant('regex-10x', tenfoldTerms, text);
  const [ours10T, regex10T] = timeContestants([ours10.contestant, regex10.contestant], options.timing);

  const shipped: MatcherRun = {
    aliases: aliasCount(aliasesOfTerms(shippedTerms)),
    patterns: ours.patterns,
    buildMs: ours.buildMs,
    oursMs: oursT!.medianMs,
    regexMs: regexT!.medianMs,
    oursMatches: ours.matches(),
    regexMatches: regex.matches(),
  };
  const tenfold: MatcherRun = {
    aliases: aliasCount(aliasesOfTerms(tenfoldTerms)),
    patterns: ours10.patterns,
    buildMs: ours10.buildMs,
    oursMs: ours10T!.medianMs,
    regexMs: regex10T!.medianMs,
    oursMatches: ours10.matches(),
    regexMatches: regex10.matches(),
  };
  for (const [name, run] of [
    ['shipped', shipped],
    ['tenfold', tenfold],
  ] as const) {
    if (run.oursMatches === 0 || run.regexMatches === 0) {
      throw new Error(`matcher bench (${name}): no matches in the text, the measurement means nothing`);
    }
  }
  return {
    textChars: text.length,
    floorMs: floorT!.medianMs,
    shipped,
    tenfold,
    regexUnicodeMs: unicodeT!.medianMs,
    regexNormalisingMs: normalisingT!.medianMs,
    speedupVsRegex: ratio(shipped.regexMs, shipped.oursMs),
    speedupVsRegex10x: ratio(tenfold.regexMs, tenfold.oursMs),
    ratioVsFloor: ratio(shipped.oursMs, floorT!.medianMs),
    ratioVsFloor10x: ratio(tenfold.oursMs, floorT!.medianMs),
  };
}
