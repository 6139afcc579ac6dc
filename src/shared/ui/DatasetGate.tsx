import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { LoadedDataset } from '../api/dataset';
import type { Dataset } from '../dataset/schema';
import type { Lang } from '../url/viewState';
import { DatasetError, DatasetLoading, DatasetStale, DatasetWarning } from './DatasetStatus';

interface Props {
  query: UseQueryResult<LoadedDataset, Error>;
  onRetry: () => void;
  lang: Lang;
  /** What to show once there is data; every page (dashboard, embed) gets the same statuses around it. */
  children: (dataset: Dataset) => ReactNode;
}

export function DatasetGate({ query, onRetry, lang, children }: Props) {
  if (query.data) {
    return (
      <>
        {query.isError && <DatasetStale lang={lang} error={query.error} />}
        <DatasetWarning lang={lang} issues={query.data.issues} dropped={query.data.dropped} />
        {children(query.data.dataset)}
      </>
    );
  }
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
