import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';

/** Room kept between the popover and the edges of the window. */
const EDGE = 8;
/** The popover never grows taller than this, even on a tall window: long content scrolls inside. */
const MAX_HEIGHT = 520;

/**
 * A term on the page as Floating UI sees it: the rectangles of its text. A term can wrap onto two
 * lines, so the client rects are given too, for the `inline` middleware to pick the right one.
 */
export function rangeAnchor(range: Range): VirtualElement {
  const context = range.startContainer.parentElement ?? undefined;
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    ...(context ? { contextElement: context } : {}),
  };
}

/**
 * Keeps `floating` beside `anchor` while the page scrolls, resizes or reflows: below the term by
 * default, flipped above when there is no room, shifted to stay on screen, and never taller than
 * the room available (the content scrolls instead). Returns the function that stops following.
 */
export function followAnchor(
  anchor: VirtualElement,
  floating: HTMLElement,
  pointer?: { x: number; y: number },
): () => void {
  const update = () => {
    void computePosition(anchor, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(pointer ? { x: pointer.x, y: pointer.y } : {}),
        offset(6),
        flip({ padding: EDGE }),
        shift({ padding: EDGE }),
        size({
          padding: EDGE,
          apply({ availableHeight, availableWidth, elements }) {
            const style = elements.floating.style;
            style.maxHeight = `${Math.max(120, Math.min(MAX_HEIGHT, Math.floor(availableHeight)))}px`;
            style.maxWidth = `${Math.max(200, Math.floor(availableWidth))}px`;
          },
        }),
        hide({ strategy: 'referenceHidden' }),
      ],
    }).then(({ x, y, middlewareData }) => {
      floating.style.left = `${Math.round(x)}px`;
      floating.style.top = `${Math.round(y)}px`;
      // A term scrolled out of view (inside a scrolling box) takes its popover with it.
      floating.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
    });
  };
  return autoUpdate(anchor, floating, update, { animationFrame: false });
}
