/**
 * Synthetic datasets N× the size of the real one, for benchmarks: every statement is repeated with
 * fresh ids, so the result stays schema-valid (ids unique, references known, spans still verbatim
 * against the unchanged source paragraphs). Never used for anything a user sees.
 */
import type { Dataset } from '../../src/shared/dataset/schema';

export function multiplyDataset(dataset: Dataset, factor: number): Dataset {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a positive integer, got ${factor}`);
  const perCopy = dataset.statements.length;
  const statements = Array.from({ length: factor }, (_, copy) =>
    dataset.statements.map((s) => {
      const suffix = copy === 0 ? '' : `-x${copy}`;
      return {
        ...s,
        id: `${s.id}${suffix}`,
        order: s.order + copy * perCopy,
        pledges: s.pledges.map((p) => ({ ...p, id: `${p.id}${suffix}` })),
      };
    }),
  ).flat();
  return { ...dataset, statements };
}
