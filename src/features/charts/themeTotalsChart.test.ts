import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build';
import { realInputs } from '../../../scripts/data/testInputs';
import { applyFilter } from '../../shared/dataset/filter';
import { DEFAULT_VIEW, type ViewState } from '../../shared/url/viewState';
import { textWidth } from '../../shared/ui/textWidth';
import type { ChartEnv, TooltipItem } from './chart';
import { FONT_FAMILY, lineCount, typeScale } from './layout';
import { themeTotalsModel } from './model';
import { contrastRatio, mix, PALETTES } from './palette';
import { themeTotalsChart } from './themeTotalsChart';

const dataset = buildDataset(realInputs());
const visibleFor = (view: Partial<ViewState> = {}) => applyFilter(dataset, { ...DEFAULT_VIEW, ...view });
const env = (over: Partial<ChartEnv> = {}): ChartEnv => ({
  frame: { width: 900, fontSize: 16 },
  scheme: 'light',
  lang: 'zh',
  ...over,
});

/** The option's parts as plain records: the ECharts option types are unions of every possible shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

function build(selected: string[] = [], over: Partial<ChartEnv> = {}) {
  const e = env(over);
  const model = themeTotalsModel(dataset, visibleFor({ themes: selected }), selected, e.lang);
  const chart = themeTotalsChart(model, e);
  const option = chart.option as Loose;
  return { model, chart, option, series: option.series[0], yAxis: option.yAxis };
}

describe('themeTotalsChart', () => {
  it('draws one bar per theme, in the theme’s colour, with the counts as values and labels', () => {
    const { model, series, yAxis } = build();
    expect(series.type).toBe('bar');
    expect(series.data.map((d: Loose) => d.value)).toEqual(model.rows.map((r) => r.count));
    expect(series.data.map((d: Loose) => d.itemStyle.color)).toEqual(model.rows.map((r) => r.color));
    expect(series.label).toMatchObject({ show: true, position: 'right' });
    expect(yAxis.data.map((d: Loose) => d.value)).toEqual(model.rows.map((r) => r.label));
    expect(yAxis.inverse).toBe(true);
  });

  it('labels the themes in the interface language', () => {
    const zh = build().yAxis.data.map((d: Loose) => d.value);
    const en = build([], { lang: 'en' }).yAxis.data.map((d: Loose) => d.value);
    expect(zh).toContain('营商环境与企业服务');
    expect(en).toContain('Business environment & enterprise services');
  });

  it('fades the other bars and outlines the selected theme in the accent red', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { model, series, yAxis } = build(['talent'], { scheme });
      const i = model.rows.findIndex((r) => r.id === 'talent');
      const palette = PALETTES[scheme];
      expect(series.data[i].itemStyle).toMatchObject({ color: model.rows[i].color, borderColor: palette.accent });
      expect(yAxis.data[i].textStyle).toMatchObject({ color: palette.accent, fontWeight: 'bold' });
      series.data.forEach((d: Loose, j: number) => {
        if (j === i) return;
        expect(d.itemStyle.color).toBe(mix(model.rows[j].color, palette.background, palette.fade));
        // The value label keeps full contrast: the bar is faded by colour, never by opacity.
        expect(d.itemStyle.opacity).toBeUndefined();
        expect(contrastRatio(d.label.color, palette.background)).toBeGreaterThanOrEqual(4.5);
      });
    }
  });

  it('fades nothing when no theme is selected', () => {
    const { model, series } = build();
    expect(series.data.map((d: Loose) => d.itemStyle.color)).toEqual(model.rows.map((r) => r.color));
  });

  it('uses the CJK font stack and the scheme’s text colours', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { option, yAxis } = build([], { scheme });
      expect(option.textStyle.fontFamily).toBe(FONT_FAMILY);
      expect(FONT_FAMILY).toMatch(/^"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC"/);
      expect(yAxis.axisLabel.color).toBe(PALETTES[scheme].ink);
      expect(option.xAxis.axisLabel.color).toBe(PALETTES[scheme].muted);
      expect(option.xAxis.splitLine.lineStyle.color).toBe(PALETTES[scheme].line);
    }
  });

  it('describes itself for screen readers with every count', () => {
    const { model, chart } = build();
    for (const row of model.rows) expect(chart.description).toContain(`${row.label} ${row.count} 项`);
  });

  it('has a plain-text tooltip with the count', () => {
    const { model, option } = build([], { lang: 'en' });
    expect(option.tooltip.renderMode).toBe('richText');
    const text = option.tooltip.formatter({ dataIndex: 0 } as TooltipItem);
    expect(text).toBe(`${model.rows[0].label}\n${model.rows[0].count} pledges`);
  });

  it('wraps long labels inside a label column and makes rows tall enough for them', () => {
    for (const frame of [
      { width: 330, fontSize: 16 },
      { width: 900, fontSize: 17 },
      { width: 1800, fontSize: 20 },
    ]) {
      for (const lang of ['zh', 'en'] as const) {
        const { model, chart, yAxis } = build([], { frame, lang });
        const scale = typeScale(frame);
        // The names' column: left of the plot, less the gap to the axis and the axis line's 2 px.
        const width = chart.plot.left - yAxis.axisLabel.margin - 2;
        // Broken here, not again by ECharts, whose own measure can come out too wide (see themeRowLabels).
        expect(yAxis.axisLabel.overflow).toBeUndefined();
        expect(chart.plot.width).toBeGreaterThan(frame.width * 0.4);
        const lines = Math.max(...model.rows.map((r) => lineCount(r.label, width, scale.label)));
        expect(chart.rowHeight).toBeGreaterThanOrEqual(lines * scale.lineHeight);
        // The shown text: every name whole, on as many lines as the row was sized for, each within the column.
        for (const row of model.rows) {
          const shown: string = yAxis.axisLabel.formatter(row.label);
          // A line ends at a space (dropped) or after a dash (kept), in English; anywhere, in Chinese.
          const joined =
            lang === 'en' ? shown.replace(/([–—])\n/g, '$1').replace(/\n/g, ' ') : shown.replace(/\n/g, '');
          expect(joined).toBe(row.label);
          expect(shown.split('\n').length).toBe(lineCount(row.label, width, scale.label));
          for (const line of shown.split('\n')) expect(textWidth(line, scale.label)).toBeLessThanOrEqual(width);
        }
        expect(chart.height).toBe(
          chart.plot.top + model.rows.length * chart.rowHeight + (chart.option.grid as Loose).bottom,
        );
      }
    }
  });

  it('grows taller with the type size (a 4K wall)', () => {
    const desk = build([], { frame: { width: 900, fontSize: 17 } }).chart.height;
    const wall = build([], { frame: { width: 1800, fontSize: 20 } }).chart.height;
    expect(wall).toBeGreaterThan(desk);
  });

  it('states the plot box it asked ECharts for', () => {
    const { chart, option } = build();
    expect(option.grid).toMatchObject({ left: chart.plot.left, top: chart.plot.top, outerBoundsMode: 'none' });
    expect(chart.plot.left + chart.plot.width + option.grid.right).toBe(900);
  });

  it('sets the value axis in round steps that leave its labels room', () => {
    // The real data's largest count is 17: ECharts' own step of 3 at a desk, 5 where a phone leaves less room.
    expect(build().model.max).toBe(17);
    expect(build().option.xAxis).toMatchObject({ min: 0, max: 18, interval: 3 });
    expect(build([], { frame: { width: 330, fontSize: 16 } }).option.xAxis).toMatchObject({
      min: 0,
      max: 20,
      interval: 5,
    });
  });

  it('lets a compact chart, whose value axis is hidden, end at its data', () => {
    const { xAxis } = build([], { compact: true }).option;
    expect(xAxis.show).toBe(false);
    // Named but unset: each new option is merged into the chart's last (see chartUpdate.ts).
    expect(xAxis.max).toBeUndefined();
    expect(xAxis.interval).toBeUndefined();
  });

  it('draws zero-length bars, not an error, when nothing matches', () => {
    const model = themeTotalsModel(dataset, [], [], 'zh');
    const chart = themeTotalsChart(model, env());
    expect((chart.option.series as Loose)[0].data.every((d: Loose) => d.value === 0)).toBe(true);
  });

  it('draws no value axis when nothing matches: a 0–1 scale would measure bars that are not there', () => {
    const empty = themeTotalsChart(themeTotalsModel(dataset, [], [], 'zh'), env());
    expect((empty.option.xAxis as Loose).show).toBe(false);
    expect(build().option.xAxis.show).toBe(true);
  });
});
