import type { Filter } from './filter';
import type { Dataset } from './schema';
import type { Messages } from '../i18n/messages';

export type ChipKind = 'districts' | 'themes' | 'sections' | 'groups' | 'q';

export interface Chip {
  kind: ChipKind;
  id: string;
  label: string;
}

/** One removable chip per active filter value, labelled in the interface language. */
export function activeChips(dataset: Dataset, filter: Filter, t: Messages): Chip[] {
  const lang = filter.lang;
  const label = <T extends { label: Record<typeof lang, string> }>(items: T[], get: (x: T) => string, id: string) =>
    items.find((x) => get(x) === id)?.label[lang] ?? id;
  const sections = dataset.sources.flatMap((s) => s.sections.map((x) => ({ id: x.id, label: x.title })));
  return [
    ...filter.districts.map((id) => ({
      kind: 'districts' as const,
      id,
      label: dataset.districts.find((d) => d.slug === id)?.name[lang] ?? id,
    })),
    ...filter.themes.map((id) => ({ kind: 'themes' as const, id, label: label(dataset.themes, (x) => x.id, id) })),
    ...filter.sections.map((id) => ({ kind: 'sections' as const, id, label: label(sections, (x) => x.id, id) })),
    ...filter.groups.map((id) => ({ kind: 'groups' as const, id, label: t.groups[id] })),
    ...(filter.q ? [{ kind: 'q' as const, id: filter.q, label: t.filters.query(filter.q) }] : []),
  ];
}
