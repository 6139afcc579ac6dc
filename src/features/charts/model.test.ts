import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build';
import { realInputs } from '../../../scripts/data/testInputs';
import { applyFilter, countByTheme, countByThemeAndPlace } from '../../shared/dataset/filter';
import { DEFAULT_VIEW, type ViewState } from '../../shared/url/viewState';
import { cellSelected, themePlacesModel, themeTotalsModel } from './model';

const dataset = buildDataset(realInputs());
const visibleFor = (view: Partial<ViewState> = {}) => applyFilter(dataset, { ...DEFAULT_VIEW, ...view });

describe('themeTotalsModel', () => {
  const all = visibleFor();
  const model = themeTotalsModel(dataset, all, [], 'zh');

  it('has one row per theme with the shared selector’s counts', () => {
    expect(model.rows).toHaveLength(dataset.themes.length);
    const counts = countByTheme(all);
    for (const row of model.rows) expect(row.count).toBe(counts.get(row.id) ?? 0);
    expect(model.max).toBe(Math.max(...counts.values()));
  });

  it('ranks themes by their count, ties in taxonomy order', () => {
    const taxonomy = dataset.themes.map((t) => t.id);
    for (let i = 1; i < model.rows.length; i += 1) {
      const [a, b] = [model.rows[i - 1], model.rows[i]];
      expect(a.count > b.count || (a.count === b.count && taxonomy.indexOf(a.id) < taxonomy.indexOf(b.id))).toBe(true);
    }
  });

  it('keeps that order while filters change, so a clicked bar does not move away', () => {
    const filtered = themeTotalsModel(dataset, visibleFor({ districts: ['dapeng'] }), [], 'zh');
    expect(filtered.rows.map((r) => r.id)).toEqual(model.rows.map((r) => r.id));
    expect(filtered.rows.map((r) => r.count)).not.toEqual(model.rows.map((r) => r.count));
  });

  it('labels and colours each theme from the taxonomy, in the interface language', () => {
    const en = themeTotalsModel(dataset, all, [], 'en');
    for (const row of en.rows) {
      const theme = dataset.themes.find((t) => t.id === row.id);
      expect(row.label).toBe(theme?.label.en);
      expect(row.color).toBe(theme?.color);
    }
  });

  it('marks selected themes', () => {
    const selected = themeTotalsModel(dataset, visibleFor({ themes: ['talent'] }), ['talent'], 'zh');
    expect(selected.anySelected).toBe(true);
    expect(selected.rows.filter((r) => r.selected).map((r) => r.id)).toEqual(['talent']);
  });
});

describe('themePlacesModel', () => {
  const all = visibleFor();
  const model = themePlacesModel(dataset, all, [], [], 'zh');

  it('has a column for each district with pledges, then city institutions, companies and collective voices', () => {
    expect(model.places.map((p) => p.id)).toEqual([
      'futian',
      'luohu',
      'nanshan',
      'yantian',
      'longgang',
      'dapeng',
      'institution',
      'company',
      'collective',
    ]);
    expect(model.places.map((p) => p.label)).toEqual([
      '福田',
      '罗湖',
      '南山',
      '盐田',
      '龙岗',
      '大鹏',
      '市级机构',
      '企业',
      '集体表态',
    ]);
    const en = themePlacesModel(dataset, all, [], [], 'en');
    expect(en.places.map((p) => p.label).slice(-3)).toEqual(['City institutions', 'Companies', 'Collective voices']);
    expect(en.places[0].label).toBe('Futian');
  });

  it('holds the shared selector’s counts, and each row adds up to the theme’s total', () => {
    const matrix = countByThemeAndPlace(all);
    const totals = countByTheme(all);
    model.rows.forEach((row, r) => {
      model.places.forEach((place, c) => expect(model.counts[r][c]).toBe(matrix.get(row.id)?.get(place.id) ?? 0));
      expect(model.counts[r].reduce((a, b) => a + b, 0)).toBe(totals.get(row.id) ?? 0);
    });
  });

  it('keeps every column while a district filter empties the others', () => {
    const futian = themePlacesModel(dataset, visibleFor({ districts: ['futian'] }), [], ['futian'], 'zh');
    expect(futian.places).toHaveLength(model.places.length);
    const column = futian.places.findIndex((p) => p.id === 'futian');
    futian.counts.forEach((row) => row.forEach((n, c) => c !== column && expect(n).toBe(0)));
    expect(futian.places[column].selected).toBe(true);
  });

  it('marks the cells of the selected theme in the selected district', () => {
    const view = themePlacesModel(dataset, visibleFor(), ['enterprise'], ['futian'], 'zh');
    const row = view.rows.findIndex((r) => r.id === 'enterprise');
    const column = view.places.findIndex((p) => p.id === 'futian');
    expect(cellSelected(view, row, column)).toBe(true);
    expect(cellSelected(view, row, column + 1)).toBe(false);
    expect(cellSelected(model, row, column)).toBe(false);
  });
});
