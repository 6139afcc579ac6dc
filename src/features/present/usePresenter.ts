/**
 * The presenter's clock, keys and pointer around the pure reducer. Every timer it starts is cleared when
 * its reason ends or the presentation closes, so a lobby screen can run all day without piling them up.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { appendDigit, commandForKey } from './keys';
import { initialPresenter, presenterReducer } from './presenter';

/** The cursor (and the hover pause) goes after this long without pointer movement. */
export const POINTER_IDLE_MS = 3000;
/** Typed digits are read as one slide number once the presenter stops typing for this long. */
const DIGIT_WAIT_MS = 1000;

interface Options {
  count: number;
  interval: number;
  startSlide: number | null;
  loop: boolean;
  onLeave: () => void;
  onFullscreen: () => void;
  /** Hidden behind another screen (the small-screen notice): no clock, no keys, the state kept. */
  suspended?: boolean;
}

/** Keys on buttons and links do their own thing (Space presses the focused button). */
const ownsKey = (target: EventTarget | null, key: string) =>
  target instanceof HTMLElement &&
  target.closest('button, a, input, select, textarea') !== null &&
  [' ', 'Enter'].includes(key);

export function usePresenter({ count, interval, startSlide, loop, onLeave, onFullscreen, suspended = false }: Options) {
  const [state, dispatch] = useReducer(presenterReducer, undefined, () => initialPresenter(count, startSlide, loop));
  const [pointerActive, setPointerActive] = useState(false);
  const [overContent, setOverContent] = useState(false);
  const idleTimer = useRef(0);
  const typed = useRef('');
  const digitTimer = useRef(0);

  // Hovering pauses the story only while the pointer is in use: a mouse left lying on a lobby screen's
  // content must not stop the story for the rest of the day.
  const hoverPause = pointerActive && overContent;
  const running = state.playing && !state.blank && !hoverPause && !suspended && count > 1;

  useEffect(() => {
    if (!running) return;
    const timer = window.setTimeout(() => dispatch({ type: 'tick' }), interval * 1000);
    return () => window.clearTimeout(timer);
  }, [running, state.index, interval]);

  const onPointerMove = useCallback(() => {
    setPointerActive(true);
    window.clearTimeout(idleTimer.current);
    idleTimer.current = window.setTimeout(() => setPointerActive(false), POINTER_IDLE_MS);
  }, []);

  const jumpToTyped = useCallback(() => {
    window.clearTimeout(digitTimer.current);
    const slide = Number(typed.current);
    typed.current = '';
    if (slide >= 1) dispatch({ type: 'go', index: slide - 1 });
  }, []);

  // Digits typed just before the story was hidden are not a slide number any more.
  useEffect(() => {
    if (!suspended) return;
    window.clearTimeout(digitTimer.current);
    typed.current = '';
  }, [suspended]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (suspended || event.defaultPrevented || ownsKey(event.target, event.key)) return;
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      switch (command.type) {
        case 'leave':
          onLeave();
          return;
        case 'fullscreen':
          onFullscreen();
          return;
        case 'digit':
          typed.current = appendDigit(typed.current, command.digit);
          window.clearTimeout(digitTimer.current);
          digitTimer.current = window.setTimeout(jumpToTyped, DIGIT_WAIT_MS);
          return;
        case 'enter':
          if (typed.current) jumpToTyped();
          return;
        default:
          dispatch(command);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onLeave, onFullscreen, jumpToTyped, suspended]);

  useEffect(
    () => () => {
      window.clearTimeout(idleTimer.current);
      window.clearTimeout(digitTimer.current);
    },
    [],
  );

  return {
    state,
    dispatch,
    running,
    pointerActive,
    pointerHandlers: {
      onPointerMove,
      onPointerEnter: () => setOverContent(true),
      onPointerLeave: () => setOverContent(false),
    },
  };
}
