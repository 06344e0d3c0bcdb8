import type { GlossaryPack } from '../../../glossary/model/pack.ts';

/**
 * A two-term pack for component tests: one term the article uses, with a testimony claim, and one
 * related term it does not use. Quotes are verbatim from the source article.
 */
export const fixturePack: GlossaryPack = {
  sources: [
    {
      id: 'src',
      title: 'Shifting attitudes toward life in the Party, as explained by former members',
      publisher: 'Daily NK',
      date: '2016-05-04',
      dateNote: 'estimated',
      url: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900',
      textFile: 'party-life-article.txt',
    },
  ],
  speakers: [
    {
      id: 'kim-ok-hui',
      name: 'Kim Ok Hui',
      kind: 'former-party-member',
      source: 'src',
      summary: 'Party member from 1998, defected 2009',
      membership: { when: '1998', where: 'North Hamgyong Province' },
      defected: 2009,
      spans: [],
    },
  ],
  terms: [
    {
      id: 'chonghwa',
      label: 'chonghwa',
      kind: 'practice',
      definition: 'Weekly self-criticism sessions held by Party organisations.',
      definitionBasis: 'article-and-general-knowledge',
      inArticle: true,
      aliases: ['chonghwa'],
      related: ['saenghwal-chonghwa', 'missing-term'],
    },
    {
      id: 'saenghwal-chonghwa',
      label: 'saenghwal chonghwa',
      kind: 'concept',
      definition: 'The full name of the life-review sessions.',
      definitionBasis: 'general-knowledge',
      inArticle: false,
      aliases: ['saenghwal chonghwa'],
      related: ['chonghwa'],
    },
  ],
  claims: [
    {
      id: 'claim-chonghwa',
      text: 'Weekly self-criticism sessions restrict the movements of men who are Party members.',
      terms: ['chonghwa'],
      source: 'src',
      speaker: 'kim-ok-hui',
      evidence: { kind: 'testimony', statedIn: 2016, about: 'the 2000s' },
      quotes: [
        {
          text: 'men who are Party members\nhave their movements restricted due to weekly Party chonghwa (self-criticism\nsessions)',
          link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=men%20who%20are%20Party%20members%20have%20their%20movements',
        },
      ],
    },
  ],
};
