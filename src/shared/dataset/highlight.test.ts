import { describe, expect, it } from 'vitest';
import { highlightRuns } from './highlight';

/** Pledge spans in [brackets], search hits in {braces}. */
const joined = (runs: ReturnType<typeof highlightRuns>) =>
  runs
    .map((r) => (r.hit ? `{${r.text}}` : r.text))
    .map((text, i) => (runs[i]?.marked ? `[${text}]` : text))
    .join('');

describe('highlightRuns', () => {
  it('marks spans given in paragraph offsets inside a text that starts mid-paragraph', () => {
    // The text starts at offset 10 of its paragraph; the span 12–14 is its characters 2–4.
    expect(joined(highlightRuns('abcdefgh', 10, [{ start: 12, end: 14 }]))).toBe('ab[cd]efgh');
  });

  it('merges overlapping spans and clips spans that run past the text', () => {
    const runs = highlightRuns('abcdefgh', 0, [
      { start: 1, end: 4 },
      { start: 3, end: 6 },
      { start: 7, end: 20 },
    ]);
    expect(joined(runs)).toBe('a[bcdef]g[h]');
  });

  it('ignores spans that lie in another part of the paragraph and keeps every character', () => {
    const runs = highlightRuns('我们将持续发力。', 5, [{ start: 0, end: 3 }]);
    expect(runs).toEqual([{ text: '我们将持续发力。', marked: false, hit: false }]);
  });

  it('marks search hits inside, across and outside pledge spans, each character once', () => {
    // The pledge covers "cdef" (paragraph offsets 12–16); hits (offsets of the text) cover "b", "ef" + "g", and "h".
    const runs = highlightRuns(
      'abcdefgh',
      10,
      [{ start: 12, end: 16 }],
      [
        { start: 1, end: 2 },
        { start: 4, end: 7 },
        { start: 7, end: 8 },
      ],
    );
    expect(joined(runs)).toBe('a{b}[cd][{ef}]{gh}');
    expect(runs.map((r) => r.text).join('')).toBe('abcdefgh');
  });
});
