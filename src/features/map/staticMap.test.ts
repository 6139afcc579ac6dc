import { describe, expect, it } from 'vitest';
import { realShapes } from '../../../scripts/data/testShapes';
import { textWidth } from '../../shared/ui/textWidth';
import { districtLocator, labelPoint, shapesBounds } from './geometry';
import {
  fitProjection,
  LABEL_HALO_EMS,
  staticMapLayout,
  type Projection,
  type StaticDistrict,
  type StaticLabel,
} from './staticMap';

const shapes = realShapes();
const NAMES = {
  zh: {
    futian: '福田',
    luohu: '罗湖',
    nanshan: '南山',
    yantian: '盐田',
    longgang: '龙岗',
    dapeng: '大鹏',
    baoan: '宝安',
    longhua: '龙华',
    pingshan: '坪山',
    guangming: '光明',
  },
  en: {
    futian: 'Futian',
    luohu: 'Luohu',
    nanshan: 'Nanshan',
    yantian: 'Yantian',
    longgang: 'Longgang',
    dapeng: 'Dapeng',
    baoan: "Bao'an",
    longhua: 'Longhua',
    pingshan: 'Pingshan',
    guangming: 'Guangming',
  },
} as const;

const districtAt = districtLocator(shapes);

/** The districts (and open space, as null) a leader passes over, from the label to the district's point. */
function districtsUnder(leader: NonNullable<StaticLabel['leader']>, projection: Projection): Set<string | null> {
  const under = new Set<string | null>();
  for (let k = 0; k <= 20; k++) {
    const x = leader.x1 + ((leader.x2 - leader.x1) * k) / 20;
    const y = leader.y1 + ((leader.y2 - leader.y1) * k) / 20;
    under.add(districtAt(projection.invert([x, y])));
  }
  under.delete(null);
  return under;
}

describe('staticMapLayout', () => {
  // The overview slide's map on a 4:3 projector: about 440 × 560 px with 20 px labels.
  const box = { width: 444, height: 556, fontSize: 20 };

  for (const lang of ['zh', 'en'] as const) {
    it(`keeps every ${lang} label near its own district, or on a leader to it that crosses no other`, () => {
      const names: Record<string, string> = NAMES[lang];
      const layout = staticMapLayout(shapes, box, (slug) => [names[slug], '23']);
      const projection = fitProjection(shapes, box);
      if (!projection) throw new Error('no projection');
      for (const d of layout) {
        const shape = shapes.find((s) => s.slug === d.slug);
        const point = shape && labelPoint(shape);
        if (!point || !d.label) throw new Error(`${d.slug} has no label`);
        const [x, y] = projection.project(point);
        const { leader } = d.label;
        if (!leader) {
          // Moved apart from its neighbours by less than its own width: it still reads as this district's.
          expect(Math.hypot(d.label.x - x, d.label.y - y), d.slug).toBeLessThan(textWidth(names[d.slug], box.fontSize));
          continue;
        }
        // From the middle of the label's top edge (two lines high) to the district's point, below it.
        expect(leader, d.slug).toEqual({ x1: d.label.x, y1: d.label.y - box.fontSize * 1.25, x2: x, y2: y });
        expect(leader.y1, d.slug).toBeGreaterThan(leader.y2);
        expect(districtsUnder(leader, projection), d.slug).toEqual(new Set([d.slug]));
      }
    });

    it(`keeps every ${lang} label, outline included, clear of the others`, () => {
      const names: Record<string, string> = NAMES[lang];
      const layout = staticMapLayout(shapes, box, (slug) => [names[slug], '23']);
      const boxes = layout.map((d) => ({
        slug: d.slug,
        x: d.label?.x ?? NaN,
        y: d.label?.y ?? NaN,
        halfWidth: (textWidth(names[d.slug], box.fontSize) + box.fontSize * LABEL_HALO_EMS) / 2,
        halfHeight: box.fontSize * 1.25,
      }));
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const apart =
            Math.abs(a.x - b.x) >= a.halfWidth + b.halfWidth || Math.abs(a.y - b.y) >= a.halfHeight + b.halfHeight;
          expect(apart, `${a.slug} and ${b.slug}`).toBe(true);
        }
      }
    });
  }

  describe("the overview slide's map in English on a 4:3 screen, with the real labels", () => {
    // Districts with pledges get their count as a second line; the four without, their name alone.
    const counts: Record<string, string> = {
      futian: '8',
      luohu: '23',
      nanshan: '15',
      yantian: '4',
      longgang: '5',
      dapeng: '10',
    };
    const lines = (slug: string) => {
      const name: string = NAMES.en[slug as keyof typeof NAMES.en];
      return counts[slug] ? [name, counts[slug]] : [name];
    };
    // Measured on the slide at 1024 × 768 and at 1280 × 1024.
    for (const box of [
      { width: 443, height: 556, fontSize: 22.76 },
      { width: 554, height: 759, fontSize: 28.44 },
    ]) {
      it(`leaves no label mostly on a neighbour but Futian's, hemmed in by Nanshan's and Luohu's (${box.width} × ${box.height})`, () => {
        const layout = staticMapLayout(shapes, box, lines);
        const projection = fitProjection(shapes, box);
        if (!projection) throw new Error('no projection');
        const astray = layout.flatMap((d) => {
          if (!d.label || d.label.leader) return [];
          const width =
            Math.max(...lines(d.slug).map((l) => textWidth(l, box.fontSize))) + box.fontSize * LABEL_HALO_EMS;
          const height = lines(d.slug).length * box.fontSize * 1.25;
          let own = 0;
          let others = 0;
          for (let i = 0; i <= 10; i++) {
            for (let j = 0; j <= 4; j++) {
              const x = d.label.x - width / 2 + (width * i) / 10;
              const y = d.label.y - height / 2 + (height * j) / 4;
              const at = districtAt(projection.invert([x, y]));
              if (at === d.slug) own += 1;
              else if (at !== null) others += 1;
            }
          }
          return others > own ? [d.slug] : [];
        });
        // Pingshan sat on Longgang, Longhua on Futian and Luohu, before their labels could go above the city.
        expect(astray).toEqual(['futian']);
        for (const slug of ['pingshan', 'longhua']) {
          const label = layout.find((d) => d.slug === slug)?.label;
          expect(label?.leader, slug).toBeTruthy();
          if (!label?.leader) continue;
          // Above its district, the leader from the label's lower edge, crossing no other district.
          expect(label.leader.y1, slug).toBeLessThan(label.leader.y2);
          expect(label.leader.y1, slug).toBeCloseTo(label.y + (lines(slug).length * box.fontSize * 1.25) / 2);
          expect(districtsUnder(label.leader, projection), slug).toEqual(new Set([slug]));
        }
      });
    }
  });

  it('takes the labels off Luohu and Futian, into the picture, so the districts can be seen', () => {
    const names: Record<string, string> = NAMES.en;
    const layout = staticMapLayout(shapes, box, (slug) => [names[slug], '23']);
    const projection = fitProjection(shapes, box);
    if (!projection) throw new Error('no projection');
    const labelBoxes = layout.map((d) => {
      const halfWidth = (textWidth(names[d.slug], box.fontSize) + box.fontSize * LABEL_HALO_EMS) / 2;
      const halfHeight = box.fontSize * 1.25;
      return { x: d.label?.x ?? NaN, y: d.label?.y ?? NaN, halfWidth, halfHeight };
    });
    for (const box of labelBoxes) {
      expect(box.x - box.halfWidth).toBeGreaterThanOrEqual(0);
      expect(box.x + box.halfWidth).toBeLessThanOrEqual(444);
      expect(box.y + box.halfHeight).toBeLessThanOrEqual(556);
    }
    for (const slug of ['luohu', 'futian']) {
      expect(layout.find((d) => d.slug === slug)?.label?.leader, slug).toBeTruthy();
      // The share of the district's own land, on a fine grid of points, that lies under some label.
      const shape = shapes.filter((s) => s.slug === slug);
      const bounds = shapesBounds(shape);
      if (!bounds) throw new Error(slug);
      const own = districtLocator(shape);
      let land = 0;
      let hidden = 0;
      for (let i = 0; i <= 40; i++) {
        for (let j = 0; j <= 40; j++) {
          const point = [
            bounds.west + ((bounds.east - bounds.west) * i) / 40,
            bounds.south + ((bounds.north - bounds.south) * j) / 40,
          ] as const;
          if (!own(point)) continue;
          land += 1;
          const [x, y] = projection.project(point);
          if (labelBoxes.some((b) => Math.abs(b.x - x) < b.halfWidth && Math.abs(b.y - y) < b.halfHeight)) hidden += 1;
        }
      }
      expect(hidden / land, slug).toBeLessThan(0.1);
    }
  });

  it("on a district slide's short map, room below the city lets a small district's label off it", () => {
    // The 1920 × 1080 district slide: a wide, short map naming only its own district.
    const slide = { width: 657, height: 308, fontSize: 32 };
    const roomy = { ...slide, labelRoom: 3.5 * slide.fontSize };
    const only = (name: string) => (slug: string) =>
      NAMES.zh[slug as keyof typeof NAMES.zh] === name ? [name, '8'] : [];
    const labelOf = (layout: StaticDistrict[], slug: string) => layout.find((d) => d.slug === slug)?.label;
    // Futian: with no room its label can only sit on the district it should point out.
    expect(labelOf(staticMapLayout(shapes, slide, only('福田')), 'futian')?.leader).toBeNull();
    const futian = labelOf(staticMapLayout(shapes, roomy, only('福田')), 'futian');
    expect(futian?.leader).toBeTruthy();
    expect((futian?.y ?? Infinity) + slide.fontSize * 1.25).toBeLessThanOrEqual(slide.height);
    // Longgang, with land all round, keeps its label on it; the city is drawn exactly as on Futian's slide.
    const longgang = staticMapLayout(shapes, roomy, only('龙岗'));
    expect(labelOf(longgang, 'longgang')?.leader).toBeNull();
    expect(longgang.map((d) => d.path)).toEqual(staticMapLayout(shapes, roomy, only('福田')).map((d) => d.path));
  });
});
