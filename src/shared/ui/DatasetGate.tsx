import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { LoadedDataset } from '../api/dataset';
import type { Dataset } from '../dataset/schema';
import type { Lang } from '../url/viewState';
import { DatasetError, DatasetLoading, DatasetStale, DatasetWarning } from './DatasetStatus';

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
  if (loaded) {
    return (
      <>
        {query.isError && <DatasetStale lang={lang} error={query.error} />}
        <DatasetWarning lang={lang} issues={loaded.issues} dropped={loaded.dropped} />
        {children(loaded.dataset)}
      </>
    );
  }
  if (query.data) return <DatasetLoading lang={lang} />;
  if (query.isError)
    return <DatasetError lang={lang} error={query.error} onRetry={onRetry} retrying={query.isFetching} />;
  if (query.failureReason) {
    // A failed attempt that will be retried by itself: say what went wrong now, not after the last try.
    return (
      <DatasetError
        lang={lang}
        error={query.failureReason}
        onRetry={onRetry}
        retrying={false}
        autoRetry={query.failureCount}
      />
    );
  }
  return <DatasetLoading lang={lang} />;
}
