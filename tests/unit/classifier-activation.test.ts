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

  it('has an answer for every combination of mode, site rule and verdict', () => {
    for (const mode of DETECTION_MODES) {
      for (const site of ['auto', 'on', 'off'] as SiteSetting[]) {
        for (const c of [relevant, notRelevant]) {
          const { active, why } = decideActivation(c, site, mode);
          expect(typeof active).toBe('boolean');
          expect(['paused', 'site-off', 'site-on', 'always', 'relevant', 'not-relevant']).toContain(why);
        }
      }
    }
  });
});
