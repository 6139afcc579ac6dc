import { useSyncExternalStore } from 'react';

// One MediaQueryList per query for the page: snapshots are read on every render.
const lists = new Map<string, MediaQueryList>();
const mediaList = (query: string) => {
  let list = lists.get(query);
  if (!list) {
    list = window.matchMedia(query);
    lists.set(query, list);
  }
  return list;
};

/** Whether a CSS media query matches now; re-renders when that changes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (listener) => {
      const list = mediaList(query);
      list.addEventListener('change', listener);
      return () => list.removeEventListener('change', listener);
    },
    () => mediaList(query).matches,
    () => false,
  );
}
