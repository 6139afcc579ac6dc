import type { Scheme } from '../url/viewState';
import { useMediaQuery } from './useMediaQuery';

export type ResolvedScheme = 'light' | 'dark';

/**
 * The scheme actually shown: the URL's choice, else `preferred` (a meeting room is dark unless asked
 * otherwise), else the system's.
 */
export function useResolvedScheme(scheme: Scheme, preferred?: ResolvedScheme): ResolvedScheme {
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  if (scheme === 'system') return preferred ?? (systemDark ? 'dark' : 'light');
  return scheme;
}
