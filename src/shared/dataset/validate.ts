import { locateIssue, type DataIssue } from './locate';
import { datasetSchema, type Dataset } from './schema';

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; issues: DataIssue[] };

/** Checks a parsed dataset file against the schema; `file` names it in every issue. */
export function validateDataset(json: unknown, file: string): ValidationResult {
  const result = datasetSchema.safeParse(json);
  if (result.success) return { ok: true, dataset: result.data };
  return { ok: false, issues: result.error.issues.map((i) => locateIssue(file, json, i.path, i.message)) };
}
