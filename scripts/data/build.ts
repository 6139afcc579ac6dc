/**
 * The data build: hand-written annotations + the verbatim source → one validated dataset.
 * Pure (no file system): `load.ts` reads the files, this proves and assembles, the CLI writes.
 */
import { createHash } from 'node:crypto';
import type * as z from 'zod/mini';
import { formatIssue, locateIssue, type DataIssue } from '../../src/shared/dataset/locate';
import { contains, referenceProblems } from '../../src/shared/dataset/references';
import { validateDataset } from '../../src/shared/dataset/validate';
import {
  annotationsSchema,
  districtsFileSchema,
  sourceMetaSchema,
  taxonomySchema,
  DATASET_SCHEMA_VERSION,
  type Annotations,
  type Dataset,
  type SourceMeta,
  type Statement,
  type StatementInput,
} from '../../src/shared/dataset/schema';
import { allOccurrences, directQuotes, paragraphsContaining, splitParagraphs, type Span } from './verbatim';

export interface InputFile {
  /** Path from the project root, used in every message about this file. */
  file: string;
  data: unknown;
}

export interface SourceInput {
  meta: InputFile;
  text: { file: string; content: string };
}

export interface DataInputs {
  taxonomy: InputFile;
  districts: InputFile;
  sources: SourceInput[];
  annotations: InputFile[];
}

export const OUTPUT_FILE = 'public/data/dataset.json';

export class DataBuildError extends Error {
  constructor(readonly issues: DataIssue[]) {
    super(
      `The dataset is not valid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`,
    );
    this.name = 'DataBuildError';
  }
}

const TRANSLATION_NOTE = {
  zh: '英文内容（标题、职务、摘要等）为本看板编辑翻译，非原文；引语一律保留中文原文，无具体承诺的引语另附英译。',
  en: 'English text (titles, posts, summaries) is our editorial translation, not the source; quotes always stay in the original Chinese, and a quote with no pledge also has our English beside it.',
};

function parse<S extends z.ZodMiniType>(schema: S, input: InputFile, issues: DataIssue[]): z.infer<S> | undefined {
  const result = schema.safeParse(input.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) issues.push(locateIssue(input.file, input.data, issue.path, issue.message));
  return undefined;
}

interface ParsedSource {
  meta: SourceMeta;
  metaFile: string;
  paragraphs: string[];
}

function checkSource(input: SourceInput, meta: SourceMeta, issues: DataIssue[]): ParsedSource {
  const at = (path: PropertyKey[], message: string) =>
    issues.push(locateIssue(input.meta.file, input.meta.data, path, message));
  const digest = createHash('sha256').update(input.text.content, 'utf8').digest('hex');
  if (digest !== meta.sha256) {
    at(['sha256'], `${input.text.file} has sha256 ${digest}, not the recorded ${meta.sha256}: the source copy changed`);
  }
  const paragraphs = splitParagraphs(input.text.content);
  const { first, last } = meta.articleParagraphs;
  if (last > paragraphs.length)
    at(['articleParagraphs', 'last'], `is ${last} but ${input.text.file} has ${paragraphs.length} lines`);

  let expectedFirst = first;
  meta.sections.forEach((section, i) => {
    if (section.paragraphs.first !== expectedFirst) {
      at(
        ['sections', i, 'paragraphs', 'first'],
        `is ${section.paragraphs.first}; sections must cover the article without gaps, so it should be ${expectedFirst}`,
      );
    }
    expectedFirst = section.paragraphs.last + 1;
    if (section.heading !== null && paragraphs[section.paragraphs.first - 1] !== section.heading) {
      at(
        ['sections', i, 'heading'],
        `is not verbatim the text of paragraph ${section.paragraphs.first} of ${input.text.file}`,
      );
    }
  });
  if (expectedFirst !== last + 1)
    at(['sections'], `end at paragraph ${expectedFirst - 1}, but the article ends at ${last}`);
  return { meta, metaFile: input.meta.file, paragraphs };
}

/** Everything the build proves about one statement, and the spans it finds on the way. */
function checkStatement(
  statement: StatementInput,
  index: number,
  source: ParsedSource,
  report: (path: PropertyKey[], message: string) => void,
): { quoteSpan: Span | null; reportedSpan: Span | null; pledgeSpans: Span[] } | null {
  const { first, last } = source.meta.articleParagraphs;
  const p = statement.paragraph;
  const at = (path: PropertyKey[], message: string) => report(['statements', index, ...path], message);
  if (p < first || p > last) {
    at(['paragraph'], `is ${p}, outside the article (paragraphs ${first}–${last})`);
    return null;
  }
  if (source.meta.sections.some((s) => s.heading !== null && s.paragraphs.first === p)) {
    at(['paragraph'], `is ${p}, which is a section heading, not a speaker's paragraph`);
    return null;
  }
  const paragraph = source.paragraphs[p - 1];

  const notVerbatim = (needle: string): string => {
    const elsewhere = paragraphsContaining(source.paragraphs, needle);
    return elsewhere.length > 0
      ? `lies outside its statement's paragraph ${p} (found in paragraph ${elsewhere.join(', ')})`
      : `is not found verbatim anywhere in the source (the statement is paragraph ${p}); check every character`;
  };
  const findIn = (needle: string, path: PropertyKey[]): Span | null => {
    const span = allOccurrences(paragraph, needle)[0];
    if (!span) at(path, `"${needle}" ${notVerbatim(needle)}`);
    return span ?? null;
  };

  const { speaker } = statement;
  if (speaker.name !== null) findIn(speaker.name, ['speaker', 'name']);
  if (speaker.post !== null) findIn(speaker.post.zh, ['speaker', 'post', 'zh']);
  findIn(speaker.unit.zh, ['speaker', 'unit', 'zh']);

  let quoteSpan: Span | null = null;
  if (statement.quote !== null) {
    quoteSpan = findIn(statement.quote, ['quote']);
    if (quoteSpan && !directQuotes(paragraph).some((q) => q.start === quoteSpan?.start && q.end === quoteSpan.end)) {
      at(
        ['quote'],
        'is not a whole direct quote: it must run from just after an opening “ to just before its closing ” and end a sentence',
      );
    }
  }
  const reportedSpan = statement.reported === null ? null : findIn(statement.reported, ['reported']);
  const ownText = [quoteSpan, reportedSpan].filter((s): s is Span => s !== null);

  const pledgeSpans = statement.pledges.map((pledge, j) => {
    const path = ['pledges', j];
    const spans = allOccurrences(paragraph, pledge.text);
    if (spans.length === 0) {
      at([...path, 'text'], `"${pledge.text}" ${notVerbatim(pledge.text)}`);
      return null;
    }
    const span = spans.find((s) => ownText.some((own) => contains(own, s)));
    if (!span) at([...path, 'text'], `"${pledge.text}" lies outside the statement's quote and reported text`);
    pledge.figures.forEach((figure, k) => {
      if (!pledge.text.includes(figure.text))
        at([...path, 'figures', k, 'text'], `"${figure.text}" is not in the pledge's text`);
    });
    if (pledge.horizon && !paragraph.includes(pledge.horizon.cue)) {
      at([...path, 'horizon', 'cue'], `"${pledge.horizon.cue}" ${notVerbatim(pledge.horizon.cue)}`);
    }
    return span ?? null;
  });
  const located = pledgeSpans.filter((s): s is Span => s !== null);
  // A pledge that could not be placed has been reported; the statement is not assembled.
  return located.length === pledgeSpans.length ? { quoteSpan, reportedSpan, pledgeSpans: located } : null;
}

/**
 * Pledges in the order a reader meets them: cards and slides show the quote before the reported speech, so the
 * quote's pledges come first, each part's by position. A numbered list of pledges then follows the marks in the
 * text above it, whatever order the annotations list them in.
 */
function inReadingOrder<P extends { span: Span }>(pledges: P[], quoteSpan: Span | null): P[] {
  const part = (p: P) => (quoteSpan && contains(quoteSpan, p.span) ? 0 : 1);
  return [...pledges].sort((a, b) => part(a) - part(b) || a.span.start - b.span.start);
}

function checkQuotesAccountedFor(
  annotations: Annotations,
  source: ParsedSource,
  report: (path: PropertyKey[], message: string) => void,
) {
  const { first, last } = source.meta.articleParagraphs;
  const claimed = new Map<string, number>();
  annotations.statements.forEach((s, i) => {
    if (s.quote === null) return;
    const key = `${s.paragraph}\u0000${s.quote}`;
    const earlier = claimed.get(key);
    if (earlier !== undefined)
      report(['statements', i, 'quote'], `repeats the quote of statement "${annotations.statements[earlier].id}"`);
    else claimed.set(key, i);
  });
  const excluded = new Set<string>();
  annotations.excludedQuotes.forEach((x, i) => {
    const key = `${x.paragraph}\u0000${x.text}`;
    const paragraph = source.paragraphs[x.paragraph - 1] ?? '';
    if (!directQuotes(paragraph).some((q) => q.text === x.text)) {
      report(
        ['excludedQuotes', i, 'text'],
        `is not a direct quote (“…” ending a sentence) of paragraph ${x.paragraph}`,
      );
    } else if (claimed.has(key)) {
      report(['excludedQuotes', i, 'text'], 'is both excluded and used by a statement');
    }
    excluded.add(key);
  });
  for (let p = first; p <= last; p += 1) {
    for (const q of directQuotes(source.paragraphs[p - 1])) {
      const key = `${p}\u0000${q.text}`;
      if (!claimed.has(key) && !excluded.has(key)) {
        report(
          ['statements'],
          `the direct quote “${q.text}” in paragraph ${p} is neither a statement's quote nor listed in excludedQuotes with a reason`,
        );
      }
    }
  }
}

function sectionOf(meta: SourceMeta, paragraph: number): string {
  const section = meta.sections.find((s) => s.paragraphs.first <= paragraph && paragraph <= s.paragraphs.last);
  return section ? section.id : meta.sections[0].id;
}

export function buildDataset(inputs: DataInputs): Dataset {
  const issues: DataIssue[] = [];
  const taxonomy = parse(taxonomySchema, inputs.taxonomy, issues);
  const districts = parse(districtsFileSchema, inputs.districts, issues);
  const sources = new Map<string, ParsedSource>();
  for (const input of inputs.sources) {
    const meta = parse(sourceMetaSchema, input.meta, issues);
    if (meta) sources.set(meta.id, checkSource(input, meta, issues));
  }
  const annotationFiles = inputs.annotations.map((input) => ({ input, data: parse(annotationsSchema, input, issues) }));
  if (!taxonomy || !districts || issues.length > 0) throw new DataBuildError(issues);

  const known = {
    themes: taxonomy.themes.map((t) => t.id),
    districts: districts.districts.map((d) => d.slug),
    horizons: taxonomy.horizons.map((h) => h.id),
    unitTypes: taxonomy.unitTypes.map((u) => u.id),
  };
  const allStatements = annotationFiles.flatMap(({ data }) => data?.statements ?? []);
  // Ids must be unique across files, so references are checked over all statements at once.
  let offset = 0;
  const fileOfIndex: { input: InputFile; from: number }[] = [];
  for (const { input, data } of annotationFiles) {
    fileOfIndex.push({ input, from: offset });
    offset += data?.statements.length ?? 0;
  }
  for (const problem of referenceProblems(allStatements, known)) {
    const [globalIndex, ...rest] = problem.path as [number, ...PropertyKey[]];
    const owner = [...fileOfIndex].reverse().find((f) => f.from <= globalIndex) ?? fileOfIndex[0];
    issues.push(
      locateIssue(
        owner.input.file,
        owner.input.data,
        ['statements', globalIndex - owner.from, ...rest],
        problem.message,
      ),
    );
  }

  const statements: Statement[] = [];
  const excludedQuotes: Dataset['excludedQuotes'] = [];
  for (const { input, data } of annotationFiles) {
    if (!data) continue;
    const report = (path: PropertyKey[], message: string) =>
      issues.push(locateIssue(input.file, input.data, path, message));
    const source = sources.get(data.sourceId);
    if (!source) {
      report(['sourceId'], `unknown source "${data.sourceId}" (known: ${[...sources.keys()].join(', ')})`);
      continue;
    }
    checkQuotesAccountedFor(data, source, report);
    excludedQuotes.push(...data.excludedQuotes.map((x) => ({ ...x, sourceId: data.sourceId })));
    const built = data.statements.flatMap((statement, i) => {
      const found = checkStatement(statement, i, source, report);
      if (!found) return [];
      const firstWords = Math.min(...[found.quoteSpan, found.reportedSpan].map((s) => s?.start ?? Infinity));
      return [{ statement, found, firstWords }];
    });
    built.sort((a, b) => a.statement.paragraph - b.statement.paragraph || a.firstWords - b.firstWords);
    built.forEach(({ statement, found }, order) => {
      statements.push({
        ...statement,
        sourceId: data.sourceId,
        section: sectionOf(source.meta, statement.paragraph),
        order: order + 1,
        quoteSpan: found.quoteSpan,
        reportedSpan: found.reportedSpan,
        pledges: inReadingOrder(
          statement.pledges.map((p, j) => ({ ...p, span: found.pledgeSpans[j] })),
          found.quoteSpan,
        ),
      });
    });
  }
  if (issues.length > 0) throw new DataBuildError(issues);

  const dataset: Dataset = {
    schemaVersion: DATASET_SCHEMA_VERSION,
    translationNote: TRANSLATION_NOTE,
    sources: [...sources.values()].map(({ meta, paragraphs }) => {
      const { file: _file, ...rest } = meta;
      return { ...rest, paragraphs };
    }),
    themes: taxonomy.themes,
    horizons: taxonomy.horizons,
    unitTypes: taxonomy.unitTypes,
    districts: districts.districts,
    districtAttribution: districts.attribution,
    statements,
    excludedQuotes,
  };
  // The app may show a partly broken file; the build accepts nothing less than a whole valid one.
  const result = validateDataset(dataset, OUTPUT_FILE);
  if (!result.ok || result.issues.length > 0) throw new DataBuildError(result.issues);
  return result.dataset;
}
