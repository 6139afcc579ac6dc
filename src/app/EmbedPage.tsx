import type { UseQueryResult } from '@tanstack/react-query';
import { useRef } from 'react';
import { FullDashboardLink } from '../features/embed/FullDashboardLink';
import { useEmbedDocument } from '../features/embed/useEmbedDocument';
import { useReportHeight } from '../features/embed/useReportHeight';
import type { LoadedDataset } from '../shared/api/dataset';
import type { VisibleStatement } from '../shared/dataset/filter';
import { messagesFor } from '../shared/i18n/messages';
import { DatasetGate } from '../shared/ui/DatasetGate';
import { SourceLine } from '../shared/ui/SourceLine';
import type { ResolvedScheme } from '../shared/ui/scheme';
import type { UpdateViewState } from '../shared/url/useViewState';
import type { ViewState } from '../shared/url/viewState';
import { Dashboard } from './Dashboard';

interface Props {
  query: UseQueryResult<LoadedDataset, Error>;
  loaded: LoadedDataset | undefined;
  onRetry: () => void;
  visible: readonly VisibleStatement[];
  view: ViewState;
  update: UpdateViewState;
  scheme: ResolvedScheme;
}

/** `embed=1`: the dashboard (or one widget of it) without the page's header and footer, for iframes. */
export function EmbedPage({ query, loaded, onRetry, visible, view, update, scheme }: Props) {
  const content = useRef<HTMLElement>(null);
  const t = messagesFor(view.lang);
  const source = loaded?.dataset.sources[0];
  useEmbedDocument(view.background);
  useReportHeight(content);
  return (
    <main ref={content} className="page embed">
      {/* No visible title in an iframe, but screen readers still learn what this frame is. */}
      <h1 className="visually-hidden">{t.appTitle}</h1>
      <DatasetGate query={query} loaded={loaded} onRetry={onRetry} lang={view.lang}>
        {(dataset) => (
          <Dashboard
            dataset={dataset}
            visible={visible}
            view={view}
            update={update}
            scheme={scheme}
            only={view.widget}
          />
        )}
      </DatasetGate>
      {/* Whoever reads the widget in an article learns where its numbers come from. */}
      <footer className="embed__foot">
        {source && (
          <p className="embed__source">
            <SourceLine source={source} lang={view.lang} />
          </p>
        )}
        <FullDashboardLink view={view} />
      </footer>
    </main>
  );
}
