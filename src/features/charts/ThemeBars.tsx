/**
 * Pledges per theme as bars that fill a fixed box (a meeting-room slide): the same option builder as the
 * dashboard's chart, with its type shrunk only as far as the box needs. Nothing to hover or click: each bar
 * carries its number.
 */
import { useMemo, useRef } from 'react';
import type { VisibleStatement } from '../../shared/dataset/filter';
import type { Dataset } from '../../shared/dataset/schema';
import { EChart } from '../../shared/ui/EChart';
import type { ResolvedScheme } from '../../shared/ui/scheme';
import { useElementBox } from '../../shared/ui/useElementBox';
import type { Lang } from '../../shared/url/viewState';
import './charts.css';
import './echarts';
import { fitChart } from './fit';
import { COMPACT_LABEL_COLUMN, LABEL_COLUMN, type Frame } from './layout';
import { chartMessages } from './messages';
import { themeMixModel, themeTotalsModel } from './model';
import { themeTotalsChart } from './themeTotalsChart';

export interface ThemeBarsProps {
  dataset: Dataset;
  visible: readonly VisibleStatement[];
  /** Only the few themes with most pledges in view (one place's mix), instead of all in a fixed order. */
  mix: boolean;
  lang: Lang;
  scheme: ResolvedScheme;
  className?: string;
}

/** Themes in one place's mix; five bars stay legible in a slide's corner. */
const MIX_THEMES = 5;

/**
 * Label columns to try: long (English) theme names on one line in a wider column may leave room for larger
 * type than on two lines in the dashboard's usual column. The widest still leaves the bars 40 % of the chart.
 */
const LABEL_COLUMNS = [LABEL_COLUMN, { share: 0.5, ems: 24 }, { share: 0.6, ems: 32 }] as const;
const COMPACT_LABEL_COLUMNS = [COMPACT_LABEL_COLUMN, { share: 0.65, ems: 32 }] as const;

/** The "and N more themes" line under the bars, in ems of the plot's type (its size and line height in CSS). */
const MORE_LINE_EMS = 0.875 * 1.5;

export default function ThemeBars({ dataset, visible, mix, lang, scheme, className }: ThemeBarsProps) {
  const container = useRef<HTMLDivElement>(null);
  const box = useElementBox(container);
  const t = chartMessages(lang);
  const model = useMemo(() => {
    const totals = themeTotalsModel(dataset, visible, [], lang);
    return mix ? themeMixModel(totals, MIX_THEMES) : { ...totals, more: 0 };
  }, [dataset, visible, mix, lang]);
  const built = useMemo(() => {
    if (!box || box.height <= 0 || model.rows.length === 0) return null;
    // The "more themes" line goes right under the bars, so the bars leave it room.
    const room = box.height - (model.more > 0 ? Math.ceil(box.fontSize * MORE_LINE_EMS) : 0);
    const layouts = (mix ? COMPACT_LABEL_COLUMNS : LABEL_COLUMNS).map(
      (labelColumn) => (frame: Frame) => themeTotalsChart(model, { frame, scheme, lang, compact: mix, labelColumn }),
    );
    const chart = fitChart(layouts, box, room);
    // Silent: on a slide a pointer cursor or a hover effect would promise an interaction there is not.
    const series = [chart.option.series ?? []].flat().map((s) => ({ ...s, silent: true }));
    const option = { ...chart.option, series, tooltip: { show: false } };
    return { ...chart, option };
  }, [box, model, scheme, lang, mix]);

  return (
    <div className={`theme-bars ${className ?? ''}`} data-chart="theme-bars">
      <div ref={container} className="theme-bars__plot">
        {model.rows.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          built && <EChart option={built.option} label={built.description} style={{ height: built.height }} />
        )}
        {built && model.more > 0 && <p className="theme-bars__more">{t.moreThemes(model.more)}</p>}
      </div>
    </div>
  );
}
