/**
 * The longest main-thread task while loading, read in a Chromium that no DevTools client is attached to.
 *
 * Playwright and Lighthouse drive pages over the DevTools protocol, and with a client attached V8 collects source
 * positions it would otherwise skip: in a trace, evaluating the first-view chunk takes 200–250 ms that way, of
 * which 100–145 ms is V8.CollectSourcePositions, against 40–57 ms with nothing attached. So this pass opens each
 * page through Chromium's HTTP endpoint (/json/new), which attaches nothing, and the page reports its own long
 * tasks to the server that serves it. Each load gets a loopback address of its own (127.0.0.10, .11, …): a new
 * site, so a new renderer process with cold caches, as on a first visit; `no-store` keeps the HTTP cache (and
 * with it V8's code cache) out of it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { CONTENT_TYPES } from '../scripts/contentTypes';

const PROBE_PATH = '/__bench-probe.js';
const REPORT_PATH = '/__bench-report';
/** After all views are drawn, tasks still running from the load (the second chart's first draw) are counted. */
const SETTLE_MS = 1000;

/** Runs in the page before the app: the same "all views drawn" test as the Playwright pass, then one report. */
const PROBE = `(() => {
  let longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const drawn = () =>
    document.querySelectorAll('.quote-card:not([hidden])').length > 0 &&
    document.querySelectorAll('path.leaflet-interactive').length >= 10 &&
    document.querySelector('.district-map__canvas[data-zoom]') !== null &&
    [...document.querySelectorAll('.chart-panel .chart-svg')].filter((svg) => svg.querySelector('.chart-svg__mark'))
      .length >= 2;
  const poll = setInterval(() => {
    if (!drawn()) return;
    clearInterval(poll);
    setTimeout(() => fetch('${REPORT_PATH}', { method: 'POST', body: String(longest) }), ${SETTLE_MS});
  }, 100);
})();`;

/** Serves `dist` (with the probe in index.html and `datasetJson` as the dataset) on `host`; resolves a report. */
async function serveOnce(dist: string, datasetJson: string, host: string) {
  let report: (longest: number) => void = () => {};
  const reported = new Promise<number>((resolve) => (report = resolve));
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const send = (body: string | Buffer, type: string) => {
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (path === REPORT_PATH) {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        response.end();
        report(Number(body));
      });
      return;
    }
    if (path === PROBE_PATH) return send(PROBE, CONTENT_TYPES['.js']);
    if (path === '/data/dataset.json') return send(datasetJson, CONTENT_TYPES['.json']);
    const file = join(dist, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dist)) return response.writeHead(403).end();
    readFile(file).then(
      (body) =>
        path === '/' || path === '/index.html'
          ? send(
              body.toString().replace('<head>', `<head><script src="${PROBE_PATH}"></script>`),
              CONTENT_TYPES['.html'],
            )
          : send(body, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { url: `http://${host}:${(server.address() as AddressInfo).port}/`, reported, server };
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The longest task of each of `loads` page loads at 1920×1080, in ms. */
export async function longTasksWithoutDevTools(
  browserPath: string,
  dist: string,
  datasetJson: string,
  loads: number,
): Promise<number[]> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const chromium = spawn(
    browserPath,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--window-size=1920,1080',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    // Its own process group, so that stopping it stops its renderers too (they write to the profile).
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  try {
    const endpoint = await withTimeout(
      new Promise<string>((resolve) => {
        let output = '';
        chromium.stderr.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /DevTools listening on ws:\/\/([^/]+)\//.exec(output);
          if (match) resolve(`http://${match[1]}`);
        });
      }),
      30_000,
      'Chromium start',
    );
    const longest: number[] = [];
    for (let i = 0; i < loads; i += 1) {
      const { url, reported, server } = await serveOnce(dist, datasetJson, `127.0.0.${10 + i}`);
      try {
        const target = (await (await fetch(`${endpoint}/json/new?${url}`, { method: 'PUT' })).json()) as { id: string };
        longest.push(await withTimeout(reported, 120_000, `load ${i + 1} of ${url}`));
        await fetch(`${endpoint}/json/close/${target.id}`);
      } finally {
        server.closeAllConnections();
        server.close();
      }
    }
    return longest;
  } finally {
    const exited = new Promise((resolve) => chromium.once('exit', resolve));
    if (chromium.pid) process.kill(-chromium.pid);
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
}
