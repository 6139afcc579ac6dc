/**
 * Pledges per theme as bars that fill a fixed box (a meeting-room slide): the same chart builder as the
 * dashboard's chart, with its type shrunk only as far as the box needs. Nothing to hover or click: each bar
 * carries its number.
 */
import { useMemo, useRef } from 'react';
import type { VisibleStatement } from '../../shared/dataset/filter';
import type { Dataset } from '../../shared/dataset/schema';
import type { ResolvedScheme } from '../../shared/ui/scheme';
import { useElementBox } from '../../shared/ui/useElementBox';
import type { Lang } from '../../shared/url/viewState';
import './charts.css';
import { ChartSvg } from './ChartSvg';
import { chartMessages } from './messages';
import { themeTotalsModel } from './model';
import { themeBarsChart } from './themeBarsChart';

export interface ThemeBarsProps {
  dataset: Dataset;
  visible: readonly VisibleStatement[];
  /** Only the few themes with most pledges in view (one place's mix), instead of all in a fixed order. */
  mix: boolean;
  lang: Lang;
  scheme: ResolvedScheme;
  className?: string;
}

export default function ThemeBars({ dataset, visible, mix, lang, scheme, className }: ThemeBarsProps) {
  const container = useRef<HTMLDivElement>(null);
  const box = useElementBox(container);
  const t = chartMessages(lang);
  const totals = useMemo(() => themeTotalsModel(dataset, visible, [], lang), [dataset, visible, lang]);
  // A place's mix shows the themes it has pledges in; with none, there is nothing to draw.
  const empty = mix && totals.rows.every((row) => row.count === 0);
  const built = useMemo(() => {
    if (!box || box.height <= 0 || empty) return null;
    return themeBarsChart(totals, box, { scheme, lang, mix });
  }, [box, totals, empty, scheme, lang, mix]);

  return (
    <div className={`theme-bars ${className ?? ''}`} data-chart="theme-bars">
      <div ref={container} className="theme-bars__plot">
        {empty ? (
          <p>{t.empty}</p>
        ) : (
          // No `onHit`: on a slide a pointer cursor or a hover would promise an interaction there is not.
          built && <ChartSvg scene={built.scene} label={built.description} />
        )}
        {built && built.model.more > 0 && <p className="theme-bars__more">{t.moreThemes(built.model.more)}</p>}
      </div>
    </div>
  );
}
