/**
 * The one schema of the pledge data. The data build validates the hand-written annotations with the
 * input schemas and the dataset it writes with `datasetSchema`; the app checks the fetched file with
 * the same `datasetSchema`, and `npm run data` exports it as JSON Schema for other tools.
 */
import { z } from 'zod';
import './zodConfig';
import { referenceProblems, spanProblems } from './references';

/** Checked, never altered: a transform such as trim() would silently change verbatim text. */
const text = z
  .string()
  .refine((s) => s.trim().length > 0, 'must not be empty')
  .refine((s) => s === s.trim(), 'must not start or end with white space');

/** A label every user-facing record needs in both interface languages (en is our translation). */
export const bilingualSchema = z.object({ zh: text, en: text }).strict();

const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "huang-tuo-2"');

/** ISO 8601 date at the precision the source supports: year, month or day. */
const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

const basisReason = { reason: bilingualSchema };

const sourceDateSchema = z
  .object({
    notBefore: partialDateSchema.nullable(),
    notAfter: partialDateSchema.nullable(),
    basis: z.enum(['stated', 'inferred']),
    ...basisReason,
  })
  .strict();

const paragraphRangeSchema = z
  .object({ first: z.number().int().positive(), last: z.number().int().positive() })
  .strict()
  .refine((r) => r.first <= r.last, 'first must not come after last');

export const sectionSchema = z
  .object({
    id: idSchema,
    paragraphs: paragraphRangeSchema,
    /** The heading line exactly as in the source, or null where the source has none (the opening). */
    heading: text.nullable(),
    title: bilingualSchema,
  })
  .strict();

export const sourceMetaSchema = z
  .object({
    id: idSchema,
    file: text,
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256'),
    title: bilingualSchema,
    titleBasis: bilingualSchema,
    publisher: bilingualSchema,
    republishedBy: bilingualSchema,
    date: sourceDateSchema,
    articleParagraphs: paragraphRangeSchema,
    chrome: bilingualSchema,
    sections: z.array(sectionSchema).min(1),
  })
  .strict();

export const themeSchema = z
  .object({
    id: idSchema,
    label: bilingualSchema,
    color: z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'must be a #RRGGBB colour'),
  })
  .strict();

export const horizonSchema = z.object({ id: idSchema, label: bilingualSchema }).strict();

export const speakerGroupSchema = z.enum(['district', 'institution', 'company', 'collective']);

export const unitTypeSchema = z.object({ id: idSchema, group: speakerGroupSchema, label: bilingualSchema }).strict();

export const taxonomySchema = z
  .object({
    themes: z.array(themeSchema).min(1),
    horizons: z.array(horizonSchema),
    unitTypes: z.array(unitTypeSchema).min(1),
  })
  .strict();

export const districtSchema = z
  .object({
    slug: idSchema,
    adcode: z.number().int().nullable(),
    kind: z.enum(['district', 'new-area']),
    name: bilingualSchema,
    shortName: bilingualSchema,
  })
  .strict();

export const districtsFileSchema = z
  .object({ attribution: bilingualSchema, districts: z.array(districtSchema).min(1) })
  .strict();

const figureSchema = z
  .object({
    /** The figure exactly as written inside the pledge span ("35项", "十大攻坚行动", "20+8"). */
    text,
    /** Its number where it is one (十大 → 10); absent for labels such as "20+8". */
    value: z.number().optional(),
  })
  .strict();

const horizonRefSchema = z
  .object({
    /** The time words exactly as in the paragraph ("接下来", "新的一年", "节后"). */
    cue: text,
    kind: idSchema,
  })
  .strict();

export const pledgeInputSchema = z
  .object({
    id: idSchema,
    /** The commitment's exact words, found verbatim inside its statement's quote or reported text. */
    text,
    summary: bilingualSchema,
    themes: z.array(idSchema).min(1, 'needs at least one theme').max(3, 'takes at most three themes'),
    figures: z.array(figureSchema),
    horizon: horizonRefSchema.optional(),
  })
  .strict();

const districtBasisSchema = z.discriminatedUnion('basis', [
  z.object({ basis: z.literal('stated') }).strict(),
  z.object({ basis: z.literal('inferred'), ...basisReason }).strict(),
  z.object({ basis: z.literal('none'), ...basisReason }).strict(),
]);

export const speakerSchema = z
  .object({
    /** Null only for the article's unattributed collective quotes. */
    name: text.nullable(),
    /** Null where the text gives no post. zh is verbatim from the paragraph. */
    post: bilingualSchema.nullable(),
    /** zh is verbatim from the paragraph. */
    unit: bilingualSchema,
    unitType: idSchema,
  })
  .strict();

const districtFields = {
  district: idSchema.nullable(),
  districtBasis: districtBasisSchema,
};

function districtMatchesBasis(s: { district: string | null; districtBasis: { basis: string } }, ctx: z.RefinementCtx) {
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
}

const statementInputShape = {
  id: idSchema,
  /** 1-based line number of the paragraph in the source file. */
  paragraph: z.number().int().positive(),
  speaker: speakerSchema,
  ...districtFields,
  /** The direct quote, verbatim, without its “ ” marks; null when the speaker is only reported. */
  quote: text.nullable(),
  /** The paragraph's non-quoted words about the speaker's plans, verbatim; null when there are none. */
  reported: text.nullable(),
};

export const statementInputSchema = z
  .object({ ...statementInputShape, pledges: z.array(pledgeInputSchema) })
  .strict()
  .superRefine(districtMatchesBasis)
  .refine((s) => s.quote !== null || s.reported !== null, {
    message: 'needs a quote or reported text',
    path: ['quote'],
  });

export const excludedQuoteSchema = z
  .object({
    paragraph: z.number().int().positive(),
    /** The quoted words, verbatim, without their “ ” marks. */
    text,
    reason: bilingualSchema,
  })
  .strict();

export const annotationsSchema = z
  .object({
    sourceId: idSchema,
    excludedQuotes: z.array(excludedQuoteSchema),
    statements: z.array(statementInputSchema),
  })
  .strict();

/** Where a verbatim span stands: UTF-16 offsets into its paragraph, end exclusive. */
const spanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .strict()
  .refine((s) => s.start < s.end, 'start must come before end');

export const pledgeSchema = pledgeInputSchema.extend({ span: spanSchema }).strict();

export const statementSchema = z
  .object({
    ...statementInputShape,
    sourceId: idSchema,
    section: idSchema,
    /** 1-based position in the article, by where the statement's words first appear. */
    order: z.number().int().positive(),
    quoteSpan: spanSchema.nullable(),
    reportedSpan: spanSchema.nullable(),
    pledges: z.array(pledgeSchema),
  })
  .strict()
  .superRefine(districtMatchesBasis);

export const sourceSchema = sourceMetaSchema
  .omit({ file: true })
  .extend({
    /** The source's lines, verbatim; paragraph n is paragraphs[n - 1]. */
    paragraphs: z.array(z.string()),
  })
  .strict();

export const DATASET_SCHEMA_VERSION = 1;

export const datasetSchema = z
  .object({
    schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
    translationNote: bilingualSchema,
    sources: z.array(sourceSchema).min(1),
    themes: z.array(themeSchema).min(1),
    horizons: z.array(horizonSchema),
    unitTypes: z.array(unitTypeSchema).min(1),
    districts: z.array(districtSchema).min(1),
    districtAttribution: bilingualSchema,
    statements: z.array(statementSchema),
    excludedQuotes: z.array(excludedQuoteSchema.extend({ sourceId: idSchema }).strict()),
  })
  .strict()
  .superRefine((d, ctx) => {
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
  });

export type Bilingual = z.infer<typeof bilingualSchema>;
export type SourceMeta = z.infer<typeof sourceMetaSchema>;
export type Taxonomy = z.infer<typeof taxonomySchema>;
export type DistrictsFile = z.infer<typeof districtsFileSchema>;
export type Annotations = z.infer<typeof annotationsSchema>;
export type StatementInput = z.infer<typeof statementInputSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Pledge = z.infer<typeof pledgeSchema>;
export type District = z.infer<typeof districtSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type SpeakerGroup = z.infer<typeof speakerGroupSchema>;
