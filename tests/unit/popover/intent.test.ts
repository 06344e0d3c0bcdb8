import { describe, expect, test } from 'vitest';
import {
  initialIntent,
  reduceIntent,
  timersFor,
  type IntentEvent,
  type IntentState,
} from '../../../components/popover/intent.ts';

const same = (a: string, b: string) => a === b;
const run = (events: IntentEvent<string>[], from: IntentState<string> = initialIntent()) =>
  events.reduce((s, e) => reduceIntent(s, e, same), from);
const over = (mark: string | null, popover = false): IntentEvent<string> => ({
  type: 'pointer',
  overMark: mark,
  overPopover: popover,
});

describe('hover intent', () => {
  test('resting on a mark asks for the open timer; crossing it does not open anything', () => {
    const resting = run([over('a')]);
    expect(timersFor(resting, same)).toEqual({ openFor: 'a', close: false });
    expect(resting.open).toBeNull();
    const crossed = run([over('a'), over(null)]);
    expect(timersFor(crossed, same)).toEqual({ openFor: null, close: false });
    expect(run([over('a'), over(null), { type: 'openDelayElapsed' }]).open).toBeNull();
  });

  test('the delay elapsing on the mark opens it, unpinned', () => {
    const s = run([over('a'), { type: 'openDelayElapsed' }]);
    expect(s.open).toBe('a');
    expect(s.pinned).toBe(false);
    expect(timersFor(s, same)).toEqual({ openFor: null, close: false });
  });

  test('leaving the mark starts the grace period; reaching the popover cancels it', () => {
    const open = run([over('a'), { type: 'openDelayElapsed' }]);
    const left = run([over(null)], open);
    expect(timersFor(left, same).close).toBe(true);
    const inPopover = run([over(null, true)], left);
    expect(timersFor(inPopover, same).close).toBe(false);
    expect(run([{ type: 'closeDelayElapsed' }], inPopover).open).toBe('a');
    const gone = run([over(null), { type: 'closeDelayElapsed' }], inPopover);
    expect(gone.open).toBeNull();
  });

  test('moving to another mark waits for the delay again, then switches', () => {
    const open = run([over('a'), { type: 'openDelayElapsed' }]);
    const onB = run([over('b')], open);
    expect(timersFor(onB, same)).toEqual({ openFor: 'b', close: true });
    expect(run([{ type: 'openDelayElapsed' }], onB).open).toBe('b');
  });

  test('activation opens at once and pins: leaving does not close, other marks do not steal it', () => {
    const pinned = run([{ type: 'activate', mark: 'a' }]);
    expect(pinned).toMatchObject({ open: 'a', pinned: true });
    const away = run([over(null), over('b')], pinned);
    expect(timersFor(away, same)).toEqual({ openFor: null, close: false });
    expect(run([{ type: 'closeDelayElapsed' }, { type: 'openDelayElapsed' }], away).open).toBe('a');
    expect(run([{ type: 'dismiss' }], away)).toMatchObject({ open: null, pinned: false });
  });

  test('a close timer that fires after the pointer came back does nothing', () => {
    const open = run([over('a'), { type: 'openDelayElapsed' }, over(null), over('a')]);
    expect(run([{ type: 'closeDelayElapsed' }], open).open).toBe('a');
  });
});
