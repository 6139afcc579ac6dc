/**
 * How long the page's main thread was busy while a filter change was timed, read from a light trace: top-level
 * tasks and user-timing marks only. The filter-change time is wall time, and on this two-core VM with no GPU part
 * of it is the main thread sitting idle while the browser's software compositor catches up; this reading leaves
 * that out. Busy means inside a task: time the OS gave the thread's core to another thread within a task counts.
 * Tracing only these two categories moved the wall-time median by 0.1 ms (17.8 vs 17.7 ms, 96 changes each).
 */
import type { Page } from '@playwright/test';

/**
 * performance.mark() names the page sets for each change: at the click, at the first frame's end (where the
 * wall time pauses until the next frame starts) and at the next frame's end.
 */
export const WINDOW_START = 'bench:window-start';
export const WINDOW_PAUSE = 'bench:window-pause';
export const WINDOW_END = 'bench:window-end';

/** The few fields of a Chrome trace event read here. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

export interface WindowBusy {
  /** From the click to the end: every task of the change, whenever it ran. */
  busyMs: number;
  /** Inside the parts the wall time counts: click → pause, and resume → end. */
  busyInWallMs: number;
}

/** What the trace calls one task run on a thread's loop (every task the main thread runs is one of these). */
const TASK = 'ThreadControllerImpl::RunTask';

/** The thread's task time as disjoint intervals: a task run in a nested loop lies inside its parent's. */
function taskIntervals(tasks: readonly TraceEvent[]): [number, number][] {
  const merged: [number, number][] = [];
  for (const task of [...tasks].sort((a, b) => a.ts - b.ts)) {
    const end = task.ts + (task.dur ?? 0);
    const last = merged.at(-1);
    if (last && task.ts <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([task.ts, end]);
  }
  return merged;
}

const busyBetween = (intervals: readonly [number, number][], from: number, to: number) =>
  intervals.reduce((sum, [start, end]) => sum + Math.max(0, Math.min(to, end) - Math.max(from, start)), 0);

/**
 * The busy milliseconds of the marks' thread in each change's window, in the order the changes were made.
 * `resumeAfterPauseMs[i]`: how long after its pause mark change i's wall time resumed (the next frame's
 * timestamp, when that came after the first frame's end; else 0).
 */
export function busyInWindows(events: readonly TraceEvent[], resumeAfterPauseMs: readonly number[]): WindowBusy[] {
  const names = [WINDOW_START, WINDOW_PAUSE, WINDOW_END];
  const marks = events.filter((e) => names.includes(e.name)).sort((a, b) => a.ts - b.ts);
  if (marks.length === 0) return [];
  const { pid, tid } = marks[0]!;
  const intervals = taskIntervals(
    events.filter((e) => e.ph === 'X' && e.name === TASK && e.pid === pid && e.tid === tid),
  );
  const windows: WindowBusy[] = [];
  for (let i = 0; i < marks.length; i += 3) {
    const n = windows.length;
    const [start, pause, end] = [marks[i], marks[i + 1], marks[i + 2]];
    const found = [start, pause, end].map((m) => m?.name ?? 'none');
    if (found.some((name, k) => name !== names[k]))
      throw new Error(`trace marks out of order at change ${n + 1}: ${found.join(', ')}`);
    const resume = resumeAfterPauseMs[n];
    if (resume === undefined) throw new Error(`change ${n + 1} was traced but not timed`);
    const busyMs = busyBetween(intervals, start!.ts, end!.ts) / 1000;
    // The mark at the click is set inside a task (a frame callback), so a window with no busy time lost its tasks.
    if (busyMs === 0) throw new Error(`no main-thread task in the trace of change ${n + 1}`);
    const resumeTs = pause!.ts + resume * 1000;
    const inWall = busyBetween(intervals, start!.ts, pause!.ts) + busyBetween(intervals, resumeTs, end!.ts);
    windows.push({ busyMs, busyInWallMs: inWall / 1000 });
  }
  if (windows.length !== resumeAfterPauseMs.length) {
    throw new Error(`${resumeAfterPauseMs.length} changes timed but ${windows.length} traced`);
  }
  return windows;
}

/** Runs `work` under the light trace, and returns its result with the trace's events. */
export async function traceMainThread<T>(
  page: Page,
  work: () => Promise<T>,
): Promise<{ result: T; events: TraceEvent[] }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<boolean>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e) => resolve(e.dataLossOccurred)),
  );
  await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing', transferMode: 'ReportEvents' });
  try {
    const result = await work();
    await cdp.send('Tracing.end');
    // Lost events would read as idle time: no number rather than a wrong one.
    if (await complete) throw new Error('the trace lost events (its buffer filled up)');
    return { result, events };
  } finally {
    await cdp.detach();
  }
}
