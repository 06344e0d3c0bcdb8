import { describe, expect, test } from 'vitest';
import {
  HIGHLIGHT_NAMES,
  MarkPainter,
  highlightsSupported,
} from '../../../entrypoints/content/highlights.ts';

/** The two parts of the Highlight API the painter uses: a registry (maplike) and Highlight (setlike). */
class FakeHighlight extends Set<Range> {
  priority = 0;
}
function fakeWindow() {
  const registry = new Map<string, FakeHighlight>();
  const win = { CSS: { highlights: registry }, Highlight: FakeHighlight } as unknown as Window &
    typeof globalThis;
  return { win, registry };
}
const range = (n: number) => ({ n }) as unknown as Range;
const sizes = (registry: Map<string, FakeHighlight>) =>
  Object.fromEntries([...registry].map(([name, h]) => [name, h.size]));

describe('MarkPainter', () => {
  test('registers every mark under the name of the chosen style, and only that one', () => {
    const { win, registry } = fakeWindow();
    const painter = new MarkPainter(win);
    painter.paint([range(1), range(2)], 'underline');
    expect(sizes(registry)).toEqual({ [HIGHLIGHT_NAMES.underline]: 2 });
    painter.paint([range(1), range(2), range(3)], 'background');
    expect(sizes(registry)).toEqual({ [HIGHLIGHT_NAMES.background]: 3 });
    painter.paint([range(1)], 'off');
    expect(sizes(registry)).toEqual({});
  });

  test('puts its marks back when a page script cleared the shared registry', () => {
    const { win, registry } = fakeWindow();
    const painter = new MarkPainter(win);
    painter.paint([range(1)], 'underline');
    registry.clear();
    painter.paint([range(1), range(2)], 'underline');
    expect(sizes(registry)).toEqual({ [HIGHLIGHT_NAMES.underline]: 2 });
  });

  test('a repaint changes only what differs, and leaves a registry entry that is still ours alone', () => {
    const { win, registry } = fakeWindow();
    const painter = new MarkPainter(win);
    const [a, b, c] = [range(1), range(2), range(3)];
    painter.paint([a, b], 'underline');
    const highlight = registry.get(HIGHLIGHT_NAMES.underline)!;
    const changes: string[] = [];
    const add = highlight.add.bind(highlight);
    const remove = highlight.delete.bind(highlight);
    highlight.add = (r: Range) => (changes.push(`+${(r as unknown as { n: number }).n}`), add(r));
    highlight.delete = (r: Range) => (changes.push(`-${(r as unknown as { n: number }).n}`), remove(r));
    let sets = 0;
    const set = registry.set.bind(registry);
    registry.set = (name, h) => (sets++, set(name, h));
    painter.paint([a, b], 'underline');
    expect(changes).toEqual([]);
    expect(sets).toBe(0);
    painter.paint([b, c], 'underline');
    expect(changes).toEqual(['-1', '+3']);
    expect([...highlight]).toEqual([b, c]);
    expect(sets).toBe(0);
  });

  test('paints the open term above the others, and clear removes everything of ours', () => {
    const { win, registry } = fakeWindow();
    registry.set('page-own-highlight', new FakeHighlight());
    const painter = new MarkPainter(win);
    painter.paint([range(1), range(2)], 'underline');
    painter.setActive(range(2));
    expect(registry.get(HIGHLIGHT_NAMES.active)?.size).toBe(1);
    expect(registry.get(HIGHLIGHT_NAMES.active)?.priority).toBeGreaterThan(
      registry.get(HIGHLIGHT_NAMES.underline)!.priority,
    );
    painter.setActive(null);
    expect(registry.has(HIGHLIGHT_NAMES.active)).toBe(false);
    painter.setActive(range(1));
    painter.clear();
    expect([...registry.keys()]).toEqual(['page-own-highlight']);
  });

  test('without the API it paints nothing and throws nothing', () => {
    const win = { CSS: {} } as unknown as Window & typeof globalThis;
    expect(highlightsSupported(win)).toBe(false);
    const painter = new MarkPainter(win);
    expect(painter.supported).toBe(false);
    painter.paint([range(1)], 'underline');
    painter.setActive(range(1));
    painter.clear();
  });
});
