import { highlightRuns, type Span } from '../dataset/highlight';

interface Props {
  text: string;
  at: number;
  spans: readonly Span[];
  /** Places a search found, in offsets of `text` (searchHits). */
  hits?: readonly Span[];
}

/** Verbatim source text with the given pledge spans and search hits marked; rendered as text, never as HTML. */
export function Verbatim({ text, at, spans, hits }: Props) {
  return (
    <>
      {highlightRuns(text, at, spans, hits).map((run, i) => {
        const hit = <mark className="search-hit">{run.text}</mark>;
        if (run.marked) return <mark key={i}>{run.hit ? hit : run.text}</mark>;
        return run.hit ? (
          <mark key={i} className="search-hit">
            {run.text}
          </mark>
        ) : (
          run.text
        );
      })}
    </>
  );
}
