import type { VisibleStatement } from '../../shared/dataset/filter';
import type { Dataset } from '../../shared/dataset/schema';

export interface TimelineSection {
  sectionId: string;
  items: VisibleStatement[];
}

export interface TimelineSource {
  sourceId: string;
  sections: TimelineSection[];
}

/** Oldest first; an undated source goes last. Dates compare as strings because they are ISO at any precision. */
const dateKey = (d: Dataset['sources'][number]['date']) => d.notBefore ?? d.notAfter ?? '9999';

/**
 * Statements in time order — source date, then order in the article — grouped under their source and
 * section, keeping only the first `limit` statements (the rest are paged in).
 */
export function timelineGroups(
  dataset: Dataset,
  visible: readonly VisibleStatement[],
  limit: number,
): TimelineSource[] {
  const sources = [...dataset.sources].sort(
    (a, b) => dateKey(a.date).localeCompare(dateKey(b.date)) || a.id.localeCompare(b.id),
  );
  const rank = new Map(sources.map((s, i) => [s.id, i]));
  const ordered = [...visible]
    .sort(
      (a, b) =>
        (rank.get(a.statement.sourceId) ?? 0) - (rank.get(b.statement.sourceId) ?? 0) ||
        a.statement.order - b.statement.order,
    )
    .slice(0, limit);
  const result: TimelineSource[] = [];
  for (const item of ordered) {
    let source = result[result.length - 1];
    if (!source || source.sourceId !== item.statement.sourceId) {
      source = { sourceId: item.statement.sourceId, sections: [] };
      result.push(source);
    }
    let section = source.sections[source.sections.length - 1];
    if (!section || section.sectionId !== item.statement.section) {
      section = { sectionId: item.statement.section, items: [] };
      source.sections.push(section);
    }
    section.items.push(item);
  }
  return result;
}
