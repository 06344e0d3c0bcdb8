// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/popup/Popup.tsx';
import { Highlight } from '../../../components/popup/Highlight.tsx';
import type { PopupHost } from '../../../components/popup/host.ts';
import type { PageState } from '../../../messaging/protocol.ts';
import { defaultSettings, type Settings } from '../../../settings/model.ts';
import { sanitizeSettings } from '../../../settings/sanitize.ts';

afterEach(cleanup);

function page(patch: Partial<PageState> = {}): PageState {
  return {
    url: 'https://www.nknews.org/2016/party',
    hostname: 'www.nknews.org',
    title: 'Why Party membership lost its shine',
    relevance: { relevant: true, score: 12, reasons: ['"North Korea" 4× in title and body'] },
    active: true,
    why: 'Detected as a page about North Korea.',
    terms: [
      { id: 'party-membership', count: 5 },
      { id: 'jangmadang', count: 2 },
      { id: 'chonghwa', count: 1 },
    ],
    ...patch,
  };
}

/** A host backed by memory: settings that watchers see change, a page that can report again. */
function fakeHost(initialPage: PageState | null, initialSettings: Settings = defaultSettings()) {
  let settings = initialSettings;
  const settingsListeners = new Set<(s: Settings) => void>();
  const pageListeners = new Set<(p: PageState) => void>();
  const lookupListeners = new Set<(text: string) => void>();
  const host = {
    tabId: 7,
    getPageState: vi.fn(async () => initialPage),
    onPageState: (l: (p: PageState) => void) => (pageListeners.add(l), () => pageListeners.delete(l)),
    getSettings: async () => settings,
    watchSettings: (l: (s: Settings) => void) => (
      settingsListeners.add(l),
      () => settingsListeners.delete(l)
    ),
    updateSettings: vi.fn(async (change: (s: Settings) => Settings) => {
      settings = sanitizeSettings(change(settings));
      settingsListeners.forEach((l) => l(settings));
      return settings;
    }),
    revealTerm: vi.fn(async (termId: string) => initialPage?.terms.some((t) => t.id === termId) ?? false),
    openOptions: vi.fn(),
    onLookup: (l: (text: string) => void) => (lookupListeners.add(l), () => lookupListeners.delete(l)),
  } satisfies PopupHost;
  return {
    host,
    settings: () => settings,
    report: (p: PageState) => act(() => pageListeners.forEach((l) => l(p))),
    lookup: (text: string) => act(() => lookupListeners.forEach((l) => l(text))),
  };
}

const searchBox = () => screen.getByRole('searchbox', { name: 'Search the glossary' }) as HTMLInputElement;
const type = (text: string) => fireEvent.input(searchBox(), { target: { value: text } });
const options = () => screen.queryAllByRole('option');
const key = (k: string, target: Element = searchBox()) => fireEvent.keyDown(target, { key: k });

describe('site switch', () => {
  it('is a switch named with the hostname, on for a detected page', async () => {
    render(<Popup host={fakeHost(page()).host} />);
    const toggle = (await screen.findByRole('switch')) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    expect(toggle.getAttribute('aria-labelledby')).toBe('nk-site-label nk-site-host');
    expect(screen.getByRole('switch', { name: 'Show on this site nknews.org' })).toBe(toggle);
  });

  it('switches the site off and back on, and shows it at once', async () => {
    const fake = fakeHost(page());
    render(<Popup host={fake.host} />);
    const toggle = (await screen.findByRole('switch')) as HTMLInputElement;
    fireEvent.click(toggle);
    await waitFor(() => expect(fake.settings().sites).toEqual({ 'nknews.org': 'off' }));
    await waitFor(() => expect(toggle.checked).toBe(false));
    expect(screen.getByText('Off for this site.')).toBeTruthy();
    fireEvent.click(toggle);
    await waitFor(() => expect(fake.settings().sites).toEqual({}));
    await waitFor(() => expect(toggle.checked).toBe(true));
  });

  it('offers "show anyway" on a page that was not detected', async () => {
    const fake = fakeHost(
      page({ relevance: { relevant: false, score: 0.5, reasons: [] }, active: false, terms: [] }),
    );
    render(<Popup host={fake.host} />);
    const toggle = (await screen.findByRole('switch', {
      name: 'Not detected as a North Korea page — show anyway on this site nknews.org',
    })) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    await waitFor(() => expect(fake.settings().sites).toEqual({ 'nknews.org': 'on' }));
    await waitFor(() => expect(toggle.checked).toBe(true));
  });

  it('is disabled, with a way to Options, while the extension is off everywhere', async () => {
    const fake = fakeHost(page(), { ...defaultSettings(), mode: 'off' });
    render(<Popup host={fake.host} />);
    const toggle = (await screen.findByRole('switch')) as HTMLInputElement;
    expect(toggle.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Open Options' }));
    expect(fake.host.openOptions).toHaveBeenCalled();
  });

  it('says so where no content script answers', async () => {
    render(<Popup host={fakeHost(null).host} />);
    expect(await screen.findByText(/cannot run on this page/)).toBeTruthy();
    expect(screen.queryByRole('switch')).toBeNull();
  });
});

describe('search', () => {
  it('is a search box, focused on open', async () => {
    render(<Popup host={fakeHost(page()).host} />);
    const box = searchBox();
    expect(box.type).toBe('search');
    await waitFor(() => expect(document.activeElement).toBe(box));
  });

  it('shows results as the user types, best first, with the matched parts marked', async () => {
    render(<Popup host={fakeHost(page()).host} />);
    type('nose ring bull');
    const [first] = options();
    expect(first?.textContent).toContain('a bull with a ring through its nose');
    expect([...first!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['bull', 'ring', 'nose']);
    expect(first!.getAttribute('aria-selected')).toBe('true');
  });

  it('finds by Hangul alias and says where it matched', async () => {
    render(<Popup host={fakeHost(page()).host} />);
    await screen.findByRole('switch');
    type('장마당에서');
    const first = options()[0]!;
    expect(within(first).getByText('jangmadang')).toBeTruthy();
    expect(first.textContent).toContain('Also:');
    expect(first.querySelector('mark')?.textContent).toBe('장마당');
    expect(first.textContent).toContain('2 on this page');
  });

  it('says when nothing matches', async () => {
    render(<Popup host={fakeHost(page()).host} />);
    type('zzzzqqq');
    expect(screen.getByText('No glossary term matches “zzzzqqq”.')).toBeTruthy();
  });

  it('moves with the arrow keys, opens with Enter, goes back with Escape', async () => {
    render(<Popup host={fakeHost(page()).host} />);
    type('party');
    const box = searchBox();
    const second = options()[1]!;
    key('ArrowDown');
    expect(box.getAttribute('aria-activedescendant')).toBe(second.id);
    expect(second.getAttribute('aria-selected')).toBe('true');
    key('ArrowUp');
    key('ArrowUp');
    expect(box.getAttribute('aria-activedescendant')).toBe(options().at(-1)!.id);
    key('ArrowDown');
    key('ArrowDown');
    const label = second.querySelector('.option__label')!.textContent!;
    key('Enter');
    const heading = await screen.findByRole('heading', { level: 2, name: label });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getAllByText(/Read it in Daily NK/).length).toBeGreaterThan(0);
    key('Escape', heading);
    await waitFor(() => expect(document.activeElement).toBe(searchBox()));
    expect(searchBox().value).toBe('party');
    expect(options()[1]!.getAttribute('aria-selected')).toBe('true');
    key('Escape');
    expect(searchBox().value).toBe('');
  });

  it('opens a result with a click, and offers to show it on the page', async () => {
    const fake = fakeHost(page());
    render(<Popup host={fake.host} />);
    type('jangmadang');
    fireEvent.click(options()[0]!);
    fireEvent.click(await screen.findByRole('button', { name: 'Show on the page (2)' }));
    await waitFor(() => expect(fake.host.revealTerm).toHaveBeenCalledWith('jangmadang'));
    fireEvent.click(screen.getByRole('button', { name: '← Search results' }));
    expect(options()[0]!.textContent).toContain('jangmadang');
  });

  it('starts with a query from the address or a lookup', async () => {
    const fake = fakeHost(page());
    render(<Popup host={fake.host} initialQuery="songbun" />);
    expect(searchBox().value).toBe('songbun');
    expect(options()[0]!.textContent).toContain('songbun');
    fake.lookup('Women’s Union');
    expect(searchBox().value).toBe('Women’s Union');
    expect(options()[0]!.textContent).toContain("Women's Union");
  });
});

describe('on this page', () => {
  it('lists the terms found with their counts; choosing one reveals it', async () => {
    const fake = fakeHost(page());
    render(<Popup host={fake.host} />);
    await waitFor(() => expect(options()).toHaveLength(3));
    expect(options().map((o) => o.textContent)).toEqual(['Party membership5', 'jangmadang2', 'chonghwa1']);
    fireEvent.click(options()[1]!);
    await waitFor(() => expect(fake.host.revealTerm).toHaveBeenCalledWith('jangmadang'));
    key('ArrowDown');
    key('ArrowDown');
    key('Enter');
    await waitFor(() => expect(fake.host.revealTerm).toHaveBeenLastCalledWith('chonghwa'));
  });

  it('follows the page when it reports again', async () => {
    const fake = fakeHost(page());
    render(<Popup host={fake.host} />);
    await waitFor(() => expect(options()).toHaveLength(3));
    fake.report(page({ terms: [{ id: 'donju', count: 4 }] }));
    await waitFor(() => expect(options().map((o) => o.textContent)).toEqual(['donju4']));
  });

  it('explains a page that was not detected, with the classifier’s reasons', async () => {
    render(
      <Popup
        host={
          fakeHost(
            page({
              relevance: { relevant: false, score: 0.5, reasons: ['"Pyongyang" once in body'] },
              active: false,
              why: 'Not detected as a page about North Korea.',
              terms: [],
            }),
          ).host
        }
      />,
    );
    expect(await screen.findByText('Not detected as a North Korea page.')).toBeTruthy();
    expect(screen.getByText('"Pyongyang" once in body')).toBeTruthy();
    expect(screen.getByText(/score 0\.5/)).toBeTruthy();
  });

  it('says plainly when a detected page has no terms, or the site is off', async () => {
    render(<Popup host={fakeHost(page({ terms: [] })).host} />);
    expect(await screen.findByText('No glossary terms found on this page.')).toBeTruthy();
    cleanup();
    render(
      <Popup host={fakeHost(page({ terms: [], active: false, why: 'Switched off on nknews.org.' })).host} />,
    );
    expect(await screen.findByText('Switched off on nknews.org.')).toBeTruthy();
  });
});

describe('Highlight', () => {
  it('renders text as text, never as markup', () => {
    const { container } = render(<Highlight value={{ text: '<b>x</b> & y', ranges: [[3, 4]] }} />);
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('<b>x</b> & y');
    expect(container.querySelector('mark')?.textContent).toBe('x');
  });
});
