import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import type { Scheme } from '../url/viewState';
import { useMediaQuery } from './useMediaQuery';

export type ResolvedScheme = 'light' | 'dark';

/**
 * Whether the page is being printed. The browser lays the page out for paper right after `beforeprint`, so the
 * re-render to the light scheme is flushed inside that event: charts and the map redraw synchronously then.
 * The `print` media query covers printing emulated without the events (a PDF made by a headless browser).
 */
let printing = false;
const printListeners = new Set<() => void>();
const setPrinting = (value: boolean) => {
  printing = value;
  flushSync(() => printListeners.forEach((listener) => listener()));
};
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => setPrinting(true));
  window.addEventListener('afterprint', () => setPrinting(false));
}
const subscribePrinting = (listener: () => void) => {
  printListeners.add(listener);
  return () => printListeners.delete(listener);
};

/** Whether the page is on paper: by the print events, or by the `print` media (a PDF made without them). */
export function usePrinting(): boolean {
  const printEvent = useSyncExternalStore(
    subscribePrinting,
    () => printing,
    () => false,
  );
  return useMediaQuery('print') || printEvent;
}

/**
 * The scheme actually shown: light on paper whatever the screen shows (dark ink on white, charts and map
 * included), else the URL's choice, else `preferred` (a meeting room is dark unless asked otherwise), else the
 * system's.
 */
export function useResolvedScheme(scheme: Scheme, preferred?: ResolvedScheme): ResolvedScheme {
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  const onPaper = usePrinting();
  if (onPaper) return 'light';
  if (scheme === 'system') return preferred ?? (systemDark ? 'dark' : 'light');
  return scheme;
}
