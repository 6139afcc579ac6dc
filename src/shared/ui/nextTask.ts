/**
 * Runs `work` in a task of its own, after what the browser has already queued (input, a frame), and returns a
 * cancel function. Heavy mounts (each chart, the map) go through it so that a page showing several of them
 * never blocks the main thread for all of them at once. Not a timer: a frozen or fake clock does not stop it.
 */
export function inNextTask(work: () => void): () => void {
  let cancelled = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) work();
  };
  channel.port2.postMessage(null);
  return () => {
    cancelled = true;
    channel.port1.close();
  };
}
