import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeAlias } from '../../engine/normalize.ts';
import { claimsForTerm, pack, sourceById, speakerById, termById } from '../../glossary/pack.ts';
import { collapseWhiteSpace, findVerbatim, renderText } from '../../glossary/rendered-text.ts';
import { readSourceTexts } from '../../glossary/source-texts.ts';
import { findFragmentMatches, parseTextFragment } from '../../glossary/text-fragment.ts';
import { validatePack } from '../../glossary/validate.ts';
import { SHARED_DIR } from '../../scripts/shared-dir.ts';

const texts = readSourceTexts(pack.sources);
const quotes = pack.claims.flatMap((claim) =>
  claim.quotes.map((quote, i) => ({ name: `claim ${claim.id} quote ${i + 1}`, claim, quote })),
);

describe('the shipped glossary pack', () => {
  it('passes the validator with no problem', () => {
    expect(validatePack(pack, texts).map((p) => p.message)).toEqual([]);
  });

  it('has at least 30 claims and 40 terms', () => {
    expect(pack.claims.length).toBeGreaterThanOrEqual(30);
    expect(pack.terms.length).toBeGreaterThanOrEqual(40);
  });

  it('has the verification text of every source', () => {
    for (const source of pack.sources) expect(texts[source.id], source.id).toBeTypeOf('string');
  });

  it('checks quotes against the article as the project received it (the shared copy), not an edited one', () => {
    for (const source of pack.sources) {
      const received = readFileSync(join(SHARED_DIR, 'source', source.textFile), 'utf8');
      expect(texts[source.id], source.id).toBe(received);
    }
  });

  it('quotes every passage verbatim (after collapsing white space)', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(pack.claims.length);
    for (const { name, claim, quote } of quotes) {
      const found = findVerbatim(renderText(texts[claim.source]!), quote.text);
      expect(found.length, name).toBeGreaterThanOrEqual(1);
    }
  });

  it("links every quote to its source's URL with a text fragment matching that passage exactly once", () => {
    for (const { name, claim, quote } of quotes) {
      const parsed = parseTextFragment(quote.link);
      expect(parsed?.base, name).toBe(sourceById.get(claim.source)!.url);
      expect(parsed?.invalid, name).toEqual([]);
      expect(parsed?.directives, name).toHaveLength(1);
      const matches = findFragmentMatches(parsed!.directives[0]!, texts[claim.source]!);
      expect(
        matches.map((m) => m.text),
        name,
      ).toEqual([collapseWhiteSpace(quote.text)]);
    }
  });

  it('resolves every id', () => {
    for (const claim of pack.claims) {
      expect(sourceById.has(claim.source), claim.id).toBe(true);
      expect(speakerById.has(claim.speaker), claim.id).toBe(true);
      for (const t of claim.terms) expect(termById.has(t), `${claim.id} → ${t}`).toBe(true);
    }
    for (const term of pack.terms) {
      for (const r of term.related) expect(termById.has(r), `${term.id} → ${r}`).toBe(true);
    }
    for (const speaker of pack.speakers) expect(sourceById.has(speaker.source), speaker.id).toBe(true);
  });

  it('gives no alias to two terms after normalisation', () => {
    const owner = new Map<string, string>();
    for (const term of pack.terms) {
      for (const alias of new Set(term.aliases.map((a) => normalizeAlias(a)))) {
        expect(owner.get(alias) ?? term.id, `"${alias}"`).toBe(term.id);
        owner.set(alias, term.id);
      }
    }
  });

  it('derives term → claims from the claims, once', () => {
    for (const term of pack.terms) {
      expect(claimsForTerm(term.id).map((c) => c.id)).toEqual(
        pack.claims.filter((c) => c.terms.includes(term.id)).map((c) => c.id),
      );
    }
  });

  it('ships no source text: nothing pack.ts imports reads files or the sources folder', () => {
    const seen = new Set<string>();
    const visit = (url: URL): void => {
      if (seen.has(url.href)) return;
      seen.add(url.href);
      const code = readFileSync(url, 'utf8');
      for (const [, spec] of code.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)) {
        expect(spec, `${url.pathname} imports ${spec}`).toMatch(/^\.{1,2}\//);
        expect(spec, `${url.pathname} imports ${spec}`).not.toMatch(/source-texts|\/sources\/|\.txt$/);
        visit(new URL(spec!, url));
      }
    };
    visit(new URL('../../glossary/pack.ts', import.meta.url));
    expect(seen.size).toBeGreaterThan(4); // pack.ts, its four data files and the model
  });
});
