import { DEFAULT_VIEW, serializeViewState, type ViewState } from '../../shared/url/viewState';

/** The same view un-embedded: filters, language, scheme and refresh stay; the embed's own parameters go. */
export function fullDashboardHref(view: ViewState, location: Pick<Location, 'pathname' | 'search' | 'hash'>): string {
  const full: ViewState = { ...view, embed: false, widget: null, background: DEFAULT_VIEW.background };
  return `${location.pathname}${serializeViewState(full, location.search)}${location.hash}`;
}
