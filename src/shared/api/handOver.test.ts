import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build';
import { realInputs } from '../../../scripts/data/testInputs';
import type { Decoded } from '../dataset/decode';
import { statementSearchText } from '../dataset/search';
import { assembler, handOverMessages } from './handOver';

const real = buildDataset(realInputs());
const decoded: Decoded = { ok: true, dataset: real, issues: [], dropped: 2, fingerprint: 'x' };

/** Sends every message through a structured clone, as postMessage does, and feeds them to a fresh assembler. */
function roundTrip(result: Decoded, sliceSize?: number) {
  const messages = [...handOverMessages(result, sliceSize)].map((m) => structuredClone(m));
  const add = assembler();
  const answers = messages.map(add);
  return { messages, answers };
}

describe('handing a decoded dataset over in slices', () => {
  it('puts the statements back together in order, then their search texts', () => {
    const { messages, answers } = roundTrip(decoded, 5);
    const slices = Math.ceil(real.statements.length / 5);
    expect(messages.map((m) => m.type)).toEqual([
      'head',
      ...Array<string>(slices).fill('slice'),
      ...Array<string>(slices).fill('search'),
    ]);
    const sizes = messages.map((m) => (m.type === 'slice' ? m.statements : m.type === 'search' ? m.search : []).length);
    expect(Math.max(...sizes)).toBe(5);
    // The dataset with the last statement, the search texts with the last of them, nothing in between.
    expect(answers.filter((a) => a !== null)).toHaveLength(2);
    expect(answers[slices]).toEqual({ decoded });
    expect(answers.at(-1)).toEqual({ search: real.statements.map(statementSearchText) });
  });

  it('hands over a dataset without statements in one message', () => {
    const empty: Decoded = { ...decoded, dataset: { ...real, statements: [] } };
    const { messages, answers } = roundTrip(empty);
    expect(messages).toHaveLength(1);
    expect(answers[0]).toEqual({ decoded: empty, search: [] });
  });

  it('passes a failure on as it is', () => {
    const failure: Decoded = { ok: false, kind: 'json', detail: 'Unexpected end of JSON input' };
    const { answers } = roundTrip(failure);
    expect(answers).toEqual([{ decoded: failure }]);
  });
});
