import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  type Color,
} from 'culori';
import { describe, expect, it } from 'vitest';
import { editable, realInputs } from './testInputs';

/** ΔE2000 below which two adjacent chart colours start to be confused. */
const MIN_DIFFERENCE = 7;

const visions: Record<string, (c: Color) => Color> = {
  normal: (c) => c,
  deuteranopia: filterDeficiencyDeuter(1),
  protanopia: filterDeficiencyProt(1),
  tritanopia: filterDeficiencyTrit(1),
};

describe('the theme palette', () => {
  const { themes } = editable(realInputs()).taxonomy;
  const difference = differenceCiede2000();

  it('has 8–12 themes, each with its own colour', () => {
    expect(themes.length).toBeGreaterThanOrEqual(8);
    expect(themes.length).toBeLessThanOrEqual(12);
    expect(new Set(themes.map((t) => t.color.toLowerCase())).size).toBe(themes.length);
  });

  for (const [vision, simulate] of Object.entries(visions)) {
    it(`keeps every pair of theme colours apart for ${vision} vision`, () => {
      const colours = themes.map((t) => ({ id: t.id, colour: simulate(parse(t.color) as Color) }));
      const tooClose = colours.flatMap((a, i) =>
        colours
          .slice(i + 1)
          .filter((b) => difference(a.colour, b.colour) < MIN_DIFFERENCE)
          .map((b) => `${a.id}/${b.id}`),
      );
      expect(tooClose).toEqual([]);
    });
  }
});
