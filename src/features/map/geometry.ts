/**
 * Plain geometry for the district map, free of Leaflet so that it runs (and is tested) in Node:
 * checking the fetched shapes, their bounds, where each label goes and how labels make room.
 * Coordinates are GeoJSON order, [longitude, latitude], WGS84.
 */
export type Position = readonly [number, number];
export type Ring = readonly Position[];
/** Outer ring first, then holes. */
export type Polygon = readonly Ring[];

export interface DistrictShape {
  slug: string;
  polygons: readonly Polygon[];
}

/*
 * A hand-written reader rather than a Zod schema: the file is small and fixed in shape (our own data build writes
 * it), and without Zod here the page's bundle carries no Zod at all; the dataset worker holds the one copy.
 */
type Path = readonly (string | number)[];

function fail(path: Path, message: string): never {
  throw new Error(`districts.geojson: ${path.join('.') || '(root)'}: ${message}`);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) &&
  value.length >= 2 &&
  Number.isFinite(value[0]) &&
  Number.isFinite(value[1]) &&
  Math.abs(value[0] as number) <= 180 &&
  Math.abs(value[1] as number) <= 90;

function readArray(value: unknown, path: Path, min: number, what: string): unknown[] {
  if (!Array.isArray(value)) fail(path, `must be an array of ${what}`);
  if (value.length < min) fail(path, `needs at least ${min} ${what}`);
  return value;
}

function readRing(value: unknown, path: Path): Ring {
  const positions = readArray(value, path, 4, 'positions (a ring is closed)');
  positions.forEach(
    (position, i) => isPosition(position) || fail([...path, i], 'must be a WGS84 [longitude, latitude]'),
  );
  return positions as Position[];
}

const readPolygon = (value: unknown, path: Path): Polygon =>
  readArray(value, path, 1, 'rings').map((ring, i) => readRing(ring, [...path, i]));

function readFeature(value: unknown, path: Path): DistrictShape {
  if (!isRecord(value) || value.type !== 'Feature') fail([...path, 'type'], 'must be "Feature"');
  const { properties, geometry } = value;
  const slug = isRecord(properties) ? properties.slug : undefined;
  if (typeof slug !== 'string' || slug === '') fail([...path, 'properties', 'slug'], 'must be a non-empty string');
  if (!isRecord(geometry)) fail([...path, 'geometry'], 'must be a Polygon or a MultiPolygon');
  const coordinates = [...path, 'geometry', 'coordinates'];
  if (geometry.type === 'Polygon') return { slug, polygons: [readPolygon(geometry.coordinates, coordinates)] };
  if (geometry.type !== 'MultiPolygon') fail([...path, 'geometry', 'type'], 'must be "Polygon" or "MultiPolygon"');
  const polygons = readArray(geometry.coordinates, coordinates, 1, 'polygons');
  return { slug, polygons: polygons.map((polygon, i) => readPolygon(polygon, [...coordinates, i])) };
}

/** Reads the district GeoJSON; throws naming the first problem when it is not what the map needs. */
export function parseDistrictShapes(json: unknown): DistrictShape[] {
  if (!isRecord(json) || json.type !== 'FeatureCollection') fail(['type'], 'must be "FeatureCollection"');
  return readArray(json.features, ['features'], 0, 'features').map((feature, i) =>
    readFeature(feature, ['features', i]),
  );
}

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

export function shapesBounds(shapes: readonly DistrictShape[]): Bounds | null {
  let bounds: Bounds | null = null;
  for (const shape of shapes) {
    for (const polygon of shape.polygons) {
      for (const [lng, lat] of polygon[0] ?? []) {
        bounds = bounds
          ? {
              west: Math.min(bounds.west, lng),
              south: Math.min(bounds.south, lat),
              east: Math.max(bounds.east, lng),
              north: Math.max(bounds.north, lat),
            }
          : { west: lng, south: lat, east: lng, north: lat };
      }
    }
  }
  return bounds;
}

/**
 * How far out and in a reader may zoom, given the zoom that fits Shenzhen: one step out leaves room to
 * see the whole city in a wide container, four steps in show the smallest districts clearly (there
 * are no tiles, so deeper zoom would only magnify the same outlines).
 */
export function zoomLimits(fitZoom: number): { min: number; max: number } {
  const min = Math.max(0, Math.floor(fitZoom) - 1);
  return { min, max: Math.max(min + 1, Math.ceil(fitZoom) + 4) };
}

/** Shoelace area in square degrees; only compared between parts of one district, so no projection. */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return Math.abs(sum) / 2;
}

function ringCentroid(ring: Ring): Position {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    area += cross;
    x += (ring[j][0] + ring[i][0]) * cross;
    y += (ring[j][1] + ring[i][1]) * cross;
  }
  if (area === 0) return ring[0];
  return [x / (3 * area), y / (3 * area)];
}

function insideRing([px, py]: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function insidePolygon(point: Position, polygon: Polygon): boolean {
  return (
    polygon.length > 0 && insideRing(point, polygon[0]) && !polygon.slice(1).some((hole) => insideRing(point, hole))
  );
}

/** Which district a point lies on (its slug), or null for open space: the sea, Hong Kong, a hole. */
export type DistrictAt = (point: Position) => string | null;

/**
 * Finds the district at a point. Each part's box is checked first: most points asked about are far from most
 * districts, and the full test walks every vertex (placing labels asks a few hundred times, on every filter
 * change).
 */
export function districtLocator(shapes: readonly DistrictShape[]): DistrictAt {
  const parts = shapes.flatMap(({ slug, polygons }) =>
    polygons.map((polygon) => ({ slug, polygon, box: shapesBounds([{ slug, polygons: [polygon] }]) })),
  );
  return ([x, y]) =>
    parts.find(
      ({ polygon, box }) =>
        box !== null &&
        x >= box.west &&
        x <= box.east &&
        y >= box.south &&
        y <= box.north &&
        insidePolygon([x, y], polygon),
    )?.slug ?? null;
}

/** Middle of the widest stretch of `polygon` along the parallel at `lat`, or null if it misses. */
function widestCrossing(polygon: Polygon, lat: number): Position | null {
  const xs: number[] = [];
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > lat !== yj > lat) xs.push(((xj - xi) * (lat - yi)) / (yj - yi) + xi);
    }
  }
  xs.sort((a, b) => a - b);
  let best: Position | null = null;
  let bestWidth = 0;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1] - xs[i] > bestWidth) {
      bestWidth = xs[i + 1] - xs[i];
      best = [(xs[i] + xs[i + 1]) / 2, lat];
    }
  }
  return best;
}

/**
 * Where a district's label goes: the centroid of its largest part (islands and enclaves would drag
 * a whole-district centroid into the sea), or, for a crescent whose centroid falls outside, the
 * middle of its widest stretch at that latitude.
 */
export function labelPoint(shape: DistrictShape): Position | null {
  let largest: Polygon | null = null;
  let largestArea = 0;
  for (const polygon of shape.polygons) {
    const area = polygon[0] ? ringArea(polygon[0]) : 0;
    if (area > largestArea) {
      largest = polygon;
      largestArea = area;
    }
  }
  if (!largest) return null;
  const centroid = ringCentroid(largest[0]);
  if (insidePolygon(centroid, largest)) return centroid;
  return widestCrossing(largest, centroid[1]) ?? largest[0][0];
}

/**
 * How much of a district's bounding box is its land, 0–1. A ratio of areas, so it holds on screen at any zoom
 * (Web Mercator is locally a plain scaling): a narrow or ragged district (Luohu) fills far less of its box than a
 * compact one.
 */
export function landShare(shape: DistrictShape): number {
  const bounds = shapesBounds([shape]);
  if (!bounds) return 0;
  const box = (bounds.east - bounds.west) * (bounds.north - bounds.south);
  const land = shape.polygons.reduce(
    (sum, [outer, ...holes]) => sum + (outer ? ringArea(outer) : 0) - holes.reduce((h, ring) => h + ringArea(ring), 0),
    0,
  );
  return box > 0 ? land / box : 0;
}
