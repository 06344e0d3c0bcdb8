import type { Speaker } from '../model/speaker.ts';

const source = 'daily-nk-2016-party-life';

/*
 * Spans: the article introduces each former member in one paragraph of its own words ("Park Tae Min
 * was granted membership...") and then gives them the floor until the next introduction. The
 * introductions belong to Daily NK, not to the defector.
 */
export const speakers: Speaker[] = [
  {
    id: 'daily-nk',
    name: 'Daily NK',
    kind: 'publication',
    source,
    summary:
      "Daily NK's own reporting: the article's framing paragraphs and its introductions of the three defectors",
    spans: [
      {
        from: 'With North Korea’s 7th Party Congress set to be held on Friday in Pyongyang',
        to: 'to shed light on the changing sentiments toward the once prestigious status.',
      },
      {
        from: 'Park Tae Min was granted membership in the 1990s',
        to: 'after working on the construction of the Kumkang power plant, and defected in 2014.',
      },
      {
        from: 'Kim Ok Hui obtained membership in 1998',
        to: 'in North Hamgyong Province, and defected in 2009.',
      },
      {
        from: 'Choi Woong Cheol operated a fisheries station',
        to: 'near North Pyongan Province, and defected in 2014.',
      },
    ],
  },
  {
    id: 'park-tae-min',
    name: 'Park Tae Min',
    kind: 'former-party-member',
    source,
    summary:
      "Former soldier; 'Hwaseon' Party membership in 1994 while building the Kumkang power plant; defected in 2014",
    membership: {
      when: '1994',
      where: 'the Kumkang power plant, Kangwon Province',
      how: "'Hwaseon' membership (a Party certificate without the standard review), in his fifth year of military service, in time for Kim Il Sung's birthday",
    },
    occupation:
      "Soldier mobilised to work as a welder in the shafts of the Kumkang power plant, in a unit of technicians; named an 'innovator' for good performance",
    defected: 2014,
    spans: [
      {
        from: 'I received ‘Hwaseon’ Party membership in 1994',
        to: 'The general consensus in recent times is that Party certificates have little value.',
      },
    ],
  },
  {
    id: 'kim-ok-hui',
    name: 'Kim Ok Hui',
    kind: 'former-party-member',
    source,
    summary:
      'Worked ten years on a farm; Party member from 1998 in North Hamgyong Province; defected in 2009',
    membership: {
      when: '1998',
      where: 'North Hamgyong Province',
      how: "Nominated in time for the Workers' Party foundation day (10 October), she guesses as thanks for the bribes she and her unit leader paid the village Party secretary",
    },
    occupation:
      'Sent with a group from her school to a farming community, where she worked for ten years; made money smuggling cows into China',
    defected: 2009,
    spans: [
      {
        from: 'I was dispatched as part of a group from my school',
        to: 'some wives even end up paying for their husbands’ Party dues (2% of the monthly wage).',
      },
    ],
  },
  {
    id: 'choi-woong-cheol',
    name: 'Choi Woong Cheol',
    kind: 'former-party-member',
    source,
    summary:
      'Former Party member; ran a fisheries station on the West Sea coast near North Pyongan Province for nearly a decade; defected in 2014',
    // The article does not say when or where he obtained membership, only that he was once a member.
    occupation:
      'Chief of a fisheries station on the West Sea coast near North Pyongan Province, run with permission from a military base, for nearly a decade',
    defected: 2014,
    spans: [
      {
        from: 'I worked as a fisheries station chief for nearly a decade',
        to: 'they turn a blind eye to recruitment decisions.',
      },
    ],
  },
];
