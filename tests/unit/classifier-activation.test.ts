import { describe, expect, it } from 'vitest';
import { decideActivation, type SiteSetting } from '../../engine/activation.ts';
import { DETECTION_MODES } from '../../settings/model.ts';

const relevant = { relevant: true };
const notRelevant = { relevant: false };

describe('decideActivation', () => {
  it('follows the classifier in auto mode on a site without a rule', () => {
    expect(decideActivation(relevant, 'auto', 'auto')).toEqual({ active: true, why: 'relevant' });
    expect(decideActivation(notRelevant, 'auto', 'auto')).toEqual({ active: false, why: 'not-relevant' });
  });

  it('shows anyway on a site switched on, and never on a site switched off', () => {
    expect(decideActivation(notRelevant, 'on', 'auto')).toEqual({ active: true, why: 'site-on' });
    expect(decideActivation(relevant, 'off', 'auto')).toEqual({ active: false, why: 'site-off' });
    expect(decideActivation(relevant, 'off', 'always')).toEqual({ active: false, why: 'site-off' });
  });

  it('marks every page in always mode unless the site is off', () => {
    expect(decideActivation(notRelevant, 'auto', 'always')).toEqual({ active: true, why: 'always' });
  });

  it('marks nothing while paused, whatever the site rule or the verdict', () => {
    for (const site of ['auto', 'on', 'off'] as SiteSetting[]) {
      for (const c of [relevant, notRelevant]) {
        expect(decideActivation(c, site, 'off')).toEqual({ active: false, why: 'paused' });
      }
    }
  });

  it('gives the written answer for every combination of mode, site rule and verdict', () => {
    // mode, site rule, page about North Korea → expected. Written out, not derived from the rule.
    const table: [string, SiteSetting, boolean, string][] = [
      ['auto', 'auto', true, 'on relevant'],
      ['auto', 'auto', false, 'off not-relevant'],
      ['auto', 'on', true, 'on site-on'],
      ['auto', 'on', false, 'on site-on'],
      ['auto', 'off', true, 'off site-off'],
      ['auto', 'off', false, 'off site-off'],
      ['always', 'auto', true, 'on always'],
      ['always', 'auto', false, 'on always'],
      ['always', 'on', true, 'on site-on'],
      ['always', 'on', false, 'on site-on'],
      ['always', 'off', true, 'off site-off'],
      ['always', 'off', false, 'off site-off'],
      ['off', 'auto', true, 'off paused'],
      ['off', 'auto', false, 'off paused'],
      ['off', 'on', true, 'off paused'],
      ['off', 'on', false, 'off paused'],
      ['off', 'off', true, 'off paused'],
      ['off', 'off', false, 'off paused'],
    ];
    expect(new Set(table.map(([mode]) => mode))).toEqual(new Set(DETECTION_MODES));
    for (const [mode, site, isRelevant, expected] of table) {
      const { active, why } = decideActivation(
        { relevant: isRelevant },
        site,
        mode as (typeof DETECTION_MODES)[number],
      );
      expect(`${active ? 'on' : 'off'} ${why}`, `${mode} / site ${site} / relevant ${isRelevant}`).toBe(
        expected,
      );
    }
  });
});
