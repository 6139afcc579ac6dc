import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextTwoFrames, inBackground, inNextTask, inTaskSequence } from './nextTask';

/** Resolves after `hops` tasks queued one after another the way the helpers queue theirs. */
const afterTasks = (hops: number) =>
  new Promise<void>((resolve) => {
    const hop = (left: number) => (left === 0 ? resolve() : inNextTask(() => hop(left - 1)));
    hop(hops);
  });

describe('inTaskSequence', () => {
  it('runs the steps in order, none of them at once', async () => {
    const ran: number[] = [];
    inTaskSequence([0, 1, 2].map((i) => () => ran.push(i)));
    expect(ran).toEqual([]);
    await afterTasks(5);
    expect(ran).toEqual([0, 1, 2]);
  });

  it('gives each step a task of its own', async () => {
    const ran: string[] = [];
    inTaskSequence([() => ran.push('first'), () => ran.push('second')]);
    // Queued after the first step's task and before the second's, which the first step queues.
    inNextTask(() => ran.push('between'));
    await afterTasks(5);
    expect(ran).toEqual(['first', 'between', 'second']);
  });

  it('stops the steps not yet run when cancelled', async () => {
    const ran: number[] = [];
    const cancel = inTaskSequence([
      () => ran.push(0),
      () => {
        ran.push(1);
        cancel();
      },
      () => ran.push(2),
    ]);
    await afterTasks(5);
    expect(ran).toEqual([0, 1]);
  });
});

describe('inBackground', () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'scheduler');
  });

  it('asks the browser for a background task where it can, and aborts it when cancelled', () => {
    const postTask = vi.fn((_work: () => void, _options: { priority: string; signal: AbortSignal }) =>
      Promise.resolve(),
    );
    Object.assign(globalThis, { scheduler: { postTask } });
    const work = () => {};
    const cancel = inBackground(work);
    expect(postTask).toHaveBeenCalledTimes(1);
    const [posted, options] = postTask.mock.calls[0];
    expect(posted).toBe(work);
    expect(options.priority).toBe('background');
    expect(options.signal.aborted).toBe(false);
    cancel();
    expect(options.signal.aborted).toBe(true);
  });

  it('runs after the current task where there is no task scheduler, and not once cancelled', async () => {
    const ran: string[] = [];
    inBackground(() => ran.push('first'));
    const cancel = inBackground(() => ran.push('cancelled'));
    ran.push('now');
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ran).toEqual(['now', 'first']);
  });
});

describe('afterNextTwoFrames', () => {
  const LATEST = 500;
  let frames = new Map<number, FrameRequestCallback>();
  let lastFrameId = 0;
  /** Runs the callbacks asked for so far, as the browser does at the start of a frame, then the tasks now due. */
  const paintFrame = async () => {
    const due = [...frames.values()];
    frames = new Map();
    due.forEach((callback) => callback(0));
    await vi.advanceTimersByTimeAsync(0);
  };

  beforeEach(() => {
    vi.useFakeTimers();
    frames = new Map();
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      lastFrameId += 1;
      frames.set(lastFrameId, callback);
      return lastFrameId;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs the work after the second frame is painted, not before, and only once', async () => {
    const ran: number[] = [];
    afterNextTwoFrames(() => ran.push(1), LATEST);
    await paintFrame();
    expect(ran).toEqual([]);
    await paintFrame();
    expect(ran).toEqual([1]);
    await vi.advanceTimersByTimeAsync(LATEST);
    expect(ran).toEqual([1]);
  });

  it('runs the work after the latest time where no frame is painted', async () => {
    const ran: number[] = [];
    afterNextTwoFrames(() => ran.push(1), LATEST);
    await vi.advanceTimersByTimeAsync(LATEST - 1);
    expect(ran).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(ran).toEqual([1]);
    await paintFrame();
    await paintFrame();
    expect(ran).toEqual([1]);
  });

  it('does not run the work once cancelled, whichever frame or task it waits for', async () => {
    const ran: string[] = [];
    afterNextTwoFrames(() => ran.push('before the first frame'), LATEST)();
    const cancelAfterOne = afterNextTwoFrames(() => ran.push('after one frame'), LATEST);
    await paintFrame();
    cancelAfterOne();
    const cancelAfterTwo = afterNextTwoFrames(() => ran.push('with its task queued'), LATEST);
    await paintFrame();
    // The second frame's callback has queued the task; the frame's own tasks have not run yet.
    frames.forEach((callback) => callback(0));
    frames = new Map();
    cancelAfterTwo();
    await paintFrame();
    await vi.advanceTimersByTimeAsync(LATEST);
    expect(ran).toEqual([]);
  });
});
