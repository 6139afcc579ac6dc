import { describe, expect, it } from 'vitest';
import { realGeoJson, shapeNamed } from '../../../scripts/data/testShapes';
import {
  insidePolygon,
  labelPoint,
  landShare,
  districtLocator,
  parseDistrictShapes,
  shapesBounds,
  zoomLimits,
  type Polygon,
} from './geometry';

const shapes = parseDistrictShapes(realGeoJson());

describe('parseDistrictShapes', () => {
  it('reads all ten bundled districts, one shape each', () => {
    expect(shapes.map((s) => s.slug).sort()).toEqual(
      [
        'baoan',
        'dapeng',
        'futian',
        'guangming',
        'longgang',
        'longhua',
        'luohu',
        'nanshan',
        'pingshan',
        'yantian',
      ].sort(),
    );
    expect(shapeNamed(shapes, 'nanshan').polygons.length).toBeGreaterThan(1);
  });

  it('accepts a plain Polygon as a one-part district', () => {
    const ring = [
      [114, 22.5],
      [114.1, 22.5],
      [114.1, 22.6],
      [114, 22.5],
    ];
    const parsed = parseDistrictShapes({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { slug: 'x' }, geometry: { type: 'Polygon', coordinates: [ring] } }],
    });
    expect(parsed).toEqual([{ slug: 'x', polygons: [[ring]] }]);
  });

  it('names the problem when the file is not district GeoJSON', () => {
    expect(() => parseDistrictShapes({ type: 'Topology' })).toThrow(/districts\.geojson: type/);
    expect(() => parseDistrictShapes({ type: 'FeatureCollection', features: {} })).toThrow(
      /features: must be an array/,
    );
    const feature = (geometry: unknown) => ({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { slug: 'x' }, geometry }],
    });
    expect(() => parseDistrictShapes(feature({ type: 'Point', coordinates: [114, 22] }))).toThrow(
      /features\.0\.geometry\.type: must be "Polygon" or "MultiPolygon"/,
    );
    expect(() => parseDistrictShapes(feature({ type: 'Polygon', coordinates: [[[114, 22.5]]] }))).toThrow(
      /features\.0\.geometry\.coordinates\.0: needs at least 4 positions/,
    );
    expect(() =>
      parseDistrictShapes(feature({ type: 'MultiPolygon', coordinates: [[[[114, 22], [114, 23], [115, 23], 'x']]] })),
    ).toThrow(/features\.0\.geometry\.coordinates\.0\.0\.3: must be a WGS84/);
    expect(() =>
      parseDistrictShapes({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [] } }],
      }),
    ).toThrow(/features\.0\.properties\.slug/);
    expect(() =>
      parseDistrictShapes({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { slug: 'x' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [12700000, 2570000],
                  [12710000, 2570000],
                  [12710000, 2580000],
                  [12700000, 2570000],
                ],
              ],
            },
          },
        ],
      }),
    ).toThrow(/WGS84/);
  });
});

describe('shapesBounds', () => {
  it('frames Shenzhen (113°43′–114°38′E, 22°24′–22°52′N) and every point of every district', () => {
    const b = shapesBounds(shapes);
    expect(b).not.toBeNull();
    if (!b) return;
    expect(b.west).toBeGreaterThan(113.68);
    expect(b.east).toBeLessThan(114.66);
    expect(b.south).toBeGreaterThan(22.37);
    expect(b.north).toBeLessThan(22.9);
    for (const [lng, lat] of shapes.flatMap((s) => s.polygons.flat(2))) {
      expect(lng).toBeGreaterThanOrEqual(b.west);
      expect(lng).toBeLessThanOrEqual(b.east);
      expect(lat).toBeGreaterThanOrEqual(b.south);
      expect(lat).toBeLessThanOrEqual(b.north);
    }
  });

  it('is null when there is nothing to frame', () => {
    expect(shapesBounds([])).toBeNull();
  });
});

describe('zoomLimits', () => {
  it('allows one step out and four in around the zoom that fits Shenzhen', () => {
    expect(zoomLimits(10.25)).toEqual({ min: 9, max: 15 });
    expect(zoomLimits(0.5)).toEqual({ min: 0, max: 5 });
  });
});

describe('labelPoint', () => {
  it('puts every district’s label inside that district', () => {
    for (const shape of shapes) {
      const point = labelPoint(shape);
      expect(point, shape.slug).not.toBeNull();
      if (point)
        expect(
          shape.polygons.some((p) => insidePolygon(point, p)),
          shape.slug,
        ).toBe(true);
    }
  });

  it('labels Nanshan on its mainland, not on an island in the estuary', () => {
    const nanshan = shapeNamed(shapes, 'nanshan');
    const mainland = [...nanshan.polygons].sort((a, b) => b[0].length - a[0].length)[0];
    const point = labelPoint(nanshan);
    expect(point && insidePolygon(point, mainland)).toBe(true);
  });

  it('finds a point inside a crescent whose centroid falls outside it', () => {
    // A "C" open to the east: its centroid lies in the gap.
    const crescent: Polygon = [
      [
        [0, 0],
        [3, 0],
        [3, 1],
        [1, 1],
        [1, 2],
        [3, 2],
        [3, 3],
        [0, 3],
        [0, 0],
      ],
    ];
    const point = labelPoint({ slug: 'c', polygons: [crescent] });
    expect(point && insidePolygon(point, crescent)).toBe(true);
  });

  it('ignores holes: a point in a hole is not inside', () => {
    const square: Polygon = [
      [
        [0, 0],
        [4, 0],
        [4, 4],
        [0, 4],
        [0, 0],
      ],
      [
        [1, 1],
        [3, 1],
        [3, 3],
        [1, 3],
        [1, 1],
      ],
    ];
    expect(insidePolygon([2, 2], square)).toBe(false);
    expect(insidePolygon([0.5, 2], square)).toBe(true);
  });
});

/** A 4 × 4 square, and a 1 × 1 hole inside it, for the tests of land and holes. */
const square = [
  [0, 0],
  [4, 0],
  [4, 4],
  [0, 4],
] as const;
const hole = [
  [1, 1],
  [2, 1],
  [2, 2],
  [1, 2],
] as const;

describe('landShare', () => {
  it('is the share of the box that is land, holes left out', () => {
    const triangle = [
      [0, 0],
      [4, 0],
      [0, 4],
    ] as const;
    expect(landShare({ slug: 'square', polygons: [[square]] })).toBe(1);
    expect(landShare({ slug: 'triangle', polygons: [[triangle]] })).toBe(0.5);
    expect(landShare({ slug: 'holed', polygons: [[square, hole]] })).toBe(15 / 16);
  });

  it('is far smaller for ragged Luohu than for compact Guangming', () => {
    expect(landShare(shapeNamed(shapes, 'luohu'))).toBeLessThan(landShare(shapeNamed(shapes, 'guangming')) - 0.1);
  });
});

describe('districtLocator', () => {
  it('finds the district on any of its parts, and none in a hole or the sea', () => {
    const island = square.map(([x, y]) => [x + 10, y] as const);
    const districtAt = districtLocator([
      { slug: 'holed', polygons: [[square, hole]] },
      { slug: 'islands', polygons: [[island]] },
    ]);
    expect(districtAt([3, 3])).toBe('holed');
    expect(districtAt([12, 1])).toBe('islands');
    expect(districtAt([1.5, 1.5])).toBeNull();
    expect(districtAt([7, 2])).toBeNull();
  });
});
