import type { VirtualElement } from '@floating-ui/dom';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { GlossaryPack } from '../../glossary/model/pack.ts';
import type { TermId } from '../../glossary/model/term.ts';
import { TermBrowser } from '../term/TermBrowser.tsx';
import { indexOf } from '../term/pack-index.ts';
import { trapTab } from './focus.ts';
import { followAnchor } from './position.ts';

export type DismissReason = 'escape' | 'close-button';

export interface PopoverProps {
  termId: TermId;
  /** The marked term the popover stands beside. */
  anchor: VirtualElement;
  /** Where the pointer was, so a term that wraps gets its popover on the line pointed at. */
  pointer?: { x: number; y: number } | undefined;
  /** Keyboard openings move focus into the popover, so Tab stays inside; hover openings do not. */
  takeFocus: boolean;
  onDismiss: (reason: DismissReason) => void;
  onPointerEnter?: (() => void) | undefined;
  onPointerLeave?: (() => void) | undefined;
  onAnnounce?: ((message: string) => void) | undefined;
  pack?: GlossaryPack | undefined;
  copyText?: ((text: string, near: Element) => Promise<void>) | undefined;
}

/**
 * The in-page popover: a non-modal dialog named after its term, in the top layer when the browser
 * has the Popover API (so no page stacking context can cover it), placed by Floating UI.
 */
export function Popover(props: PopoverProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const [shownTerm, setShownTerm] = useState(props.termId);
  const label = indexOf(props.pack).termById.get(shownTerm)?.label ?? shownTerm;

  // Each opening mounts a new Popover (the owner keys it), so these run once per opening: later
  // renders (an announcement, a copied quote) neither move the popover nor take focus back.
  useLayoutEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (typeof el.showPopover === 'function' && !el.matches(':popover-open')) el.showPopover();
    if (props.takeFocus) el.focus({ preventScroll: true });
    return followAnchor(props.anchor, el, props.pointer);
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      // Ours alone: the page's own Escape handlers (its menus, its modals) are not for this.
      event.preventDefault();
      event.stopPropagation();
      props.onDismiss('escape');
    } else if (event.key === 'Tab' && dialog.current) {
      trapTab(event, dialog.current);
    }
  };

  return (
    <div
      ref={dialog}
      class="nk-popover"
      role="dialog"
      aria-label={`${label} — NK Context`}
      popover="manual"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <div class="nk-popover__bar">
        <span class="nk-popover__brand">NK Context</span>
        <button
          type="button"
          class="nk-popover__close"
          aria-label="Close"
          title="Close (Esc)"
          onClick={() => props.onDismiss('close-button')}
        >
          ×
        </button>
      </div>
      <TermBrowser
        termId={props.termId}
        pack={props.pack}
        copyText={props.copyText}
        onAnnounce={props.onAnnounce}
        onTermChange={setShownTerm}
      />
    </div>
  );
}
