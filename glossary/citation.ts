import type { Claim, Quote } from './model/claim.ts';
import type { GlossaryPack } from './model/pack.ts';
import type { Source } from './model/source.ts';
import type { Speaker } from './model/speaker.ts';
import { collapseWhiteSpace } from './rendered-text.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The publication date as readers should see it. When the source prints no date (`dateNote` says
 * how it was estimated) only the month and year are given, so a citation never shows an estimated
 * day as if the publication had printed it.
 */
export function citationDate(source: Source): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(source.date);
  if (!m) return source.date;
  const [, year, month, day] = m;
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName) return source.date;
  if (source.dateNote !== undefined || day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** One line shown beside a speaker's quotes: "Kim Ok Hui — Party member from 1998, defected 2009". */
export function speakerLine(speaker: Speaker): string {
  if (speaker.kind === 'publication') return `${speaker.name} — the publication's own reporting`;
  const facts = [speaker.membership ? `Party member from ${speaker.membership.when}` : 'former Party member'];
  if (speaker.defected !== undefined) facts.push(`defected ${speaker.defected}`);
  return `${speaker.name} — ${facts.join(', ')}`;
}

/** "Kim Ok Hui, former Workers' Party member (joined 1998, defected 2009)". */
export function speakerAttribution(speaker: Speaker): string {
  if (speaker.kind === 'publication') return `${speaker.name}'s own reporting`;
  const facts: string[] = [];
  if (speaker.membership) facts.push(`joined ${speaker.membership.when}`);
  if (speaker.defected !== undefined) facts.push(`defected ${speaker.defected}`);
  const role = `${speaker.name}, former Workers' Party member`;
  return facts.length > 0 ? `${role} (${facts.join(', ')})` : role;
}

function lookup<T extends { id: string }>(items: readonly T[], id: string, what: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`formatCitation: ${what} "${id}" is not in the pack`);
  return found;
}

/**
 * Double quotation marks inside a passage become single ones once the passage is itself put in
 * double marks (the usual convention for a quote within a quote), so “““…” never appears.
 */
export function nestQuotes(text: string): string {
  return text.replace(/“/g, '‘').replace(/”/g, '’');
}

/**
 * Plain text for "copy quote with citation": the quote verbatim in quotation marks, who said it and
 * when (testimony is dated by when it was given, not presented as current fact), the publication,
 * title and date, and the link to the passage.
 */
export function formatCitation(quote: Quote, claim: Claim, pack: GlossaryPack): string {
  const speaker = lookup(pack.speakers, claim.speaker, 'speaker');
  const source = lookup(pack.sources, claim.source, 'source');
  const when =
    claim.evidence.kind === 'testimony'
      ? `; testimony to ${source.publisher}, ${claim.evidence.statedIn}`
      : `, ${claim.evidence.statedIn}`;
  return [
    `“${nestQuotes(collapseWhiteSpace(quote.text))}”`,
    `— ${speakerAttribution(speaker)}${when}.`,
    `${source.publisher}, “${source.title}”, ${citationDate(source)}.`,
    quote.link,
  ].join('\n');
}
