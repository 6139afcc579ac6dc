/** Splits a verbatim text into plain and marked runs, marking the pledge spans that fall inside it. */

export interface Span {
  start: number;
  end: number;
}

export interface Run {
  text: string;
  marked: boolean;
}

/**
 * @param text the quote or reported text
 * @param at where `text` starts in its paragraph (spans are paragraph offsets)
 * @param spans pledge spans in paragraph offsets; parts outside `text` are ignored, overlaps merged
 */
export function highlightRuns(text: string, at: number, spans: readonly Span[]): Run[] {
  const inside = spans
    .map((s) => ({ start: Math.max(0, s.start - at), end: Math.min(text.length, s.end - at) }))
    .filter((s) => s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of inside) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  const runs: Run[] = [];
  let cursor = 0;
  for (const s of merged) {
    if (s.start > cursor) runs.push({ text: text.slice(cursor, s.start), marked: false });
    runs.push({ text: text.slice(s.start, s.end), marked: true });
    cursor = s.end;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), marked: false });
  return runs;
}
