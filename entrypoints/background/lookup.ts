import { collapseWhiteSpace } from '../../glossary/rendered-text.ts';

/** Longest selection passed to the search; longer selections are cut at a word boundary. */
export const MAX_LOOKUP_CHARS = 100;

/** The selected text, as a search query: one line, trimmed, not too long. */
export function lookupQuery(selection: string): string {
  const text = collapseWhiteSpace(selection);
  if (text.length <= MAX_LOOKUP_CHARS) return text;
  const cut = text.slice(0, MAX_LOOKUP_CHARS);
  const space = cut.lastIndexOf(' ');
  return space > MAX_LOOKUP_CHARS / 2 ? cut.slice(0, space) : cut;
}

/** The popup opened as a page for a tab, with a search already typed (`popup.html?tab=3&q=…`). */
export function popupPageUrl(popupUrl: string, tabId: number | null, query: string | null): string {
  const params = new URLSearchParams();
  if (tabId !== null) params.set('tab', String(tabId));
  if (query) params.set('q', query);
  const search = params.toString();
  return search ? `${popupUrl}?${search}` : popupUrl;
}
