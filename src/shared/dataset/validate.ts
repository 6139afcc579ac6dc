import type * as z from 'zod/mini';
import { locateIssue, type DataIssue } from './locate';
import { referenceProblems, spanProblems } from './references';
import { datasetSchema, statementSchema, type Dataset } from './schema';

export type ValidationResult =
  { ok: true; dataset: Dataset; issues: DataIssue[]; dropped: number } | { ok: false; issues: DataIssue[] };

const toIssues = (file: string, json: unknown, error: z.core.$ZodError, prefix: PropertyKey[] = []) =>
  error.issues.map((i) => locateIssue(file, json, [...prefix, ...i.path], i.message));

/**
 * Checks a parsed dataset file against the schema; `file` names it in every issue. When only some
 * statements are bad, the good ones are kept (`dropped` counts the rest) so a reader still sees
 * everything that can be trusted, next to a list of what was left out and why.
 */
export function validateDataset(json: unknown, file: string): ValidationResult {
  const full = datasetSchema.safeParse(json);
  if (full.success) return { ok: true, dataset: full.data, issues: [], dropped: 0 };

  const statements = (json as { statements?: unknown } | null)?.statements;
  const shell = Array.isArray(statements) ? datasetSchema.safeParse({ ...(json as object), statements: [] }) : null;
  if (!shell?.success || !Array.isArray(statements)) return { ok: false, issues: toIssues(file, json, full.error) };

  const known = {
    themes: shell.data.themes.map((t) => t.id),
    districts: shell.data.districts.map((d) => d.slug),
    horizons: shell.data.horizons.map((h) => h.id),
    unitTypes: shell.data.unitTypes.map((u) => u.id),
    sources: shell.data.sources.map((s) => s.id),
  };
  const paragraphs = new Map(shell.data.sources.map((s) => [s.id, s.paragraphs]));
  const issues: DataIssue[] = [];
  const good: Dataset['statements'] = [];
  const goodPositions: number[] = [];
  statements.forEach((candidate, index) => {
    const parsed = statementSchema.safeParse(candidate);
    if (!parsed.success) {
      issues.push(...toIssues(file, json, parsed.error, ['statements', index]));
      return;
    }
    // Checked against the statements kept so far, so a repeated id drops the later copy only.
    const problems = [
      ...referenceProblems([...good, parsed.data], known, [...goodPositions, index])
        .filter((p) => p.path[0] === good.length)
        .map((p) => ({ ...p, path: p.path.slice(1) })),
      ...spanProblems(parsed.data, paragraphs),
    ];
    if (problems.length > 0) {
      issues.push(...problems.map((p) => locateIssue(file, json, ['statements', index, ...p.path], p.message)));
      return;
    }
    good.push(parsed.data);
    goodPositions.push(index);
  });
  return { ok: true, dataset: { ...shell.data, statements: good }, issues, dropped: statements.length - good.length };
}
