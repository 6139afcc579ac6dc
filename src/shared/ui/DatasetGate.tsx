import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { LoadedDataset } from '../api/dataset';
import type { Dataset } from '../dataset/schema';
import type { Lang } from '../url/viewState';
import { DatasetEmpty, DatasetError, DatasetLoading, DatasetStale, DatasetWarning } from './DatasetStatus';

interface Props {
  query: UseQueryResult<LoadedDataset, Error>;
  /** The data to show: `query.data`, or the previous data while a deferred render of the new data runs. */
  loaded: LoadedDataset | undefined;
  onRetry: () => void;
  lang: Lang;
  /** What to show once there is data; every page (dashboard, embed) gets the same statuses around it. */
  children: (dataset: Dataset) => ReactNode;
}

export function DatasetGate({ query, loaded, onRetry, lang, children }: Props) {
  // A retry of a file that never loaded starts over with no error in react-query's state: the last failure stays
  // on screen meanwhile, or its message and the Retry button that was pressed (and its focus) would vanish.
  const failure = query.error ?? query.failureReason;
  const [lastFailure, setLastFailure] = useState<Error | null>(null);
  if (failure && failure !== lastFailure) setLastFailure(failure);

  if (loaded) {
    return (
      <>
        {query.isError && <DatasetStale lang={lang} error={query.error} />}
        <DatasetWarning
          lang={lang}
          issues={loaded.issues}
          dropped={loaded.dropped}
          kept={loaded.dataset.statements.length}
        />
        {loaded.dataset.statements.length > 0 ? children(loaded.dataset) : <DatasetEmpty lang={lang} />}
      </>
    );
  }
  const error = failure ?? lastFailure;
  if (query.data || !error) return <DatasetLoading lang={lang} />;
  return (
    <DatasetError
      lang={lang}
      error={error}
      onRetry={onRetry}
      retrying={query.isFetching && !failure}
      // A failed attempt that will be retried by itself: say what went wrong now, not after the last try.
      autoRetry={!query.isError && failure ? query.failureCount : undefined}
    />
  );
}
