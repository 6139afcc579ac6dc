/**
 * Keeps the dashboard working offline after its first load (public/sw.js). Not in development, not in the
 * single file (file:// has no service workers) and not when the build was made with VITE_SERVICE_WORKER=off,
 * which also removes a worker an earlier build installed.
 */
export function setUpServiceWorker() {
  if (!import.meta.env.PROD || import.meta.env.MODE === 'single') return;
  if (!('serviceWorker' in navigator) || !window.location.protocol.startsWith('http')) return;
  const container = navigator.serviceWorker;
  const scope = new URL('./', document.baseURI).href;
  if (import.meta.env.VITE_SERVICE_WORKER === 'off') {
    void container
      .getRegistrations()
      .then((registrations) => registrations.filter((r) => r.scope === scope).forEach((r) => void r.unregister()));
    return;
  }
  // The entry file's name carries the build's content hash: a new build registers a new worker.
  const build = new URL(import.meta.url).pathname.split('/').pop() ?? '';
  window.addEventListener('load', () => {
    container.register(`sw.js?v=${encodeURIComponent(build)}`, { scope }).catch((error: unknown) => {
      // Offline use is a bonus: a browser or host frame that refuses it leaves the dashboard as it is.
      console.warn('Offline mode is unavailable:', error);
    });
  });
}
