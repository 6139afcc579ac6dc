/** Text primitives for proving that annotations are verbatim from the source. */

export interface Span {
  start: number;
  end: number;
}

/** Paragraph n of a source is its line n (1-based); the copy keeps the republished page's line breaks. */
export function splitParagraphs(text: string): string[] {
  return text.split('\n');
}

export function allOccurrences(haystack: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (needle.length === 0) return spans;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    spans.push({ start: at, end: at + needle.length });
  }
  return spans;
}

/**
 * A quotation in “…” counts as a direct quote of someone's words when it ends a sentence inside
 * the marks (“……起好步。”). Quoted names and slogans (“新气象”, “20+8”) do not end with sentence
 * punctuation, so they are terms, not speech.
 */
const SENTENCE_END = /[。！？!?…]$/;

export interface QuotedSpan extends Span {
  /** The words between the marks. */
  text: string;
}

export function directQuotes(paragraph: string): QuotedSpan[] {
  const quotes: QuotedSpan[] = [];
  for (const match of paragraph.matchAll(/“([^“”]*)”/g)) {
    const inner = match[1];
    if (!SENTENCE_END.test(inner)) continue;
    const start = match.index + 1;
    quotes.push({ text: inner, start, end: start + inner.length });
  }
  return quotes;
}

/** 1-based numbers of the paragraphs of `paragraphs` that contain `needle`. */
export function paragraphsContaining(paragraphs: readonly string[], needle: string): number[] {
  return paragraphs.flatMap((p, i) => (p.includes(needle) ? [i + 1] : []));
}
