// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createPopoverController, type PopoverController } from '../../../components/popover/controller.tsx';
import { HOST_TAG } from '../../../components/popover/host.ts';
import { fixturePack } from '../term/fixture-pack.ts';

interface Mark {
  termId: string;
  range: Range;
}

let abort: AbortController;
let controller: PopoverController<Mark>;
let mark: Mark;
let other: Mark;
let origin: HTMLButtonElement;

function rangeOver(node: Text, start: number, end: number): Range {
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(node, end);
  return r;
}

const shadow = () => document.querySelector(HOST_TAG)!.shadowRoot!;
const dialog = () =>
  document.querySelector(HOST_TAG)?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
const shadowFocus = () => shadow().activeElement;
const key = (target: EventTarget, k: string, shiftKey = false) =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, composed: true, cancelable: true }),
  );

beforeEach(() => {
  document.body.innerHTML = '';
  const p = document.createElement('p');
  p.textContent = 'Men have weekly chonghwa sessions and saenghwal chonghwa too.';
  origin = document.createElement('button');
  origin.textContent = 'page button';
  document.body.append(origin, p);
  const text = p.firstChild as Text;
  mark = { termId: 'chonghwa', range: rangeOver(text, 16, 24) };
  other = { termId: 'saenghwal-chonghwa', range: rangeOver(text, 38, 56) };
  abort = new AbortController();
  controller = createPopoverController<Mark>({ doc: document, signal: abort.signal, pack: fixturePack });
});

afterEach(() => {
  abort.abort();
  vi.useRealTimers();
});

describe('the in-page popover', () => {
  test('lives in one open shadow root on our host, as a dialog named after the term', () => {
    controller.activate(mark, { takeFocus: false });
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(document.querySelector(HOST_TAG)!.hasAttribute('data-nk-context')).toBe(true);
    const d = dialog()!;
    expect(d.getAttribute('aria-label')).toContain('chonghwa');
    expect(d.querySelector('blockquote')!.textContent).toContain('weekly Party chonghwa');
    const link = d.querySelector('a[href]')!;
    expect(link.getAttribute('href')).toBe(fixturePack.claims[0]!.quotes[0]!.link);
    // The page itself gained nothing but our host.
    expect(document.body.querySelector(HOST_TAG)).toBeNull();
  });

  test('a keyboard opening takes focus; Tab stays inside; Escape closes and gives focus back', () => {
    origin.focus();
    expect(document.activeElement).toBe(origin);
    controller.activate(mark, { takeFocus: true });
    const d = dialog()!;
    expect(shadowFocus()).toBe(d);

    const items = [...d.querySelectorAll<HTMLElement>('a[href], button')];
    expect(items.length).toBeGreaterThan(2);
    // Tab from the dialog goes to its first control; from the last it wraps to the first.
    key(d, 'Tab');
    expect(shadowFocus()).toBe(items[0]);
    items[items.length - 1]!.focus();
    key(items[items.length - 1]!, 'Tab');
    expect(shadowFocus()).toBe(items[0]);
    key(items[0]!, 'Tab', true);
    expect(shadowFocus()).toBe(items[items.length - 1]);

    const pageEscape = vi.fn();
    window.addEventListener('keydown', pageEscape);
    key(items[0]!, 'Escape');
    window.removeEventListener('keydown', pageEscape);
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(origin);
    // Our Escape is not also handed to the page's handlers.
    expect(pageEscape).not.toHaveBeenCalled();
  });

  test('later renders (an announcement) leave focus where the user put it', async () => {
    controller.activate(mark, { takeFocus: true });
    const copy = [...dialog()!.querySelectorAll('button')].find(
      (b) => b.textContent === 'Copy quote with citation',
    )!;
    copy.focus();
    controller.announce('Quote copied with its citation.');
    const region = shadow().querySelector('[aria-live="polite"]')!;
    await vi.waitFor(() => expect(region.textContent).toBe('Quote copied with its citation.'));
    expect(shadowFocus()).toBe(copy);
  });

  test('Escape on the page closes a hovered popover without moving focus', () => {
    origin.focus();
    controller.activate(mark, { takeFocus: false });
    expect(dialog()).not.toBeNull();
    key(origin, 'Escape');
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(origin);
  });

  test('the close button closes it', () => {
    controller.activate(mark, { takeFocus: true });
    shadow().querySelector<HTMLButtonElement>('button[aria-label="Close"]')!.click();
    expect(dialog()).toBeNull();
  });

  test('hover opens after the intent delay, not before; leaving closes after the grace period', () => {
    vi.useFakeTimers();
    controller.pointer(mark, false, { x: 10, y: 10 });
    vi.advanceTimersByTime(250);
    expect(dialog()).toBeNull();
    vi.advanceTimersByTime(100);
    expect(dialog()!.getAttribute('aria-label')).toContain('chonghwa');

    // Into the popover: stays open however long.
    controller.pointer(null, true);
    vi.advanceTimersByTime(5000);
    expect(dialog()).not.toBeNull();

    controller.pointer(null, false);
    vi.advanceTimersByTime(350);
    expect(dialog()).toBeNull();
  });

  test('crossing a mark on the way elsewhere opens nothing', () => {
    vi.useFakeTimers();
    controller.pointer(mark, false);
    vi.advanceTimersByTime(100);
    controller.pointer(null, false);
    vi.advanceTimersByTime(1000);
    expect(dialog()).toBeNull();
  });

  test('a click pins it: leaving the mark does not close it, a click elsewhere does', () => {
    vi.useFakeTimers();
    controller.activate(mark, { takeFocus: false, at: { x: 1, y: 1 } });
    controller.pointer(null, false);
    vi.advanceTimersByTime(2000);
    expect(dialog()).not.toBeNull();
    origin.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(dialog()).toBeNull();
  });

  test('related terms open in place and the dialog is renamed after them', async () => {
    controller.activate(mark, { takeFocus: true });
    const d = dialog()!;
    [...d.querySelectorAll('button')].find((b) => b.textContent === 'saenghwal chonghwa')!.click();
    await vi.waitFor(() => expect(dialog()!.getAttribute('aria-label')).toContain('saenghwal chonghwa'));
    expect(dialog()!.textContent).toContain('Back to chonghwa');
  });

  test('closes when its term leaves the page', () => {
    controller.activate(mark, { takeFocus: false });
    controller.marksChanged((m) => m.termId !== 'chonghwa');
    expect(dialog()).toBeNull();
    controller.activate(other, { takeFocus: false });
    controller.marksChanged(() => true);
    expect(dialog()).not.toBeNull();
  });

  test('tells screen readers the term, the quote and the speaker, once, politely', async () => {
    controller.activate(mark, { takeFocus: false });
    const region = shadow().querySelector('[aria-live="polite"]')!;
    expect(region.textContent).toContain('chonghwa.');
    expect(region.textContent).toContain('“men who are Party members have their movements restricted');
    expect(region.textContent).toContain('Kim Ok Hui — Party member from 1998, defected 2009');
  });

  test('stopping removes the host and its listeners', () => {
    controller.activate(mark, { takeFocus: false });
    abort.abort();
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });
});
