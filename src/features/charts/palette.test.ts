import { describe, expect, it } from 'vitest';
import { contrastRatio, heatColor, mix, PALETTES } from './palette';

const SCHEMES = ['light', 'dark'] as const;

describe('chart palettes', () => {
  it('restate the page colours of src/styles.css', () => {
    expect(PALETTES.light).toMatchObject({
      background: '#ffffff',
      ink: '#14243d',
      muted: '#4a5a72',
      accent: '#c8102e',
    });
    expect(PALETTES.dark).toMatchObject({ background: '#0b1526', ink: '#e8eef7', muted: '#a9b6c9', accent: '#ff6b7d' });
  });

  for (const scheme of SCHEMES) {
    const p = PALETTES[scheme];

    it(`gives every ${scheme} text colour at least 4.5:1 against its background`, () => {
      for (const text of [p.ink, p.muted, p.accent])
        expect(contrastRatio(text, p.background)).toBeGreaterThanOrEqual(4.5);
    });

    it(`keeps ${scheme} gridlines quiet`, () => {
      expect(contrastRatio(p.line, p.background)).toBeLessThan(2);
    });

    it(`labels every ${scheme} heatmap cell at AA contrast, whatever the largest count`, () => {
      for (let max = 1; max <= 40; max += 1) {
        for (let count = 1; count <= max; count += 1) {
          const { fill, text } = heatColor(count, max, p);
          expect(contrastRatio(text, fill), `${count} of ${max}: ${text} on ${fill}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    });

    it(`orders the ${scheme} heat scale so larger counts stand out more from the page`, () => {
      const distance = (count: number) => contrastRatio(heatColor(count, 10, p).fill, p.background);
      for (let count = 2; count <= 10; count += 1) expect(distance(count)).toBeGreaterThan(distance(count - 1));
    });
  }
});

describe('contrastRatio and mix', () => {
  it('matches the WCAG extremes', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  it('interpolates between two colours', () => {
    expect(mix('#000000', '#ffffff', 0)).toBe('#000000');
    expect(mix('#000000', '#ffffff', 1)).toBe('#ffffff');
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
  });
});
