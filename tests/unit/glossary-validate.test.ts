import { describe, expect, it } from 'vitest';
import type { GlossaryPack } from '../../glossary/model/pack.ts';
import { validatePack } from '../../glossary/validate.ts';
import { TINY_URL, tinyPack, tinyTexts } from './fixtures/glossary-tiny-pack.ts';

/** The messages the validator gives for the tiny pack after `breakIt` changes one thing. */
function problemsAfter(breakIt: (p: GlossaryPack) => void, texts = tinyTexts()): string[] {
  const pack = tinyPack();
  breakIt(pack);
  return validatePack(pack, texts).map((p) => p.message);
}

const claim = (p: GlossaryPack, id: string) => p.claims.find((c) => c.id === id)!;
const term = (p: GlossaryPack, id: string) => p.terms.find((t) => t.id === id)!;
const firstQuote = (p: GlossaryPack, id: string) => claim(p, id).quotes[0]!;

describe('validatePack on a sound pack', () => {
  it('finds nothing wrong', () => {
    expect(validatePack(tinyPack(), tinyTexts())).toEqual([]);
  });
});

describe('validatePack on broken packs', () => {
  it('reports a quote that is not verbatim in its source', () => {
    expect(
      problemsAfter((p) => {
        firstQuote(p, 'c-caring').text = 'Later I stopped caring about the Party.';
      }),
    ).toEqual([
      'claim c-caring quote 1: "Later I stopped caring about the Party." is not verbatim in source paper',
      'claim c-caring quote 1: link\'s text fragment selects "Later I stopped caring about it.", not the quote "Later I stopped caring about the Party."',
    ]);
  });

  it('reports a link that goes elsewhere, has no fragment, or a malformed one', () => {
    expect(
      problemsAfter((p) => {
        const q = firstQuote(p, 'c-caring');
        q.link = q.link.replace(TINY_URL, 'https://example.org/paper/2');
        firstQuote(p, 'c-bribes').link = TINY_URL;
        claim(p, 'c-fees').quotes[0]!.link = `${TINY_URL}#:~:text=a,b,c`;
      }),
    ).toEqual([
      'claim c-bribes quote 1: link "https://example.org/paper/1" has no text fragment (#:~:text=…)',
      'claim c-caring quote 1: link goes to "https://example.org/paper/2", not to source paper at "https://example.org/paper/1"',
      'claim c-fees quote 1: malformed text directive "text=a,b,c"',
    ]);
  });

  it('reports a fragment that matches nothing, several passages, or another passage', () => {
    expect(
      problemsAfter((p) => {
        firstQuote(p, 'c-bribes').link = `${TINY_URL}#:~:text=cadres%20give%20bribes`;
        firstQuote(p, 'c-caring').link = `${TINY_URL}#:~:text=joined%20the%20Party`;
        claim(p, 'c-fees').quotes[0]!.link = `${TINY_URL}#:~:text=The%20fees,year`;
        claim(p, 'c-fees').quotes[1]!.link = `${TINY_URL}#:~:text=I%20joined,1990`;
      }),
    ).toEqual([
      "claim c-bribes quote 1: link's text fragment matches nothing in source paper",
      'claim c-caring quote 1: link\'s text fragment matches 2 passages, not one: "joined the Party", "joined the Party"',
      // One match each, but short of the quote's closing full stop.
      'claim c-fees quote 1: link\'s text fragment selects "The fees rose every year", not the quote "The fees rose every year."',
      'claim c-fees quote 2: link\'s text fragment selects "I joined the Party in 1990", not the quote "I joined the Party in 1990."',
    ]);
  });

  it("reports a quote outside its speaker's spans", () => {
    expect(
      problemsAfter((p) => {
        claim(p, 'c-bribes').speaker = 'ann';
        claim(p, 'c-bribes').evidence.kind = 'testimony';
      }),
    ).toEqual([
      'claim c-bribes quote 1: "Members pay fees, and cadres take bribes." is not within any span of speaker ann (someone else has the floor there)',
    ]);
  });

  it('reports evidence that does not fit the speaker', () => {
    expect(
      problemsAfter((p) => {
        claim(p, 'c-caring').evidence.kind = 'reporting';
      }),
    ).toEqual([
      'claim c-caring: evidence kind "reporting" but speaker ann (former-party-member) gives testimony',
    ]);
  });

  it('reports dangling ids', () => {
    expect(
      problemsAfter((p) => {
        claim(p, 'c-caring').terms.push('juche');
        claim(p, 'c-fees').speaker = 'kim';
        claim(p, 'c-bribes').source = 'other-paper';
        term(p, 'party').related.push('kwanliso');
        term(p, 'fees').related.push('fees');
        p.speakers[1]!.source = 'another';
      }),
    ).toEqual([
      'speaker ann: source "another" does not exist',
      'term party: related term "kwanliso" does not exist',
      'term fees: lists itself as related',
      'claim c-bribes: source "other-paper" does not exist',
      'claim c-bribes: speaker paper belongs to source paper, not other-paper',
      'claim c-caring: term "juche" does not exist',
      'claim c-caring: speaker ann belongs to source another, not paper',
      'claim c-fees: speaker "kim" does not exist',
    ]);
  });

  it('reports duplicate and blank ids', () => {
    expect(
      problemsAfter((p) => {
        p.claims.push({ ...claim(p, 'c-fees') });
        p.terms.push({ ...term(p, 'songbun'), id: ' ', aliases: ['kwanliso'] });
      }),
    ).toEqual(['term #5: blank id', 'claim c-fees: id used by 2 claims']);
  });

  it('reports blank labels and definitions, and terms without aliases', () => {
    expect(
      problemsAfter((p) => {
        term(p, 'cadre').definition = '  ';
        term(p, 'fees').label = '';
        term(p, 'songbun').aliases = [];
      }),
    ).toEqual([
      'term fees: blank label',
      'term cadre: blank definition',
      'term songbun: has no aliases, so it can never be found in a page',
    ]);
  });

  it("reports aliases two terms share after the matcher's normalisation", () => {
    expect(
      problemsAfter((p) => {
        term(p, 'cadre').aliases.push('PARTY');
        term(p, 'songbun').aliases.push('Workers‘ party'); // another apostrophe, another case
      }),
    ).toEqual([
      'term cadre: alias "PARTY" is the same after normalisation as alias "Party" of term party',
      'term songbun: alias "Workers‘ party" is the same after normalisation as alias "Workers\' Party" of term party',
    ]);
  });

  it('lets a shorter alias sit inside a longer one of another term (longest match wins)', () => {
    // "Party" (party) is inside "Party fees" (fees) in the sound pack already.
    expect(term(tinyPack(), 'fees').aliases).toContain('Party fees');
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it("reports a case-sensitive alias equal to another term's, or to another's alias once case is folded", () => {
    expect(
      problemsAfter((p) => {
        term(p, 'songbun').caseSensitiveAliases = ['WPK'];
      }),
    ).toEqual(['term songbun: alias "WPK" is the same after normalisation as alias "WPK" of term party']);
    // The case-insensitive "wpk" would also match the "WPK" that party claims.
    expect(
      problemsAfter((p) => {
        term(p, 'cadre').aliases.push('wpk');
      }),
    ).toEqual(['term party: alias "WPK" is the same after normalisation as alias "wpk" of term cadre']);
  });

  it('lets case-sensitive aliases differ by case alone', () => {
    expect(
      problemsAfter((p) => {
        term(p, 'fees').caseSensitiveAliases = ['Wpk'];
      }),
    ).toEqual([]);
  });

  it('reports inArticle flags the source contradicts', () => {
    expect(
      problemsAfter((p) => {
        term(p, 'songbun').inArticle = true;
        term(p, 'cadre').inArticle = false;
      }),
    ).toEqual([
      'term cadre: inArticle is false but its alias "cadres" occurs in the source',
      'term songbun: inArticle is true but none of its aliases occurs in the source',
    ]);
  });

  it('reports spans that do not resolve, and spans of two speakers that overlap', () => {
    expect(
      problemsAfter((p) => {
        p.speakers[0]!.spans.push({ from: 'Paper reports', to: 'x' });
        p.speakers[1]!.spans.push({ from: 'Ann Lee joined', to: 'rose every year.' });
        p.speakers[1]!.spans.push({ from: 'I joined the Party', to: 'The Headline' });
      }),
    ).toEqual([
      'speaker paper span 2: `from` "Paper reports" opens no paragraph of source paper',
      'speaker ann span 3: `to` "The Headline" ends no paragraph at or after the one `from` opens in source paper',
      'speaker paper: a span overlaps a span of speaker ann',
    ]);
  });

  it('reports claims without quotes or terms, and a source without its text', () => {
    expect(
      problemsAfter((p) => {
        claim(p, 'c-caring').quotes = [];
        claim(p, 'c-fees').terms = [];
      }, {}),
    ).toEqual([
      'source paper: no verification text (expected glossary/sources/tiny.txt)',
      'claim c-caring: has no quotes',
      'claim c-fees: names no terms, so no popover can show it',
    ]);
  });

  it('gives each problem a code and the subject it names', () => {
    const pack = tinyPack();
    term(pack, 'cadre').definition = '';
    expect(validatePack(pack, tinyTexts())).toEqual([
      { code: 'blank', subject: 'term cadre', message: 'term cadre: blank definition' },
    ]);
  });
});
