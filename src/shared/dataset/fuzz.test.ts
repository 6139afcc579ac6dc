/**
 * Property-based checks: hundreds of mutated datasets. Every one the schema rejects must come with
 * located messages; every one it accepts (whole or in part) must go through all selectors without throwing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build';
import { realInputs } from '../../../scripts/data/testInputs';
import { DEFAULT_VIEW, SPEAKER_GROUPS } from '../url/viewState';
import { pledgesCsv } from './csv';
import { applyFilter, countByDistrict, countByTheme, countByThemeAndPlace, summarizeView, type Filter } from './filter';
import type { DataIssue } from './locate';
import { validateDataset } from './validate';

const real = buildDataset(realInputs());

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value in the dataset, so a mutation can land anywhere. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

// Paragraph texts are long and numerous; sampling them would drown out the fields that carry meaning.
const allPaths = paths(real as unknown as Json).filter((p) => p.length > 0 && !p.includes('paragraphs'));

const replacement = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.string(),
  fc.constant(''),
  fc.constant('<img src=x onerror=alert(1)>'),
  fc.constant('nanshan'),
  fc.constant('fintech'),
  fc.constant('huang-tuo'),
  fc.constant([]),
  fc.constant({}),
  fc.string({ minLength: 5000, maxLength: 6000 }),
);

const mutation = fc.record({ path: fc.constantFrom(...allPaths), value: replacement, remove: fc.boolean() });

function mutate(mutations: { path: (string | number)[]; value: unknown; remove: boolean }[]) {
  const copy = structuredClone(real) as unknown as Record<string | number, unknown>;
  for (const { path, value, remove } of mutations) {
    let node: unknown = copy;
    for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown> | null)?.[key];
    if (!node || typeof node !== 'object') continue;
    const last = path[path.length - 1];
    if (remove && Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else if (remove) delete (node as Record<string | number, unknown>)[last];
    else (node as Record<string | number, unknown>)[last] = value;
  }
  return copy;
}

const filterArb: fc.Arbitrary<Filter> = fc.record({
  districts: fc.subarray([...real.districts.map((d) => d.slug), 'atlantis']),
  themes: fc.subarray([...real.themes.map((t) => t.id), 'gone']),
  sections: fc.subarray(['opening', 'new-look', 'hard-power', 'soft-environment', 'x']),
  groups: fc.subarray([...SPEAKER_GROUPS]),
  q: fc.oneof(fc.constant(''), fc.string(), fc.constantFrom('数字人民币', '南山', 'sandbox', '“', '(')),
  lang: fc.constantFrom('zh' as const, 'en' as const),
});

const TOP_LEVEL = Object.keys(real);
const RECORD = /^(statement|pledge|theme|district|source|section|horizon|unit type|excluded quote) ("[^"]+"|#\d+)/;

/**
 * Located: the issue names the record it is in (by id, or by position when the id is gone), or, outside
 * any record, a top-level field of the file; a path into a list of records never stands in for its name.
 */
function expectLocated(issue: DataIssue) {
  expect(issue.file).toBe('dataset.json');
  expect(issue.message.length).toBeGreaterThan(0);
  if (issue.record === '(top level)') {
    expect(TOP_LEVEL).toContain(issue.field.split(/[.[]/)[0]);
    expect(issue.field).not.toMatch(
      /^(statements|themes|districts|sources|horizons|unitTypes|excludedQuotes)\[\d+\][.[]/,
    );
  } else {
    for (const part of issue.record.split(' › ')) expect(part).toMatch(RECORD);
    expect(issue.field.length).toBeGreaterThan(0);
  }
}

describe('fuzzed datasets', () => {
  it('are rejected with a located message or survive every selector', () => {
    let rejected = 0;
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), filterArb, (mutations, filter) => {
        const result = validateDataset(mutate(mutations), 'dataset.json');
        if (!result.ok || result.issues.length > 0) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) expectLocated(issue);
        }
        if (!result.ok) {
          rejected += 1;
          return;
        }
        accepted += 1;
        const visible = applyFilter(result.dataset, { ...DEFAULT_VIEW, ...filter });
        countByDistrict(visible);
        countByTheme(visible);
        countByThemeAndPlace(visible);
        summarizeView(result.dataset, visible);
        pledgesCsv(result.dataset, visible, filter.lang);
      }),
      { numRuns: 250, seed: 20230206 },
    );
    // Both branches must really be exercised for the property to mean anything.
    expect(rejected).toBeGreaterThan(20);
    expect(accepted).toBeGreaterThan(20);
  }, 120_000);
});
