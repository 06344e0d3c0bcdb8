import type { PageState } from '../../messaging/protocol.ts';
import type { PackIndex } from '../../glossary/pack.ts';

export interface PageItem {
  id: string;
  label: string;
  count: number;
}

/** The page's terms that the glossary knows, most frequent first (as the page reports them). */
export function onThisPageItems(page: PageState | null, index: PackIndex): PageItem[] {
  if (!page) return [];
  return page.terms.flatMap((t) => {
    const term = index.termById.get(t.id);
    return term ? [{ id: t.id, label: term.label, count: t.count }] : [];
  });
}

export interface OnThisPageProps {
  page: PageState | null | undefined;
  items: PageItem[];
  activeIndex: number;
  optionId: (i: number) => string;
  onHover: (i: number) => void;
  onChoose: (i: number) => void;
}

/** Why the list is empty, in plain words, with the classifier's reasons where it said no. */
function EmptyPage(props: { page: PageState | null | undefined }) {
  const { page } = props;
  if (page === undefined) return <p class="empty">Reading the page…</p>;
  if (page === null) return <p class="empty">Nothing to show here: NK Context only reads web pages.</p>;
  const relevance = page.relevance;
  if (relevance && !relevance.relevant && !page.active) {
    return (
      <div class="empty">
        <p>
          <strong>Not detected as a North Korea page.</strong> {page.why}
        </p>
        {relevance.reasons.length > 0 ? (
          <>
            <p>What the page detector found (score {formatScore(relevance.score)}):</p>
            <ul class="reasons">
              {relevance.reasons.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>It found no sign that the page is about North Korea.</p>
        )}
        <p>You can still search the glossary above.</p>
      </div>
    );
  }
  if (!page.active) return <p class="empty">{page.why}</p>;
  return <p class="empty">No glossary terms found on this page.</p>;
}

function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}

/** "On this page": the terms found in the tab, with counts; choosing one shows it in the page. */
export function OnThisPage(props: OnThisPageProps) {
  const { items } = props;
  return (
    <section class="on-page" aria-labelledby="nk-on-page-title">
      <h2 class="section-title" id="nk-on-page-title">
        On this page
      </h2>
      {items.length === 0 ? (
        <EmptyPage page={props.page} />
      ) : (
        <ul class="list" id="nk-list" role="listbox" aria-labelledby="nk-on-page-title">
          {items.map((item, i) => (
            <li
              key={item.id}
              id={props.optionId(i)}
              role="option"
              aria-selected={i === props.activeIndex}
              class={`option${i === props.activeIndex ? ' option--active' : ''}`}
              onMouseMove={() => i !== props.activeIndex && props.onHover(i)}
              onClick={() => props.onChoose(i)}
            >
              <span class="option__line">
                <span class="option__label">{item.label}</span>
                <span
                  class="option__count"
                  aria-label={`${item.count} ${item.count === 1 ? 'time' : 'times'}`}
                >
                  {item.count}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
