/**
 * The one filter every view and every count follows. Pure functions of (dataset, view state);
 * the search text of each statement is prepared once per dataset.
 */
import type { Lang, ViewState } from '../url/viewState';
import type { Dataset, Pledge, SpeakerGroup, Statement } from './schema';

export type Filter = Pick<ViewState, 'districts' | 'themes' | 'sections' | 'groups' | 'q' | 'lang'>;

export interface VisibleStatement {
  statement: Statement;
  group: SpeakerGroup;
  /** The statement's pledges that pass the filter, in their original order. */
  pledges: Pledge[];
}

interface Prepared {
  group: SpeakerGroup;
  /** Who said it and the words themselves (zh, plus en in English). */
  ownText: Record<Lang, string>;
  pledgeText: Record<Lang, string>[];
}

const prepared = new WeakMap<Dataset, Map<Statement, Prepared>>();

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

function prepare(dataset: Dataset): Map<Statement, Prepared> {
  const cached = prepared.get(dataset);
  if (cached) return cached;
  const groups = new Map(dataset.unitTypes.map((u) => [u.id, u.group]));
  const map = new Map<Statement, Prepared>();
  for (const s of dataset.statements) {
    const { speaker } = s;
    const zh = [speaker.name, speaker.post?.zh, speaker.unit.zh, s.quote, s.reported].filter(Boolean).join('\n');
    const en = [speaker.post?.en, speaker.unit.en].filter(Boolean).join('\n');
    map.set(s, {
      group: groups.get(speaker.unitType) ?? 'district',
      ownText: { zh: fold(zh), en: fold(`${zh}\n${en}`) },
      pledgeText: s.pledges.map((p) => {
        const pzh = `${p.text}\n${p.summary.zh}`;
        return { zh: fold(pzh), en: fold(`${pzh}\n${p.summary.en}`) };
      }),
    });
  }
  prepared.set(dataset, map);
  return map;
}

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
function perList<T>(compute: (visible: readonly VisibleStatement[]) => T) {
  const cache = new WeakMap<readonly VisibleStatement[], T>();
  return (visible: readonly VisibleStatement[]): T => {
    const cached = cache.get(visible);
    if (cached !== undefined) return cached;
    const result = compute(visible);
    cache.set(visible, result);
    return result;
  };
}

const quoted = new WeakMap<Dataset, ReadonlySet<string>>();

/** Districts the dataset quotes anyone from, whatever the filter. */
export function quotedDistricts(dataset: Dataset): ReadonlySet<string> {
  let result = quoted.get(dataset);
  if (!result) {
    result = new Set(dataset.statements.flatMap((s) => (s.district === null ? [] : [s.district])));
    quoted.set(dataset, result);
  }
  return result;
}

export function applyFilter(dataset: Dataset, rawFilter: Filter): VisibleStatement[] {
  const filter = knownFilter(dataset, rawFilter);
  const index = prepare(dataset);
  const q = fold(filter.q.trim());
  const themeFilter = filter.themes.length > 0;
  const result: VisibleStatement[] = [];
  for (const statement of dataset.statements) {
    const info = index.get(statement);
    if (!info) continue;
    if (filter.districts.length > 0 && !filter.districts.includes(statement.district ?? '')) continue;
    if (filter.sections.length > 0 && !filter.sections.includes(statement.section)) continue;
    if (filter.groups.length > 0 && !filter.groups.includes(info.group)) continue;
    const ownMatch = q === '' || info.ownText[filter.lang].includes(q);
    const pledges = statement.pledges.filter(
      (p, i) =>
        (!themeFilter || p.themes.some((t) => filter.themes.includes(t))) &&
        (ownMatch || info.pledgeText[i][filter.lang].includes(q)),
    );
    // A statement with no pledge in view still shows when nothing narrows pledges away (a motto, say).
    if (pledges.length > 0 || (!themeFilter && ownMatch)) result.push({ statement, group: info.group, pledges });
  }
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

export const countByTheme: (visible: readonly VisibleStatement[]) => ReadonlyMap<string, number> = perList(
  (visible) => {
    const counts = new Map<string, number>();
    for (const { pledges } of visible) {
      for (const p of pledges) for (const t of p.themes) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    return counts;
  },
);

/** Pledge counts keyed by theme, then by district slug (or speaker group for statements without a district). */
export const countByThemeAndPlace: (
  visible: readonly VisibleStatement[],
) => ReadonlyMap<string, ReadonlyMap<string, number>> = perList((visible) => {
  const counts = new Map<string, Map<string, number>>();
  for (const { statement, group, pledges } of visible) {
    const place = statement.district ?? group;
    for (const p of pledges) {
      for (const t of p.themes) {
        const row = counts.get(t) ?? new Map<string, number>();
        row.set(place, (row.get(place) ?? 0) + 1);
        counts.set(t, row);
      }
    }
  }
  return counts;
});

export interface ViewSummary {
  statements: number;
  pledges: number;
  speakers: number;
  districts: number;
  /** Themes by pledge count, most first; ties keep the taxonomy's order. */
  topThemes: { id: string; count: number }[];
}

export function summarizeView(dataset: Dataset, visible: readonly VisibleStatement[]): ViewSummary {
  const byTheme = countByTheme(visible);
  const districts = new Set(
    visible.flatMap((v) => (v.statement.district && v.pledges.length > 0 ? [v.statement.district] : [])),
  );
  const speakers = new Set(visible.flatMap((v) => (v.statement.speaker.name ? [v.statement.speaker.name] : [])));
  return {
    statements: visible.length,
    pledges: visible.reduce((n, v) => n + v.pledges.length, 0),
    speakers: speakers.size,
    districts: districts.size,
    topThemes: dataset.themes
      .map((t) => ({ id: t.id, count: byTheme.get(t.id) ?? 0 }))
      .filter((t) => t.count > 0)
      .sort((a, b) => b.count - a.count),
  };
}
