import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PageState } from '../../messaging/protocol.ts';
import { pack as shippedPack } from '../../glossary/pack.ts';
import type { GlossaryPack } from '../../glossary/model/pack.ts';
import type { TermId } from '../../glossary/model/term.ts';
import type { Settings } from '../../settings/model.ts';
import { toggleSite } from '../../settings/site-switch.ts';
import { indexOf } from '../term/pack-index.ts';
import { KIND_LABELS } from '../term/term-view.ts';
import { TermBrowser } from '../term/TermBrowser.tsx';
import type { PopupHost } from './host.ts';
import { Highlight } from './Highlight.tsx';
import { OnThisPage, onThisPageItems } from './OnThisPage.tsx';
import { createGlossarySearch, type ContextField, type GlossarySearch } from './search.ts';
import { SiteSwitch } from './SiteSwitch.tsx';

export interface PopupProps {
  host: PopupHost;
  /** Typed into the search box on open (`?q=`, or the context menu's lookup). */
  initialQuery?: string | undefined;
  /** Defaults to the shipped pack; tests pass their own. */
  pack?: GlossaryPack | undefined;
}

const searches = new WeakMap<GlossaryPack, GlossarySearch>();
function searchFor(p: GlossaryPack): GlossarySearch {
  let s = searches.get(p);
  if (!s) searches.set(p, (s = createGlossarySearch(p)));
  return s;
}

const FIELD_NAMES: Record<ContextField, string> = {
  alias: 'Also',
  definition: 'Definition',
  claim: 'Claim',
  quote: 'Quote',
};

/**
 * The toolbar popup: the site's switch, a search over the whole glossary, what was found on this
 * page, and a term's full card. Keyboard: the search box keeps focus while ↑/↓ move through the
 * list (`aria-activedescendant`), Enter opens, Escape goes back, then clears.
 */
export function Popup(props: PopupProps) {
  const { host } = props;
  const p = props.pack ?? shippedPack;
  const index = indexOf(p);
  const [settings, setSettings] = useState<Settings | null>(null);
  // undefined: still asking the page; null: nothing answers there.
  const [page, setPage] = useState<PageState | null | undefined>(undefined);
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const [active, setActive] = useState(0);
  const [detail, setDetail] = useState<TermId | null>(null);
  const [message, setMessage] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const detailRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    void host.getSettings().then((s) => live && setSettings(s));
    void host.getPageState().then((s) => live && setPage(s));
    const stops = [
      host.watchSettings(setSettings),
      host.onPageState(setPage),
      host.onLookup((text) => {
        setDetail(null);
        setQuery(text);
        setActive(0);
        input.current?.focus();
      }),
    ];
    return () => {
      live = false;
      stops.forEach((stop) => stop());
    };
  }, [host]);

  const results = useMemo(() => (query.trim() === '' ? [] : searchFor(p).search(query)), [p, query]);
  const pageItems = useMemo(() => onThisPageItems(page ?? null, index), [page, index]);
  const countOnPage = useMemo(() => new Map(pageItems.map((t) => [t.id, t.count])), [pageItems]);
  const searching = query.trim() !== '';
  const listLength = searching ? results.length : pageItems.length;
  const activeIndex = Math.min(active, Math.max(0, listLength - 1));
  const optionId = (i: number) => `nk-option-${i}`;

  useEffect(() => {
    if (detail === null) input.current?.focus();
    else detailRef.current?.querySelector<HTMLElement>('.nk-term__label')?.focus();
  }, [detail]);

  useEffect(() => {
    document.getElementById(optionId(activeIndex))?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex, query]);

  const reveal = async (termId: TermId) => {
    const label = index.termById.get(termId)?.label ?? termId;
    const found = await host.revealTerm(termId).catch(() => false);
    setMessage(found ? `Showing ${label} on the page.` : `${label} is no longer on the page.`);
  };

  const choose = (i: number) => {
    if (searching) {
      const hit = results[i];
      if (hit) setDetail(hit.termId);
    } else {
      const item = pageItems[i];
      if (item) void reveal(item.id);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (listLength === 0) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + listLength) % listLength);
    } else if (e.key === 'Enter') {
      if (listLength === 0) return;
      e.preventDefault();
      choose(activeIndex);
    } else if (e.key === 'Escape' && query !== '') {
      // Escape clears the search first; a second Escape is the browser's (it closes the popup).
      e.preventDefault();
      e.stopPropagation();
      setQuery('');
      setActive(0);
    }
  };

  const toggle = (turnOn: boolean) => {
    if (!page) return;
    const relevant = page.relevance?.relevant ?? null;
    void host.updateSettings((current) => ({
      ...current,
      sites: toggleSite(current, page.hostname, relevant, turnOn),
    }));
  };

  const status = searching
    ? results.length === 0
      ? 'No term matches.'
      : `${results.length} ${results.length === 1 ? 'term' : 'terms'} found.`
    : message;

  return (
    <div class="popup">
      <header class="popup__header">
        {settings && page !== undefined ? (
          <SiteSwitch page={page} settings={settings} onToggle={toggle} onOpenOptions={host.openOptions} />
        ) : (
          <section class="site" aria-busy="true" aria-label="This site">
            <p class="site__host">…</p>
            <p class="site__status">Reading the page…</p>
          </section>
        )}
      </header>

      <div class="popup__search" hidden={detail !== null}>
        <input
          ref={input}
          type="search"
          class="search"
          placeholder="Search the glossary"
          aria-label="Search the glossary"
          // A searchbox (HTML doesn't allow a combobox role on type=search without a datalist)
          // that points at the list's active option, so focus never leaves the box.
          aria-autocomplete="list"
          aria-controls="nk-list"
          aria-activedescendant={listLength > 0 ? optionId(activeIndex) : undefined}
          autocomplete="off"
          spellcheck={false}
          value={query}
          onInput={(e) => {
            setQuery((e.currentTarget as HTMLInputElement).value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>

      <main class="popup__body">
        {detail !== null ? (
          <div
            class="detail"
            ref={detailRef}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                e.stopPropagation();
                setDetail(null);
              }
            }}
          >
            <p class="detail__nav">
              <button type="button" class="link-button" onClick={() => setDetail(null)}>
                ← Search results
              </button>
              {countOnPage.has(detail) && (
                <button type="button" class="link-button" onClick={() => void reveal(detail)}>
                  Show on the page ({countOnPage.get(detail)})
                </button>
              )}
            </p>
            <TermBrowser termId={detail} pack={p} onAnnounce={setMessage} />
          </div>
        ) : searching ? (
          <ul class="list" id="nk-list" role="listbox" aria-label="Glossary terms">
            {results.map((hit, i) => (
              <li
                key={hit.termId}
                id={optionId(i)}
                role="option"
                aria-selected={i === activeIndex}
                class={`option${i === activeIndex ? ' option--active' : ''}`}
                onMouseMove={() => i !== activeIndex && setActive(i)}
                onClick={() => choose(i)}
              >
                <span class="option__line">
                  <span class="option__label">
                    <Highlight value={hit.label} />
                  </span>
                  <span class="option__meta">
                    {KIND_LABELS[hit.kind]}
                    {countOnPage.has(hit.termId) && ` · ${countOnPage.get(hit.termId)} on this page`}
                  </span>
                </span>
                {hit.context && (
                  <span class="option__context">
                    <span class="option__field">{FIELD_NAMES[hit.context.field]}:</span>{' '}
                    <Highlight value={hit.context.text} />
                  </span>
                )}
              </li>
            ))}
            {results.length === 0 && (
              <li class="empty" role="presentation">
                No glossary term matches “{query.trim()}”.
              </li>
            )}
          </ul>
        ) : (
          <OnThisPage
            page={page}
            items={pageItems}
            activeIndex={activeIndex}
            optionId={optionId}
            onHover={setActive}
            onChoose={choose}
          />
        )}
      </main>

      <footer class="popup__footer">
        <span class="popup__source">
          NK Context · {p.terms.length} terms · testimony from {p.sources.map((s) => s.publisher).join(', ')}
        </span>
        <button type="button" class="link-button" onClick={host.openOptions}>
          Options
        </button>
      </footer>
      <p class="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
