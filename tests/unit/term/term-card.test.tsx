// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { formatCitation } from '../../../glossary/citation.ts';
import { TermBrowser } from '../../../components/term/TermBrowser.tsx';
import { TermCard } from '../../../components/term/TermCard.tsx';
import { fixturePack } from './fixture-pack.ts';

afterEach(cleanup);

const claim = fixturePack.claims[0]!;
const quote = claim.quotes[0]!;

describe('TermCard', () => {
  test('shows the term, its kind, definition and the basis of the definition', () => {
    render(<TermCard pack={fixturePack} termId="chonghwa" onOpenTerm={() => {}} />);
    expect(screen.getByRole('heading', { level: 2, name: 'chonghwa' })).toBeTruthy();
    expect(screen.getByText('Practice')).toBeTruthy();
    expect(screen.getByText('Weekly self-criticism sessions held by Party organisations.')).toBeTruthy();
    expect(screen.getByText(/from the article and general reference knowledge/)).toBeTruthy();
    // In the article: no "not in the article" note.
    expect(screen.queryByText(/Not in the article/)).toBeNull();
  });

  test('quotes verbatim (white space collapsed), with speaker line and the testimony date', () => {
    render(<TermCard pack={fixturePack} termId="chonghwa" onOpenTerm={() => {}} />);
    const blockquote = document.querySelector('blockquote')!;
    expect(blockquote.textContent).toBe(
      'men who are Party members have their movements restricted due to weekly Party chonghwa (self-criticism sessions)',
    );
    expect(screen.getByText('Kim Ok Hui — Party member from 1998, defected 2009')).toBeTruthy();
    expect(screen.getByText(/Testimony given in 2016, about the 2000s/)).toBeTruthy();
  });

  test('links to the passage in the source, in a new tab without opener or referrer', () => {
    render(<TermCard pack={fixturePack} termId="chonghwa" onOpenTerm={() => {}} />);
    const link = screen.getByRole('link', { name: /Read it in Daily NK/ });
    expect(link.getAttribute('href')).toBe(quote.link);
    expect(link.getAttribute('href')).toContain('#:~:text=');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
  });

  test('copies the quote with its citation and announces it', async () => {
    const copyText = vi.fn(async () => {});
    const onAnnounce = vi.fn();
    render(
      <TermCard
        pack={fixturePack}
        termId="chonghwa"
        onOpenTerm={() => {}}
        copyText={copyText}
        onAnnounce={onAnnounce}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy quote with citation' }));
    await waitFor(() => expect(screen.getByText('Copied')).toBeTruthy());
    expect(copyText).toHaveBeenCalledWith(formatCitation(quote, claim, fixturePack), expect.anything());
    expect(onAnnounce).toHaveBeenCalledWith('Quote copied with its citation.');
  });

  test('says so when copying fails', async () => {
    const copyText = vi.fn(async () => {
      throw new Error('denied');
    });
    render(<TermCard pack={fixturePack} termId="chonghwa" onOpenTerm={() => {}} copyText={copyText} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy quote with citation' }));
    await waitFor(() => expect(screen.getByText('Copy failed')).toBeTruthy());
  });

  test('lists related terms that exist, and reports the one chosen', () => {
    const onOpenTerm = vi.fn();
    render(<TermCard pack={fixturePack} termId="chonghwa" onOpenTerm={onOpenTerm} />);
    const related = screen
      .getAllByRole('listitem')
      .filter((li) => li.querySelector('button.nk-term__related-button'));
    // `missing-term` is not in the pack, so it is left out rather than shown as a dead button.
    expect(related.map((li) => li.textContent)).toEqual(['saenghwal chonghwa']);
    fireEvent.click(screen.getByRole('button', { name: 'saenghwal chonghwa' }));
    expect(onOpenTerm).toHaveBeenCalledWith('saenghwal-chonghwa');
  });

  test('marks a term the article does not use, and says when there is no claim', () => {
    render(<TermCard pack={fixturePack} termId="saenghwal-chonghwa" onOpenTerm={() => {}} />);
    expect(screen.getByText(/Not in the article/)).toBeTruthy();
    expect(screen.getByText('The article makes no claim about this term.')).toBeTruthy();
  });

  test('renders glossary text as text, never as markup', () => {
    const hostile = structuredClone(fixturePack);
    hostile.terms[0]!.definition = '<img src=x onerror="alert(1)"><b>bold</b>';
    const { container } = render(<TermCard pack={hostile} termId="chonghwa" onOpenTerm={() => {}} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)"><b>bold</b>')).toBeTruthy();
  });

  test('says so for an id the glossary does not have', () => {
    render(<TermCard pack={fixturePack} termId="nope" onOpenTerm={() => {}} />);
    expect(screen.getByText('This term is not in the glossary.')).toBeTruthy();
  });
});

describe('TermBrowser', () => {
  test('opens related terms in place, with a way back, moving focus to the new heading', async () => {
    const onTermChange = vi.fn();
    render(<TermBrowser pack={fixturePack} termId="chonghwa" onTermChange={onTermChange} />);
    expect(screen.queryByRole('button', { name: /Back to/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'saenghwal chonghwa' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'saenghwal chonghwa' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(onTermChange).toHaveBeenLastCalledWith('saenghwal-chonghwa');

    fireEvent.click(screen.getByRole('button', { name: '← Back to chonghwa' }));
    const back = await screen.findByRole('heading', { level: 2, name: 'chonghwa' });
    await waitFor(() => expect(document.activeElement).toBe(back));
    expect(screen.queryByRole('button', { name: /Back to/ })).toBeNull();
  });

  test('starts a fresh history when given another term', async () => {
    const { rerender } = render(<TermBrowser pack={fixturePack} termId="chonghwa" />);
    fireEvent.click(screen.getByRole('button', { name: 'saenghwal chonghwa' }));
    await screen.findByRole('button', { name: /Back to/ });
    rerender(<TermBrowser pack={fixturePack} termId="saenghwal-chonghwa" />);
    expect(screen.getByRole('heading', { level: 2, name: 'saenghwal chonghwa' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Back to/ })).toBeNull();
  });
});

describe('TermCard with the shipped pack', async () => {
  const { pack, claimsForTerm } = await import('../../../glossary/pack.ts');

  test.each(pack.terms.map((t) => [t.id]))('%s: every claim and quote of the term is shown', (termId) => {
    const { container } = render(<TermCard termId={termId} onOpenTerm={() => {}} />);
    const claims = claimsForTerm(termId);
    expect(container.querySelectorAll('.nk-term__claim')).toHaveLength(claims.length);
    const links = [...container.querySelectorAll('blockquote')].map((q) => q.getAttribute('cite'));
    expect(links).toEqual(claims.flatMap((c) => c.quotes.map((q) => q.link)));
    cleanup();
  });
});
