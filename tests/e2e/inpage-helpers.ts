/**
 * What the in-page end-to-end tests read from a page: our highlights (through the shared
 * `CSS.highlights` registry), our popover (through the open shadow root), the page's DOM without
 * our host, and a layout signature. Everything runs in the page's main world, as an outside check
 * would.
 */
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from './harness.ts';
import { sendToTab, tabIdOf } from './harness.ts';
import type { PageState } from '../../messaging/protocol.ts';

export const HOST = 'nk-context-root';

/** Ranges under our highlight names: their text, and the centre of their first box. */
export interface MarkInfo {
  name: string;
  text: string;
  x: number;
  y: number;
  /** Tag names of the elements around the range, innermost first (to check exclusions). */
  ancestors: string[];
}

export async function marks(target: Page | Frame, name = 'nk-context-underline'): Promise<MarkInfo[]> {
  return target.evaluate((wanted) => {
    const out: MarkInfo[] = [];
    const highlights = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [registered, highlight] of highlights) {
      if (!registered.startsWith('nk-context') || (wanted !== '*' && registered !== wanted)) continue;
      for (const range of highlight) {
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        const ancestors: string[] = [];
        for (let el = range.startContainer.parentElement; el; el = el.parentElement)
          ancestors.push(el.tagName);
        out.push({
          name: registered,
          text: range.toString(),
          x: rect.left + rect.width / 2,
          y: rect.top + rect.height / 2,
          ancestors,
        });
      }
    }
    return out;
  }, name);
}

/**
 * Elements whose text is never marked, as the issue lists them (written out here, not taken from the
 * engine, so that a change there shows), with SVG; compared with `MarkInfo.ancestors`.
 */
export const NEVER_MARKED_TAGS = [
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'CODE',
  'PRE',
  'SVG',
];

/** The tags of `NEVER_MARKED_TAGS` around a mark (none is expected). */
export function neverMarkedAround(mark: MarkInfo): string[] {
  return mark.ancestors.filter((tag) => NEVER_MARKED_TAGS.includes(tag.toUpperCase()));
}

/** How many ranges are registered under names that start with `nk-context`. */
export async function markCount(target: Page | Frame): Promise<number> {
  return (await marks(target, '*')).length;
}

/** The popover's dialog, found through our open shadow root. */
export async function dialogInfo(page: Page | Frame) {
  return page.evaluate((host) => {
    const dialog = document.querySelector(host)?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
    if (!dialog) return null;
    const root = dialog.getRootNode() as ShadowRoot;
    return {
      label: dialog.getAttribute('aria-label') ?? '',
      quotes: [...dialog.querySelectorAll('blockquote')].map((q) => q.textContent ?? ''),
      links: [...dialog.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => ({
        href: a.getAttribute('href') ?? '',
        target: a.getAttribute('target'),
        rel: a.getAttribute('rel'),
      })),
      focusInside: document.activeElement === root.host && root.activeElement !== null,
      rect: dialog.getBoundingClientRect().toJSON() as DOMRect,
    };
  }, HOST);
}

/** The page's DOM as HTML, without our host element. */
export async function domWithoutHost(target: Page | Frame): Promise<string> {
  return target.evaluate((host) => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll(host)) el.remove();
    return `${document.doctype ? `<!doctype ${document.doctype.name}>` : ''}${clone.outerHTML}`;
  }, HOST);
}

/** Position and size of every element of the page (ours excluded), rounded to the pixel. */
export async function layoutSignature(target: Page | Frame): Promise<string> {
  return target.evaluate((host) => {
    const parts: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      if (el.closest(host)) continue;
      const r = el.getBoundingClientRect();
      parts.push(
        `${el.tagName}:${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.width)},${Math.round(r.height)}`,
      );
    }
    return `${document.documentElement.scrollWidth}x${document.documentElement.scrollHeight}|${parts.join(';')}`;
  }, HOST);
}

/** The tab's page state, once its content script answers and has classified the page. */
export async function classifiedState(ext: ExtensionBrowser, page: Page): Promise<PageState> {
  const tabId = await tabIdOf(ext.worker, page);
  let state: PageState | undefined;
  await expect
    .poll(
      async () => {
        try {
          state = await sendToTab<PageState>(ext.worker, tabId, 'getPageState');
          return state.relevance !== null;
        } catch {
          return false;
        }
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return state!;
}

export { launchPlain } from './harness.ts';

/** Console messages that come from the extension (its scripts' URLs start with chrome-extension://). */
export function collectExtensionErrors(page: Page, extensionId: string): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    const from = msg.location().url ?? '';
    if ((msg.type() === 'error' || msg.type() === 'warning') && from.includes(extensionId)) {
      errors.push(`${msg.type()}: ${msg.text()} (${from})`);
    }
  });
  return errors;
}
