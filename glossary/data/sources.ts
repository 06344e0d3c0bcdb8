import type { Source } from '../model/source.ts';

export const sources: Source[] = [
  {
    id: 'daily-nk-2016-party-life',
    title: 'Shifting attitudes toward life in the Party, as explained by former members',
    publisher: 'Daily NK',
    date: '2016-05-04',
    dateNote:
      'The page prints no day of publication. Its text calls the 7th Party Congress "set to be held on Friday" ' +
      '(Friday 6 May 2016), which places it between Sunday 1 and Thursday 5 May 2016; 4 May is an estimate ' +
      'within that week, not a printed date.',
    url: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900',
    textFile: 'party-life-article.txt',
  },
];
