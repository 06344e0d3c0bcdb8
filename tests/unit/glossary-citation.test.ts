import { describe, expect, it } from 'vitest';
import { citationDate, formatCitation, speakerLine } from '../../glossary/citation.ts';
import type { GlossaryPack } from '../../glossary/model/pack.ts';
import { pack } from '../../glossary/pack.ts';
import { tinyPack } from './fixtures/glossary-tiny-pack.ts';

const claimOf = (p: GlossaryPack, id: string) => p.claims.find((c) => c.id === id)!;

describe('formatCitation', () => {
  it('gives the quote, the speaker with what the source says of them, when, the publication and the link', () => {
    const p = tinyPack();
    const claim = claimOf(p, 'c-caring');
    expect(formatCitation(claim.quotes[0]!, claim, p)).toBe(
      [
        '“Later I stopped caring about it.”',
        "— Ann Lee, former Workers' Party member (joined 1990, defected 2005); testimony to Daily Paper, 2016.",
        'Daily Paper, “The Headline”, 4 May 2016.',
        'https://example.org/paper/1#:~:text=Later%20I%20stopped%20caring%20about%20it%2E',
      ].join('\n'),
    );
  });

  it("cites the publication's own reporting as such", () => {
    const p = tinyPack();
    const claim = claimOf(p, 'c-bribes');
    expect(formatCitation(claim.quotes[0]!, claim, p).split('\n')[1]).toBe(
      "— Daily Paper's own reporting, 2016.",
    );
  });

  it('gives only month and year when the publication printed no date', () => {
    const p = tinyPack();
    p.sources[0]!.dateNote = 'Estimated from the text.';
    const claim = claimOf(p, 'c-caring');
    expect(formatCitation(claim.quotes[0]!, claim, p).split('\n')[2]).toBe(
      'Daily Paper, “The Headline”, May 2016.',
    );
  });

  it('collapses the white space of a quote written over several lines', () => {
    const p = tinyPack();
    const claim = claimOf(p, 'c-caring');
    const quote = { ...claim.quotes[0]!, text: 'Later I stopped\n   caring about it.' };
    expect(formatCitation(quote, claim, p).split('\n')[0]).toBe('“Later I stopped caring about it.”');
  });

  it("turns the passage's own double quotation marks into single ones inside the citation's", () => {
    const p = tinyPack();
    const claim = claimOf(p, 'c-caring');
    const quote = { ...claim.quotes[0]!, text: '“8.3 Party Life” (referring to fees)' };
    expect(formatCitation(quote, claim, p).split('\n')[0]).toBe('“‘8.3 Party Life’ (referring to fees)”');
  });

  it('says which id is missing rather than printing "undefined"', () => {
    const p = tinyPack();
    const claim = { ...claimOf(p, 'c-caring'), speaker: 'nobody' };
    expect(() => formatCitation(claim.quotes[0]!, claim, p)).toThrow('speaker "nobody" is not in the pack');
  });

  it('cites a testimony of the shipped pack from the speaker fields', () => {
    const claim = pack.claims.find((c) => c.speaker === 'kim-ok-hui')!;
    const lines = formatCitation(claim.quotes[0]!, claim, pack).split('\n');
    expect(lines[1]).toBe(
      "— Kim Ok Hui, former Workers' Party member (joined 1998, defected 2009); testimony to Daily NK, 2016.",
    );
    expect(lines[2]).toBe(
      'Daily NK, “Shifting attitudes toward life in the Party, as explained by former members”, May 2016.',
    );
    expect(lines[3]).toBe(claim.quotes[0]!.link);
  });
});

describe('speakerLine', () => {
  it('says when a former member joined and defected, or what the article leaves out', () => {
    const byId = (id: string) => pack.speakers.find((s) => s.id === id)!;
    expect(speakerLine(byId('kim-ok-hui'))).toBe('Kim Ok Hui — Party member from 1998, defected 2009');
    expect(speakerLine(byId('choi-woong-cheol'))).toBe(
      'Choi Woong Cheol — former Party member, defected 2014',
    );
    expect(speakerLine(byId('daily-nk'))).toBe("Daily NK — the publication's own reporting");
  });
});

describe('citationDate', () => {
  it('prints a printed date in full and an estimated one as month and year', () => {
    const source = tinyPack().sources[0]!;
    expect(citationDate(source)).toBe('4 May 2016');
    expect(citationDate({ ...source, date: '2016-05' })).toBe('May 2016');
    expect(citationDate({ ...source, dateNote: 'estimated' })).toBe('May 2016');
  });
});
