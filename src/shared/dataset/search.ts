/**
 * What the search box looks through, folded once per dataset: case and width differences (ＡＢＣ, abc) do not
 * matter, nor does a hyphen or dash against a space. Folding is the costly part of a search (hundreds of
 * milliseconds at 1000× data), so it is never done before the first search, and the dataset worker does it
 * ahead of time off the main thread (`primeSearchText`).
 */
import type { Lang } from '../url/viewState';
import type { Span } from './highlight';
import type { Dataset, Statement } from './schema';
import { perObject } from './memo';

/** The English fields are kept apart from the Chinese ones: only an English page searches them. */
export interface FoldedText {
  zh: string;
  en: string;
}

export interface StatementSearchText {
  /** Who said it: a statement found by its speaker shows with all its pledges. */
  speaker: FoldedText;
  /** The words themselves (quote, reported text): a statement found by them shows with the pledges that match too. */
  words: FoldedText;
  /** Each pledge's words and summary, in the statement's order. */
  pledges: FoldedText[];
}

/** Hyphens and dashes, which our translations use where a reader may type a space ("digital-RMB"). */
const DASHES = /[-\u2010-\u2015\u2212]/g;

export const foldForSearch = (text: string) => text.normalize('NFKC').toLowerCase().replace(DASHES, ' ');

/**
 * Where `query` occurs in `text`, as spans of `text` itself, found the way the search box finds statements (folded
 * case and width). Each character is folded on its own, so a span maps back to the characters a reader sees even
 * where folding changes a length (㎡ → m2).
 */
export function searchHits(text: string, query: string): Span[] {
  const folded = foldForSearch(query).trim();
  if (!folded) return [];
  let haystack = '';
  // Which character of `text` each code unit of `haystack` came from, and one past the end.
  const origin: number[] = [];
  for (let i = 0; i < text.length;) {
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
    const piece = foldForSearch(char);
    haystack += piece;
    for (let k = 0; k < piece.length; k++) origin.push(i);
    i += char.length;
  }
  origin.push(text.length);
  const hits: Span[] = [];
  for (let at = haystack.indexOf(folded); at !== -1; at = haystack.indexOf(folded, at + folded.length)) {
    const last = origin[at + folded.length - 1] ?? text.length;
    hits.push({ start: origin[at] ?? 0, end: last + String.fromCodePoint(text.codePointAt(last) ?? 0).length });
  }
  return hits;
}

const joinFolded = (parts: readonly (string | null | undefined)[]) => foldForSearch(parts.filter(Boolean).join('\n'));

export function statementSearchText(s: Statement): StatementSearchText {
  const { speaker } = s;
  return {
    speaker: {
      zh: joinFolded([speaker.name, speaker.post?.zh, speaker.unit.zh]),
      en: joinFolded([speaker.romanized, speaker.post?.en, speaker.unit.en]),
    },
    // A quote is translated only where no pledge's summary gives its sense (the motto): its English words, if any.
    words: { zh: joinFolded([s.quote, s.reported]), en: joinFolded([s.quoteTranslation]) },
    pledges: s.pledges.map((p) => ({ zh: joinFolded([p.text, p.summary.zh]), en: joinFolded([p.summary.en]) })),
  };
}

/** Chinese fields always; English ones too on an English page. `query` is already folded. */
export const matches = (text: FoldedText, query: string, lang: Lang) =>
  text.zh.includes(query) || (lang === 'en' && text.en.includes(query));

/** Per dataset, in the order of its statements. */
export const searchTextOf = perObject((dataset: Dataset): readonly StatementSearchText[] =>
  dataset.statements.map(statementSearchText),
);

/** Hands over texts folded elsewhere (by the dataset worker, with `statementSearchText`), one per statement. */
export function primeSearchText(dataset: Dataset, texts: readonly StatementSearchText[]) {
  if (texts.length !== dataset.statements.length) {
    throw new Error(`search texts for ${texts.length} statements, but the dataset has ${dataset.statements.length}`);
  }
  searchTextOf.prime(dataset, texts);
}
