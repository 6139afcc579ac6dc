import { describe, expect, it } from 'vitest';
import { initialPresenter, presenterReducer, type PresenterAction, type PresenterState } from './presenter';
import { appendDigit, commandForKey } from './keys';

const run = (state: PresenterState, ...actions: PresenterAction[]) => actions.reduce(presenterReducer, state);

describe('the presenter', () => {
  it('starts playing at slide= (1-based), clamped into the story', () => {
    expect(initialPresenter(10, null, false)).toMatchObject({ index: 0, playing: true, blank: false });
    expect(initialPresenter(10, 4, false).index).toBe(3);
    expect(initialPresenter(10, 99, false).index).toBe(9);
  });

  it('moves next, previous, first and last, staying inside the story', () => {
    const s = initialPresenter(5, 1, false);
    expect(run(s, { type: 'next' }, { type: 'next' }).index).toBe(2);
    expect(run(s, { type: 'previous' }).index).toBe(0);
    expect(run(s, { type: 'last' }, { type: 'next' }).index).toBe(4);
    expect(run(s, { type: 'last' }, { type: 'first' }).index).toBe(0);
    expect(run(s, { type: 'go', index: 3 }).index).toBe(3);
  });

  it('stops at the end unless it loops', () => {
    const end = run(initialPresenter(3, 3, false), { type: 'tick' });
    expect(end).toMatchObject({ index: 2, playing: false });
    const looped = run(initialPresenter(3, 3, true), { type: 'tick' });
    expect(looped).toMatchObject({ index: 0, playing: true });
    expect(run(initialPresenter(3, 1, true), { type: 'previous' }).index).toBe(2);
    // Play at the end of a finished story starts it again.
    expect(run(end, { type: 'toggle-play' })).toMatchObject({ index: 0, playing: true });
  });

  it('blanks the screen until asked again or moved by hand', () => {
    const blank = run(initialPresenter(5, 2, false), { type: 'toggle-blank' });
    expect(blank.blank).toBe(true);
    expect(run(blank, { type: 'toggle-blank' }).blank).toBe(false);
    expect(run(blank, { type: 'next' })).toMatchObject({ blank: false, index: 2 });
  });

  it('moves to where the slide went when the story is rebuilt, within the new story', () => {
    expect(run(initialPresenter(10, 9, false), { type: 'restory', count: 12, index: 10 })).toMatchObject({
      index: 10,
      count: 12,
    });
    expect(run(initialPresenter(10, 9, false), { type: 'restory', count: 4, index: 8 }).index).toBe(3);
  });
});

describe('presenter keys', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
    commandForKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

  it('maps clicker and keyboard keys', () => {
    for (const k of ['ArrowRight', 'ArrowDown', 'PageDown']) expect(key(k)).toEqual({ type: 'next' });
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(key(k)).toEqual({ type: 'previous' });
    expect(key('Home')).toEqual({ type: 'first' });
    expect(key('End')).toEqual({ type: 'last' });
    for (const k of [' ', 'k', 'K']) expect(key(k)).toEqual({ type: 'toggle-play' });
    for (const k of ['b', 'B', '.']) expect(key(k)).toEqual({ type: 'toggle-blank' });
    expect(key('Escape')).toEqual({ type: 'leave' });
    expect(key('7')).toEqual({ type: 'digit', digit: 7 });
  });

  it('leaves browser shortcuts alone', () => {
    expect(key('r', { ctrlKey: true })).toBeNull();
    expect(key('ArrowLeft', { altKey: true })).toBeNull();
    expect(key('x')).toBeNull();
  });

  it('reads typed digits as one slide number', () => {
    expect(appendDigit(appendDigit('', 1), 2)).toBe('12');
    expect(appendDigit('', 0)).toBe('');
  });
});
