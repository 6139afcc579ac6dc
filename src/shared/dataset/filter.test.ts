import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build';
import { realInputs } from '../../../scripts/data/testInputs';
import { DEFAULT_VIEW } from '../url/viewState';
import {
  applyFilter,
  countByDistrict,
  countByTheme,
  countByThemeAndPlace,
  exceptPlaces,
  summarizeView,
  type Filter,
} from './filter';

const dataset = buildDataset(realInputs());
const filter = (patch: Partial<Filter>): Filter => ({ ...DEFAULT_VIEW, ...patch });
const names = (f: Partial<Filter>) => applyFilter(dataset, filter(f)).map((v) => v.statement.speaker.name);
const allPledges = dataset.statements.flatMap((s) => s.pledges);

describe('applyFilter', () => {
  it('shows everything when nothing is selected', () => {
    const visible = applyFilter(dataset, filter({}));
    expect(visible).toHaveLength(dataset.statements.length);
    expect(visible.flatMap((v) => v.pledges)).toHaveLength(allPledges.length);
  });

  it('keeps only the selected districts', () => {
    expect(names({ districts: ['nanshan'] })).toEqual(['曹环', '陈炳炎']);
    expect(names({ districts: ['futian', 'yantian'] })).toEqual(['范磊', '汪斌', '练佳其']);
  });

  it('keeps only pledges of the selected themes, and statements that have one', () => {
    const visible = applyFilter(dataset, filter({ themes: ['fintech'] }));
    expect(visible.map((v) => v.statement.speaker.name)).toEqual(['黄拓']);
    expect(visible[0].pledges.every((p) => p.themes.includes('fintech'))).toBe(true);
    expect(visible[0].pledges.length).toBeLessThan(visible[0].statement.pledges.length + 1);
  });

  it('combines district and theme (AND across kinds, OR within a kind)', () => {
    const visible = applyFilter(dataset, filter({ districts: ['luohu'], themes: ['investment', 'consumption'] }));
    expect(visible.map((v) => v.statement.speaker.name)).toEqual(['谭志成', '吕毅']);
    for (const v of visible) {
      expect(v.pledges.every((p) => p.themes.some((t) => t === 'investment' || t === 'consumption'))).toBe(true);
    }
  });

  it('takes a query of dashes alone for no query, on an English page too', () => {
    expect(applyFilter(dataset, filter({ q: '-', lang: 'en' }))).toBe(applyFilter(dataset, filter({ lang: 'en' })));
    expect(applyFilter(dataset, filter({ q: ' — ' }))).toHaveLength(dataset.statements.length);
  });

  it('finds who said 数字人民币 and nobody else', () => {
    expect(names({ q: '数字人民币' })).toEqual(['黄拓']);
  });

  it('counts the pledges a search of the words is about, the same in Chinese as in English', () => {
    const [zh] = applyFilter(dataset, filter({ q: '数字人民币' }));
    const [en] = applyFilter(dataset, filter({ q: 'digital', lang: 'en' }));
    // 黄拓's quote holds 数字人民币, but two of his pledges (the sandbox, Shenzhen–Hong Kong ties) do not.
    expect(zh.pledges.length).toBeLessThan(zh.statement.pledges.length);
    expect(zh.pledges.every((p) => `${p.text}${p.summary.zh}`.includes('数字人民币'))).toBe(true);
    expect(zh.pledges.map((p) => p.id)).toEqual(en.pledges.map((p) => p.id));
  });

  it('keeps every pledge of a statement found by who said it', () => {
    const [huang] = applyFilter(dataset, filter({ q: '黄拓' }));
    expect(huang.pledges).toBe(huang.statement.pledges);
  });

  it('shows a statement whose words match with none of its pledges, when none of them do', () => {
    const visible = applyFilter(dataset, filter({ q: '紧迫感' }));
    expect(visible.length).toBeGreaterThan(0);
    for (const v of visible) {
      expect(`${v.statement.quote ?? ''}${v.statement.reported ?? ''}`).toContain('紧迫感');
      expect(v.pledges.every((p) => `${p.text}${p.summary.zh}`.includes('紧迫感'))).toBe(true);
    }
  });

  it('searches names, units and pledge text as Chinese substrings', () => {
    expect(names({ q: '吕毅' })).toEqual(['吕毅']);
    expect(names({ q: '华强北' })).toEqual(['练佳其']);
    // Only in a pledge summary, not in the quote: the statement shows with just that pledge.
    const visible = applyFilter(dataset, filter({ q: '设置便企服务站' }));
    expect(visible.map((v) => v.statement.speaker.name)).toEqual(['练佳其']);
  });

  it('matches English summaries and units only in English', () => {
    expect(names({ q: 'regulatory sandbox' })).toEqual([]);
    expect(names({ q: 'Regulatory Sandbox', lang: 'en' })).toEqual(['黄拓']);
    expect(names({ q: 'shenzhen bay laboratory', lang: 'en' })).toEqual(['胡晓军']);
  });

  it('finds the motto by its English only in English, where a quote with no pledge is translated', () => {
    const ids = (q: string, lang: 'zh' | 'en') => applyFilter(dataset, filter({ q, lang })).map((v) => v.statement.id);
    expect(ids('reach the clouds', 'en')).toEqual(['collective-motto']);
    expect(ids('reach the clouds', 'zh')).toEqual([]);
  });

  it('filters by section and by speaker group', () => {
    expect(names({ sections: ['opening'] })).toEqual([null, null]);
    expect(names({ groups: ['institution', 'company'] })).toEqual(['胡晓军', '杨学明', '李婷华']);
  });

  it('ignores ids the dataset does not know instead of hiding everything', () => {
    expect(names({ themes: ['no-such-theme'] })).toHaveLength(dataset.statements.length);
    expect(names({ districts: ['nanshan'], sections: ['gone'] })).toEqual(['曹环', '陈炳炎']);
    expect(names({ districts: ['atlantis', 'nanshan'] })).toEqual(['曹环', '陈炳炎']);
  });

  it('filters by a district the dataset adds beyond the ten', () => {
    const shenshan = { ...dataset.districts[0], slug: 'shenshan' };
    const added = {
      ...dataset,
      districts: [...dataset.districts, shenshan],
      statements: dataset.statements.map((s, i) => (i === 0 ? { ...s, district: 'shenshan' } : s)),
    };
    expect(applyFilter(added, filter({ districts: ['shenshan'] })).map((v) => v.statement.id)).toEqual([
      dataset.statements[0].id,
    ]);
  });

  it('returns nothing when nothing matches', () => {
    expect(applyFilter(dataset, filter({ q: '不存在的词语' }))).toEqual([]);
  });

  it('gives the same list for the same filter, so its counts are worked out once', () => {
    const nanshan = applyFilter(dataset, filter({ districts: ['nanshan'] }));
    applyFilter(dataset, filter({ themes: ['fintech'] }));
    expect(applyFilter(dataset, filter({ districts: ['nanshan'] }))).toBe(nanshan);
    // The language matters only to a search.
    expect(applyFilter(dataset, filter({ districts: ['nanshan'], lang: 'en' }))).toBe(nanshan);
    expect(applyFilter(dataset, filter({ q: 'Sandbox', lang: 'en' }))).not.toEqual(
      applyFilter(dataset, filter({ q: 'Sandbox', lang: 'zh' })),
    );
  });

  it('searches ignoring case and full-width forms', () => {
    expect(names({ q: 'ＲＥＧＵＬＡＴＯＲＹ sandbox', lang: 'en' })).toEqual(['黄拓']);
  });
});

describe('exceptPlaces', () => {
  it('drops the chosen districts and speaker groups and keeps every other filter', () => {
    const chosen = filter({ districts: ['nanshan'], groups: ['institution'], themes: ['fintech'], q: '数字' });
    const visible = applyFilter(dataset, exceptPlaces(chosen));
    expect(countByDistrict(visible).get('luohu')?.pledges).toBeGreaterThan(0);
    expect(visible).toBe(applyFilter(dataset, filter({ themes: ['fintech'], q: '数字' })));
  });

  it('gives the very list in view when no place is chosen, so the map counts nothing twice', () => {
    const view = filter({ themes: ['talent'] });
    expect(applyFilter(dataset, exceptPlaces(view))).toBe(applyFilter(dataset, view));
  });
});

describe('counts follow the filter', () => {
  /** Counted pledge by pledge, the plain way, to check the selectors' shortcuts against. */
  function recount(visible: ReturnType<typeof applyFilter>) {
    const byTheme = new Map<string, number>();
    const byPlace = new Map<string, Map<string, number>>();
    for (const { statement, group, pledges } of visible) {
      for (const p of pledges) {
        for (const t of p.themes) {
          byTheme.set(t, (byTheme.get(t) ?? 0) + 1);
          const row = byPlace.get(t) ?? new Map<string, number>();
          row.set(statement.district ?? group, (row.get(statement.district ?? group) ?? 0) + 1);
          byPlace.set(t, row);
        }
      }
    }
    return { byTheme, byPlace };
  }

  it('counts themes the same whether statements show whole or with some pledges left out', () => {
    for (const f of [{}, { districts: ['luohu'] }, { themes: ['investment', 'fintech'] }, { q: '设置便企服务站' }]) {
      const visible = applyFilter(dataset, filter(f));
      const { byTheme, byPlace } = recount(visible);
      expect(countByTheme(visible)).toEqual(byTheme);
      expect(countByThemeAndPlace(visible)).toEqual(byPlace);
    }
  });

  it('counts statements, speakers and pledges per district', () => {
    const counts = countByDistrict(applyFilter(dataset, filter({})));
    expect(counts.get('nanshan')).toEqual({ statements: 2, speakers: 2, pledges: 15 });
    expect(counts.get('baoan')).toBeUndefined();
    const fintechOnly = countByDistrict(applyFilter(dataset, filter({ themes: ['fintech'] })));
    expect([...fintechOnly.keys()]).toEqual(['luohu']);
  });

  it('counts pledges per theme, a pledge once under each of its themes', () => {
    const counts = countByTheme(applyFilter(dataset, filter({})));
    for (const theme of dataset.themes) {
      expect(counts.get(theme.id) ?? 0).toBe(allPledges.filter((p) => p.themes.includes(theme.id)).length);
    }
  });

  it('puts statements without a district under their speaker group', () => {
    const matrix = countByThemeAndPlace(applyFilter(dataset, filter({})));
    // 胡晓军's three pledges and 杨学明's five all carry the innovation theme.
    expect(matrix.get('innovation')?.get('institution')).toBe(8);
    expect(matrix.get('fintech')?.get('luohu')).toBe(7);
  });

  it('summarises the view with the top themes first', () => {
    const summary = summarizeView(dataset, applyFilter(dataset, filter({ districts: ['luohu'] })));
    expect(summary).toMatchObject({ statements: 3, speakers: 3, districts: 1 });
    expect(summary.topThemes[0]).toEqual({ id: 'fintech', count: 7 });
    const counts = summary.topThemes.map((t) => t.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
