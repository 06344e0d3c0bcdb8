import type { Term } from '../glossary/model/term.ts';
import type { MatcherEntry } from './matcher.ts';

/** The matcher's entries for glossary terms: `aliases` ignore case, `caseSensitiveAliases` don't. */
export function entriesFromTerms(terms: readonly Term[]): MatcherEntry[] {
  const entries: MatcherEntry[] = [];
  for (const term of terms) {
    for (const alias of term.aliases) entries.push({ alias, termId: term.id });
    for (const alias of term.caseSensitiveAliases ?? []) {
      entries.push({ alias, termId: term.id, caseSensitive: true });
    }
  }
  return entries;
}
