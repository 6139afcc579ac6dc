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
