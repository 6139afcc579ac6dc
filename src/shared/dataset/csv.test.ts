import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build';
import { realInputs } from '../../../scripts/data/testInputs';
import { DEFAULT_VIEW } from '../url/viewState';
import { csvCell, pledgesCsv } from './csv';
import { applyFilter } from './filter';

const dataset = buildDataset(realInputs());

/** A small RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (quoted || c !== '\r') {
      cell += c;
    }
  }
  return rows;
}

describe('pledgesCsv', () => {
  it('starts with a UTF-8 BOM and has one row per filtered pledge, verbatim', () => {
    const visible = applyFilter(dataset, { ...DEFAULT_VIEW, districts: ['nanshan'] });
    const csv = pledgesCsv(dataset, visible, 'zh');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header[0]).toBe('承诺编号');
    const expected = visible.flatMap((v) => v.pledges);
    expect(rows.map((r) => r[0])).toEqual(expected.map((p) => p.id));
    expect(rows.map((r) => r[header.indexOf('承诺原文')])).toEqual(expected.map((p) => p.text));
    expect(rows.every((r) => r[1] === '南山区')).toBe(true);
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(null)).toBe('');
  });
});
