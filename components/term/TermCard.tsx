import { useEffect, useState } from 'preact/hooks';
import type { Ref } from 'preact';
import { pack as shippedPack } from '../../glossary/pack.ts';
import type { GlossaryPack } from '../../glossary/model/pack.ts';
import type { TermId } from '../../glossary/model/term.ts';
import { copyText as defaultCopyText } from './copy-text.ts';
import { indexOf } from './pack-index.ts';
import { termView, type ClaimView, type QuoteView } from './term-view.ts';

export interface TermCardProps {
  termId: TermId;
  /** A related term was chosen; the owner shows it (TermBrowser does so in place, with a way back). */
  onOpenTerm: (termId: TermId) => void;
  /** Shown as "← Back to {label}" when the owner has somewhere to go back to. */
  back?: { label: string; onBack: () => void } | undefined;
  /** Defaults to the pack the extension ships; tests and tools pass their own. */
  pack?: GlossaryPack | undefined;
  /** Told what happened after an action ("Quote copied"), for a polite live region. */
  onAnnounce?: ((message: string) => void) | undefined;
  /** Lets a dialog point `aria-labelledby` at the heading. */
  headingId?: string | undefined;
  /** Lets the owner move focus to the heading when the term changes in place. */
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  /** Injected in tests; by default the clipboard, with a fallback for pages without a secure context. */
  copyText?: ((text: string, near: Element) => Promise<void>) | undefined;
}

/**
 * A glossary term with the testimony that bears on it: definition, claims with verbatim quotes,
 * who said them and when, links to the passage in the source, related terms. Prop-driven and
 * page-independent, so the in-page popover and the toolbar popup show the very same card.
 * Styles: `term-card.css` (scoped under `.nk-term`).
 */
export function TermCard(props: TermCardProps) {
  const p = props.pack ?? shippedPack;
  const view = termView(props.termId, indexOf(p), p);
  if (!view) {
    return (
      <article class="nk-term">
        <p class="nk-term__empty">This term is not in the glossary.</p>
      </article>
    );
  }
  return (
    <article class="nk-term" data-term-id={view.id}>
      {props.back && (
        <p class="nk-term__nav">
          <button type="button" class="nk-term__button" onClick={props.back.onBack}>
            ← Back to {props.back.label}
          </button>
        </p>
      )}
      <header class="nk-term__header">
        <h2 class="nk-term__label" id={props.headingId} ref={props.headingRef} tabIndex={-1}>
          {view.label}
        </h2>
        <span class="nk-term__kind">{view.kind}</span>
      </header>
      <p class="nk-term__definition">{view.definition}</p>
      {view.notInArticleNote && <p class="nk-term__note">{view.notInArticleNote}</p>}
      {view.basisNote && <p class="nk-term__speaker">{view.basisNote}</p>}

      <h3 class="nk-term__section-title">What the article says</h3>
      {view.claims.length === 0 ? (
        <p class="nk-term__empty">The article makes no claim about this term.</p>
      ) : (
        <ul class="nk-term__claims">
          {view.claims.map((claim) => (
            <ClaimItem
              key={claim.id}
              claim={claim}
              onAnnounce={props.onAnnounce}
              copyText={props.copyText ?? defaultCopyText}
            />
          ))}
        </ul>
      )}

      {view.related.length > 0 && (
        <>
          <h3 class="nk-term__section-title">Related</h3>
          <ul class="nk-term__related">
            {view.related.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  class="nk-term__button nk-term__related-button"
                  onClick={() => props.onOpenTerm(r.id)}
                >
                  {r.label}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

function ClaimItem(props: {
  claim: ClaimView;
  onAnnounce: ((message: string) => void) | undefined;
  copyText: (text: string, near: Element) => Promise<void>;
}) {
  const { claim } = props;
  return (
    <li class="nk-term__claim" data-claim-id={claim.id}>
      <p class="nk-term__claim-text">{claim.text}</p>
      {claim.quotes.map((quote, i) => (
        <figure key={i} class="nk-term__figure">
          {/* Exactly the source's words: the quotation bar marks them as a quote, so no marks are
              added (many passages already open with the source's own quotation marks). */}
          <blockquote class="nk-term__quote" cite={quote.link}>
            <p>{quote.text}</p>
          </blockquote>
          <figcaption>
            <p class="nk-term__speaker">
              <span class="nk-term__speaker-name">{claim.speakerLine}</span>
              <br />
              {claim.dateLine}
            </p>
            <QuoteActions
              quote={quote}
              publisher={claim.publisher}
              onAnnounce={props.onAnnounce}
              copyText={props.copyText}
            />
          </figcaption>
        </figure>
      ))}
    </li>
  );
}

function QuoteActions(props: {
  quote: QuoteView;
  publisher: string;
  onAnnounce: ((message: string) => void) | undefined;
  copyText: (text: string, near: Element) => Promise<void>;
}) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  // The confirmation fades back to the button's plain label so a second copy is noticed too.
  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  const onCopy = async (event: MouseEvent) => {
    const button = event.currentTarget as HTMLButtonElement;
    try {
      await props.copyText(props.quote.citation, button);
      setStatus('copied');
      props.onAnnounce?.('Quote copied with its citation.');
    } catch {
      setStatus('failed');
      props.onAnnounce?.('Could not copy the quote.');
    }
  };

  return (
    <p class="nk-term__actions">
      <a href={props.quote.link} target="_blank" rel="noopener noreferrer">
        Read it in {props.publisher}
        <span class="nk-term__visually-hidden"> (opens in a new tab)</span>
      </a>
      <button type="button" class="nk-term__button" onClick={onCopy}>
        Copy quote with citation
      </button>
      {status !== 'idle' && (
        <span class="nk-term__copied">{status === 'copied' ? 'Copied' : 'Copy failed'}</span>
      )}
    </p>
  );
}
