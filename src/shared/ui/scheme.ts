import { useSyncExternalStore } from 'react';
import type { Scheme } from '../url/viewState';

export type ResolvedScheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(listener: () => void) {
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener('change', listener);
  return () => media.removeEventListener('change', listener);
}

const systemPrefersDark = () => window.matchMedia(DARK_QUERY).matches;

/** The scheme actually shown: the URL's choice, or the system's when it says "system". */
export function useResolvedScheme(scheme: Scheme): ResolvedScheme {
  const dark = useSyncExternalStore(subscribe, systemPrefersDark, () => false);
  if (scheme === 'system') return dark ? 'dark' : 'light';
  return scheme;
}
