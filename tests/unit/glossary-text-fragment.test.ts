import { describe, expect, it } from 'vitest';
import {
  buildQuoteLink,
  encodeTextDirectivePart,
  findFragmentMatches,
  formatTextDirective,
  parseTextDirective,
  parseTextFragment,
  type TextDirective,
} from '../../glossary/text-fragment.ts';

const URL_ = 'https://example.org/read.php?num=1&cat=2';

// Two paragraphs, soft-wrapped like the article's text file, with repeats to make uniqueness matter.
const TEXT = `Headline of the piece

The cadres say the Party’s rules are strict. The rules
are strict for members,   and the members pay fees.
Non-members pay no fees.

In North Korea’s markets the members trade less. North Korea
is changing, and the rules are strict again.`;

const texts = (d: TextDirective): string[] => findFragmentMatches(d, TEXT).map((m) => m.text);

describe('encodeTextDirectivePart', () => {
  it('encodes the directive syntax characters - , & as the spec requires', () => {
    expect(encodeTextDirectivePart('a-b, c&d')).toBe('a%2Db%2C%20c%26d');
  });

  it('keeps a curly apostrophe as it is, percent-encoded as UTF-8', () => {
    expect(encodeTextDirectivePart('Korea’s')).toBe('Korea%E2%80%99s');
  });

  it('encodes characters that auto-linkers strip from the end of a URL', () => {
    expect(encodeTextDirectivePart("(it's) done.")).toBe('%28it%27s%29%20done%2E');
  });

  it('round-trips through parsing, whatever the text holds', () => {
    const d = { prefix: 'a-b,', textStart: '8.3 Party-Life & co', textEnd: '-x-', suffix: '‘Hwaseon’ 100%' };
    expect(parseTextDirective(formatTextDirective(d))).toEqual(d);
  });
});

describe('parseTextDirective', () => {
  it('reads every form of the syntax', () => {
    expect(parseTextDirective('start')).toEqual({ textStart: 'start' });
    expect(parseTextDirective('start,end')).toEqual({ textStart: 'start', textEnd: 'end' });
    expect(parseTextDirective('pre-,start')).toEqual({ prefix: 'pre', textStart: 'start' });
    expect(parseTextDirective('start,-suf')).toEqual({ textStart: 'start', suffix: 'suf' });
    expect(parseTextDirective('pre-,start,end,-suf')).toEqual({
      prefix: 'pre',
      textStart: 'start',
      textEnd: 'end',
      suffix: 'suf',
    });
    expect(parseTextDirective('a%20b%2C%2Dc')).toEqual({ textStart: 'a b,-c' });
  });

  it('rejects what the spec ignores', () => {
    for (const bad of ['', 'a,b,c', 'pre-,a,b,c,-suf', 'a,,b', '-suf', 'pre-', 'pre-,-suf', 'a%E2%80']) {
      expect(parseTextDirective(bad), bad).toBeNull();
    }
  });
});

describe('parseTextFragment', () => {
  it('finds text directives after the fragment directive delimiter, among other directives', () => {
    const parsed = parseTextFragment(`${URL_}#top:~:other=1&text=a%2Db&text=x,y&text=a,b,c`);
    expect(parsed).toEqual({
      base: URL_,
      directives: [{ textStart: 'a-b' }, { textStart: 'x', textEnd: 'y' }],
      invalid: ['a,b,c'],
    });
  });

  it('returns null without a fragment directive', () => {
    expect(parseTextFragment(URL_)).toBeNull();
    expect(parseTextFragment(`${URL_}#text=a`)).toBeNull();
  });
});

describe('findFragmentMatches', () => {
  it('matches case-insensitively across collapsed white space and line breaks', () => {
    expect(texts({ textStart: 'THE RULES ARE STRICT' })).toEqual([
      'The rules are strict',
      'the rules are strict',
    ]);
    expect(texts({ textStart: 'members, and the members' })).toEqual(['members, and the members']);
  });

  it('matches textStart only on word boundaries', () => {
    expect(texts({ textStart: 'member' })).toEqual([]);
    // A hyphen is a word boundary: "members" in "Non-members" counts, "Non" alone too.
    expect(texts({ textStart: 'members' })).toHaveLength(4);
    expect(texts({ textStart: 'Non' })).toEqual(['Non']);
    expect(texts({ textStart: 'on-members' })).toEqual([]);
    // "Korea’s" is one word (UAX #29), so "North Korea" matches only where a boundary follows it.
    expect(findFragmentMatches({ textStart: 'North Korea' }, TEXT)).toHaveLength(1);
  });

  it('ends a textStart,textEnd match at the first textEnd after textStart', () => {
    expect(texts({ textStart: 'The cadres', textEnd: 'strict' })).toEqual([
      'The cadres say the Party’s rules are strict',
    ]);
  });

  it('lets textStart and textEnd lie in different paragraphs, but no single term span two', () => {
    expect(texts({ textStart: 'pay no fees', textEnd: 'markets' })).toEqual([
      'pay no fees. In North Korea’s markets',
    ]);
    expect(texts({ textStart: 'no fees. In North' })).toEqual([]);
  });

  it('uses prefix and suffix as context that must sit next to the match', () => {
    expect(texts({ prefix: 'the', textStart: 'members' })).toEqual(['members', 'members']);
    expect(texts({ prefix: 'and the', textStart: 'members' })).toEqual(['members']);
    const [last] = findFragmentMatches({ textStart: 'rules are strict', suffix: 'again' }, TEXT);
    expect(last?.text).toBe('rules are strict');
    expect(findFragmentMatches({ textStart: 'rules are strict' }, TEXT).at(-1)).toEqual(last);
    expect(texts({ textStart: 'rules are', suffix: 'again' })).toEqual([]);
  });

  it('with a suffix, moves on to a later textEnd until the suffix follows', () => {
    expect(texts({ textStart: 'The cadres', textEnd: 'strict', suffix: 'again' })).toEqual([
      'The cadres say the Party’s rules are strict. The rules are strict for members, and the members pay fees. Non-members pay no fees. In North Korea’s markets the members trade less. North Korea is changing, and the rules are strict',
    ]);
  });
});

describe('buildQuoteLink', () => {
  const only = (link: string): string[] => {
    const parsed = parseTextFragment(link);
    expect(parsed?.base).toBe(URL_);
    expect(parsed?.directives).toHaveLength(1);
    return findFragmentMatches(parsed!.directives[0]!, TEXT).map((m) => m.text);
  };

  it('uses the exact text for a short unique passage', () => {
    const link = buildQuoteLink(URL_, 'Non-members pay no fees.', TEXT);
    expect(link).toBe(`${URL_}#:~:text=Non%2Dmembers%20pay%20no%20fees%2E`);
    expect(only(link)).toEqual(['Non-members pay no fees.']);
  });

  it('uses textStart,textEnd for a long passage, even across a paragraph break', () => {
    const passage = `The cadres say the Party’s rules are strict. The rules
are strict for members, and the members pay fees. Non-members pay no fees. In North Korea’s markets`;
    const link = buildQuoteLink(URL_, passage, TEXT);
    const directive = parseTextFragment(link)!.directives[0]!;
    expect(directive.textEnd).toBeDefined();
    expect(directive.prefix).toBeUndefined();
    expect(only(link)).toEqual([passage.replace(/\s+/g, ' ')]);
  });

  it('adds context only when the passage alone would match elsewhere', () => {
    const link = buildQuoteLink(URL_, 'rules are strict again', TEXT);
    expect(parseTextFragment(link)!.directives[0]).toEqual({ textStart: 'rules are strict again' });
    // "are strict for" is unique verbatim but "the rules are strict" is not: context disambiguates.
    const repeated = buildQuoteLink(URL_, 'the rules are strict', TEXT);
    const d = parseTextFragment(repeated)!.directives[0]!;
    expect(d.prefix ?? d.suffix).toBeDefined();
    expect(only(repeated)).toEqual(['the rules are strict']);
  });

  it('reaches a passage that starts inside a word through the rest of that word as prefix', () => {
    const link = buildQuoteLink(URL_, 'on-members pay no fees.', TEXT);
    expect(parseTextFragment(link)!.directives[0]).toEqual({
      prefix: 'N',
      textStart: 'on-members pay no fees.',
    });
    expect(only(link)).toEqual(['on-members pay no fees.']);
  });

  it('refuses a passage that is not verbatim, or that occurs more than once', () => {
    expect(() => buildQuoteLink(URL_, 'the rules are lax', TEXT)).toThrow(/not found verbatim/);
    expect(() => buildQuoteLink(URL_, "the Party's rules", TEXT)).toThrow(/not found verbatim/);
    expect(() => buildQuoteLink(URL_, 'the members', TEXT)).toThrow(/occurs 2 times/);
  });
});
