/**
 * The chart wrapper draws a chart's first option whole and merges every later one into it (see chartUpdate.ts).
 * That is only right if merging a new option leaves nothing of the old one behind: these tests prove it for every
 * option builder, over the changes a reader can make (filters, selection, language, scheme, width), against a
 * chart that draws the new option afresh.
 */
import { SVGRenderer } from 'echarts/renderers';
import { init, use as register, type EChartsCoreOption } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build';
import { realInputs } from '../../../scripts/data/testInputs';
import { applyFilter } from '../../shared/dataset/filter';
import type { ResolvedScheme } from '../../shared/ui/scheme';
import { UPDATE_OPTIONS } from '../../shared/ui/chartUpdate';
import { DEFAULT_VIEW, type Lang, type ViewState } from '../../shared/url/viewState';
import './echarts';
import type { Frame } from './layout';
import { themeMixModel, themePlacesModel, themeTotalsModel } from './model';
import { themeBarsChart } from './themeBarsChart';
import { themePlacesChart } from './themePlacesChart';
import { themeTotalsChart } from './themeTotalsChart';

// Server-side rendering needs no DOM or canvas; what is compared is the chart's model, not its pixels.
register([SVGRenderer]);

const dataset = buildDataset(realInputs());
const theme = dataset.themes[0].id;

/** Filters a reader sets one after another, including one that matches nothing. */
const VIEWS: Partial<ViewState>[] = [
  {},
  { districts: ['luohu'] },
  { districts: ['luohu', 'futian'] },
  { themes: [theme] },
  { themes: [theme], districts: ['nanshan'] },
  { groups: ['institution'] },
  { q: 'zzzz' },
];
const ENVS: { scheme: ResolvedScheme; lang: Lang; frame: Frame }[] = [
  { scheme: 'light', lang: 'zh', frame: { width: 900, fontSize: 16 } },
  { scheme: 'dark', lang: 'en', frame: { width: 900, fontSize: 16 } },
  { scheme: 'light', lang: 'en', frame: { width: 320, fontSize: 14 } },
  { scheme: 'dark', lang: 'zh', frame: { width: 1800, fontSize: 28 } },
];

const visibleFor = (view: Partial<ViewState>) => applyFilter(dataset, { ...DEFAULT_VIEW, ...view });
const totalsModel = (view: Partial<ViewState>, lang: Lang) =>
  themeTotalsModel(dataset, visibleFor(view), view.themes ?? [], lang);

type Builder = (view: Partial<ViewState>, env: (typeof ENVS)[number]) => EChartsCoreOption;

const BUILDERS: Record<string, Builder> = {
  themeTotalsChart: (view, env) => themeTotalsChart(totalsModel(view, env.lang), env).option,
  themePlacesChart: (view, env) =>
    themePlacesChart(
      themePlacesModel(dataset, visibleFor(view), view.themes ?? [], view.districts ?? [], env.lang),
      env,
    ).option,
  // A slide's bars: every theme citywide, or one place's few, in a slide's box.
  themeBarsChart: (view, env) => {
    const totals = totalsModel(view, env.lang);
    const mix = (view.districts ?? []).length > 0;
    const box = { width: env.frame.width / 2, height: env.frame.width / 3, fontSize: env.frame.fontSize };
    return themeBarsChart(mix ? themeMixModel(totals, 5) : { ...totals, more: 0 }, box, { ...env, mix }).option;
  },
};

/** The chart's whole model after drawing `options` in turn: the first replaces, the rest merge, as the wrapper does. */
function drawn(...options: EChartsCoreOption[]) {
  const instance = init(null, null, { renderer: 'svg', ssr: true, width: 900, height: 700 });
  options.forEach((option, i) => instance.setOption(option, i === 0 ? { notMerge: true } : UPDATE_OPTIONS));
  const model = instance.getOption();
  instance.dispose();
  return model;
}

describe('merging a new option into a drawn chart', () => {
  for (const [name, build] of Object.entries(BUILDERS)) {
    it(`${name}: leaves the chart as if the new option were drawn afresh, whatever came before`, () => {
      const options = ENVS.flatMap((env) => VIEWS.map((view) => build(view, env)));
      // Every filter after every other in one setting, and each setting after another.
      const pairs: [EChartsCoreOption, EChartsCoreOption][] = [];
      for (let e = 0; e < ENVS.length; e++) {
        const own = options.slice(e * VIEWS.length, (e + 1) * VIEWS.length);
        for (const from of own) for (const to of own) if (from !== to) pairs.push([from, to]);
        const next = options.slice(((e + 1) % ENVS.length) * VIEWS.length);
        own.forEach((from, i) => pairs.push([from, next[i]]));
      }
      for (const [from, to] of pairs) expect(drawn(from, to)).toEqual(drawn(to));
    });
  }
});
