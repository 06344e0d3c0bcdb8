import type { Settings } from '../../settings/model.ts';

/** What the options page needs from the browser; entrypoints/options/main.tsx builds it, tests fake it. */
export interface OptionsHost {
  getSettings(): Promise<Settings>;
  watchSettings(listener: (settings: Settings) => void): () => void;
  saveSettings(settings: Settings): Promise<void>;
  /** Offers a file to save (the exported settings). */
  download(fileName: string, text: string): void;
  now(): Date;
}
