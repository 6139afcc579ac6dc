/**
 * What the presenter's keys, the clicker and the clock do to the story, as a pure reducer: every rule
 * (looping, stopping at the end, blanking) is tested without a browser.
 */

export interface PresenterState {
  /** 0-based slide shown. */
  index: number;
  count: number;
  /** Whether the story advances by itself (the presenter's choice; hovering pauses it only for a while). */
  playing: boolean;
  /** The screen is blacked out (B or the clicker's "." key). */
  blank: boolean;
  /** After the last slide, start again (a lobby screen) instead of stopping. */
  loop: boolean;
}

export type PresenterAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'go'; index: number }
  /** The clock ran out: advance, or at the end loop or stop. */
  | { type: 'tick' }
  | { type: 'toggle-play' }
  | { type: 'toggle-blank' }
  /** The story was rebuilt (new data, another language or screen shape): `index` is where the slide went. */
  | { type: 'restory'; count: number; index: number };

const clamp = (index: number, count: number) => Math.min(Math.max(0, index), Math.max(0, count - 1));

export function initialPresenter(count: number, startSlide: number | null, loop: boolean): PresenterState {
  return { index: clamp((startSlide ?? 1) - 1, count), count, playing: true, blank: false, loop };
}

/** Moving by hand brings the picture back, as in every slide program. */
function show(state: PresenterState, index: number): PresenterState {
  return { ...state, index: clamp(index, state.count), blank: false };
}

export function presenterReducer(state: PresenterState, action: PresenterAction): PresenterState {
  const last = state.count - 1;
  switch (action.type) {
    case 'next':
      return show(state, state.index >= last && state.loop ? 0 : state.index + 1);
    case 'previous':
      return show(state, state.index <= 0 && state.loop ? last : state.index - 1);
    case 'first':
      return show(state, 0);
    case 'last':
      return show(state, last);
    case 'go':
      return show(state, action.index);
    case 'tick':
      if (state.index < last) return { ...state, index: state.index + 1 };
      return state.loop ? { ...state, index: 0 } : { ...state, playing: false };
    case 'toggle-play':
      // Play at the end of a story that does not loop starts it again.
      return {
        ...state,
        playing: !state.playing,
        index: !state.playing && state.index >= last && !state.loop ? 0 : state.index,
      };
    case 'toggle-blank':
      return { ...state, blank: !state.blank };
    case 'restory':
      return { ...state, count: action.count, index: clamp(action.index, action.count) };
  }
}
