import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  INTERVAL,
  LEAVE_PRESENTATION,
  MAX_QUERY_LENGTH,
  parseViewState,
  serializeViewState,
} from './viewState';

describe('parseViewState', () => {
  it('reads any well-formed district slug: the dataset, not the URL, knows which districts there are', () => {
    expect(parseViewState('?district=shenshan,futian').districts).toEqual(['shenshan', 'futian']);
  });

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
      `?district=futian,<b>,FUTIAN,a_b&district=luohu&lang=fr&scheme=neon&group=aliens,company&theme=<script>&q=${'长'.repeat(500)}&x=1`,
    );
    expect(state.districts).toEqual(['futian', 'luohu']);
    expect(state.lang).toBe('zh');
    expect(state.scheme).toBe('system');
    expect(state.groups).toEqual(['company']);
    expect(state.themes).toEqual([]);
    expect(state.q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('drops over-long ids and keeps at most 50 of a list', () => {
    const many = Array.from({ length: 80 }, (_, i) => `theme-${i}`);
    expect(parseViewState(`?theme=${many.join(',')}`).themes).toEqual(many.slice(0, 50));
    expect(parseViewState(`?theme=${'a'.repeat(65)},fintech&section=${'b'.repeat(64)}`)).toMatchObject({
      themes: ['fintech'],
      sections: ['b'.repeat(64)],
    });
  });

  it('reads the meeting-room and embed parameters, ignoring odd values', () => {
    expect(parseViewState('?mode=PRESENT&interval=1&slide=4&loop=true')).toMatchObject({
      mode: 'present',
      interval: 1,
      slide: 4,
      loop: true,
    });
    for (const interval of ['0', '-3', '0.1', '1e3', 'NaN', 'Infinity', '99999', '12abc', ' ']) {
      expect(parseViewState(`?mode=present&interval=${interval}`).interval).toBe(INTERVAL.default);
    }
    for (const slide of ['0', '-1', '2.5', 'x', '999999']) {
      expect(parseViewState(`?slide=${slide}`).slide).toBeNull();
    }
    expect(parseViewState('?mode=kiosk&loop=2&embed=no&view=chart&bg=pink&refresh=1')).toMatchObject({
      mode: 'dashboard',
      loop: false,
      embed: false,
      widget: null,
      background: 'page',
      refresh: null,
    });
    expect(parseViewState('?embed=1&view=Timeline&bg=transparent&refresh=300')).toMatchObject({
      embed: true,
      widget: 'timeline',
      background: 'transparent',
      refresh: 300,
    });
  });

  it('keeps of a search only what the source could hold', () => {
    // Not valid percent-encoding: the browser decodes it to U+FFFD, which no quote contains.
    expect(parseViewState('?q=%E0%A4%A').q).toBe('');
    expect(parseViewState('?q=%00%01%02').q).toBe('');
    expect(parseViewState('?q=%E2%80%AE%E6%95%B0%E5%AD%97%20%E4%BA%BA%E6%B0%91%E5%B8%81').q).toBe('数字 人民币');
    expect(parseViewState('?q=%E6%95%B0%09%E5%AD%97').q).toBe('数 字');
    // Cut at 100 characters, not inside the surrogate pair of the 100th.
    const cut = parseViewState(`?q=${encodeURIComponent('长'.repeat(99) + '😀😀')}`).q;
    expect([...cut]).toHaveLength(MAX_QUERY_LENGTH);
    expect(cut.endsWith('😀')).toBe(true);
    expect(serializeViewState({ ...DEFAULT_VIEW, q: '\u202e数字' })).toBe(`?q=${encodeURIComponent('数字')}`);
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

  it('keeps parameters it does not know', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, lang: 'en' }, '?utm=x&lang=zh')).toBe('?utm=x&lang=en');
  });

  it('round-trips the meeting-room and embed parameters', () => {
    const state = {
      ...DEFAULT_VIEW,
      mode: 'present' as const,
      interval: 0.5,
      slide: 3,
      loop: true,
      embed: true,
      widget: 'map' as const,
      background: 'transparent' as const,
      refresh: 60,
    };
    const search = serializeViewState(state);
    expect(search).toBe('?mode=present&interval=0.5&slide=3&loop=1&embed=1&view=map&bg=transparent&refresh=60');
    expect(parseViewState(search)).toEqual(state);
  });

  it('drops the presentation parameters when leaving it, keeping the filter', () => {
    const before = parseViewState('?district=nanshan&mode=present&interval=5&slide=2&loop=1');
    expect(serializeViewState({ ...before, ...LEAVE_PRESENTATION })).toBe('?district=nanshan');
  });
});
