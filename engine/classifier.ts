/**
 * Is this page about North Korea? A transparent score over two word lists, with the reasons
 * that produced it. Pure and browser-free; it runs on every page load, on text capped at
 * `MAX_BODY_CHARS`.
 *
 * Evidence, in units where `THRESHOLD` (2) means "relevant" (score 0.5):
 *   1. Body: weighted North Korea mentions per 100 words (strong 3, medium 2, weak 1; weak ones
 *      only count on a page that names North Korea clearly; Hangul names only beside an
 *      unambiguous signal). Then discounted when
 *      - fewer than `FULL_SPREAD` of the sentences refer to North Korea (a paragraph about the
 *        2000 summit in a biography of Kim Dae-jung),
 *      - North Korea is named only once (a list of countries that includes North Korea),
 *      - competing subjects outweigh them (South Korean politics, K-pop, food, markets…),
 *      - the title is about a competing subject and not about North Korea.
 *   2. Title or address naming North Korea: one threshold's worth, if the body names it too.
 *   3. Provenance: North Korean state media (its sites, or its dateline "Pyongyang, July 14
 *      (KCNA) --") is one threshold's worth; a site that covers only North Korea, half of one.
 * score = evidence / (evidence + THRESHOLD), in [0, 1).
 */
import { COMPETING_TOPICS, otherKims } from './competing-topics.ts';
import type { PageSignals } from './page-signals.ts';
import { MAX_BODY_CHARS } from './page-signals.ts';
import {
  NK_SPECIALIST_HOSTS,
  NK_STATE_MEDIA_HOSTS,
  RELEVANCE_SIGNALS,
  STATE_MEDIA_DATELINE,
  type RelevanceSignal,
  type SignalStrength,
} from './relevance-lexicon.ts';
import { createSignalMatcher, type LexiconExpressions, type SignalHit } from './relevance-matcher.ts';
import { wordCount } from './word-count.ts';

export type Zone = 'url' | 'title' | 'description' | 'headings' | 'body';

export interface Reason {
  /** A signal id of the relevance lexicon, `not:<id>` for a competing subject, or a provenance. */
  signal: string;
  count: number;
  where: Zone[];
  /** Weight of one occurrence; negative for competing subjects, 0 for provenance. */
  weight: number;
}

export interface Classification {
  relevant: boolean;
  score: number;
  reasons: Reason[];
}

/** Evidence at which a page is judged relevant (score 0.5). */
export const THRESHOLD = 2;
export const STRENGTH_WEIGHT: Readonly<Record<SignalStrength, number>> = { strong: 3, medium: 2, weak: 1 };
/** Mentions in under this share of the sentences are discounted in proportion. */
export const FULL_SPREAD = 0.35;
/**
 * Density is per 100 words of at least this many: one sentence can name two signals, so in a
 * two-line text density alone cannot tell a mention from a topic.
 */
export const MIN_DENSITY_WORDS = 200;

/**
 * Weak signals (co-references, context words) count only on a page that names North Korea
 * clearly: this many distinct strong or medium signals, or this many mentions of them. One
 * passing "North Korea" does not turn "the Party" of a Chinese congress into evidence.
 */
export const WEAK_SIGNAL_GATE = { distinct: 2, mentions: 3 } as const;

const COMPETING_PREFIX = 'not:';
const OTHER_KIM = `${COMPETING_PREFIX}other-kim`;
const STATE_MEDIA = 'state-media-provenance';
const SPECIALIST_SITE = 'north-korea-specialist-site';

const STRENGTH = new Map<string, SignalStrength>();
const NEEDS = new Map<string, readonly string[]>();
for (const signal of RELEVANCE_SIGNALS) {
  STRENGTH.set(signal.id, signal.strength);
  if (signal.needs) NEEDS.set(signal.id, signal.needs);
}
for (const topic of COMPETING_TOPICS) STRENGTH.set(COMPETING_PREFIX + topic.id, topic.strength);
STRENGTH.set(OTHER_KIM, 'strong');

/** Everything the classifier looks for: the relevance lexicon and the competing subjects. */
export const CLASSIFIER_SIGNALS: readonly RelevanceSignal[] = [
  ...RELEVANCE_SIGNALS,
  ...COMPETING_TOPICS.map((topic) => ({ ...topic, id: COMPETING_PREFIX + topic.id })),
];

/**
 * `lexiconExpressions(CLASSIFIER_SIGNALS)`, computed by the extension's build (wxt.config.ts
 * `define`) so that no page load pays for it; undefined in Node tools and tests, which compute it.
 */
declare const __NK_CLASSIFIER_EXPRESSIONS__: LexiconExpressions | undefined;
const BUILT_EXPRESSIONS =
  typeof __NK_CLASSIFIER_EXPRESSIONS__ === 'undefined' ? undefined : __NK_CLASSIFIER_EXPRESSIONS__;

const findAll = createSignalMatcher(CLASSIFIER_SIGNALS, BUILT_EXPRESSIONS);

function isCompeting(id: string): boolean {
  return id.startsWith(COMPETING_PREFIX);
}
function isNamed(id: string): boolean {
  return !isCompeting(id) && STRENGTH.get(id) !== 'weak';
}
function weightOf(id: string): number {
  return STRENGTH_WEIGHT[STRENGTH.get(id) ?? 'weak'];
}

/** The address as words: host, and path with separators turned into spaces (`/north-korea-fires-missile`). */
export function urlWords(url: string): { host: string; words: string } {
  try {
    const parsed = new URL(url);
    let path = parsed.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      // keep the encoded path
    }
    return { host: parsed.hostname.toLowerCase(), words: path.replace(/[/_+.\-=]+/g, ' ') };
  } catch {
    return { host: '', words: url.replace(/[/_+.\-=:]+/g, ' ') };
  }
}

function hostIn(host: string, hosts: readonly string[]): boolean {
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

export interface ZoneHits {
  zone: Zone;
  hits: SignalHit[];
}

/** What the score is computed from; exposed for the evaluation script and tests. */
export interface RelevanceFeatures {
  /** Hits per zone (North Korea signals after gating, and competing subjects). */
  zones: ZoneHits[];
  /** Words of the body, description and headings (English-word equivalents). */
  words: number;
  /** Weighted North Korea evidence in the body, description and headings. */
  weight: number;
  /** Weighted competing-subject evidence in the same text. */
  competing: number;
  /** Share of the body's sentences that refer to North Korea (see `sentenceShare`). */
  spread: number;
  /** Distinct strong or medium signals on the page. */
  distinct: number;
  /** Occurrences of strong or medium signals on the page. */
  mentions: number;
  /** The body names North Korea at least once (a strong or medium signal). */
  bodyNamed: boolean;
  /** Strongest strong/medium signal in the title or address. */
  headline: SignalStrength | undefined;
  /** The title (or, without one, the first sentence) names a competing subject. */
  titleCompeting: boolean;
  /** Where North Korean state media provenance was seen (its site, its dateline); empty if not. */
  stateMedia: Zone[];
  specialistSite: boolean;
}

/** Sentence ends: full stops (also Korean `다.`), question and exclamation marks, line breaks. */
const SENTENCE_END = /[.!?\u3002\uff01\uff1f]+["'\u201d\u2019)]*\s+|\n+/g;

/**
 * Share of the body's sentences that refer to North Korea (by name, or by a co-reference such as
 * "the North" once it is named). A page about North Korea keeps coming back to it; a passing
 * mention, even one that names Kim Jong Un and Pyongyang together, is one or two sentences.
 */
export function sentenceShare(body: string, hits: SignalHit[]): number {
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (const match of body.matchAll(SENTENCE_END)) ends.push(match.index + match[0].length);
  if (ends.length === 0 || ends[ends.length - 1] !== body.length) ends.push(body.length);
  const covered = new Set<number>();
  let sentence = 0;
  for (const hit of hits) {
    if (isCompeting(hit.id)) continue;
    while (sentence < ends.length - 1 && (ends[sentence] ?? 0) <= hit.index) sentence++;
    covered.add(sentence);
  }
  return covered.size / ends.length;
}

/** How much of an untitled text stands in for its title: its first sentence, at most this long. */
const LEAD_CHARS = 300;

/**
 * Bare text often has no title: its first sentence says what it is about instead ("Kim Dae-jung
 * served as president of South Korea…"). A competing subject there, with no North Korea signal,
 * counts as one in the title.
 */
function leadIsCompeting(body: string, hits: SignalHit[]): boolean {
  SENTENCE_END.lastIndex = 0;
  const end = SENTENCE_END.exec(body)?.index ?? body.length;
  const lead = Math.min(end, LEAD_CHARS);
  let competing = false;
  for (const hit of hits) {
    if (hit.index >= lead) break;
    if (isCompeting(hit.id)) competing = true;
    else if (isNamed(hit.id)) return false;
  }
  return competing;
}

function otherKimHits(text: string): SignalHit[] {
  return otherKims(text).map(({ name, index }) => ({ id: OTHER_KIM, index, text: name }));
}

export function relevanceFeatures(signals: PageSignals): RelevanceFeatures {
  const body = signals.body.length > MAX_BODY_CHARS ? signals.body.slice(0, MAX_BODY_CHARS) : signals.body;
  const url = signals.url ? urlWords(signals.url) : undefined;
  const headings = signals.headings.join('\n');
  const texts: Array<[Zone, string]> = [
    ['url', url?.words ?? ''],
    ['title', signals.title ?? ''],
    ['description', signals.description ?? ''],
    ['headings', headings],
    ['body', body],
  ];
  const raw: ZoneHits[] = texts.map(([zone, text]) => ({
    zone,
    hits:
      text === ''
        ? []
        : [...findAll(text), ...(zone === 'url' ? [] : otherKimHits(text))].sort((a, b) => a.index - b.index),
  }));

  // Names that are also everyday names (Hangul 김정은) count only beside an unambiguous signal.
  let firm = false;
  for (const { hits } of raw) for (const hit of hits) if (isNamed(hit.id) && !hit.ambiguous) firm = true;
  const present = new Set<string>();
  let namedMentions = 0;
  let kimsAmbiguous = false;
  for (const { hits } of raw) {
    for (const hit of hits) {
      if (isNamed(hit.id) && (firm || !hit.ambiguous)) {
        present.add(hit.id);
        namedMentions++;
      }
      if (hit.id === OTHER_KIM) kimsAmbiguous = true;
    }
  }
  const weakCounts = present.size >= WEAK_SIGNAL_GATE.distinct || namedMentions >= WEAK_SIGNAL_GATE.mentions;
  const keep = (hit: SignalHit): boolean => {
    if (hit.ambiguous && !firm) return false;
    if (isCompeting(hit.id) || STRENGTH.get(hit.id) !== 'weak') return true;
    if (!weakCounts) return false;
    const needs = NEEDS.get(hit.id);
    if (needs === undefined) return true;
    // "Kim" alone is the North's Kim only when no other Kim is named on the page.
    if (hit.id === 'kim-coreference' && kimsAmbiguous) return false;
    return needs.some((id) => present.has(id));
  };
  const zones = raw.map(({ zone, hits }) => ({ zone, hits: hits.filter(keep) }));

  let weight = 0;
  let competing = 0;
  let bodyNamed = false;
  for (const { zone, hits } of zones) {
    if (zone === 'url' || zone === 'title') continue;
    for (const hit of hits) {
      if (isCompeting(hit.id)) competing += weightOf(hit.id);
      else weight += weightOf(hit.id);
      // Headings and description often repeat the title: only the text itself confirms it.
      if (zone === 'body' && isNamed(hit.id)) bodyNamed = true;
    }
  }
  let headline: SignalStrength | undefined;
  let titleCompeting = false;
  for (const { zone, hits } of zones) {
    if (zone !== 'url' && zone !== 'title') continue;
    for (const hit of hits) {
      if (isCompeting(hit.id)) {
        if (zone === 'title') titleCompeting = true;
        continue;
      }
      const strength = STRENGTH.get(hit.id);
      if (strength === 'strong') headline = 'strong';
      else if (strength === 'medium' && headline !== 'strong') headline = 'medium';
    }
  }
  if (!signals.title) titleCompeting = leadIsCompeting(body, zones[4]?.hits ?? []);
  const bodyWords = wordCount(body);
  const host = url?.host ?? '';
  return {
    zones,
    words: bodyWords + wordCount(signals.description ?? '') + wordCount(headings),
    weight,
    competing,
    spread: sentenceShare(body, zones[4]?.hits ?? []),
    distinct: present.size,
    mentions: namedMentions,
    bodyNamed,
    headline,
    titleCompeting,
    stateMedia: [
      ...(hostIn(host, NK_STATE_MEDIA_HOSTS) ? (['url'] as const) : []),
      ...(STATE_MEDIA_DATELINE.test(signals.title ?? '') ? (['title'] as const) : []),
      ...(STATE_MEDIA_DATELINE.test(body.slice(0, 200)) ? (['body'] as const) : []),
    ],
    specialistSite: hostIn(host, NK_SPECIALIST_HOSTS),
  };
}

export interface Evidence {
  density: number;
  body: number;
  headline: number;
  provenance: number;
  total: number;
}

export function evidenceOf(f: RelevanceFeatures): Evidence {
  const density = (100 * f.weight) / Math.max(f.words, MIN_DENSITY_WORDS);
  const spreadFactor = Math.min(1, f.spread / FULL_SPREAD);
  const diversityFactor = f.distinct >= 2 || f.mentions >= 2 ? 1 : 0.5;
  const shareFactor = f.competing === 0 ? 1 : Math.min(1, (2 * f.weight) / (f.weight + f.competing));
  const titleFactor = f.titleCompeting && f.headline === undefined ? 0.5 : 1;
  const body = density * spreadFactor * diversityFactor * shareFactor * titleFactor;
  // A title alone is not enough: the text must name North Korea too (or be nearly empty).
  const confirmed = f.bodyNamed || f.words < 20;
  const headline = f.headline !== undefined && confirmed ? THRESHOLD : 0;
  const provenance =
    (f.stateMedia.length > 0 ? THRESHOLD : 0) + (f.specialistSite && f.bodyNamed ? THRESHOLD / 2 : 0);
  return { density, body, headline, provenance, total: body + headline + provenance };
}

function reasonsOf(f: RelevanceFeatures): Reason[] {
  const reasons: Reason[] = [];
  const byId = new Map<string, Reason>();
  for (const { zone, hits } of f.zones) {
    for (const hit of hits) {
      let reason = byId.get(hit.id);
      if (!reason) {
        reason = {
          signal: hit.id,
          count: 0,
          where: [],
          weight: isCompeting(hit.id) ? -weightOf(hit.id) : weightOf(hit.id),
        };
        byId.set(hit.id, reason);
        reasons.push(reason);
      }
      reason.count++;
      if (!reason.where.includes(zone)) reason.where.push(zone);
    }
  }
  if (f.stateMedia.length > 0)
    reasons.push({ signal: STATE_MEDIA, count: 1, where: f.stateMedia, weight: 0 });
  if (f.specialistSite) reasons.push({ signal: SPECIALIST_SITE, count: 1, where: ['url'], weight: 0 });
  // Strongest evidence first.
  return reasons.sort((a, b) => b.weight * b.count - a.weight * a.count);
}

export function classifyPage(signals: PageSignals): Classification {
  const features = relevanceFeatures(signals);
  const { total } = evidenceOf(features);
  const score = total / (total + THRESHOLD);
  return { relevant: score >= 0.5, score, reasons: reasonsOf(features) };
}
