/**
 * The Lighthouse part of `npm run bench`: the mobile preset (Lighthouse's default emulation and simulated
 * throttling) and the desktop preset (the config behind `--preset=desktop`), each run several times against
 * the served build and reported as the median of every score and metric on its own.
 *
 * lighthouse is pinned to ~12.8 because 13 needs Node ≥ 22.19 and these machines run Node 20.
 */
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { median, round } from './stats';

const PRESETS: Record<string, Config | undefined> = { mobile: undefined, desktop: desktopConfig };
// Only these are reported; leaving SEO out also keeps its robots.txt and crawlability gatherers from running.
const CATEGORIES = { performance: 'performance', accessibility: 'accessibility', bestPractices: 'best-practices' };
const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
};
// Performance audits below 1 are mostly metric scores already in the table; these two categories' are not.
const AUDITED_CATEGORIES = ['accessibility', 'best-practices'];

export interface FailingAudit {
  preset: string;
  category: string;
  id: string;
  title: string;
  /** The worst score over the runs, 0–1. */
  score: number;
  failedRuns: number;
}

async function runOnce(url: string, chromePath: string, config: Config | undefined): Promise<Result> {
  // A fresh browser every run, as the Lighthouse CLI does, so no run starts with another's cache or compiled code.
  const chrome = await launch({ chromePath, chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, logLevel: 'error', onlyCategories: Object.values(CATEGORIES) },
      config,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
    for (const warning of result.lhr.runWarnings) console.warn(`Lighthouse warning: ${warning}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

function score(lhr: Result, category: string) {
  const value = lhr.categories[category]?.score;
  // A null score means an audit in it errored; a median over a made-up number would hide that.
  if (value == null) throw new Error(`Lighthouse gave no ${category} score`);
  return value * 100;
}

function failingAudits(preset: string, lhrs: Result[]): FailingAudit[] {
  const failing = new Map<string, FailingAudit>();
  for (const lhr of lhrs) {
    for (const category of AUDITED_CATEGORIES) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        const seen = failing.get(ref.id);
        failing.set(ref.id, {
          preset,
          category,
          id: ref.id,
          title: audit.title,
          score: Math.min(audit.score, seen?.score ?? 1),
          failedRuns: (seen?.failedRuns ?? 0) + 1,
        });
      }
    }
  }
  return [...failing.values()];
}

/** Requests the page made to anywhere but the server under test: there should be none. */
function offOriginRequests(lhr: Result, origin: string) {
  const details = lhr.audits['network-requests']?.details;
  const items = details?.type === 'table' ? details.items : [];
  return items.map((item) => String(item.url)).filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin);
}

export async function measureLighthouse(url: string, chromePath: string, runs: number) {
  const summary = [];
  const failing: FailingAudit[] = [];
  const offOrigin = new Set<string>();
  let version = '';
  for (const [preset, config] of Object.entries(PRESETS)) {
    const lhrs: Result[] = [];
    for (let run = 0; run < runs; run += 1) lhrs.push(await runOnce(url, chromePath, config));
    version = lhrs[0].lighthouseVersion;
    const medianOf = (value: (lhr: Result) => number) => median(lhrs.map(value));
    const metric = (id: string) => medianOf((lhr) => lhr.audits[id].numericValue ?? NaN);
    const category = (id: string) => Math.round(medianOf((lhr) => score(lhr, id)));
    summary.push({
      preset,
      performance: category(CATEGORIES.performance),
      accessibility: category(CATEGORIES.accessibility),
      bestPractices: category(CATEGORIES.bestPractices),
      fcpMs: round(metric(METRICS.fcpMs)),
      lcpMs: round(metric(METRICS.lcpMs)),
      tbtMs: round(metric(METRICS.tbtMs)),
      cls: Math.round(metric(METRICS.cls) * 1000) / 1000,
      // Lighthouse's own CPU benchmark of this machine (higher is faster), so runs elsewhere can be compared.
      benchmarkIndex: Math.round(medianOf((lhr) => lhr.environment.benchmarkIndex)),
    });
    failing.push(...failingAudits(preset, lhrs));
    for (const lhr of lhrs) for (const request of offOriginRequests(lhr, new URL(url).origin)) offOrigin.add(request);
    console.log(`Lighthouse ${preset}: ${runs} runs`);
  }
  return {
    version,
    method: `median of ${runs} runs a preset, each score and metric on its own`,
    summary,
    failingAudits: failing,
    offOriginRequests: [...offOrigin],
  };
}
