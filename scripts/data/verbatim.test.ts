import { describe, expect, it } from 'vitest';
import { allOccurrences, directQuotes } from './verbatim';

describe('directQuotes', () => {
  it('takes quotations that end a sentence as speech and quoted names as terms', () => {
    const paragraph = '推出“i南山企业服务综合平台”,深化“党建+企服”模式。“我们将持续发力。”他说,“胸怀拿云志!”';
    expect(directQuotes(paragraph).map((q) => q.text)).toEqual(['我们将持续发力。', '胸怀拿云志!']);
  });

  it('reports offsets of the words inside the marks', () => {
    const [quote] = directQuotes('他说“好。”');
    expect('他说“好。”'.slice(quote.start, quote.end)).toBe('好。');
  });
});

describe('allOccurrences', () => {
  it('finds every place a span stands, overlapping ones included', () => {
    expect(allOccurrences('大走访,进行大走访', '大走访')).toEqual([
      { start: 0, end: 3 },
      { start: 6, end: 9 },
    ]);
    expect(allOccurrences('aaa', 'aa')).toHaveLength(2);
    expect(allOccurrences('abc', '')).toEqual([]);
  });
});
