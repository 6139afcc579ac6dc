/**
 * The theme bars of a meeting-room slide, laid out to fill a fixed box: the dashboard's bar chart with its
 * type as large as the box allows. Nothing to hover or click there: each bar carries its number.
 */
import type { ElementBox } from '../../shared/ui/useElementBox';
import type { ResolvedScheme } from '../../shared/ui/scheme';
import type { Lang } from '../../shared/url/viewState';
import type { BuiltChart } from './chart';
import { fitChart } from './fit';
import { COMPACT_LABEL_COLUMN, LABEL_COLUMN, type Frame, type LabelColumn } from './layout';
import { themeMixModel, type ThemeMixModel, type ThemeTotalsModel } from './model';
import { themeTotalsChart } from './themeTotalsChart';

/**
 * Label columns to try: long (English) theme names on one line in a wider column may leave room for larger
 * type than on two lines in the dashboard's usual column. The widest leaves the bars a quarter of the chart, less
 * their numbers' room: at 1920×1080 that is what sets all eleven English names on one line at the slides' body
 * size (28 px), and every bar carries its number, so shorter bars still read; the names must read from the back.
 */
const LABEL_COLUMNS = [
  LABEL_COLUMN,
  { share: 0.5, ems: 24 },
  { share: 0.6, ems: 32 },
  { share: 0.75, ems: 32 },
] as const;
const COMPACT_LABEL_COLUMNS = [COMPACT_LABEL_COLUMN, { share: 0.65, ems: 32 }] as const;

/** How much larger tight rows must make the type before the citywide chart gives up its value axis for them. */
const TIGHT_GAIN = 1.1;

/** The "and N more themes" line under the bars, in ems of the plot's type (its size and line height in CSS). */
const MORE_LINE_EMS = 0.875 * 1.5;

export interface ThemeBarsEnv {
  scheme: ResolvedScheme;
  lang: Lang;
  /** One place's few top themes in tight rows, rather than every theme citywide. */
  mix: boolean;
}

interface Layout {
  compact: boolean;
  labelColumn: LabelColumn;
}

/** The bars of `model` at the largest type that fits the box, and that type size (the frame's font size). */
function fittedBars(model: ThemeMixModel, box: ElementBox, env: ThemeBarsEnv): BuiltChart & { fontSize: number } {
  // The "more themes" line goes right under the bars, so the bars leave it room.
  const room = box.height - (model.more > 0 ? Math.ceil(box.fontSize * MORE_LINE_EMS) : 0);
  const build =
    ({ compact, labelColumn }: Layout, fillHeight?: number) =>
    (frame: Frame) =>
      themeTotalsChart(model, {
        frame,
        scheme: env.scheme,
        lang: env.lang,
        compact,
        labelColumn,
        fillHeight,
        slide: true,
      });
  const fitted = (compact: boolean, columns: readonly LabelColumn[]) => {
    const layouts = columns.map((labelColumn) => ({ compact, labelColumn }));
    const chart = fitChart(
      layouts.map((layout) => build(layout)),
      box,
      room,
    );
    return { ...chart, layout: layouts[chart.layout] ?? layouts[0]! };
  };
  const airy = env.mix ? null : fitted(false, LABEL_COLUMNS);
  const tight = fitted(true, env.mix ? COMPACT_LABEL_COLUMNS : LABEL_COLUMNS);
  // The citywide chart keeps its value axis and airy rows unless tight rows without the axis give clearly larger
  // type (all eleven themes in English on a 4:3 projector): a few per cent more, bought with the axis and names
  // broken over two lines, made a 4K panel look unlike the same slide at 1920×1080.
  const best = airy && airy.fontSize * TIGHT_GAIN >= tight.fontSize ? airy : tight;
  // Every theme citywide fills the box, rather than stopping short of its bottom on a wide screen; a place's
  // few bars stay together under their heading.
  if (env.mix) return best;
  return { ...build(best.layout, room)({ width: box.width, fontSize: best.fontSize }), fontSize: best.fontSize };
}

/** At most this many themes in one place's mix: five bars stay legible in a slide's corner. */
export const MIX_THEMES = 5;
/** At fewest: fewer would say little about a place. */
const MIN_MIX_THEMES = 3;

export interface ThemeBarsChart extends BuiltChart {
  /** The themes drawn, and how many more the place has. */
  model: ThemeMixModel;
}

/**
 * Every theme citywide, or one place's top themes: as many as fit at the box's full type, from MIX_THEMES down to
 * MIN_MIX_THEMES. Long (English) names take two lines each, and five such rows in a slide's corner had to shrink
 * below the slides' body size; one row fewer keeps it, and the line under the bars says how many more there are.
 */
export function themeBarsChart(totals: ThemeTotalsModel, box: ElementBox, env: ThemeBarsEnv): ThemeBarsChart {
  if (!env.mix) {
    const model = { ...totals, more: 0 };
    return { ...fittedBars(model, box, env), model };
  }
  let best: (ThemeBarsChart & { fontSize: number }) | null = null;
  for (let limit = MIX_THEMES; limit >= MIN_MIX_THEMES; limit -= 1) {
    const model = themeMixModel(totals, limit);
    const chart = { ...fittedBars(model, box, env), model };
    if (!best || chart.fontSize > best.fontSize) best = chart;
    if (chart.fontSize >= box.fontSize || model.more === 0) break;
  }
  return best!;
}
