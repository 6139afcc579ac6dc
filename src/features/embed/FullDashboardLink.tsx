import type { ViewState } from '../../shared/url/viewState';
import { fullDashboardHref } from './fullDashboard';
import { embedMessages } from './messages';

export function FullDashboardLink({ view }: { view: ViewState }) {
  const t = embedMessages(view.lang);
  return (
    <p className="embed__full">
      {/* A new tab: the host page stays where the reader left it. */}
      <a href={fullDashboardHref(view, window.location)} target="_blank" rel="noopener">
        {t.openFull}
        <span aria-hidden="true"> ↗</span>
        <span className="visually-hidden">{t.newTab}</span>
      </a>
    </p>
  );
}
