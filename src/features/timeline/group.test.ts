import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build';
import { multiplyDataset } from '../../../scripts/data/synthetic';
import { realInputs } from '../../../scripts/data/testInputs';
import { applyFilter } from '../../shared/dataset/filter';
import { DEFAULT_VIEW } from '../../shared/url/viewState';
import { timelineGroups } from './group';

const dataset = buildDataset(realInputs());
const sectionKeys = (groups: ReturnType<typeof timelineGroups>) =>
  groups.flatMap((g) => g.sections.map((s) => `${g.sourceId}/${s.sectionId}`));

describe('timelineGroups', () => {
  it('lists the real statements in article order under their sections', () => {
    const groups = timelineGroups(dataset, applyFilter(dataset, DEFAULT_VIEW), 100);
    const orders = groups.flatMap((g) => g.sections.flatMap((s) => s.items.map((i) => i.statement.order)));
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
    expect(groups.flatMap((g) => g.sections.flatMap((s) => s.items))).toHaveLength(40);
  });

  it('keeps only the first `limit` statements', () => {
    const groups = timelineGroups(dataset, applyFilter(dataset, DEFAULT_VIEW), 5);
    const items = groups.flatMap((g) => g.sections.flatMap((s) => s.items));
    expect(items.map((i) => i.statement.order)).toEqual(
      dataset.statements
        .map((s) => s.order)
        .sort((a, b) => a - b)
        .slice(0, 5),
    );
  });
});
