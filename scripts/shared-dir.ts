/**
 * Where the read-only material shared by every checkout lives (the corpus of real pages, the
 * article the glossary comes from): `../shared` beside the repository, or `NK_SHARED_DIR` when it
 * is elsewhere (`.ci/run` sets it for a clone made away from the original). One definition for the
 * tests, the benchmarks and the evaluation tools.
 */
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

export const SHARED_DIR = process.env.NK_SHARED_DIR
  ? resolve(process.env.NK_SHARED_DIR)
  : resolve(ROOT, '../shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');
