/**
 * The one filter every view and every count follows. Pure functions of (dataset, view state); what they need
 * from each statement beyond the record itself (its speaker group, its search text) is prepared once per dataset.
 */
import type { ViewState } from '../url/viewState';
import type { Dataset, Pledge, SpeakerGroup, Statement } from './schema';
import { perObject } from './memo';
import { foldForSearch, matches, searchTextOf } from './search';

export type Filter = Pick<ViewState, 'districts' | 'themes' | 'sections' | 'groups' | 'q' | 'lang'>;

export interface VisibleStatement {
  statement: Statement;
  group: SpeakerGroup;
  /** The statement's pledges that pass the filter, in their original order; when all pass, its own array. */
  pledges: readonly Pledge[];
}

/** Each statement's speaker group, in the order of the statements. */
const groupsOf = perObject((dataset: Dataset): readonly SpeakerGroup[] => {
  const byUnitType = new Map(dataset.unitTypes.map((u) => [u.id, u.group]));
  return dataset.statements.map((s) => byUnitType.get(s.speaker.unitType) ?? 'district');
});

/** Keeps only ids the dataset knows, so a stale link never filters everything away silently. */
export function knownFilter(dataset: Dataset, filter: Filter): Filter {
  const themes = new Set(dataset.themes.map((t) => t.id));
  const sections = new Set(dataset.sources.flatMap((s) => s.sections.map((x) => x.id)));
  const districts = new Set(dataset.districts.map((d) => d.slug));
  return {
    ...filter,
    districts: filter.districts.filter((d) => districts.has(d)),
    themes: filter.themes.filter((t) => themes.has(t)),
    sections: filter.sections.filter((s) => sections.has(s)),
  };
}

/**
 * Every view asks for the same counts of the same filtered list on each filter change; the list is one
 * memoized array, so the answers are kept per array and worked out once (at 1000× data each costs
 * milliseconds, and several views ask).
 */
const perList = <T>(compute: (visible: readonly VisibleStatement[]) => T) => perObject(compute);

/** Districts the dataset quotes anyone from, whatever the filter. */
export const quotedDistricts = perObject(
  (dataset: Dataset): ReadonlySet<string> =>
    new Set(dataset.statements.flatMap((s) => (s.district === null ? [] : [s.district]))),
);

/**
 * The statements in view. A reader goes back and forth between a few filters (one district, then all again), so
 * the last few answers are kept per dataset: the same filter gives the same array, whose counts are kept too.
 */
export function applyFilter(dataset: Dataset, rawFilter: Filter): readonly VisibleStatement[] {
  const filter = knownFilter(dataset, rawFilter);
  // Folded before it is trimmed: a dash folds to a space, and a query of dashes alone is no query.
  const q = foldForSearch(filter.q).trim();
  // The language only matters to a search.
  const key = JSON.stringify([filter.districts, filter.themes, filter.sections, filter.groups, q, q && filter.lang]);
  const recent = recentResults(dataset);
  const cached = recent.get(key);
  recent.delete(key);
  const result = cached ?? filterStatements(dataset, { ...filter, q });
  recent.set(key, result);
  if (recent.size > KEPT_RESULTS) recent.delete(recent.keys().next().value as string);
  return result;
}

/**
 * The filter without its choice of places (districts, speaker groups): what the map counts. The map is where
 * places are chosen, so choosing one leaves every place's number standing, to compare with and add to.
 */
export const exceptPlaces = (filter: Filter): Filter => ({ ...filter, districts: [], groups: [] });

// Two per view (the whole filter, and the map's filter without places), and the timeline's list with no filter: the
// last five views.
const KEPT_RESULTS = 11;
const recentResults = perObject((_dataset: Dataset) => new Map<string, readonly VisibleStatement[]>());

/** `filter` holds known ids only and a folded query. */
function filterStatements(dataset: Dataset, filter: Filter): VisibleStatement[] {
  const { districts, sections, groups, themes, q, lang } = filter;
  const groupOf = groupsOf(dataset);
  const texts = q === '' ? null : searchTextOf(dataset);
  const result: VisibleStatement[] = [];
  dataset.statements.forEach((statement, i) => {
    const group = groupOf[i];
    if (districts.length > 0 && !districts.includes(statement.district ?? '')) return;
    if (sections.length > 0 && !sections.includes(statement.section)) return;
    if (groups.length > 0 && !groups.includes(group)) return;
    // Found by who said it: every pledge of theirs. Found by the words alone: the pledges that match as well, so
    // that a search counts the pledges it is about, in Chinese as in English (where only pledges are translated).
    const bySpeaker = texts === null || matches(texts[i].speaker, q, lang);
    // Asked only when the speaker does not match: at 1000× data every search reads 16,000 quotes otherwise.
    const byWords = !bySpeaker && texts !== null && matches(texts[i].words, q, lang);
    const pledges =
      themes.length === 0 && bySpeaker
        ? statement.pledges
        : statement.pledges.filter(
            (p, j) =>
              (themes.length === 0 || p.themes.some((t) => themes.includes(t))) &&
              (bySpeaker || (texts !== null && matches(texts[i].pledges[j], q, lang))),
          );
    // A statement with no pledge in view still shows when nothing narrows pledges away (a motto, say), and when its
    // words hold what was searched for.
    if (pledges.length > 0 || (themes.length === 0 && (bySpeaker || byWords)))
      result.push({ statement, group, pledges });
  });
  return result;
}

export interface DistrictCount {
  statements: number;
  speakers: number;
  pledges: number;
}

/** Statements, named speakers and pledges per key; statements whose key is null are not counted. */
export function countBy<K>(
  visible: readonly VisibleStatement[],
  keyOf: (item: VisibleStatement) => K | null,
): Map<K, DistrictCount> {
  const counts = new Map<K, DistrictCount & { names: Set<string> }>();
  for (const item of visible) {
    const key = keyOf(item);
    if (key === null) continue;
    const entry = counts.get(key) ?? { statements: 0, speakers: 0, pledges: 0, names: new Set<string>() };
    entry.statements += 1;
    entry.pledges += item.pledges.length;
    if (item.statement.speaker.name !== null) entry.names.add(item.statement.speaker.name);
    entry.speakers = entry.names.size;
    counts.set(key, entry);
  }
  return new Map([...counts].map(([key, { names: _names, ...count }]) => [key, count]));
}

export const countByDistrict: (visible: readonly VisibleStatement[]) => ReadonlyMap<string, DistrictCount> = perList(
  (visible) => countBy(visible, (item) => item.statement.district),
);

/** Pledges per theme in one statement's pledges, as parallel lists in the order the themes first appear. */
interface ThemeTally {
  themes: string[];
  counts: number[];
}

function tallyThemes(pledges: readonly Pledge[]): ThemeTally {
  const tally: ThemeTally = { themes: [], counts: [] };
  for (const p of pledges) {
    for (const t of p.themes) {
      const i = tally.themes.indexOf(t);
      if (i === -1) {
        tally.themes.push(t);
        tally.counts.push(1);
      } else tally.counts[i] += 1;
    }
  }
  return tally;
}

/** Kept per statement: statements usually show with all their pledges, whatever the filter. */
const fullTally = perObject(tallyThemes);

/** Both theme counts in one pass, by statement where it can rather than by pledge: every filter change asks for both. */
const themeCounts = perList((visible) => {
  const byTheme = new Map<string, number>();
  const byThemeAndPlace = new Map<string, Map<string, number>>();
  const add = (theme: string, place: string, n: number) => {
    byTheme.set(theme, (byTheme.get(theme) ?? 0) + n);
    let row = byThemeAndPlace.get(theme);
    if (!row) {
      row = new Map();
      byThemeAndPlace.set(theme, row);
    }
    row.set(place, (row.get(place) ?? 0) + n);
  };
  for (const { statement, group, pledges } of visible) {
    const place = statement.district ?? group;
    if (pledges === statement.pledges) {
      const { themes, counts } = fullTally(pledges);
      themes.forEach((theme, i) => add(theme, place, counts[i]));
    } else for (const p of pledges) for (const theme of p.themes) add(theme, place, 1);
  }
  return { byTheme, byThemeAndPlace };
});

export const countByTheme = (visible: readonly VisibleStatement[]): ReadonlyMap<string, number> =>
  themeCounts(visible).byTheme;

/** Pledge counts keyed by theme, then by district slug (or speaker group for statements without a district). */
export const countByThemeAndPlace = (
  visible: readonly VisibleStatement[],
): ReadonlyMap<string, ReadonlyMap<string, number>> => themeCounts(visible).byThemeAndPlace;

export interface ViewSummary {
  statements: number;
  pledges: number;
  speakers: number;
  districts: number;
  /** Themes by pledge count, most first; ties keep the taxonomy's order. */
  topThemes: { id: string; count: number }[];
}

/** Statements, pledges, named speakers and districts with pledges in view, worked out once per list. */
export const viewTotals = perList((visible) => {
  const districts = new Set<string>();
  const speakers = new Set<string>();
  let pledges = 0;
  for (const { statement, pledges: shown } of visible) {
    pledges += shown.length;
    if (statement.district && shown.length > 0) districts.add(statement.district);
    if (statement.speaker.name) speakers.add(statement.speaker.name);
  }
  return { statements: visible.length, pledges, speakers: speakers.size, districts: districts.size };
});

export function summarizeView(dataset: Dataset, visible: readonly VisibleStatement[]): ViewSummary {
  const byTheme = countByTheme(visible);
  return {
    ...viewTotals(visible),
    topThemes: dataset.themes
      .map((t) => ({ id: t.id, count: byTheme.get(t.id) ?? 0 }))
      .filter((t) => t.count > 0)
      .sort((a, b) => b.count - a.count),
  };
}
