/**
 * Plain geometry for the district map, free of Leaflet so that it runs (and is tested) in Node:
 * checking the fetched shapes, their bounds, where each label goes and how labels make room.
 * Coordinates are GeoJSON order, [longitude, latitude], WGS84.
 */
import { z } from 'zod';
// Before the schemas below: this module may be the first to load Zod on the page (see zodConfig.ts).
import '../../shared/dataset/zodConfig';

export type Position = readonly [number, number];
export type Ring = readonly Position[];
/** Outer ring first, then holes. */
export type Polygon = readonly Ring[];

export interface DistrictShape {
  slug: string;
  polygons: readonly Polygon[];
}

const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) &&
  value.length >= 2 &&
  Number.isFinite(value[0]) &&
  Number.isFinite(value[1]) &&
  Math.abs(value[0] as number) <= 180 &&
  Math.abs(value[1] as number) <= 90;
// A plain predicate for the thousands of positions: zod's per-element checks took twice as long on first load.
const positionSchema = z.custom<Position>(isPosition, 'must be a WGS84 [longitude, latitude]');
const ringSchema = z.array(positionSchema).min(4, 'a ring needs at least four positions');
const polygonSchema = z.array(ringSchema).min(1);

const shapesSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ slug: z.string().min(1) }),
      geometry: z.discriminatedUnion('type', [
        z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonSchema).min(1) }),
        z.object({ type: z.literal('Polygon'), coordinates: polygonSchema }),
      ]),
    }),
  ),
});

/** Reads the district GeoJSON; throws naming the first problem when it is not what the map needs. */
export function parseDistrictShapes(json: unknown): DistrictShape[] {
  const result = shapesSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`districts.geojson: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data.features.map(({ properties, geometry }) => ({
    slug: properties.slug,
    polygons: geometry.type === 'MultiPolygon' ? geometry.coordinates : [geometry.coordinates],
  }));
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

/** A label on screen: centre and size in pixels. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Offset {
  dx: number;
  dy: number;
}

/**
 * Nudges overlapping labels apart, each pair along the axis where they overlap least, sharing the
 * move between both. Labels that do not touch stay where they are. Small neighbouring districts
 * (Futian between Nanshan and Luohu) otherwise stack their labels on top of each other.
 */
export function spreadLabels(boxes: readonly LabelBox[], gap = 2, maxRounds = 100): Offset[] {
  const at = boxes.map((b) => ({ x: b.x, y: b.y }));
  for (let round = 0; round < maxRounds; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const overlapX = (boxes[i].width + boxes[j].width) / 2 + gap - Math.abs(at[i].x - at[j].x);
        const overlapY = (boxes[i].height + boxes[j].height) / 2 + gap - Math.abs(at[i].y - at[j].y);
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        // The earlier label goes up or left when both sit exactly on the same spot.
        if (overlapY <= overlapX) {
          const push = overlapY / 2 + 0.01;
          const sign = at[j].y >= at[i].y ? 1 : -1;
          at[i].y -= sign * push;
          at[j].y += sign * push;
        } else {
          const push = overlapX / 2 + 0.01;
          const sign = at[j].x >= at[i].x ? 1 : -1;
          at[i].x -= sign * push;
          at[j].x += sign * push;
        }
      }
    }
    if (!moved) break;
  }
  return at.map((p, i) => ({ dx: p.x - boxes[i].x, dy: p.y - boxes[i].y }));
}
