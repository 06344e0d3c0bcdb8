/**
 * Finds every glossary alias in a text in one pass, whatever the number of aliases.
 *
 * The text is normalised on the fly (normalize.ts) and fed, one folded unit at a time, to an
 * Aho–Corasick automaton of the normalised aliases (automaton.ts); no normalised copy of the text
 * is built. Candidates are then checked for word boundaries (boundaries.ts) and for case when the
 * alias is case-sensitive, and the longest leftmost ones are kept, without overlaps.
 */
import * as automata from './automaton.ts';
import { buildAutomaton, CLASS_DROPPED, CLASS_SPACE, type Automaton } from './automaton.ts';
import { aliasEdges, endOfMatch, startsAtBoundary, type AliasEdges } from './boundaries.ts';
import { aliasStart } from './fold-back.ts';
import { FOLD_FIRST_UNIT, FOLD_REMOVED, FOLD_SPACE, foldUnit, normalizeAlias } from './normalize.ts';
import * as normalize from './normalize.ts';

export interface MatcherEntry {
  alias: string;
  termId: string;
  /** Match only with exactly this case (acronyms such as `WPK`). */
  caseSensitive?: boolean;
}

/** A match in original-text offsets: `text.slice(start, end)` is what was found. */
export interface Match {
  start: number;
  end: number;
  termId: string;
  /** The alias as the glossary gives it. */
  alias: string;
}

export interface Matcher {
  findAll(text: string): Match[];
  /** Number of distinct normalised aliases in the automaton. */
  readonly patternCount: number;
}

interface Pattern {
  /** Normalised, lower-case: what the automaton looks for. */
  key: string;
  edges: AliasEdges;
  /** Case-sensitive entries first (checked against the text's case), then the others. */
  entries: { entry: MatcherEntry; keyWithCase: string | null }[];
}

/**
 * Builds a matcher once for a set of aliases. Aliases that normalise to the same text are one
 * pattern: a case-sensitive entry wins when the case agrees, otherwise the first case-insensitive
 * entry (the glossary validator reports such clashes). An alias that normalises to nothing is an
 * error.
 */
export function buildMatcher(entries: readonly MatcherEntry[]): Matcher {
  const patterns: Pattern[] = [];
  const byKey = new Map<string, Pattern>();
  for (const entry of entries) {
    const key = normalizeAlias(entry.alias);
    if (key.length === 0) throw new Error(`alias ${JSON.stringify(entry.alias)} of ${entry.termId} is empty`);
    let pattern = byKey.get(key);
    if (!pattern) {
      pattern = { key, edges: aliasEdges(key), entries: [] };
      byKey.set(key, pattern);
      patterns.push(pattern);
    }
    const keyWithCase = entry.caseSensitive ? normalizeAlias(entry.alias, { keepCase: true }) : null;
    pattern.entries.push({ entry, keyWithCase });
  }
  for (const pattern of patterns) {
    pattern.entries.sort((a, b) => Number(b.keyWithCase !== null) - Number(a.keyWithCase !== null));
  }
  const automaton = buildAutomaton(patterns.map((p) => p.key));
  return new AhoCorasickMatcher(automaton, patterns);
}

/** Growable list of int32 records. */
class IntList {
  data = new Int32Array(512);
  length = 0;
  push(a: number, b: number): void {
    if (this.length + 2 > this.data.length) this.grow();
    this.data[this.length] = a;
    this.data[this.length + 1] = b;
    this.length += 2;
  }
  push5(a: number, b: number, c: number, d: number, e: number): void {
    if (this.length + 5 > this.data.length) this.grow();
    const data = this.data;
    data[this.length] = a;
    data[this.length + 1] = b;
    data[this.length + 2] = c;
    data[this.length + 3] = d;
    data[this.length + 4] = e;
    this.length += 5;
  }
  private grow(): void {
    const grown = new Int32Array(this.data.length * 2);
    grown.set(this.data);
    this.data = grown;
  }
  /** Forget the contents; give back memory after an unusually large text. */
  reset(): void {
    this.length = 0;
    if (this.data.length > 1 << 16) this.data = new Int32Array(512);
  }
}

// Local copies: loaders that compile imports to getters (tsx, vitest) would otherwise add a call
// to every use in the per-character loop.
const { step } = automata;
const { foldAt } = normalize;
const SPACE = CLASS_SPACE;
const DROPPED = CLASS_DROPPED;

// Per-matcher unit table: dense class (< denseWidth), sparse class, or one of these markers.
const UNIT_UNKNOWN = 0xffff;
const UNIT_COMPLEX = 0xfffe;

/** Size of a confirmed-match record. */
const RECORD = 5;

/** Does record `a` come before record `b`: earlier start, then longer match, then longer alias? */
function comesBefore(records: Int32Array, a: number, b: number): boolean {
  const startA = records[a]!;
  const startB = records[b]!;
  if (startA !== startB) return startA < startB;
  const endA = records[a + 1]!;
  const endB = records[b + 1]!;
  if (endA !== endB) return endA > endB;
  return records[a + 2]! > records[b + 2]!;
}

class AhoCorasickMatcher implements Matcher {
  /** Raw UTF-16 unit → automaton class of its fold, or a marker. Filled lazily. */
  private readonly unitTable = new Uint16Array(65536).fill(UNIT_UNKNOWN);
  /** Candidates: (automaton state, original index where the pattern ends). */
  private readonly candidates = new IntList();
  /** Confirmed matches: (start, end, alias end, pattern index, entry index). */
  private readonly confirmed = new IntList();

  constructor(
    private readonly automaton: Automaton,
    private readonly patterns: readonly Pattern[],
  ) {}

  get patternCount(): number {
    return this.patterns.length;
  }

  findAll(text: string): Match[] {
    this.candidates.reset();
    this.scan(text);
    return this.candidates.length === 0 ? [] : this.select(text);
  }

  private unitEntry(unit: number): number {
    const folded = foldUnit(unit);
    let entry: number;
    if (folded >= FOLD_FIRST_UNIT) entry = this.automaton.classOf[folded]!;
    else if (folded === FOLD_SPACE) entry = CLASS_SPACE;
    else if (folded === FOLD_REMOVED) entry = CLASS_DROPPED;
    else entry = UNIT_COMPLEX;
    this.unitTable[unit] = entry;
    return entry;
  }

  /** The single pass: fold each unit, step the automaton, remember where patterns end. */
  private scan(text: string): void {
    const automaton = this.automaton;
    const { delta, reportState, denseWidth, classOf } = automaton;
    const table = this.unitTable;
    const candidates = this.candidates;
    const n = text.length;
    let state = 0;
    let i = 0;
    while (i < n) {
      // The hot loop, kept minimal: it leaves only where a pattern ends or a unit needs more work.
      let entry = 0;
      for (; i < n; i++) {
        entry = table[text.charCodeAt(i)]!;
        if (entry >= denseWidth) break;
        state = delta[state * denseWidth + entry]!;
        if (state >= reportState) break;
      }
      if (i >= n) break;
      if (entry < denseWidth) {
        // A dropped character repeats the state: the candidate before it is enough.
        if (entry !== DROPPED) candidates.push(state, i + 1);
        i++;
        continue;
      }
      if (entry === UNIT_UNKNOWN) {
        this.unitEntry(text.charCodeAt(i));
        continue; // read the unit again, now that the table knows it
      }
      if (entry !== UNIT_COMPLEX) {
        state = step(automaton, state, entry);
        if (state >= reportState) candidates.push(state, i + 1);
        i++;
        continue;
      }
      const { folded, length } = foldAt(text, i);
      for (let k = 0; k < folded.length; k++) {
        const unit = folded.charCodeAt(k);
        state = step(automaton, state, unit === 32 ? SPACE : classOf[unit]!);
        if (state >= reportState) candidates.push(state, i + length);
      }
      i += length;
    }
  }

  /** Checks every candidate and keeps the leftmost longest, without overlaps. */
  private select(text: string): Match[] {
    const { output, outputLink } = this.automaton;
    const confirmed = this.confirmed;
    confirmed.reset();
    const data = this.candidates.data;
    for (let c = 0; c < this.candidates.length; c += 2) {
      const aliasEnd = data[c + 1]!;
      let state = data[c]!;
      if (output[state] === -1) state = outputLink[state]!;
      for (; state !== -1; state = outputLink[state]!) {
        this.confirm(text, output[state]!, aliasEnd);
      }
    }
    // Confirmed matches come in order of their alias's end, so they are nearly sorted already:
    // an insertion sort costs little more than a pass. Order: start, then the longest match, then
    // the longest alias (`party members` itself rather than `party member` with a plural `s`).
    const records = confirmed.data;
    const count = confirmed.length / RECORD;
    const order = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      const record = k * RECORD;
      let at = k;
      while (at > 0 && comesBefore(records, record, order[at - 1]! * RECORD)) {
        order[at] = order[at - 1]!;
        at--;
      }
      order[at] = k;
    }
    const kept: Match[] = [];
    let reach = 0;
    for (let k = 0; k < count; k++) {
      const record = order[k]! * RECORD;
      const start = records[record]!;
      if (start < reach) continue;
      const end = records[record + 1]!;
      const { entry } = this.patterns[records[record + 3]!]!.entries[records[record + 4]!]!;
      kept.push({ start, end, termId: entry.termId, alias: entry.alias });
      reach = end;
    }
    return kept;
  }

  /** Records the match of a pattern whose alias ends at `aliasEnd`, if it really is one. */
  private confirm(text: string, patternIndex: number, aliasEnd: number): void {
    const pattern = this.patterns[patternIndex]!;
    const start = aliasStart(text, aliasEnd, pattern.key);
    if (start === -1) return;
    if (!startsAtBoundary(text, start, pattern.edges)) return;
    const end = endOfMatch(text, aliasEnd, pattern.edges);
    if (end === -1) return;
    const entries = pattern.entries;
    for (let k = 0; k < entries.length; k++) {
      const keyWithCase = entries[k]!.keyWithCase;
      if (keyWithCase !== null && aliasStart(text, aliasEnd, keyWithCase, true) !== start) continue;
      this.confirmed.push5(start, end, aliasEnd, patternIndex, k);
      return;
    }
  }
}
