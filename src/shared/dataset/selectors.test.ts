import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build';
import { realInputs } from '../../../scripts/data/testInputs';
import {
  districtsWithoutStatements,
  formatPartialDate,
  formatSourceDate,
  statementsByDistrict,
  statementsWithoutDistrict,
  summarize,
} from './selectors';

const dataset = buildDataset(realInputs());

describe('summarize', () => {
  it('counts statements, pledges, named speakers, covered districts and used themes', () => {
    const summary = summarize(dataset);
    expect(summary).toMatchObject({ statements: 16, speakers: 14, districtsWithPledges: 6, districtsTotal: 10 });
    expect(summary.pledges).toBe(dataset.statements.reduce((n, s) => n + s.pledges.length, 0));
    expect(summary.themesUsed).toBeLessThanOrEqual(summary.themesTotal);
  });

  it('counts a district only when it has a pledge', () => {
    const withoutNanshanPledges = {
      ...dataset,
      statements: dataset.statements.map((s) => (s.district === 'nanshan' ? { ...s, pledges: [] } : s)),
    };
    expect(summarize(withoutNanshanPledges).districtsWithPledges).toBe(5);
  });
});

describe('statementsByDistrict', () => {
  it('groups speakers under their district in article order', () => {
    const groups = statementsByDistrict(dataset);
    expect(groups.map((g) => g.district.slug)).toEqual(['futian', 'luohu', 'nanshan', 'yantian', 'longgang', 'dapeng']);
    const luohu = groups.find((g) => g.district.slug === 'luohu');
    expect(luohu?.statements.map((s) => s.speaker.name)).toEqual(['黄拓', '谭志成', '吕毅']);
    expect(luohu?.pledgeCount).toBe(luohu?.statements.reduce((n, s) => n + s.pledges.length, 0));
  });

  it('puts institutions, companies and collective voices in their own groups', () => {
    const groups = statementsWithoutDistrict(dataset);
    expect(groups.map((g) => [g.group, g.statements.map((s) => s.speaker.name)])).toEqual([
      ['institution', ['胡晓军', '杨学明']],
      ['company', ['李婷华']],
      ['collective', [null, null]],
    ]);
  });

  it('lists the districts with nothing to show', () => {
    expect(districtsWithoutStatements(dataset).map((d) => d.slug)).toEqual([
      'baoan',
      'longhua',
      'pingshan',
      'guangming',
    ]);
  });
});

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
});
