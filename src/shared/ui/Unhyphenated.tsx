/**
 * Text whose hyphenated words ("High-Quality") are never broken after their hyphen: a title may wrap between
 * words only. The words stay ordinary hyphens, so the text copies and searches as written.
 */
export function Unhyphenated({ text }: { text: string }) {
  return (
    <>
      {text.split(/(\S+-\S+)/).map((part, i) =>
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
