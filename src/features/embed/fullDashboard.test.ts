import { describe, expect, it } from 'vitest';
import { parseViewState } from '../../shared/url/viewState';
import { fullDashboardHref } from './fullDashboard';

const hrefFor = (search: string, pathname = '/portal/apps/pledges/') =>
  fullDashboardHref(parseViewState(search), { pathname, search, hash: '' });

describe('fullDashboardHref', () => {
  it('keeps the filters, language and scheme and drops embed, view and bg', () => {
    expect(hrefFor('?embed=1&view=map&bg=transparent&district=nanshan,futian&lang=en&scheme=dark')).toBe(
      '/portal/apps/pledges/?district=nanshan,futian&lang=en&scheme=dark',
    );
  });

  it('stays under the sub-path it was served from, and keeps parameters it does not own', () => {
    expect(hrefFor('?embed=1&view=timeline&q=数字人民币&utm=portal', '/x/index.html')).toBe(
      `/x/index.html?utm=portal&q=${encodeURIComponent('数字人民币')}`,
    );
  });

  it('is the bare page when the embed set nothing else', () => {
    expect(hrefFor('?embed=1')).toBe('/portal/apps/pledges/');
  });
});
