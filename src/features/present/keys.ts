/**
 * The keys a presenter, a clicker or a keyboard send, mapped to commands. Clickers differ: most send
 * PageDown/PageUp, some arrows, and their "black screen" button sends B or the full stop.
 */
import type { PresenterAction } from './presenter';

export type KeyCommand =
  PresenterAction | { type: 'leave' } | { type: 'fullscreen' } | { type: 'digit'; digit: number } | { type: 'enter' };

const COMMANDS: Record<string, KeyCommand> = {
  ArrowRight: { type: 'next' },
  ArrowDown: { type: 'next' },
  PageDown: { type: 'next' },
  ArrowLeft: { type: 'previous' },
  ArrowUp: { type: 'previous' },
  PageUp: { type: 'previous' },
  Home: { type: 'first' },
  End: { type: 'last' },
  ' ': { type: 'toggle-play' },
  k: { type: 'toggle-play' },
  K: { type: 'toggle-play' },
  b: { type: 'toggle-blank' },
  B: { type: 'toggle-blank' },
  '.': { type: 'toggle-blank' },
  Escape: { type: 'leave' },
  f: { type: 'fullscreen' },
  F: { type: 'fullscreen' },
  Enter: { type: 'enter' },
};

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The command for a key press, or null for keys the presentation leaves to the browser (Ctrl+R, Alt+Tab…). */
export function commandForKey(event: KeyPress): KeyCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (/^[0-9]$/.test(event.key)) return { type: 'digit', digit: Number(event.key) };
  return COMMANDS[event.key] ?? null;
}

/** Digits typed one after another name a slide (1-based): "1", "2" is slide 12. */
export const appendDigit = (typed: string, digit: number): string => `${typed}${digit}`.replace(/^0+/, '').slice(-4);
