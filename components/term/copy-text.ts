/**
 * Copies text to the clipboard from a click handler. The async Clipboard API needs a secure context
 * (news sites on plain http have none), so the fallback selects a textarea placed next to `near`:
 * inside our shadow root on a page, never in the page's own DOM, and removed at once.
 */
export async function copyText(text: string, near: Element): Promise<void> {
  if (globalThis.isSecureContext && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Denied (no focus, permissions policy): try the selection route below.
    }
  }
  const doc = near.ownerDocument;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none;';
  const previous = (near.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
  near.after(area);
  try {
    area.select();
    // Deprecated, but the only copy route outside secure contexts; it reports failure by returning false.
    if (!doc.execCommand('copy')) throw new Error('The browser refused to copy.');
  } finally {
    area.remove();
    previous?.focus?.({ preventScroll: true });
  }
}
