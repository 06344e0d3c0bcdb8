// @vitest-environment happy-dom
/**
 * Link lists in plain divs ("Most read", "Related stories", tag lists, breadcrumbs, section menus)
 * are not the page's own text, wherever they sit; the story beside them is.
 */
import { describe, expect, it } from 'vitest';
import { extractPageSignals, MAX_BODY_CHARS, visibleText } from '../../engine/page-signals.ts';

function load(html: string): Document {
  document.documentElement.innerHTML = html;
  return document;
}

const STORY =
  'The boy band will start its world tour in Seoul in March before visiting Tokyo and Bangkok. '.repeat(4);
const HEADLINES = [
  'North Korea fires two ballistic missiles into the East Sea',
  'Kim Jong Un inspects new destroyer at Nampo',
  'Defectors describe life under the Party',
];
const linkList = (items: string[]) =>
  `<ul>${items.map((t, i) => `<li><a href="/n/${i}">${t}</a> <span>2h</span></li>`).join('')}</ul>`;

describe('link-dense blocks', () => {
  it('leaves out a "Most read" list in plain divs and keeps the story', () => {
    const doc = load(`<body>
      <div class="wrap"><div class="col-main"><div class="story"><p>${STORY}</p><p>Tickets go on sale next week.</p></div></div>
      <div class="col-side"><div class="most-read"><h2>Most read</h2>${linkList(HEADLINES)}</div></div></div>
    </body>`);
    const body = extractPageSignals(doc).body;
    expect(body).toContain('world tour in Seoul');
    expect(body).toContain('Tickets go on sale next week.');
    expect(body).not.toMatch(/North Korea|Kim Jong Un|Defectors/);
  });

  it('leaves out breadcrumbs, tag lists and a section menu in divs, but keeps a paragraph with a link in it', () => {
    const doc = load(`<body>
      <div class="menu"><a href="/">Home</a> <a href="/nk">North Korea</a> <a href="/kpop">K-pop</a></div>
      <div class="breadcrumb"><a href="/">Home</a> › <a href="/nk">North Korea</a></div>
      <div class="story"><p>${STORY}</p><p>The agency said on <a href="/x">its website</a> that more dates may be added later this year.</p></div>
      <div class="tags">Topics: <a href="/t/1">Pyongyang</a> <a href="/t/2">Kim Jong Un</a></div>
    </body>`);
    const body = extractPageSignals(doc).body;
    expect(body).toContain('its website that more dates');
    expect(body).not.toMatch(/North Korea|Pyongyang|Kim Jong Un|Topics/);
  });

  it('leaves out cards wrapped in a link, teaser and all', () => {
    const doc = load(`<body><div><p>${STORY}</p></div>
      <div class="promo">${HEADLINES.map((t) => `<a href="/x"><div class="card"><p>${t}</p><p>Read the full story of ${t}</p></div></a>`).join('')}</div>
    </body>`);
    expect(extractPageSignals(doc).body).not.toMatch(/North Korea|Kim Jong Un/);
  });

  it('leaves out a related box inside the story and reads on after it', () => {
    const doc = load(`<body><div class="article-body">
      <p>${STORY}</p><div class="inline-related"><strong>Related</strong>${linkList(HEADLINES)}</div><p>The last paragraph names the sponsors.</p>
    </div></body>`);
    const body = extractPageSignals(doc).body;
    expect(body).toMatch(/world tour[\s\S]*sponsors/);
    expect(body).not.toContain('Nampo');
    expect(body).toMatch(/\nThe last paragraph/);
  });

  it('keeps a comment with a reply link', () => {
    const doc = load(`<body><div><p>${STORY}</p></div><ol class="comments">
      <li><div class="author">reader22</div><div class="text"><p>Prices in Hyesan are higher than in the capital this year.</p></div><div class="reply"><a href="#">Reply</a></div></li>
    </ol></body>`);
    const body = extractPageSignals(doc).body;
    expect(body).toContain('Prices in Hyesan are higher');
    expect(body).not.toContain('Reply');
  });

  it('leaves out a card list with teaser lines when its block is named like page chrome', () => {
    const teaser = 'The report came as tension rose on the peninsula, officials said on Tuesday.';
    const cards = HEADLINES.map((t) => `<li><a href="/x">${t}</a><p>${teaser}</p></li>`).join('');
    const html = (name: string) =>
      `<body><div class="col-main"><p>${STORY}</p></div><div class="${name}"><ul>${cards}</ul></div></body>`;
    expect(extractPageSignals(load(html('most-popular'))).body).not.toContain('North Korea');
    expect(extractPageSignals(load(html('related-stories'))).body).not.toContain('Nampo');
    // Not named like chrome: a list with as much own text as link text is read.
    expect(extractPageSignals(load(html('list-b'))).body).toContain('North Korea');
  });

  it("counts a card headline in an h3 link as the card's link text", () => {
    const teaser = 'Talks would resume.';
    const cards = HEADLINES.map(
      (t) => `<div class="card"><h3><a href="/x">${t}</a></h3><p>${teaser}</p></div>`,
    ).join('');
    const doc = load(
      `<body><div class="story"><p>${STORY}</p></div><div class="top-stories">${cards}</div></body>`,
    );
    expect(extractPageSignals(doc).body).not.toContain('Talks would resume');
  });

  it('holds a story container named like both content and chrome to the ordinary threshold', () => {
    const linked = `<p>The deal, first reported by <a href="/a">a local paper</a>, was confirmed by <a href="/b">the agency</a> and <a href="/c">two of the members</a> on Tuesday.</p>`;
    const doc = load(
      `<body><div class="intro"><p>${STORY}</p></div><div class="article-body share-tools">${linked}${linked}</div></body>`,
    );
    expect(extractPageSignals(doc).body).toContain('The deal, first reported by a local paper');
  });

  it('reads a page that is only a list of headlines (an index) with its links', () => {
    const doc = load(
      `<body><div class="section-front"><div class="list">${linkList(HEADLINES)}</div></div></body>`,
    );
    const body = extractPageSignals(doc).body;
    expect(body).toContain('Kim Jong Un inspects new destroyer');
    expect(body).toContain('North Korea fires');
  });

  it('counts the cap on kept text: link lists before the story do not use it up', () => {
    const lists = Array.from({ length: 200 }, () => `<div class="rail">${linkList(HEADLINES)}</div>`).join(
      '',
    );
    const paragraphs = Array.from({ length: 200 }, (_, i) => `<p>Paragraph ${i} ${STORY}</p>`).join('');
    const doc = load(`<body>${lists}<div class="story">${paragraphs}</div></body>`);
    const body = visibleText(doc.body, 5_000);
    expect(body.startsWith('Paragraph 0 ')).toBe(true);
    expect(body.length).toBeGreaterThan(4_000);
    expect(body.length).toBeLessThanOrEqual(5_000);
    expect(extractPageSignals(doc).body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
  });

  it('judges a list cut off by the cap on the part that was read', () => {
    const doc = load(
      `<body><div><p>${STORY}</p></div><div class="rail">${linkList(HEADLINES.concat(HEADLINES))}</div></body>`,
    );
    const body = visibleText(doc.body, STORY.length + 60);
    expect(body).toContain('world tour');
    expect(body).not.toContain('North Korea');
  });
});

describe('teaser headings', () => {
  it('does not take the headlines of story cards as the page headings, but keeps a linked h1', () => {
    const doc = load(`<body>
      <div class="post"><h1><a href="/this-post">Nova Seven announce world tour</a></h1><h2>Dates and venues</h2><p>${STORY}</p></div>
      <div class="top-stories">
        <h3><a href="/a">North Korea fires two ballistic missiles</a></h3>
        <a href="/b"><h3>Kim Jong Un inspects new destroyer</h3></a>
      </div>
    </body>`);
    expect(extractPageSignals(doc).headings).toEqual(['Nova Seven announce world tour', 'Dates and venues']);
  });

  // A dropped list's items do not count against the block around it: a page wrapper holding the
  // story and a big sidebar must never be judged by the sidebar. So a list's own label remains.
  it('keeps a headline in a <header>, and the label of a link list without its headlines', () => {
    const doc = load(`<body>
      <div class="story"><header><h1>Nova Seven announce world tour</h1></header><p>${STORY}</p></div>
      <div class="rail"><h2>Most read</h2>${linkList(HEADLINES)}</div>
    </body>`);
    const signals = extractPageSignals(doc);
    expect(signals.headings).toEqual(['Nova Seven announce world tour', 'Most read']);
    expect(signals.body).not.toContain('North Korea');
  });
});
