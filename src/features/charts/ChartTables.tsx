/** The charts' numbers as real tables: the same model, so the same numbers, and every count clickable. */
import { useId } from 'react';
import { formatCount } from '../../shared/i18n/lang';
import type { Lang } from '../../shared/url/viewState';
import type { ChartMessages } from './messages';
import type { ThemePlacesModel, ThemeRow, ThemeTotalsModel } from './model';

interface ThemeButtonProps {
  row: ThemeRow;
  onToggleTheme: (themeId: string) => void;
  t: ChartMessages;
}

function ThemeButton({ row, onToggleTheme, t }: ThemeButtonProps) {
  return (
    <button
      type="button"
      className="chart-table__theme"
      aria-pressed={row.selected}
      title={t.totals.toggle(row.label, row.selected)}
      onClick={() => onToggleTheme(row.id)}
    >
      <span className="chart-table__swatch" style={{ background: row.color }} aria-hidden="true" />
      {row.label}
    </button>
  );
}

interface TotalsProps {
  model: ThemeTotalsModel;
  onToggleTheme: (themeId: string) => void;
  lang: Lang;
  t: ChartMessages;
}

export function ThemeTotalsTable({ model, onToggleTheme, lang, t }: TotalsProps) {
  return (
    <table className="chart-table" data-table="theme-totals">
      <caption>{t.totals.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.totals.theme}</th>
          <th scope="col" className="chart-table__num">
            {t.totals.count}
          </th>
        </tr>
      </thead>
      <tbody>
        {model.rows.map((row) => (
          <tr key={row.id} data-theme={row.id}>
            <th scope="row">
              <ThemeButton row={row} onToggleTheme={onToggleTheme} t={t} />
            </th>
            <td className="chart-table__num">{formatCount(row.count, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface PlacesProps {
  model: ThemePlacesModel;
  onToggleTheme: (themeId: string) => void;
  onSelectCell: (themeId: string, place: string) => void;
  lang: Lang;
  t: ChartMessages;
}

export function ThemePlacesTable({ model, onToggleTheme, onSelectCell, lang, t }: PlacesProps) {
  const captionId = useId();
  return (
    <>
      {/* Above the box, not in it as a <caption>: in the box a phone showed the caption cut at its right edge.
          Hidden from assistive technology, which hears it as the names of the box and the table instead: read as
          a paragraph too, it was heard three times in a row. */}
      <p id={captionId} className="chart-table__caption" aria-hidden="true">
        {t.places.caption}
      </p>
      {/* Eleven columns do not fit a phone: the table scrolls inside its own box, not the page. */}
      <div className="chart-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="chart-table chart-table--matrix" data-table="theme-places" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">{t.places.corner}</th>
              {model.places.map((place) => (
                <th key={place.id} scope="col" className="chart-table__num">
                  {place.label}
                </th>
              ))}
              <th scope="col" className="chart-table__num">
                {t.places.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row, r) => (
              <tr key={row.id} data-theme={row.id}>
                <th scope="row">
                  <ThemeButton row={row} onToggleTheme={onToggleTheme} t={t} />
                </th>
                {model.places.map((place, c) => {
                  const count = model.counts[r][c];
                  return (
                    <td key={place.id} className="chart-table__num" data-place={place.id}>
                      {count > 0 ? (
                        <button
                          type="button"
                          className="chart-table__count"
                          aria-label={t.places.open(row.label, place.label, count)}
                          onClick={() => onSelectCell(row.id, place.id)}
                        >
                          {formatCount(count, lang)}
                        </button>
                      ) : (
                        <span className="chart-table__zero">{formatCount(0, lang)}</span>
                      )}
                    </td>
                  );
                })}
                <td className="chart-table__num chart-table__total">
                  {formatCount(
                    model.counts[r].reduce((a, b) => a + b, 0),
                    lang,
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
