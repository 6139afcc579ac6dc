/** The app's one way to the data: fetch `data/dataset.json` next to the page, check it, cache it. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { DataIssue } from '../dataset/locate';
import type { Dataset } from '../dataset/schema';
import { validateDataset } from '../dataset/validate';
import { inlineData } from './inline';
import { STALE_MS, type RefreshPolicy } from './refresh';

/** Relative to the page, so a replaced file on the server is picked up without a rebuild. */
export const DATASET_PATH = 'data/dataset.json';

export type DatasetErrorKind = 'offline' | 'network' | 'timeout' | 'http' | 'json' | 'invalid';

/** A stalled server gets this long before the reader is told and a retry starts. */
export const FETCH_TIMEOUT_MS = 15_000;

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
    if (this.kind === 'http') return !this.detail.startsWith('4');
    return this.kind === 'offline' || this.kind === 'network' || this.kind === 'timeout';
  }
}

export interface LoadedDataset {
  dataset: Dataset;
  /** Problems with statements that were left out; empty when the file is entirely valid. */
  issues: DataIssue[];
  dropped: number;
}

/** The file's text, with a timeout and errors that say what went wrong. */
async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  // A plain timer rather than AbortSignal.timeout(), so tests can drive it with a fake clock.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, FETCH_TIMEOUT_MS);
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort);
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timedOut) throw new DatasetLoadError('timeout', url, `${FETCH_TIMEOUT_MS / 1000} s`);
    throw new DatasetLoadError(navigator.onLine ? 'network' : 'offline', url, String(error));
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
  if (!response.ok) throw new DatasetLoadError('http', url, `${response.status} ${response.statusText}`.trim());
  return text;
}

export async function fetchDataset(signal?: AbortSignal): Promise<LoadedDataset> {
  const url = new URL(DATASET_PATH, document.baseURI).href;
  const text = inlineData('dataset') ?? (await fetchText(url, signal));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetLoadError('json', url, (error as Error).message);
  }
  const result = validateDataset(json, DATASET_PATH);
  if (!result.ok) throw new DatasetLoadError('invalid', url, `${result.issues.length} problem(s)`, result.issues);
  return { dataset: result.dataset, issues: result.issues, dropped: result.dropped };
}

const MAX_AUTOMATIC_RETRIES = 3;

const DATASET_KEY = ['dataset'];

/**
 * A replaced file on the server is picked up as the policy says; a refetch that fails keeps the last good
 * data (react-query keeps `data` beside the new `error`), so the page never empties under the reader.
 */
export function useDataset(policy: RefreshPolicy) {
  return useQuery<LoadedDataset, Error>({
    queryKey: DATASET_KEY,
    queryFn: ({ signal }) => fetchDataset(signal),
    retry: (failures, error) =>
      error instanceof DatasetLoadError && error.transient && failures < MAX_AUTOMATIC_RETRIES,
    staleTime: STALE_MS,
    refetchInterval: policy.intervalMs,
    refetchOnWindowFocus: policy.onFocus,
  });
}

/**
 * "Retry" means now: react-query's refetch() would wait for a pending automatic retry's backoff,
 * so the pending attempt is cancelled first.
 */
export function useRetryDataset() {
  const client = useQueryClient();
  return useCallback(async () => {
    await client.cancelQueries({ queryKey: DATASET_KEY });
    await client.refetchQueries({ queryKey: DATASET_KEY });
  }, [client]);
}
