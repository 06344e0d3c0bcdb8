/**
 * The glossary pack from the command line.
 *   npm run -s glossary                    readable summary, with any validation problem
 *   npm run -s glossary -- --json          the whole pack as one JSON object on stdout
 *   npm run -s glossary -- --check         exit 1 with every problem, or 0 and one line
 *   npm run -s glossary -- --link "…"      the quote link for a passage [--source <id>]
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { GlossaryPack } from '../glossary/model/pack.ts';
import type { SourceId } from '../glossary/model/source.ts';
import { indexPack, pack as shippedPack } from '../glossary/pack.ts';
import { readSourceTexts } from '../glossary/source-texts.ts';
import { buildQuoteLink } from '../glossary/text-fragment.ts';
import { validatePack } from '../glossary/validate.ts';

export interface CliResult {
  code: number;
  stdout: string[];
  stderr: string[];
}

const plural = (n: number, word: string, words = `${word}s`): string => `${n} ${n === 1 ? word : words}`;

export function packAsJson(pack: GlossaryPack): unknown {
  return {
    sources: pack.sources,
    speakers: pack.speakers,
    // `aliases` lists every form the matcher looks for; `caseSensitiveAliases` says which need exact case.
    terms: indexPack(pack)
      .termsWithClaims()
      .map((t) => ({
        ...t,
        aliases: [...t.aliases, ...(t.caseSensitiveAliases ?? [])],
        caseSensitiveAliases: t.caseSensitiveAliases ?? [],
      })),
    claims: pack.claims,
  };
}

function link(
  pack: GlossaryPack,
  texts: Record<SourceId, string>,
  passage: string,
  sourceId?: string,
): CliResult {
  const ids = pack.sources.map((s) => s.id).join(', ');
  if (sourceId === undefined && pack.sources.length !== 1) {
    return { code: 2, stdout: [], stderr: [`name a source with --source (${ids})`] };
  }
  const source = sourceId === undefined ? pack.sources[0]! : pack.sources.find((s) => s.id === sourceId);
  if (!source) return { code: 2, stdout: [], stderr: [`no source "${sourceId}" (sources: ${ids})`] };
  const text = texts[source.id];
  if (text === undefined) {
    return {
      code: 1,
      stdout: [],
      stderr: [`source ${source.id} has no text at glossary/sources/${source.textFile}`],
    };
  }
  try {
    return { code: 0, stdout: [buildQuoteLink(source.url, passage, text)], stderr: [] };
  } catch (error) {
    return { code: 1, stdout: [], stderr: [(error as Error).message] };
  }
}

function summary(pack: GlossaryPack, problems: { message: string }[]): string[] {
  const index = indexPack(pack);
  const quotes = pack.claims.reduce((n, c) => n + c.quotes.length, 0);
  const aliases = pack.terms.reduce(
    (n, t) => n + t.aliases.length + (t.caseSensitiveAliases?.length ?? 0),
    0,
  );
  const notInArticle = pack.terms.filter((t) => !t.inArticle).length;
  const withoutClaims = pack.terms.filter((t) => index.claimsForTerm(t.id).length === 0);
  const lines = [
    `sources   ${pack.sources.length}`,
    `speakers  ${pack.speakers.length}`,
    `terms     ${pack.terms.length} (${plural(aliases, 'alias', 'aliases')}; ${notInArticle} not in the article)`,
    `claims    ${pack.claims.length} (${plural(quotes, 'quote')})`,
    ...pack.speakers.map(
      (s) => `  ${s.name}: ${plural(pack.claims.filter((c) => c.speaker === s.id).length, 'claim')}`,
    ),
  ];
  if (withoutClaims.length > 0)
    lines.push(`terms without claims: ${withoutClaims.map((t) => t.id).join(', ')}`);
  if (problems.length === 0) lines.push('no validation problems');
  else
    lines.push(`${plural(problems.length, 'validation problem')}:`, ...problems.map((p) => `  ${p.message}`));
  return lines;
}

/** The whole command, given its arguments, a pack and its source texts (tests pass broken packs). */
export function runGlossaryCli(
  args: string[],
  pack: GlossaryPack,
  texts: Record<SourceId, string>,
): CliResult {
  const { values } = parseArgs({
    args,
    options: {
      json: { type: 'boolean' },
      check: { type: 'boolean' },
      link: { type: 'string' },
      source: { type: 'string' },
    },
  });
  if (values.link !== undefined) return link(pack, texts, values.link, values.source);
  if (values.json) return { code: 0, stdout: [JSON.stringify(packAsJson(pack), null, 2)], stderr: [] };
  const problems = validatePack(pack, texts);
  if (!values.check) return { code: 0, stdout: summary(pack, problems), stderr: [] };
  if (problems.length > 0) {
    return {
      code: 1,
      stdout: [],
      stderr: [...problems.map((p) => p.message), `glossary: ${plural(problems.length, 'problem')}`],
    };
  }
  const quotes = pack.claims.reduce((n, c) => n + c.quotes.length, 0);
  return {
    code: 0,
    stdout: [
      `glossary OK: ${plural(pack.terms.length, 'term')}, ${plural(pack.claims.length, 'claim')}, ` +
        `${plural(quotes, 'quote')} checked against their sources`,
    ],
    stderr: [],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let result: CliResult;
  try {
    result = runGlossaryCli(process.argv.slice(2), shippedPack, readSourceTexts(shippedPack.sources));
  } catch (error) {
    // parseArgs rejects unknown options with a message that says which.
    result = { code: 2, stdout: [], stderr: [(error as Error).message] };
  }
  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  if (result.stdout.length > 0) process.stdout.write(`${result.stdout.join('\n')}\n`);
  if (result.stderr.length > 0) process.stderr.write(`${result.stderr.join('\n')}\n`);
  process.exitCode = result.code;
}
