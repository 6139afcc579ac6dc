/**
 * The meeting-room soak: a presentation left looping at a short interval for N slide changes, with the JS
 * heap, DOM nodes, event listeners and pending timers read (after a forced garbage collection) at the start,
 * halfway and at the end. A screen that runs all day must end where it started.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { round } from './stats';

export interface SoakSample {
  transitions: number;
  heapUsedMB: number;
  domNodes: number;
  eventListeners: number;
  pendingTimers: number;
  /** Chart pictures in the page: one slide's worth, not one more per slide shown. */
  charts: number;
}

export interface SoakReport {
  method: string;
  seconds: number;
  samples: SoakSample[];
}

/** Counts slide changes and timers the page has pending (set, neither fired nor cleared). */
function instrument() {
  const w = window as unknown as { __transitions: number; __pendingTimers: Set<number> };
  w.__transitions = 0;
  w.__pendingTimers = new Set();
  const set = window.setTimeout.bind(window);
  const clear = window.clearTimeout.bind(window);
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
    const id = set(
      (...a: unknown[]) => {
        w.__pendingTimers.delete(id);
        if (typeof handler === 'function') (handler as (...b: unknown[]) => void)(...a);
      },
      delay,
      ...rest,
    );
    w.__pendingTimers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) w.__pendingTimers.delete(id);
    clear(id);
  }) as typeof window.clearTimeout;
  new MutationObserver(() => {
    w.__transitions += 1;
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-slide'] });
}

async function sample(page: Page, cdp: CDPSession): Promise<SoakSample> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  const inPage = await page.evaluate(() => {
    const w = window as unknown as { __transitions: number; __pendingTimers: Set<number> };
    return {
      transitions: w.__transitions,
      pendingTimers: w.__pendingTimers.size,
      charts: document.querySelectorAll('.chart-svg').length,
    };
  });
  return {
    transitions: inPage.transitions,
    heapUsedMB: round(metric('JSHeapUsedSize') / 2 ** 20),
    domNodes: metric('Nodes'),
    eventListeners: metric('JSEventListeners'),
    pendingTimers: inPage.pendingTimers,
    charts: inPage.charts,
  };
}

const waitForTransitions = (page: Page, count: number, timeout: number) =>
  page.waitForFunction((n) => (window as unknown as { __transitions: number }).__transitions >= n, count, {
    polling: 500,
    timeout,
  });

export async function measureSoak(browser: Browser, base: string, transitions: number, interval = 0.2) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const started = Date.now();
  await page.goto(`${base}?mode=present&loop=1&interval=${interval}`);
  await page.waitForSelector('.present__stage');
  // Past the title and overview, so the map, the charts and their chunks are all loaded before the first reading.
  await waitForTransitions(page, 3, 60_000);
  const samples = [await sample(page, cdp)];
  const budget = transitions * interval * 1000 * 5 + 60_000;
  await waitForTransitions(page, Math.floor(transitions / 2), budget);
  samples.push(await sample(page, cdp));
  await waitForTransitions(page, transitions, budget);
  samples.push(await sample(page, cdp));
  await context.close();
  return {
    method: `?mode=present&loop=1&interval=${interval} at 1920×1080 for ${transitions} slide changes; readings after a forced GC`,
    seconds: round((Date.now() - started) / 1000),
    samples,
  } satisfies SoakReport;
}
