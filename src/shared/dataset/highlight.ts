/**
 * Splits a text (a verbatim quote, or our translation) into runs, marking the pledge spans that fall inside it and,
 * apart from them, the places a search found.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Run {
  text: string;
  /** Inside a pledge span. */
  marked: boolean;
  /** Inside a search hit. */
  hit: boolean;
}

/** `spans` (offsets from `at`) clipped to `length` characters, sorted, overlaps merged. */
function mergedInside(spans: readonly Span[], at: number, length: number): Span[] {
  const inside = spans
    .map((s) => ({ start: Math.max(0, s.start - at), end: Math.min(length, s.end - at) }))
    .filter((s) => s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of inside) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

const covers = (spans: readonly Span[], i: number) => spans.some((s) => s.start <= i && i < s.end);

/**
 * @param text the quote or reported text
 * @param at where `text` starts in its paragraph (spans are paragraph offsets)
 * @param spans pledge spans in paragraph offsets; parts outside `text` are ignored, overlaps merged
 * @param hits search hits in offsets of `text` itself (searchHits)
 */
export function highlightRuns(text: string, at: number, spans: readonly Span[], hits: readonly Span[] = []): Run[] {
  const marked = mergedInside(spans, at, text.length);
  const found = mergedInside(hits, 0, text.length);
  const edges = [...new Set([0, text.length, ...[...marked, ...found].flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  // Every edge starts or ends a merged span, and merged spans never touch, so neighbouring runs always differ.
  return edges.slice(1).map((end, k) => {
    const start = edges[k] ?? 0;
    return { text: text.slice(start, end), marked: covers(marked, start), hit: covers(found, start) };
  });
}
