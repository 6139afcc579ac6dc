import { describe, expect, it } from 'vitest';
import { realShapes } from '../../../scripts/data/testShapes';
import { textWidth } from '../../shared/ui/textWidth';
import { labelPoint } from './geometry';
import { fitProjection, LABEL_HALO_EMS, staticMapLayout } from './staticMap';

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
    it(`keeps every ${lang} label near its own district`, () => {
      const names: Record<string, string> = NAMES[lang];
      const layout = staticMapLayout(shapes, box, (slug) => [names[slug], '23']);
      const project = fitProjection(shapes, box);
      if (!project) throw new Error('no projection');
      for (const d of layout) {
        const shape = shapes.find((s) => s.slug === d.slug);
        const point = shape && labelPoint(shape);
        if (!point || !d.label) throw new Error(`${d.slug} has no label`);
        const [x, y] = project(point);
        // Moved apart from its neighbours by less than its own width: it still reads as this district's.
        expect(Math.hypot(d.label.x - x, d.label.y - y), d.slug).toBeLessThan(textWidth(names[d.slug], box.fontSize));
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
});
