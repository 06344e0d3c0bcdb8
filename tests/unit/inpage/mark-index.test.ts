// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import {
  MarkIndex,
  firstOccurrences,
  rectsContain,
  stepIndex,
  textNodesOf,
  type PageMark,
} from '../../../entrypoints/content/mark-index.ts';

function markOf(termId: string, start: [Node, number], end: [Node, number]): PageMark {
  const range = document.createRange();
  range.setStart(...start);
  range.setEnd(...end);
  return { termId, range, text: range.toString() };
}

let p: HTMLParagraphElement;
beforeEach(() => {
  document.body.innerHTML = '';
  p = document.createElement('p');
  p.append(
    'The Party held ',
    Object.assign(document.createElement('em'), { textContent: 'chong' }),
    'hwa and the Party met.',
  );
  document.body.append(p);
});

describe('MarkIndex', () => {
  test('orders marks as they appear in the document, whatever order they come in', () => {
    const [t1, em, t3] = [...p.childNodes] as [Text, HTMLElement, Text];
    const late = markOf('party', [t3, 12], [t3, 17]);
    const early = markOf('party', [t1, 4], [t1, 9]);
    const split = markOf('chonghwa', [em.firstChild!, 0], [t3, 3]);
    const index = new MarkIndex([late, split, early]);
    expect(index.ordered.map((m) => m.text)).toEqual(['Party', 'chonghwa', 'Party']);
  });

  test('finds the marks at a text position, including a term split across elements', () => {
    const [t1, em, t3] = [...p.childNodes] as [Text, HTMLElement, Text];
    const party = markOf('party', [t1, 4], [t1, 9]);
    const split = markOf('chonghwa', [em.firstChild!, 0], [t3, 3]);
    const index = new MarkIndex([party, split]);
    expect(index.at(t1, 6)).toEqual([party]);
    expect(index.at(t1, 12)).toEqual([]);
    expect(index.at(em.firstChild!, 2)).toEqual([split]);
    expect(index.at(t3, 1)).toEqual([split]);
    expect(index.at(t3, 10)).toEqual([]);
  });

  test('textNodesOf lists exactly the covered text nodes', () => {
    const [t1, em, t3] = [...p.childNodes] as [Text, HTMLElement, Text];
    expect(textNodesOf(markOf('x', [t1, 0], [t1, 3]).range)).toEqual([t1]);
    expect(textNodesOf(markOf('x', [em.firstChild!, 0], [t3, 3]).range)).toEqual([em.firstChild, t3]);
  });
});

test('firstOccurrences keeps the first mark of each term', () => {
  const m = (termId: string, text: string) => ({ termId, text, range: document.createRange() });
  const marks = [m('a', '1'), m('b', '2'), m('a', '3'), m('c', '4'), m('b', '5')];
  expect(firstOccurrences(marks).map((x) => x.text)).toEqual(['1', '2', '4']);
});

describe('stepIndex', () => {
  test('moves from the current mark and wraps at the ends', () => {
    expect(stepIndex(3, 0, 'next', () => 0)).toEqual({ index: 1, wrapped: false });
    expect(stepIndex(3, 2, 'next', () => 0)).toEqual({ index: 0, wrapped: true });
    expect(stepIndex(3, 0, 'previous', () => 0)).toEqual({ index: 2, wrapped: true });
    expect(stepIndex(3, 2, 'previous', () => 0)).toEqual({ index: 1, wrapped: false });
  });

  test('without a current mark, starts from the top of the window', () => {
    expect(stepIndex(5, -1, 'next', () => 2)).toEqual({ index: 2, wrapped: false });
    expect(stepIndex(5, -1, 'previous', () => 2)).toEqual({ index: 1, wrapped: false });
    // Everything is above the window: next wraps to the first.
    expect(stepIndex(5, -1, 'next', () => 5)).toEqual({ index: 0, wrapped: true });
    // Everything is below: previous wraps to the last.
    expect(stepIndex(5, -1, 'previous', () => 0)).toEqual({ index: 4, wrapped: true });
  });

  test('nothing to move to on a page without marks', () => {
    expect(stepIndex(0, -1, 'next', () => 0)).toBeNull();
  });
});

test('rectsContain', () => {
  const rects = [new DOMRect(10, 10, 50, 20), new DOMRect(0, 40, 30, 20)];
  expect(rectsContain(rects, 30, 20)).toBe(true);
  expect(rectsContain(rects, 5, 50)).toBe(true);
  expect(rectsContain(rects, 45, 50)).toBe(false);
  expect(rectsContain(rects, 61, 20)).toBe(true); // within a pixel of the edge
  expect(rectsContain(rects, 63, 20)).toBe(false);
  expect(rectsContain([], 0, 0)).toBe(false);
});
