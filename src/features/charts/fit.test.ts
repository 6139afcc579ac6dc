import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build';
import { realInputs } from '../../../scripts/data/testInputs';
import { applyFilter } from '../../shared/dataset/filter';
import { DEFAULT_VIEW } from '../../shared/url/viewState';
import { fitChart } from './fit';
import type { Frame } from './layout';
import { themeMixModel, themeTotalsModel } from './model';
import { themeTotalsChart } from './themeTotalsChart';

const dataset = buildDataset(realInputs());
const totals = themeTotalsModel(dataset, applyFilter(dataset, DEFAULT_VIEW), [], 'zh');
const build = (frame: Frame) => themeTotalsChart(totals, { frame, scheme: 'dark', lang: 'zh' });

/** The type size of the theme names beside the rows. */
const labelSize = (chart: ReturnType<typeof build>) => chart.scene.targets[0].texts[0].size;

describe('fitChart', () => {
  it('keeps the full type size when the chart fits', () => {
    const frame = { width: 800, fontSize: 30 };
    const roomy = build(frame).scene.height + 10;
    const chart = fitChart([build], frame, roomy);
    expect(chart.scene.height).toBeLessThanOrEqual(roomy);
    expect(chart.scene.height).toBe(build(frame).scene.height);
    expect(chart.rowHeight).toBe(build(frame).rowHeight);
  });

  it('shrinks the type until every row fits the box', () => {
    const frame = { width: 800, fontSize: 30 };
    const full = build(frame).scene.height;
    const chart = fitChart([build], frame, full * 0.6);
    expect(chart.scene.height).toBeLessThanOrEqual(full * 0.6);
    expect(chart.scene.height).toBeGreaterThan(full * 0.4);
  });

  it('finds the largest type that fits, not just one that does', () => {
    const frame = { width: 800, fontSize: 30 };
    const box = build(frame).scene.height * 0.6;
    let largest = 30;
    while (build({ ...frame, fontSize: largest }).scene.height > box) largest -= 0.125;
    expect(labelSize(fitChart([build], frame, box))).toBe(labelSize(build({ ...frame, fontSize: largest })));
  });

  it('of several layouts, takes the one whose type comes out largest: long English names on one line', () => {
    const english = themeTotalsModel(dataset, applyFilter(dataset, DEFAULT_VIEW), [], 'en');
    const withShare = (share: number) => (frame: Frame) =>
      themeTotalsChart(english, { frame, scheme: 'light', lang: 'en', labelColumn: { share, ems: 40 } });
    // The theme chart's box on a 1920 × 1080 slide.
    const frame = { width: 870, fontSize: 32 };
    const box = 590;
    const usual = fitChart(
      [(f: Frame) => themeTotalsChart(english, { frame: f, scheme: 'light', lang: 'en' })],
      frame,
      box,
    );
    const best = fitChart([withShare(0.4), withShare(0.5), withShare(0.6)], frame, box);
    expect(best.scene.height).toBeLessThanOrEqual(box);
    expect(labelSize(best)).toBeGreaterThan(labelSize(usual) * 1.1);
  });

  it('gives up at a legible minimum rather than drawing unreadable labels', () => {
    const frame = { width: 800, fontSize: 30 };
    const chart = fitChart([build], frame, 10);
    expect(chart.scene.height).toBeGreaterThan(10);
  });
});

describe('themeMixModel', () => {
  it('keeps the themes with pledges, most first', () => {
    const view = { ...DEFAULT_VIEW, districts: ['nanshan'] };
    const nanshan = themeTotalsModel(dataset, applyFilter(dataset, view), [], 'zh');
    const mix = themeMixModel(nanshan, 20);
    expect(mix.rows.length).toBeGreaterThan(0);
    expect(mix.more).toBe(0);
    expect(mix.rows.every((r) => r.count > 0)).toBe(true);
    expect(mix.rows.map((r) => r.count)).toEqual([...mix.rows.map((r) => r.count)].sort((a, b) => b - a));
    expect(mix.rows.reduce((n, r) => n + r.count, 0)).toBe(nanshan.rows.reduce((n, r) => n + r.count, 0));
  });

  it('shows at most `limit` themes and counts the rest', () => {
    const present = totals.rows.filter((r) => r.count > 0);
    const mix = themeMixModel(totals, 5);
    expect(mix.rows.map((r) => r.count)).toEqual(
      present
        .map((r) => r.count)
        .sort((a, b) => b - a)
        .slice(0, 5),
    );
    expect(mix.more).toBe(present.length - 5);
  });
});
