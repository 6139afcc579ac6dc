import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build';
import { realInputs } from '../../../scripts/data/testInputs';
import { applyFilter } from '../../shared/dataset/filter';
import { DEFAULT_VIEW, type ViewState } from '../../shared/url/viewState';
import { textWidth } from '../../shared/ui/textWidth';
import type { ChartEnv } from './chart';
import { themePlacesModel } from './model';
import { contrastRatio, heatColor, PALETTES } from './palette';
import type { SceneTarget } from './scene';
import { themePlacesChart } from './themePlacesChart';

const dataset = buildDataset(realInputs());
const visibleFor = (view: Partial<ViewState> = {}) => applyFilter(dataset, { ...DEFAULT_VIEW, ...view });
const env = (over: Partial<ChartEnv> = {}): ChartEnv => ({
  frame: { width: 900, fontSize: 16 },
  scheme: 'light',
  lang: 'zh',
  ...over,
});

function build(view: Partial<ViewState> = {}, over: Partial<ChartEnv> = {}) {
  const e = env(over);
  const model = themePlacesModel(dataset, visibleFor(view), view.themes ?? [], view.districts ?? [], e.lang);
  const chart = themePlacesChart(model, e);
  const { targets } = chart.scene;
  const columnWidth = chart.plot.width / model.places.length;
  /** A cell target's row and column in the model, from what a click on it asks for. */
  const at = (target: SceneTarget) => {
    if (target.hit.kind !== 'cell') throw new Error(`${target.key} is not a cell`);
    const { themeId, place } = target.hit;
    return { r: model.rows.findIndex((row) => row.id === themeId), c: model.places.findIndex((p) => p.id === place) };
  };
  return {
    model,
    chart,
    scene: chart.scene,
    columnWidth,
    at,
    themes: targets.filter((t) => t.key.startsWith('theme-')),
    cells: targets.filter((t) => t.key.startsWith('cell-')),
    columns: chart.scene.labels,
  };
}

describe('themePlacesChart', () => {
  it('has a cell for every non-zero count of the matrix, and only those', () => {
    const { model, chart, scene, cells, themes, at } = build();
    const expected = model.counts.flatMap((row, r) => row.flatMap((n, c) => (n > 0 ? [[c, r, n]] : [])));
    expect(expected.length).toBeLessThan(model.rows.length * model.places.length);
    expect(cells.map((cell) => [at(cell).c, at(cell).r, Number(cell.texts[0].lines.join(''))])).toEqual(expected);
    expect(cells.every((cell) => cell.mark !== undefined)).toBe(true);
    // Nothing else to click but the theme names.
    expect(scene.targets).toHaveLength(themes.length + cells.length);
    expect(themes).toHaveLength(model.rows.length);
    expect(chart.plot.height).toBe(model.rows.length * chart.rowHeight);
  });

  it('labels rows with themes and columns with district short names and group names', () => {
    const { model, chart, themes, columns, columnWidth } = build({}, { lang: 'en' });
    expect(themes.map((t) => t.texts[0].lines.join(' '))).toEqual(model.rows.map((r) => r.label));
    expect(columns.map((l) => l.lines.join(' '))).toEqual([
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
    // Each name over its column, above the matrix; each theme's name beside its row.
    columns.forEach((label, c) => {
      expect(label.x).toBeCloseTo(chart.plot.left + (c + 0.5) * columnWidth, 6);
      expect(label.y).toBeLessThan(chart.plot.top);
    });
    themes.forEach((target, r) => {
      const name = target.texts[0];
      expect(name.anchor).toBe('end');
      expect(name.x).toBeLessThan(chart.plot.left);
      expect(name.y + ((name.lines.length - 1) * name.lineHeight) / 2).toBeCloseTo(
        chart.plot.top + (r + 0.5) * chart.rowHeight,
        6,
      );
    });
  });

  it('colours every cell on one scale and prints its count at AA contrast', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { model, scene, cells, at } = build({}, { scheme });
      const palette = PALETTES[scheme];
      for (const cell of cells) {
        const { r, c } = at(cell);
        const count = model.counts[r][c];
        const { fill, text } = heatColor(count, model.max, palette);
        expect(cell.mark!.fill).toBe(fill);
        expect(cell.texts).toHaveLength(1);
        expect(cell.texts[0]).toMatchObject({ lines: [String(count)], color: text, bold: true, anchor: 'middle' });
        expect(contrastRatio(cell.texts[0].color, cell.mark!.fill)).toBeGreaterThanOrEqual(4.5);
      }
      // Both ends of the scale are in use.
      expect(new Set(cells.map((cell) => cell.mark!.fill)).size).toBeGreaterThan(2);
      // A gridline between every two columns and every two rows, and round the matrix.
      expect(scene.lines).toHaveLength(model.places.length + 1 + model.rows.length + 1);
      expect(scene.lines.every((l) => l.color === palette.line)).toBe(true);
    }
  });

  it('sizes the cells to fill their band, with a small gap', () => {
    const { chart, cells, columnWidth, at } = build();
    for (const cell of cells) {
      const { r, c } = at(cell);
      const mark = cell.mark!;
      expect(mark.width).toBeCloseTo(columnWidth - 3, 5);
      expect(mark.height).toBe(chart.rowHeight - 3);
      // Centred in its column and row, with its number.
      expect(mark.x + mark.width / 2).toBeCloseTo(chart.plot.left + (c + 0.5) * columnWidth, 6);
      expect(mark.y + mark.height / 2).toBeCloseTo(chart.plot.top + (r + 0.5) * chart.rowHeight, 6);
      expect(cell.texts[0].x).toBeCloseTo(mark.x + mark.width / 2, 6);
      expect(cell.texts[0].y).toBeCloseTo(mark.y + mark.height / 2, 6);
    }
  });

  it('outlines the cells of the selection in the accent red and marks the selected labels', () => {
    const { model, cells, themes, columns, at } = build({ themes: ['enterprise'], districts: ['futian'] });
    const accent = PALETTES.light.accent;
    const r = model.rows.findIndex((row) => row.id === 'enterprise');
    const c = model.places.findIndex((p) => p.id === 'futian');
    const outlined = cells.filter((cell) => cell.mark?.stroke !== undefined);
    expect(outlined.map((cell) => [at(cell).c, at(cell).r])).toEqual([[c, r]]);
    expect(outlined[0].mark!.stroke).toEqual({ color: accent, width: 3 });
    expect(themes[r].texts[0]).toMatchObject({ color: accent, bold: true });
    expect(columns[c]).toMatchObject({ color: accent, bold: true });
    expect(themes.filter((t) => t.texts[0].color === accent)).toHaveLength(1);
    expect(columns.filter((l) => l.color === accent)).toHaveLength(1);
  });

  it('sets column names horizontally on a desk, one character per line (zh) or turned (en) on a phone', () => {
    const desk = build();
    expect(desk.columns.map((l) => l.lines)).toEqual(desk.model.places.map((p) => [p.label]));
    expect(desk.columns.every((l) => l.turn === undefined)).toBe(true);
    // On a 4K wall in English, "City institutions" takes two whole-word lines, each within its column.
    const wall = build({}, { frame: { width: 1800, fontSize: 32 }, lang: 'en' });
    const institutions = wall.model.places.findIndex((p) => p.label === 'City institutions');
    expect(wall.columns[institutions].lines).toEqual(['City', 'institutions']);
    expect(wall.columns.every((l) => l.turn === undefined && l.lines.length <= 2)).toBe(true);
    for (const label of wall.columns) {
      for (const line of label.lines) expect(textWidth(line, label.size)).toBeLessThanOrEqual(wall.columnWidth);
    }
    const phoneZh = build({}, { frame: { width: 340, fontSize: 16 } });
    const institutionsZh = phoneZh.model.places.findIndex((p) => p.label === '市级机构');
    expect(phoneZh.columns[institutionsZh].lines).toEqual(['市', '级', '机', '构']);
    expect(phoneZh.columns.every((l) => l.turn === undefined)).toBe(true);
    const phoneEn = build({}, { frame: { width: 340, fontSize: 16 }, lang: 'en' });
    expect(phoneEn.columns.every((l) => l.turn === 90 && l.anchor === 'start')).toBe(true);
    expect(phoneEn.columns.map((l) => l.lines)).toEqual(phoneEn.model.places.map((p) => [p.label]));
  });

  it('leaves room above the matrix for the column names', () => {
    const desk = build().chart;
    const phone = build({}, { frame: { width: 340, fontSize: 16 } });
    expect(phone.chart.plot.top).toBeGreaterThan(desk.plot.top);
    expect(phone.chart.plot.top).toBeGreaterThanOrEqual(4 * Math.round(14 * 1.3));
    // Stacked names run from inside the chart's top down to above the matrix.
    for (const label of phone.columns) {
      expect(label.y - label.lineHeight / 2).toBeGreaterThanOrEqual(0);
      expect(label.y + (label.lines.length - 0.5) * label.lineHeight).toBeLessThanOrEqual(phone.chart.plot.top);
    }
    // Turned names read upwards from above the matrix, and end inside the chart.
    const turned = build({}, { frame: { width: 340, fontSize: 16 }, lang: 'en' });
    for (const label of turned.columns) {
      expect(label.y).toBeLessThan(turned.chart.plot.top);
      expect(label.y - textWidth(label.lines[0], label.size)).toBeGreaterThanOrEqual(0);
    }
  });

  it('has a plain-text tooltip and a summary for screen readers', () => {
    const { model, scene, chart } = build();
    const r = model.rows.findIndex((row) => row.id === 'fintech');
    const c = model.places.findIndex((p) => p.id === 'luohu');
    const cell = scene.targets.find((t) => t.key === 'cell-fintech-luohu');
    expect(cell?.tip).toBe(`金融科技与数字人民币\n罗湖：${model.counts[r][c]} 项承诺`);
    expect(scene.targets.find((t) => t.key === 'theme-fintech')?.tip).toBe('金融科技与数字人民币');
    expect(chart.description).toMatch(/^主题与区热力图，共 \d+ 个非空格子；最多的是/);
  });

  it('turns each theme name into that theme', () => {
    const { model, chart, themes } = build();
    expect(themes.map((t) => t.key)).toEqual(model.rows.map((r) => `theme-${r.id}`));
    themes.forEach((target, r) => {
      expect(target.hit).toEqual({ kind: 'theme', themeId: model.rows[r].id });
      // The name's part of its row, left of the matrix.
      expect(target.area).toEqual({
        x: 0,
        y: chart.plot.top + r * chart.rowHeight,
        width: chart.plot.left,
        height: chart.rowHeight,
      });
      expect(target.mark).toBeUndefined();
    });
  });

  it('turns each cell into its theme and place, and has no target for an empty cell', () => {
    const { model, chart, scene, cells, columnWidth } = build();
    model.counts.forEach((counts, r) =>
      counts.forEach((count, c) => {
        const theme = model.rows[r].id;
        const place = model.places[c].id;
        const cell = cells.find((t) => t.key === `cell-${theme}-${place}`);
        const area = { x: chart.plot.left + c * columnWidth, y: chart.plot.top + r * chart.rowHeight };
        const centre = { x: area.x + columnWidth / 2, y: area.y + chart.rowHeight / 2 };
        if (count === 0) {
          expect(cell).toBeUndefined();
          // Nothing else takes a click there either.
          const under = scene.targets.filter(
            (t) =>
              t.area.x <= centre.x &&
              centre.x <= t.area.x + t.area.width &&
              t.area.y <= centre.y &&
              centre.y <= t.area.y + t.area.height,
          );
          expect(under).toEqual([]);
          return;
        }
        expect(cell?.hit).toEqual({ kind: 'cell', themeId: theme, place });
        expect(cell?.area.x).toBeCloseTo(area.x, 6);
        expect(cell?.area.y).toBe(area.y);
        expect(cell?.area.width).toBeCloseTo(columnWidth, 6);
        expect(cell?.area.height).toBe(chart.rowHeight);
      }),
    );
    const r = model.rows.findIndex((row) => row.id === 'fintech');
    const longgang = model.places.findIndex((p) => p.id === 'longgang');
    expect(model.counts[r][longgang]).toBe(0);
    expect(scene.targets.some((t) => t.key === 'cell-fintech-longgang')).toBe(false);
    expect(scene.targets.find((t) => t.key === 'cell-fintech-luohu')?.hit).toEqual({
      kind: 'cell',
      themeId: 'fintech',
      place: 'luohu',
    });
  });

  it('says so when nothing matches', () => {
    const model = themePlacesModel(dataset, [], [], [], 'zh');
    const chart = themePlacesChart(model, env());
    expect(chart.scene.targets.filter((t) => t.hit.kind === 'cell')).toEqual([]);
    expect(chart.description).toContain('没有承诺');
  });
});
