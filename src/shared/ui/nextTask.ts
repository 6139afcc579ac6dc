/**
 * Runs `work` in a task of its own, after what the browser has already queued (input, a frame), and returns a
 * cancel function. Heavy mounts (the map's steps, through inTaskSequence) go through it so that the main thread
 * is never blocked for all of them at once. Not a timer: a frozen or fake clock does not stop it.
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

interface BackgroundScheduler {
  postTask: (work: () => void, options: { priority: 'background'; signal: AbortSignal }) => Promise<void>;
}

/**
 * Runs `work` in a task of the lowest priority, which Chromium runs after pending input and rendering. Where the
 * Prioritized Task Scheduling API is missing (Safari), a zero-delay timer comes close: it still runs after the
 * current task. Returns a cancel function.
 */
export function inBackground(work: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: Partial<BackgroundScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    const controller = new AbortController();
    // A cancelled task's promise rejects with the abort: that is the cancel working, not an error.
    scheduler.postTask(work, { priority: 'background', signal: controller.signal }).catch(() => {});
    return () => controller.abort();
  }
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}

/**
 * Runs `work` in a background task once the next two frames are painted: the one that shows a change and the one
 * after it, which draws what waits for a frame (cards coming into view, the map's labels). Work that the reader
 * does not see, kept out of both. A page that paints no frames (hidden, or an iframe out of sight) runs it after
 * `latestMs` instead. Returns a cancel function.
 */
export function afterNextTwoFrames(work: () => void, latestMs: number): () => void {
  let done = false;
  let cancelTask = () => {};
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      cancelTask = inBackground(runOnce);
    });
  });
  const timer = setTimeout(runOnce, latestMs);
  function cancel() {
    done = true;
    cancelAnimationFrame(frame);
    cancelTask();
    clearTimeout(timer);
  }
  function runOnce() {
    if (done) return;
    cancel();
    work();
  }
  return cancel;
}
