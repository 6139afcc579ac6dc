import type { VisibleStatement } from '../../shared/dataset/filter';
import { perObject } from '../../shared/dataset/memo';
import type { Dataset } from '../../shared/dataset/schema';

export interface TimelineCard {
  item: VisibleStatement;
  /** False for a kept card that the filter leaves out: built, but hidden. */
  shown: boolean;
}

export interface TimelineSection {
  sectionId: string;
  cards: TimelineCard[];
}

export interface TimelineSource {
  sourceId: string;
  sections: TimelineSection[];
}

/** Cards to keep built while a filter leaves them out: the first `limit` of `visible` (the list with no filter). */
export interface KeptCards {
  visible: readonly VisibleStatement[];
  limit: number;
}

/** Oldest first; an undated source goes last. Dates compare as strings because they are ISO at any precision. */
const dateKey = (d: Dataset['sources'][number]['date']) => d.notBefore ?? d.notAfter ?? '9999';

/**
 * Every statement's place in the timeline: source date, then the section's place in its source, then order in
 * the article. Sorting by section before order keeps each section in one run even where a dataset's `order`
 * interleaves sections; otherwise one section would be drawn twice under the same key and id.
 */
const timelineRank = perObject((dataset: Dataset) => {
  const sources = [...dataset.sources].sort(
    (a, b) => dateKey(a.date).localeCompare(dateKey(b.date)) || a.id.localeCompare(b.id),
  );
  const sourceRank = new Map(sources.map((s, i) => [s.id, i]));
  const sectionRank = new Map(sources.map((s) => [s.id, new Map(s.sections.map((section, i) => [section.id, i]))]));
  const key = (s: Dataset['statements'][number]) => ({
    source: sourceRank.get(s.sourceId) ?? sources.length,
    section: sectionRank.get(s.sourceId)?.get(s.section) ?? Number.MAX_SAFE_INTEGER,
  });
  const ordered = dataset.statements
    .map((statement) => ({ statement, ...key(statement) }))
    .sort(
      (a, b) =>
        a.source - b.source ||
        a.section - b.section ||
        a.statement.section.localeCompare(b.statement.section) ||
        a.statement.order - b.statement.order,
    );
  return new Map(ordered.map(({ statement }, i) => [statement.id, i]));
});

/** The first `limit` of `visible` in timeline order. */
function firstInOrder(
  rank: ReadonlyMap<string, number>,
  visible: readonly VisibleStatement[],
  limit: number,
): VisibleStatement[] {
  // Each statement has its own slot, so placing every visible one in its slot orders them in one pass, no
  // sort: a filter change at 16,000 statements spent 8 ms sorting here.
  const slots: (VisibleStatement | undefined)[] = new Array(rank.size);
  const unranked: VisibleStatement[] = [];
  for (const item of visible) {
    const slot = rank.get(item.statement.id);
    if (slot === undefined) unranked.push(item);
    else slots[slot] = item;
  }
  const ordered: VisibleStatement[] = [];
  for (const item of slots) {
    if (ordered.length === limit) break;
    if (item) ordered.push(item);
  }
  ordered.push(...unranked.slice(0, limit - ordered.length));
  return ordered;
}

/**
 * Statements in time order — source date, then place in the article — grouped under their source and
 * section, keeping only the first `limit` statements (the rest are paged in). The `kept` cards that the filter
 * leaves out are listed too, in their places, not shown.
 */
export function timelineGroups(
  dataset: Dataset,
  visible: readonly VisibleStatement[],
  limit: number,
  kept: KeptCards = { visible: [], limit: 0 },
): TimelineSource[] {
  const rank = timelineRank(dataset);
  const shown = firstInOrder(rank, visible, limit);
  const shownIds = new Set(shown.map((item) => item.statement.id));
  const hidden = firstInOrder(rank, kept.visible, kept.limit).filter((item) => !shownIds.has(item.statement.id));
  // Both lists are in timeline order: merged, so are the cards. Unranked statements (none in a built dataset) last.
  const place = (item: VisibleStatement) => rank.get(item.statement.id) ?? Number.MAX_SAFE_INTEGER;
  const cards: TimelineCard[] = [];
  let h = 0;
  for (const item of shown) {
    while (h < hidden.length && place(hidden[h]) < place(item)) cards.push({ item: hidden[h++], shown: false });
    cards.push({ item, shown: true });
  }
  for (; h < hidden.length; h += 1) cards.push({ item: hidden[h], shown: false });

  const result: TimelineSource[] = [];
  for (const card of cards) {
    const { statement } = card.item;
    let source = result[result.length - 1];
    if (!source || source.sourceId !== statement.sourceId) {
      source = { sourceId: statement.sourceId, sections: [] };
      result.push(source);
    }
    let section = source.sections[source.sections.length - 1];
    if (!section || section.sectionId !== statement.section) {
      section = { sectionId: statement.section, cards: [] };
      source.sections.push(section);
    }
    section.cards.push(card);
  }
  return result;
}

/**
 * The statement the next page starts with: the first in timeline order after the first `limit`. Not `visible[limit]`,
 * which is in the dataset's order.
 */
export function nextPageStart(
  dataset: Dataset,
  visible: readonly VisibleStatement[],
  limit: number,
): VisibleStatement | undefined {
  return firstInOrder(timelineRank(dataset), visible, limit + 1)[limit];
}
