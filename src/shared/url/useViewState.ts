import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseViewState, serializeViewState, type ViewState } from './viewState';

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const currentSearch = () => window.location.search;

export interface UpdateOptions {
  /** Replace the history entry instead of adding one (typing in the search box, say). */
  replace?: boolean;
}

export type UpdateViewState = (patch: Partial<ViewState>, options?: UpdateOptions) => void;

/** The view state in the URL: reload, back/forward and a pasted link all restore it. */
export function useViewState(): [ViewState, UpdateViewState] {
  const search = useSyncExternalStore(subscribe, currentSearch, () => '');
  const state = useMemo(() => parseViewState(search), [search]);
  const update = useCallback<UpdateViewState>((patch, options = {}) => {
    const { pathname, search: before, hash } = window.location;
    const current = parseViewState(before);
    const after = serializeViewState({ ...current, ...patch }, before);
    if (after === before) return;
    const url = `${pathname}${after}${hash}`;
    // An iframe's entries join the host page's history: Back must leave the host page, not replay filters.
    try {
      if (options.replace || current.embed) window.history.replaceState(window.history.state, '', url);
      else window.history.pushState(null, '', url);
    } catch {
      // Past the browser's cap on address changes (a SecurityError): this change is dropped, the page goes on.
      return;
    }
    listeners.forEach((listener) => listener());
  }, []);
  return [state, update];
}
