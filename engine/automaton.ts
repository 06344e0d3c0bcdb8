/**
 * Aho–Corasick automaton over normalised UTF-16 units, built once for a set of patterns.
 *
 * Units that occur in some pattern get a class. Classes of the scripts that make up most of the
 * text around our aliases (units below U+1100: Latin, Greek, Cyrillic… and two special classes)
 * are "dense": their transitions are precomputed for every state (a DFA row per state), so a step
 * is a single array read with no failure loop. Other classes (Hangul, CJK) are "sparse": their
 * transitions live in a double array (`base[state] + class`, valid when `check` names the state),
 * followed by failure links, which keeps memory proportional to the patterns' length however many
 * Hangul syllables they use.
 *
 * Dense rows hold state numbers, as 16-bit integers while there are fewer than 65,536 states: the
 * table is read once per character, and the smaller it is the more of it stays in the CPU cache.
 *
 * Two dense classes carry the normaliser's rules so that the matcher needs no branch for them:
 *   - CLASS_DROPPED (characters the normaliser removes) leaves the state unchanged;
 *   - CLASS_SPACE after a space leaves the state unchanged (a run of white space is one space).
 * States are numbered so that the ones where some pattern ends come last: "is there a match
 * here?" is one comparison.
 */
export const CLASS_NONE = 0;
export const CLASS_SPACE = 1;
export const CLASS_DROPPED = 2;
const FIRST_PATTERN_CLASS = 3;
/** Units below this are dense classes (when there are not too many of them). */
const DENSE_UNIT_LIMIT = 0x1100;
const MAX_DENSE_WIDTH = 256;
const MAX_SHORT_STATES = 0x10000;

export interface Automaton {
  /** Class of a normalised unit: CLASS_NONE for units no pattern contains, CLASS_SPACE for ' '. */
  classOf: Uint16Array;
  /** Dense classes are `< denseWidth`. */
  denseWidth: number;
  /** Dense transitions: `delta[state * denseWidth + cls]` is the next state. */
  delta: Uint16Array | Uint32Array;
  /** States from this one on are those where some pattern ends. */
  reportState: number;
  /** Sparse transitions: slot `base[state] + (cls - denseWidth)` when `check[slot] === state`. */
  base: Int32Array;
  check: Int32Array;
  slotState: Int32Array;
  fail: Int32Array;
  /** Index of the pattern that ends exactly at a state, or -1. */
  output: Int32Array;
  /** Nearest state on the failure chain (not itself) where a pattern ends, or -1. */
  outputLink: Int32Array;
  patternLength: Int32Array;
}

function assignClasses(patterns: readonly string[]): {
  classOf: Uint16Array;
  denseWidth: number;
  classCount: number;
} {
  const units = new Set<number>();
  for (const pattern of patterns) for (let k = 0; k < pattern.length; k++) units.add(pattern.charCodeAt(k));
  units.delete(32);
  const sorted = [...units].sort((a, b) => a - b);
  const dense = sorted.filter((u) => u < DENSE_UNIT_LIMIT).slice(0, MAX_DENSE_WIDTH - FIRST_PATTERN_CLASS);
  const denseSet = new Set(dense);
  const denseWidth = FIRST_PATTERN_CLASS + dense.length;
  const classOf = new Uint16Array(65536);
  classOf[32] = CLASS_SPACE;
  dense.forEach((unit, k) => (classOf[unit] = FIRST_PATTERN_CLASS + k));
  let next = denseWidth;
  for (const unit of sorted) if (!denseSet.has(unit)) classOf[unit] = next++;
  if (next > 0xfff0) throw new Error('too many distinct characters in the patterns');
  return { classOf, denseWidth, classCount: next };
}

/**
 * The trie of the patterns in flat arrays (first child, next sibling): building it and walking it
 * must be cheap even before the JIT has warmed up, since the content script builds it on load.
 */
interface Trie {
  count: number;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  /** Class of the edge into the node. */
  incoming: Uint16Array;
  /** Pattern ending at the node, or -1. */
  pattern: Int32Array;
  /** The root's children by class, for constant-time lookups where most lookups happen. */
  rootChild: Int32Array;
}

function childOf(trie: Trie, node: number, cls: number): number {
  if (node === 0) return trie.rootChild[cls]!;
  for (let child = trie.firstChild[node]!; child !== -1; child = trie.nextSibling[child]!) {
    if (trie.incoming[child] === cls) return child;
  }
  return -1;
}

function buildTrie(patterns: readonly string[], classOf: Uint16Array, classCount: number): Trie {
  let capacity = 1;
  for (const pattern of patterns) capacity += pattern.length;
  const trie: Trie = {
    count: 1,
    firstChild: new Int32Array(capacity).fill(-1),
    nextSibling: new Int32Array(capacity).fill(-1),
    incoming: new Uint16Array(capacity),
    pattern: new Int32Array(capacity).fill(-1),
    rootChild: new Int32Array(classCount).fill(-1),
  };
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) throw new Error(`pattern ${index} is empty`);
    let node = 0;
    for (let k = 0; k < pattern.length; k++) {
      const cls = classOf[pattern.charCodeAt(k)]!;
      let next = childOf(trie, node, cls);
      if (next === -1) {
        next = trie.count++;
        trie.incoming[next] = cls;
        trie.nextSibling[next] = trie.firstChild[node]!;
        trie.firstChild[node] = next;
        if (node === 0) trie.rootChild[cls] = next;
      }
      node = next;
    }
    if (trie.pattern[node] !== -1) throw new Error(`pattern ${index} is a duplicate`);
    trie.pattern[node] = index;
  });
  return trie;
}

/** Builds the automaton for distinct, non-empty patterns (indices are kept as pattern ids). */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const { classOf, denseWidth, classCount } = assignClasses(patterns);
  const trie = buildTrie(patterns, classOf, classCount);
  const { count, firstChild, nextSibling, incoming } = trie;

  // Failure links and output links, breadth first (a node's failure target is shallower).
  const order = new Int32Array(count);
  let queued = 1;
  const oldFail = new Int32Array(count);
  const oldOutputLink = new Int32Array(count).fill(-1);
  for (let head = 0; head < queued; head++) {
    const node = order[head]!;
    for (let child = firstChild[node]!; child !== -1; child = nextSibling[child]!) {
      let target = 0;
      if (node !== 0) {
        for (let f = oldFail[node]!; ; f = oldFail[f]!) {
          const next = childOf(trie, f, incoming[child]!);
          if (next !== -1) {
            target = next;
            break;
          }
          if (f === 0) break;
        }
      }
      oldFail[child] = target;
      oldOutputLink[child] = trie.pattern[target] !== -1 ? target : oldOutputLink[target]!;
      order[queued++] = child;
    }
  }

  // Number states so that reporting ones come last, keeping breadth-first order within each part.
  const idOf = new Int32Array(count);
  let nextId = 0;
  const reports = (node: number): boolean => trie.pattern[node] !== -1 || oldOutputLink[node] !== -1;
  for (let k = 0; k < count; k++) if (!reports(order[k]!)) idOf[order[k]!] = nextId++;
  const reportState = nextId;
  for (let k = 0; k < count; k++) if (reports(order[k]!)) idOf[order[k]!] = nextId++;

  const fail = new Int32Array(count);
  const output = new Int32Array(count).fill(-1);
  const outputLink = new Int32Array(count).fill(-1);
  for (let node = 0; node < count; node++) {
    const id = idOf[node]!;
    fail[id] = idOf[oldFail[node]!]!;
    output[id] = trie.pattern[node]!;
    const link = oldOutputLink[node]!;
    outputLink[id] = link === -1 ? -1 : idOf[link]!;
  }

  const size = count * denseWidth;
  const delta = count <= MAX_SHORT_STATES ? new Uint16Array(size) : new Uint32Array(size);
  const sparseEdges: number[] = []; // (state, sparse class, child state) triples
  for (let k = 0; k < count; k++) {
    const node = order[k]!;
    const state = idOf[node]!;
    const row = state * denseWidth;
    const failRow = idOf[oldFail[node]!]! * denseWidth;
    // Where the state has no edge, it goes where its failure state goes (already filled in).
    if (node !== 0) delta.copyWithin(row, failRow, failRow + denseWidth);
    for (let child = firstChild[node]!; child !== -1; child = nextSibling[child]!) {
      const cls = incoming[child]!;
      if (cls < denseWidth) delta[row + cls] = idOf[child]!;
      else sparseEdges.push(state, cls - denseWidth, idOf[child]!);
    }
    delta[row + CLASS_DROPPED] = state;
    if (incoming[node] === CLASS_SPACE) delta[row + CLASS_SPACE] = state;
  }
  const { base, check, slotState } = layOutSparse(count, sparseEdges);

  return {
    classOf,
    denseWidth,
    delta,
    reportState,
    base,
    check,
    slotState,
    fail,
    output,
    outputLink,
    patternLength: Int32Array.from(patterns, (p) => p.length),
  };
}

/**
 * Places each state's sparse children at `base[state] + class` so that no two share a slot.
 * `check[slot]` names the parent; lookups never read past the end of the arrays. `edges` holds
 * (state, class, child) triples, grouped by state.
 */
function layOutSparse(
  stateCount: number,
  edges: readonly number[],
): { base: Int32Array; check: Int32Array; slotState: Int32Array } {
  let maxClass = 0;
  for (let e = 1; e < edges.length; e += 3) maxClass = Math.max(maxClass, edges[e]!);
  let capacity = 64;
  let used = new Uint8Array(capacity);
  let check = new Int32Array(capacity).fill(-1);
  let slotState = new Int32Array(capacity);
  const base = new Int32Array(stateCount);
  let firstFree = 0;
  let highest = 0;
  const grow = (needed: number): void => {
    if (needed < capacity) return;
    const next = Math.max(needed + 1, capacity * 2);
    const grownUsed = new Uint8Array(next);
    grownUsed.set(used);
    used = grownUsed;
    const grownCheck = new Int32Array(next).fill(-1);
    grownCheck.set(check);
    check = grownCheck;
    const grownSlotState = new Int32Array(next);
    grownSlotState.set(slotState);
    slotState = grownSlotState;
    capacity = next;
  };
  for (let from = 0; from < edges.length;) {
    // One state's edges: [from, to).
    const state = edges[from]!;
    let to = from;
    let firstClass = Infinity;
    while (to < edges.length && edges[to] === state) {
      firstClass = Math.min(firstClass, edges[to + 1]!);
      to += 3;
    }
    let position = Math.max(firstFree, firstClass);
    for (; ; position++) {
      if (position + maxClass + 1 >= capacity) grow(position + maxClass + 1);
      if (used[position]) continue;
      let fits = true;
      for (let e = from; e < to && fits; e += 3) fits = !used[position - firstClass + edges[e + 1]!];
      if (fits) break;
    }
    const b = position - firstClass;
    // A state without sparse children keeps base 0: `check` never names it, so no transition.
    base[state] = b;
    for (let e = from; e < to; e += 3) {
      const slot = b + edges[e + 1]!;
      used[slot] = 1;
      check[slot] = state;
      slotState[slot] = edges[e + 2]!;
      highest = Math.max(highest, slot);
    }
    while (firstFree < capacity && used[firstFree]) firstFree++;
    from = to;
  }
  const size = highest + maxClass + 2;
  grow(size);
  return { base, check: check.slice(0, size), slotState: slotState.slice(0, size) };
}

/** The state after reading a unit of class `cls` in `state` (any class, dense or sparse). */
export function step(automaton: Automaton, state: number, cls: number): number {
  const { denseWidth } = automaton;
  if (cls < denseWidth) return automaton.delta[state * denseWidth + cls]!;
  const { base, check, slotState, fail } = automaton;
  const sparse = cls - denseWidth;
  let s = state;
  for (;;) {
    const slot = base[s]! + sparse;
    if (check[slot] === s) return slotState[slot]!;
    if (s === 0) return 0;
    s = fail[s]!;
  }
}
