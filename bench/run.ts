/**
 * `npm run bench`: builds the app, serves the production build, and measures it in headless Chromium.
 * Prints a table and writes bench/results.json. Numbers, not assertions: tests never time things.
 *
 *   npm run bench                 real dataset and synthetic 10×, 100× and 1000×, Lighthouse 3 runs a preset
 *   npm run bench -- --scales=1,1000 --loads=5 --lighthouse=0 --port=4200
 *   npm run bench -- --scales=1 --lighthouse=0 --soak=200      a shorter meeting-room soak (0 skips it)
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { Dataset } from '../src/shared/dataset/schema';
import { findBrowser } from '../scripts/browser';
import { isJs, measureChunks, sumGzip } from '../scripts/bundle';
import { multiplyDataset } from '../scripts/data/synthetic';
import { measureLighthouse } from './lighthouse';
import { longTasksWithoutDevTools } from './longTasks';
import { busyInWindows, traceMainThread, WINDOW_END, WINDOW_PAUSE, WINDOW_START } from './mainThreadBusy';
import { measureSoak } from './soak';
import { median, round } from './stats';
import { checkTargets } from './targets';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [key, value = ''] = a.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const scales = (args.get('scales') ?? '1,10,100,1000').split(',').map(Number);
const loads = Number(args.get('loads') ?? 10);
const filterChanges = Number(args.get('changes') ?? 20);
const lighthouseRuns = Number(args.get('lighthouse') ?? 3);
const port = Number(args.get('port') ?? 4199);
const soakTransitions = Number(args.get('soak') ?? 1000);
const BASE = `http://127.0.0.1:${port}/`;

async function responds(url: string) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i += 1) {
    if (await responds(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up`);
}

/** All three views drawn: quote cards, the ten district shapes, and both charts with bars or cells drawn. */
function allViewsDrawn() {
  const cards = document.querySelectorAll('.quote-card:not([hidden])').length > 0;
  // The map is made over several tasks and shown whole: its zoom is written once it shows.
  const shapes =
    document.querySelectorAll('path.leaflet-interactive').length >= 10 &&
    document.querySelector('.district-map__canvas[data-zoom]') !== null;
  const charts = [...document.querySelectorAll('.chart-panel .chart-svg')].filter(
    (svg) => svg.querySelector('.chart-svg__mark') !== null,
  );
  return cards && shapes && charts.length >= 2 ? performance.now() : 0;
}

/**
 * Times `count` filter changes in a freshly loaded page whose views are all drawn, each followed by a click that
 * changes nothing.
 */
function timeFilterChanges(page: Page, count: number) {
  // Alternate a district on and off from the filter bar. Each click happens at the start of a frame (in an
  // animation-frame callback), and the sample is the main thread's work from the click to that frame painted,
  // plus the work of the frame after it. Clicking at a random moment would add up to one frame of waiting for
  // the next frame (a click that changes nothing measured 16.7 ms that way), which no code of ours can
  // shorten. The charts are SVG rendered with the rest of the page, so they are in the first frame. Some work
  // waits for the next frame: cards coming into view (content-visibility) and the map's labels when one
  // changes size (placed in an animation frame: after real input that is the same frame, but a click made
  // inside a frame's callbacks pushes it to the next one). So that frame is counted too; the address is
  // written to history after it, once every view shows the change (src/shared/url/address.ts). Its
  // timestamp is the vsync it belongs to, often one that passed while the first frame was still being made
  // (8 ms before the first frame's end, median), so its part starts at whichever comes later: its timestamp
  // or the first frame's end. Counted from the timestamp alone, those milliseconds were counted twice.
  return page.evaluate(
    async ({ count, startMark, pauseMark, endMark }) => {
      const button = [...document.querySelectorAll<HTMLButtonElement>('.filters__options button')].find(
        (b) => b.textContent === '罗湖区',
      );
      const heading = document.querySelector<HTMLElement>('h1');
      if (!button || !heading) throw new Error('no 罗湖区 filter button or no heading');
      // No named helpers in here: tsx would wrap them in a __name() call the page does not have.
      const filter: number[] = [];
      const nextFrame: number[] = [];
      const noop: number[] = [];
      const resumeAfterPause: number[] = [];
      for (let i = 0; i < count * 2; i += 1) {
        const target: HTMLElement = i % 2 === 0 ? button : heading;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        // Set in the frame callback below, which runs before the first frame's end is awaited.
        let afterNextFrame!: Promise<{ frameStart: number; painted: number }>;
        const start = await new Promise<number>((resolve) =>
          requestAnimationFrame(() => {
            const now = performance.now();
            if (target === button) performance.mark(startMark);
            target.click();
            // Asked for after the click, so it runs after the callbacks the click asked for. A task queued in
            // a frame's callbacks runs once that frame is painted.
            afterNextFrame = new Promise((done) =>
              requestAnimationFrame((frameStart) =>
                setTimeout(() => {
                  const painted = performance.now();
                  if (target === button) performance.mark(endMark);
                  done({ frameStart, painted });
                }, 0),
              ),
            );
            resolve(now);
          }),
        );
        await new Promise((resolve) => setTimeout(resolve, 0));
        const firstEnd = performance.now();
        if (target === button) performance.mark(pauseMark);
        const { frameStart, painted } = await afterNextFrame;
        const first = firstEnd - start;
        const second = painted - Math.max(frameStart, firstEnd);
        if (target === button) {
          nextFrame.push(second);
          resumeAfterPause.push(Math.max(frameStart, firstEnd) - firstEnd);
        }
        (target === button ? filter : noop).push(first + second);
      }
      return { filter, nextFrame, noop, resumeAfterPause };
    },
    { count, startMark: WINDOW_START, pauseMark: WINDOW_PAUSE, endMark: WINDOW_END },
  );
}

async function measureScale(browser: Browser, datasetJson: string) {
  const navigation: number[] = [];
  const longestTask: number[] = [];
  const filter: number[] = [];
  const nextFrame: number[] = [];
  const noop: number[] = [];
  const busy: number[] = [];
  const idle: number[] = [];
  // Each load's own median: how far one load's luck (JIT, GC, a busy neighbour) moves the number.
  const loadMedians: number[] = [];
  for (let run = 0; run < loads; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.route('**/data/dataset.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: datasetJson }),
    );
    await page.goto(BASE);
    const drawn = await (
      await page.waitForFunction(allViewsDrawn, undefined, { polling: 'raf', timeout: 60_000 })
    ).jsonValue();
    navigation.push(drawn);
    longestTask.push(await page.evaluate(() => (window as unknown as { __longest: number }).__longest));
    const { result: samples, events } = await traceMainThread(page, () => timeFilterChanges(page, filterChanges));
    const windows = busyInWindows(events, samples.resumeAfterPause);
    filter.push(...samples.filter);
    busy.push(...windows.map((w) => w.busyMs));
    idle.push(...samples.filter.map((wall, i) => wall - windows[i]!.busyInWallMs));
    nextFrame.push(...samples.nextFrame);
    noop.push(...samples.noop);
    loadMedians.push(median(samples.filter));
    await context.close();
  }
  return {
    navigationToAllViewsMs: round(median(navigation)),
    longestTaskWhileLoadingMs: round(Math.max(...longestTask)),
    filterChangeMs: round(median(filter)),
    filterChangeSamples: filter.length,
    filterChangeLoadMediansMs:
      filter.length > 0 ? `${round(Math.min(...loadMedians))}–${round(Math.max(...loadMedians))}` : 'not measured',
    filterChangeP90Ms: round([...filter].sort((a, b) => a - b)[Math.floor(filter.length * 0.9)]),
    filterChangeNextFrameMs: round(median(nextFrame)),
    filterChangeBusyMs: round(median(busy)),
    filterChangeIdleMs: round(median(idle)),
    noChangeClickMs: round(median(noop)),
  };
}

async function main() {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const chunks = measureChunks(join(root, 'dist'));
  const realJson = readFileSync(join(root, 'public', 'data', 'dataset.json'), 'utf8');
  const real = JSON.parse(realJson) as Dataset;

  // Otherwise vite preview would fail on --strictPort unseen and the bench would measure whatever already listens.
  if (await responds(BASE)) throw new Error(`Something already serves ${BASE}: pass another --port=`);
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  });
  const browserPath = findBrowser();
  if (!browserPath) throw new Error('No Chromium found: apt-get install chromium, or set CHROME_PATH');
  let browser: Browser | undefined;
  try {
    await waitForServer(BASE);
    // Before Playwright launches its browser, so no idle Chromium competes with Lighthouse for the two cores.
    const lighthouseReport =
      lighthouseRuns > 0 ? await measureLighthouse(BASE, browserPath, lighthouseRuns) : undefined;
    browser = await chromium.launch({
      executablePath: browserPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    const results = [];
    for (const scale of scales) {
      const json = scale === 1 ? realJson : JSON.stringify(multiplyDataset(real, scale));
      const measured = await measureScale(browser, json);
      const unattached = await longTasksWithoutDevTools(browserPath, join(root, 'dist'), json, loads);
      results.push({
        scale,
        statements: real.statements.length * scale,
        datasetKB: round(Buffer.byteLength(json) / 1024),
        ...measured,
        longestTaskNoDevToolsMs: round(Math.max(...unattached)),
        longestTaskNoDevToolsMedianMs: round(median(unattached)),
      });
      console.log(`measured ${scale}×`);
    }
    const soak = soakTransitions > 0 ? await measureSoak(browser, BASE, soakTransitions) : undefined;
    const report = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, chromium: browser.version() },
      method: `median of ${loads} loads (navigation → all views drawn) and of ${filterChanges} filter changes in each of them, ${loads * filterChanges} in all (click at a frame's start → that frame painted, plus the next frame from its start, or the first frame's end if later, → its paint, for the work that waits for a frame; filterChangeNextFrame: that second part alone; noChangeClick: the same for a click on the heading; filterChangeBusy: the main thread's time inside tasks from the click to the next frame's paint, from a light trace of top-level tasks and user-timing marks (bench/mainThreadBusy.ts); filterChangeIdle: per change, the wall time less the busy time inside the parts it counts, the main thread waiting (mostly on the compositor); filterChangeLoadMedians: the lowest and highest median of one load), 1920×1080, headless; longestTaskWhileLoading: the largest over those loads, in pages Playwright drives; longestTaskNoDevTools: the largest and the median of the per-load longest over as many loads in a Chromium with no DevTools client attached (bench/longTasks.ts), counted until 1 s after all views are drawn`,
      chunks,
      totals: {
        firstViewGzip: sumGzip(chunks.filter((c) => c.firstView)),
        // What the budget counts: the first view's JS, without its CSS.
        firstViewJsGzip: sumGzip(chunks.filter((c) => c.firstView && isJs(c))),
        allJsGzip: sumGzip(chunks.filter(isJs)),
      },
      results,
      lighthouse: lighthouseReport,
      soak,
    };
    const targets = checkTargets(report);
    writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify({ ...report, targets }, null, 2)}\n`);
    console.log('\nChunks (bytes):');
    console.table(chunks.map((c) => ({ ...c, firstView: c.firstView ? 'yes' : '' })));
    console.log(`first view: ${report.totals.firstViewGzip} B gzip; all JS: ${report.totals.allJsGzip} B gzip`);
    console.log(`\nTimings (${report.method}):`);
    console.table(results);
    if (lighthouseReport) {
      console.log(`\nLighthouse ${lighthouseReport.version} (${lighthouseReport.method}):`);
      console.table(lighthouseReport.summary);
      const { failingAudits } = lighthouseReport;
      console.log(`Audits losing accessibility or best-practices points: ${failingAudits.length || 'none'}`);
      if (failingAudits.length) console.table(failingAudits);
      console.log(`requests off ${BASE}: ${lighthouseReport.offOriginRequests.join(', ') || 'none'}`);
    }
    if (soak) {
      console.log(`\nMeeting-room soak (${soak.method}; ${soak.seconds} s):`);
      console.table(soak.samples);
    }
    console.log("\nIssue #6's targets:");
    console.table(targets.map((c) => ({ ...c, met: c.met === null ? '' : c.met ? 'yes' : 'NO' })));
    console.log('written to bench/results.json');
  } finally {
    await browser?.close();
    if (server.pid) process.kill(-server.pid);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
