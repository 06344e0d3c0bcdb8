/**
 * When the popover opens and closes, as a pure state machine: the controller feeds it pointer and
 * key events and arms the timers that `timersFor` asks for. Nothing here touches the DOM or the
 * clock, so the rules (intent delay, grace period, pinning) are tested as plain data.
 *
 * Rules, after Wikipedia's page previews:
 * - resting on a mark for the intent delay opens its popover; merely crossing it does nothing;
 * - leaving both the mark and the popover closes it after a grace period, so the pointer can travel
 *   from the mark into the popover (or back) without losing it;
 * - a click or tap, or the keyboard, opens at once and pins: a pinned popover stays until it is
 *   dismissed (Escape, its close button, a click elsewhere, its term leaving the page).
 */
export interface IntentState<M> {
  open: M | null;
  pinned: boolean;
  /** The mark under the pointer, if any. */
  overMark: M | null;
  overPopover: boolean;
}

export type IntentEvent<M> =
  | { type: 'pointer'; overMark: M | null; overPopover: boolean }
  | { type: 'openDelayElapsed' }
  | { type: 'closeDelayElapsed' }
  /** Click, tap, keyboard command or a request from the toolbar popup. */
  | { type: 'activate'; mark: M }
  /** Escape, close button, click elsewhere, the term left the page, the site was switched off. */
  | { type: 'dismiss' };

export const INTENT_OPEN_DELAY_MS = 300;
export const INTENT_CLOSE_DELAY_MS = 300;

export function initialIntent<M>(): IntentState<M> {
  return { open: null, pinned: false, overMark: null, overPopover: false };
}

export function reduceIntent<M>(
  state: IntentState<M>,
  event: IntentEvent<M>,
  same: (a: M, b: M) => boolean,
): IntentState<M> {
  switch (event.type) {
    case 'pointer':
      return { ...state, overMark: event.overMark, overPopover: event.overPopover };
    case 'openDelayElapsed': {
      const target = openTarget(state, same);
      return target === null ? state : { ...state, open: target, pinned: false };
    }
    case 'closeDelayElapsed':
      return shouldClose(state, same) ? { ...state, open: null, pinned: false } : state;
    case 'activate':
      return { ...state, open: event.mark, pinned: true };
    case 'dismiss':
      return { ...state, open: null, pinned: false };
  }
}

/** The mark that resting the pointer would open, or null when there is nothing to wait for. */
function openTarget<M>(state: IntentState<M>, same: (a: M, b: M) => boolean): M | null {
  if (state.overMark === null || state.pinned || state.overPopover) return null;
  if (state.open !== null && same(state.open, state.overMark)) return null;
  return state.overMark;
}

function shouldClose<M>(state: IntentState<M>, same: (a: M, b: M) => boolean): boolean {
  if (state.open === null || state.pinned || state.overPopover) return false;
  return state.overMark === null || !same(state.open, state.overMark);
}

/**
 * The timers the controller should have running in this state. `openFor` names the mark the open
 * timer is for, so that moving to another mark restarts the delay.
 */
export function timersFor<M>(
  state: IntentState<M>,
  same: (a: M, b: M) => boolean,
): { openFor: M | null; close: boolean } {
  return { openFor: openTarget(state, same), close: shouldClose(state, same) };
}
