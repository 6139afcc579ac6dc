/**
 * The numbers behind both charts and both data tables, so a chart and its table can never disagree.
 * Counts come from the shared filter selectors; this module only orders and labels them.
 */
import { applyFilter, countByTheme, countByThemeAndPlace, type VisibleStatement } from '../../shared/dataset/filter';
import type { Dataset, SpeakerGroup } from '../../shared/dataset/schema';
import { DEFAULT_VIEW, type Lang } from '../../shared/url/viewState';
import { chartMessages } from './messages';

export interface ThemeRow {
  id: string;
  label: string;
  color: string;
  count: number;
  selected: boolean;
}

export interface Place {
  /** A district slug or a speaker group id: what `onSelectCell` expects. */
  id: string;
  label: string;
  kind: 'district' | 'group';
  selected: boolean;
}

export interface ThemeTotalsModel {
  rows: ThemeRow[];
  anySelected: boolean;
  max: number;
}

export interface ThemePlacesModel {
  rows: ThemeRow[];
  places: Place[];
  /** counts[row][place], in the order of `rows` and `places`. */
  counts: number[][];
  max: number;
  /** Whether any theme or district is selected, so matching cells can be marked. */
  anySelected: boolean;
}

/** Groups that get a column of their own, after the districts. */
export const GROUP_COLUMNS: readonly Exclude<SpeakerGroup, 'district'>[] = ['institution', 'company', 'collective'];

interface Baseline {
  order: string[];
  districts: string[];
  groups: SpeakerGroup[];
}

const baselines = new WeakMap<Dataset, Baseline>();

/**
 * Orders and columns taken from the whole dataset, not from the filtered view: the bars are ranked by their
 * overall count, and they stay put while filters change, so a reader who clicks one theme finds the next
 * one where it was.
 */
function baseline(dataset: Dataset): Baseline {
  const cached = baselines.get(dataset);
  if (cached) return cached;
  const all = applyFilter(dataset, DEFAULT_VIEW);
  const totals = countByTheme(all);
  const byPlace = countByThemeAndPlace(all);
  const placesWithPledges = new Set([...byPlace.values()].flatMap((row) => [...row.keys()]));
  const result = {
    // Array.prototype.sort is stable: ties keep the taxonomy's order.
    order: dataset.themes.map((t) => t.id).sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0)),
    districts: dataset.districts.map((d) => d.slug).filter((slug) => placesWithPledges.has(slug)),
    // A district-level unit whose district is unknown would otherwise drop out of the matrix.
    groups: placesWithPledges.has('district') ? ['district' as const, ...GROUP_COLUMNS] : [...GROUP_COLUMNS],
  };
  baselines.set(dataset, result);
  return result;
}

function themeRows(
  dataset: Dataset,
  visible: readonly VisibleStatement[],
  selectedThemes: readonly string[],
  lang: Lang,
): ThemeRow[] {
  const counts = countByTheme(visible);
  const byId = new Map(dataset.themes.map((t) => [t.id, t]));
  return baseline(dataset).order.flatMap((id) => {
    const theme = byId.get(id);
    if (!theme) return [];
    return [
      {
        id,
        label: theme.label[lang],
        color: theme.color,
        count: counts.get(id) ?? 0,
        selected: selectedThemes.includes(id),
      },
    ];
  });
}

export function themeTotalsModel(
  dataset: Dataset,
  visible: readonly VisibleStatement[],
  selectedThemes: readonly string[],
  lang: Lang,
): ThemeTotalsModel {
  const rows = themeRows(dataset, visible, selectedThemes, lang);
  return {
    rows,
    anySelected: rows.some((r) => r.selected),
    max: Math.max(0, ...rows.map((r) => r.count)),
  };
}

export function themePlacesModel(
  dataset: Dataset,
  visible: readonly VisibleStatement[],
  selectedThemes: readonly string[],
  selectedDistricts: readonly string[],
  lang: Lang,
): ThemePlacesModel {
  const rows = themeRows(dataset, visible, selectedThemes, lang);
  const groupLabels = chartMessages(lang).groups;
  const districts = new Map(dataset.districts.map((d) => [d.slug, d]));
  const byPlace = countByThemeAndPlace(visible);
  const places: Place[] = [
    ...baseline(dataset).districts.map((slug): Place => {
      const district = districts.get(slug);
      return {
        id: slug,
        label: district ? district.shortName[lang] : slug,
        kind: 'district',
        selected: selectedDistricts.includes(slug),
      };
    }),
    ...baseline(dataset).groups.map((group): Place => ({
      id: group,
      label: groupLabels[group],
      kind: 'group',
      selected: false,
    })),
  ];
  const counts = rows.map((row) => places.map((place) => byPlace.get(row.id)?.get(place.id) ?? 0));
  return {
    rows,
    places,
    counts,
    max: Math.max(0, ...counts.flat()),
    anySelected: rows.some((r) => r.selected) || places.some((p) => p.selected),
  };
}

/** Whether a cell belongs to the current selection (every selected dimension matches). */
export function cellSelected(model: ThemePlacesModel, row: number, column: number): boolean {
  if (!model.anySelected) return false;
  const themeOk = !model.rows.some((r) => r.selected) || model.rows[row].selected;
  const placeOk = !model.places.some((p) => p.selected) || model.places[column].selected;
  return themeOk && placeOk;
}

/** What a click on a chart asks for: a theme's bar or name toggles it; a cell shows that theme in that place. */
export type ChartHit = { kind: 'theme'; themeId: string } | { kind: 'cell'; themeId: string; place: string };

export interface ThemeMixModel extends ThemeTotalsModel {
  /** Themes with pledges beyond the `limit` shown. */
  more: number;
}

/**
 * One place's theme mix: the `limit` themes it has most pledges in, most first (ties keep the overall order),
 * and how many more it has. A slide's small box stays legible from the back of the room.
 */
export function themeMixModel(model: ThemeTotalsModel, limit: number): ThemeMixModel {
  const present = model.rows.filter((r) => r.count > 0).sort((a, b) => b.count - a.count);
  const rows = present.slice(0, limit);
  return { rows, anySelected: rows.some((r) => r.selected), max: model.max, more: present.length - rows.length };
}
