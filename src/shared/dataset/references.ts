/**
 * Cross-record checks that a per-record schema cannot make: unique ids and known references.
 * Shared by the data build (on the annotations) and the app (on the fetched dataset).
 */

export interface KnownIds {
  themes: readonly string[];
  districts: readonly string[];
  horizons: readonly string[];
  unitTypes: readonly string[];
  /** Omitted when the records carry no sourceId (annotations name their source once per file). */
  sources?: readonly string[];
}

export interface ReferenceProblem {
  /** Path inside the statements array, e.g. [3, 'pledges', 1, 'themes', 0]. */
  path: (string | number)[];
  message: string;
}

interface StatementRefs {
  id: string;
  sourceId?: string;
  district: string | null;
  speaker: { unitType: string };
  pledges: readonly { id: string; themes: readonly string[]; horizon?: { kind: string } }[];
}

function unknown(kind: string, value: string, known: readonly string[]): string {
  return `unknown ${kind} "${value}" (known: ${known.join(', ')})`;
}

/**
 * `positions` gives each statement's place in its file, from 0, where `statements` are not the whole file in order
 * (the page checks each against those it kept so far): a repeated id names its first use by that place, from 1.
 */
export function referenceProblems(
  statements: readonly StatementRefs[],
  known: KnownIds,
  positions?: readonly number[],
): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const firstUse = new Map<string, string>();
  const claimId = (id: string, where: string, path: ReferenceProblem['path']) => {
    const earlier = firstUse.get(id);
    if (earlier) problems.push({ path, message: `id "${id}" repeats (first used by ${earlier})` });
    else firstUse.set(id, where);
  };

  statements.forEach((s, i) => {
    claimId(s.id, `statement #${(positions?.[i] ?? i) + 1}`, [i, 'id']);
    if (known.sources && s.sourceId !== undefined && !known.sources.includes(s.sourceId)) {
      problems.push({ path: [i, 'sourceId'], message: unknown('source', s.sourceId, known.sources) });
    }
    if (s.district !== null && !known.districts.includes(s.district)) {
      problems.push({ path: [i, 'district'], message: unknown('district', s.district, known.districts) });
    }
    if (!known.unitTypes.includes(s.speaker.unitType)) {
      problems.push({
        path: [i, 'speaker', 'unitType'],
        message: unknown('unit type', s.speaker.unitType, known.unitTypes),
      });
    }
    s.pledges.forEach((p, j) => {
      claimId(p.id, `pledge #${j + 1} of statement "${s.id}"`, [i, 'pledges', j, 'id']);
      p.themes.forEach((t, k) => {
        if (!known.themes.includes(t)) {
          problems.push({ path: [i, 'pledges', j, 'themes', k], message: unknown('theme', t, known.themes) });
        } else if (p.themes.indexOf(t) !== k) {
          problems.push({ path: [i, 'pledges', j, 'themes', k], message: `theme "${t}" is listed twice` });
        }
      });
      if (p.horizon && !known.horizons.includes(p.horizon.kind)) {
        problems.push({
          path: [i, 'pledges', j, 'horizon', 'kind'],
          message: unknown('horizon', p.horizon.kind, known.horizons),
        });
      }
    });
  });
  return problems;
}

interface Span {
  start: number;
  end: number;
}

/** Whether `inner` lies within `outer` (the data build asks it of pledges too). */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

interface StatementSpans {
  sourceId: string;
  paragraph: number;
  quote: string | null;
  quoteSpan: Span | null;
  reported: string | null;
  reportedSpan: Span | null;
  pledges: readonly { text: string; span: Span }[];
}

/** Each quote, reported text and pledge must be exactly the source's words at its recorded offsets. */
export function spanProblems(
  statement: StatementSpans,
  paragraphsBySource: ReadonlyMap<string, readonly string[]>,
): ReferenceProblem[] {
  const paragraph = paragraphsBySource.get(statement.sourceId)?.[statement.paragraph - 1];
  if (paragraph === undefined) {
    return [{ path: ['paragraph'], message: `is not a paragraph of source "${statement.sourceId}"` }];
  }
  const spans: [string | null, Span | null, (string | number)[]][] = [
    [statement.quote, statement.quoteSpan, ['quote']],
    [statement.reported, statement.reportedSpan, ['reported']],
    ...statement.pledges.map((p, j): [string, Span, (string | number)[]] => [p.text, p.span, ['pledges', j, 'text']]),
  ];
  const problems: ReferenceProblem[] = [];
  // A pledge is words its speaker said or was reported saying: it lies within the quote or the reported text.
  const own = [statement.quoteSpan, statement.reportedSpan].filter((s): s is Span => s !== null);
  statement.pledges.forEach(({ span }, j) => {
    if (!own.some((outer) => contains(outer, span))) {
      problems.push({ path: ['pledges', j, 'span'], message: "lies outside the statement's quote and reported text" });
    }
  });
  for (const [words, span, path] of spans) {
    if ((words === null) !== (span === null)) {
      problems.push({ path, message: 'and its span must be both present or both null' });
    } else if (words !== null && span && paragraph.slice(span.start, span.end) !== words) {
      problems.push({
        path,
        message: `is not the source's words at paragraph ${statement.paragraph}, characters ${span.start}–${span.end}`,
      });
    }
  }
  return problems;
}
