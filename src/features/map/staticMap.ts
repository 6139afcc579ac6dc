/**
 * The still map of a meeting-room slide, laid out in the pixels of its box: the city fitted into the box,
 * each district as an SVG path, and labels at a readable size nudged apart. Pure, so it is tested in Node.
 */
import { textWidth } from '../../shared/ui/textWidth';
import { labelPoint, shapesBounds, spreadLabels, type DistrictShape, type Position } from './geometry';

export interface StaticBox {
  width: number;
  height: number;
  /** Label type size in px. */
  fontSize: number;
}

export interface StaticDistrict {
  slug: string;
  path: string;
  /** Label centre in px, after nudging; null when the shape has no usable point. */
  label: { x: number; y: number } | null;
}

/** Room kept free around the city, as a share of the box: labels of coastal districts need it. */
const MARGIN = 0.04;

/**
 * An equirectangular projection scaled by the cosine of the middle latitude: over a city 80 km across the
 * distortion is far below a pixel, so a map library's projections would add weight and nothing visible.
 */
export function fitProjection(shapes: readonly DistrictShape[], box: StaticBox): ((p: Position) => Position) | null {
  const bounds = shapesBounds(shapes);
  if (!bounds || box.width <= 0 || box.height <= 0) return null;
  const kx = Math.cos((((bounds.north + bounds.south) / 2) * Math.PI) / 180);
  const spanX = (bounds.east - bounds.west) * kx;
  const spanY = bounds.north - bounds.south;
  const scale = Math.min(box.width / spanX, box.height / spanY) * (1 - 2 * MARGIN);
  const offsetX = (box.width - spanX * scale) / 2;
  const offsetY = (box.height - spanY * scale) / 2;
  return ([lng, lat]) => [offsetX + (lng - bounds.west) * kx * scale, offsetY + (bounds.north - lat) * scale];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The outline drawn around label text so it reads over any fill, in ems; label boxes include it. */
export const LABEL_HALO_EMS = 0.22;

export function staticMapLayout(
  shapes: readonly DistrictShape[],
  box: StaticBox,
  labelLines: (slug: string) => readonly string[],
): StaticDistrict[] {
  const project = fitProjection(shapes, box);
  if (!project) return [];
  const districts = shapes.map((shape) => {
    const path = shape.polygons
      .flatMap((polygon) =>
        polygon.map(
          (ring) =>
            `M${ring
              .map((p) => project(p))
              .map(([x, y]) => `${round(x)},${round(y)}`)
              .join('L')}Z`,
        ),
      )
      .join('');
    const point = labelPoint(shape);
    return { slug: shape.slug, path, anchor: point ? project(point) : null };
  });
  const labelled = districts.filter((d) => d.anchor !== null);
  const boxes = labelled.map((d) => {
    const lines = labelLines(d.slug);
    const [x, y] = d.anchor as Position;
    const widest = Math.max(0, ...lines.map((line) => textWidth(line, box.fontSize)));
    return { x, y, width: widest + box.fontSize * LABEL_HALO_EMS, height: lines.length * box.fontSize * 1.25 };
  });
  const offsets = spreadLabels(boxes, box.fontSize * 0.15);
  const labels = new Map(
    labelled.map((d, i) => [d.slug, { x: boxes[i].x + offsets[i].dx, y: boxes[i].y + offsets[i].dy }]),
  );
  return districts.map(({ slug, path }) => ({ slug, path, label: labels.get(slug) ?? null }));
}
