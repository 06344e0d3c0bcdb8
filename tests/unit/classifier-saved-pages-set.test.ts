import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  PAGE_FIXTURES,
  parseHtml,
  savedPageCases,
  savedPageItems,
} from '../../scripts/eval-classifier.ts';

/** Independent of the classifier's lexicon: the page names North Korea or its leader somewhere. */
const NAMES_NORTH_KOREA = /North Korea|Kim Jong Un|북한|北|김정은/;

describe('relevance classifier on the saved pages written for it (tests/fixtures/classifier-pages)', () => {
  it('has English and Korean positives and negatives, each a saved page with its address', () => {
    const cases = savedPageCases();
    for (const lang of ['en', 'ko'] as const) {
      for (const relevant of [true, false]) {
        const n = cases.filter((c) => c.lang === lang && c.relevant === relevant).length;
        expect(n, `${lang} ${relevant ? 'positives' : 'negatives'}`).toBeGreaterThanOrEqual(6);
      }
    }
    for (const item of savedPageItems()) {
      expect(item.signals.url, item.id).toMatch(/^https:\/\//);
      expect(item.signals.title, item.id).toBeTruthy();
    }
  });

  // What the set tests: every negative carries North Korea in its page chrome, not in its story.
  it('names North Korea somewhere on every negative page', () => {
    for (const c of savedPageCases().filter((c) => !c.relevant)) {
      const document = parseHtml(readFileSync(join(PAGE_FIXTURES, c.file), 'utf8'));
      expect(document.body.textContent ?? '', c.file).toMatch(NAMES_NORTH_KOREA);
    }
  });

  it('reaches precision ≥ 0.95 and recall ≥ 0.90', () => {
    const metrics = evaluate(savedPageItems());
    const wrong = metrics.misclassified.map((o) => `${o.id} (${o.score.toFixed(2)})`);
    expect(metrics.precision ?? 0, `false positives: ${wrong.join(', ')}`).toBeGreaterThanOrEqual(0.95);
    expect(metrics.recall ?? 0, `missed: ${wrong.join(', ')}`).toBeGreaterThanOrEqual(0.9);
  });
});
