/** When the dashboard looks for a replaced `data/dataset.json` on the server. */
import type { ViewState } from '../url/viewState';

export interface RefreshPolicy {
  /** Milliseconds between refetches, or false for none. */
  intervalMs: number | false;
  /** Refetch when the reader comes back to the tab (once the data is older than STALE_MS). */
  onFocus: boolean;
}

/** A reader flicking between tabs should not refetch every time; a minute-old dataset is still fresh. */
export const STALE_MS = 60_000;

/** A meeting-room screen is never focused: it checks by itself, every five minutes unless told otherwise. */
export const PRESENT_REFRESH_S = 300;

export function refreshPolicy(view: Pick<ViewState, 'embed' | 'mode' | 'refresh'>): RefreshPolicy {
  if (view.refresh !== null) return { intervalMs: view.refresh * 1000, onFocus: true };
  // Off by default in embeds: a host page with many iframes must not multiply requests unasked.
  if (view.embed) return { intervalMs: false, onFocus: false };
  if (view.mode === 'present') return { intervalMs: PRESENT_REFRESH_S * 1000, onFocus: true };
  return { intervalMs: false, onFocus: true };
}

/**
 * What a refetch leaves the page with: the dataset it has when the file is unchanged (so no view starts over, the
 * timeline keeps its paging), else the new one. Compared by the file's fingerprint, not object by object.
 */
export const keepUnchanged = <T extends { fingerprint: string }>(old: T | undefined, next: T): T =>
  old?.fingerprint === next.fingerprint ? old : next;
