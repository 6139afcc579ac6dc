import { useRef } from 'react';
import { activeChips } from '../../shared/dataset/activeFilters';
import type { VisibleStatement } from '../../shared/dataset/filter';
import { knownFilter, summarizeView } from '../../shared/dataset/filter';
import type { Dataset } from '../../shared/dataset/schema';
import { formatCount, pick } from '../../shared/i18n/lang';
import { messagesFor } from '../../shared/i18n/messages';
import type { UpdateViewState } from '../../shared/url/useViewState';
import { CLEARED_FILTERS, toggle, type ViewState } from '../../shared/url/viewState';

interface Props {
  dataset: Dataset;
  visible: readonly VisibleStatement[];
  view: ViewState;
  update: UpdateViewState;
}

const TOP_THEMES = 3;

export function SummaryStrip({ dataset, visible, view, update }: Props) {
  const t = messagesFor(view.lang);
  const summary = summarizeView(dataset, visible);
  const chips = activeChips(dataset, knownFilter(dataset, view), t);
  const themeLabel = new Map(dataset.themes.map((th) => [th.id, pick(th.label, view.lang)]));
  const top = summary.topThemes.slice(0, TOP_THEMES);
  const filterLine = useRef<HTMLParagraphElement>(null);
  const counts = [
    { key: 'statements', value: summary.statements, label: t.summary.statements(summary.statements) },
    { key: 'pledges', value: summary.pledges, label: t.summary.pledges(summary.pledges) },
    { key: 'speakers', value: summary.speakers, label: t.summary.speakers(summary.speakers) },
    { key: 'districts', value: summary.districts, label: t.summary.districts(summary.districts) },
  ];
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="visually-hidden">
        {t.summary.heading}
      </h2>
      {/* The filter bar sits below the map and charts: up here the numbers say what they count. The line is there
          with or without a filter, as tall either way, so that the first filter does not push the page down under
          the reader's pointer (the map's read-out then named the district below it). */}
      <p
        ref={filterLine}
        className={chips.length > 0 ? 'summary__filter' : 'summary__filter summary__filter--none'}
        tabIndex={-1}
      >
        {chips.length > 0 ? (
          <>
            <span>{t.summary.filteredBy(chips.map((chip) => chip.label))}</span>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                update(CLEARED_FILTERS);
                // The button goes with the filter; the line that now says nothing is filtered takes its focus.
                filterLine.current?.focus();
              }}
            >
              {t.filters.clearAll}
            </button>
          </>
        ) : (
          t.summary.unfiltered
        )}
      </p>
      <dl className="summary__list">
        {counts.map((item) => (
          <div className="summary__item" key={item.key}>
            <dt className="summary__label">{item.label}</dt>
            <dd className="summary__value">
              {/* Every number leads to the statements behind it. */}
              <a href="#timeline-heading">{formatCount(item.value, view.lang)}</a>
            </dd>
          </div>
        ))}
        <div className="summary__item summary__item--wide">
          <dt className="summary__label">{t.summary.topThemes}</dt>
          <dd className="summary__themes">
            {top.length === 0 && <span className="chip summary__none">{t.summary.none}</span>}
            {top.map(({ id, count }) => {
              const label = themeLabel.get(id) ?? id;
              return (
                <button
                  key={id}
                  type="button"
                  className="chip"
                  aria-pressed={view.themes.includes(id)}
                  title={t.summary.filterByTheme(label)}
                  onClick={() => update({ themes: toggle(view.themes, id) })}
                >
                  <span className="swatch" style={{ background: dataset.themes.find((th) => th.id === id)?.color }} />
                  {t.summary.themeCount(label, count)}
                </button>
              );
            })}
            {/* One theme per line, and as many lines with fewer themes: a filter never changes the card's height. */}
            {Array.from({ length: TOP_THEMES - Math.max(1, top.length) }, (_, i) => (
              <span key={i} className="chip summary__slot" aria-hidden="true">
                {'\u00a0'}
              </span>
            ))}
          </dd>
        </div>
      </dl>
    </section>
  );
}
