import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build';
import { multiplyDataset } from '../../../scripts/data/synthetic';
import { realInputs } from '../../../scripts/data/testInputs';
import { applyFilter } from '../../shared/dataset/filter';
import { DEFAULT_VIEW } from '../../shared/url/viewState';
import { nextPageStart, timelineGroups } from './group';

const dataset = buildDataset(realInputs());
const sectionKeys = (groups: ReturnType<typeof timelineGroups>) =>
  groups.flatMap((g) => g.sections.map((s) => `${g.sourceId}/${s.sectionId}`));

describe('timelineGroups', () => {
  it('lists the real statements in article order under their sections', () => {
    const groups = timelineGroups(dataset, applyFilter(dataset, DEFAULT_VIEW), 100);
    const orders = groups.flatMap((g) => g.sections.flatMap((s) => s.cards.map((c) => c.item.statement.order)));
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(orders).toHaveLength(dataset.statements.length);
    expect(sectionKeys(groups)).toEqual(dataset.sources[0].sections.map((s) => `${dataset.sources[0].id}/${s.id}`));
  });

  it('shows each section once even where the order interleaves sections', () => {
    // Repeating the article makes `order` run through every section, then through them all again.
    const repeated = multiplyDataset(dataset, 3);
    const groups = timelineGroups(repeated, applyFilter(repeated, DEFAULT_VIEW), 40);
    const keys = sectionKeys(groups);
    expect(new Set(keys).size).toBe(keys.length);
    expect(groups.flatMap((g) => g.sections.flatMap((s) => s.cards))).toHaveLength(40);
  });

  it('keeps only the first `limit` statements', () => {
    const groups = timelineGroups(dataset, applyFilter(dataset, DEFAULT_VIEW), 5);
    const cards = groups.flatMap((g) => g.sections.flatMap((s) => s.cards));
    expect(cards.map((c) => c.item.statement.order)).toEqual(
      dataset.statements
        .map((s) => s.order)
        .sort((a, b) => a - b)
        .slice(0, 5),
    );
  });

  it('lists the kept cards a filter leaves out in their places, hidden, and shows the filtered ones', () => {
    const everything = applyFilter(dataset, DEFAULT_VIEW);
    const luohu = applyFilter(dataset, { ...DEFAULT_VIEW, districts: ['luohu'] });
    const groups = timelineGroups(dataset, luohu, 40, { visible: everything, limit: 40 });
    const cards = groups.flatMap((g) => g.sections.flatMap((s) => s.cards));
    const plain = timelineGroups(dataset, everything, 40).flatMap((g) => g.sections.flatMap((s) => s.cards));
    // The same cards in the same order as with no filter: only what shows differs.
    expect(cards.map((c) => c.item.statement.id)).toEqual(plain.map((c) => c.item.statement.id));
    const shown = cards.filter((c) => c.shown);
    expect(shown.map((c) => c.item)).toEqual(luohu);
    expect(shown.every((c) => c.item.statement.district === 'luohu')).toBe(true);
    expect(cards.filter((c) => !c.shown)).toHaveLength(everything.length - luohu.length);
  });

  it('keeps no more than the kept page, and shows a filtered card past it', () => {
    const repeated = multiplyDataset(dataset, 10);
    const everything = applyFilter(repeated, DEFAULT_VIEW);
    const luohu = applyFilter(repeated, { ...DEFAULT_VIEW, districts: ['luohu'] });
    const groups = timelineGroups(repeated, luohu, 40, { visible: everything, limit: 40 });
    const cards = groups.flatMap((g) => g.sections.flatMap((s) => s.cards));
    const firstPage = new Set(
      timelineGroups(repeated, everything, 40).flatMap((g) => g.sections.flatMap((s) => s.cards.map((c) => c.item))),
    );
    expect(cards.filter((c) => c.shown)).toHaveLength(Math.min(40, luohu.length));
    // Hidden: only the first page's cards that Luohu's page does not show.
    const hidden = cards.filter((c) => !c.shown).map((c) => c.item);
    expect(hidden.every((item) => firstPage.has(item) && item.statement.district !== 'luohu')).toBe(true);
    // Every card once: the shown page, and the first page's cards it does not show.
    const ids = cards.map((c) => c.item.statement.id);
    expect(new Set(ids).size).toBe(ids.length);
    const shownIds = new Set(cards.filter((c) => c.shown).map((c) => c.item.statement.id));
    expect(cards).toHaveLength(
      shownIds.size + [...firstPage].filter((item) => !shownIds.has(item.statement.id)).length,
    );
    const ranks = cards.map((c) => c.item.statement.id);
    const order = timelineGroups(repeated, everything, everything.length).flatMap((g) =>
      g.sections.flatMap((s) => s.cards.map((c) => c.item.statement.id)),
    );
    const at = new Map(order.map((id, i) => [id, i]));
    expect(ranks.map((id) => at.get(id))).toEqual([...ranks.map((id) => at.get(id))].sort((a, b) => a! - b!));
  });
});

describe('nextPageStart', () => {
  it('is the first statement in timeline order after the page, wherever the dataset lists it', () => {
    // Repeated, the dataset lists the whole article three times, each section's statements in three places; the
    // timeline keeps each section together.
    const repeated = multiplyDataset(dataset, 3);
    const visible = applyFilter(repeated, DEFAULT_VIEW);
    const all = timelineGroups(repeated, visible, visible.length).flatMap((g) => g.sections.flatMap((s) => s.cards));
    expect(nextPageStart(repeated, visible, 40)?.statement.id).toBe(all[40].item.statement.id);
    expect(visible[40].statement.id).not.toBe(all[40].item.statement.id);
  });

  it('is nothing past the last statement', () => {
    const visible = applyFilter(dataset, DEFAULT_VIEW);
    expect(nextPageStart(dataset, visible, visible.length)).toBeUndefined();
  });
});
