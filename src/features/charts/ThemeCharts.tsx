import { useCallback, useId, useMemo } from 'react';
import { useFocusAfterRetry } from '../../shared/ui/retryFocus';
import './charts.css';
import { ChartPanel } from './ChartPanel';
import { ThemePlacesTable, ThemeTotalsTable } from './ChartTables';
import type { Frame } from './layout';
import { chartMessages } from './messages';
import { themePlacesModel, themeTotalsModel, type ChartHit } from './model';
import { PALETTES } from './palette';
import { themePlacesChart } from './themePlacesChart';
import { themeTotalsChart } from './themeTotalsChart';
import type { ThemeChartsProps } from './types';

export default function ThemeCharts({
  dataset,
  visible,
  selectedThemes,
  selectedDistricts,
  onToggleTheme,
  onSelectCell,
  lang,
  scheme,
}: ThemeChartsProps) {
  const t = chartMessages(lang);
  const headingId = useId();
  const heading = useFocusAfterRetry<HTMLHeadingElement>();
  const totals = useMemo(
    () => themeTotalsModel(dataset, visible, selectedThemes, lang),
    [dataset, visible, selectedThemes, lang],
  );
  const places = useMemo(
    () => themePlacesModel(dataset, visible, selectedThemes, selectedDistricts, lang),
    [dataset, visible, selectedThemes, selectedDistricts, lang],
  );
  const buildTotals = useCallback(
    (frame: Frame) => themeTotalsChart(totals, { frame, scheme, lang }),
    [totals, scheme, lang],
  );
  const buildPlaces = useCallback(
    (frame: Frame) => themePlacesChart(places, { frame, scheme, lang }),
    [places, scheme, lang],
  );

  // A theme's bar or name toggles the theme; a cell shows that theme in that place.
  const onHit = useCallback(
    (hit: ChartHit) => {
      if (hit.kind === 'theme') onToggleTheme(hit.themeId);
      else onSelectCell(hit.themeId, hit.place);
    },
    [onToggleTheme, onSelectCell],
  );

  const empty = visible.every((v) => v.pledges.length === 0);
  const background = PALETTES[scheme].background;

  return (
    <section className="theme-charts" aria-labelledby={headingId}>
      <h2 ref={heading} id={headingId} className="theme-charts__heading" tabIndex={-1}>
        {t.heading}
      </h2>
      <p className="theme-charts__note">{t.note}</p>
      {empty && (
        <p className="theme-charts__empty" role="status">
          {t.empty}
        </p>
      )}
      <div className="theme-charts__panels">
        <ChartPanel
          name="theme-totals"
          title={t.totals.title}
          hint={t.totals.hint}
          fileName={t.totals.file}
          background={background}
          build={buildTotals}
          onHit={onHit}
          t={t}
          table={<ThemeTotalsTable model={totals} onToggleTheme={onToggleTheme} lang={lang} t={t} />}
        />
        <ChartPanel
          name="theme-places"
          title={t.places.title}
          hint={t.places.hint}
          fileName={t.places.file}
          background={background}
          build={buildPlaces}
          onHit={onHit}
          t={t}
          table={
            <ThemePlacesTable
              model={places}
              onToggleTheme={onToggleTheme}
              onSelectCell={onSelectCell}
              lang={lang}
              t={t}
            />
          }
        />
      </div>
    </section>
  );
}
