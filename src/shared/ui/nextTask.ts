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

/**
 * Runs each step in a task of its own, one after another, and returns a cancel function that stops the steps not
 * yet run. For a mount whose parts each take a while on a slow phone: the browser can paint and take input between.
 */
export function inTaskSequence(steps: readonly (() => void)[]): () => void {
  let stopped = false;
  let cancelCurrent = () => {};
  const runFrom = (index: number) => {
    if (stopped || index >= steps.length) return;
    cancelCurrent = inNextTask(() => {
      steps[index]();
      runFrom(index + 1);
    });
  };
  runFrom(0);
  return () => {
    stopped = true;
    cancelCurrent();
  };
}
