/**
 * Scan saved pages the way the extension would: is the page about North Korea, and which glossary
 * terms does it contain, how often.
 *
 *   npm run -s scan -- [--json] FILE...
 *
 * FILE is a saved page (.html, .htm) or bare text (.txt). HTML goes through a DOM (linkedom); the
 * page's address comes from its <link rel="canonical"> or og:url. The same classifier, text blocks
 * and matcher as the extension are used. With --json: one JSON object per line,
 * `{ file, url?, relevant, score, reasons, terms: [{ id, count }] }`; otherwise a table.
 * A file that cannot be read or parsed gets an error line on stderr, the others are still
 * scanned, and the exit status is 1.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { classifyPage, type Reason } from '../engine/classifier.ts';
import { buildMatcher, type Matcher } from '../engine/matcher.ts';
import { extractPageSignals, pageSignalsFromText, type PageSignals } from '../engine/page-signals.ts';
import { countTermsIn } from '../engine/scanner.ts';
import { entriesFromTerms } from '../engine/term-entries.ts';
import { pack } from '../glossary/pack.ts';

export interface ScanReport {
  file: string;
  url?: string;
  relevant: boolean;
  score: number;
  reasons: Reason[];
  terms: { id: string; count: number }[];
}

const USAGE = 'usage: npm run -s scan -- [--json] FILE...   (FILE: .html, .htm or .txt)';

/** Text of a file, decoded from its declared charset (HTML) or UTF-8; refuses binary files. */
function decode(bytes: Uint8Array, html: boolean): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  if (head.includes('\u0000') && !/^\uFEFF|^\xFF\xFE|^\xFE\xFF/.test(head)) {
    throw new Error('not a text file (it contains NUL bytes)');
  }
  const declared = html ? /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] : undefined;
  const label = declared ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new Error(`unknown character encoding "${label}"`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new Error(declared ? `not valid ${label}` : 'not valid UTF-8 (and no charset is declared)');
  }
}

function termCounts(counts: Map<string, number>): { id: string; count: number }[] {
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/** Scans one file's contents (`name` only decides how to read it). */
export function scanContents(file: string, bytes: Uint8Array, matcher: Matcher): ScanReport {
  const extension = extname(file).toLowerCase();
  let signals: PageSignals;
  let counts: Map<string, number>;
  if (extension === '.html' || extension === '.htm') {
    const text = decode(bytes, true);
    const { document } = parseHTML(text);
    if (!document.documentElement) throw new Error('could not be parsed as HTML');
    signals = extractPageSignals(document as unknown as Document);
    counts = countTermsIn((document.body ?? document.documentElement) as unknown as Node, matcher);
  } else if (extension === '.txt') {
    const text = decode(bytes, false);
    signals = pageSignalsFromText(text);
    counts = new Map();
    for (const { termId } of matcher.findAll(text)) counts.set(termId, (counts.get(termId) ?? 0) + 1);
  } else {
    throw new Error(`unsupported file type "${extension || '(none)'}": expected .html, .htm or .txt`);
  }
  const { relevant, score, reasons } = classifyPage(signals);
  return {
    file,
    ...(signals.url ? { url: signals.url } : {}),
    relevant,
    score,
    reasons,
    terms: termCounts(counts),
  };
}

function reasonText(reason: Reason): string {
  return `${reason.signal}×${reason.count}`;
}

function table(reports: readonly ScanReport[]): string {
  const rows = reports.map((r) => [
    r.file,
    r.relevant ? 'yes' : 'no',
    r.score.toFixed(2),
    r.terms
      .slice(0, 6)
      .map((t) => `${t.id}×${t.count}`)
      .join(', ') + (r.terms.length > 6 ? `, +${r.terms.length - 6} more` : ''),
    r.reasons.slice(0, 4).map(reasonText).join(', '),
  ]);
  const header = ['file', 'relevant', 'score', 'terms', 'reasons'];
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((row) => row[k]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, k) => cell.padEnd(widths[k]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function main(args: string[]): Promise<number> {
  const json = args.includes('--json');
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  const files = args.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0 || files.length === 0) {
    console.error(unknown.length > 0 ? `unknown option ${unknown.join(' ')}` : 'no files given');
    console.error(USAGE);
    return 2;
  }
  const matcher = buildMatcher(entriesFromTerms(pack.terms));
  const reports: ScanReport[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const report = scanContents(file, await readFile(file), matcher);
      if (json) console.log(JSON.stringify(report));
      else reports.push(report);
    } catch (error) {
      failed++;
      const reason = error instanceof Error ? error.message.replace(/^[A-Z]+: /, '') : String(error);
      console.error(`error: ${file}: ${reason}`);
    }
  }
  if (!json && reports.length > 0) console.log(table(reports));
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
