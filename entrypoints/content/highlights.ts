import type { MarkStyle } from '../../settings/model.ts';

/**
 * Names in the page's highlight registry. It is shared with the page's own scripts, so every name
 * carries our prefix; outside checks count our marks through these names.
 */
export const HIGHLIGHT_PREFIX = 'nk-context';
export const HIGHLIGHT_NAMES = {
  underline: `${HIGHLIGHT_PREFIX}-underline`,
  background: `${HIGHLIGHT_PREFIX}-background`,
  active: `${HIGHLIGHT_PREFIX}-active`,
} as const;

/** Whether this browser paints ranges with the CSS Custom Highlight API (Chrome 105+, Firefox 140+, Safari 17.2+). */
export function highlightsSupported(win: Window & typeof globalThis = window): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

/**
 * Paints marks without touching the page's DOM: every mark is a range in one `Highlight`
 * registered under the name of the current style, and the term whose popover is open is a second,
 * stronger highlight on top. Without the API it paints nothing (the page is left exactly as it
 * was; the popup and the keyboard commands still reach the terms).
 */
export class MarkPainter {
  private readonly marks: Highlight | null;
  private readonly active: Highlight | null;
  private style: MarkStyle = 'off';

  constructor(private readonly win: Window & typeof globalThis = window) {
    const supported = highlightsSupported(win);
    this.marks = supported ? new win.Highlight() : null;
    this.active = supported ? new win.Highlight() : null;
    if (this.active) this.active.priority = 1;
  }

  get supported(): boolean {
    return this.marks !== null;
  }

  /**
   * Shows exactly `ranges` in `style` (`off` shows none). Only the difference from the last paint
   * is applied: the browser re-validates every range of a highlight after any change to it, and
   * repaints that keep most marks (a scroll, a batch of new content) should not clear them first.
   */
  paint(ranges: readonly Range[], style: MarkStyle): void {
    const marks = this.marks;
    if (!marks) return;
    const registry = this.win.CSS.highlights;
    const wanted = new Set<AbstractRange>(ranges);
    const stale: AbstractRange[] = [];
    for (const range of marks) if (!wanted.has(range)) stale.push(range);
    for (const range of stale) marks.delete(range);
    for (const range of wanted) if (!marks.has(range)) marks.add(range);
    if (this.style !== style) {
      registry.delete(HIGHLIGHT_NAMES.underline);
      registry.delete(HIGHLIGHT_NAMES.background);
      this.style = style;
    }
    // Checked on every paint: a page script may have cleared the shared registry. Setting an
    // entry that is already there would make the browser re-validate all of it for nothing.
    const name = style === 'off' ? null : HIGHLIGHT_NAMES[style];
    if (name !== null && registry.get(name) !== marks) registry.set(name, marks);
  }

  /** The term whose popover is open, or none. */
  setActive(range: Range | null): void {
    if (!this.active) return;
    this.active.clear();
    if (range) {
      this.active.add(range);
      this.win.CSS.highlights.set(HIGHLIGHT_NAMES.active, this.active);
    } else {
      this.win.CSS.highlights.delete(HIGHLIGHT_NAMES.active);
    }
  }

  /** Removes every mark at once (site switched off, extension unloaded). */
  clear(): void {
    if (!this.marks || !this.active) return;
    this.marks.clear();
    this.active.clear();
    for (const name of Object.values(HIGHLIGHT_NAMES)) this.win.CSS.highlights.delete(name);
    this.style = 'off';
  }
}
