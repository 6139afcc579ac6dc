import { describe, expect, it } from 'vitest';
import { textWidth } from '../../shared/ui/textWidth';
import {
  balancedLines,
  isAllWide,
  labelColumnWidth,
  lineCount,
  longestPieceWidth,
  rowHeight,
  typeScale,
  valueTicks,
} from './layout';

describe('typeScale', () => {
  it('follows the page type size on ordinary screens', () => {
    expect(typeScale({ width: 360, fontSize: 16 }).label).toBe(14);
    expect(typeScale({ width: 900, fontSize: 17 }).label).toBe(15);
  });

  it('grows on a wide wall screen, but at most to 1.5 times the page size', () => {
    const wall = typeScale({ width: 1800, fontSize: 20 });
    expect(wall.label).toBeGreaterThan(typeScale({ width: 900, fontSize: 20 }).label);
    expect(typeScale({ width: 10_000, fontSize: 20 }).label).toBe(Math.round(30 * 0.9));
  });

  it('never goes below 12 px', () => {
    expect(typeScale({ width: 200, fontSize: 8 }).small).toBe(12);
  });
});

describe('text measurement', () => {
  it('tells all-CJK labels, which can be set vertically, from others', () => {
    expect(isAllWide('市级机构')).toBe(true);
    expect(isAllWide('City institutions')).toBe(false);
  });

  it('wraps Chinese between characters and English between words', () => {
    expect(lineCount('营商环境与企业服务', 94, 10)).toBe(1);
    expect(lineCount('营商环境与企业服务', 60, 10)).toBe(2);
    expect(lineCount('Business environment & enterprise services', 10_000, 10)).toBe(1);
    expect(lineCount('Business environment & enterprise services', 125, 10)).toBe(2);
    expect(lineCount('Business environment & enterprise services', 110, 10)).toBe(3);
    expect(longestPieceWidth('Business environment', 10)).toBe(textWidth('environment', 10));
  });
});

describe('balancedLines', () => {
  it('shares a name evenly over its lines instead of leaving one character alone', () => {
    // Greedy wrapping into 9.9 ems gives 金融科技与数字人民 / 币.
    expect(lineCount('金融科技与数字人民币', 99, 10)).toBe(2);
    expect(balancedLines('金融科技与数字人民币', 99, 10)).toBe('金融科技与\n数字人民币');
  });

  it('breaks English between words, into no more lines than greedy wrapping needs', () => {
    const text = 'Business environment & enterprise services';
    const lines = balancedLines(text, 125, 10).split('\n');
    expect(lines).toHaveLength(lineCount(text, 125, 10));
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(125);
  });

  it('breaks after a dash, never at a no-break space', () => {
    const text = 'Shenzhen–Hong\u00a0Kong cooperation';
    // Balanced on spaces alone, this would read Shenzhen–Hong / Kong cooperation.
    expect(balancedLines(text, 120, 10)).toBe('Shenzhen–Hong\u00a0Kong\ncooperation');
    expect(balancedLines(text, 70, 10)).toBe('Shenzhen–\nHong\u00a0Kong\ncooperation');
    expect(longestPieceWidth(text, 10)).toBe(textWidth('cooperation', 10));
  });

  it('leaves a name that fits on one line alone', () => {
    expect(balancedLines('人才', 99, 10)).toBe('人才');
    expect(balancedLines('Talent', 99, 10)).toBe('Talent');
  });
});

describe('labelColumnWidth', () => {
  const scale = typeScale({ width: 390, fontSize: 16 });
  const labels = ['人才', '营商环境与企业服务', '金融科技与数字人民币'];

  it('takes the longest label where there is room', () => {
    const wide = typeScale({ width: 1200, fontSize: 16 });
    expect(labelColumnWidth(labels, { width: 1200, fontSize: 16 }, wide)).toBe(Math.ceil(10.4 * wide.label));
  });

  it('takes at most 40 % of a narrow chart, so the bars keep most of the width', () => {
    expect(labelColumnWidth(labels, { width: 300, fontSize: 16 }, scale)).toBe(120);
  });

  it('is never narrower than the longest unbreakable word', () => {
    const words = ['Commercialisation'];
    expect(labelColumnWidth(words, { width: 100, fontSize: 16 }, scale)).toBe(
      Math.ceil(textWidth('Commercialisation', scale.label)),
    );
  });

  it('gives wrapped labels taller rows', () => {
    const oneLine = rowHeight(labels, 10 * scale.label, scale);
    const wrapped = rowHeight(labels, 4 * scale.label, scale);
    expect(wrapped).toBeGreaterThan(oneLine);
    expect(wrapped).toBeGreaterThanOrEqual(3 * scale.lineHeight);
  });
});

describe('valueTicks', () => {
  /** The clear space between neighbouring tick labels, each centred on its tick, in px. */
  const gaps = ({ step, max }: { step: number; max: number }, width: number, size: number) => {
    const spacing = width / (max / step);
    const label = (n: number) => textWidth(n.toLocaleString('en-US'), size);
    return Array.from({ length: max / step }, (_, i) => spacing - (label(i * step) + label((i + 1) * step)) / 2);
  };

  it('keeps the natural step (a fifth of the count, rounded) where the plot is wide', () => {
    expect(valueTicks(17, 500, 14)).toEqual({ step: 3, max: 18 });
    expect(valueTicks(7, 500, 14)).toEqual({ step: 1, max: 7 });
    expect(valueTicks(19, 500, 14)).toEqual({ step: 3, max: 21 });
    expect(valueTicks(4, 500, 14)).toEqual({ step: 1, max: 4 });
    expect(valueTicks(17_000, 900, 14)).toEqual({ step: 3_000, max: 18_000 });
  });

  it('takes a longer round step on a narrow plot, so the labels stay apart (a 4:3 slide)', () => {
    // Measured on the 1024 × 768 overview slide: a 185 px plot set 0 3 6 9 12 15 18 with "12 15 18" touching.
    expect(valueTicks(17, 185, 16)).toEqual({ step: 5, max: 20 });
    expect(Math.min(...gaps({ step: 3, max: 18 }, 185, 16))).toBeLessThan(16);
  });

  it('always reaches the largest count in whole steps, with at least an em between labels', () => {
    for (const count of [0, 1, 7, 17, 99, 1_700, 17_000]) {
      for (const width of [60, 185, 400, 1200]) {
        const ticks = valueTicks(count, width, 16);
        expect(ticks.max).toBeGreaterThanOrEqual(count);
        expect(Number.isInteger(ticks.step)).toBe(true);
        expect(ticks.max % ticks.step).toBe(0);
        // Only a plot too narrow for two labels gets fewer than it asks for: 0 and one round number.
        if (ticks.max > ticks.step) {
          for (const gap of gaps(ticks, width, 16)) expect(gap, `${count} in ${width} px`).toBeGreaterThanOrEqual(16);
        }
      }
    }
  });

  it('gives a one-step axis, not an endless search, for a count that is not a number', () => {
    expect(valueTicks(Number.NaN, 300, 16)).toEqual({ step: 1, max: 1 });
    expect(valueTicks(Number.POSITIVE_INFINITY, 300, 16)).toEqual({ step: 1, max: 1 });
  });
});
