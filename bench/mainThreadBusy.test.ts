import { describe, expect, it } from 'vitest';
import { busyInWindows, WINDOW_END, WINDOW_START, type TraceEvent } from './mainThreadBusy';

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

describe('busyInWindows', () => {
  it('counts the tasks inside each window, clipped to it, and leaves idle time out', () => {
    const events = [
      mark(WINDOW_START, 1_000),
      // Began before the window (the frame callback that clicks): only its part inside counts.
      task(500, 4_000),
      // Idle from 4_500 to 9_000: the compositor wait.
      task(9_000, 1_000),
      mark(WINDOW_END, 9_800),
      mark(WINDOW_START, 20_000),
      task(20_000, 2_500),
      mark(WINDOW_END, 22_000),
    ];
    expect(busyInWindows(events)).toEqual([3.5 + 0.8, 2]);
  });

  it("ignores other threads' tasks and other events", () => {
    const events = [
      mark(WINDOW_START, 0),
      task(0, 3_000, { pid: 1, tid: 8 }),
      task(0, 3_000, { pid: 2, tid: 7 }),
      { ...task(0, 3_000), name: 'RasterTask' },
      task(1_000, 500),
      mark(WINDOW_END, 3_000),
    ];
    expect(busyInWindows(events)).toEqual([0.5]);
  });

  it('reads the marks in time order, whatever order the trace delivered them in', () => {
    const events = [task(100, 200), mark(WINDOW_END, 1_000), mark(WINDOW_START, 0)];
    expect(busyInWindows(events)).toEqual([0.2]);
  });

  it('says which window is broken when a mark is missing, rather than pairing the wrong ones', () => {
    const events = [mark(WINDOW_START, 0), mark(WINDOW_START, 10), mark(WINDOW_END, 20)];
    expect(() => busyInWindows(events)).toThrow(/window 1: bench:window-start, bench:window-start/);
    expect(() => busyInWindows([mark(WINDOW_START, 0)])).toThrow(/window 1: bench:window-start, none/);
  });

  it('gives no windows for a trace with no marks', () => {
    expect(busyInWindows([task(0, 100)])).toEqual([]);
  });
});
