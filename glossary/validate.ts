import { normalizeAlias } from '../engine/normalize.ts';
import type { Claim } from './model/claim.ts';
import type { GlossaryPack } from './model/pack.ts';
import type { Source, SourceId } from './model/source.ts';
import type { Speaker } from './model/speaker.ts';
import { TERM_KINDS, type Term } from './model/term.ts';
import { collapseWhiteSpace, findVerbatim, renderText, type RenderedText } from './rendered-text.ts';
import { findFragmentMatches, parseTextFragment } from './text-fragment.ts';

export type ProblemCode =
  | 'duplicate-id'
  | 'dangling-id'
  | 'blank'
  | 'invalid-value'
  | 'missing-source-text'
  | 'span'
  | 'no-aliases'
  | 'alias-conflict'
  | 'in-article'
  | 'no-terms'
  | 'no-quotes'
  | 'evidence'
  | 'quote-not-verbatim'
  | 'link'
  | 'attribution';

/** One thing wrong with a pack. `subject` names the record ("claim c-12 quote 2"); `message` says it all. */
export interface Problem {
  code: ProblemCode;
  subject: string;
  message: string;
}

const BEFORE_ELLIPSIS = 80;

function excerpt(s: string): string {
  const t = collapseWhiteSpace(s);
  return t.length > BEFORE_ELLIPSIS ? `"${t.slice(0, BEFORE_ELLIPSIS)}…"` : `"${t}"`;
}

function isBlank(s: string | undefined): boolean {
  return s === undefined || s.trim() === '';
}

/** Where a speaker has the floor in a source: [start, end) offsets of the rendered text. */
interface Span {
  start: number;
  end: number;
}

/** A speaker's resolved spans; `complete` is false when one of them did not resolve. */
interface Floor {
  spans: Span[];
  complete: boolean;
}

/**
 * Checks a glossary pack against the texts of its sources. Returns every problem found, each with a
 * message precise enough to fix it without a debugger; an empty list means the pack is sound.
 */
export function validatePack(pack: GlossaryPack, sourceTexts: Record<SourceId, string>): Problem[] {
  const problems: Problem[] = [];
  const report = (code: ProblemCode, subject: string, what: string): void => {
    problems.push({ code, subject, message: `${subject}: ${what}` });
  };

  checkDuplicates(pack, report);
  const sourceById = new Map(pack.sources.map((s) => [s.id, s]));
  const speakerById = new Map(pack.speakers.map((s) => [s.id, s]));
  const termIds = new Set(pack.terms.map((t) => t.id));

  const rendered = new Map<SourceId, RenderedText>();
  for (const source of pack.sources) {
    checkSource(source, report);
    const text = sourceTexts[source.id];
    if (text === undefined) {
      report(
        'missing-source-text',
        `source ${source.id}`,
        `no verification text (expected glossary/sources/${source.textFile})`,
      );
    } else {
      rendered.set(source.id, renderText(text));
    }
  }

  const spans = new Map<Speaker['id'], Floor>();
  for (const speaker of pack.speakers) {
    spans.set(speaker.id, checkSpeaker(speaker, sourceById, rendered, report));
  }
  checkSpanOverlaps(pack.speakers, spans, report);

  for (const term of pack.terms) checkTerm(term, termIds, report);
  checkAliasConflicts(pack.terms, report);
  checkInArticle(pack, sourceTexts, report);

  for (const claim of pack.claims) {
    checkClaim(claim, { termIds, sourceById, speakerById, sourceTexts, spans }, report);
  }
  return problems;
}

type Report = (code: ProblemCode, subject: string, what: string) => void;

function checkDuplicates(pack: GlossaryPack, report: Report): void {
  const collections = [
    ['source', pack.sources],
    ['speaker', pack.speakers],
    ['term', pack.terms],
    ['claim', pack.claims],
  ] as const;
  for (const [kind, items] of collections) {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item.id, (counts.get(item.id) ?? 0) + 1);
    items.forEach((item, i) => {
      if (isBlank(item.id)) report('blank', `${kind} #${i + 1}`, 'blank id');
    });
    for (const [id, count] of counts) {
      if (count > 1 && !isBlank(id)) report('duplicate-id', `${kind} ${id}`, `id used by ${count} ${kind}s`);
    }
  }
}

function checkSource(source: Source, report: Report): void {
  const subject = `source ${source.id}`;
  for (const field of ['title', 'publisher', 'url', 'textFile'] as const) {
    if (isBlank(source[field])) report('blank', subject, `blank ${field}`);
  }
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(source.date)) {
    report('invalid-value', subject, `date "${source.date}" is not an ISO date (YYYY[-MM[-DD]])`);
  }
  if (!isBlank(source.url) && !/^https?:\/\/[^#\s]+$/.test(source.url)) {
    report('invalid-value', subject, `url "${source.url}" is not an http(s) address without a fragment`);
  }
}

function checkSpeaker(
  speaker: Speaker,
  sourceById: ReadonlyMap<SourceId, Source>,
  rendered: ReadonlyMap<SourceId, RenderedText>,
  report: Report,
): Floor {
  const subject = `speaker ${speaker.id}`;
  if (isBlank(speaker.name)) report('blank', subject, 'blank name');
  if (isBlank(speaker.summary)) report('blank', subject, 'blank summary');
  if (!sourceById.has(speaker.source)) {
    report('dangling-id', subject, `source "${speaker.source}" does not exist`);
    return { spans: [], complete: false };
  }
  const r = rendered.get(speaker.source);
  if (!r) return { spans: [], complete: false };
  if (speaker.spans.length === 0) report('span', subject, 'has no spans, so no quote can be attributed');
  const resolved: Span[] = [];
  speaker.spans.forEach((span, i) => {
    const where = `${subject} span ${i + 1}`;
    const from = collapseWhiteSpace(span.from);
    const to = collapseWhiteSpace(span.to);
    if (from === '' || to === '') {
      report('span', where, '`from` and `to` must both be non-blank');
      return;
    }
    const opening = r.blocks.flatMap((b, index) => (r.text.startsWith(from, b.start) ? [index] : []));
    if (opening.length !== 1) {
      const why = opening.length === 0 ? 'opens no paragraph' : `opens ${opening.length} paragraphs`;
      report('span', where, `\`from\` ${excerpt(from)} ${why} of source ${speaker.source}`);
      return;
    }
    const first = opening[0]!;
    const last = r.blocks.findIndex((b, index) => index >= first && r.text.endsWith(to, b.end));
    if (last === -1) {
      report(
        'span',
        where,
        `\`to\` ${excerpt(to)} ends no paragraph at or after the one \`from\` opens in source ${speaker.source}`,
      );
      return;
    }
    resolved.push({ start: r.blocks[first]!.start, end: r.blocks[last]!.end });
  });
  return { spans: resolved, complete: resolved.length === speaker.spans.length };
}

/** Two speakers holding the floor in the same paragraph would make attribution meaningless. */
function checkSpanOverlaps(
  speakers: readonly Speaker[],
  spans: ReadonlyMap<string, Floor>,
  report: Report,
): void {
  for (let i = 0; i < speakers.length; i++) {
    for (let j = i + 1; j < speakers.length; j++) {
      const a = speakers[i]!;
      const b = speakers[j]!;
      if (a.source !== b.source) continue;
      for (const sa of spans.get(a.id)?.spans ?? []) {
        for (const sb of spans.get(b.id)?.spans ?? []) {
          if (sa.start < sb.end && sb.start < sa.end) {
            report('span', `speaker ${a.id}`, `a span overlaps a span of speaker ${b.id}`);
          }
        }
      }
    }
  }
}

function checkTerm(term: Term, termIds: ReadonlySet<string>, report: Report): void {
  const subject = `term ${term.id}`;
  if (isBlank(term.label)) report('blank', subject, 'blank label');
  if (isBlank(term.definition)) report('blank', subject, 'blank definition');
  if (!(TERM_KINDS as readonly string[]).includes(term.kind)) {
    report('invalid-value', subject, `kind "${term.kind}" is not one of ${TERM_KINDS.join(', ')}`);
  }
  const bases = ['article', 'general-knowledge', 'article-and-general-knowledge'];
  if (!bases.includes(term.definitionBasis)) {
    report(
      'invalid-value',
      subject,
      `definitionBasis "${term.definitionBasis}" is not one of ${bases.join(', ')}`,
    );
  }
  const all = [...term.aliases, ...(term.caseSensitiveAliases ?? [])];
  if (all.length === 0) report('no-aliases', subject, 'has no aliases, so it can never be found in a page');
  for (const alias of all) {
    if (isBlank(alias)) report('blank', subject, 'blank alias');
    else if (normalizeAlias(alias) === '') report('blank', subject, `alias "${alias}" normalises to nothing`);
  }
  for (const related of term.related) {
    if (related === term.id) report('dangling-id', subject, 'lists itself as related');
    else if (!termIds.has(related))
      report('dangling-id', subject, `related term "${related}" does not exist`);
  }
}

/**
 * The rule that resolves aliases shared by terms (documented on `Term.aliases`): two terms may not
 * have the same alias after the matcher's normalisation, since a page's word could then mean
 * either; an alias inside a longer one is fine, because the longest match wins. A case-sensitive
 * alias clashes with another term's alias only when the matcher could see both at once: exactly
 * the same text, or the same text once case is folded for the other term's case-insensitive alias.
 */
function checkAliasConflicts(terms: readonly Term[], report: Report): void {
  const insensitive = new Map<string, { term: string; alias: string }>();
  const sensitive = new Map<string, { term: string; alias: string }>();
  const clash = (termId: string, alias: string, other: { term: string; alias: string }): void => {
    report(
      'alias-conflict',
      `term ${termId}`,
      `alias "${alias}" is the same after normalisation as alias "${other.alias}" of term ${other.term}`,
    );
  };
  for (const term of terms) {
    const mine = new Set<string>();
    for (const alias of term.aliases) {
      const key = normalizeAlias(alias);
      if (key === '' || mine.has(key)) continue; // variants of one term may normalise alike
      mine.add(key);
      const other = insensitive.get(key);
      if (other && other.term !== term.id) clash(term.id, alias, other);
      else insensitive.set(key, { term: term.id, alias });
    }
  }
  for (const term of terms) {
    for (const alias of term.caseSensitiveAliases ?? []) {
      const exact = normalizeAlias(alias, { keepCase: true });
      const folded = normalizeAlias(alias);
      const same = sensitive.get(exact);
      const viaCase = insensitive.get(folded);
      if (same && same.term !== term.id) clash(term.id, alias, same);
      else if (viaCase && viaCase.term !== term.id) clash(term.id, alias, viaCase);
      else sensitive.set(exact, { term: term.id, alias });
    }
  }
}

/** `inArticle` must agree with the source: some alias occurs in it exactly when the term is in the article. */
function checkInArticle(pack: GlossaryPack, sourceTexts: Record<SourceId, string>, report: Report): void {
  const texts = Object.values(sourceTexts);
  if (texts.length === 0) return;
  const folded = texts.map((t) => normalizeAlias(t));
  const cased = texts.map((t) => normalizeAlias(t, { keepCase: true }));
  const occurs = (alias: string, keepCase: boolean): boolean => {
    const key = normalizeAlias(alias, { keepCase });
    return key !== '' && (keepCase ? cased : folded).some((text) => occursAsWords(text, key));
  };
  for (const term of pack.terms) {
    const found =
      term.aliases.find((alias) => occurs(alias, false)) ??
      (term.caseSensitiveAliases ?? []).find((alias) => occurs(alias, true));
    if (term.inArticle && found === undefined) {
      report(
        'in-article',
        `term ${term.id}`,
        'inArticle is true but none of its aliases occurs in the source',
      );
    } else if (!term.inArticle && found !== undefined) {
      report(
        'in-article',
        `term ${term.id}`,
        `inArticle is false but its alias "${found}" occurs in the source`,
      );
    }
  }
}

/** `needle` in `haystack` not glued to letters or digits on either side. */
function occursAsWords(haystack: string, needle: string): boolean {
  const word = /[\p{L}\p{N}]/u;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    const before = haystack[i - 1] ?? ' ';
    const after = haystack[i + needle.length] ?? ' ';
    if (!word.test(before) && !word.test(after)) return true;
  }
  return false;
}

interface ClaimContext {
  termIds: ReadonlySet<string>;
  sourceById: ReadonlyMap<SourceId, Source>;
  speakerById: ReadonlyMap<string, Speaker>;
  sourceTexts: Record<SourceId, string>;
  spans: ReadonlyMap<string, Floor>;
}

function checkClaim(claim: Claim, ctx: ClaimContext, report: Report): void {
  const subject = `claim ${claim.id}`;
  if (isBlank(claim.text)) report('blank', subject, 'blank text');
  if (claim.terms.length === 0) report('no-terms', subject, 'names no terms, so no popover can show it');
  for (const termId of claim.terms) {
    if (!ctx.termIds.has(termId)) report('dangling-id', subject, `term "${termId}" does not exist`);
  }
  const source = ctx.sourceById.get(claim.source);
  if (!source) report('dangling-id', subject, `source "${claim.source}" does not exist`);
  const speaker = ctx.speakerById.get(claim.speaker);
  if (!speaker) report('dangling-id', subject, `speaker "${claim.speaker}" does not exist`);
  else {
    if (speaker.source !== claim.source) {
      report(
        'invalid-value',
        subject,
        `speaker ${speaker.id} belongs to source ${speaker.source}, not ${claim.source}`,
      );
    }
    const expected = speaker.kind === 'publication' ? 'reporting' : 'testimony';
    if (claim.evidence.kind !== expected) {
      report(
        'evidence',
        subject,
        `evidence kind "${claim.evidence.kind}" but speaker ${speaker.id} (${speaker.kind}) gives ${expected}`,
      );
    }
  }
  if (!Number.isInteger(claim.evidence.statedIn)) {
    report('evidence', subject, `statedIn ${claim.evidence.statedIn} is not a year`);
  }
  if (isBlank(claim.evidence.about)) report('blank', subject, 'blank evidence.about');
  if (claim.quotes.length === 0) report('no-quotes', subject, 'has no quotes');

  const text = source ? ctx.sourceTexts[source.id] : undefined;
  claim.quotes.forEach((quote, i) => {
    const where = `${subject} quote ${i + 1}`;
    if (isBlank(quote.text)) {
      report('blank', where, 'blank text');
      return;
    }
    if (!source || text === undefined) return;
    const passage = locateQuote(quote, source, text, where, report);
    const floor = speaker && speaker.source === source.id ? ctx.spans.get(speaker.id) : undefined;
    // With a span unresolved, attribution cannot be judged: the span problem is reported instead.
    if (!passage || !speaker || !floor?.complete) return;
    const inside = floor.spans.some((s) => s.start <= passage.start && passage.end <= s.end);
    if (!inside) {
      report(
        'attribution',
        where,
        `${excerpt(quote.text)} is not within any span of speaker ${speaker.id} (someone else has the floor there)`,
      );
    }
  });
}

/**
 * Checks a quote's text and link against its source and returns where the passage is: the link's
 * match when it is sound, else the quote's first verbatim occurrence.
 */
function locateQuote(
  quote: Claim['quotes'][number],
  source: Source,
  text: string,
  where: string,
  report: Report,
): Span | undefined {
  const r = renderText(text);
  const wanted = collapseWhiteSpace(quote.text);
  const verbatim = findVerbatim(r, wanted);
  if (verbatim.length === 0) {
    report('quote-not-verbatim', where, `${excerpt(quote.text)} is not verbatim in source ${source.id}`);
  }
  const fallback =
    verbatim[0] === undefined ? undefined : { start: verbatim[0], end: verbatim[0] + wanted.length };

  const parsed = parseTextFragment(quote.link);
  if (!parsed) {
    report('link', where, `link "${quote.link}" has no text fragment (#:~:text=…)`);
    return fallback;
  }
  if (parsed.base !== source.url) {
    report('link', where, `link goes to "${parsed.base}", not to source ${source.id} at "${source.url}"`);
  }
  for (const value of parsed.invalid) report('link', where, `malformed text directive "text=${value}"`);
  if (parsed.directives.length !== 1) {
    if (parsed.invalid.length === 0) {
      report('link', where, `link has ${parsed.directives.length} text directives; it needs exactly one`);
    }
    return fallback;
  }
  const matches = findFragmentMatches(parsed.directives[0]!, text);
  if (matches.length === 0) {
    report('link', where, `link's text fragment matches nothing in source ${source.id}`);
    return fallback;
  }
  if (matches.length > 1) {
    const at = matches.map((m) => excerpt(m.text)).join(', ');
    report('link', where, `link's text fragment matches ${matches.length} passages, not one: ${at}`);
    return fallback;
  }
  const match = matches[0]!;
  if (match.text !== wanted) {
    report(
      'link',
      where,
      `link's text fragment selects ${excerpt(match.text)}, not the quote ${excerpt(wanted)}`,
    );
    return fallback;
  }
  return { start: match.start, end: match.end };
}
