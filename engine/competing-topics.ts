/**
 * Subjects that pages mentioning North Korea are often really about: South Korean politics, other
 * people named Kim, K-pop, Korean food, stock markets, travel, other countries' parties. The classifier
 * weighs them against the North Korea signals: a page may name both, and a North Korea story
 * from Seoul names South Korean officials, so these only lower the score of a page where they
 * outweigh the North Korea evidence, or where they, and not North Korea, are in the title.
 *
 * Same shape and form rules as the relevance lexicon (relevance-lexicon.ts). Strength: `strong`
 * for names that fix a page's subject (a South Korean president, a K-pop group), `medium` for
 * institutions and topic words. Other Kims are found by a pattern in `otherKims` below, since
 * they cannot be listed (South Korean presidents named Kim are found that way in English).
 */
import type { RelevanceSignal } from './relevance-lexicon.ts';

export const COMPETING_TOPICS: readonly RelevanceSignal[] = [
  {
    id: 'south-korean-politics',
    strength: 'strong',
    forms: [
      'Syngman Rhee',
      'Park Chung-hee',
      'Chun Doo-hwan',
      'Roh Tae-woo',
      'Roh Moo-hyun',
      'Lee Myung-bak',
      'Park Geun-hye',
      'Moon Jae-in',
      'Yoon Suk Yeol',
      'Yoon Suk-yeol',
      'Lee Jae-myung',
      'Han Duck-soo',
      'Han Dong-hoon',
      'People Power Party',
      'Democratic Party of Korea',
      '이승만',
      '박정희',
      '전두환',
      '노태우',
      '김영삼',
      '김대중',
      '노무현',
      '이명박',
      '박근혜',
      '문재인',
      '윤석열',
      '이재명',
      '한덕수',
      '한동훈',
      '국민의힘',
      '더불어민주당',
    ],
  },
  {
    id: 'south-korean-institutions',
    strength: 'medium',
    forms: [
      'National Assembly',
      'Constitutional Court',
      'Blue House',
      'martial law',
      'impeachment',
      '국회',
      '헌법재판소',
      '청와대',
      '대통령실',
      '여야',
      '탄핵',
      '계엄',
    ],
  },
  {
    id: 'k-pop',
    strength: 'medium',
    forms: [
      'K-pop',
      'K-drama',
      'BTS',
      'Blackpink',
      'HYBE',
      'YG Entertainment',
      'SM Entertainment',
      'JYP Entertainment',
      'boy band',
      'girl group',
      'idol group',
      '케이팝',
      '아이돌',
      '컴백',
      '걸그룹',
      '보이그룹',
      '소속사',
    ],
  },
  {
    id: 'korean-food',
    strength: 'medium',
    forms: [
      'recipe',
      'kimchi',
      'naengmyeon',
      'gochujang',
      'gochugaru',
      'bulgogi',
      'bibimbap',
      'tablespoon',
      '레시피',
      '김치',
      '냉면',
      '큰술',
      '맛집',
    ],
  },
  {
    id: 'stock-markets',
    strength: 'medium',
    forms: [
      'KOSPI',
      'KOSDAQ',
      'Nikkei',
      'Hang Seng',
      'Dow Jones',
      'S&P 500',
      'Nasdaq',
      '코스피',
      '코스닥',
      '증시',
    ],
  },
  {
    id: 'travel',
    strength: 'medium',
    // Travel writing about Seoul, the DMZ or Dandong names the North's places as sights across the
    // border; the words of a travel guide say what such a page is for.
    forms: [
      'day trip',
      'day tour',
      'tour operator',
      'tour package',
      'guided tour',
      'sightseeing',
      'itinerary',
      'itineraries',
      'travel guide',
      'travel tips',
      'guidebook',
      'must-see',
      'tourist attraction',
      'how to get there',
      'getting there',
      'entrance fee',
      'admission fee',
      'opening hours',
      'gift shop',
      'bucket list',
      '당일치기',
      '여행 코스',
      '여행지',
      '가볼 만한',
      '가볼만한',
      '입장료',
      '기념품',
    ],
  },
  {
    id: 'other-party',
    strength: 'medium',
    forms: [
      'Xi Jinping',
      'Communist Party of China',
      'Chinese Communist Party',
      'Politburo Standing Committee',
      'National Convention',
      'Republican Party',
      "Brazil's Workers' Party",
      'Labour Party',
      '시진핑',
      '중국 공산당',
      '전당대회',
      '영국 노동당',
    ],
  },
];

/** Given names of the North's Kims (leaders and officials), lower case, run together. */
const NORTH_KOREAN_KIMS = new Set([
  'jongun',
  'jongeun',
  'jongil',
  'ilsung',
  'yojong',
  'juae',
  'jongnam',
  'tokhun',
  'yongchol',
  'yongnam',
  'songnam',
  'kyegwan',
]);

/** Kim and a given name of one or two parts: `Kim Kardashian`, `Kim Dae-jung`, `Kim Jong Un`. */
// Romanised names: ASCII letters are enough, and a Unicode property class would cost milliseconds
// to compile on every page load.
const KIM_WITH_GIVEN_NAME = /(?<![A-Za-z0-9])Kim[\s-]+([A-Z][a-z]+(?:-[A-Za-z][a-z]+|\s+[A-Z][a-z]+)?)/g;

export interface NameMention {
  name: string;
  index: number;
}

/**
 * People named Kim who are not the North's leaders or officials (Kim Kardashian, Kim Dae-jung,
 * Kim Jong-kook), as written, with where they are. The given name is read whole, so
 * `Kim Jong-kook` is not `Kim Jong Un`.
 */
export function otherKims(text: string): NameMention[] {
  const found: NameMention[] = [];
  for (const match of text.matchAll(KIM_WITH_GIVEN_NAME)) {
    const given = match[1] ?? '';
    if (!NORTH_KOREAN_KIMS.has(given.replace(/[\s-]+/g, '').toLowerCase())) {
      found.push({ name: match[0], index: match.index });
    }
  }
  return found;
}
