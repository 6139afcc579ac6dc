import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build';
import { realInputs } from '../../../scripts/data/testInputs';
import { foldForSearch, matches, primeSearchText, searchHits, searchTextOf, statementSearchText } from './search';

const dataset = buildDataset(realInputs());

describe('search text', () => {
  it('folds width and case, so ＡＢＣ, abc and ABC find each other', () => {
    expect(foldForSearch('ＡＢＣ')).toBe('abc');
    expect(foldForSearch('Shenzhen Bay')).toBe('shenzhen bay');
  });

  it('takes a hyphen or dash for a space, so "digital RMB" finds our "digital-RMB"', () => {
    expect(foldForSearch('digital-RMB')).toBe(foldForSearch('digital RMB'));
    expect(foldForSearch('Shenzhen–Hong Kong')).toBe('shenzhen hong kong');
    const huang = dataset.statements.find((s) => s.id === 'huang-tuo');
    if (!huang) throw new Error('no huang-tuo in the dataset');
    const pledges = statementSearchText(huang).pledges;
    expect(pledges.some((p) => matches(p, foldForSearch('digital RMB'), 'en'))).toBe(true);
  });

  it('looks at English fields only on an English page', () => {
    const text = { zh: foldForSearch('金融科技'), en: foldForSearch('Fintech') };
    expect(matches(text, '金融', 'zh')).toBe(true);
    expect(matches(text, 'fintech', 'zh')).toBe(false);
    expect(matches(text, 'fintech', 'en')).toBe(true);
    expect(matches(text, '金融', 'en')).toBe(true);
  });

  it('finds a speaker by our romanised name on an English page', () => {
    const huang = dataset.statements.find((s) => s.id === 'huang-tuo');
    if (!huang) throw new Error('no huang-tuo in the dataset');
    const { speaker } = statementSearchText(huang);
    expect(matches(speaker, foldForSearch('Huang Tuo'), 'en')).toBe(true);
    expect(matches(speaker, foldForSearch('Huang Tuo'), 'zh')).toBe(false);
    expect(matches(speaker, '黄拓', 'zh')).toBe(true);
  });

  it('holds one text per statement and per pledge, prepared once per dataset', () => {
    const texts = searchTextOf(dataset);
    expect(texts).toHaveLength(dataset.statements.length);
    expect(searchTextOf(dataset)).toBe(texts);
    dataset.statements.forEach((s, i) => expect(texts[i].pledges).toHaveLength(s.pledges.length));
  });

  it('takes texts prepared elsewhere (by the dataset worker) for a dataset that has none yet', () => {
    const copy = structuredClone(dataset);
    const prepared = copy.statements.map(statementSearchText);
    primeSearchText(copy, prepared);
    expect(searchTextOf(copy)).toBe(prepared);
    expect(prepared).toEqual(searchTextOf(dataset));
  });

  it('refuses texts that do not match the statements one for one', () => {
    const copy = structuredClone(dataset);
    expect(() => primeSearchText(copy, copy.statements.slice(1).map(statementSearchText))).toThrow(/search texts/);
  });
});

describe('searchHits', () => {
  const at = (text: string, query: string) => searchHits(text, query).map((h) => text.slice(h.start, h.end));

  it('finds every place a query stands, folded as the search box folds', () => {
    expect(at('推出i南山平台，i南山企业服务', 'ｉ南山')).toEqual(['i南山', 'i南山']);
    expect(at('Shenzhen Bay Lab', 'bay')).toEqual(['Bay']);
    expect(at('ＡＢＣ与abc', 'abc')).toEqual(['ＡＢＣ', 'abc']);
    expect(searchHits('推出i南山平台', '数字人民币')).toEqual([]);
  });

  it('maps hits back to the characters shown where folding changes a length', () => {
    // ㎡ folds to "m2", two characters: the hit still spans the one character on the page.
    expect(at('面积100㎡以上', 'm2')).toEqual(['㎡']);
    expect(at('面积100㎡以上', '0m')).toEqual(['0㎡']);
    // A character outside the Basic Multilingual Plane is two code units and stays whole.
    expect(at('𠀋字号', '𠀋字')).toEqual(['𠀋字']);
  });

  it('marks a hyphenated word when a space was typed, and the other way round', () => {
    expect(at('around digital-RMB consumption', 'Digital RMB')).toEqual(['digital-RMB']);
    expect(at('the digital RMB', 'digital-rmb')).toEqual(['digital RMB']);
  });

  it('finds nothing for an empty or blank query, or one of dashes alone', () => {
    expect(searchHits('任何文字', '')).toEqual([]);
    expect(searchHits('任何文字', '  ')).toEqual([]);
    expect(searchHits('a b-c', '-')).toEqual([]);
    expect(searchHits('a b-c', ' — ')).toEqual([]);
  });
});
