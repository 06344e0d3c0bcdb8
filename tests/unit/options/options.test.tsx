// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../../components/options/Options.tsx';
import type { OptionsHost } from '../../../components/options/host.ts';
import { defaultSettings, type Settings } from '../../../settings/model.ts';
import { EXPORT_FORMAT, exportSettings } from '../../../settings/transfer.ts';

afterEach(cleanup);

function fakeHost(initial: Settings) {
  let settings = initial;
  const listeners = new Set<(s: Settings) => void>();
  const host = {
    getSettings: async () => settings,
    watchSettings: (l: (s: Settings) => void) => (listeners.add(l), () => listeners.delete(l)),
    saveSettings: vi.fn(async (next: Settings) => {
      settings = next;
      listeners.forEach((l) => l(next));
    }),
    download: vi.fn(),
    now: () => new Date('2026-03-04T05:06:07Z'),
  } satisfies OptionsHost;
  return {
    host,
    settings: () => settings,
    external: (s: Settings) => listeners.forEach((l) => l((settings = s))),
  };
}

const withSites: Settings = { ...defaultSettings(), sites: { 'nknews.org': 'off', 'example.com': 'on' } };

function choose(file: File) {
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('options page', () => {
  it('sets the detection mode, the mark style and first-occurrence-only', async () => {
    const fake = fakeHost(defaultSettings());
    render(<Options host={fake.host} />);
    expect(((await screen.findByRole('radio', { name: /Automatic/ })) as HTMLInputElement).checked).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('radio', { name: /Off everywhere/ }));
    await waitFor(() => expect(fake.settings().mode).toBe('off'));
    fireEvent.click(screen.getByRole('radio', { name: /Background/ }));
    await waitFor(() => expect(fake.settings().markStyle).toBe('background'));
    fireEvent.click(screen.getByRole('checkbox', { name: /first occurrence/ }));
    await waitFor(() => expect(fake.settings().firstOccurrenceOnly).toBe(true));
    expect(fake.settings()).toEqual({
      mode: 'off',
      sites: {},
      markStyle: 'background',
      firstOccurrenceOnly: true,
    });
  });

  it('lists the sites with their rule, and removes one', async () => {
    const fake = fakeHost(withSites);
    render(<Options host={fake.host} />);
    const rows = await screen.findAllByRole('row');
    expect(rows.slice(1).map((r) => r.textContent)).toEqual([
      'example.comOn, even if not detectedRemove',
      'nknews.orgOffRemove',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove nknews.org' }));
    await waitFor(() => expect(fake.settings().sites).toEqual({ 'example.com': 'on' }));
    expect(screen.queryByRole('button', { name: 'Remove nknews.org' })).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/Removed nknews\.org/);
  });

  it('shows changes made elsewhere (the popup) at once', async () => {
    const fake = fakeHost(defaultSettings());
    render(<Options host={fake.host} />);
    expect(await screen.findByText(/No site rules yet/)).toBeTruthy();
    fake.external(withSites);
    expect(await screen.findByRole('button', { name: 'Remove example.com' })).toBeTruthy();
  });

  it('exports the settings as a JSON file', async () => {
    const fake = fakeHost(withSites);
    render(<Options host={fake.host} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export settings' }));
    expect(fake.host.download).toHaveBeenCalledWith(
      'nk-context-settings-2026-03-04.json',
      exportSettings(withSites, new Date('2026-03-04T05:06:07Z')),
    );
  });

  it('imports an exported file', async () => {
    const fake = fakeHost(defaultSettings());
    render(<Options host={fake.host} />);
    await screen.findByRole('button', { name: 'Export settings' });
    choose(new File([exportSettings(withSites, new Date())], 'mine.json', { type: 'application/json' }));
    await waitFor(() => expect(fake.settings()).toEqual(withSites));
    expect(screen.getByRole('status').textContent).toBe('Imported “mine.json”: 2 sites, mode automatic.');
  });

  it('refuses a malformed or foreign file with a clear message, and changes nothing', async () => {
    const fake = fakeHost(withSites);
    render(<Options host={fake.host} />);
    await screen.findByRole('button', { name: 'Export settings' });
    choose(new File(['{"format": "nk-context-settings", "version": '], 'broken.json'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      '“broken.json”: This file is not valid JSON, so it cannot be NK Context settings. Nothing was changed.',
    );
    choose(new File([JSON.stringify({ format: 'other', version: 1 })], 'other.json'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(
        /“other\.json”: This is not an NK Context settings file/,
      ),
    );
    choose(
      new File(
        [
          JSON.stringify({
            format: EXPORT_FORMAT,
            version: 2,
            settings: { ...withSites, markStyle: 'glow' },
          }),
        ],
        'bad.json',
      ),
    );
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/damaged: mark style must be one of/),
    );
    expect(fake.host.saveSettings).not.toHaveBeenCalled();
    expect(fake.settings()).toEqual(withSites);
  });
});
