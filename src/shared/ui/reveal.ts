/**
 * Views below the fold wait until the reader scrolls near them (their chunks and drawing cost a phone
 * hundreds of milliseconds of blocked main thread). Printing needs them all, so printing reveals them.
 */
const revealers = new Set<() => void>();

/** Called by a waiting view; returns the unsubscribe. */
export function onRevealAll(reveal: () => void): () => void {
  revealers.add(reveal);
  return () => revealers.delete(reveal);
}

export function revealAllViews(): void {
  [...revealers].forEach((reveal) => reveal());
}

/** How long printing waits for revealed views to load and draw before printing what there is. */
const PRINT_WAIT_MS = 10_000;

/**
 * The print button: reveal every view, wait (a frame at a time) until none is still loading, then print.
 * Ctrl+P gets the synchronous `beforeprint` reveal instead, which is as much as a browser allows there.
 */
export function printWhenReady(pending: () => boolean = () => document.querySelector('[aria-busy="true"]') !== null) {
  revealAllViews();
  const deadline = performance.now() + PRINT_WAIT_MS;
  const check = () => {
    if (pending() && performance.now() < deadline) requestAnimationFrame(check);
    else window.print();
  };
  requestAnimationFrame(check);
}

if (typeof window !== 'undefined') window.addEventListener('beforeprint', revealAllViews);
