import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build';
import { realInputs } from '../../../scripts/data/testInputs';
import { applyFilter } from '../../shared/dataset/filter';
import { DEFAULT_VIEW, type ViewState } from '../../shared/url/viewState';
import type { ChartEnv, TooltipItem } from './chart';
import { themePlacesModel } from './model';
import { contrastRatio, heatColor, PALETTES } from './palette';
import { themePlacesChart } from './themePlacesChart';

const dataset = buildDataset(realInputs());
const visibleFor = (view: Partial<ViewState> = {}) => applyFilter(dataset, { ...DEFAULT_VIEW, ...view });
const env = (over: Partial<ChartEnv> = {}): ChartEnv => ({
  frame: { width: 900, fontSize: 16 },
  scheme: 'light',
  lang: 'zh',
  ...over,
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

function build(view: Partial<ViewState> = {}, over: Partial<ChartEnv> = {}) {
  const e = env(over);
  const model = themePlacesModel(dataset, visibleFor(view), view.themes ?? [], view.districts ?? [], e.lang);
  const chart = themePlacesChart(model, e);
  const option = chart.option as Loose;
  return { model, chart, option, series: option.series[0], xAxis: option.xAxis, yAxis: option.yAxis };
}

describe('themePlacesChart', () => {
  it('has a cell for every non-zero count of the matrix, and only those', () => {
    const { model, series } = build();
    const expected = model.counts.flatMap((row, r) => row.flatMap((n, c) => (n > 0 ? [[c, r, n]] : [])));
    expect(series.type).toBe('scatter');
    expect(series.symbol).toBe('rect');
    expect(series.data.map((d: Loose) => d.value)).toEqual(expected);
  });

  it('labels rows with themes and columns with district short names and group names', () => {
    const { model, xAxis, yAxis } = build({}, { lang: 'en' });
    expect(yAxis.data.map((d: Loose) => d.value)).toEqual(model.rows.map((r) => r.label));
    expect(xAxis.data.map((d: Loose) => d.value)).toEqual([
      'Futian',
      'Luohu',
      'Nanshan',
      'Yantian',
      'Longgang',
      'Dapeng',
      'City institutions',
      'Companies',
      'Collective voices',
    ]);
  });

  it('colours every cell on one scale and prints its count at AA contrast', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { series, option, model } = build({}, { scheme });
      for (const cell of series.data) {
        expect(cell.itemStyle.color).toBe(heatColor(cell.value[2], model.max, PALETTES[scheme]).fill);
        expect(contrastRatio(cell.label.color, cell.itemStyle.color)).toBeGreaterThanOrEqual(4.5);
      }
      // Drawn as given: ECharts draws scatter symbols at 0.8 opacity unless told, paling every cell's fill.
      expect(series.itemStyle.opacity).toBe(1);
      expect(series.label.formatter({ value: [0, 0, 7] })).toBe('7');
      expect(option.xAxis.splitLine.lineStyle.color).toBe(PALETTES[scheme].line);
    }
  });

  it('sizes the cells to fill their band, with a small gap', () => {
    const { chart, series, model } = build();
    const [w, h] = series.symbolSize;
    expect(w).toBeCloseTo(chart.plot.width / model.places.length - 3, 5);
    expect(h).toBe(chart.rowHeight - 3);
    expect(series.emphasis.scale).toBe(false);
  });

  it('outlines the cells of the selection in the accent red and marks the selected labels', () => {
    const { model, series, xAxis, yAxis } = build({ themes: ['enterprise'], districts: ['futian'] });
    const r = model.rows.findIndex((row) => row.id === 'enterprise');
    const c = model.places.findIndex((p) => p.id === 'futian');
    const outlined = series.data.filter((d: Loose) => d.itemStyle?.borderColor === PALETTES.light.accent);
    expect(outlined.map((d: Loose) => d.value.slice(0, 2))).toEqual([[c, r]]);
    expect(yAxis.data[r].textStyle.color).toBe(PALETTES.light.accent);
    expect(xAxis.data[c].textStyle.color).toBe(PALETTES.light.accent);
  });

  it('sets column names horizontally on a desk, one character per line (zh) or turned (en) on a phone', () => {
    expect(build().xAxis.axisLabel.rotate).toBe(0);
    // On a 4K wall in English, "City institutions" takes two whole-word lines (ECharts' own breaking split a word).
    const wall = build({}, { frame: { width: 1800, fontSize: 32 }, lang: 'en' }).xAxis.axisLabel;
    expect(wall).not.toHaveProperty('overflow');
    expect(wall.formatter('City institutions')).toBe('City\ninstitutions');
    const phoneZh = build({}, { frame: { width: 340, fontSize: 16 } }).xAxis.axisLabel;
    expect(phoneZh.formatter('市级机构')).toBe('市\n级\n机\n构');
    const phoneEn = build({}, { frame: { width: 340, fontSize: 16 }, lang: 'en' }).xAxis.axisLabel;
    expect(phoneEn.rotate).toBe(90);
    expect(phoneEn.formatter).toBeUndefined();
  });

  it('leaves room above the matrix for the column names', () => {
    const desk = build().chart;
    const phone = build({}, { frame: { width: 340, fontSize: 16 } }).chart;
    expect(phone.plot.top).toBeGreaterThan(desk.plot.top);
    expect(phone.plot.top).toBeGreaterThanOrEqual(4 * Math.round(14 * 1.3));
  });

  it('has a plain-text tooltip and a summary for screen readers', () => {
    const { model, option, chart } = build();
    const r = model.rows.findIndex((row) => row.id === 'fintech');
    const c = model.places.findIndex((p) => p.id === 'luohu');
    const text = option.tooltip.formatter({ value: [c, r, model.counts[r][c]] } as TooltipItem);
    expect(text).toBe(`金融科技与数字人民币\n罗湖：${model.counts[r][c]} 项承诺`);
    expect(option.tooltip.renderMode).toBe('richText');
    expect(chart.description).toMatch(/^主题与区热力图，共 \d+ 个非空格子；最多的是/);
  });

  it('says so when nothing matches', () => {
    const model = themePlacesModel(dataset, [], [], [], 'zh');
    const chart = themePlacesChart(model, env());
    expect((chart.option.series as Loose)[0].data).toEqual([]);
    expect(chart.description).toContain('没有承诺');
  });
});
