// @vitest-environment happy-dom
/**
 * From a whole news page to a verdict: site chrome that names North Korea (menus, "most read"
 * boxes, footers) must not make a page about something else relevant, and must not be needed to
 * find a page that is about North Korea.
 */
import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../engine/classifier.ts';
import { extractPageSignals } from '../../engine/page-signals.ts';

function newsPage(title: string, article: string): Document {
  document.documentElement.innerHTML = `
    <head><title>${title} | The Daily Example</title></head>
    <body>
      <header><a href="/">The Daily Example</a>
        <nav><a href="/nk">North Korea</a><a href="/world">World</a><a href="/kpop">K-pop</a></nav>
      </header>
      <main>
        <article><h1>${title}</h1>${article}</article>
        <aside role="complementary"><h3>Most read</h3>
          <ul><li>Kim Jong Un inspects missile factory in Pyongyang</li>
          <li>North Korea fires ballistic missile, JCS says</li>
          <li>Defector describes life under the Kim regime</li></ul>
        </aside>
      </main>
      <footer>Coverage of North Korea, South Korea and Asia since 1999.</footer>
    </body>`;
  return document;
}

const paragraphs = (...texts: string[]): string => texts.map((t) => `<p>${t}</p>`).join('');

describe('saved news pages', () => {
  it('does not count North Korea headlines in menus, sidebars and footers', () => {
    const doc = newsPage(
      'Seventeen announce world tour',
      paragraphs(
        'K-pop group Seventeen will release its fifth studio album next month, its agency said on Tuesday.',
        'The group will start a world tour at Gocheok Sky Dome in Seoul before visiting Japan and the United States.',
        'Pre-orders for the album have passed three million copies, and shares in its label rose three percent.',
        'Two members are serving in the military and will join the group after their discharge next year.',
      ),
    );
    const result = classifyPage(extractPageSignals(doc, 'https://example.com/culture/seventeen-tour'));
    expect(result.relevant).toBe(false);
  });

  it('finds a North Korea story on the same page layout', () => {
    const doc = newsPage(
      'Rice prices climb in the North',
      paragraphs(
        'Rice prices at markets in North Korea rose for a third month, traders in Hyesan said.',
        'A kilogram sold for 7,800 won, up from 6,000 won in June, as the state tightened control of grain sales.',
        'Pyongyang has ordered traders to stop selling rice at the jangmadang and to use state shops instead.',
        'The won also weakened against the dollar, sources in Sinuiju said.',
      ),
    );
    const result = classifyPage(extractPageSignals(doc, 'https://example.com/world/rice-prices'));
    expect(result.relevant).toBe(true);
    // The reasons come from the article, not the chrome.
    expect(result.reasons.find((r) => r.signal === 'kim-jong-un')).toBeUndefined();
  });
});
