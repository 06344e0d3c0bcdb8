/**
 * The words the relevance classifier looks for, by how much each one says that a page is about
 * North Korea. This is not the glossary: the glossary explains terms; this list only decides
 * whether a page is about the country at all.
 *
 * Strength (the weight is in classifier.ts):
 *   - strong: names that refer to North Korea and nothing else: its leaders and officials, the
 *     state, the Party, state media, ideology, places, weapons, and the society's own words
 *     (jangmadang, songbun). One of them in a long page can still be a passing mention, but a
 *     page that names several is rarely about something else.
 *   - medium: "North Korea" itself and words about the two Koreas (inter-Korean, 대북, 통일부).
 *     Specific, but also the form a passing mention takes ("Iran, North Korea and Russia").
 *   - weak: words that are only evidence once the page is already about North Korea:
 *     co-references ("the North", "Kim" after "Kim Jong Un"), and context such as sanctions,
 *     defectors, the DMZ, the Korean Peninsula, "the Party". Alone they say nothing ("sanctions"
 *     on Iran, "defector" from the KGB, a DMZ in a firewall), so they only count on a page that
 *     names North Korea clearly (see `WEAK_SIGNAL_GATE` in classifier.ts).
 *
 * Several entries may share an id (one concept, forms with different exclusions).
 *
 * How forms are written:
 *   - `forms` match without regard to case; a space or hyphen in a form matches any run of spaces
 *     and hyphens, or none (`Kim Jong Un`, `Kim Jong-un`, `Kim Jongun`); an English form may take a
 *     plural `s`. Latin forms must stand as whole words.
 *   - `caseSensitive` forms match exactly (`DPRK`, `KCNA`, `the North`).
 *   - Hangul forms must start a word and may be followed by anything (particles attach:
 *     `평양에서`, `김정은의`); Han forms (`金正恩`) match anywhere.
 *   - `notFollowedBy` / `notPrecededBy` (regular expression sources, without Unicode property
 *     classes, which are slow to compile) drop matches that are part of another name:
 *     `평양냉면` is a dish, `북한산` a mountain in Seoul.
 *   - `needs` (co-references only): counted only when the page also has one of these signals.
 */

export type SignalStrength = 'strong' | 'medium' | 'weak';

export interface RelevanceSignal {
  id: string;
  strength: SignalStrength;
  forms?: string[];
  caseSensitive?: string[];
  notFollowedBy?: string;
  notPrecededBy?: string;
  needs?: string[];
  /**
   * The forms are also everyday names: Hangul names are written alike for everyone called so
   * (배우 김정은 is an actress). Counted only on a page with another, unambiguous signal.
   */
  ambiguous?: boolean;
}

/**
 * Han ideographs and kana as a character class. Written as ranges: Unicode property classes
 * (`\p{Script=Han}`) cost milliseconds each to compile, on every page load.
 */
const HAN_OR_KANA = '[\\u3040-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff]';

/** The leader family, whose surname alone then refers to them. */
const KIM_NAMES = ['kim-jong-un', 'kim-jong-il', 'kim-il-sung', 'kim-yo-jong', 'kim-ju-ae'];

export const RELEVANCE_SIGNALS: readonly RelevanceSignal[] = [
  // ---- strong: leaders and officials ----
  { id: 'kim-jong-un', strength: 'strong', forms: ['Kim Jong Un', 'Kim Jong Eun', '金正恩'] },
  { id: 'kim-jong-il', strength: 'strong', forms: ['Kim Jong Il', '金正日'] },
  { id: 'kim-il-sung', strength: 'strong', forms: ['Kim Il Sung', '金日成'] },
  { id: 'kim-yo-jong', strength: 'strong', forms: ['Kim Yo Jong', '金与正'] },
  { id: 'kim-ju-ae', strength: 'strong', forms: ['Kim Ju Ae'] },
  { id: 'kim-jong-un', strength: 'strong', forms: ['김정은'], ambiguous: true },
  { id: 'kim-jong-il', strength: 'strong', forms: ['김정일'], ambiguous: true },
  { id: 'kim-il-sung', strength: 'strong', forms: ['김일성'], ambiguous: true },
  { id: 'kim-yo-jong', strength: 'strong', forms: ['김여정'], ambiguous: true },
  { id: 'kim-ju-ae', strength: 'strong', forms: ['김주애'], ambiguous: true },
  {
    id: 'nk-official',
    strength: 'strong',
    // Romanised the North's way (Ri, Choe, Pak), which South Korean names are not.
    forms: [
      'Choe Son Hui',
      'Choe Ryong Hae',
      'Kim Tok Hun',
      'Pak Pong Ju',
      'Ri Sol Ju',
      'Jang Song Thaek',
      'Hyon Song Wol',
      'Ri Pyong Chol',
      'Jo Yong Won',
      'Pak Jong Chon',
      'Ri Son Gwon',
      'Kim Yong Nam',
      'Ri Il Hwan',
      'Pak Thae Song',
      'No Kwang Chol',
      // Spelled the North's way (리, 룡): no South Korean name is written so.
      '최룡해',
      '리설주',
      '리병철',
      '리선권',
    ],
  },
  {
    id: 'nk-official',
    strength: 'strong',
    forms: ['최선희', '김덕훈', '장성택', '현송월', '조용원', '박정천', '박태성'],
    ambiguous: true,
  },
  {
    id: 'nk-cyber-unit',
    strength: 'strong',
    // The state's hacking units, as security researchers name them: a large share of the news
    // about North Korea (crypto thefts, IT workers abroad) names them before it names the country.
    forms: [
      'Lazarus Group',
      'Kimsuky',
      'Andariel',
      'BlueNoroff',
      'ScarCruft',
      'Bureau 121',
      'APT37',
      'APT38',
      'APT43',
      '라자루스',
      '김수키',
      '안다리엘',
    ],
  },
  // ---- strong: the state, the Party, state media, ideology ----
  {
    id: 'dprk',
    strength: 'strong',
    forms: ["Democratic People's Republic of Korea", '조선민주주의인민공화국', '朝鮮民主主義人民共和国'],
    caseSensitive: ['DPRK', 'D.P.R.K.'],
  },
  {
    id: 'workers-party-of-korea',
    strength: 'strong',
    forms: [
      "Workers' Party of Korea",
      "Worker's Party of Korea",
      'Workers Party of Korea',
      "Korean Workers' Party",
      'Korean Workers Party',
      '조선로동당',
      '조선노동당',
      '로동당',
      '朝鮮労働党',
      '朝鲜劳动党',
    ],
    caseSensitive: ['WPK'],
  },
  {
    id: 'state-media',
    strength: 'strong',
    forms: [
      'Korean Central News Agency',
      'Korea Central News Agency',
      'Rodong Sinmun',
      'Korean Central Television',
      'Korean Central TV',
      'Uriminzokkiri',
      '조선중앙통신',
      '조선중앙방송',
      '조선중앙TV',
      '조선중앙텔레비전',
      '로동신문',
      '노동신문',
      '우리민족끼리',
      '朝鮮中央通信',
      '朝中社',
    ],
    caseSensitive: ['KCNA', 'KCTV'],
  },
  {
    id: 'ideology',
    strength: 'strong',
    forms: [
      'Juche',
      'Songun',
      'Byungjin',
      'Kimilsungism',
      'Kimjongilism',
      'Paektu bloodline',
      '주체사상',
      '주체조선',
      '선군정치',
      '선군사상',
      '선군혁명',
      '병진노선',
      '백두혈통',
      '主体思想',
    ],
  },
  {
    id: 'state-institution',
    strength: 'strong',
    forms: [
      "Korean People's Army",
      "Supreme People's Assembly",
      'State Affairs Commission',
      'Ministry of State Security',
      'Reconnaissance General Bureau',
      'Socialist Patriotic Youth League',
      "Socialist Women's Union",
      "Korean Children's Union",
      'Kimilsungist-Kimjongilist Youth League',
      '조선인민군',
      '인민군',
      '최고인민회의',
      '국무위원장',
      '국가보위성',
      '정찰총국',
      '총비서',
    ],
    caseSensitive: ['KPA'],
  },
  {
    id: 'nk-society',
    strength: 'strong',
    // Words of North Korean daily life that have no other referent.
    forms: [
      'jangmadang',
      'donju',
      'songbun',
      'inminban',
      'kwanliso',
      'kyohwaso',
      'kkotjebi',
      'Hanawon',
      '장마당',
      '돈주',
      '인민반',
      '꽃제비',
      '하나원',
      '정치범수용소',
      '교화소',
      '탈북민',
      '탈북자',
      '북한이탈주민',
    ],
  },
  {
    id: 'nk-place',
    strength: 'strong',
    forms: [
      'Kaesong',
      'Yongbyon',
      'Punggye-ri',
      'Sohae',
      'Sinpo',
      'Wonsan',
      'Sinuiju',
      'Chongjin',
      'Hamhung',
      'Hyesan',
      'Rason',
      'Nampho',
      // The port as Western and South Korean reports spell it; the North writes Nampho.
      'Nampo',
      'Haeju',
      'Kanggye',
      'Hoeryong',
      'Kimchaek',
      'Tanchon',
      'Sariwon',
      'Pyongsong',
      'Phyongsong',
      'Songnim',
      'Kangson',
      'Mangyongdae',
      'Ryanggang',
      'Jagang',
      'Hamgyong',
      'Phyongan',
      'Hwanghae',
      'Samjiyon',
      'Kumsusan',
      'Ryugyong',
      'Mount Paektu',
      'Paektusan',
      '개성공단',
      '영변',
      '풍계리',
      '동창리',
      '신의주',
      '혜산',
      '라선',
      '양강도',
      '자강도',
      '함경북도',
      '함경남도',
      '평안북도',
      '평안남도',
      '황해북도',
      '황해남도',
      '삼지연',
      '금수산',
      '만경대',
      '원산갈마',
      '함흥',
      '회령',
      '사리원',
      '단천',
      '김책시',
    ],
    // Hamhung and Pyongyang are also styles of cold noodles.
    notFollowedBy: '[\\s-]*(?:naengmyeon|naengmyun|cold noodles?|냉면|면옥)',
  },
  // 청진기 is a stethoscope.
  { id: 'nk-place', strength: 'strong', forms: ['청진'], notFollowedBy: '기' },
  {
    id: 'pyongyang',
    strength: 'strong',
    forms: ['Pyongyang', "P'yongyang", 'Pyeongyang', '평양', '平壤', '平壌'],
    notFollowedBy: '[\\s-]*(?:naengmyeon|naengmyun|cold noodles?|noodles?|style|냉면|면옥|식|온반|만두)',
  },
  {
    id: 'nk-weapon',
    strength: 'strong',
    forms: ['Hwasong', 'Pukguksong', 'Taepodong', 'Musudan', 'Chollima', 'Malligyong', '화성포'],
    caseSensitive: ['KN-23', 'KN-24', 'KN-25', 'KN-08'],
  },
  // ---- medium ----
  {
    id: 'north-korea',
    strength: 'medium',
    forms: ['North Korea', 'North Korean', 'N. Korea', 'N. Korean', 'Nord-Korea', '북한', '북측', '北朝鮮'],
    caseSensitive: ['N Korea', 'N Korean', 'NKorea'],
    // 북한산 (a mountain) and 북한강 (a river) are in South Korea.
    notFollowedBy: '(?:산|강)',
  },
  {
    id: 'north-korea-abbreviation',
    strength: 'medium',
    // Korean headlines write North Korea as 北 ("北, 미사일 발사"); in Chinese and Japanese 北 is
    // "north" and sits inside a word (北京), which the surrounding Han or kana tells apart.
    forms: ['北'],
    notPrecededBy: HAN_OR_KANA,
    notFollowedBy: HAN_OR_KANA,
  },
  {
    id: 'north-korea-zh',
    strength: 'medium',
    forms: ['朝鲜'],
    // 朝鲜族 are China's Korean minority; 朝鲜半岛 the peninsula; 朝鲜战争 the Korean War.
    notFollowedBy: '(?:族|半岛|战争|王朝|语)',
  },
  {
    id: 'inter-korean',
    strength: 'medium',
    forms: [
      'inter-Korean',
      'two Koreas',
      'both Koreas',
      'Ministry of Unification',
      'Unification Ministry',
      'Unification Minister',
      'Panmunjom',
      'Kumgang',
      '남북관계',
      '남북정상',
      '남북회담',
      '남북대화',
      '남북한',
      '남북교류',
      '남북협력',
      '남북공동',
      '남북연락',
      '남북군사',
      '대북',
      '방북',
      '탈북',
      '월북',
      '북송',
      '통일부',
      '판문점',
    ],
  },
  {
    id: 'kim-regime',
    strength: 'medium',
    forms: ['Kim regime', 'Kim dynasty', 'Kim family regime', 'hermit kingdom'],
  },
  {
    id: 'nk-specialist-press',
    strength: 'medium',
    forms: ['Daily NK', 'NK News', 'NK Pro', '데일리NK'],
    caseSensitive: ['38 North'],
  },
  // ---- weak: co-references and context ----
  {
    id: 'kim-coreference',
    strength: 'weak',
    // Kim on its own, not followed by a given name (Kim Kardashian, Kim Dae-jung).
    caseSensitive: ['Kim'],
    notFollowedBy: '\\s*-?\\s*[A-Z][a-z]',
    needs: KIM_NAMES,
  },
  {
    id: 'kim-title-coreference',
    strength: 'weak',
    // The leader by title once named: Korean press ("김 위원장"), and North Korean state media,
    // which names him once and then writes "the General Secretary" or "the Chairman".
    forms: ['김 위원장', '김 총비서', '김 부부장', '김 제1부부장'],
    caseSensitive: ['the General Secretary', 'the Chairman', 'the President', 'the Supreme Leader'],
    needs: KIM_NAMES,
  },
  {
    id: 'the-north',
    strength: 'weak',
    // "the North said", "the North's leader"; not "the North Sea", "the North Korean …".
    caseSensitive: ['the North', 'The North'],
    notFollowedBy: '\\s+[A-Z]',
  },
  {
    id: 'nk-context',
    strength: 'weak',
    forms: [
      'defector',
      'defection',
      'sanctions',
      'denuclearization',
      'denuclearisation',
      'Korean Peninsula',
      'Demilitarized Zone',
      'Demilitarised Zone',
      'military demarcation line',
      '38th parallel',
      'Supreme Leader',
      'Dear Leader',
      'Great Leader',
      'respected Comrade',
      "Workers' Party",
      'ballistic missile',
      'puppet',
      'cadre',
      "Women's Union",
      // Korean for "sanctions" and "puppet", as the English forms above.
      '제재',
      '괴뢰',
      '비핵화',
      '한반도',
      '군사분계선',
      '비무장지대',
      '탄도미사일',
      '노동당',
      '경애하는',
      '금강산',
      '南北',
      '전원회의',
      '당대회',
      '당중앙위원회',
      '당 중앙위원회',
    ],
    caseSensitive: ['DMZ', 'ICBM', 'SLBM'],
  },
  {
    id: 'the-party',
    strength: 'weak',
    // The Party with a capital P: how writing about North Korea (and China) names the ruling party
    // once it has been introduced. American and British papers write "the party".
    caseSensitive: [
      'the Party',
      'The Party',
      'Party member',
      'Party membership',
      'Party cadre',
      'Party Congress',
      'Party Central Committee',
      'Party life',
    ],
  },
];

/**
 * North Korean state media's own sites, and sites that cover nothing but North Korea. A page there
 * is about North Korea unless its text says otherwise (the text must still name the country).
 */
export const NK_STATE_MEDIA_HOSTS: readonly string[] = [
  'kcna.kp',
  'rodong.rep.kp',
  'naenara.com.kp',
  'vok.rep.kp',
  'kcnawatch.org',
  'uriminzokkiri.com',
];
export const NK_SPECIALIST_HOSTS: readonly string[] = [
  'nknews.org',
  'dailynk.com',
  '38north.org',
  'nkpro.com',
  'nkleadershipwatch.org',
  'northkoreatech.org',
  'nkeconwatch.com',
];

/**
 * The dateline of North Korean state media ("Pyongyang, July 14 (KCNA) --"): the text was written
 * and published by the North Korean state, whatever it reports on.
 */
export const STATE_MEDIA_DATELINE =
  /^\s*[A-Za-z .'-]{2,40},\s+[A-Za-z]+\.?\s+\d{1,2}\s*\((?:KCNA|Rodong Sinmun)\)\s*(?:--|—|–)/;
