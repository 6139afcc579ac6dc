import { describe, expect, it } from 'vitest';
import { realGeoJson, shapeNamed } from '../../../scripts/data/testShapes';
import { districtLocator, labelPoint, landShare, parseDistrictShapes, shapesBounds } from './geometry';
import {
  labelAstray,
  leaderStart,
  leaderTo,
  placeLabels,
  spreadLabels,
  type LabelBox,
  type LabelPlacement,
} from './labelPlacement';

const shapes = parseDistrictShapes(realGeoJson());

/** Web Mercator, in Leaflet's pixels at `zoom`, so distances are what a reader sees on screen. */
function project([lng, lat]: readonly [number, number], zoom: number) {
  const scale = 256 * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  return {
    x: (scale * (lng + 180)) / 360,
    y: (scale * (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI)) / 2,
  };
}

const overlap = (a: LabelBox, b: LabelBox) =>
  Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2;

describe('spreadLabels', () => {
  it('leaves labels that do not touch where they are', () => {
    const boxes = [
      { x: 0, y: 0, width: 40, height: 20 },
      { x: 100, y: 0, width: 40, height: 20 },
      { x: 0, y: 50, width: 40, height: 20 },
    ];
    expect(spreadLabels(boxes)).toEqual(boxes.map(() => ({ dx: 0, dy: 0 })));
  });

  it('separates labels stacked on one spot, moving each as little as needed', () => {
    const boxes = Array.from({ length: 4 }, () => ({ x: 50, y: 50, width: 60, height: 20 }));
    const offsets = spreadLabels(boxes);
    const moved = boxes.map((b, i) => ({ ...b, x: b.x + offsets[i].dx, y: b.y + offsets[i].dy }));
    for (let i = 0; i < moved.length; i++)
      for (let j = i + 1; j < moved.length; j++) expect(overlap(moved[i], moved[j]), `${i}/${j}`).toBe(false);
    for (const o of offsets) expect(Math.hypot(o.dx, o.dy)).toBeLessThan(50);
  });

  it('keeps the Nanshan, Futian and Luohu labels apart when the whole city fits a phone-sized map', () => {
    // A 330 px wide map shows Shenzhen at about zoom 8.5; labels are about 3.5 characters by one line.
    const zoom = 8.5;
    const slugs = ['nanshan', 'futian', 'luohu', 'longhua', 'baoan', 'longgang', 'yantian'];
    const boxes = slugs.map((slug) => {
      const point = labelPoint(shapeNamed(shapes, slug));
      if (!point) throw new Error(slug);
      return { ...project(point, zoom), width: 56, height: 19 };
    });
    const before = boxes.filter((b, i) => boxes.some((c, j) => j !== i && overlap(b, c)));
    expect(before.length, 'the test needs a crowded map').toBeGreaterThan(0);
    const offsets = spreadLabels(boxes);
    const moved = boxes.map((b, i) => ({ ...b, x: b.x + offsets[i].dx, y: b.y + offsets[i].dy }));
    for (let i = 0; i < moved.length; i++)
      for (let j = i + 1; j < moved.length; j++)
        expect(overlap(moved[i], moved[j]), `${slugs[i]}/${slugs[j]}`).toBe(false);
    // Each label stays near its district: within about one label width.
    for (const [i, o] of offsets.entries()) expect(Math.hypot(o.dx, o.dy), slugs[i]).toBeLessThan(60);
  });
});

describe('placeLabels', () => {
  const small = {
    slug: 'small',
    x: 50,
    y: 50,
    width: 60,
    height: 20,
    district: { left: 30, top: 35, right: 70, bottom: 65 },
    land: 1,
  };
  const open = () => null;

  it('moves a label that would hide its small district below it, clear of it', () => {
    const [placement] = placeLabels([small], open);
    expect(placement.callout).toBe(true);
    expect(placement.dx).toBe(0);
    // The label's top edge is below the district's box, and the leader stays short.
    expect(small.y + placement.dy - small.height / 2).toBeGreaterThan(small.district.bottom);
    expect(placement.dy).toBeLessThanOrEqual(2.5 * small.height);
  });

  it('leaves it on its district when there is land below to cover instead', () => {
    const [placement] = placeLabels([small], () => 'neighbour');
    expect(placement).toEqual({ dx: 0, dy: 0, callout: false });
  });

  it('leaves it on its district when the leader would cross a neighbour to reach open space', () => {
    // A strip of another district runs along the bottom of the small one's box, between it and the sea below.
    const strip = (_x: number, y: number) => (y >= 60 && y <= 64 ? 'neighbour' : y < 60 ? 'small' : null);
    expect(placeLabels([small], strip)[0]).toEqual({ dx: 0, dy: 0, callout: false });
    // Without the strip, the same district gets its callout.
    expect(placeLabels([small], (_x, y) => (y <= 64 ? 'small' : null))[0].callout).toBe(true);
  });

  it('goes above its district only where the label may, when land lies below and open space above', () => {
    // Land of a neighbour below the small district, open space above it (a border with another city).
    const landBelow = (x: number, y: number) => (y > 65 ? 'neighbour' : x >= 30 && x <= 70 && y >= 35 ? 'small' : null);
    expect(placeLabels([small], landBelow)[0]).toEqual({ dx: 0, dy: 0, callout: false });
    const [above] = placeLabels([{ ...small, sides: ['below', 'above'] }], landBelow);
    expect(above.callout).toBe(true);
    // The label's bottom edge is above the district's box, within a short leader of its point.
    expect(small.y + above.dy + small.height / 2).toBeLessThan(small.district.top);
    expect(-above.dy - small.height / 2).toBeLessThanOrEqual(2.5 * small.height);
    // Below still comes first where both are open.
    expect(placeLabels([{ ...small, sides: ['below', 'above'] }], open)[0].dy).toBeGreaterThan(0);
  });

  it('leaves a label on a district big enough to carry it', () => {
    const big = { ...small, district: { left: 0, top: 0, right: 200, bottom: 150 } };
    expect(placeLabels([big], open)).toEqual([{ dx: 0, dy: 0, callout: false }]);
  });

  it('takes the ragged shape into account: the same box with little land gets a callout', () => {
    const roomy = { ...small, district: { left: 0, top: 20, right: 100, bottom: 80 } };
    expect(placeLabels([roomy], open)[0].callout).toBe(false);
    expect(placeLabels([{ ...roomy, land: 0.3 }], open)[0].callout).toBe(true);
  });

  describe("with a neighbour whose label lies over the callout's leader", () => {
    // A small district (45–85 × 35–65) with open sea below it, and a wide neighbour to its west.
    const districtAt = (x: number, y: number) =>
      y <= 66 && x < 45 ? 'wide' : x >= 45 && x <= 85 && y >= 35 && y <= 65 ? 'small' : null;
    const callout = { ...small, x: 65, district: { left: 45, top: 35, right: 85, bottom: 65 } };
    // Its label, at its own point, reaches over the small district's leader (x = 65, y 50–71).
    const neighbour = {
      slug: 'wide',
      x: 30,
      y: 55,
      width: 80,
      height: 20,
      district: { left: -100, top: 0, right: 45, bottom: 66 },
      land: 1,
    };
    const leaderHidden = (labels: (typeof neighbour)[], placements: LabelPlacement[]) => {
      const [label, other] = labels.map((l, i) => ({ ...l, x: l.x + placements[i].dx, y: l.y + placements[i].dy }));
      const top = label.y - label.height / 2;
      return Array.from({ length: 22 }, (_, k) => top - k).some((y) =>
        overlap(other, { x: labels[0].x, y, width: 0, height: 0 }),
      );
    };

    it('slides the neighbour sideways off the leader, with its own point still under it', () => {
      const labels = [callout, neighbour];
      // With the callout below its district and the neighbour left on its point, the leader runs under the neighbour.
      const unmoved = [
        { dx: 0, dy: 21, callout: true },
        { dx: 0, dy: 0, callout: false },
      ];
      expect(leaderHidden(labels, unmoved)).toBe(true);
      const placements = placeLabels(labels, districtAt);
      expect(placements[0]).toMatchObject({ dx: 0, callout: true });
      expect(placements[1].callout).toBe(false);
      expect(placements[1].dy).toBe(0);
      expect(placements[1].dx).toBeLessThan(0);
      expect(Math.abs(placements[1].dx)).toBeLessThan(neighbour.width / 2);
      expect(leaderHidden(labels, placements)).toBe(false);
    });

    it('leaves the neighbour where it is when another label takes the room it would slide into', () => {
      // Clear of the neighbour where it is, in its way once it slides 7 px west; east, it would leave its own point.
      const third = { ...neighbour, slug: 'third', x: -28, width: 30 };
      const placements = placeLabels([callout, neighbour, third], districtAt);
      expect(placements[0].callout).toBe(true);
      expect(placements[1]).toEqual({ dx: 0, dy: 0, callout: false });
      expect(placements[2]).toEqual({ dx: 0, dy: 0, callout: false });
    });
  });

  /** The real districts as a map at `zoom` shows them, with labels of one size. */
  function mapAt(zoom: number, label = { width: 46, height: 17 }) {
    const onScreen = shapes.map((shape) => ({
      ...shape,
      polygons: shape.polygons.map((polygon) =>
        polygon.map((ring) =>
          ring.map((position) => {
            const p = project(position, zoom);
            return [p.x, p.y] as const;
          }),
        ),
      ),
    }));
    const locate = districtLocator(onScreen);
    const districtAt = (x: number, y: number) => locate([x, y]);
    const labels = shapes.map((shape, i) => {
      const point = labelPoint(shape);
      const box = shapesBounds([onScreen[i]]);
      if (!point || !box) throw new Error(shape.slug);
      return {
        slug: shape.slug,
        ...project(point, zoom),
        ...label,
        district: { left: box.west, top: box.south, right: box.east, bottom: box.north },
        land: landShare(shape),
      };
    });
    return { districtAt, labels };
  }

  it('on a phone-sized map, takes Luohu and Futian off their districts, and not Nanshan', () => {
    const { districtAt, labels } = mapAt(8.5);
    const placements = placeLabels(labels, districtAt);
    const calledOut = shapes.filter((_, i) => placements[i].callout).map((s) => s.slug);
    expect(calledOut).toEqual(expect.arrayContaining(['futian', 'luohu']));
    expect(calledOut).not.toContain('nanshan');
  });

  it('at every zoom a reader can reach, leaves callouts below their point, on open space, with leaders over no other district, and no labels overlap', () => {
    for (let zoom = 7; zoom <= 12; zoom += 0.25) {
      for (const size of [
        { width: 46, height: 17 },
        { width: 58, height: 20 },
        // English names are wider: "Nanshan 15" on a phone.
        { width: 74, height: 20 },
      ]) {
        const { districtAt, labels } = mapAt(zoom, size);
        const placements = placeLabels(labels, districtAt);
        const moved = labels.map((b, i) => ({ ...b, x: b.x + placements[i].dx, y: b.y + placements[i].dy }));
        for (let i = 0; i < moved.length; i++)
          for (let j = i + 1; j < moved.length; j++)
            expect(overlap(moved[i], moved[j]), `${shapes[i].slug}/${shapes[j].slug} at ${zoom}`).toBe(false);
        for (const [i, label] of moved.entries()) {
          if (!placements[i].callout) continue;
          const where = `${shapes[i].slug} at zoom ${zoom}`;
          // Below its point, so the leader runs up to it, by no more than two and a half label heights.
          expect(placements[i].dy - label.height / 2, where).toBeGreaterThan(0);
          expect(placements[i].dy - label.height / 2, where).toBeLessThanOrEqual(2.5 * label.height);
          // On no district at all: its corners, edge middles and centre.
          for (const [x, y] of [
            [label.x, label.y],
            [label.x - label.width / 2, label.y - label.height / 2],
            [label.x + label.width / 2, label.y - label.height / 2],
            [label.x - label.width / 2, label.y + label.height / 2],
            [label.x + label.width / 2, label.y + label.height / 2],
            [label.x, label.y - label.height / 2],
            [label.x, label.y + label.height / 2],
          ])
            expect(districtAt(x, y), where).toBeNull();
          // Every pixel of the leader, from the label's top edge to the point, is open space or its own district.
          const top = { x: label.x, y: label.y - label.height / 2 };
          const { x: px, y: py } = labels[i];
          const steps = Math.ceil(Math.hypot(px - top.x, py - top.y));
          for (let k = 0; k <= steps; k++) {
            const at = districtAt(top.x + ((px - top.x) * k) / steps, top.y + ((py - top.y) * k) / steps);
            expect([null, shapes[i].slug], where).toContain(at);
          }
        }
      }
    }
  });
});

describe('leaderStart', () => {
  it('leaves a label from the middle of the edge that faces its point', () => {
    expect(leaderStart({ dx: 4, dy: 15 }, 10)).toEqual({ dx: 4, dy: 10 });
    expect(leaderStart({ dx: -4, dy: -15 }, 10)).toEqual({ dx: -4, dy: -10 });
  });
});

describe('labelAstray', () => {
  const label = {
    slug: 'small',
    x: 50,
    y: 50,
    width: 40,
    height: 20,
    district: { left: 0, top: 0, right: 99, bottom: 99 },
    land: 1,
  };
  // The small district is everything left of x = 50; a neighbour is to the right; nothing above y = 45.
  const districtAt = (x: number, y: number) => (y < 45 ? null : x < 50 ? 'small' : 'neighbour');

  it('says whether a label covers more of other districts than of its own', () => {
    expect(labelAstray(label, { dx: -10, dy: 0 }, districtAt)).toBe(false);
    expect(labelAstray(label, { dx: 10, dy: 0 }, districtAt)).toBe(true);
  });

  it('does not count open space against a label', () => {
    expect(labelAstray(label, { dx: -10, dy: -8 }, districtAt)).toBe(false);
  });
});

describe('leaderTo', () => {
  it("runs from the middle of the label's top edge back to its point, drawn upward and turned clockwise", () => {
    // Straight below: straight up, 10 px from the top edge (at 10 + 10 / 2 from the point) to the point.
    const below = leaderTo({ dx: 0, dy: 15 }, 10);
    expect(below.length).toBe(10);
    expect(below.angle).toBeCloseTo(0);
    // The label moved right: the line leans left (counter-clockwise), and the other way round.
    const right = leaderTo({ dx: 10, dy: 15 }, 10);
    expect(right.length).toBeCloseTo(Math.SQRT2 * 10);
    expect(right.angle).toBeCloseTo(-Math.PI / 4);
    expect(leaderTo({ dx: -10, dy: 15 }, 10).angle).toBeCloseTo(Math.PI / 4);
  });
});
