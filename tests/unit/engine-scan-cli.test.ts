import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../scripts/shared-dir.ts';

const REPO = join(import.meta.dirname, '..', '..');
const TSX = join(REPO, 'node_modules', '.bin', 'tsx');

interface Report {
  file: string;
  url?: string;
  relevant: boolean;
  score: number;
  reasons: { signal: string; count: number }[];
  terms: { id: string; count: number }[];
}

function runScan(args: string[]) {
  const run = spawnSync(TSX, ['scripts/scan.ts', ...args], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const ARTICLE_HTML = `<!doctype html><html lang="en"><head>
<title>Party membership loses its value in North Korea</title>
<link rel="canonical" href="https://www.example.org/news/party-membership">
<meta property="og:url" content="https://www.example.org/og-url-is-second">
<script>var note = "Kim Jong Un cadre cadre cadre";</script>
</head><body><article>
<h1>Why North Korea's Workers' Party members pay bribes</h1>
<p>Pyongyang — Three defectors who were members of the <em>Workers’</em> Party of Korea explain why
Party membership lost its value under Kim Jong Un. Cadres now take bribes, and jangmadang traders
earn more than Party secretaries.</p>
<p>The Central Committee and the <a href="#">WPK</a> still rule; the Korean People's Army follows.</p>
<pre>cadre cadre cadre</pre>
</article></body></html>`;

// "<p>조선로동당의 장마당</p>" in EUC-KR, as Korean sites still serve it.
const EUC_KR_BODY = [
  60, 112, 62, 193, 182, 188, 177, 183, 206, 181, 191, 180, 231, 192, 199, 32, 192, 229, 184, 182, 180, 231,
  60, 47, 112, 62,
];

let dir: string;
let kcnaText: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nk-scan-'));
  writeFileSync(join(dir, 'article.html'), ARTICLE_HTML);
  writeFileSync(
    join(dir, 'og.htm'),
    '<html><head><meta property="og:url" content="https://news.example.com/a"><title>Recipes</title></head>' +
      '<body><p>How to make kimchi at home.</p></body></html>',
  );
  const head = new TextEncoder().encode('<html><head><meta charset="euc-kr"></head><body>');
  const tail = new TextEncoder().encode('</body></html>');
  writeFileSync(join(dir, 'korean.html'), Buffer.concat([head, Uint8Array.from(EUC_KR_BODY), tail]));
  const first = readFileSync(join(CORPUS_DIR, 'kcna.jsonl'), 'utf8').split('\n')[0]!;
  const { headline, text } = JSON.parse(first) as { headline: string; text: string };
  kcnaText = `${headline}\n${text}`;
  writeFileSync(join(dir, 'kcna.txt'), kcnaText);
  writeFileSync(join(dir, 'image.html'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  writeFileSync(join(dir, 'notes.md'), '# notes\n');
  writeFileSync(join(dir, 'latin1.txt'), Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run scan', { timeout: 60_000 }, () => {
  it('prints one JSON line per page, an error line per bad file, and exits non-zero', () => {
    const files = [
      'article.html',
      'missing.html',
      'og.htm',
      'image.html',
      'korean.html',
      'notes.md',
      'kcna.txt',
    ];
    const { status, stdout, stderr } = runScan(['--json', ...files.map((f) => join(dir, f))]);
    expect(status).toBe(1);
    const reports = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Report);
    expect(reports.map((r) => r.file)).toEqual(
      ['article.html', 'og.htm', 'korean.html', 'kcna.txt'].map((f) => join(dir, f)),
    );
    const errors = stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^error: .*missing\.html: no such file/);
    expect(errors[1]).toMatch(/^error: .*image\.html: not a text file/);
    expect(errors[2]).toMatch(/^error: .*notes\.md: unsupported file type/);

    const [article, og, korean, kcna] = reports as [Report, Report, Report, Report];
    expect(article.url).toBe('https://www.example.org/news/party-membership');
    expect(article.relevant).toBe(true);
    expect(article.score).toBeGreaterThan(0.5);
    expect(article.reasons.length).toBeGreaterThan(0);
    const terms = Object.fromEntries(article.terms.map((t) => [t.id, t.count]));
    // Counted in the page's text, not in <script> or <pre>.
    expect(terms).toMatchObject({ 'workers-party-of-korea': 2, 'kim-jong-un': 1, cadre: 1, jangmadang: 1 });
    expect(terms['party-secretary']).toBe(1);
    expect(Object.keys(article)).toEqual(['file', 'url', 'relevant', 'score', 'reasons', 'terms']);

    expect(og.url).toBe('https://news.example.com/a');
    expect(og.relevant).toBe(false);
    expect(og.terms).toEqual([]);

    expect(korean.terms).toEqual([
      { id: 'jangmadang', count: 1 },
      { id: 'workers-party-of-korea', count: 1 },
    ]);

    expect(kcna.relevant).toBe(true);
    expect(kcna.terms.map((t) => t.id)).toContain('workers-party-of-korea');
  });

  it('reads saved real pages that are not about North Korea', () => {
    const pages = ['aclu.html', 'nytimes-4.html', 'wapo-1.html', 'rtl-3.html', 'hukumusume.html'];
    const { status, stdout, stderr } = runScan([
      '--json',
      ...pages.map((p) => join(CORPUS_DIR, 'readability', p)),
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const reports = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Report);
    expect(reports).toHaveLength(pages.length);
    for (const report of reports) expect(report.relevant, report.file).toBe(false);
  });

  it('prints a table without --json, and refuses text that is not UTF-8', () => {
    const { status, stdout, stderr } = runScan([join(dir, 'article.html'), join(dir, 'latin1.txt')]);
    expect(status).toBe(1);
    const [header, rule, row] = stdout.trim().split('\n');
    expect(header).toMatch(/^file\s+relevant\s+score\s+terms\s+reasons$/);
    expect(rule).toMatch(/^-+\s+-+/);
    expect(row).toContain('article.html');
    expect(row).toMatch(/\byes\b/);
    expect(row).toContain('workers-party-of-korea×2');
    expect(stderr).toMatch(/latin1\.txt: not valid UTF-8/);
  });

  it('explains its usage when given no files', () => {
    const { status, stderr } = runScan(['--json']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/usage: npm run -s scan/);
  });
});
