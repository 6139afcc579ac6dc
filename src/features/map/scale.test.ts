import { differenceCiede2000, oklch, wcagContrast, wcagLuminance } from 'culori';
import { describe, expect, it } from 'vitest';
import { PALETTES, fillFor, pledgeClasses } from './scale';

const RAMP = PALETTES.light.ramp;

describe('pledgeClasses', () => {
  it('splits 1–23 pledges into five equal classes, the last one ending at the maximum', () => {
    expect(pledgeClasses(23, RAMP).map(({ from, to }) => [from, to])).toEqual([
      [1, 5],
      [6, 10],
      [11, 15],
      [16, 20],
      [21, 23],
    ]);
  });

  it('gives one class per count when there are fewer counts than colours', () => {
    expect(pledgeClasses(3, RAMP).map(({ from, to }) => [from, to])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it('puts every count from 1 to the maximum in exactly one class, for any maximum', () => {
    const problems: string[] = [];
    for (let max = 1; max <= 120; max++) {
      const classes = pledgeClasses(max, RAMP);
      if (classes.length > RAMP.length) problems.push(`max ${max}: ${classes.length} classes`);
      if (classes.at(-1)?.to !== max) problems.push(`max ${max}: last class ends at ${classes.at(-1)?.to}`);
      for (let n = 1; n <= max; n++) {
        const holding = classes.filter((c) => n >= c.from && n <= c.to).length;
        if (holding !== 1) problems.push(`max ${max}: ${n} is in ${holding} classes`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('always shows the maximum in the strongest colour, and never repeats a colour', () => {
    for (let max = 1; max <= 30; max++) {
      const fills = pledgeClasses(max, RAMP).map((c) => c.fill);
      expect(fills.at(-1)).toBe(RAMP.at(-1));
      expect(new Set(fills).size).toBe(fills.length);
      // Colours follow the ramp's order: more pledges never get a lighter shade.
      const positions = fills.map((f) => RAMP.indexOf(f));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('has no classes when nothing is in view', () => {
    expect(pledgeClasses(0, RAMP)).toEqual([]);
  });
});

describe('fillFor', () => {
  const classes = pledgeClasses(23, RAMP);

  it('mutes districts without pledges and shades the others by their class', () => {
    expect(fillFor(0, classes, PALETTES.light)).toBe(PALETTES.light.muted);
    expect(fillFor(4, classes, PALETTES.light)).toBe(RAMP[0]);
    expect(fillFor(15, classes, PALETTES.light)).toBe(RAMP[2]);
    expect(fillFor(23, classes, PALETTES.light)).toBe(RAMP[4]);
  });

  it('mutes everything when no class exists', () => {
    expect(fillFor(0, [], PALETTES.dark)).toBe(PALETTES.dark.muted);
  });
});

for (const [scheme, p] of Object.entries(PALETTES)) {
  describe(`the ${scheme} map palette`, () => {
    const contrast = (a: string, b: string) => Number(wcagContrast(a, b).toFixed(2));
    const difference = differenceCiede2000();

    it('draws district borders that stand out (3:1) from the background and from muted districts', () => {
      expect(contrast(p.stroke, p.background)).toBeGreaterThanOrEqual(3);
      expect(contrast(p.stroke, p.muted)).toBeGreaterThanOrEqual(3);
    });

    it('outlines the selection and the focus in colours that stand out (3:1) from their casing', () => {
      expect(contrast(p.accent, p.casing)).toBeGreaterThanOrEqual(3);
      expect(contrast(p.focus, p.casing)).toBeGreaterThanOrEqual(3);
      expect(difference(p.accent, p.focus)).toBeGreaterThan(20);
    });

    it('keeps label text readable (4.5:1)', () => {
      expect(contrast(p.labelInk, p.labelBackground)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.labelMutedInk, p.labelBackground)).toBeGreaterThanOrEqual(4.5);
    });

    it('uses one hue whose shades get stronger against the background with more pledges', () => {
      const hues = p.ramp.map((c) => oklch(c)?.h ?? Number.NaN);
      expect(Math.max(...hues) - Math.min(...hues)).toBeLessThan(20);
      const towardsBackground = p.ramp.map((c) => contrast(c, p.background));
      expect(towardsBackground).toEqual([...towardsBackground].sort((a, b) => a - b));
      const luminance = p.ramp.map((c) => wcagLuminance(c));
      const expected = [...luminance].sort((a, b) => (scheme === 'light' ? b - a : a - b));
      expect(luminance).toEqual(expected);
    });

    it('tells neighbouring shades apart, and the muted grey from the lightest shade', () => {
      for (let i = 1; i < p.ramp.length; i++) expect(difference(p.ramp[i - 1], p.ramp[i])).toBeGreaterThan(7);
      expect(difference(p.muted, p.ramp[0])).toBeGreaterThan(7);
      expect(oklch(p.muted)?.c ?? 1).toBeLessThan(0.03);
    });

    if (scheme === 'dark') {
      it('parts land with no pledges from the sea and from the fewest pledges by lightness, which dark fills show', () => {
        expect(contrast(p.muted, p.background)).toBeGreaterThanOrEqual(1.3);
        expect(contrast(p.muted, p.ramp[0])).toBeGreaterThanOrEqual(1.5);
      });
    }
  });
}
