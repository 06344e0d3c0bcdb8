import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Source, SourceId } from './model/source.ts';

/**
 * Node-only: the verification texts of the sources, for tests and tools. The extension never
 * imports this (it ships the quotes, not the articles).
 */
export const SOURCES_DIR = fileURLToPath(new URL('./sources/', import.meta.url));

export function readSourceText(source: Source): string {
  return readFileSync(new URL(`./sources/${source.textFile}`, import.meta.url), 'utf8');
}

/**
 * The texts of every source whose file exists. A missing file is left out rather than thrown, so
 * the validator can name the source that lacks one.
 */
export function readSourceTexts(sources: readonly Source[]): Record<SourceId, string> {
  const texts: Record<SourceId, string> = {};
  for (const source of sources) {
    try {
      texts[source.id] = readSourceText(source);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return texts;
}
