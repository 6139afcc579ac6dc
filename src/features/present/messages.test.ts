import { describe, expect, it } from 'vitest';
import { presentMessages } from './messages';

describe('placeCounts', () => {
  it('counts statements, not zero speakers, for quotes nobody is named for', () => {
    expect(presentMessages('en').placeCounts({ statements: 2, speakers: 0, pledges: 2 })).toBe(
      '2 statements · 2 pledges',
    );
    expect(presentMessages('zh').placeCounts({ statements: 2, speakers: 0, pledges: 2 })).toBe('2 条发言 · 2 项承诺');
    expect(presentMessages('en').placeCounts({ statements: 3, speakers: 1, pledges: 1 })).toBe('1 speaker · 1 pledge');
  });
});

describe('a split statement’s position', () => {
  it('reads as one phrase: which statement, and which part of it', () => {
    const en = presentMessages('en');
    expect(en.speakerOf(3, 3) + en.continued(2, 3)).toBe('Statement 3 of 3, part 2 of 3');
    const zh = presentMessages('zh');
    expect(zh.speakerOf(1, 3) + zh.continued(1, 2)).toBe('发言 1 / 3（承诺第 1 / 2 页）');
  });
});
