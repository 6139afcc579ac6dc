import { describe, expect, it } from 'vitest';
import { checkTargets, type ScaleTimings, type TargetsInput } from './targets';

const timings = (scale: number, filterChangeMs: number, longest: number, busy = filterChangeMs - 3): ScaleTimings => ({
  scale,
  filterChangeMs,
  filterChangeBusyMs: busy,
  longestTaskWhileLoadingMs: longest,
  longestTaskNoDevToolsMs: longest,
});

const report = (overrides: Partial<TargetsInput> = {}): TargetsInput => ({
  totals: { firstViewJsGzip: 100 * 1024, allJsGzip: 340 * 1024 },
  results: [timings(1, 12, 80), timings(1000, 45, 150)],
  lighthouse: {
    summary: [
      { preset: 'mobile', performance: 97, accessibility: 100 },
      { preset: 'desktop', performance: 100, accessibility: 100 },
    ],
  },
  ...overrides,
});

const metOf = (input: TargetsInput, target: RegExp) => checkTargets(input).find((c) => target.test(c.target))?.met;

describe('checkTargets', () => {
  it('meets every target with numbers inside them', () => {
    expect(checkTargets(report()).every((c) => c.met === true)).toBe(true);
  });

  it('misses the filter-change targets by a tenth of a millisecond, and meets them exactly at the line', () => {
    const slow = report({ results: [timings(1, 16.1, 80, 16.1), timings(1000, 50.1, 150, 50.1)] });
    expect(metOf(slow, /real data, wall time/)).toBe(false);
    expect(metOf(slow, /real data, main thread busy/)).toBe(false);
    expect(metOf(slow, /1000×, wall time/)).toBe(false);
    expect(metOf(slow, /1000×, main thread busy/)).toBe(false);
    const atTheLine = report({ results: [timings(1, 16, 80, 16), timings(1000, 50, 200, 50)] });
    expect(checkTargets(atTheLine).every((c) => c.met === true)).toBe(true);
  });

  it('judges wall time and main thread busy each on its own number', () => {
    const idleWaits = report({ results: [timings(1, 18, 80, 13), timings(1000, 45, 150)] });
    expect(metOf(idleWaits, /real data, wall time/)).toBe(false);
    expect(metOf(idleWaits, /real data, main thread busy/)).toBe(true);
  });

  it('says "not measured" for a median of no samples, not a number that misses', () => {
    const none = report({ results: [timings(1, NaN, -Infinity, NaN), timings(1000, 45, 150)] });
    for (const reading of [/real data, wall time/, /real data, main thread busy/]) {
      expect(checkTargets(none).find((c) => reading.test(c.target))).toMatchObject({
        measured: 'not measured',
        met: null,
      });
    }
  });

  it('misses the long-task target with one task over 200 ms', () => {
    const input = report({
      results: [timings(1, 12, 80), { ...timings(1000, 45, 150), longestTaskWhileLoadingMs: 209 }],
    });
    expect(metOf(input, /Playwright attached/)).toBe(false);
    expect(metOf(input, /no DevTools/)).toBe(true);
  });

  it('misses Lighthouse at 94 on mobile and 99 on desktop', () => {
    const input = report({
      lighthouse: {
        summary: [
          { preset: 'mobile', performance: 94, accessibility: 100 },
          { preset: 'desktop', performance: 99, accessibility: 100 },
        ],
      },
    });
    expect(metOf(input, /mobile performance/)).toBe(false);
    expect(metOf(input, /desktop performance/)).toBe(false);
  });

  it('misses a bundle budget a byte over it', () => {
    expect(metOf(report({ totals: { firstViewJsGzip: 150 * 1024 + 1, allJsGzip: 1 } }), /first-view/)).toBe(false);
  });

  it('says "not measured", not met, for a scale or Lighthouse left out of the run', () => {
    const partial = checkTargets(report({ results: [timings(1, 12, 80)], lighthouse: undefined }));
    const unmeasured = partial.filter((c) => c.met === null).map((c) => c.target);
    expect(unmeasured).toHaveLength(8);
    expect(partial.find((c) => /1000×, wall time$/.test(c.target))?.measured).toBe('not measured');
    expect(partial.find((c) => /1000×, main thread busy$/.test(c.target))?.measured).toBe('not measured');
  });
});
