import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runGlossaryCli } from '../../scripts/glossary.ts';
import { tinyPack, tinyTexts } from './fixtures/glossary-tiny-pack.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `scripts/glossary.ts` as `npm run glossary` does; resolves with exit code and output. */
async function glossary(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/glossary.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// Child processes of tsx take a second or two each on a shared two-core machine.
const SLOW = 60_000;

describe('scripts/glossary.ts', () => {
  it(
    '--json prints the whole pack as one JSON object',
    async () => {
      const { code, stdout } = await glossary('--json');
      expect(code).toBe(0);
      const json = JSON.parse(stdout) as Record<string, Record<string, unknown>[]>;
      expect(Object.keys(json)).toEqual(['sources', 'speakers', 'terms', 'claims']);
      expect(json.sources!.length).toBeGreaterThan(0);
      expect(json.speakers!.length).toBeGreaterThan(0);
      for (const term of json.terms!) {
        expect(term).toMatchObject({
          id: expect.any(String),
          label: expect.any(String),
          kind: expect.any(String),
          definition: expect.any(String),
        });
        const aliases = term.aliases as string[];
        const caseSensitive = term.caseSensitiveAliases as string[];
        expect(aliases.length, String(term.id)).toBeGreaterThan(0);
        // Every alias is listed in `aliases`; `caseSensitiveAliases` says which need exact case.
        for (const a of caseSensitive) expect(aliases, String(term.id)).toContain(a);
        expect(term.claims).toEqual(
          json.claims!.filter((c) => (c.terms as string[]).includes(term.id as string)).map((c) => c.id),
        );
      }
      for (const claim of json.claims!) {
        expect(claim).toMatchObject({
          id: expect.any(String),
          text: expect.any(String),
          speaker: expect.any(String),
        });
        expect((claim.terms as unknown[]).every((t) => typeof t === 'string')).toBe(true);
        const quotes = claim.quotes as { text: unknown; link: unknown }[];
        expect(quotes.length).toBeGreaterThan(0);
        for (const q of quotes)
          expect(q).toMatchObject({ text: expect.any(String), link: expect.any(String) });
      }
    },
    SLOW,
  );

  it(
    '--check exits 0 with one line when the pack is sound',
    async () => {
      const { code, stdout, stderr } = await glossary('--check');
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toMatch(
        /^glossary OK: \d+ terms, \d+ claims, \d+ quotes checked against their sources\n$/,
      );
    },
    SLOW,
  );

  it(
    '--link prints the quote link for a passage, and fails with the reason for a passage not in the source',
    async () => {
      const ok = await glossary('--link', 'I always preferred not to have any.');
      expect(ok.code).toBe(0);
      expect(ok.stdout).toBe(
        'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900' +
          '#:~:text=I%20always%20preferred%20not%20to%20have%20any%2E\n',
      );
      const bad = await glossary('--link', 'I always preferred to have some.');
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('passage not found verbatim in the source');
    },
    SLOW,
  );

  it(
    'prints a readable summary without flags',
    async () => {
      const { code, stdout } = await glossary();
      expect(code).toBe(0);
      expect(stdout).toMatch(/^terms +\d+ /m);
      expect(stdout).toMatch(/^claims +\d+ \(\d+ quotes\)/m);
      expect(stdout).toContain('no validation problems');
    },
    SLOW,
  );
});

describe('runGlossaryCli on a hand-made pack', () => {
  it('--check exits 1 and gives every problem precisely, then the count', () => {
    const pack = tinyPack();
    pack.terms[2]!.definition = '';
    pack.claims[1]!.terms.push('juche');
    expect(runGlossaryCli(['--check'], pack, tinyTexts())).toEqual({
      code: 1,
      stdout: [],
      stderr: [
        'term cadre: blank definition',
        'claim c-caring: term "juche" does not exist',
        'glossary: 2 problems',
      ],
    });
  });

  it('--check exits 0 with one line on a sound pack', () => {
    expect(runGlossaryCli(['--check'], tinyPack(), tinyTexts())).toEqual({
      code: 0,
      stdout: ['glossary OK: 4 terms, 3 claims, 4 quotes checked against their sources'],
      stderr: [],
    });
  });

  it('lists the problems in the summary too', () => {
    const pack = tinyPack();
    pack.terms[2]!.definition = '';
    const { code, stdout } = runGlossaryCli([], pack, tinyTexts());
    expect(code).toBe(0);
    expect(stdout.slice(-2)).toEqual(['1 validation problem:', '  term cadre: blank definition']);
    expect(stdout).toContain('terms without claims: songbun');
  });

  it('--link asks which source when there are several, and names an unknown one', () => {
    const pack = tinyPack();
    pack.sources.push({ ...pack.sources[0]!, id: 'other' });
    expect(runGlossaryCli(['--link', 'x'], pack, tinyTexts()).stderr).toEqual([
      'name a source with --source (paper, other)',
    ]);
    expect(runGlossaryCli(['--link', 'x', '--source', 'nope'], pack, tinyTexts()).stderr).toEqual([
      'no source "nope" (sources: paper, other)',
    ]);
    expect(
      runGlossaryCli(['--link', 'The fees rose every year.', '--source', 'paper'], pack, tinyTexts()),
    ).toEqual({
      code: 0,
      stdout: ['https://example.org/paper/1#:~:text=The%20fees%20rose%20every%20year%2E'],
      stderr: [],
    });
  });
});
