import { describe, expect, it } from 'vitest';
import { realShapes } from '../../../scripts/data/testShapes';
import { textWidth } from '../../shared/ui/textWidth';
import { districtLocator, labelPoint, shapesBounds } from './geometry';
import { fitProjection, LABEL_HALO_EMS, staticMapLayout, type StaticDistrict } from './staticMap';

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

describe('staticMapLayout', () => {
  // The overview slide's map on a 4:3 projector: about 440 × 560 px with 20 px labels.
  const box = { width: 444, height: 556, fontSize: 20 };

  for (const lang of ['zh', 'en'] as const) {
    it(`keeps every ${lang} label near its own district, or on a leader to it that crosses no other`, () => {
      const names: Record<string, string> = NAMES[lang];
      const layout = staticMapLayout(shapes, box, (slug) => [names[slug], '23']);
      const projection = fitProjection(shapes, box);
      if (!projection) throw new Error('no projection');
      const districtAt = districtLocator(shapes);
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
        for (let k = 0; k <= 20; k++) {
          const at = districtAt(
            projection.invert([leader.x1 + ((x - leader.x1) * k) / 20, leader.y1 + ((y - leader.y1) * k) / 20]),
          );
          expect([null, d.slug], d.slug).toContain(at);
        }
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
