/**
 * Finds the relevance lexicon's forms in a text, in one pass per case rule: each is one regular
 * expression holding every form as a trie, longest first, so the longest form wins where forms
 * overlap (`Workers' Party of Korea` over `Workers' Party`).
 *
 * Word boundaries and exclusions are checked in code on each candidate, not inside the
 * expression: look-arounds with Unicode classes around a few hundred forms made V8 spend close to
 * 100 ms compiling the expression, once per page load and again for each string width, while the
 * plain alternation compiles in about a millisecond. The lexicon is small and the text is capped,
 * so a pass stays at a few milliseconds; the glossary matcher (matcher.ts) is built for much
 * larger lists.
 */
import { RELEVANCE_SIGNALS, type RelevanceSignal } from './relevance-lexicon.ts';

export interface SignalHit {
  id: string;
  /** Index of the match in the text. */
  index: number;
  /** The matched text. */
  text: string;
  /** The form is also an everyday name (see `RelevanceSignal.ambiguous`). */
  ambiguous?: boolean;
}

interface FormRule {
  id: string;
  ambiguous: boolean;
  /** The character before must not be a letter or digit. */
  startsWord: boolean;
  /** The character after must not be a letter or digit. */
  endsWord: boolean;
  notPrecededBy?: RegExp;
  notFollowedBy?: RegExp;
}

interface CompiledLexicon {
  insensitive: RegExp;
  sensitive: RegExp;
  /** Form key → rule, for each expression. */
  insensitiveRules: Map<string, FormRule>;
  sensitiveRules: Map<string, FormRule>;
}

const SEPARATOR = '[\\s\\-\\u2010-\\u2015]*';
const APOSTROPHE = "['\\u2018\\u2019\\u02bc`]?";
const LATIN_END = /[A-Za-z]$/;

/** How far back a `notPrecededBy` rule may look. */
const LOOK_BEHIND_CHARS = 4;

/** The key a matched text is looked up by: case, separators, apostrophes and dots removed. */
export function formKey(text: string): string {
  return text.toLowerCase().replace(/[\s\-\u2010-\u2015'\u2018\u2019\u02bc`.]/g, '');
}

const REGEXP_SYNTAX = new Set('.*+?^${}()|[]\\/');

function escapeChar(ch: string): string {
  return REGEXP_SYNTAX.has(ch) ? `\\${ch}` : ch;
}

/** A form as pattern pieces: separators and apostrophes loosened, everything else literal. */
function formPieces(form: string, foldCase: boolean): string[] {
  const pieces: string[] = [];
  for (const ch of foldCase ? form.toLowerCase() : form) {
    if (ch === ' ' || ch === '-') {
      if (pieces[pieces.length - 1] !== SEPARATOR) pieces.push(SEPARATOR);
    } else if (ch === "'") {
      pieces.push(APOSTROPHE);
    } else {
      pieces.push(escapeChar(ch));
    }
  }
  return pieces;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** A form ends here; `plural` when it ends with a Latin letter. */
  end: false | { plural: boolean };
}

/**
 * One expression for all forms, shaped as a trie (`North Korea(?:n)?` rather than `North
 * Korean|North Korea`): V8 tries the alternatives of a flat list one by one at every position of
 * the text, which made a pass over 50,000 characters cost several milliseconds; a trie fails on
 * the first character for almost every position. Children come before the end of a form, so the
 * longest form wins.
 */
function trieExpression(forms: string[], foldCase: boolean): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const form of forms) {
    let node = root;
    for (const piece of formPieces(form, foldCase)) {
      let next = node.children.get(piece);
      if (!next) {
        next = { children: new Map(), end: false };
        node.children.set(piece, next);
      }
      node = next;
    }
    node.end = { plural: LATIN_END.test(form) };
  }
  const emit = (node: TrieNode): string => {
    const branches = Array.from(node.children, ([piece, child]) => piece + emit(child));
    if (node.end) branches.push(node.end.plural ? '(?:e?s)?' : '');
    if (branches.length === 1) return branches[0] ?? '';
    return `(?:${branches.join('|')})`;
  };
  return emit(root);
}

/**
 * Letter or digit, by code ranges: ASCII letters and digits, and every other character that is not
 * white space or punctuation. Unicode property classes would be exact but cost milliseconds each
 * to compile on every page load; for word boundaries around Latin and Hangul names, "not space or
 * punctuation" is what matters.
 */
export function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  }
  if (code <= 0xbf || code === 0xd7 || code === 0xf7) return false; // Latin-1 punctuation, NBSP, × ÷
  if (code >= 0x2000 && code <= 0x2bff) return false; // spaces, punctuation, symbols, arrows
  if (code >= 0x3000 && code <= 0x303f) return false; // CJK punctuation
  if (code >= 0xfe30 && code <= 0xfe6f) return false; // CJK compatibility punctuation
  if (code >= 0xff00 && code <= 0xff0f) return false; // full-width punctuation
  if (code === 0xfeff) return false;
  return true;
}

function isHanOrKana(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

function isWordEdge(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return ch !== '' && isWordChar(code) && !isHanOrKana(code);
}

/** Look-around expressions of a signal, compiled once for all its forms. */
const edgeExpressions = new WeakMap<RelevanceSignal, { before?: RegExp; after?: RegExp }>();

function ruleOf(form: string, signal: RelevanceSignal): FormRule {
  // A name of three words or more cannot occur inside another word by accident, and scraped text
  // often glues it to its neighbours ("General SecretaryKim Jong Unvisited").
  const long = form.split(' ').length >= 3;
  const rule: FormRule = {
    id: signal.id,
    ambiguous: signal.ambiguous === true,
    // Han and kana have no spaces between words: no boundary can be asked of them. Hangul must
    // start a word but may end anywhere, since particles attach to the noun.
    startsWord: !long && isWordEdge(form[0] ?? ''),
    endsWord: !long && /[A-Za-z0-9]$/.test(form),
  };
  let edges = edgeExpressions.get(signal);
  if (!edges) {
    edges = {};
    if (signal.notPrecededBy) edges.before = new RegExp(`(?:${signal.notPrecededBy})$`);
    if (signal.notFollowedBy) edges.after = new RegExp(signal.notFollowedBy, 'y');
    edgeExpressions.set(signal, edges);
  }
  if (edges.before) rule.notPrecededBy = edges.before;
  if (edges.after) rule.notFollowedBy = edges.after;
  return rule;
}

/** The two expressions' sources for a lexicon: case-folded forms, and case-sensitive ones. */
export interface LexiconExpressions {
  insensitive: string;
  sensitive: string;
}

/**
 * The expressions' sources for `signals`. Building them walks a trie of a few thousand nodes,
 * which costs 7–20 ms on a page where the code has not warmed up, on every page load: the
 * extension's build computes them once (see `wxt.config.ts`) and the content script gets them as
 * a constant.
 */
export function lexiconExpressions(signals: readonly RelevanceSignal[]): LexiconExpressions {
  const insensitive: string[] = [];
  const sensitive: string[] = [];
  for (const signal of signals) {
    insensitive.push(...(signal.forms ?? []));
    sensitive.push(...(signal.caseSensitive ?? []));
  }
  return { insensitive: trieExpression(insensitive, true), sensitive: trieExpression(sensitive, false) };
}

function compile(signals: readonly RelevanceSignal[], built?: LexiconExpressions): CompiledLexicon {
  const insensitiveForms: string[] = [];
  const sensitiveForms: string[] = [];
  const insensitiveRules = new Map<string, FormRule>();
  const sensitiveRules = new Map<string, FormRule>();
  const register = (rules: Map<string, FormRule>, form: string, signal: RelevanceSignal): void => {
    const key = formKey(form);
    const known = rules.get(key);
    if (known !== undefined && known.id !== signal.id) {
      throw new Error(`relevance lexicon: "${form}" is listed under both ${known.id} and ${signal.id}`);
    }
    rules.set(key, ruleOf(form, signal));
  };
  for (const signal of signals) {
    for (const form of signal.forms ?? []) {
      insensitiveForms.push(form);
      register(insensitiveRules, form, signal);
    }
    for (const form of signal.caseSensitive ?? []) {
      sensitiveForms.push(form);
      register(sensitiveRules, form, signal);
    }
  }
  return {
    insensitive: new RegExp(built?.insensitive ?? trieExpression(insensitiveForms, true), 'gi'),
    sensitive: new RegExp(built?.sensitive ?? trieExpression(sensitiveForms, false), 'g'),
    insensitiveRules,
    sensitiveRules,
  };
}

function ruleFor(rules: Map<string, FormRule>, matched: string): FormRule | undefined {
  const key = formKey(matched);
  // A Latin form may have matched with a plural ending.
  return rules.get(key) ?? rules.get(key.replace(/s$/, '')) ?? rules.get(key.replace(/es$/, ''));
}

function accepts(rule: FormRule, text: string, start: number, end: number): boolean {
  if (rule.startsWord && start > 0 && isWordChar(text.charCodeAt(start - 1))) return false;
  if (rule.endsWord && end < text.length && isWordChar(text.charCodeAt(end))) return false;
  if (
    rule.notPrecededBy &&
    rule.notPrecededBy.test(text.slice(Math.max(0, start - LOOK_BEHIND_CHARS), start))
  ) {
    return false;
  }
  if (rule.notFollowedBy) {
    rule.notFollowedBy.lastIndex = end;
    if (rule.notFollowedBy.test(text)) return false;
  }
  return true;
}

function collect(pattern: RegExp, rules: Map<string, FormRule>, text: string, hits: SignalHit[]): void {
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const start = match.index;
    const matched = match[0];
    const end = start + matched.length;
    const rule = ruleFor(rules, matched);
    if (rule && accepts(rule, text, start, end)) {
      const hit: SignalHit = { id: rule.id, index: start, text: matched };
      if (rule.ambiguous) hit.ambiguous = true;
      hits.push(hit);
    } else {
      // A rejected candidate may hide a good one that starts inside it.
      pattern.lastIndex = start + 1;
    }
  }
}

export type SignalMatcher = (text: string) => SignalHit[];

/**
 * A matcher for a lexicon: every occurrence of its forms in a text, in text order. Built lazily:
 * the expressions are compiled on first use. `built` are their sources computed beforehand by
 * `lexiconExpressions` for the same signals (the extension's build does it). Co-reference rules
 * (`needs`) and the gating of weak signals are the classifier's job.
 */
export function createSignalMatcher(
  signals: readonly RelevanceSignal[],
  built?: LexiconExpressions,
): SignalMatcher {
  let compiled: CompiledLexicon | undefined;
  return (text: string): SignalHit[] => {
    compiled ??= compile(signals, built);
    const { insensitive, sensitive, insensitiveRules, sensitiveRules } = compiled;
    const hits: SignalHit[] = [];
    collect(insensitive, insensitiveRules, text, hits);
    collect(sensitive, sensitiveRules, text, hits);
    return hits.sort((a, b) => a.index - b.index);
  };
}

/** The relevance lexicon's matcher. */
export const findSignals: SignalMatcher = createSignalMatcher(RELEVANCE_SIGNALS);
