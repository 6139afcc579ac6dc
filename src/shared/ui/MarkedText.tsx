import { highlightRuns, type Span } from '../dataset/highlight';

interface Props {
  text: string;
  /** Where `text` starts in its paragraph: pledge spans are paragraph offsets. */
  at?: number;
  spans?: readonly Span[];
  /** Places a search found, in offsets of `text` (searchHits). */
  hits?: readonly Span[];
}

/** Text (a verbatim quote, or our translation) with pledge spans and search hits marked; rendered as text, never as HTML. */
export function MarkedText({ text, at = 0, spans = [], hits }: Props) {
  return (
    <>
      {highlightRuns(text, at, spans, hits).map((run, i) => {
        const shown = run.hit ? (
          <mark key={i} className="search-hit">
            {run.text}
          </mark>
        ) : (
          run.text
        );
        return run.marked ? <mark key={i}>{shown}</mark> : shown;
      })}
    </>
  );
}
