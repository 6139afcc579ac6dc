import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useDataset, useRetryDataset } from '../shared/api/dataset';
import { isSingleFile } from '../shared/api/inline';
import { refreshPolicy } from '../shared/api/refresh';
import { applyFilter, type Filter } from '../shared/dataset/filter';
import { messagesFor } from '../shared/i18n/messages';
import { pick } from '../shared/i18n/lang';
import { DatasetGate } from '../shared/ui/DatasetGate';
import { useResolvedScheme } from '../shared/ui/scheme';
import { useViewState } from '../shared/url/useViewState';
import { Dashboard } from './Dashboard';
import { EmbedPage } from './EmbedPage';
import { HeaderControls } from './HeaderControls';
import { PresentPage } from './PresentPage';
import { PresentWait } from './PresentWait';
import { Unhyphenated } from '../shared/ui/KeepTogether';
import { SourceLine } from '../shared/ui/SourceLine';

export function App() {
  const [view, update] = useViewState();
  const query = useDataset(refreshPolicy(view));
  const retry = useRetryDataset();
  const presenting = view.mode === 'present';
  // Whoever leaves the presentation (Esc, its exit button, Back) lands on the button that starts it again, not on
  // an unfocused page where the next Tab starts from the top.
  const [wasPresenting, setWasPresenting] = useState(presenting);
  const [backFromPresentation, setBackFromPresentation] = useState(false);
  if (wasPresenting !== presenting) {
    setWasPresenting(presenting);
    setBackFromPresentation(wasPresenting);
  }
  const scheme = useResolvedScheme(view.scheme, presenting ? 'dark' : undefined);
  const t = messagesFor(view.lang);
  // Deferred: the first render with data (or a large new file) happens in a time-sliced background render,
  // so the main thread is never blocked for the whole page at once; until then the loading state stays.
  const loaded = useDeferredValue(query.data);
  const dataset = loaded?.dataset;
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

  // A file with no statement to show gets the gate's word for it, not a story of empty slides.
  if (presenting && loaded && loaded.dataset.statements.length > 0) {
    const { dataset: data, dropped } = loaded;
    return (
      <PresentPage
        dataset={data}
        visible={visible}
        view={view}
        update={update}
        scheme={scheme}
        dropped={dropped}
        updateFailed={query.isError}
      />
    );
  }

  if (presenting)
    return (
      <PresentWait lang={view.lang}>
        <DatasetGate query={query} loaded={loaded} onRetry={() => void retry()} lang={view.lang}>
          {/* Never reached: with statements, the story shows instead (above). */}
          {() => null}
        </DatasetGate>
      </PresentWait>
    );

  if (view.embed)
    return (
      <EmbedPage
        query={query}
        loaded={loaded}
        onRetry={() => void retry()}
        visible={visible}
        view={view}
        update={update}
        scheme={scheme}
      />
    );
  return (
    <>
      <header className="masthead">
        <div className="masthead__text">
          <h1 className="masthead__title">
            <Unhyphenated text={t.appTitle} />
          </h1>
          {/* Empty until the data comes, holding its lines so that nothing below jumps when it fills in. */}
          <p className="masthead__source">
            {source && <SourceLine source={source} lang={view.lang} basisHref="#date-basis" />}
          </p>
        </div>
        <HeaderControls
          dataset={dataset}
          visible={visible}
          view={view}
          update={update}
          focusPresent={backFromPresentation}
        />
      </header>
      <main className="page">
        <DatasetGate query={query} loaded={loaded} onRetry={() => void retry()} lang={view.lang}>
          {(dataset) => <Dashboard dataset={dataset} visible={visible} view={view} update={update} scheme={scheme} />}
        </DatasetGate>
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
          {!isSingleFile() && (
            <p>
              <a href="data/dataset.json">{t.footer.data}</a> · <a href="data/dataset.schema.json">{t.footer.schema}</a>
            </p>
          )}
        </footer>
      )}
    </>
  );
}
