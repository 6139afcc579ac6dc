import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build';
import { realInputs } from '../../../scripts/data/testInputs';
import { applyFilter } from '../../shared/dataset/filter';
import { DEFAULT_VIEW, type Lang, type ViewState } from '../../shared/url/viewState';
import { textWidth } from '../../shared/ui/textWidth';
import type { ChartEnv } from './chart';
import { ChartSvg } from './ChartSvg';
import { lineCount, typeScale } from './layout';
import { themeTotalsModel } from './model';
import { contrastRatio, mix, PALETTES } from './palette';
import type { SceneText } from './scene';
import { themeTotalsChart } from './themeTotalsChart';

const dataset = buildDataset(realInputs());
const visibleFor = (view: Partial<ViewState> = {}) => applyFilter(dataset, { ...DEFAULT_VIEW, ...view });
const env = (over: Partial<ChartEnv> = {}): ChartEnv => ({
  frame: { width: 900, fontSize: 16 },
  scheme: 'light',
  lang: 'zh',
  ...over,
});

function build(selected: string[] = [], over: Partial<ChartEnv> = {}) {
  const e = env(over);
  const model = themeTotalsModel(dataset, visibleFor({ themes: selected }), selected, e.lang);
  const chart = themeTotalsChart(model, e);
  const { targets } = chart.scene;
  return {
    model,
    chart,
    scene: chart.scene,
    bars: targets.map((t) => t.mark),
    names: targets.map((t) => t.texts[0]),
    counts: targets.map((t) => t.texts[1]),
  };
}

/** A name as set over its lines, put back together: a line ends at a space (dropped) or after a dash (kept). */
const whole = (text: SceneText, lang: Lang) =>
  lang === 'en'
    ? text.lines
        .join('\n')
        .replace(/([–—])\n/g, '$1')
        .replace(/\n/g, ' ')
    : text.lines.join('');

/** The x of the value axis's vertical lines, less the axis line at the plot's left edge. */
const gridXs = (chart: ReturnType<typeof themeTotalsChart>) =>
  chart.scene.lines.filter((l) => l.x1 !== chart.plot.left).map((l) => l.x1);

describe('themeTotalsChart', () => {
  it('draws one bar per theme, in the theme’s colour, with the counts as values and labels', () => {
    const { model, chart, bars, counts, names } = build();
    const { plot, rowHeight } = chart;
    expect(chart.scene.targets.map((t) => t.key)).toEqual(model.rows.map((r) => r.id));
    expect(model.rows.every((r) => r.count > 0)).toBe(true);
    model.rows.forEach((row, i) => {
      const bar = bars[i]!;
      expect(bar.fill).toBe(row.color);
      expect(bar.x).toBe(plot.left);
      // On the real data's axis, 0 to 18.
      expect(bar.width).toBeCloseTo((row.count / 18) * plot.width, 6);
      // Rows run top to bottom in the model's order, each bar centred in its row.
      expect(bar.y + bar.height / 2).toBeCloseTo(plot.top + (i + 0.5) * rowHeight, 6);
      expect(bar.height).toBeGreaterThan(0);
      expect(bar.height).toBeLessThan(rowHeight);
      // The count right of the bar's end, on the bar's line.
      expect(counts[i].lines).toEqual([String(row.count)]);
      expect(counts[i].anchor).toBe('start');
      expect(counts[i].x).toBeGreaterThan(bar.x + bar.width);
      expect(counts[i].y).toBeCloseTo(bar.y + bar.height / 2, 6);
      expect(whole(names[i], 'zh')).toBe(row.label);
    });
  });

  it('labels the themes in the interface language', () => {
    const zh = build().names.map((n) => whole(n, 'zh'));
    const en = build([], { lang: 'en' }).names.map((n) => whole(n, 'en'));
    expect(zh).toContain('营商环境与企业服务');
    expect(en).toContain('Business environment & enterprise services');
  });

  it('fades the other bars and outlines the selected theme in the accent red', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { model, bars, names, counts } = build(['talent'], { scheme });
      const i = model.rows.findIndex((r) => r.id === 'talent');
      const palette = PALETTES[scheme];
      expect(bars[i]).toMatchObject({ fill: model.rows[i].color, stroke: { color: palette.accent, width: 3 } });
      expect(names[i]).toMatchObject({ color: palette.accent, bold: true });
      expect(counts[i].color).toBe(palette.ink);
      // Other themes with pledges among the talent theme's statements.
      expect(bars.filter((bar, j) => bar && j !== i).length).toBeGreaterThan(0);
      model.rows.forEach((row, j) => {
        if (j === i) return;
        expect(names[j]).toMatchObject({ color: palette.ink, bold: false });
        const bar = bars[j];
        if (bar) {
          expect(bar.fill).toBe(mix(row.color, palette.background, palette.fade));
          expect(bar.stroke).toBeUndefined();
        }
        // The value label keeps full contrast: the bar is faded by colour, never by opacity.
        expect(counts[j].color).toBe(palette.muted);
        expect(contrastRatio(counts[j].color, palette.background)).toBeGreaterThanOrEqual(4.5);
      });
    }
  });

  it('fades nothing when no theme is selected', () => {
    const { model, bars, counts } = build();
    expect(bars.map((b) => b?.fill)).toEqual(model.rows.map((r) => r.color));
    expect(bars.every((b) => b?.stroke === undefined)).toBe(true);
    expect(counts.every((c) => c.color === PALETTES.light.ink)).toBe(true);
  });

  it('uses the CJK font stack and the scheme’s text colours', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { chart, scene, names, counts } = build([], { scheme });
      const palette = PALETTES[scheme];
      expect(names.every((n) => n.color === palette.ink)).toBe(true);
      expect(counts.every((c) => c.color === palette.ink)).toBe(true);
      expect(scene.labels.length).toBeGreaterThan(0);
      expect(scene.labels.every((l) => l.color === palette.muted)).toBe(true);
      expect(scene.lines.every((l) => l.color === palette.line)).toBe(true);
      // The CJK stack is set once, on the drawing.
      const svg = renderToStaticMarkup(createElement(ChartSvg, { scene, label: chart.description }));
      const font = /<svg [^>]*font-family="([^"]*)"/.exec(svg)?.[1]?.replaceAll('&quot;', '"');
      expect(font).toMatch(/^"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC"/);
    }
  });

  it('describes itself for screen readers with every count', () => {
    const { model, chart } = build();
    for (const row of model.rows) expect(chart.description).toContain(`${row.label} ${row.count} 项`);
  });

  it('has a plain-text tooltip with the count', () => {
    const { model, scene } = build([], { lang: 'en' });
    expect(scene.targets[0].tip).toBe(`${model.rows[0].label}\n${model.rows[0].count} pledges`);
    expect(scene.targets.map((t) => t.tip)).toEqual(model.rows.map((r) => `${r.label}\n${r.count} pledges`));
  });

  it('turns every bar and theme name into a toggle of that theme', () => {
    const { model, chart, scene } = build();
    expect(scene.targets).toHaveLength(model.rows.length);
    scene.targets.forEach((target, i) => {
      expect(target.hit).toEqual({ kind: 'theme', themeId: model.rows[i].id });
      // The row across the whole chart takes the click: the name on the left as well as the bar and its number.
      expect(target.area).toEqual({
        x: 0,
        y: chart.plot.top + i * chart.rowHeight,
        width: 900,
        height: chart.rowHeight,
      });
      const mark = target.mark!;
      expect(mark.y).toBeGreaterThanOrEqual(target.area.y);
      expect(mark.y + mark.height).toBeLessThanOrEqual(target.area.y + target.area.height);
      for (const text of target.texts) {
        expect(text.y).toBeGreaterThan(target.area.y);
        expect(text.y).toBeLessThan(target.area.y + target.area.height);
      }
    });
  });

  it('wraps long labels inside a label column and makes rows tall enough for them', () => {
    for (const frame of [
      { width: 330, fontSize: 16 },
      { width: 900, fontSize: 17 },
      { width: 1800, fontSize: 20 },
    ]) {
      for (const lang of ['zh', 'en'] as const) {
        const { model, chart, names } = build([], { frame, lang });
        const scale = typeScale(frame);
        // The names' column: left of the plot, less the gap to the axis and the axis line's 2 px.
        const margin = Math.round(scale.label * 0.6);
        const width = chart.plot.left - margin - 2;
        expect(chart.plot.width).toBeGreaterThan(frame.width * 0.4);
        const lines = Math.max(...model.rows.map((r) => lineCount(r.label, width, scale.label)));
        expect(chart.rowHeight).toBeGreaterThanOrEqual(lines * scale.lineHeight);
        // The shown text: every name whole, on as many lines as the row was sized for, each within the column.
        model.rows.forEach((row, i) => {
          const name = names[i];
          expect(name).toMatchObject({ anchor: 'end', x: width + 2, size: scale.label, lineHeight: scale.lineHeight });
          expect(whole(name, lang)).toBe(row.label);
          expect(name.lines.length).toBe(lineCount(row.label, width, scale.label));
          for (const line of name.lines) expect(textWidth(line, scale.label)).toBeLessThanOrEqual(width);
          // The lines centred on the row, and within it.
          const middle = chart.plot.top + (i + 0.5) * chart.rowHeight;
          expect(name.y + ((name.lines.length - 1) * name.lineHeight) / 2).toBeCloseTo(middle, 6);
          expect(name.lines.length * name.lineHeight).toBeLessThanOrEqual(chart.rowHeight);
        });
        // Below the rows, one line of tick labels and no more: each label's line box ends inside the chart.
        const rowsEnd = chart.plot.top + model.rows.length * chart.rowHeight;
        expect(chart.scene.labels.length).toBeGreaterThan(0);
        for (const tick of chart.scene.labels) {
          expect(tick.y - tick.size / 2).toBeGreaterThan(rowsEnd);
          expect(tick.y + (tick.size * 1.35) / 2).toBeLessThanOrEqual(chart.scene.height);
        }
        expect(chart.scene.height - rowsEnd).toBeLessThanOrEqual(scale.small * 2.2);
      }
    }
  });

  it('grows taller with the type size (a 4K wall)', () => {
    const desk = build([], { frame: { width: 900, fontSize: 17 } }).chart.scene.height;
    const wall = build([], { frame: { width: 1800, fontSize: 20 } }).chart.scene.height;
    expect(wall).toBeGreaterThan(desk);
  });

  it('draws its bars in the plot box it states', () => {
    const { model, chart, scene, bars, counts } = build();
    const { plot } = chart;
    const scale = typeScale({ width: 900, fontSize: 16 });
    expect(scene.width).toBe(900);
    // Right of the plot, room for the longest bar's number.
    const right = Math.ceil(textWidth(String(model.max), scale.label) + scale.label * 1.5);
    expect(plot.left + plot.width + right).toBe(900);
    expect(plot.height).toBe(model.rows.length * chart.rowHeight);
    for (const bar of bars) {
      expect(bar!.x).toBe(plot.left);
      expect(bar!.x + bar!.width).toBeLessThanOrEqual(plot.left + plot.width + 1e-9);
      expect(bar!.y).toBeGreaterThanOrEqual(plot.top);
      expect(bar!.y + bar!.height).toBeLessThanOrEqual(plot.top + plot.height);
    }
    for (const count of counts) {
      expect(count.x + textWidth(count.lines[0], count.size)).toBeLessThanOrEqual(scene.width);
    }
    // The axis line down the plot's left edge.
    expect(scene.lines).toContainEqual({
      x1: plot.left,
      y1: plot.top,
      x2: plot.left,
      y2: plot.top + plot.height,
      color: PALETTES.light.line,
    });
  });

  it('sets the value axis in round steps that leave its labels room', () => {
    // The real data's largest count is 17: a step of 3 at a desk, 5 where a phone leaves less room.
    expect(build().model.max).toBe(17);
    for (const [frame, ticks] of [
      [{ width: 900, fontSize: 16 }, ['0', '3', '6', '9', '12', '15', '18']],
      [{ width: 330, fontSize: 16 }, ['0', '5', '10', '15', '20']],
    ] as const) {
      const { chart, scene } = build([], { frame });
      const { plot } = chart;
      expect(scene.labels.map((l) => l.lines.join(''))).toEqual(ticks);
      const xs = scene.labels.map((l) => l.x);
      // From the plot's left edge to its right, evenly, each tick with its gridline, its label under the plot.
      expect(xs[0]).toBe(plot.left);
      expect(xs[xs.length - 1]).toBeCloseTo(plot.left + plot.width, 6);
      expect(gridXs(chart)).toEqual(xs.slice(1));
      for (const label of scene.labels) {
        expect(label.anchor).toBe('middle');
        expect(label.y).toBeGreaterThan(plot.top + plot.height);
        expect(label.y + label.size / 2).toBeLessThanOrEqual(chart.scene.height);
      }
      const widest = Math.max(...scene.labels.map((l) => textWidth(l.lines[0], l.size)));
      for (let i = 1; i < xs.length; i += 1) {
        expect(xs[i] - xs[i - 1]).toBeCloseTo(xs[1] - xs[0], 6);
        expect(xs[i] - xs[i - 1]).toBeGreaterThan(widest);
      }
    }
  });

  it('lets a compact chart, whose value axis is hidden, end at its data', () => {
    const { model, chart, scene, bars } = build([], { compact: true });
    expect(scene.labels).toEqual([]);
    expect(gridXs(chart)).toEqual([]);
    // The longest bar reaches the plot's right edge, not a rounded-up axis end.
    const longest = model.rows.findIndex((r) => r.count === model.max);
    expect(bars[longest]!.x + bars[longest]!.width).toBeCloseTo(chart.plot.left + chart.plot.width, 6);
    // No room left under the rows for the axis's labels.
    expect(chart.scene.height).toBe(chart.plot.top + model.rows.length * chart.rowHeight);
  });

  it('draws no bars, not an error, when nothing matches, and each row still says 0', () => {
    const model = themeTotalsModel(dataset, [], [], 'zh');
    const chart = themeTotalsChart(model, env());
    expect(chart.scene.targets).toHaveLength(model.rows.length);
    expect(chart.scene.targets.every((t) => t.mark === undefined)).toBe(true);
    // Each row still says 0.
    expect(chart.scene.targets.every((t) => t.texts[1].lines.join('') === '0')).toBe(true);
  });

  it('draws no value axis when nothing matches: a 0–1 scale would measure bars that are not there', () => {
    const empty = themeTotalsChart(themeTotalsModel(dataset, [], [], 'zh'), env());
    expect(empty.scene.labels).toEqual([]);
    expect(gridXs(empty)).toEqual([]);
    expect(build().scene.labels.length).toBeGreaterThan(0);
    expect(gridXs(build().chart).length).toBeGreaterThan(0);
  });
});
