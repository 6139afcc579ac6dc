import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build';
import { realInputs } from '../../../scripts/data/testInputs';
import { applyFilter } from '../../shared/dataset/filter';
import { DEFAULT_VIEW, type Lang, type ViewState } from '../../shared/url/viewState';
import { themeMixModel, themeTotalsModel } from './model';
import { themeBarsChart } from './themeBarsChart';
import { themeTotalsChart } from './themeTotalsChart';

const dataset = buildDataset(realInputs());
const citywide = (lang: Lang) => themeTotalsModel(dataset, applyFilter(dataset, DEFAULT_VIEW), [], lang);
/** The theme-bars box of the overview slide on a 1024×768 projector, as measured in the browser. */
const PROJECTOR = { width: 444, height: 556, fontSize: 22.75 };

type Built = ReturnType<typeof themeBarsChart>;
const parts = (chart: Built) => ({
  labelSize: chart.scene.targets[0].texts[0].size,
  valueAxis: chart.scene.labels.length > 0,
});
/** The theme names a chart breaks over more than one line. */
const wrapped = (chart: Built) =>
  chart.scene.targets.filter((target) => target.texts[0].lines.length > 1).map((target) => target.key);

describe('themeBarsChart', () => {
  it('fits all eleven themes into the 4:3 overview box at readable English type, dropping the value axis', () => {
    const chart = themeBarsChart(citywide('en'), PROJECTOR, { scheme: 'light', lang: 'en', mix: false });
    expect(chart.scene.height).toBeLessThanOrEqual(PROJECTOR.height);
    expect(chart.scene.targets).toHaveLength(11);
    const { labelSize, valueAxis } = parts(chart);
    // With the dashboard's airy rows and axis the names came out at 13 px.
    expect(labelSize).toBeGreaterThanOrEqual(15.5);
    expect(valueAxis).toBe(false);
  });

  it('keeps the airy rows and the value axis where they fit at full size', () => {
    // The same box on a 1920×1080 screen.
    const desk = { width: 864, height: 781, fontSize: 32 };
    const chart = themeBarsChart(citywide('zh'), desk, { scheme: 'light', lang: 'zh', mix: false });
    expect(chart.scene.height).toBeLessThanOrEqual(desk.height);
    expect(parts(chart)).toMatchObject({ labelSize: Math.round(desk.fontSize * 0.9), valueAxis: true });
    // Read from the back of the room: the axis numbers are as large as the names, not the dashboard's smaller type.
    for (const tick of chart.scene.labels) expect(tick.size).toBe(parts(chart).labelSize);
  });

  it('lays out a 4K panel like the same slide at 1920×1080: value axis, names on one line', () => {
    const desk = { width: 864, height: 781, fontSize: 32 };
    const wall = { width: 1728, height: 1562, fontSize: 64 };
    const env = { scheme: 'dark', lang: 'en', mix: false } as const;
    const [small, large] = [desk, wall].map((box) => themeBarsChart(citywide('en'), box, env));
    expect(parts(large).valueAxis).toBe(true);
    expect(parts(small).valueAxis).toBe(true);
    expect(large.scene.targets).toHaveLength(citywide('en').rows.length);
    expect(wrapped(large)).toEqual([]);
    expect(wrapped(small)).toEqual([]);
  });

  it('spreads the citywide rows down the box on a wide screen instead of leaving its bottom empty', () => {
    const desk = { width: 864, height: 781, fontSize: 32 };
    const chart = themeBarsChart(citywide('en'), desk, { scheme: 'light', lang: 'en', mix: false });
    // Only whole pixels per row are lost: fewer than 11, one per row.
    expect(chart.scene.height).toBeLessThanOrEqual(desk.height);
    expect(chart.scene.height).toBeGreaterThan(desk.height - 11);
    // Longer English names on one line at 28 px, the slides' smallest body type at 1920×1080 (issue #4), in the
    // widest label column: at larger type the longest would wrap, and the rows would not fit.
    expect(parts(chart)).toMatchObject({ labelSize: 28, valueAxis: true });
    // The bars keep room to differ: the longest (17) is still an eighth of the chart's width (119 px; 268 px when
    // the names were 23 px, which the back of a room could not read).
    const longest = Math.max(...chart.scene.targets.map((t) => t.mark?.width ?? 0));
    expect(longest).toBeGreaterThanOrEqual(desk.width / 8);
  });

  it('spreads rows at most one and a half times their own height', () => {
    const tall = { width: 864, height: 4000, fontSize: 32 };
    const own = themeTotalsChart(citywide('zh'), { frame: tall, scheme: 'light', lang: 'zh' });
    const chart = themeBarsChart(citywide('zh'), tall, { scheme: 'light', lang: 'zh', mix: false });
    expect(chart.rowHeight).toBe(Math.floor(own.rowHeight * 1.5));
  });

  it('sets a place mix with room to spare in one line a name, rather than wrapping it in a narrow column', () => {
    // City institutions' slide on a 1024×768 projector: no map above the mix, so the box is tall.
    const view: ViewState = { ...DEFAULT_VIEW, groups: ['institution'] };
    const totals = themeTotalsModel(dataset, applyFilter(dataset, view), [], 'zh');
    const mix = themeMixModel(totals, 5);
    const box = { width: 337, height: 556, fontSize: 22.75 };
    const chart = themeBarsChart(totals, box, { scheme: 'light', lang: 'zh', mix: true });
    expect(chart.model).toEqual(mix);
    expect(chart.scene.targets.map((target) => target.texts[0].lines.join(''))).toEqual(mix.rows.map((r) => r.label));
    expect(wrapped(chart)).toEqual([]);
    expect(parts(chart).labelSize).toBe(Math.round(box.fontSize * 0.9));
  });

  it('drops a place’s fifth theme rather than shrink its names below the slide’s type (English, 1920×1080)', () => {
    // 罗湖's mix in a district slide's corner, as measured in the browser at 1920×1080.
    const luohu = (lang: Lang) =>
      themeTotalsModel(dataset, applyFilter(dataset, { ...DEFAULT_VIEW, districts: ['luohu'] }), [], lang);
    const box = { width: 656, height: 448, fontSize: 32 };
    const zh = themeBarsChart(luohu('zh'), box, { scheme: 'dark', lang: 'zh', mix: true });
    const en = themeBarsChart(luohu('en'), box, { scheme: 'dark', lang: 'en', mix: true });
    // The names at full type, 0.9 of the box's: five short Chinese names fit, four two-line English ones.
    expect([zh.model.rows.length, parts(zh).labelSize]).toEqual([5, 29]);
    expect([en.model.rows.length, parts(en).labelSize]).toEqual([4, 29]);
    expect(en.model.more).toBe(zh.model.more + 1);
    expect(en.scene.targets.map((t) => t.key)).toEqual(zh.scene.targets.slice(0, 4).map((t) => t.key));
  });

  it('leaves room for the "more themes" line under a place mix, and keeps its few bars together', () => {
    const box = { width: 444, height: 240, fontSize: 22.75 };
    const chart = themeBarsChart(citywide('zh'), box, { scheme: 'dark', lang: 'zh', mix: true });
    expect(chart.model.more).toBeGreaterThan(0);
    expect(chart.scene.height).toBeLessThanOrEqual(box.height - Math.ceil(box.fontSize * 0.875 * 1.5));
    // A place's few bars stay together under their heading.
    const roomy = themeBarsChart(citywide('zh'), { ...box, height: 2000 }, { scheme: 'dark', lang: 'zh', mix: true });
    expect(roomy.scene.height).toBeLessThan(1000);
  });
});
