/**
 * Text in which some pieces never break across lines ("2023年2月6日", "High-Quality"). The text stays as
 * written, so it copies and searches as it reads; only the pieces are wrapped in unbreakable spans.
 */
export function KeepTogether({ text, pieces }: { text: string; pieces: readonly string[] }) {
  const wanted = pieces.filter(Boolean);
  if (wanted.length === 0) return text;
  // Longest first, so a piece that contains another is kept whole.
  const alternatives = [...new Set(wanted)]
    .sort((a, b) => b.length - a.length)
    .map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return (
    <>
      {text.split(new RegExp(`(${alternatives.join('|')})`)).map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className="no-break">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** A title that wraps between words only, never after the hyphen of "High-Quality". */
export function Unhyphenated({ text }: { text: string }) {
  return <KeepTogether text={text} pieces={text.match(/\S+-\S+/g) ?? []} />;
}
