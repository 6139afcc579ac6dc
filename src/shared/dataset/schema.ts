/**
 * The one schema of the pledge data. The data build validates the hand-written annotations with the
 * input schemas and the dataset it writes with `datasetSchema`; the app checks the fetched file with
 * the same `datasetSchema`, and `npm run data` exports it as JSON Schema for other tools.
 *
 * Written with Zod's functional "mini" API: the same checks and messages as its chained API, at about a
 * third of the bytes in the app's data worker.
 */
import * as z from 'zod/mini';
import './zodConfig';
import { referenceProblems, spanProblems } from './references';

/** Checked, never altered: a transform such as trim() would silently change verbatim text. */
const text = z.string().check(
  z.refine((s) => s.trim().length > 0, 'must not be empty'),
  z.refine((s) => s === s.trim(), 'must not start or end with white space'),
);

/** A label every user-facing record needs in both interface languages (en is our translation). */
export const bilingualSchema = z.strictObject({ zh: text, en: text });

const idSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "huang-tuo-2"'));

const positiveInt = z.int().check(z.positive());

/** ISO 8601 date at the precision the source supports: year, month or day. */
const partialDateSchema = z
  .string()
  .check(z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));

const basisReason = { reason: bilingualSchema };

const sourceDateSchema = z.strictObject({
  notBefore: z.nullable(partialDateSchema),
  notAfter: z.nullable(partialDateSchema),
  basis: z.enum(['stated', 'inferred']),
  ...basisReason,
});

const paragraphRangeSchema = z
  .strictObject({ first: positiveInt, last: positiveInt })
  .check(z.refine((r) => r.first <= r.last, 'first must not come after last'));

export const sectionSchema = z.strictObject({
  id: idSchema,
  paragraphs: paragraphRangeSchema,
  /** The heading line exactly as in the source, or null where the source has none (the opening). */
  heading: z.nullable(text),
  title: bilingualSchema,
});

export const sourceMetaSchema = z.strictObject({
  id: idSchema,
  file: text,
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256')),
  title: bilingualSchema,
  titleBasis: bilingualSchema,
  publisher: bilingualSchema,
  republishedBy: bilingualSchema,
  date: sourceDateSchema,
  articleParagraphs: paragraphRangeSchema,
  chrome: bilingualSchema,
  sections: z.array(sectionSchema).check(z.minLength(1)),
});

export const themeSchema = z.strictObject({
  id: idSchema,
  label: bilingualSchema,
  color: z.string().check(z.regex(/^#[0-9A-Fa-f]{6}$/, 'must be a #RRGGBB colour')),
});

export const horizonSchema = z.strictObject({ id: idSchema, label: bilingualSchema });

export const speakerGroupSchema = z.enum(['district', 'institution', 'company', 'collective']);

export const unitTypeSchema = z.strictObject({ id: idSchema, group: speakerGroupSchema, label: bilingualSchema });

export const taxonomySchema = z.strictObject({
  themes: z.array(themeSchema).check(z.minLength(1)),
  horizons: z.array(horizonSchema),
  unitTypes: z.array(unitTypeSchema).check(z.minLength(1)),
});

export const districtSchema = z.strictObject({
  slug: idSchema,
  adcode: z.nullable(z.int()),
  kind: z.enum(['district', 'new-area']),
  name: bilingualSchema,
  shortName: bilingualSchema,
});

export const districtsFileSchema = z.strictObject({
  attribution: bilingualSchema,
  districts: z.array(districtSchema).check(z.minLength(1)),
});

const figureSchema = z.strictObject({
  /** The figure exactly as written inside the pledge span ("35项", "十大攻坚行动", "20+8"). */
  text,
  /** Its number where it is one (十大 → 10); absent for labels such as "20+8". */
  value: z.optional(z.number()),
});

const horizonRefSchema = z.strictObject({
  /** The time words exactly as in the paragraph ("接下来", "新的一年", "节后"). */
  cue: text,
  kind: idSchema,
});

export const pledgeInputSchema = z.strictObject({
  id: idSchema,
  /** The commitment's exact words, found verbatim inside its statement's quote or reported text. */
  text,
  summary: bilingualSchema,
  themes: z
    .array(idSchema)
    .check(z.minLength(1, 'needs at least one theme'), z.maxLength(3, 'takes at most three themes')),
  figures: z.array(figureSchema),
  horizon: z.optional(horizonRefSchema),
});

const districtBasisSchema = z.discriminatedUnion('basis', [
  z.strictObject({ basis: z.literal('stated') }),
  z.strictObject({ basis: z.literal('inferred'), ...basisReason }),
  z.strictObject({ basis: z.literal('none'), ...basisReason }),
]);

/** Hanyu Pinyin, surname first, each name capitalised: "Huang Tuo", "Lü Yi". */
const romanizedSchema = z
  .string()
  .check(z.regex(/^[A-ZÜ][a-zü]+(?: [A-ZÜ][a-zü]+)+$/, 'must be pinyin such as "Jiang Xiaoping"'));

export const speakerSchema = z
  .strictObject({
    /** Null only for the article's unattributed collective quotes. */
    name: z.nullable(text),
    /** The name for readers of the English page: our romanisation, not the source's; null exactly when name is. */
    romanized: z.nullable(romanizedSchema),
    /** Null where the text gives no post. zh is verbatim from the paragraph. */
    post: z.nullable(bilingualSchema),
    /** zh is verbatim from the paragraph. */
    unit: bilingualSchema,
    unitType: idSchema,
  })
  .check(
    z.refine((s) => (s.name === null) === (s.romanized === null), {
      message: 'must be given exactly when the speaker has a name',
      path: ['romanized'],
    }),
  );

const districtFields = {
  district: z.nullable(idSchema),
  districtBasis: districtBasisSchema,
};

type DistrictFields = { district: string | null; districtBasis: { basis: string } };

const districtMatchesBasis = z.superRefine((s: DistrictFields, ctx) => {
  const needsDistrict = s.districtBasis.basis !== 'none';
  if (needsDistrict !== (s.district !== null)) {
    ctx.addIssue({
      code: 'custom',
      path: ['district'],
      message: needsDistrict
        ? `must name a district when districtBasis is "${s.districtBasis.basis}"`
        : 'must be null when districtBasis is "none"',
    });
  }
});

const statementInputShape = {
  id: idSchema,
  /** 1-based line number of the paragraph in the source file. */
  paragraph: positiveInt,
  speaker: speakerSchema,
  ...districtFields,
  /** The direct quote, verbatim, without its “ ” marks; null when the speaker is only reported. */
  quote: z.nullable(text),
  /** The paragraph's non-quoted words about the speaker's plans, verbatim; null when there are none. */
  reported: z.nullable(text),
  /**
   * Our English for the whole quote, shown as a translation. Only a quote with no pledge needs it: elsewhere the
   * pledges' English summaries carry its sense, and a reader of English would otherwise get none (the motto).
   */
  quoteTranslation: z.optional(text),
};

export const statementInputSchema = z
  .strictObject({ ...statementInputShape, pledges: z.array(pledgeInputSchema) })
  .check(
    districtMatchesBasis,
    z.refine((s) => s.quote !== null || s.reported !== null, {
      message: 'needs a quote or reported text',
      path: ['quote'],
    }),
    z.refine((s) => s.quote === null || s.pledges.length > 0 || s.quoteTranslation !== undefined, {
      message: 'a quote with no pledge needs its English here: no pledge summary gives it',
      path: ['quoteTranslation'],
    }),
    z.refine((s) => s.quote !== null || s.quoteTranslation === undefined, {
      message: 'there is no quote to translate',
      path: ['quoteTranslation'],
    }),
  );

export const excludedQuoteSchema = z.strictObject({
  paragraph: positiveInt,
  /** The quoted words, verbatim, without their “ ” marks. */
  text,
  reason: bilingualSchema,
});

export const annotationsSchema = z.strictObject({
  sourceId: idSchema,
  excludedQuotes: z.array(excludedQuoteSchema),
  statements: z.array(statementInputSchema),
});

/** Where a verbatim span stands: UTF-16 offsets into its paragraph, end exclusive. */
const spanSchema = z
  .strictObject({ start: z.int().check(z.nonnegative()), end: positiveInt })
  .check(z.refine((s) => s.start < s.end, 'start must come before end'));

export const pledgeSchema = z.extend(pledgeInputSchema, { span: spanSchema });

export const statementSchema = z
  .strictObject({
    ...statementInputShape,
    sourceId: idSchema,
    section: idSchema,
    /** 1-based position in the article, by where the statement's words first appear. */
    order: positiveInt,
    quoteSpan: z.nullable(spanSchema),
    reportedSpan: z.nullable(spanSchema),
    pledges: z.array(pledgeSchema),
  })
  .check(districtMatchesBasis);

export const sourceSchema = z.extend(z.omit(sourceMetaSchema, { file: true }), {
  /** The source's lines, verbatim; paragraph n is paragraphs[n - 1]. */
  paragraphs: z.array(z.string()),
});

export const DATASET_SCHEMA_VERSION = 1;

export const datasetSchema = z
  .strictObject({
    schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
    translationNote: bilingualSchema,
    sources: z.array(sourceSchema).check(z.minLength(1)),
    themes: z.array(themeSchema).check(z.minLength(1)),
    horizons: z.array(horizonSchema),
    unitTypes: z.array(unitTypeSchema).check(z.minLength(1)),
    districts: z.array(districtSchema).check(z.minLength(1)),
    districtAttribution: bilingualSchema,
    statements: z.array(statementSchema),
    excludedQuotes: z.array(z.extend(excludedQuoteSchema, { sourceId: idSchema })),
  })
  .check(
    z.superRefine((d, ctx) => {
      // The file may be replaced on a server without a rebuild: every shown span must still be the source's words.
      const paragraphs = new Map(d.sources.map((s) => [s.id, s.paragraphs]));
      d.statements.forEach((s, i) => {
        for (const p of spanProblems(s, paragraphs)) {
          ctx.addIssue({ code: 'custom', path: ['statements', i, ...p.path], message: p.message });
        }
      });
      const problems = referenceProblems(d.statements, {
        themes: d.themes.map((t) => t.id),
        districts: d.districts.map((x) => x.slug),
        horizons: d.horizons.map((h) => h.id),
        unitTypes: d.unitTypes.map((u) => u.id),
        sources: d.sources.map((s) => s.id),
      });
      for (const p of problems) ctx.addIssue({ code: 'custom', path: ['statements', ...p.path], message: p.message });
    }),
  );

export type Bilingual = z.infer<typeof bilingualSchema>;
export type SourceMeta = z.infer<typeof sourceMetaSchema>;
export type Taxonomy = z.infer<typeof taxonomySchema>;
export type DistrictsFile = z.infer<typeof districtsFileSchema>;
export type Annotations = z.infer<typeof annotationsSchema>;
export type StatementInput = z.infer<typeof statementInputSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Speaker = z.infer<typeof speakerSchema>;
export type Pledge = z.infer<typeof pledgeSchema>;
export type District = z.infer<typeof districtSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type SpeakerGroup = z.infer<typeof speakerGroupSchema>;
