/**
 * Informal throughput check of the matcher against its two baselines, on several MB of real text
 * (KCNA articles and the text of the corpus's saved pages): one combined case-insensitive regular
 * expression of the same aliases, and a bare loop that reads every character once.
 *
 *   npx tsx scripts/bench-matcher.ts [--mb 4] [--rounds 5]
 *
 * The full benchmark (`npm run bench`) is separate; this is the quick look used while tuning.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { terms } from '../glossary/data/terms.ts';
import { buildMatcher, type MatcherEntry } from '../engine/matcher.ts';
import { entriesFromTerms } from '../engine/term-entries.ts';

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

function realTexts(): string[] {
  const texts = readFileSync(join(CORPUS, 'kcna.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const pages = join(CORPUS, 'readability');
  for (const name of readdirSync(pages).filter((n) => n.endsWith('.html'))) {
    const { document } = parseHTML(readFileSync(join(pages, name), 'utf8'));
    texts.push(document.body?.textContent ?? '');
  }
  return texts;
}

/** Real texts, shuffled and repeated (never one paragraph repeated) up to `bytes` characters. */
export function bigText(texts: readonly string[], chars: number): string {
  const parts: string[] = [];
  let length = 0;
  let seed = 1;
  while (length < chars) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const text = texts[seed % texts.length]!;
    parts.push(text);
    length += text.length + 2;
  }
  return parts.join('\n\n').slice(0, chars);
}

/** Nine times as many extra aliases: two- and three-word phrases taken from real text. */
export function tenfoldEntries(base: readonly MatcherEntry[], texts: readonly string[]): MatcherEntry[] {
  const seen = new Set(base.map((e) => e.alias.toLowerCase()));
  const extra: MatcherEntry[] = [];
  let seed = 7;
  while (extra.length < base.length * 9) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const words = texts[seed % texts.length]!.split(/\s+/).filter((w) => /^[\p{L}'-]{3,}$/u.test(w));
    if (words.length < 4) continue;
    const at = (seed >>> 8) % (words.length - 3);
    const phrase = words.slice(at, at + 2 + (seed % 2)).join(' ');
    if (seen.has(phrase.toLowerCase())) continue;
    seen.add(phrase.toLowerCase());
    extra.push({ alias: phrase, termId: `extra-${extra.length}` });
  }
  return [...base, ...extra];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function combinedRegex(entries: readonly MatcherEntry[]): RegExp {
  const aliases = [...new Set(entries.map((e) => e.alias))].sort((a, b) => b.length - a.length);
  return new RegExp(aliases.map(escape).join('|'), 'gi');
}

/**
 * Best of `rounds` runs, in CPU time of this process (user + system): the machine may be shared,
 * and wall time would count the time other processes had the CPU.
 */
function best(rounds: number, run: () => number): { ms: number; result: number } {
  let ms = Infinity;
  let result = 0;
  for (let r = 0; r < rounds; r++) {
    const before = process.cpuUsage();
    result = run();
    const used = process.cpuUsage(before);
    ms = Math.min(ms, (used.user + used.system) / 1000);
  }
  return { ms, result };
}

function main(): void {
  const rounds = argument('rounds', 5);
  const texts = realTexts();
  const text = bigText(texts, argument('mb', 4) * 1024 * 1024);
  const floor = best(rounds, () => {
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
    return sum;
  });
  const shipped = entriesFromTerms(terms);
  console.log(`text: ${(text.length / 1024 / 1024).toFixed(2)} M chars; bare loop ${floor.ms.toFixed(1)} ms`);
  for (const [label, entries] of [
    ['shipped', shipped],
    ['10x', tenfoldEntries(shipped, texts)],
  ] as const) {
    const t0 = performance.now();
    const matcher = buildMatcher(entries);
    const buildMs = performance.now() - t0;
    const ours = best(rounds, () => matcher.findAll(text).length);
    const regex = combinedRegex(entries);
    const baseline = best(rounds, () => {
      let count = 0;
      regex.lastIndex = 0;
      while (regex.exec(text) !== null) count++;
      return count;
    });
    console.log(
      `${label}: ${entries.length} aliases (build ${buildMs.toFixed(1)} ms) | ours ${ours.ms.toFixed(1)} ms, ` +
        `${ours.result} matches | regex ${baseline.ms.toFixed(1)} ms, ${baseline.result} matches | ` +
        `regex/ours ${(baseline.ms / ours.ms).toFixed(2)} | ours/floor ${(ours.ms / floor.ms).toFixed(2)}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
