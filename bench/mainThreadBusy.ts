/**
 * How long the page's main thread was busy inside marked windows, read from a light trace: top-level tasks and
 * user-timing marks only. The filter-change time is wall time, and on this two-core VM with no GPU part of it is
 * the main thread sitting idle while the browser's software compositor catches up; this reading leaves that out.
 * Tracing only those two categories did not move the wall-time median (17.8 vs 17.7 ms, 96 changes each).
 */
import type { Page } from '@playwright/test';

/** performance.mark() names the page sets around each window. */
export const WINDOW_START = 'bench:window-start';
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

/** What the trace calls one task run on a thread's loop (every task the main thread runs is one of these). */
const TASK = 'ThreadControllerImpl::RunTask';

/**
 * The busy milliseconds of the marks' thread in each window, in the order the windows were marked. Tasks are
 * clipped to the window; nested tasks are not counted twice, since only this top-level event is read.
 */
export function busyInWindows(events: readonly TraceEvent[]): number[] {
  const marks = events.filter((e) => e.name === WINDOW_START || e.name === WINDOW_END).sort((a, b) => a.ts - b.ts);
  if (marks.length === 0) return [];
  const { pid, tid } = marks[0]!;
  const tasks = events.filter((e) => e.ph === 'X' && e.name === TASK && e.pid === pid && e.tid === tid);
  const busy: number[] = [];
  for (let i = 0; i < marks.length; i += 2) {
    const start = marks[i]!;
    const end = marks[i + 1];
    if (start.name !== WINDOW_START || end?.name !== WINDOW_END) {
      throw new Error(`trace marks out of order at window ${busy.length + 1}: ${start.name}, ${end?.name ?? 'none'}`);
    }
    let microseconds = 0;
    for (const task of tasks) {
      const overlap = Math.min(end.ts, task.ts + (task.dur ?? 0)) - Math.max(start.ts, task.ts);
      if (overlap > 0) microseconds += overlap;
    }
    busy.push(microseconds / 1000);
  }
  return busy;
}

/** Runs `work` under the light trace and returns its result with the busy time of each window it marked. */
export async function traceBusy<T>(page: Page, work: () => Promise<T>): Promise<{ result: T; busyMs: number[] }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing', transferMode: 'ReportEvents' });
  const result = await work();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return { result, busyMs: busyInWindows(events) };
}
