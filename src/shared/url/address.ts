/**
 * The page's address as a store whose query string is the view state (useViewState reads it). A change is
 * seen at once, but written to the browser's history once the change is drawn: after the frame that shows it and
 * the one after. A history entry costs the browser process its own work (a same-document navigation: the entry,
 * the tab's state, the page's icon looked up again), and on the bench machine's two cores that work, done right
 * after the first frame, held up the second by about 4 ms (A/B, 6 loads × 40 changes a side: 18.5 → 13.9 ms).
 * Writes keep their order: a change that adds an entry writes the one still waiting first, and so do the reader's
 * next press of a key or pointer (a jump link would otherwise add its entry before it), the page being hidden
 * (a hidden page paints no frames) and leaving the page (pagehide); where no frame comes, half a second does.
 * What the page cannot hear is the browser's own Back button: pressed in the moment before the write, it steps
 * back from the last entry written.
 */
import { afterNextTwoFrames } from '../ui/nextTask';

interface Write {
  search: string;
  /** Replace the current entry rather than add one. */
  replace: boolean;
}

/** In a page that paints no frames (an iframe out of sight), the write waits no longer than this. */
const LATEST_WRITE_MS = 500;

const listeners = new Set<() => void>();
let pending: Write | null = null;
let cancelPending = () => {};
let listening = false;

function notify() {
  listeners.forEach((listener) => listener());
}

function writePending() {
  const write = pending;
  if (!write) return;
  pending = null;
  cancelPending();
  const { pathname, hash } = window.location;
  const url = `${pathname}${write.search}${hash}`;
  try {
    if (write.replace) window.history.replaceState(window.history.state, '', url);
    else window.history.pushState(null, '', url);
  } catch {
    // Past the browser's cap on address changes (a SecurityError): this change is dropped.
  }
  // A dropped change (thrown, or ignored by a browser that throttles address changes quietly): the page shows the
  // address it has again.
  if (window.location.search !== write.search) notify();
}

function listenToBrowser() {
  if (listening) return;
  listening = true;
  window.addEventListener('popstate', () => {
    // Back or Forward won: a change not yet written would have been the entry the reader just left.
    pending = null;
    cancelPending();
    notify();
  });
  window.addEventListener('pagehide', writePending);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') writePending();
  });
  window.addEventListener('pointerdown', writePending, { capture: true });
  window.addEventListener('keydown', writePending, { capture: true });
}

export function subscribeToAddress(listener: () => void): () => void {
  listenToBrowser();
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The query string, with a change not yet written to history already in it. */
export function currentSearch(): string {
  return pending?.search ?? window.location.search;
}

/**
 * Shows `search` (a query string, "" or "?…") at once and writes the address with it to history once it is drawn.
 * A change that replaces joins one still waiting (one entry, the latest address); one that adds an entry
 * writes the waiting one first, so Back steps through both.
 */
export function changeAddress(search: string, { replace }: { replace: boolean }): void {
  listenToBrowser();
  if (pending && !replace) writePending();
  pending = { search, replace: pending ? pending.replace : replace };
  cancelPending();
  cancelPending = afterNextTwoFrames(writePending, LATEST_WRITE_MS);
  notify();
}
