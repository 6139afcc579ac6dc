import type { VisibleStatement } from '../../shared/dataset/filter';
import { knownFilter, quotedDistricts, viewTotals } from '../../shared/dataset/filter';
import type { Dataset } from '../../shared/dataset/schema';
import { pick } from '../../shared/i18n/lang';
import { messagesFor } from '../../shared/i18n/messages';
import type { UpdateViewState } from '../../shared/url/useViewState';
import { CLEARED_FILTERS, SPEAKER_GROUPS, toggle, type ViewState } from '../../shared/url/viewState';
import { SEARCH_INPUT_ID, SearchBox } from './SearchBox';
import { activeChips, type ChipKind } from '../../shared/dataset/activeFilters';

interface Props {
  dataset: Dataset;
  visible: readonly VisibleStatement[];
  view: ViewState;
  update: UpdateViewState;
  /**
   * The choices fold away behind one button, search and the active filters staying in sight: in an iframe of
   * fixed height (a CMS without the host script) the whole bar filled the frame and no quote showed.
   */
  folded?: boolean;
}

interface Option {
  id: string;
  label: string;
  color?: string;
}

function ToggleGroup(props: {
  legend: string;
  options: Option[];
  selected: readonly string[];
  onToggle: (id: string) => void;
}) {
  return (
    <fieldset className="filters__group">
      <legend className="filters__legend">{props.legend}</legend>
      <div className="filters__options">
        {props.options.map((o) => (
          <button
            key={o.id}
            type="button"
            className="chip"
            aria-pressed={props.selected.includes(o.id)}
            onClick={() => props.onToggle(o.id)}
          >
            {o.color && <span className="swatch" style={{ background: o.color }} />}
            {o.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

export function FilterBar({ dataset, visible, view, update, folded = false }: Props) {
  const t = messagesFor(view.lang);
  const lang = view.lang;
  const districtsWithStatements = dataset.districts.filter((d) => quotedDistricts(dataset).has(d.slug));
  const chips = activeChips(dataset, knownFilter(dataset, view), t);
  // Counted once per list, for the summary strip too: a sum over 16,000 statements is 1.5 ms at 1000× data.
  const { pledges } = viewTotals(visible);

  // The pressed chip disappears; focus goes to the search box instead of falling to the page.
  const focusSearch = () => document.getElementById(SEARCH_INPUT_ID)?.focus();
  const remove = (kind: ChipKind, id: string) => {
    if (kind === 'q') update({ q: '' });
    else update({ [kind]: view[kind].filter((v) => v !== id) });
    focusSearch();
  };

  const groups = (
    <div className="filters__groups">
      <ToggleGroup
        legend={t.filters.district}
        options={districtsWithStatements.map((d) => ({ id: d.slug, label: pick(d.name, lang) }))}
        selected={view.districts}
        onToggle={(id) => update({ districts: toggle(view.districts, id) })}
      />
      <ToggleGroup
        legend={t.filters.theme}
        options={dataset.themes.map((th) => ({ id: th.id, label: pick(th.label, lang), color: th.color }))}
        selected={view.themes}
        onToggle={(id) => update({ themes: toggle(view.themes, id) })}
      />
      <ToggleGroup
        legend={t.filters.section}
        options={dataset.sources.flatMap((s) => s.sections.map((x) => ({ id: x.id, label: pick(x.title, lang) })))}
        selected={view.sections}
        onToggle={(id) => update({ sections: toggle(view.sections, id) })}
      />
      <ToggleGroup
        legend={t.filters.group}
        options={SPEAKER_GROUPS.map((g) => ({ id: g, label: t.groups[g] }))}
        selected={view.groups}
        onToggle={(id) => update({ groups: toggle(view.groups, id as (typeof SPEAKER_GROUPS)[number]) })}
      />
    </div>
  );

  return (
    <section className={folded ? 'filters filters--folded' : 'filters'} aria-labelledby="filters-heading">
      {/* Folded (an embed), the search box and its button say what this is: the heading's line goes to quotes. */}
      <h2 id="filters-heading" className={folded ? 'visually-hidden' : undefined}>
        {t.filters.heading}
      </h2>
      <SearchBox q={view.q} lang={lang} update={update} />
      {folded ? (
        <details className="filters__more">
          <summary className="button button--quiet">{t.filters.more}</summary>
          {groups}
        </details>
      ) : (
        groups
      )}
      <div className="filters__active" aria-label={t.filters.active} role="group">
        <p className="filters__count" role="status">
          {t.filters.resultCount(visible.length, pledges)}
        </p>
        {chips.map((chip) => (
          <button
            key={`${chip.kind}:${chip.id}`}
            type="button"
            className="chip chip--active"
            aria-label={t.filters.remove(chip.label)}
            onClick={() => remove(chip.kind, chip.id)}
          >
            {chip.label}
            <span aria-hidden="true"> ×</span>
          </button>
        ))}
        {chips.length > 0 && (
          <button
            type="button"
            className="button button--quiet filters__clear"
            onClick={() => {
              update(CLEARED_FILTERS);
              focusSearch();
            }}
          >
            {t.filters.clearAll}
          </button>
        )}
      </div>
    </section>
  );
}
