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
import type { ThemeMixModel } from './model';
import { themeTotalsChart } from './themeTotalsChart';

/**
 * Label columns to try: long (English) theme names on one line in a wider column may leave room for larger
 * type than on two lines in the dashboard's usual column. The widest still leaves the bars 30 % of the chart:
 * at 1920×1080 that sets all eleven English names on one line at full slide type, with room for 17 pledges' bar.
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

export function themeBarsChart(model: ThemeMixModel, box: ElementBox, env: ThemeBarsEnv): BuiltChart {
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
  return env.mix ? best : build(best.layout, room)({ width: box.width, fontSize: best.fontSize });
}
