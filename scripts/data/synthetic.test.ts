import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/shared/dataset/validate';
import { buildDataset } from './build';
import { multiplyDataset } from './synthetic';
import { realInputs } from './testInputs';

describe('multiplyDataset', () => {
  const dataset = buildDataset(realInputs());

  it('makes a schema-valid dataset N times the size', () => {
    const big = multiplyDataset(dataset, 10);
    expect(big.statements).toHaveLength(dataset.statements.length * 10);
    const result = validateDataset(big, 'synthetic');
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('refuses a factor that is not a positive integer', () => {
    expect(() => multiplyDataset(dataset, 0)).toThrow(/positive integer/);
    expect(() => multiplyDataset(dataset, 1.5)).toThrow(/positive integer/);
  });
});
