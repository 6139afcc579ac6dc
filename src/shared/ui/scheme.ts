import type { Scheme } from '../url/viewState';
import { useMediaQuery } from './useMediaQuery';

export type ResolvedScheme = 'light' | 'dark';

/** The scheme actually shown: the URL's choice, or the system's when it says "system". */
export function useResolvedScheme(scheme: Scheme): ResolvedScheme {
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  if (scheme === 'system') return systemDark ? 'dark' : 'light';
  return scheme;
}
