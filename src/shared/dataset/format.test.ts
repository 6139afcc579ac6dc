import { describe, expect, it } from 'vitest';
import { formatPartialDate, formatSourceDate, sourceDatePieces, speakerLabel } from './format';

describe('dates keep their precision', () => {
  it('renders a year, a month or a day, never more', () => {
    expect(formatPartialDate('2023', 'zh')).toBe('2023年');
    expect(formatPartialDate('2023-02', 'zh')).toBe('2023年2月');
    expect(formatPartialDate('2023-02-06', 'zh')).toBe('2023年2月6日');
    expect(formatPartialDate('2023-02', 'en')).toBe('Feb 2023');
    expect(formatPartialDate('2023-02-06', 'en')).toBe('6 Feb 2023');
  });

  it('says "on or after" for an open range', () => {
    const date = { notBefore: '2023-02-06', notAfter: null, basis: 'inferred' as const, reason: { zh: '-', en: '-' } };
    expect(formatSourceDate(date, 'zh')).toBe('2023年2月6日或之后');
    expect(formatSourceDate(date, 'en')).toBe('on or after 6 Feb 2023');
    expect(formatSourceDate({ ...date, notAfter: '2023-02-28' }, 'en')).toBe('6 Feb 2023–28 Feb 2023');
  });

  it('names the dates inside that text, each to be kept on one line', () => {
    const date = { notBefore: '2023-02-06', notAfter: null, basis: 'inferred' as const, reason: { zh: '-', en: '-' } };
    expect(sourceDatePieces(date, 'zh')).toEqual(['2023年2月6日']);
    expect(sourceDatePieces({ ...date, notAfter: '2023-02-28' }, 'en')).toEqual(['6 Feb 2023', '28 Feb 2023']);
    for (const lang of ['zh', 'en'] as const) {
      for (const piece of sourceDatePieces(date, lang)) expect(formatSourceDate(date, lang)).toContain(piece);
    }
  });
});

describe('speakerLabel', () => {
  const speaker = {
    name: '吕毅',
    romanized: 'Lü Yi',
    post: null,
    unit: { zh: '罗湖区东门街道', en: 'Dongmen' },
    unitType: 'x',
  };
  it('prints the name as the source does on a Chinese page, our romanisation first on an English one', () => {
    expect(speakerLabel(speaker, 'zh')).toBe('吕毅');
    expect(speakerLabel(speaker, 'en')).toBe('Lü Yi 吕毅');
    expect(speakerLabel({ ...speaker, name: null, romanized: null }, 'en')).toBeNull();
  });
});
