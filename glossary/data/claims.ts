import type { Claim } from '../model/claim.ts';

/*
 * Every quote's link was generated with buildQuoteLink (glossary/text-fragment.ts), never written by
 * hand: regenerate it whenever a quote changes (`npm run -s glossary -- --link "passage"`).
 * Claim text never states testimony as current fact: it says who said it.
 */
export const claims: Claim[] = [
  {
    id: 'claim-congress-reshuffle',
    text: "Daily NK reported in 2016 that Kim Jong Un was expected to reshuffle the Workers' Party's organisation at the 7th Party Congress in Pyongyang, to consolidate his authority.",
    terms: [
      'seventh-party-congress',
      'kim-jong-un',
      'workers-party-of-korea',
      'pyongyang',
      'central-committee',
      'party-congress',
    ],
    source: 'daily-nk-2016-party-life',
    speaker: 'daily-nk',
    evidence: { kind: 'reporting', statedIn: 2016, about: '2016' },
    quotes: [
      {
        text: 'With North Korea’s 7th Party Congress set to be held on Friday in Pyongyang, Kim Jong Un is expected to reshuffle the organization of the Worker’s Party in an effort to consolidate his authority.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=With%20North%20Korea%E2%80%99s,consolidate%20his%20authority%2E',
      },
    ],
  },
  {
    id: 'claim-songun-curtailed-party',
    text: "Daily NK wrote that the Party's authority had been significantly curtailed under Kim Jong Il's military-first Songun policy.",
    terms: ['songun', 'kim-jong-il', 'workers-party-of-korea', 'korean-peoples-army'],
    source: 'daily-nk-2016-party-life',
    speaker: 'daily-nk',
    evidence: { kind: 'reporting', statedIn: 2016, about: "Kim Jong Il's rule" },
    quotes: [
      {
        text: 'However, the Party’s authority was significantly curtailed under Kim Jong Il’s military-centric Songun policy',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=However%2C%20the%20Party%E2%80%99s,military%2Dcentric%20Songun%20policy',
      },
    ],
  },
  {
    id: 'claim-three-million-members',
    text: 'Daily NK put the Party at an estimated 3 million members and questioned how loyal they were and whether they could meet the regime’s expectations.',
    terms: ['party-membership', 'workers-party-of-korea'],
    source: 'daily-nk-2016-party-life',
    speaker: 'daily-nk',
    evidence: { kind: 'reporting', statedIn: 2016, about: '2016' },
    quotes: [
      {
        text: 'bringing into question the strength of loyalty of the estimated 3 million Party members and whether they can fulfill the expectations of the regime.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=bringing%20into%20question,of%20the%20regime%2E',
      },
    ],
  },
  {
    id: 'claim-8-3-party-life',
    text: 'Daily NK reported the satirical expression "8.3 Party Life", for paying a year’s worth of Party fees upfront in exchange for exemption from labour.',
    terms: [
      'eight-three-party-life',
      'party-dues',
      'eight-three-workers',
      'labour-mobilisation',
      'party-life',
    ],
    source: 'daily-nk-2016-party-life',
    speaker: 'daily-nk',
    evidence: { kind: 'reporting', statedIn: 2016, about: 'recent years (as of 2016)' },
    quotes: [
      {
        text: '“8.3 Party Life” (referring to the practice of paying a year’s worth of Party fees upfront in exchange for labor exemption)',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=%E2%80%9C8%2E3%20Party%20Life%E2%80%9D,for%20labor%20exemption%29',
      },
    ],
  },
  {
    id: 'claim-one-rabbit-membership',
    text: 'Daily NK reported the satirical expression "Party membership with one rabbit", referring to how little membership costs.',
    terms: ['one-rabbit-membership', 'party-membership'],
    source: 'daily-nk-2016-party-life',
    speaker: 'daily-nk',
    evidence: { kind: 'reporting', statedIn: 2016, about: 'recent years (as of 2016)' },
    quotes: [
      {
        text: '“Party membership with one rabbit” (referring to the low cost of membership)',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=%E2%80%9CParty%20membership%20with,cost%20of%20membership%29',
      },
    ],
  },
  {
    id: 'claim-satire-dissent-bribery',
    text: 'Daily NK read such sayings as dissent aimed at the entrenched culture of bribery among the cadres who oversee Party members.',
    terms: [
      'bribery',
      'cadre',
      'eight-three-party-life',
      'one-rabbit-membership',
      'organisation-and-guidance-department',
    ],
    source: 'daily-nk-2016-party-life',
    speaker: 'daily-nk',
    evidence: { kind: 'reporting', statedIn: 2016, about: 'recent years (as of 2016)' },
    quotes: [
      {
        text: 'Such phrases can be seen as expressions of dissent directed at the entrenched culture of bribery among cadres, who are responsible for overseeing Party members.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=Such%20phrases%20can,overseeing%20Party%20members%2E',
      },
    ],
  },
  {
    id: 'claim-non-members-same-living',
    text: 'Daily NK reported that, with the necessary political connections, people outside the Party could live as well as Party members.',
    terms: ['party-membership', 'songbun'],
    source: 'daily-nk-2016-party-life',
    speaker: 'daily-nk',
    evidence: { kind: 'reporting', statedIn: 2016, about: '2016' },
    quotes: [
      {
        text: 'it is possible for non-Party members to enjoy the same standards of living as Party members do, provided that the necessary political connections are maintained.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=it%20is%20possible,connections%20are%20maintained%2E',
      },
    ],
  },
  {
    id: 'claim-membership-no-longer-status',
    text: 'Daily NK wrote that obtaining Party membership was no longer widely seen as the rise in social status it once was.',
    terms: ['party-membership', 'songbun'],
    source: 'daily-nk-2016-party-life',
    speaker: 'daily-nk',
    evidence: { kind: 'reporting', statedIn: 2016, about: '2016' },
    quotes: [
      {
        text: 'the act of obtaining Party membership is no longer widely considered to be the rise in social status that it once was.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=the%20act%20of,it%20once%20was%2E',
      },
    ],
  },
  {
    id: 'claim-bull-with-a-ring',
    text: 'Daily NK reported a saying that entering the Party makes you "as good as a bull with a ring through its nose", referring to the restrictions membership places on market activities.',
    terms: ['bull-with-a-ring', 'party-membership', 'markets', 'jangmadang', 'party-life'],
    source: 'daily-nk-2016-party-life',
    speaker: 'daily-nk',
    evidence: { kind: 'reporting', statedIn: 2016, about: 'recent years (as of 2016)' },
    quotes: [
      {
        text: '“the moment you enter the Party, you’re as good as a bull with a ring through its nose,” referring to the restrictions that Party membership places on market activities.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=%E2%80%9Cthe%20moment%20you,on%20market%20activities%2E',
      },
    ],
  },
  {
    id: 'claim-fx-enterprises-prefer-non-members',
    text: 'Daily NK reported that foreign-currency earning enterprises preferred to recruit non-members, who are not bound by Party rules.',
    terms: [
      'foreign-currency-earning-enterprises',
      'foreign-currency-earning',
      'party-life',
      'party-membership',
    ],
    source: 'daily-nk-2016-party-life',
    speaker: 'daily-nk',
    evidence: { kind: 'reporting', statedIn: 2016, about: 'recent years (as of 2016)' },
    quotes: [
      {
        text: 'This is also reflected in the preferences of foreign-currency earning enterprises for recruiting non-members, who are unencumbered by Party rules.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=This%20is%20also,by%20Party%20rules%2E',
      },
    ],
  },
  {
    id: 'claim-men-factory-women-markets',
    text: "Daily NK wrote that membership generally ties men to a factory, while North Korea's social structure expects women to provide for the family, mainly by trading at the markets.",
    terms: ['markets', 'jangmadang', 'public-distribution-system', 'party-membership', 'north-korea'],
    source: 'daily-nk-2016-party-life',
    speaker: 'daily-nk',
    evidence: { kind: 'reporting', statedIn: 2016, about: '2016' },
    quotes: [
      {
        text: 'while membership for men generally means being moored to a factory, North Korea’s social structure mandates that women care for the family, and the primary method for doing so is through trading at the markets.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=while%20membership%20for,at%20the%20markets%2E',
      },
    ],
  },
  {
    id: 'claim-women-membership-attractive',
    text: "Daily NK reported that some women find Party membership attractive because it frees time for the market in place of the Women's Union's mandatory duties.",
    terms: ['womens-union', 'party-membership', 'markets', 'labour-mobilisation'],
    source: 'daily-nk-2016-party-life',
    speaker: 'daily-nk',
    evidence: { kind: 'reporting', statedIn: 2016, about: '2016' },
    quotes: [
      {
        text: 'Party membership is seen as more attractive to women in some cases, as it enables them to spend more time at the market in place of performing mandatory duties required by the Women’s Union.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=Party%20membership%20is%20seen,by%20the%20Women%E2%80%99s%20Union%2E',
      },
    ],
  },
  {
    id: 'claim-womens-union-cadre-bribes',
    text: "Daily NK reported that a Party member who became a Women's Union cadre could solicit bribes from the union's members, whom it called the core of the market system.",
    terms: ['womens-union', 'cadre', 'bribery', 'markets'],
    source: 'daily-nk-2016-party-life',
    speaker: 'daily-nk',
    evidence: { kind: 'reporting', statedIn: 2016, about: '2016' },
    quotes: [
      {
        text: 'if a Party member were to become a cadre of the women’s union, bribes can be solicited from other union members, who are the core of North Korea’s market system.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=if%20a%20Party,Korea%E2%80%99s%20market%20system%2E',
      },
    ],
  },
  {
    id: 'claim-womens-union-90-percent-markets',
    text: "Daily NK put the share of Women's Union members working in the markets at 90 percent.",
    terms: ['womens-union', 'markets', 'jangmadang', 'marketisation'],
    source: 'daily-nk-2016-party-life',
    speaker: 'daily-nk',
    evidence: { kind: 'reporting', statedIn: 2016, about: '2016' },
    quotes: [
      {
        text: 'These days, 90 percent of women’s union members work in the markets.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=These%20days%2C%2090,in%20the%20markets%2E',
      },
    ],
  },
  {
    id: 'claim-womens-union-cadres-influence',
    text: "Daily NK reported a widespread feeling that, with women's new economic power, Women's Union cadres who manage market players had more influence than Party cadres.",
    terms: ['womens-union', 'cadre', 'markets', 'marketisation'],
    source: 'daily-nk-2016-party-life',
    speaker: 'daily-nk',
    evidence: { kind: 'reporting', statedIn: 2016, about: '2016' },
    quotes: [
      {
        text: 'As women now wield considerably more power in the day-to-day economy, many feel that Women’s Union cadres, who manage and control these market players, have more influence than Party cadres.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=As%20women%20now,than%20Party%20cadres%2E',
      },
    ],
  },
  {
    id: 'claim-first-congress-in-36-years',
    text: 'Daily NK noted that the 7th Party Congress was the first to be held in 36 years.',
    terms: ['seventh-party-congress', 'party-congress'],
    source: 'daily-nk-2016-party-life',
    speaker: 'daily-nk',
    evidence: { kind: 'reporting', statedIn: 2016, about: '2016' },
    quotes: [
      {
        text: 'In time for the 7th Party Congress, which is being held for the first time in 36 years',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=In%20time%20for,in%2036%20years',
      },
    ],
  },
  {
    id: 'claim-three-former-members-interviewed',
    text: 'For the Congress, Daily NK interviewed three defectors who had been Party members about changing attitudes to the once prestigious status.',
    terms: ['defector', 'daily-nk', 'party-membership'],
    source: 'daily-nk-2016-party-life',
    speaker: 'daily-nk',
    evidence: { kind: 'reporting', statedIn: 2016, about: '2016' },
    quotes: [
      {
        text: 'Daily NK spoke with three North Korean defectors who were once Party members to shed light on the changing sentiments toward the once prestigious status.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=Daily%20NK%20spoke,once%20prestigious%20status%2E',
      },
    ],
  },
  {
    id: 'claim-park-tae-min-introduced',
    text: 'Daily NK introduced Park Tae Min as granted membership in the 1990s after working on the Kumkang power plant, and as having defected in 2014.',
    terms: ['kumkang-power-plant', 'party-membership', 'defector'],
    source: 'daily-nk-2016-party-life',
    speaker: 'daily-nk',
    evidence: { kind: 'reporting', statedIn: 2016, about: 'the 1990s to 2014' },
    quotes: [
      {
        text: 'Park Tae Min was granted membership in the 1990s after working on the construction of the Kumkang power plant, and defected in 2014.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=Park%20Tae%20Min,defected%20in%202014%2E',
      },
    ],
  },
  {
    id: 'claim-kim-ok-hui-introduced',
    text: 'Daily NK introduced Kim Ok Hui as having obtained membership in 1998 in North Hamgyong Province, and defected in 2009.',
    terms: ['north-hamgyong', 'party-membership', 'defector'],
    source: 'daily-nk-2016-party-life',
    speaker: 'daily-nk',
    evidence: { kind: 'reporting', statedIn: 2016, about: '1998 to 2009' },
    quotes: [
      {
        text: 'Kim Ok Hui obtained membership in 1998 in North Hamgyong Province, and defected in 2009.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=Kim%20Ok%20Hui,defected%20in%202009%2E',
      },
    ],
  },
  {
    id: 'claim-choi-woong-cheol-introduced',
    text: 'Daily NK introduced Choi Woong Cheol as having run a fisheries station on the West Sea coast near North Pyongan Province, and defected in 2014.',
    terms: ['fisheries-station', 'west-sea', 'north-pyongan', 'defector'],
    source: 'daily-nk-2016-party-life',
    speaker: 'daily-nk',
    evidence: { kind: 'reporting', statedIn: 2016, about: 'the years up to 2014' },
    quotes: [
      {
        text: 'Choi Woong Cheol operated a fisheries station on the coastline of the West Sea near North Pyongan Province, and defected in 2014.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=Choi%20Woong%20Cheol,defected%20in%202014%2E',
      },
    ],
  },
  {
    id: 'claim-park-hwaseon-1994',
    text: "Park Tae Min said he received 'Hwaseon' Party membership in 1994 at the Kumkang power plant in Kangwon Province, in his fifth year of military service, in time for Kim Il Sung's birthday.",
    terms: [
      'hwaseon-membership',
      'kumkang-power-plant',
      'kangwon-province',
      'day-of-the-sun',
      'kim-il-sung',
      'korean-peoples-army',
      'party-membership',
    ],
    source: 'daily-nk-2016-party-life',
    speaker: 'park-tae-min',
    evidence: { kind: 'testimony', statedIn: 2016, about: '1994' },
    quotes: [
      {
        text: 'I received ‘Hwaseon’ Party membership in 1994 at the Kumkang power plant in Kangwon Province, during my fifth year of serving in the military, and in time for Kim Il Sung’s birthday.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=I%20received%20%E2%80%98Hwaseon%E2%80%99,Il%20Sung%E2%80%99s%20birthday%2E',
      },
    ],
  },
  {
    id: 'claim-hwaseon-without-review',
    text: "According to Park Tae Min, 'Hwaseon' membership meant being granted a Party certificate without the standard review process.",
    terms: ['hwaseon-membership', 'party-certificate'],
    source: 'daily-nk-2016-party-life',
    speaker: 'park-tae-min',
    evidence: { kind: 'testimony', statedIn: 2016, about: '1994' },
    quotes: [
      {
        text: '‘Hwaseon’ membership refers to the granting of a Party certificate in the absence of a standard review process.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=%E2%80%98Hwaseon%E2%80%99%20membership%20refers,standard%20review%20process%2E',
      },
    ],
  },
  {
    id: 'claim-park-welder-in-shafts',
    text: 'Park Tae Min said he was mobilised as a welder in the plant’s shafts, sent with a unit of technicians more than 150 metres underground to weld around the clock, while some workers stayed below for a month.',
    terms: ['labour-mobilisation', 'kumkang-power-plant', 'korean-peoples-army'],
    source: 'daily-nk-2016-party-life',
    speaker: 'park-tae-min',
    evidence: { kind: 'testimony', statedIn: 2016, about: '1994' },
    quotes: [
      {
        text: 'At the time, I was mobilized to work as a welder in the plant’s shafts.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=At%20the%20time%2C,the%20plant%E2%80%99s%20shafts%2E',
      },
      {
        text: 'Some workers would descend into the shafts and not emerge for a month.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=Some%20workers%20would,for%20a%20month%2E',
      },
      {
        text: 'For my role, I was in a unit of technicians, so I was sent deeper than 150 meters underground to weld around the clock.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=For%20my%20role%2C,around%20the%20clock%2E',
      },
    ],
  },
  {
    id: 'claim-park-innovator-color-tv',
    text: "Park Tae Min said he and another worker were named 'innovators'; the other man got a colour TV, which Park envied more than his own membership.",
    terms: ['innovator', 'party-membership'],
    source: 'daily-nk-2016-party-life',
    speaker: 'park-tae-min',
    evidence: { kind: 'testimony', statedIn: 2016, about: '1994' },
    quotes: [
      {
        text: 'Another worker and I were named ‘innovators’ for our good performance, and the other guy received a color TV as a reward.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=Another%20worker%20and,as%20a%20reward%2E',
      },
      {
        text: 'Getting membership at the time wasn’t bad, but I was more jealous of the TV.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=Getting%20membership%20at,of%20the%20TV%2E',
      },
    ],
  },
  {
    id: 'claim-park-1980s-tears-of-joy',
    text: 'Park Tae Min recalled that until the 1980s new members sometimes cried with joy as they swore loyalty to the Party, and said that this all changed from the 1990s.',
    terms: ['party-membership', 'workers-party-of-korea'],
    source: 'daily-nk-2016-party-life',
    speaker: 'park-tae-min',
    evidence: { kind: 'testimony', statedIn: 2016, about: 'the 1980s and 1990s' },
    quotes: [
      {
        text: 'Up until the 1980s, people would sometimes cry with joy while swearing loyalty to the Party when they obtained membership, but from the 1990s that all changed.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=Up%20until%20the,that%20all%20changed%2E',
      },
    ],
  },
  {
    id: 'claim-park-membership-as-investment',
    text: 'According to Park Tae Min, people came to weigh a Party certificate like an investment, joining only if the bribes they expected as members would exceed the fees of becoming one.',
    terms: ['party-certificate', 'bribery', 'party-membership'],
    source: 'daily-nk-2016-party-life',
    speaker: 'park-tae-min',
    evidence: { kind: 'testimony', statedIn: 2016, about: 'from the 1990s on' },
    quotes: [
      {
        text: 'People now weigh the benefits and disadvantages of having a Party certificate, similar to how financial investments are carefully considered in capitalist societies.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=People%20now%20weigh,in%20capitalist%20societies%2E',
      },
      {
        text: 'If the expected income from bribes after becoming a Party member does not exceed the fees needed to become one, the decision is made accordingly.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=If%20the%20expected,is%20made%20accordingly%2E',
      },
    ],
  },
  {
    id: 'claim-park-certificates-little-value',
    text: 'Park Tae Min said the general consensus in recent times was that Party certificates have little value.',
    terms: ['party-certificate', 'party-membership'],
    source: 'daily-nk-2016-party-life',
    speaker: 'park-tae-min',
    evidence: { kind: 'testimony', statedIn: 2016, about: 'recent years (as of 2016)' },
    quotes: [
      {
        text: 'The general consensus in recent times is that Party certificates have little value.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=The%20general%20consensus,have%20little%20value%2E',
      },
    ],
  },
  {
    id: 'claim-kim-ten-years-on-a-farm',
    text: 'Kim Ok Hui said she was sent with a group from her school to a farming community and worked there like a farmer for ten years, with no chance of membership until the Arduous March.',
    terms: ['cooperative-farm', 'arduous-march', 'labour-mobilisation', 'party-membership'],
    source: 'daily-nk-2016-party-life',
    speaker: 'kim-ok-hui',
    evidence: { kind: 'testimony', statedIn: 2016, about: 'the ten years up to the Arduous March (1990s)' },
    quotes: [
      {
        text: 'I was dispatched as part of a group from my school to a farming community and worked there for ten years, just like a farmer.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=I%20was%20dispatched,like%20a%20farmer%2E',
      },
      {
        text: 'Despite all the work, it never led to membership opportunities until the Arduous March (a period of widespread famine).',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=Despite%20all%20the,of%20widespread%20famine%29%2E',
      },
    ],
  },
  {
    id: 'claim-kim-cow-smuggling',
    text: 'Kim Ok Hui said she made good money smuggling cows into China, where one cow from her work unit fetched enough to buy three at home, and used it to buy more cows from other units.',
    terms: ['smuggling', 'work-unit', 'cooperative-farm', 'arduous-march'],
    source: 'daily-nk-2016-party-life',
    speaker: 'kim-ok-hui',
    evidence: { kind: 'testimony', statedIn: 2016, about: 'the Arduous March, before 1998' },
    quotes: [
      {
        text: 'I was able to make good money by smuggling cows out of the country and into China.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=I%20was%20able,and%20into%20China%2E',
      },
      {
        text: 'A single cow from our work unit would fetch enough money in China to buy three cows back home.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=A%20single%20cow,cows%20back%20home%2E',
      },
      {
        text: 'With that money, I would buy more cows from other work units.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=With%20that%20money%2C,other%20work%20units%2E',
      },
    ],
  },
  {
    id: 'claim-kim-bribes-to-village-secretary',
    text: 'Kim Ok Hui said that once the village Party secretary found out about the cow trade, she and her unit leader had to pay bribes on holidays and special anniversaries.',
    terms: ['party-secretary', 'bribery', 'work-unit', 'smuggling'],
    source: 'daily-nk-2016-party-life',
    speaker: 'kim-ok-hui',
    evidence: { kind: 'testimony', statedIn: 2016, about: 'the Arduous March, before 1998' },
    quotes: [
      {
        text: 'I was doing this together with the leader of my unit and because the village Party secretary found out about it, we were obliged to pay bribes on holidays and during special anniversaries.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=I%20was%20doing,during%20special%20anniversaries%2E',
      },
    ],
  },
  {
    id: 'claim-kim-nominated-for-foundation-day',
    text: "Kim Ok Hui guessed that the secretary nominated her for membership, in time for the Workers' Party foundation day on 10 October, to show appreciation for the bribes.",
    terms: ['party-foundation-day', 'party-secretary', 'bribery', 'party-membership'],
    source: 'daily-nk-2016-party-life',
    speaker: 'kim-ok-hui',
    evidence: { kind: 'testimony', statedIn: 2016, about: '1998' },
    quotes: [
      {
        text: 'I guess the secretary wanted to show appreciation for this, because I was nominated for membership in time for the Workers’ Party foundation day on October 10.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=I%20guess%20the,on%20October%2010%2E',
      },
    ],
  },
  {
    id: 'claim-kim-markets-2000s',
    text: 'Kim Ok Hui said that from the 2000s the markets became more active and the preference for Party membership began to die out.',
    terms: ['markets', 'jangmadang', 'marketisation', 'party-membership'],
    source: 'daily-nk-2016-party-life',
    speaker: 'kim-ok-hui',
    evidence: { kind: 'testimony', statedIn: 2016, about: 'the 2000s' },
    quotes: [
      {
        text: 'Entering the 2000s, the markets became more active and the preference for Party membership started to die out.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=Entering%20the%202000s%2C,to%20die%20out%2E',
      },
    ],
  },
  {
    id: 'claim-kim-women-prefer-earners',
    text: 'Kim Ok Hui said women began to prefer men who made good money to men who were Party members.',
    terms: ['party-membership', 'donju', 'marketisation'],
    source: 'daily-nk-2016-party-life',
    speaker: 'kim-ok-hui',
    evidence: { kind: 'testimony', statedIn: 2016, about: 'the 2000s' },
    quotes: [
      {
        text: 'Women also began preferring men who were making good money over Party members.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=Women%20also%20began,over%20Party%20members%2E',
      },
    ],
  },
  {
    id: 'claim-kim-members-cannot-help-wives',
    text: 'According to Kim Ok Hui, husbands who are Party members cannot actively help their wives at the market, where ideally the wife sells at a stall and the husband fetches goods wholesale by bicycle, and this often causes trouble at home.',
    terms: ['markets', 'jangmadang', 'party-membership', 'party-life'],
    source: 'daily-nk-2016-party-life',
    speaker: 'kim-ok-hui',
    evidence: { kind: 'testimony', statedIn: 2016, about: 'the 2000s' },
    quotes: [
      {
        text: 'Men who are Party members are unable to actively assist their wives at the market, and this often becomes a flashpoint for trouble at home.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=Men%20who%20are,trouble%20at%20home%2E',
      },
      {
        text: 'Most women would ideally hope to be selling their goods at a market stall, while their husbands use their bicycles to obtain goods wholesale.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=Most%20women%20would,obtain%20goods%20wholesale%2E',
      },
    ],
  },
  {
    id: 'claim-kim-chonghwa-restricts-movement',
    text: 'Kim Ok Hui said weekly Party chonghwa (self-criticism sessions) restrict the movements of men who are Party members.',
    terms: ['chonghwa', 'party-life', 'party-membership'],
    source: 'daily-nk-2016-party-life',
    speaker: 'kim-ok-hui',
    evidence: { kind: 'testimony', statedIn: 2016, about: 'the 2000s' },
    quotes: [
      {
        text: 'men who are Party members have their movements restricted due to weekly Party chonghwa (self-criticism sessions)',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=men%20who%20are%20Party%20members%20have,to%20weekly%20Party%20chonghwa%20%28self%2Dcriticism%20sessions%29',
      },
    ],
  },
  {
    id: 'claim-kim-wives-pay-dues',
    text: "Kim Ok Hui said some wives even pay their husbands' Party dues, which she put at 2% of the monthly wage.",
    terms: ['party-dues', 'party-membership'],
    source: 'daily-nk-2016-party-life',
    speaker: 'kim-ok-hui',
    evidence: { kind: 'testimony', statedIn: 2016, about: 'the 2000s' },
    quotes: [
      {
        text: 'some wives even end up paying for their husbands’ Party dues (2% of the monthly wage).',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=some%20wives%20even,the%20monthly%20wage%29%2E',
      },
    ],
  },
  {
    id: 'claim-choi-hiring-most-important',
    text: 'Choi Woong Cheol said he was a fisheries station chief for nearly a decade and that hiring people was the most important part of the job.',
    terms: ['fisheries-station'],
    source: 'daily-nk-2016-party-life',
    speaker: 'choi-woong-cheol',
    evidence: {
      kind: 'testimony',
      statedIn: 2016,
      about: 'his nearly ten years as a station chief, before 2014',
    },
    quotes: [
      {
        text: 'I worked as a fisheries station chief for nearly a decade, and the most important role at the station was hiring people.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=I%20worked%20as,was%20hiring%20people%2E',
      },
    ],
  },
  {
    id: 'claim-choi-permission-from-military-base',
    text: 'According to Choi Woong Cheol, permission to run a fisheries station came from the general staff department of a military base and allowed the chief to hire around 30 people.',
    terms: ['general-staff-department', 'fisheries-station', 'korean-peoples-army'],
    source: 'daily-nk-2016-party-life',
    speaker: 'choi-woong-cheol',
    evidence: {
      kind: 'testimony',
      statedIn: 2016,
      about: 'his nearly ten years as a station chief, before 2014',
    },
    quotes: [
      {
        text: 'Upon receiving permission to run a fisheries station from the general staff department of a military base, you’re permitted to hire around 30 people.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=Upon%20receiving%20permission,around%2030%20people%2E',
      },
    ],
  },
  {
    id: 'claim-choi-hired-non-members',
    text: "Choi Woong Cheol said that apart from five to seven staff hired at the request of the base's cadres, he chose non-members, because delays at sea meant heavy losses.",
    terms: ['cadre', 'fisheries-station', 'party-membership', 'korean-peoples-army'],
    source: 'daily-nk-2016-party-life',
    speaker: 'choi-woong-cheol',
    evidence: {
      kind: 'testimony',
      statedIn: 2016,
      about: 'his nearly ten years as a station chief, before 2014',
    },
    quotes: [
      {
        text: 'Aside from the five to seven staff I had to hire because cadres from the base requested me to, I would choose the rest from non-members.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=Aside%20from%20the,rest%20from%20non%2Dmembers%2E',
      },
      {
        text: 'This is because if you venture out to the high seas and experience a delay getting back, you’ll face massive losses.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=This%20is%20because,face%20massive%20losses%2E',
      },
    ],
  },
  {
    id: 'claim-choi-bribes-for-absent-members',
    text: 'Choi Woong Cheol said that on month-long trips the station chief had to report on each Party member and the Party secretary then demanded bribes for the absent members, so members at sea were prohibitively expensive.',
    terms: ['party-secretary', 'bribery', 'party-life', 'fisheries-station', 'party-membership'],
    source: 'daily-nk-2016-party-life',
    speaker: 'choi-woong-cheol',
    evidence: {
      kind: 'testimony',
      statedIn: 2016,
      about: 'his nearly ten years as a station chief, before 2014',
    },
    quotes: [
      {
        text: 'A lot of times, you’re out at sea for about a month, and during those times, the station chief has to individually report on the activities of each Party member.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=A%20lot%20of,each%20Party%20member%2E',
      },
      {
        text: 'The Party secretary in charge would then directly request bribes to account for those members who are absent.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=The%20Party%20secretary,who%20are%20absent%2E',
      },
      {
        text: 'So having Party members out at sea was prohibitively expensive. I always preferred not to have any.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=So%20having%20Party,to%20have%20any%2E',
      },
    ],
  },
  {
    id: 'claim-choi-foreign-currency-over-party-duties',
    text: 'Choi Woong Cheol said that at sea all one thinks about is earning foreign currency, so Party duties are a burden, and it was easier to hire non-members as ship captains too.',
    terms: ['foreign-currency-earning', 'party-life', 'fisheries-station'],
    source: 'daily-nk-2016-party-life',
    speaker: 'choi-woong-cheol',
    evidence: {
      kind: 'testimony',
      statedIn: 2016,
      about: 'his nearly ten years as a station chief, before 2014',
    },
    quotes: [
      {
        text: 'If you’re out fishing, all you’re thinking about is earning in foreign currency, so to additionally think about Party duties during that time is burdensome.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=If%20you%E2%80%99re%20out,time%20is%20burdensome%2E',
      },
      {
        text: 'it was also a lot easier to hire non-members to captain the ship as well.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=it%20was%20also,ship%20as%20well%2E',
      },
    ],
  },
  {
    id: 'claim-choi-military-cadres-blind-eye',
    text: 'According to Choi Woong Cheol, military cadres held that all station workers should in principle be Party members, but turned a blind eye to his hiring because they relied on good relations with him to make money.',
    terms: [
      'cadre',
      'korean-peoples-army',
      'fisheries-station',
      'foreign-currency-earning',
      'party-membership',
    ],
    source: 'daily-nk-2016-party-life',
    speaker: 'choi-woong-cheol',
    evidence: {
      kind: 'testimony',
      statedIn: 2016,
      about: 'his nearly ten years as a station chief, before 2014',
    },
    quotes: [
      {
        text: 'Military cadres say that all workers of the station should be Party members by principle',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=Military%20cadres%20say,members%20by%20principle',
      },
      {
        text: 'since they’re dependent on having good relations with you to make money themselves, they turn a blind eye to recruitment decisions.',
        link: 'http://www.dailynk.com/english/read.php?num=13883&cataId=nk02900#:~:text=since%20they%E2%80%99re%20dependent,to%20recruitment%20decisions%2E',
      },
    ],
  },
];
