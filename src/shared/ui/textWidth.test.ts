import { describe, expect, it } from 'vitest';
import { isWide, textWidth } from './textWidth';

describe('textWidth', () => {
  it('counts a CJK character as one em and a little more, for canvas rounding', () => {
    expect(textWidth('营商环境与企业服务', 10)).toBeCloseTo(93.6, 5);
    expect(textWidth('罗湖', 20)).toBeCloseTo(41.6, 5);
  });

  it('gives Latin letters and digits about half an em, capitals and narrow letters their own share', () => {
    expect(textWidth('23', 10)).toBeCloseTo(11.6, 5);
    expect(textWidth('Luohu', 10)).toBeCloseTo(7.2 + 4 * 5.8, 5);
    expect(textWidth('il', 10)).toBeCloseTo(6.4, 5);
    // An English label is far narrower than the same number of CJK characters: the slide map once placed
    // "Luohu 23" on Longgang by sizing every letter as a full em.
    expect(textWidth('Luohu', 20)).toBeLessThan(textWidth('罗湖罗湖罗', 20) * 0.7);
  });

  it('knows which characters are wide', () => {
    expect(isWide('罗')).toBe(true);
    expect(isWide('，')).toBe(true);
    expect(isWide('L')).toBe(false);
  });
});
