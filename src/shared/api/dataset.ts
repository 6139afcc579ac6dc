/** The app's one way to the data: fetch `data/dataset.json` next to the page, check it, cache it. */
import { useQuery } from '@tanstack/react-query';
import type { DataIssue } from '../dataset/locate';
import type { Dataset } from '../dataset/schema';
import { validateDataset } from '../dataset/validate';

/** Relative to the page, so a replaced file on the server is picked up without a rebuild. */
export const DATASET_PATH = 'data/dataset.json';

export type DatasetErrorKind = 'offline' | 'network' | 'http' | 'json' | 'invalid';

export class DatasetLoadError extends Error {
  constructor(
    readonly kind: DatasetErrorKind,
    readonly url: string,
    readonly detail: string,
    readonly issues: DataIssue[] = [],
  ) {
    super(`${url}: ${detail}`);
    this.name = 'DatasetLoadError';
  }

  /** Worth retrying by itself: the server or network may recover; a 404 or a broken file will not. */
  get transient(): boolean {
    return this.kind === 'offline' || this.kind === 'network' || (this.kind === 'http' && !this.detail.startsWith('4'));
  }
}

export interface LoadedDataset {
  dataset: Dataset;
  /** Problems with statements that were left out; empty when the file is entirely valid. */
  issues: DataIssue[];
  dropped: number;
}

export async function fetchDataset(signal?: AbortSignal): Promise<LoadedDataset> {
  const url = new URL(DATASET_PATH, document.baseURI).href;
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetLoadError(navigator.onLine ? 'network' : 'offline', url, String(error));
  }
  if (!response.ok) throw new DatasetLoadError('http', url, `${response.status} ${response.statusText}`.trim());
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new DatasetLoadError('json', url, (error as Error).message);
  }
  const result = validateDataset(json, DATASET_PATH);
  if (!result.ok) throw new DatasetLoadError('invalid', url, `${result.issues.length} problem(s)`, result.issues);
  return { dataset: result.dataset, issues: result.issues, dropped: result.dropped };
}

const MAX_AUTOMATIC_RETRIES = 3;

export function useDataset() {
  return useQuery<LoadedDataset, Error>({
    queryKey: ['dataset'],
    queryFn: ({ signal }) => fetchDataset(signal),
    retry: (failures, error) =>
      error instanceof DatasetLoadError && error.transient && failures < MAX_AUTOMATIC_RETRIES,
    staleTime: Infinity,
  });
}
