import { useEffect, useMemo } from 'react';
import { useDataset, useRetryDataset } from '../shared/api/dataset';
import { applyFilter, type Filter } from '../shared/dataset/filter';
import { describeSource } from '../shared/dataset/format';
import { messagesFor } from '../shared/i18n/messages';
import { pick } from '../shared/i18n/lang';
import { DatasetError, DatasetLoading, DatasetWarning } from '../shared/ui/DatasetStatus';
import { useResolvedScheme } from '../shared/ui/scheme';
import { useViewState } from '../shared/url/useViewState';
import { Dashboard } from './Dashboard';
import { HeaderControls } from './HeaderControls';
import { PresentPage } from './PresentPage';

export function App() {
  const query = useDataset();
  const retry = useRetryDataset();
  const [view, update] = useViewState();
  const presenting = view.mode === 'present';
  const scheme = useResolvedScheme(view.scheme, presenting ? 'dark' : undefined);
  const t = messagesFor(view.lang);
  const dataset = query.data?.dataset;
  const source = dataset?.sources[0];
  // Keyed on the filter alone: a colour-scheme switch must not look like a new filter (it would reset paging).
  const { districts, themes, sections, groups, q, lang } = view;
  const filterKey = JSON.stringify({ districts, themes, sections, groups, q, lang } satisfies Filter);
  const visible = useMemo(
    () => (dataset ? applyFilter(dataset, JSON.parse(filterKey) as Filter) : []),
    [dataset, filterKey],
  );

  useEffect(() => {
    const root = document.documentElement;
    root.lang = view.lang === 'zh' ? 'zh-CN' : 'en';
    root.dataset.scheme = scheme;
    document.title = t.appTitle;
  }, [view.lang, scheme, t.appTitle]);

  if (presenting && query.data) {
    const { dataset: data, dropped } = query.data;
    return (
      <PresentPage dataset={data} visible={visible} view={view} update={update} scheme={scheme} dropped={dropped} />
    );
  }

  return (
    <>
      <header className="masthead">
        <div className="masthead__text">
          <h1 className="masthead__title">{t.appTitle}</h1>
          {source && (
            <p className="masthead__source">
              {describeSource(source, view.lang)}
              {source.date.basis === 'inferred' && <a href="#date-basis">{t.dateInferred}</a>}
            </p>
          )}
        </div>
        <HeaderControls dataset={dataset} visible={visible} view={view} update={update} />
      </header>
      <main className="page">
        {query.data && <DatasetWarning lang={view.lang} issues={query.data.issues} dropped={query.data.dropped} />}
        {dataset ? (
          <Dashboard dataset={dataset} visible={visible} view={view} update={update} scheme={scheme} />
        ) : query.isError ? (
          <DatasetError lang={view.lang} error={query.error} onRetry={() => void retry()} retrying={query.isFetching} />
        ) : query.failureReason ? (
          // A failed attempt that will be retried by itself: say what went wrong now, not after the last try.
          <DatasetError
            lang={view.lang}
            error={query.failureReason}
            onRetry={() => void retry()}
            retrying={false}
            autoRetry={query.failureCount}
          />
        ) : (
          <DatasetLoading lang={view.lang} />
        )}
      </main>
      {dataset && (
        <footer className="colophon">
          <p>{pick(dataset.translationNote, view.lang)}</p>
          {source && source.date.basis === 'inferred' && (
            <p id="date-basis">
              {t.dateBasis}
              {pick(source.date.reason, view.lang)}
            </p>
          )}
          <p>{pick(dataset.districtAttribution, view.lang)}</p>
          <p>
            <a href="data/dataset.json">{t.footer.data}</a> · <a href="data/dataset.schema.json">{t.footer.schema}</a>
          </p>
        </footer>
      )}
    </>
  );
}
