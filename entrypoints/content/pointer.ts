import type { PopoverController } from '../../components/popover/controller.tsx';
import { markAtPoint } from './hit-test.ts';
import type { MarkIndex, PageMark } from './mark-index.ts';

/** Clicks on these open what the page made them for, never our popover. */
const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, details, [contenteditable=""], [contenteditable="true"], [role="button"], [role="link"], [role="menuitem"], [role="tab"]';

export interface PointerOptions<M extends PageMark> {
  win: Window;
  signal: AbortSignal;
  controller: PopoverController<M>;
  /** The current marks, or null while there are none to point at. */
  marks: () => MarkIndex<M> | null;
}

/**
 * Hovering and tapping marks. Highlights have no events of their own, so the pointer's position
 * is hit-tested against the marks at most once per frame (passive listeners; nothing the page
 * does is blocked or prevented). Touch moves are not hovers: a tap (a click) opens the popover.
 */
export function trackPointer<M extends PageMark>({
  win,
  signal,
  controller,
  marks,
}: PointerOptions<M>): void {
  const doc = win.document;
  let latest: PointerEvent | null = null;
  let frame = 0;

  const flush = () => {
    frame = 0;
    const event = latest;
    latest = null;
    if (!event) return;
    const overPopover = controller.owns(event.target);
    const index = marks();
    const mark = overPopover || !index ? null : markAtPoint(index, doc, event.clientX, event.clientY);
    controller.pointer(mark, overPopover, { x: event.clientX, y: event.clientY });
  };

  win.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      latest = event;
      if (frame === 0) frame = win.requestAnimationFrame(flush);
    },
    { capture: true, passive: true, signal },
  );

  // The pointer left the window: over nothing.
  win.addEventListener(
    'pointerout',
    (event) => {
      if (event.relatedTarget === null && event.pointerType !== 'touch') controller.pointer(null, false);
    },
    { capture: true, passive: true, signal },
  );

  win.addEventListener(
    'click',
    (event) => {
      if (event.button !== 0 || controller.owns(event.target)) return;
      const index = marks();
      if (!index) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(INTERACTIVE)) return;
      // The end of a text selection is not a click on a term.
      const selection = doc.getSelection();
      if (selection && !selection.isCollapsed) return;
      const mark = markAtPoint(index, doc, event.clientX, event.clientY);
      if (mark) controller.activate(mark, { takeFocus: false, at: { x: event.clientX, y: event.clientY } });
    },
    { capture: true, passive: true, signal },
  );

  signal.addEventListener('abort', () => {
    if (frame !== 0) win.cancelAnimationFrame(frame);
  });
}
