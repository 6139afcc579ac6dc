import { describe, expect, it } from 'vitest';
import { busyInWindows, WINDOW_END, WINDOW_PAUSE, WINDOW_START, type TraceEvent } from './mainThreadBusy';

const MAIN = { pid: 1, tid: 7 };
const mark = (name: string, ts: number, thread = MAIN): TraceEvent => ({ name, ph: 'R', ts, ...thread });
// Trace times are in microseconds.
const task = (ts: number, dur: number, thread = MAIN): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  ts,
  dur,
  ...thread,
});
/** A change's three marks: at the click, at the first frame's end, at the next frame's end. */
const change = (start: number, pause: number, end: number) => [
  mark(WINDOW_START, start),
  mark(WINDOW_PAUSE, pause),
  mark(WINDOW_END, end),
];

describe('busyInWindows', () => {
  it('counts the tasks inside each window, clipped to it, and leaves idle time out', () => {
    const events = [
      ...change(1_000, 4_500, 9_800),
      // Began before the window (the frame callback that clicks): only its part inside counts.
      task(500, 4_000),
      // Idle from 4_500 to 9_000: the compositor wait.
      task(9_000, 1_000),
      ...change(20_000, 21_000, 22_000),
      task(20_000, 2_500),
    ];
    expect(busyInWindows(events, [0, 0])).toEqual([
      { busyMs: 3.5 + 0.8, busyInWallMs: 3.5 + 0.8 },
      { busyMs: 2, busyInWallMs: 2 },
    ]);
  });

  it('leaves out of the wall-time part what ran before the next frame resumed it, and counts it as busy', () => {
    // The first frame ends at 5 ms; the next frame's vsync is 3 ms later, and an effect ran at 6–7 ms.
    const events = [...change(0, 5_000, 12_000), task(0, 5_000), task(6_000, 1_000), task(8_000, 2_000)];
    expect(busyInWindows(events, [3])).toEqual([{ busyMs: 8, busyInWallMs: 7 }]);
  });

  it('counts a task run inside another task (a nested loop) once', () => {
    const events = [...change(0, 4_000, 4_000), task(0, 4_000), task(1_000, 1_000)];
    expect(busyInWindows(events, [0])[0]?.busyMs).toBe(4);
  });

  it("ignores other threads' tasks and other events", () => {
    const events = [
      ...change(0, 3_000, 3_000),
      task(0, 3_000, { pid: 1, tid: 8 }),
      task(0, 3_000, { pid: 2, tid: 7 }),
      { ...task(0, 3_000), name: 'RasterTask' },
      task(1_000, 500),
    ];
    expect(busyInWindows(events, [0])[0]?.busyMs).toBe(0.5);
  });

  it('reads the marks in time order, whatever order the trace delivered them in', () => {
    const events = [task(100, 200), mark(WINDOW_END, 1_000), mark(WINDOW_PAUSE, 500), mark(WINDOW_START, 0)];
    expect(busyInWindows(events, [0])[0]?.busyMs).toBe(0.2);
  });

  it('says which change is broken when a mark is missing, rather than pairing the wrong ones', () => {
    const events = [task(0, 100), mark(WINDOW_START, 0), mark(WINDOW_PAUSE, 10), mark(WINDOW_START, 20)];
    expect(() => busyInWindows(events, [0])).toThrow(
      /change 1: bench:window-start, bench:window-pause, bench:window-start/,
    );
  });

  it('refuses a trace whose tasks or changes do not match what was timed', () => {
    expect(() => busyInWindows(change(0, 10, 20), [0])).toThrow(/no main-thread task in the trace of change 1/);
    const one = [...change(0, 10, 20), task(0, 20)];
    expect(() => busyInWindows(one, [0, 0])).toThrow(/2 changes timed but 1 traced/);
    expect(() => busyInWindows(one, [])).toThrow(/change 1 was traced but not timed/);
  });

  it('gives no windows for a trace with no marks', () => {
    expect(busyInWindows([task(0, 100)], [])).toEqual([]);
  });
});
