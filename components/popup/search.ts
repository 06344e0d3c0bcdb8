import Fuse, { type FuseResultMatch, type RangeTuple } from 'fuse.js';
import { normalizeAlias, normalizeWithOffsets, type NormalizedText } from '../../engine/normalize.ts';
import { indexPack } from '../../glossary/pack.ts';
import type { GlossaryPack } from '../../glossary/model/pack.ts';
import type { TermId, TermKind } from '../../glossary/model/term.ts';
import { excerpt, mergeRanges, type Highlighted } from './highlight.ts';
import { romanizationKey, withoutParticle } from './romanization.ts';

export type ContextField = 'alias' | 'definition' | 'claim' | 'quote';

export interface SearchHit {
  termId: TermId;
  kind: TermKind;
  /** The term's label, with the parts the query matched. */
  label: Highlighted;
  /** Where the query matched when the label doesn't show it (an alias, the definition, a claim, a quote). */
  context: { field: ContextField; text: Highlighted } | null;
  /** 0: the label itself; 1: one of its aliases; 2: a label or alias starting with the query; 3: the rest. */
  tier: 0 | 1 | 2 | 3;
  /** Fuse's score within the tier: 0 is perfect, 1 is no match. */
  score: number;
}

export interface GlossarySearch {
  search(query: string, limit?: number): SearchHit[];
}

/** A field's original text and its normalised form with the way back (for highlights). */
interface Text {
  original: string;
  normalized: NormalizedText;
}

interface Entry {
  id: TermId;
  kind: TermKind;
  label: Text;
  aliases: Text[];
  definition: Text;
  claims: Text[];
  quotes: Text[];
  /** Romanisation keys of the label and of each alias (see romanization.ts). */
  labelKey: string;
  aliasKeys: Set<string>;
  /** Normalised label and aliases, for prefix hits. */
  names: string[];
}

/** What Fuse indexes: the normalised texts, so that `ch'ŏnghwa`, `WPK` and curly quotes compare as they match in pages. */
interface Doc {
  label: string;
  aliases: string[];
  definition: string;
  claims: string[];
  quotes: string[];
}

const text = (original: string): Text => {
  const normalized = normalizeWithOffsets(original);
  return { original, normalized };
};

/** Words a query may contain without them having to match (they are everywhere or nowhere). */
const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'and',
  'or',
  'to',
  'for',
  'with',
  'its',
  'is',
]);

const FIELD_OF_KEY: Record<string, keyof Doc> = {
  label: 'label',
  aliases: 'aliases',
  definition: 'definition',
  claims: 'claims',
  quotes: 'quotes',
};

/**
 * The popup's search over the whole glossary: labels and aliases (Latin and Hangul) first, then
 * definitions, claims and quotes. Typos are tolerated by Fuse's fuzzy matching, the words of a
 * query may come in any order and each must match somewhere in the entry (Fuse's token search
 * with `tokenMatch: 'all'`), romanisation variants are caught by the key in romanization.ts, and
 * Korean particles are dropped from Hangul words. Exact names rank first.
 */
export function createGlossarySearch(pack: GlossaryPack): GlossarySearch {
  const index = indexPack(pack);
  const entries: Entry[] = pack.terms.map((term) => {
    const claims = index.claimsForTerm(term.id);
    const aliasStrings = [...term.aliases, ...(term.caseSensitiveAliases ?? [])];
    return {
      id: term.id,
      kind: term.kind,
      label: text(term.label),
      aliases: aliasStrings.map(text),
      definition: text(term.definition),
      claims: claims.map((c) => text(c.text)),
      quotes: claims.flatMap((c) => c.quotes.map((q) => text(q.text))),
      labelKey: romanizationKey(term.label),
      aliasKeys: new Set(aliasStrings.map(romanizationKey)),
      names: [term.label, ...aliasStrings].map((s) => normalizeAlias(s)),
    };
  });
  const docs: Doc[] = entries.map((e) => ({
    label: e.label.normalized.text,
    aliases: e.aliases.map((a) => a.normalized.text),
    definition: e.definition.normalized.text,
    claims: e.claims.map((c) => c.normalized.text),
    quotes: e.quotes.map((q) => q.normalized.text),
  }));
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'label', weight: 4 },
      { name: 'aliases', weight: 3 },
      { name: 'definition', weight: 1 },
      { name: 'claims', weight: 0.6 },
      { name: 'quotes', weight: 0.6 },
    ],
    useTokenSearch: true,
    tokenMatch: 'all',
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    threshold: 0.3,
    minMatchCharLength: 2,
  });

  function textOf(entry: Entry, match: FuseResultMatch): { field: keyof Doc; text: Text } | null {
    const field = FIELD_OF_KEY[match.key ?? ''];
    if (!field) return null;
    const value =
      field === 'label'
        ? entry.label
        : field === 'definition'
          ? entry.definition
          : entry[field][match.refIndex ?? -1];
    return value ? { field, text: value } : null;
  }

  /**
   * Fuse's inclusive index pairs in the normalised text → ranges in the original text. Runs a
   * letter apart are joined (`chon|hwa` → `chonghwa`), stray pairs of letters dropped, and runs
   * that start inside a word (`ring` in "entering") dropped when others start a word.
   */
  function toOriginal(t: Text, indices: readonly RangeTuple[], minLength: number): [number, number][] {
    const { offsets, text: normalized } = t.normalized;
    const joined: [number, number][] = [];
    for (const [s, e] of [...indices].sort((a, b) => a[0] - b[0])) {
      const last = joined[joined.length - 1];
      if (last && s <= last[1] + 2) last[1] = Math.max(last[1], e);
      else joined.push([s, e]);
    }
    const long = joined.filter(([s, e]) => e - s + 1 >= minLength);
    const atWordStart = long.filter(([s]) => s === 0 || !/[\p{L}\p{N}]/u.test(normalized[s - 1]!));
    return mergeRanges(
      (atWordStart.length > 0 ? atWordStart : long).map(([s, e]): [number, number] => [
        offsets[s] ?? 0,
        offsets[e + 1] ?? t.original.length,
      ]),
    );
  }

  function tierOf(entry: Entry, keys: string[], prefixes: string[]): SearchHit['tier'] {
    if (keys.some((k) => k === entry.labelKey)) return 0;
    if (keys.some((k) => entry.aliasKeys.has(k))) return 1;
    if (prefixes.some((p) => p.length >= 2 && entry.names.some((n) => n.startsWith(p)))) return 2;
    return 3;
  }

  return {
    search(query: string, limit = 30): SearchHit[] {
      const words = normalizeAlias(query)
        .split(' ')
        .filter((w) => w !== '');
      const meaningful = words.filter((w) => !STOP_WORDS.has(w));
      if (meaningful.length === 0) return [];
      // Hangul words also without their particle; both forms are tried, the better counts.
      const stripped = meaningful.map((w) => withoutParticle(w) ?? w);
      const queries = [...new Set([meaningful.join(' '), stripped.join(' ')])];
      const keys = [...new Set([romanizationKey(words.join(' ')), ...queries.map(romanizationKey)])];
      const minLength = Math.min(3, ...stripped.map((w) => w.length));

      const best = new Map<number, { score: number; matches: readonly FuseResultMatch[] }>();
      for (const q of queries) {
        for (const r of fuse.search(q)) {
          const score = r.score ?? 1;
          const known = best.get(r.refIndex);
          if (!known || score < known.score) best.set(r.refIndex, { score, matches: r.matches ?? [] });
        }
      }
      // An exact name or a name's beginning is a hit even where fuzzy scoring would not call it
      // one (`8.3` has no word of two letters for Fuse to match).
      entries.forEach((entry, i) => {
        if (!best.has(i) && tierOf(entry, keys, queries) < 3) best.set(i, { score: 0, matches: [] });
      });

      const hits: (SearchHit & { wordsFound: boolean })[] = [];
      for (const [i, { score, matches }] of best) {
        const entry = entries[i]!;
        const tier = tierOf(entry, keys, queries);
        const wordsIn = (segments: string[]) =>
          meaningful.filter((word, w) =>
            [word, stripped[w]!].some((form) => segments.some((seg) => nearlyContains(seg, form))),
          ).length;
        const wordsFound = wordsIn(matchedSegments(entry, matches)) === meaningful.length;
        let labelRanges: [number, number][] = [];
        const contexts = new Map<ContextField, Highlighted & { words: number }>();
        for (const m of matches) {
          const found = textOf(entry, m);
          if (!found || !m.indices) continue;
          const ranges = toOriginal(found.text, m.indices, minLength);
          if (ranges.length === 0) continue;
          if (found.field === 'label') {
            // Only where a word of the query is really in the label ("ion" of "distribution" is not "union").
            if (wordsIn(matchedSegments(entry, [m])) > 0) labelRanges = ranges;
            continue;
          }
          const field = (found.field === 'aliases' ? 'alias' : found.field.replace(/s$/, '')) as ContextField;
          const known = contexts.get(field);
          const words = wordsIn(matchedSegments(entry, [m]));
          // Of several aliases or quotes, show the one with most of the query's words, then most text matched.
          if (
            !known ||
            words > known.words ||
            (words === known.words && covered(ranges) > covered(known.ranges))
          )
            contexts.set(field, { text: found.text.original, ranges, words });
        }
        // The query is the label, spelled another way: all of it is what was found.
        if (tier === 0) labelRanges = [[0, entry.label.original.length]];
        else if (tier === 2 && labelRanges.length === 0) labelRanges = prefixRange(entry, queries);
        // The field that holds most of the query's words; on a tie, the first of alias, definition, claim, quote.
        let contextField: ContextField | undefined;
        for (const f of ['alias', 'definition', 'claim', 'quote'] as const) {
          const c = contexts.get(f);
          if (c && (contextField === undefined || c.words > contexts.get(contextField)!.words))
            contextField = f;
        }
        const context =
          contextField !== undefined && (labelRanges.length === 0 || tier === 1)
            ? { field: contextField, text: excerpt(withoutWords(contexts.get(contextField)!)) }
            : null;
        hits.push({
          termId: entry.id,
          kind: entry.kind,
          label: { text: entry.label.original, ranges: labelRanges },
          context,
          tier,
          score,
          wordsFound,
        });
      }
      hits.sort((a, b) => a.tier - b.tier || a.score - b.score || a.label.text.length - b.label.text.length);
      // Fuzzy matching over long texts finds "ing" for "ring": below the best hit, a fuzzy hit stays
      // only if each word of the query is really in it (exactly for short words, nearly for long ones).
      return hits
        .filter((hit, rank) => rank === 0 || hit.tier < 3 || hit.wordsFound)
        .slice(0, limit)
        .map(({ wordsFound: _, ...hit }) => hit);
    },
  };
}

/** The normalised text around each run Fuse matched (runs at most a character apart joined). */
function matchedSegments(entry: Entry, matches: readonly FuseResultMatch[]): string[] {
  const segments: string[] = [];
  for (const m of matches) {
    const field = FIELD_OF_KEY[m.key ?? ''];
    if (!field || !m.indices) continue;
    const value =
      field === 'label'
        ? entry.label
        : field === 'definition'
          ? entry.definition
          : entry[field][m.refIndex ?? -1];
    if (!value) continue;
    const text = value.normalized.text;
    const runs = [...m.indices].sort((a, b) => a[0] - b[0]);
    let [start, end] = runs[0] ?? [0, -1];
    for (const [s, e] of [...runs.slice(1), [Infinity, Infinity] as const]) {
      if (s <= end + 2) {
        end = Math.max(end, e);
        continue;
      }
      if (end >= start) segments.push(text.slice(Math.max(0, start - 2), end + 3));
      [start, end] = [s, e];
    }
  }
  return segments;
}

/** Typos allowed for a query word: none up to four letters, one up to seven, then two. */
function typosAllowed(word: string): number {
  return word.length <= 4 ? 0 : word.length <= 7 ? 1 : 2;
}

/**
 * Whether `word` occurs in `text` with at most `typosAllowed(word)` edits, a swap of two neighbouring
 * letters counting as one (Sellers' algorithm with Damerau's transposition).
 */
export function nearlyContains(text: string, word: string): boolean {
  const k = typosAllowed(word);
  if (k === 0) return text.includes(word);
  const m = word.length;
  let before: number[] = [];
  let previous = Array.from({ length: m + 1 }, (_, i) => i);
  for (let j = 0; j < text.length; j++) {
    const current = [0];
    for (let i = 1; i <= m; i++) {
      let cost = Math.min(
        previous[i]! + 1,
        current[i - 1]! + 1,
        previous[i - 1]! + (word[i - 1] === text[j] ? 0 : 1),
      );
      if (i > 1 && j > 0 && word[i - 1] === text[j - 1] && word[i - 2] === text[j])
        cost = Math.min(cost, before[i - 2]! + 1);
      current.push(cost);
    }
    if (current[m]! <= k) return true;
    [before, previous] = [previous, current];
  }
  return false;
}

function withoutWords({ text, ranges }: Highlighted & { words: number }): Highlighted {
  return { text, ranges };
}

function covered(ranges: readonly [number, number][]): number {
  return ranges.reduce((n, [s, e]) => n + e - s, 0);
}

/** For a hit by prefix without Fuse's highlights: the label's own prefix, when it is the one. */
function prefixRange(entry: Entry, queries: string[]): [number, number][] {
  const normalized = entry.label.normalized;
  const q = queries.find((p) => normalized.text.startsWith(p));
  return q ? [[0, normalized.offsets[q.length] ?? entry.label.original.length]] : [];
}
