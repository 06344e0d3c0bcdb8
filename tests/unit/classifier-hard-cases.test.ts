import { describe, expect, it } from 'vitest';
import { classifyPage, relevanceFeatures, THRESHOLD } from '../../engine/classifier.ts';
import { pageSignalsFromText, type PageSignals } from '../../engine/page-signals.ts';

function page(signals: Partial<PageSignals> & { body: string }): PageSignals {
  return { headings: [], ...signals };
}

function relevant(signals: PageSignals): boolean {
  return classifyPage(signals).relevant;
}

/** A long page about something else: real-looking filler, one paragraph per topic. */
const FILLER = [
  'The city council approved a new budget for road repairs after months of debate about potholes on the main avenues.',
  'Local schools will open two weeks later this year because of construction work on several buildings.',
  'The weather service expects a dry summer and has asked residents to limit their use of water in gardens.',
  'A new bakery on the corner of Elm Street has become popular for its sourdough bread and cinnamon rolls.',
  'The football club signed a young goalkeeper from the second division on a three-year contract.',
  'Museum attendance rose by a fifth after the opening of an exhibition of nineteenth-century landscape paintings.',
].join('\n');

describe('relevance classifier: hard cases', () => {
  it('finds a plain North Korea news story, in English and in Korean', () => {
    expect(
      relevant(
        pageSignalsFromText(
          'North Korea fires missiles\nNorth Korea fired two ballistic missiles on Monday, the South said. ' +
            'Pyongyang has tested weapons for weeks. Kim Jong Un watched the launch, KCNA said.',
        ),
      ),
    ).toBe(true);
    expect(
      relevant(
        pageSignalsFromText(
          '북한, 탄도미사일 발사\n북한이 동해상으로 탄도미사일을 발사했다. 김정은 국무위원장이 참관했다고 조선중앙통신이 보도했다.',
        ),
      ),
    ).toBe(true);
  });

  it('does not take one passing mention in a long page for the subject', () => {
    const body = `${FILLER}\nThe mayor also mentioned sanctions on North Korea in a speech about trade.\n${FILLER}`;
    expect(relevant(page({ title: 'City news roundup', body }))).toBe(false);
  });

  it('does not count one sentence that names both Kim Jong Un and North Korea as a topic', () => {
    const text =
      'Trump touts trade deal with Japan\nPresident Trump said on Tuesday he would be happy to meet North ' +
      "Korea's Kim Jong Un again. He hosted Japan's prime minister for talks on tariffs on cars and rice. " +
      'Japan will invest in American factories in exchange for lower tariffs. Markets in Tokyo rose after ' +
      'the announcement. Carmakers welcomed the lower rate but warned that costs would rise.';
    expect(relevant(pageSignalsFromText(text))).toBe(false);
  });

  it('ignores Pyongyang as the name of a dish, in English and Korean', () => {
    const en =
      'Where to eat Pyongyang naengmyeon in Seoul\nPyongyang naengmyeon, buckwheat noodles in a cold beef ' +
      'broth, is a summer favourite. The Pyongyang-style noodles at Eulmildae come with sliced pork. ' +
      'Order a plate of dumplings too. A bowl of Pyongyang naengmyeon costs about 15,000 won.';
    const ko =
      '여름엔 평양냉면\n평양냉면은 메밀 면을 차가운 육수에 말아 먹는다. 을밀대 평양냉면은 살얼음 육수로 유명하다. 평양면옥도 인기다.';
    expect(relevanceFeatures(pageSignalsFromText(en)).distinct).toBe(0);
    expect(relevanceFeatures(pageSignalsFromText(ko)).distinct).toBe(0);
    expect(relevant(pageSignalsFromText(en))).toBe(false);
    expect(relevant(pageSignalsFromText(ko))).toBe(false);
  });

  it('ignores 북한산 (a mountain in Seoul) and 북한강 (a river)', () => {
    const text =
      '북한산 단풍 절정\n북한산국립공원에 등산객이 몰렸다. 북한산성 코스와 북한강 자전거길도 인기다.';
    expect(relevanceFeatures(pageSignalsFromText(text)).distinct).toBe(0);
  });

  it('does not read other people named Kim as the leader', () => {
    const kardashian = pageSignalsFromText(
      "Kim Kardashian's brand raises $270 million\nKim Kardashian said the money would open stores. Kim also " +
        'thanked her mother. Kim said the brand would expand into menswear.',
    );
    expect(classifyPage(kardashian).reasons.filter((r) => r.weight > 0)).toEqual([]);
    expect(relevant(kardashian)).toBe(false);
    // "Kim Jong-kook" (a South Korean singer) is not "Kim Jong Un".
    expect(
      relevanceFeatures(pageSignalsFromText('Kim Jong-kook announces marriage\nKim Jong-kook wrote to fans.'))
        .distinct,
    ).toBe(0);
  });

  it('counts a Hangul name only beside an unambiguous signal (배우 김정은 is an actress)', () => {
    const actress = pageSignalsFromText(
      '배우 김정은, 안방극장 복귀\n배우 김정은이 새 드라마로 돌아온다. 김정은은 제작발표회에서 소감을 밝혔다. 김정은은 엄마 역할을 맡았다.',
    );
    expect(relevanceFeatures(actress).distinct).toBe(0);
    expect(relevant(actress)).toBe(false);
    const leader = pageSignalsFromText(
      '김정은, 군수공장 현지지도\n김정은 국무위원장이 군수공장을 현지지도했다고 조선중앙통신이 보도했다. 김정은은 생산 확대를 지시했다.',
    );
    expect(classifyPage(leader).reasons.find((r) => r.signal === 'kim-jong-un')?.count).toBe(3);
    expect(relevant(leader)).toBe(true);
  });

  it('does not count a South Korean president’s biography that recounts the 2000 summit', () => {
    const text =
      'Kim Dae-jung served as president of South Korea from 1998 to 2003 and won the Nobel Peace Prize. ' +
      'He survived arrests, a kidnapping and a death sentence before he was elected at 72. ' +
      'His inauguration was the first peaceful transfer of power to an opposition party. ' +
      'He moved quickly with reforms during the economic crisis. ' +
      'He also began the Sunshine Policy of talks with North Korea. ' +
      "In 2000 he and North Korea's leader, Kim Jong Il, held the first summit between the two Koreas. " +
      'He died in Seoul in 2009 and was given a state funeral.';
    expect(relevant(pageSignalsFromText(text))).toBe(false);
    expect(relevant(page({ title: 'Kim Dae-jung - Biography', body: text }))).toBe(false);
  });

  it('does not count another party’s congress with a passing mention of North Korea', () => {
    const text =
      'Xi Jinping secures third term as party congress closes\nXi Jinping was confirmed as general secretary of the Communist Party of China. ' +
      'The Party Congress elected a new Central Committee. The Party praised its policies. ' +
      'Messages of congratulation came from Vietnam, Laos, Cuba and North Korea.';
    expect(relevant(pageSignalsFromText(text))).toBe(false);
  });

  it('reads a travel piece that points out the North’s sights across the border by its travel title', () => {
    const body = [
      'Buses leave the city centre at eight and reach the first checkpoint an hour later, where soldiers look at passports.',
      'From the observatory you can see across the river to Kaesong, and on a clear day the road the North built toward Pyongyang.',
      'The guide points out a village with a tall flagpole and tells the story of the truce talks at Panmunjom.',
      'Lunch is bulgogi at a family restaurant in Paju, included in the price.',
      'In the afternoon there is time for the sculpture park, a short walk along the riverside trail and coffee at the visitor centre.',
      'The bus returns in the late afternoon and drops everyone at the big hotels downtown.',
      'Bring a jacket, water and your passport, and expect a long queue at the checkpoint on weekends.',
      'Prices start at about 60,000 won for adults, with discounts for children and students.',
      'Spring and autumn are the best seasons; in summer the observation decks can be hot and hazy.',
      'Photography is restricted in some places, and the guides will tell you when to put cameras away.',
    ].join(' ');
    // Three of the North's names in three sentences: under a neutral title that reads as a topic…
    expect(relevant(page({ title: 'Along the border: the observatories north of the city', body }))).toBe(
      true,
    );
    // …under a travel title it is a day out in the South.
    expect(relevant(page({ title: 'A day trip to the border observatories', body }))).toBe(false);
  });

  it('does not read words that are only context as evidence on their own', () => {
    // Sanctions, defectors, the DMZ and "the Party" say nothing without North Korea named clearly.
    const text =
      'How to set up a DMZ for home servers\nA DMZ is a network segment between the internet and your LAN. ' +
      'Put the web server in the DMZ. Sanctions on misbehaving hosts are logged. The Party responsible for the firewall is you.';
    expect(relevanceFeatures(pageSignalsFromText(text)).weight).toBe(0);
    expect(relevant(pageSignalsFromText(text))).toBe(false);
  });

  it('tells the UK Labour Party (영국 노동당) from the Workers’ Party of Korea (조선로동당)', () => {
    const uk = pageSignalsFromText(
      '영국 노동당, 총선 압승\n영국 노동당이 총선에서 승리했다. 스타머 노동당 대표가 총리에 취임했다.',
    );
    expect(relevant(uk)).toBe(false);
    const nk = pageSignalsFromText(
      '조선로동당 전원회의 개막\n조선로동당 중앙위원회 전원회의가 평양에서 열렸다고 조선중앙통신이 보도했다.',
    );
    expect(relevant(nk)).toBe(true);
  });

  it('reads a state-media dateline as provenance, even when the report is about another country', () => {
    const text =
      'Pyongyang, January 29 (KCNA) -- Shortly ago, the Iranian navy captured an oil tanker in the Oman Sea. ' +
      'The ship was used to carry oil seized at sea. The incident shows who the real pirate is.';
    const result = classifyPage(pageSignalsFromText(text));
    expect(result.relevant).toBe(true);
    expect(result.reasons.map((r) => r.signal)).toContain('state-media-provenance');
  });

  it('needs the body to confirm a title, but a title naming North Korea with one body mention suffices', () => {
    const body = `${FILLER}\n${FILLER}`;
    expect(relevant(page({ title: 'North Korea fires missile', body }))).toBe(false);
    expect(
      relevant(page({ title: 'North Korea fires missile', body: `${body}\nPyongyang did not comment.` })),
    ).toBe(true);
  });

  it('weighs the address: a slug naming North Korea counts like a title', () => {
    const body = `${FILLER}\nNorth Korea's state media did not report the launch.`;
    expect(relevant(page({ url: 'https://example.com/world/north-korea-fires-missile-2024', body }))).toBe(
      true,
    );
    expect(relevant(page({ url: 'https://example.com/world/city-news-2024', body }))).toBe(false);
  });

  it('explains itself: reasons name the signal, its count, where it was seen and its weight', () => {
    const result = classifyPage(
      page({
        url: 'https://example.com/north-korea/plenum',
        title: 'Kim Jong Un opens Party plenum',
        description: 'The Workers’ Party of Korea meets in Pyongyang.',
        headings: ['Kim Jong Un speaks'],
        body: 'Kim Jong Un spoke in Pyongyang. Pyongyang hosted the meeting of the Workers’ Party of Korea.',
      }),
    );
    const kim = result.reasons.find((r) => r.signal === 'kim-jong-un');
    expect(kim).toMatchObject({ count: 3, weight: 3 });
    expect(kim?.where.sort()).toEqual(['body', 'headings', 'title']);
    expect(result.reasons.find((r) => r.signal === 'north-korea')?.where).toEqual(['url']);
    expect(result.reasons.find((r) => r.signal === 'pyongyang')?.where.sort()).toEqual([
      'body',
      'description',
    ]);
    expect(result.score).toBeGreaterThan(0.5);
    expect(result.score).toBeLessThan(1);
  });

  it('gives competing subjects a negative weight in the reasons', () => {
    const result = classifyPage(
      pageSignalsFromText(
        'BTS members reunite\nBTS completed military service. The K-pop group and its label HYBE plan a tour.',
      ),
    );
    const kpop = result.reasons.find((r) => r.signal === 'not:k-pop');
    expect(kpop?.weight).toBeLessThan(0);
    expect(result.relevant).toBe(false);
  });

  it('scores empty and signal-free pages at zero', () => {
    expect(classifyPage(page({ body: '' }))).toEqual({ relevant: false, score: 0, reasons: [] });
    expect(classifyPage(page({ title: 'Recipes', body: FILLER })).score).toBe(0);
  });

  it('maps evidence to a score of 0.5 exactly at the threshold', () => {
    // A title naming North Korea, confirmed by the body, is worth one threshold on its own.
    const result = classifyPage(page({ title: 'Inside North Korea', body: 'North Korea.' }));
    expect(THRESHOLD).toBeGreaterThan(0);
    expect(result.score).toBeGreaterThanOrEqual(0.5);
  });
});
