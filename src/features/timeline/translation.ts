/**
 * The pledges' English summaries as one run of text, a sentence each: they are written as imperatives that start
 * with a capital ("Hold a work-planning meeting"), which read as a mistake joined by semicolons.
 */
export function asSentences(parts: readonly string[]): string {
  return parts
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => (/[.!?…]["'”’)]*$/.test(part) ? part : `${part}.`))
    .join(' ');
}
