/**
 * The matches of a live page, kept in document order as the page changes, without sorting the
 * whole list again: each text block's matches are a group, placed by the block's first text node.
 * Updates find their place by binary search (a few `compareDocumentPosition` calls each), which
 * keeps a batch of changes cheap on a page with thousands of matches.
 */
import type { TermMatch } from './scanner.ts';

export interface MatchGroup {
  /** The block element whose text this is. */
  element: Element;
  /** The text block's first text node: where the group sits in the page. */
  first: Text;
  matches: TermMatch[];
}

const DOCUMENT_POSITION_FOLLOWING = 4;

/** Is `a` before `b` in document order (and not inside it)? */
function before(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING) !== 0 && !a.contains(b);
}

export class OrderedGroups {
  private groups: MatchGroup[] = [];
  private readonly byElement = new Map<Element, MatchGroup[]>();

  get size(): number {
    return this.groups.length;
  }

  clear(): void {
    this.groups = [];
    this.byElement.clear();
  }

  /** Every match, in document order. */
  matches(): TermMatch[] {
    return this.groups.flatMap((group) => group.matches);
  }

  /**
   * Drops groups whose text left the document or `root`, and those inside `moved` nodes (still in
   * the page, but somewhere else: they are out of order now, and will be scanned where they are).
   */
  dropDetached(root: Element, moved: readonly Node[]): void {
    const wholeDocument = root === root.ownerDocument.documentElement;
    const relocated = moved.filter((node) => node.isConnected);
    const kept = this.groups.filter(
      (group) =>
        group.first.isConnected &&
        group.element.isConnected &&
        (wholeDocument || root.contains(group.first)) &&
        !relocated.some((node) => node === group.first || node.contains(group.first)),
    );
    if (kept.length !== this.groups.length) this.rebuild(kept);
  }

  /** Drops the groups of `element`'s own text (not those of the blocks inside it). */
  dropOwn(element: Element): void {
    const own = this.byElement.get(element);
    if (!own) return;
    this.byElement.delete(element);
    const dropped = new Set(own);
    this.groups = this.groups.filter((group) => !dropped.has(group));
  }

  /** Drops every group inside `element`: a contiguous run, found by binary search. */
  dropInside(element: Element): void {
    const start = this.lowerBound(element);
    let end = start;
    while (end < this.groups.length && element.contains(this.groups[end]!.first)) end++;
    if (end === start) return;
    for (const group of this.groups.splice(start, end - start)) this.forgetElement(group);
  }

  /** Adds the groups found inside `element` (after `dropInside(element)`), in document order. */
  insertRun(element: Element, run: readonly MatchGroup[]): void {
    if (run.length === 0) return;
    this.groups.splice(this.lowerBound(element), 0, ...run);
    for (const group of run) this.remember(group);
  }

  /** Adds groups one by one, each in its place. */
  insertEach(groups: readonly MatchGroup[]): void {
    for (const group of groups) {
      this.groups.splice(this.lowerBound(group.first), 0, group);
      this.remember(group);
    }
  }

  /** Replaces everything with `groups`, already in document order (a full scan). */
  replaceAll(groups: readonly MatchGroup[]): void {
    this.rebuild([...groups]);
  }

  /** Index of the first group that is not before `node` (inside it or after it). */
  private lowerBound(node: Node): number {
    let low = 0;
    let high = this.groups.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (before(this.groups[mid]!.first, node)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private rebuild(groups: MatchGroup[]): void {
    this.groups = groups;
    this.byElement.clear();
    for (const group of groups) this.remember(group);
  }

  private remember(group: MatchGroup): void {
    const list = this.byElement.get(group.element);
    if (list) list.push(group);
    else this.byElement.set(group.element, [group]);
  }

  private forgetElement(group: MatchGroup): void {
    const list = this.byElement.get(group.element);
    if (!list) return;
    const rest = list.filter((g) => g !== group);
    if (rest.length > 0) this.byElement.set(group.element, rest);
    else this.byElement.delete(group.element);
  }
}
