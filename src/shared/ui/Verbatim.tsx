import { highlightRuns, type Span } from '../dataset/highlight';

/** Verbatim source text with the given pledge spans marked; rendered as text, never as HTML. */
export function Verbatim({ text, at, spans }: { text: string; at: number; spans: readonly Span[] }) {
  return (
    <>{highlightRuns(text, at, spans).map((run, i) => (run.marked ? <mark key={i}>{run.text}</mark> : run.text))}</>
  );
}
