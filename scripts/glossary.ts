/**
 * The glossary pack from the command line.
 *   npm run -s glossary                    readable summary, with any validation problem
 *   npm run -s glossary -- --json          the whole pack as one JSON object on stdout
 *   npm run -s glossary -- --check         exit 1 with every problem, or 0 and one line
 *   npm run -s glossary -- --link "…"      the quote link for a passage [--source <id>]
 */
import { parseArgs } from 'node:util';
import { indexPack, pack } from '../glossary/pack.ts';
import { readSourceTexts } from '../glossary/source-texts.ts';
import { buildQuoteLink } from '../glossary/text-fragment.ts';
import { validatePack } from '../glossary/validate.ts';

function packAsJson(): unknown {
  const index = indexPack(pack);
  return {
    sources: pack.sources,
    speakers: pack.speakers,
    // `aliases` lists every form the matcher looks for; `caseSensitiveAliases` says which need exact case.
    terms: index.termsWithClaims().map((t) => ({
      ...t,
      aliases: [...t.aliases, ...(t.caseSensitiveAliases ?? [])],
      caseSensitiveAliases: t.caseSensitiveAliases ?? [],
    })),
    claims: pack.claims,
  };
}

function link(passage: string, sourceId: string | undefined): number {
  const source = sourceId ? pack.sources.find((s) => s.id === sourceId) : pack.sources[0];
  if (!source || (!sourceId && pack.sources.length > 1)) {
    const ids = pack.sources.map((s) => s.id).join(', ');
    console.error(
      sourceId ? `no source "${sourceId}" (sources: ${ids})` : `name a source with --source (${ids})`,
    );
    return 2;
  }
  const text = readSourceTexts([source])[source.id];
  if (text === undefined) {
    console.error(`source ${source.id} has no text at glossary/sources/${source.textFile}`);
    return 1;
  }
  try {
    console.log(buildQuoteLink(source.url, passage, text));
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
}

function main(): number {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean' },
      check: { type: 'boolean' },
      link: { type: 'string' },
      source: { type: 'string' },
    },
  });
  if (values.link !== undefined) return link(values.link, values.source);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(packAsJson(), null, 2)}\n`);
    return 0;
  }
  const problems = validatePack(pack, readSourceTexts(pack.sources));
  if (values.check) {
    for (const p of problems) console.error(p.message);
    if (problems.length > 0) {
      console.error(`glossary: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
      return 1;
    }
    console.log(
      `glossary OK: ${pack.terms.length} terms, ${pack.claims.length} claims, ` +
        `${pack.claims.reduce((n, c) => n + c.quotes.length, 0)} quotes checked against their sources`,
    );
    return 0;
  }
  const index = indexPack(pack);
  const quotes = pack.claims.reduce((n, c) => n + c.quotes.length, 0);
  const aliases = pack.terms.reduce(
    (n, t) => n + t.aliases.length + (t.caseSensitiveAliases?.length ?? 0),
    0,
  );
  const withoutClaims = pack.terms.filter((t) => index.claimsForTerm(t.id).length === 0);
  console.log(`sources   ${pack.sources.length}`);
  console.log(`speakers  ${pack.speakers.length}`);
  console.log(
    `terms     ${pack.terms.length} (${aliases} aliases; ${pack.terms.filter((t) => !t.inArticle).length} not in the article)`,
  );
  console.log(`claims    ${pack.claims.length} (${quotes} quotes)`);
  for (const speaker of pack.speakers) {
    console.log(`  ${speaker.name}: ${pack.claims.filter((c) => c.speaker === speaker.id).length} claims`);
  }
  if (withoutClaims.length > 0) {
    console.log(`terms without claims: ${withoutClaims.map((t) => t.id).join(', ')}`);
  }
  if (problems.length === 0) console.log('no validation problems');
  else {
    console.log(`${problems.length} validation problem${problems.length === 1 ? '' : 's'}:`);
    for (const p of problems) console.log(`  ${p.message}`);
  }
  return 0;
}

process.exitCode = main();
