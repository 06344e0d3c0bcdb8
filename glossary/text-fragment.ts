import {
  collapseWhiteSpace,
  findVerbatim,
  foldCase,
  renderText,
  type RenderedText,
} from './rendered-text.ts';

/**
 * Text Fragments (WICG, https://wicg.github.io/scroll-to-text-fragment/):
 * `#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`. Quote links use them to open the source at the
 * quoted passage. Matching here approximates the spec on a plain-text copy of the source (see
 * `findFragmentMatches`), and reports every match, not just the first, so links can be held to
 * "this passage and only it".
 */
export interface TextDirective {
  prefix?: string;
  textStart: string;
  textEnd?: string;
  suffix?: string;
}

/** A match in the rendered source: offsets into `RenderedText.text`, and the matched text. */
export interface FragmentMatch {
  start: number;
  end: number;
  text: string;
}

/**
 * Percent-encodes one part of a text directive. `-`, `,` and `&` are the directive's own syntax, so
 * the spec requires them encoded; `encodeURIComponent` already does `,` and `&` but leaves `-`. We
 * also encode `.`, `!`, `'`, `(`, `)` and `*` (decoding gives them back): links are pasted into
 * chats and documents whose auto-linkers drop a trailing `.` or `)` from a URL, which would break
 * a link that ends a sentence.
 */
export function encodeTextDirectivePart(s: string): string {
  return encodeURIComponent(s).replace(/[-.!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The directive's value as it goes after `text=`. */
export function formatTextDirective(d: TextDirective): string {
  const parts: string[] = [];
  if (d.prefix !== undefined) parts.push(`${encodeTextDirectivePart(d.prefix)}-`);
  parts.push(encodeTextDirectivePart(d.textStart));
  if (d.textEnd !== undefined) parts.push(encodeTextDirectivePart(d.textEnd));
  if (d.suffix !== undefined) parts.push(`-${encodeTextDirectivePart(d.suffix)}`);
  return parts.join(',');
}

function percentDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** Parses the value of one `text=` directive as the spec does; null when the spec would ignore it. */
export function parseTextDirective(value: string): TextDirective | null {
  const tokens = value.split(',');
  if (tokens.length < 1 || tokens.length > 4 || tokens.some((t) => t === '')) return null;
  let prefix: string | null | undefined;
  let suffix: string | null | undefined;
  if (tokens[0]!.endsWith('-')) prefix = percentDecode(tokens.shift()!.slice(0, -1));
  const last = tokens[tokens.length - 1];
  if (last !== undefined && last.startsWith('-')) suffix = percentDecode(tokens.pop()!.slice(1));
  if (tokens.length !== 1 && tokens.length !== 2) return null;
  const textStart = percentDecode(tokens[0]!);
  const textEnd = tokens.length === 2 ? percentDecode(tokens[1]!) : undefined;
  if (prefix === null || suffix === null || textStart === null || textEnd === null) return null;
  if ([prefix, textStart, textEnd, suffix].some((part) => part === '')) return null;
  const d: TextDirective = { textStart };
  if (prefix !== undefined) d.prefix = prefix;
  if (textEnd !== undefined) d.textEnd = textEnd;
  if (suffix !== undefined) d.suffix = suffix;
  return d;
}

export interface ParsedTextFragment {
  /** The URL without its fragment. */
  base: string;
  directives: TextDirective[];
  /** Raw values of `text=` directives the spec would ignore (malformed). */
  invalid: string[];
}

/** The text directives of a URL; null when it has no fragment directive (`:~:`). */
export function parseTextFragment(url: string): ParsedTextFragment | null {
  const hash = url.indexOf('#');
  if (hash === -1) return null;
  const fragment = url.slice(hash + 1);
  const delimiter = fragment.indexOf(':~:');
  if (delimiter === -1) return null;
  const result: ParsedTextFragment = { base: url.slice(0, hash), directives: [], invalid: [] };
  for (const directive of fragment.slice(delimiter + 3).split('&')) {
    if (!directive.startsWith('text=')) continue;
    const value = directive.slice('text='.length);
    const parsed = parseTextDirective(value);
    if (parsed) result.directives.push(parsed);
    else result.invalid.push(value);
  }
  return result;
}

interface Bounds {
  wordStart: boolean;
  wordEnd: boolean;
}

/**
 * Start offsets of `query` in the rendered text at or after `from`, case-insensitive, never across a
 * paragraph (the spec searches each block's text separately).
 */
function* occurrences(r: RenderedText, query: string, from: number, bounds: Bounds): Generator<number> {
  const needle = foldCase(query);
  if (needle === '') return;
  for (let i = r.folded.indexOf(needle, from); i !== -1; i = r.folded.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    const block = r.blockAt[i];
    if (block === undefined || block === -1 || r.blockAt[end - 1] !== block) continue;
    if (bounds.wordStart && !r.wordBoundary[i]) continue;
    if (bounds.wordEnd && !r.wordBoundary[end]) continue;
    yield i;
  }
}

/** The spec's "advance to the next non-whitespace position": the rendered text has single spaces. */
function skipSpace(r: RenderedText, i: number): number {
  return r.text[i] === ' ' ? i + 1 : i;
}

/** Whether `query` occurs exactly at `at` (after white space), bounded as the spec asks. */
function occursAt(r: RenderedText, query: string, at: number, bounds: Bounds): boolean {
  for (const i of occurrences(r, query, at, bounds)) return i === at;
  return false;
}

/**
 * Every range of the source that the directive selects, in document order; a browser scrolls to the
 * first. Approximates the spec's "find a range from a text directive" on the rendered text:
 * case-insensitive (the spec compares at Unicode collation primary strength, which also ignores
 * accents: none of our sources depends on that), each term inside one paragraph, `textStart` and
 * `textEnd` on word boundaries (UAX #29 via `Intl.Segmenter`), `textEnd` the first occurrence after
 * `textStart` (after which the suffix, if any, must follow), and `prefix`/`suffix` only white space
 * away from the match.
 */
export function findFragmentMatches(directive: TextDirective, sourceText: string): FragmentMatch[] {
  const r = renderText(sourceText);
  const { prefix, textStart, textEnd, suffix } = directive;
  const startMustEndOnWord = textEnd !== undefined || suffix === undefined;
  const starts: number[] = [];
  if (prefix !== undefined) {
    for (const p of occurrences(r, prefix, 0, { wordStart: true, wordEnd: false })) {
      const at = skipSpace(r, p + prefix.length);
      if (occursAt(r, textStart, at, { wordStart: false, wordEnd: startMustEndOnWord })) starts.push(at);
    }
  } else {
    starts.push(...occurrences(r, textStart, 0, { wordStart: true, wordEnd: startMustEndOnWord }));
  }

  const suffixFollows = (end: number): boolean =>
    suffix === undefined || occursAt(r, suffix, skipSpace(r, end), { wordStart: false, wordEnd: true });

  const matches: FragmentMatch[] = [];
  const seen = new Set<number>();
  for (const start of starts) {
    if (seen.has(start)) continue;
    seen.add(start);
    const startEnd = start + textStart.length;
    let end: number | undefined;
    if (textEnd === undefined) {
      if (suffixFollows(startEnd)) end = startEnd;
    } else {
      const endBounds = { wordStart: true, wordEnd: suffix === undefined };
      for (const e of occurrences(r, textEnd, startEnd, endBounds)) {
        const candidate = e + textEnd.length;
        // Without a suffix the first end wins; with one, the spec moves on to later ends.
        if (suffixFollows(candidate)) {
          end = candidate;
          break;
        }
        if (suffix === undefined) break;
      }
    }
    if (end !== undefined) matches.push({ start, end, text: r.text.slice(start, end) });
  }
  return matches;
}

/** Passages up to this many words link with `text=<the passage>`; longer ones with `textStart,textEnd`. */
const EXACT_MAX_WORDS = 8;
/** Words at each end of a long passage to start with; more are added until the link is unique. */
const MIN_EDGE_WORDS = 3;
/** Words of context (prefix/suffix) tried at most before giving up. */
const MAX_CONTEXT_WORDS = 6;

function* candidateDirectives(passage: string, before: string[], after: string[]): Generator<TextDirective> {
  const words = passage.split(' ');
  const n = words.length;
  const contexts: { prefix?: string; suffix?: string }[] = [{}];
  for (let k = 1; k <= MAX_CONTEXT_WORDS; k++) {
    const prefix = before.length >= k ? before.slice(-k).join(' ') : undefined;
    const suffix = after.length >= k ? after.slice(0, k).join(' ') : undefined;
    if (prefix !== undefined) contexts.push({ prefix });
    if (suffix !== undefined) contexts.push({ suffix });
    if (prefix !== undefined && suffix !== undefined) contexts.push({ prefix, suffix });
  }
  for (const context of contexts) {
    if (n <= EXACT_MAX_WORDS) yield { ...context, textStart: passage };
    for (let k = Math.min(MIN_EDGE_WORDS, Math.floor(n / 2)); k >= 1 && 2 * k <= n; k++) {
      yield { ...context, textStart: words.slice(0, k).join(' '), textEnd: words.slice(n - k).join(' ') };
    }
    // A long passage inside one paragraph can still be unique only as a whole.
    if (n > EXACT_MAX_WORDS) yield { ...context, textStart: passage };
  }
}

/**
 * The link that opens `sourceUrl` at `passage` and selects exactly that passage, and only it, in the
 * source. The passage must occur verbatim (after collapsing white space) exactly once. Context is
 * added only when the shorter forms would also match elsewhere. Throws when no directive can single
 * the passage out, with the reason.
 */
export function buildQuoteLink(sourceUrl: string, passage: string, sourceText: string): string {
  const r = renderText(sourceText);
  const quote = collapseWhiteSpace(passage);
  const found = findVerbatim(r, quote);
  if (found.length === 0) throw new Error(`passage not found verbatim in the source: "${quote}"`);
  if (found.length > 1) {
    throw new Error(`passage occurs ${found.length} times in the source; quote more of it: "${quote}"`);
  }
  const start = found[0]!;
  const end = start + quote.length;
  // Context words come from the rendered text, so a passage cut mid-word gets the rest of that word.
  const before = r.text.slice(0, start).split(' ');
  if (before[before.length - 1] === '') before.pop();
  const after = r.text.slice(end).split(' ');
  if (after[0] === '') after.shift();

  for (const directive of candidateDirectives(quote, before, after)) {
    const matches = findFragmentMatches(directive, sourceText);
    if (matches.length === 1 && matches[0]!.start === start && matches[0]!.end === end) {
      const base = sourceUrl.includes('#') ? sourceUrl : `${sourceUrl}#`;
      return `${base}:~:text=${formatTextDirective(directive)}`;
    }
  }
  throw new Error(`no text fragment selects exactly this passage and only it: "${quote}"`);
}
