const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The elements Tab reaches inside `container`, in order. */
export function focusables(container: Element): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.hasAttribute('hidden') && el.getAttribute('aria-hidden') !== 'true',
  );
}

/** The focused element, looking inside the shadow root `node` lives in (the document only sees our host). */
export function activeElementIn(node: Node): Element | null {
  const root = node.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? null;
}

/**
 * Keeps Tab inside an open popover: from the last control it wraps to the first, and Shift+Tab
 * from the first (or from the dialog itself) to the last. The popover floats over the page, so
 * tabbing out would leave it open over content the user can no longer see.
 */
export function trapTab(event: KeyboardEvent, container: HTMLElement): void {
  const items = focusables(container);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = activeElementIn(container);
  const inside = active !== null && container.contains(active);
  if (event.shiftKey && (active === first || active === container || !inside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || active === container || !inside)) {
    event.preventDefault();
    first.focus();
  }
}
