import popoverCss from './popover.css?inline';
import termCardCss from '../term/term-card.css?inline';
import { OWN_UI_ATTRIBUTE } from '../../engine/text-blocks.ts';

/** Our one element in the page. Tests and the page can find it by this tag or the data attribute. */
export const HOST_TAG = 'nk-context-root';
/** The scanner skips whatever is under an element with it (engine/text-blocks.ts). */
export const HOST_ATTRIBUTE = OWN_UI_ATTRIBUTE;

export interface UiHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where Preact renders. */
  mount: HTMLElement;
  remove(): void;
}

/**
 * Creates the host: `<nk-context-root data-nk-context>` at the end of `<html>`, outside the
 * page's `<body>` so that no `body > *` rule or script walking the body's children meets it, with
 * an open shadow root (so tests and assistive tools can look in) holding our styles and UI. It is
 * a zero-size fixed box (see popover.css), so it changes no layout; the popover itself lives in
 * the top layer.
 */
export function createUiHost(doc: Document): UiHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(HOST_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  // Text of our own bundled stylesheets, not glossary text: no markup is parsed.
  style.textContent = `${popoverCss}\n${termCardCss}`;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  (doc.documentElement ?? doc).appendChild(host);
  return {
    host,
    shadow,
    mount,
    remove: () => host.remove(),
  };
}
