/**
 * The still map of a meeting-room slide, laid out in the pixels of its box: the city fitted into the box,
 * each district as an SVG path, and labels at a readable size placed as on the live map (placeLabels): apart,
 * and off districts too small to carry them, with a leader line back. Pure, so it is tested in Node.
 */
import { textWidth } from '../../shared/ui/textWidth';
import { districtLocator, labelPoint, landShare, shapesBounds, type DistrictShape, type Position } from './geometry';
import { labelAstray, leaderStart, placeLabels } from './labelPlacement';

export interface StaticBox {
  width: number;
  height: number;
  /** Label type size in px. */
  fontSize: number;
  /** Room in px kept free below the city, for a label moved off its district to sit in. */
  labelRoom?: number;
}

export interface StaticLabel {
  /** Centre in px, after placing. */
  x: number;
  y: number;
  /** For a label placed off its district: the line from the label's edge facing the district to its label point. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface StaticDistrict {
  slug: string;
  path: string;
  /** Null when the shape has no usable point. */
  label: StaticLabel | null;
}

/** Room kept free around the city, as a share of the box: labels of coastal districts need it. */
const MARGIN = 0.04;

export interface Projection {
  project: (p: Position) => Position;
  /** Back from the box's pixels to [longitude, latitude]. */
  invert: (p: Position) => Position;
}

/**
 * An equirectangular projection scaled by the cosine of the middle latitude: over a city 80 km across the
 * distortion is far below a pixel, so a map library's projections would add weight and nothing visible.
 */
export function fitProjection(shapes: readonly DistrictShape[], box: StaticBox): Projection | null {
  const bounds = shapesBounds(shapes);
  if (!bounds || box.width <= 0 || box.height - (box.labelRoom ?? 0) <= 0) return null;
  const kx = Math.cos((((bounds.north + bounds.south) / 2) * Math.PI) / 180);
  const spanX = (bounds.east - bounds.west) * kx;
  const spanY = bounds.north - bounds.south;
  const height = Math.max(0, box.height - (box.labelRoom ?? 0));
  const scale = Math.min(box.width / spanX, height / spanY) * (1 - 2 * MARGIN);
  const offsetX = (box.width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  return {
    project: ([lng, lat]) => [offsetX + (lng - bounds.west) * kx * scale, offsetY + (bounds.north - lat) * scale],
    invert: ([x, y]) => [bounds.west + (x - offsetX) / (kx * scale), bounds.north - (y - offsetY) / scale],
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The outline drawn around label text so it reads over any fill, in ems; label boxes include it. */
export const LABEL_HALO_EMS = 0.22;

/** What lies beyond the picture's edge, to label placement: taken, as if by a district of its own. */
const OUTSIDE = '(outside the picture)';

/** Line height of a label's lines, in ems. */
const LINE_HEIGHT = 1.25;

export function staticMapLayout(
  shapes: readonly DistrictShape[],
  box: StaticBox,
  labelLines: (slug: string) => readonly string[],
): StaticDistrict[] {
  const projection = fitProjection(shapes, box);
  if (!projection) return [];
  const { project, invert } = projection;
  const districts = shapes.map((shape) => {
    const rings = shape.polygons.map((polygon) => polygon.map((ring) => ring.map((p) => project(p))));
    const path = rings
      .flatMap((polygon) => polygon.map((ring) => `M${ring.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`))
      .join('');
    const xs = rings.flatMap((polygon) => polygon.flatMap((ring) => ring.map(([x]) => x)));
    const ys = rings.flatMap((polygon) => polygon.flatMap((ring) => ring.map(([, y]) => y)));
    const district = { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
    const point = labelPoint(shape);
    return { shape, path, district, anchor: point ? project(point) : null };
  });
  const labelled = districts.flatMap(({ shape, district, anchor }) => (anchor ? [{ shape, district, anchor }] : []));
  const boxes = labelled.map(({ shape, district, anchor: [x, y] }) => {
    const lines = labelLines(shape.slug);
    const widest = Math.max(0, ...lines.map((line) => textWidth(line, box.fontSize)));
    const width = widest + box.fontSize * LABEL_HALO_EMS;
    const height = lines.length * box.fontSize * LINE_HEIGHT;
    return { slug: shape.slug, x, y, width, height, district, land: landShare(shape) };
  });
  const districtAt = districtLocator(shapes);
  // Space outside the picture is no open space: a label moved there would be cut off.
  const outside = (x: number, y: number) => x < 0 || y < 0 || x > box.width || y > box.height;
  // Beyond the picture: no district for the astray check below, taken for placing labels.
  const onLand = (x: number, y: number) => (outside(x, y) ? null : districtAt(invert([x, y])));
  const screenDistrictAt = (x: number, y: number) => (outside(x, y) ? OUTSIDE : onLand(x, y));
  const gap = box.fontSize * 0.15;
  const below = placeLabels(boxes, screenDistrictAt, gap);
  // A label spreading left mostly on its neighbours may go above its district as well: the still map draws a
  // leader from whichever edge faces the district. Only those: allowed above, labels that read well on their own
  // districts (Bao'an, Longgang) would leave them too.
  const astray = below.map((p, i) => !p.callout && labelAstray(boxes[i], p, onLand));
  const placements = astray.includes(true)
    ? placeLabels(
        boxes.map((b, i) => (astray[i] ? { ...b, sides: ['below', 'above'] as const } : b)),
        screenDistrictAt,
        gap,
      )
    : below;
  const labels = new Map(
    labelled.map(({ shape }, i): [string, StaticLabel] => {
      const { x, y, height } = boxes[i];
      const { dx, dy, callout } = placements[i];
      const start = leaderStart({ dx, dy }, height);
      const leader = callout ? { x1: x + start.dx, y1: y + start.dy, x2: x, y2: y } : null;
      return [shape.slug, { x: x + dx, y: y + dy, leader }];
    }),
  );
  return districts.map(({ shape: { slug }, path }) => ({ slug, path, label: labels.get(slug) ?? null }));
}
