import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build';
import { realInputs } from '../../../scripts/data/testInputs';
import { validateDataset } from './validate';

const real = buildDataset(realInputs());
const copy = () =>
  structuredClone(real) as unknown as Record<string, unknown> & { statements: Record<string, unknown>[] };

describe('validateDataset', () => {
  it('accepts the real dataset whole', () => {
    expect(validateDataset(real, 'dataset.json')).toMatchObject({ ok: true, dropped: 0, issues: [] });
  });

  it('keeps the good statements when some are bad, naming the bad ones', () => {
    const json = copy();
    json.statements[2].district = 'atlantis';
    delete json.statements[5].speaker;
    json.statements[7].id = json.statements[6].id;
    const result = validateDataset(json, 'dataset.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dropped).toBe(3);
    expect(result.dataset.statements).toHaveLength(real.statements.length - 3);
    expect(result.issues.map((i) => `${i.record}: ${i.field}`)).toEqual([
      `statement "${real.statements[2].id}": district`,
      `statement "${real.statements[5].id}": speaker`,
      `statement "${real.statements[6].id}": id`,
    ]);
    // The first use is named by its place in the file, counted from 1 as records are, whatever was left out before.
    expect(result.issues[2]?.message).toBe(`id "${real.statements[6].id}" repeats (first used by statement #7)`);
  });

  it('names a record by its position when its id is empty', () => {
    const json = copy();
    const pledges = json.statements[7].pledges as Record<string, unknown>[];
    pledges[1].id = '';
    const result = validateDataset(json, 'dataset.json');
    expect(result.ok && result.issues.map((i) => `${i.record}: ${i.field}`)).toEqual([
      `statement "${real.statements[7].id}" › pledge #2: id`,
    ]);
  });

  it('leaves out a statement whose quote is no longer the source’s words', () => {
    const json = copy();
    json.statements[3].quote = `${json.statements[3].quote as string}（编者加）`;
    const result = validateDataset(json, 'dataset.json');
    expect(result.ok && result.dropped).toBe(1);
    expect(result.issues[0]).toMatchObject({
      record: `statement "${real.statements[3].id}"`,
      field: 'quote',
      message: expect.stringContaining("is not the source's words at paragraph"),
    });
  });

  it('leaves out a statement with a pledge outside its quote and reported text, even if the source has the words', () => {
    const json = copy();
    const statement = real.statements[3];
    const paragraph = real.sources[0].paragraphs[statement.paragraph - 1];
    // The speaker's unit, at the start of the paragraph: the source's words, but nobody's pledge.
    const end = statement.quoteSpan ? Math.min(8, statement.quoteSpan.start) : 8;
    const pledges = json.statements[3].pledges as Record<string, unknown>[];
    pledges[0] = { ...pledges[0], text: paragraph.slice(0, end), span: { start: 0, end } };
    const result = validateDataset(json, 'dataset.json');
    expect(result.ok && result.dropped).toBe(1);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      record: `statement "${statement.id}" › pledge "${statement.pledges[0].id}"`,
      field: 'span',
      message: "lies outside the statement's quote and reported text",
    });
  });

  it('rejects a file whose shared parts are broken', () => {
    const json = copy();
    json.themes = 'none';
    const result = validateDataset(json, 'dataset.json');
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ file: 'dataset.json', field: 'themes' });
  });

  it('rejects what is not a dataset at all', () => {
    for (const json of [null, 42, 'text', [], { statements: 'x' }]) {
      expect(validateDataset(json, 'dataset.json').ok).toBe(false);
    }
  });
});
