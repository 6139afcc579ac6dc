import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build';
import { realInputs } from '../../../scripts/data/testInputs';
import { applyFilter } from '../../shared/dataset/filter';
import { DEFAULT_VIEW, type ViewState } from '../../shared/url/viewState';
import { countByGroup, groupText, mapLabel } from './labels';
import { cityGroups, mapModel } from './model';
import { PALETTES } from './scale';

const dataset = buildDataset(realInputs());
const view = (patch: Partial<ViewState> = {}) => applyFilter(dataset, { ...DEFAULT_VIEW, ...patch });
/** Pledges quoted from a district, counted straight from the statements (not through the map's code). */
const pledgesOf = (slug: string) =>
  dataset.statements.filter((s) => s.district === slug).reduce((n, s) => n + s.pledges.length, 0);
const light = PALETTES.light;

/** Districts the article quotes someone from, with the number of speakers (read off the article). */
const SPEAKERS = { futian: 2, luohu: 3, nanshan: 2, yantian: 1, longgang: 1, dapeng: 2 };
const WITHOUT_PLEDGES = ['baoan', 'longhua', 'pingshan', 'guangming'];

describe('the map model', () => {
  it('names every district first by its Chinese name, then its speakers and pledges', () => {
    const { districts } = mapModel(dataset, view(), [], 'zh', light);
    const bySlug = new Map(districts.map((d) => [d.slug, d]));
    expect(bySlug.get('nanshan')?.description).toBe(`南山区，2 位发言人，${pledgesOf('nanshan')} 项承诺`);
    for (const [slug, speakers] of Object.entries(SPEAKERS)) {
      const name = dataset.districts.find((d) => d.slug === slug)?.name.zh;
      expect(bySlug.get(slug)?.description).toBe(`${name}，${speakers} 位发言人，${pledgesOf(slug)} 项承诺`);
    }
    expect(bySlug.get('baoan')?.description).toBe('宝安区，暂无承诺');
  });

  it('speaks English with singular and plural when the interface is English', () => {
    const { districts } = mapModel(dataset, view({ lang: 'en' }), [], 'en', light);
    const bySlug = new Map(districts.map((d) => [d.slug, d]));
    expect(bySlug.get('nanshan')?.description).toBe(`Nanshan District, 2 speakers, ${pledgesOf('nanshan')} pledges`);
    expect(bySlug.get('yantian')?.description).toBe(`Yantian District, 1 speaker, ${pledgesOf('yantian')} pledges`);
    expect(bySlug.get('baoan')?.description).toBe("Bao'an District, no pledges");
  });

  it('has all ten districts, in the dataset’s order, the order Tab follows', () => {
    const { districts } = mapModel(dataset, view(), [], 'zh', light);
    expect(districts.map((d) => d.slug)).toEqual(dataset.districts.map((d) => d.slug));
    expect(districts).toHaveLength(10);
  });

  it('shades the six districts with pledges and mutes the four without', () => {
    const { districts } = mapModel(dataset, view(), [], 'zh', light);
    for (const d of districts) {
      if (WITHOUT_PLEDGES.includes(d.slug)) expect(d.fill, d.slug).toBe(light.muted);
      else expect(light.ramp, d.slug).toContain(d.fill);
    }
    // The district with most pledges gets the strongest shade.
    const most = [...districts].sort((a, b) => b.pledges - a.pledges)[0];
    expect(most.fill).toBe(light.ramp.at(-1));
  });

  it('counts only what passes the filter, and says so for districts filtered to nothing', () => {
    const onlyNanshan = view({ districts: ['nanshan'] });
    const { districts, classes } = mapModel(dataset, onlyNanshan, ['nanshan'], 'zh', light);
    const nanshan = districts.find((d) => d.slug === 'nanshan');
    const luohu = districts.find((d) => d.slug === 'luohu');
    expect(nanshan?.selected).toBe(true);
    expect(nanshan?.pledges).toBe(pledgesOf('nanshan'));
    expect(luohu?.selected).toBe(false);
    expect(luohu?.fill).toBe(light.muted);
    expect(luohu?.description).toBe('罗湖区，此图中无承诺');
    expect(classes.at(-1)?.to).toBe(pledgesOf('nanshan'));
  });

  it('labels each shape with the short name and the pledge count', () => {
    const { districts } = mapModel(dataset, view(), [], 'zh', light);
    expect(districts.find((d) => d.slug === 'dapeng')?.label).toEqual({
      name: '大鹏',
      count: String(pledgesOf('dapeng')),
    });
    expect(mapLabel(dataset.districts[0], 1234, 'en')).toEqual({ name: 'Futian', count: '1,234' });
  });
});

describe('the city-level groups beside the map', () => {
  it('lists institutions, companies and the collective quotes, never a district', () => {
    expect(cityGroups(dataset)).toEqual(['institution', 'company', 'collective']);
  });

  it('counts their speakers and pledges from the filtered statements', () => {
    const counts = countByGroup(view());
    const pledges = (group: string) =>
      dataset.statements
        .filter(
          (s) => s.district === null && dataset.unitTypes.find((u) => u.id === s.speaker.unitType)?.group === group,
        )
        .reduce((n, s) => n + s.pledges.length, 0);
    expect(groupText('institution', '市级机构', counts.get('institution'), 'zh')).toBe(
      `市级机构 · 2 位发言人 · ${pledges('institution')} 项承诺`,
    );
    expect(groupText('company', '企业', counts.get('company'), 'zh')).toBe(
      `企业 · 1 位发言人 · ${pledges('company')} 项承诺`,
    );
    // The collective quotes have no named speaker, so the button counts statements.
    expect(groupText('collective', '集体表态', counts.get('collective'), 'zh')).toBe(
      `集体表态 · 2 条发言 · ${pledges('collective')} 项承诺`,
    );
    expect(groupText('company', 'Companies', counts.get('company'), 'en')).toBe(
      `Companies · 1 speaker · ${pledges('company')} ${pledges('company') === 1 ? 'pledge' : 'pledges'}`,
    );
  });

  it('counts nothing for a group the filter leaves out', () => {
    const counts = countByGroup(view({ districts: ['nanshan'] }));
    expect(counts.size).toBe(0);
    expect(groupText('institution', '市级机构', counts.get('institution'), 'zh')).toBe(
      '市级机构 · 0 位发言人 · 0 项承诺',
    );
    // Still statements for the quotes with no named speaker, as without a filter.
    expect(groupText('collective', '集体表态', counts.get('collective'), 'zh')).toBe('集体表态 · 0 条发言 · 0 项承诺');
  });
});
