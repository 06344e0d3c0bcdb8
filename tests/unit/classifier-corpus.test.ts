/**
 * The classifier on real pages nobody here wrote: ../shared/corpus (present in CI at the same
 * relative place). Thresholds are the bar for unseen pages (precision ≥ 0.95, recall ≥ 0.90),
 * tightened where the measured figures leave room (see `npm run eval:classifier`).
 */
import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../engine/classifier.ts';
import {
  evaluate,
  isForeignSection,
  kcnaArticles,
  kcnaItems,
  kcnaLines,
  namesNoKorea,
  readabilityItems,
  sourceArticleItem,
} from '../../scripts/eval-classifier.ts';

const list = (ids: string[]): string => ids.slice(0, 10).join('; ');

describe('relevance classifier on the shared corpus', () => {
  it('reads all 946 lines of kcna.jsonl, and counts the 696 distinct articles once each', () => {
    expect(kcnaLines()).toHaveLength(946);
    expect(kcnaArticles()).toHaveLength(696);
  });

  it('finds KCNA articles as saved pages (address, headline, text)', () => {
    const m = evaluate(kcnaItems('page'));
    expect(m.recall ?? 0, list(m.misclassified.map((o) => o.id))).toBeGreaterThanOrEqual(0.99);
  });

  it('finds KCNA articles as bare text, including reports on other countries', () => {
    const all = evaluate(kcnaItems('bare'));
    expect(all.recall ?? 0, list(all.misclassified.map((o) => o.id))).toBeGreaterThanOrEqual(0.97);
    const foreign = evaluate(kcnaItems('bare', isForeignSection));
    expect(foreign.positives).toBeGreaterThan(100);
    expect(foreign.recall ?? 0).toBeGreaterThanOrEqual(0.95);
    // Reports that never name Korea are found by their state-media dateline alone.
    const noKorea = evaluate(kcnaItems('bare', namesNoKorea));
    expect(noKorea.positives).toBeGreaterThan(20);
    expect(noKorea.recall ?? 0).toBeGreaterThanOrEqual(0.95);
  });

  it('finds most KCNA articles from their headline and text alone, without address or dateline', () => {
    const all = evaluate(kcnaItems('content'));
    expect(all.recall ?? 0).toBeGreaterThanOrEqual(0.88);
    // Home news (not the foreign sections) names the country, its places and leaders.
    const home = evaluate(kcnaItems('content', (a) => !isForeignSection(a)));
    expect(home.recall ?? 0).toBeGreaterThanOrEqual(0.9);
  });

  it('finds none of the 60 saved Readability pages relevant, as pages or as bare text', () => {
    for (const reading of ['page', 'bare'] as const) {
      const m = evaluate(readabilityItems(reading));
      expect(m.negatives).toBe(60);
      expect(m.falsePositives, list(m.misclassified.map((o) => `${reading} ${o.id}`))).toBe(0);
    }
  });

  it('finds the glossary’s source article (Daily NK) relevant as bare text', () => {
    const item = sourceArticleItem();
    expect(classifyPage(item.signals).relevant).toBe(true);
    // …and as a saved page of its site, where the site adds evidence.
    const onSite = classifyPage({
      ...item.signals,
      url: 'https://www.dailynk.com/english/shifting-attitudes/',
    });
    expect(onSite.score).toBeGreaterThan(classifyPage(item.signals).score);
  });
});
