import { render } from 'preact';
import type { GlossaryPack } from '../../glossary/model/pack.ts';
import { announcementFor } from './announcement.ts';
import { createUiHost, type UiHost } from './host.ts';
import { InPageUi } from './InPageUi.tsx';
import {
  INTENT_CLOSE_DELAY_MS,
  INTENT_OPEN_DELAY_MS,
  initialIntent,
  reduceIntent,
  timersFor,
  type IntentEvent,
} from './intent.ts';
import type { DismissReason } from './Popover.tsx';
import { rangeAnchor } from './position.ts';

/** A marked term as the popover needs it (the engine's matches have this shape and more). */
export interface PopoverMark {
  termId: string;
  range: Range;
}

export interface PopoverControllerOptions<M extends PopoverMark> {
  doc: Document;
  /** Stops everything the controller started (listeners, timers) and removes our host. */
  signal: AbortSignal;
  pack?: GlossaryPack | undefined;
  /** Told when a popover opens or closes, so the page can show which term it is for. */
  onOpenChange?: ((mark: M | null) => void) | undefined;
  copyText?: ((text: string, near: Element) => Promise<void>) | undefined;
}

export interface PopoverController<M extends PopoverMark> {
  /** Where the pointer is: over a mark (or none), or over the popover. */
  pointer(overMark: M | null, overPopover: boolean, at?: { x: number; y: number }): void;
  /** Opens at once and pins (click, tap, keyboard command, the toolbar popup). */
  activate(mark: M, options: { takeFocus: boolean; at?: { x: number; y: number } }): void;
  /** Closes; focus goes back to where it was before the popover took it. */
  dismiss(reason: DismissReason | 'outside' | 'gone' | 'switched-off'): void;
  /** The marks on the page changed: a popover whose term left the page closes. */
  marksChanged(isPresent: (mark: M) => boolean): void;
  /** A polite message for screen readers. */
  announce(message: string): void;
  readonly openMark: M | null;
  /** Whether `node` is inside our UI (events there are ours, not the page's). */
  owns(node: EventTarget | null): boolean;
  /** Makes sure the host (and its live region) exists before anything needs announcing. */
  prepare(): void;
}

/** Two marks are the same when they cover the same text for the same term (a rescan makes new objects). */
export function sameMark(a: PopoverMark, b: PopoverMark): boolean {
  if (a === b) return true;
  if (a.termId !== b.termId) return false;
  try {
    return (
      a.range.compareBoundaryPoints(Range.START_TO_START, b.range) === 0 &&
      a.range.compareBoundaryPoints(Range.END_TO_END, b.range) === 0
    );
  } catch {
    // Ranges in different documents.
    return false;
  }
}

/**
 * Runs the popover: hover intent (see intent.ts), pinning, Escape and outside clicks, focus
 * return, the live region, and rendering into our shadow root. Page-independent apart from the
 * document it is given, so component tests drive it in happy-dom.
 */
export function createPopoverController<M extends PopoverMark>(
  options: PopoverControllerOptions<M>,
): PopoverController<M> {
  const { doc, signal } = options;
  const win = doc.defaultView ?? window;
  let state = initialIntent<M>();
  let ui: UiHost | null = null;
  let openId = 0;
  let takeFocus = false;
  let openedAt: { x: number; y: number } | undefined;
  // One anchor per opening: a new object would make the popover re-place and re-focus itself.
  let anchor: ReturnType<typeof rangeAnchor> | null = null;
  let lastPointer: { x: number; y: number } | undefined;
  let announcement = '';
  let focusOrigin: Element | null = null;
  let openTimer: { mark: M; id: number } | null = null;
  let closeTimer: number | null = null;

  const prepare = () => {
    ui ??= createUiHost(doc);
  };

  const renderUi = () => {
    if (signal.aborted) return;
    prepare();
    const mark = state.open;
    render(
      <InPageUi
        announcement={announcement}
        popover={
          mark === null
            ? null
            : {
                openId,
                termId: mark.termId,
                anchor: (anchor ??= rangeAnchor(mark.range)),
                pointer: openedAt,
                takeFocus,
                pack: options.pack,
                copyText: options.copyText,
                onDismiss: (reason) => controller.dismiss(reason),
                onAnnounce: (message) => controller.announce(message),
              }
        }
      />,
      ui!.mount,
    );
  };

  const focusIsInside = () => ui !== null && ui.shadow.activeElement !== null;

  const syncTimers = () => {
    const wanted = timersFor(state, sameMark);
    if (openTimer && (wanted.openFor === null || !sameMark(openTimer.mark, wanted.openFor))) {
      win.clearTimeout(openTimer.id);
      openTimer = null;
    }
    if (wanted.openFor !== null && openTimer === null) {
      const mark = wanted.openFor;
      openTimer = {
        mark,
        id: win.setTimeout(() => {
          openTimer = null;
          openedAt = lastPointer;
          takeFocus = false;
          dispatch({ type: 'openDelayElapsed' });
        }, INTENT_OPEN_DELAY_MS),
      };
    }
    if (!wanted.close && closeTimer !== null) {
      win.clearTimeout(closeTimer);
      closeTimer = null;
    }
    if (wanted.close && closeTimer === null) {
      closeTimer = win.setTimeout(() => {
        closeTimer = null;
        dispatch({ type: 'closeDelayElapsed' });
      }, INTENT_CLOSE_DELAY_MS);
    }
  };

  const dispatch = (event: IntentEvent<M>) => {
    if (signal.aborted) return;
    const before = state.open;
    state = reduceIntent(state, event, sameMark);
    syncTimers();
    const after = state.open;
    const changed = before === null ? after !== null : after === null || !sameMark(before, after);
    if (!changed) return;
    anchor = null;
    if (after !== null) {
      openId++;
      announcement = announcementFor(after.termId, options.pack);
    }
    renderUi();
    options.onOpenChange?.(after);
  };

  const controller: PopoverController<M> = {
    pointer(overMark, overPopover, at) {
      if (at) lastPointer = at;
      const s = state;
      const sameOver =
        s.overPopover === overPopover &&
        (s.overMark === null ? overMark === null : overMark !== null && sameMark(s.overMark, overMark));
      if (!sameOver) dispatch({ type: 'pointer', overMark, overPopover });
    },
    activate(mark, how) {
      if (state.open === null || !focusIsInside()) {
        const active = doc.activeElement;
        focusOrigin = active && !controller.owns(active) ? active : null;
      }
      takeFocus = how.takeFocus;
      openedAt = how.at;
      const wasOpen = state.open;
      dispatch({ type: 'activate', mark });
      // Already open for this mark (a hover, then a click): it is pinned now; keyboard users still get focus.
      if (wasOpen !== null && sameMark(wasOpen, mark) && how.takeFocus) {
        openId++;
        renderUi();
      }
    },
    dismiss(reason) {
      if (state.open === null) return;
      const hadFocus = focusIsInside();
      dispatch({ type: 'dismiss' });
      // A click elsewhere puts focus where the user clicked; otherwise focus goes back where it was.
      if (reason !== 'outside' && (hadFocus || reason === 'escape' || reason === 'close-button')) {
        const origin = focusOrigin;
        focusOrigin = null;
        if (origin instanceof win.HTMLElement && origin.isConnected) origin.focus({ preventScroll: true });
        else if (hadFocus) (doc.activeElement as HTMLElement | null)?.blur?.();
      }
    },
    marksChanged(isPresent) {
      if (state.overMark !== null && !isPresent(state.overMark))
        dispatch({ type: 'pointer', overMark: null, overPopover: state.overPopover });
      if (state.open !== null && !isPresent(state.open)) controller.dismiss('gone');
    },
    announce(message) {
      // Clearing first makes a repeated message ("Quote copied") be read again.
      announcement = '';
      renderUi();
      win.requestAnimationFrame(() => {
        announcement = message;
        renderUi();
      });
    },
    get openMark() {
      return state.open;
    },
    owns(node) {
      return ui !== null && node instanceof win.Node && (node === ui.host || ui.host.contains(node));
    },
    prepare,
  };

  // Escape closes a popover opened by hover even while focus stays on the page; the page still
  // gets the key (we only stop it when focus is inside our popover, in Popover.tsx).
  win.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && state.open !== null && !controller.owns(event.target)) {
        controller.dismiss('escape');
      }
    },
    { capture: true, signal },
  );
  // A click elsewhere on the page closes the popover (a click on a mark reopens it, pinned).
  win.addEventListener(
    'pointerdown',
    (event) => {
      if (state.open === null || controller.owns(event.target)) return;
      // Pressing on the open term itself (to pin a hovered popover) is not "elsewhere".
      if (state.overMark !== null && sameMark(state.overMark, state.open)) return;
      controller.dismiss('outside');
    },
    { capture: true, signal },
  );

  signal.addEventListener('abort', () => {
    if (openTimer) win.clearTimeout(openTimer.id);
    if (closeTimer !== null) win.clearTimeout(closeTimer);
    if (ui) {
      render(null, ui.mount);
      ui.remove();
      ui = null;
    }
  });

  return controller;
}
