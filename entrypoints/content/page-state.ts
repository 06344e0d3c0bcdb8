import type { PageState } from '../../messaging/protocol.ts';
import type { Activation } from './activation.ts';

/** Distinct terms with their number of occurrences, most frequent first (ties: by id, for a stable list). */
export function termCounts(termIds: Iterable<string>): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const id of termIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function pageState(
  page: { url: string; hostname: string; title: string },
  relevance: PageState['relevance'],
  activation: Activation,
  terms: { id: string; count: number }[],
): PageState {
  return {
    url: page.url,
    hostname: page.hostname,
    title: page.title,
    relevance,
    active: activation.active,
    why: activation.why,
    // An inactive page reports no terms: nothing is marked, and the badge should not count them.
    terms: activation.active ? terms : [],
  };
}
