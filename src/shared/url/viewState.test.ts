import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, MAX_QUERY_LENGTH, parseViewState, serializeViewState } from './viewState';

describe('parseViewState', () => {
  it('reads the URL contract', () => {
    expect(parseViewState('?district=futian,luohu&theme=fintech&q=数字人民币&lang=en&scheme=dark')).toEqual({
      ...DEFAULT_VIEW,
      districts: ['futian', 'luohu'],
      themes: ['fintech'],
      q: '数字人民币',
      lang: 'en',
      scheme: 'dark',
    });
  });

  it('ignores unknown, invalid, repeated and over-long values', () => {
    const state = parseViewState(
      `?district=futian,atlantis,FUTIAN&district=luohu&lang=fr&scheme=neon&group=aliens,company&theme=<script>&q=${'长'.repeat(500)}&x=1`,
    );
    expect(state.districts).toEqual(['futian', 'luohu']);
    expect(state.lang).toBe('zh');
    expect(state.scheme).toBe('system');
    expect(state.groups).toEqual(['company']);
    expect(state.themes).toEqual([]);
    expect(state.q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('never throws on malformed input', () => {
    for (const search of ['?%E0%A4%A', '?&&&=', '?district', '?q=%', '??district=nanshan']) {
      expect(() => parseViewState(search)).not.toThrow();
    }
  });
});

describe('serializeViewState', () => {
  it('round-trips, leaves defaults out and keeps commas readable', () => {
    const state = { ...DEFAULT_VIEW, districts: ['nanshan', 'luohu'], themes: ['hk'], q: '数字' };
    const search = serializeViewState(state);
    expect(search).toBe('?district=nanshan,luohu&theme=hk&q=%E6%95%B0%E5%AD%97');
    expect(parseViewState(search)).toEqual(state);
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
  });

  it('keeps parameters owned by other features', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, lang: 'en' }, '?mode=present&interval=10&lang=zh')).toBe(
      '?mode=present&interval=10&lang=en',
    );
  });
});
