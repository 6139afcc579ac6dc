import { describe, expect, it } from 'vitest';
import { messagesFor } from './messages';

describe('counts in words', () => {
  it('says one statement and one speaker in English, never "1 statements"', () => {
    const en = messagesFor('en');
    expect(en.filters.resultCount(1, 8)).toBe('1 statement, 8 pledges');
    expect(en.filters.resultCount(16, 1)).toBe('16 statements, 1 pledge');
    expect(en.filters.resultCount(1600, 7700)).toBe('1,600 statements, 7,700 pledges');
    expect([1, 2].map((n) => en.summary.speakers(n))).toEqual(['speaker', 'speakers']);
    expect([1, 6].map((n) => en.summary.districts(n))).toEqual(['district with pledges', 'districts with pledges']);
  });

  it('keeps Chinese measure words whatever the count', () => {
    const zh = messagesFor('zh');
    expect(zh.filters.resultCount(1, 8)).toBe('1 条发言，8 项承诺');
    expect(zh.summary.statements(1)).toBe(zh.summary.statements(16));
  });
});
