import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewState } from '../url/viewState';
import { keepUnchanged, PRESENT_REFRESH_S, refreshPolicy } from './refresh';

const policyFor = (search: string) => refreshPolicy(parseViewState(search));

describe('refreshPolicy', () => {
  it('refetches a desk dashboard when the reader comes back, not on a timer', () => {
    expect(refreshPolicy(DEFAULT_VIEW)).toEqual({ intervalMs: false, onFocus: true });
  });

  it('leaves an embed alone unless the URL asks for a refresh', () => {
    expect(policyFor('?embed=1&view=map')).toEqual({ intervalMs: false, onFocus: false });
    expect(policyFor('?embed=1&refresh=30')).toEqual({ intervalMs: 30_000, onFocus: true });
  });

  it('checks a meeting-room screen by itself, at the URL’s pace when it gives one', () => {
    expect(policyFor('?mode=present')).toEqual({ intervalMs: PRESENT_REFRESH_S * 1000, onFocus: true });
    expect(policyFor('?mode=present&refresh=60')).toEqual({ intervalMs: 60_000, onFocus: true });
  });

  it('ignores a refresh the contract rejects (too short, not whole seconds)', () => {
    expect(policyFor('?refresh=1').intervalMs).toBe(false);
    expect(policyFor('?refresh=7.5').intervalMs).toBe(false);
    expect(policyFor('?embed=1&refresh=2').intervalMs).toBe(false);
  });
});

describe('a refetched dataset', () => {
  const loaded = (fingerprint: string) => ({ fingerprint, dataset: {} });

  it('is the one the page already has when the file is unchanged, so no view starts over', () => {
    const old = loaded('a');
    expect(keepUnchanged(old, loaded('a'))).toBe(old);
  });

  it('replaces it when the file changed, and is taken as it is the first time', () => {
    const next = loaded('b');
    expect(keepUnchanged(loaded('a'), next)).toBe(next);
    expect(keepUnchanged(undefined, next)).toBe(next);
  });
});
