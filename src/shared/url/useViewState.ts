import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { changeAddress, currentSearch, subscribeToAddress } from './address';
import { parseViewState, serializeViewState, type ViewState } from './viewState';

export interface UpdateOptions {
  /** Replace the history entry instead of adding one (typing in the search box, say). */
  replace?: boolean;
}

export type UpdateViewState = (patch: Partial<ViewState>, options?: UpdateOptions) => void;

/** The view state in the URL: reload, back/forward and a pasted link all restore it. */
export function useViewState(): [ViewState, UpdateViewState] {
  const search = useSyncExternalStore(subscribeToAddress, currentSearch, () => '');
  const state = useMemo(() => parseViewState(search), [search]);
  const update = useCallback<UpdateViewState>((patch, options = {}) => {
    const before = currentSearch();
    const current = parseViewState(before);
    const after = serializeViewState({ ...current, ...patch }, before);
    if (after === before) return;
    // An iframe's entries join the host page's history: Back must leave the host page, not replay filters.
    changeAddress(after, { replace: Boolean(options.replace || current.embed) });
  }, []);
  return [state, update];
}
