/** The app's one way to the data: fetch `data/dataset.json` next to the page and check it (in a worker), cache it. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Decoded } from '../dataset/decode';
import type { DataIssue } from '../dataset/locate';
import type { Dataset } from '../dataset/schema';
import { loadDecoderHere, startDatasetWorker, type DatasetWorker } from './datasetWorker';
import { DATASET_REQUEST, type Downloaded } from './handOver';
import { inlineData } from './inline';
import { keepUnchanged, STALE_MS, type RefreshPolicy } from './refresh';

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

  /**
   * Worth retrying by itself (three times, backing off). A file being replaced on the server can be missing (404)
   * or half written (not JSON) for a moment, as a server, a proxy (any 4xx or 5xx) or the network can fail for one;
   * a file that parses but breaks the schema was written that way, and its message names what to fix.
   */
  get retriable(): boolean {
    return this.kind !== 'invalid';
  }
}

export interface LoadedDataset {
  dataset: Dataset;
  /** Problems with statements that were left out; empty when the file is entirely valid. */
  issues: DataIssue[];
  dropped: number;
  /** Equal for equal files (src/shared/dataset/decode.ts). */
  fingerprint: string;
}

/** A download of the file, by the page or by the dataset worker, with a timeout and errors that say what went wrong. */
async function download<T>(
  url: string,
  signal: AbortSignal | undefined,
  start: (abort: AbortSignal) => Promise<Downloaded<T>>,
): Promise<T> {
  // A plain timer rather than AbortSignal.timeout(), so tests can drive it with a fake clock.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, FETCH_TIMEOUT_MS);
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort);
  let downloaded: Downloaded<T>;
  try {
    downloaded = await start(controller.signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timedOut) throw new DatasetLoadError('timeout', url, `${FETCH_TIMEOUT_MS / 1000} s`);
    throw new DatasetLoadError(navigator.onLine ? 'network' : 'offline', url, String(error));
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
  if (!downloaded.ok) throw new DatasetLoadError('http', url, `${downloaded.status} ${downloaded.statusText}`.trim());
  return downloaded.body;
}

async function fetchHere(url: string, abort: AbortSignal): Promise<Downloaded<ArrayBuffer>> {
  const response = await fetch(url, { ...DATASET_REQUEST, signal: abort });
  const { ok, status, statusText } = response;
  return { ok, status, statusText, body: await response.arrayBuffer() };
}

/** Where no worker can start. Zod is loaded only now, so the first view never waits for it. */
async function decodeHere(data: ArrayBuffer | string): Promise<Decoded> {
  const decodeDataset = await loadDecoderHere();
  return decodeDataset(data, DATASET_PATH);
}

/**
 * In the dataset worker where one starts: at 1000× data, reading, parsing and validating the file take the page's
 * main thread seconds (src/shared/api/handOver.ts). Under the timeout from the start: the worker's loading counts.
 */
async function downloadAndDecode(
  url: string,
  worker: DatasetWorker | null,
  abort: AbortSignal,
): Promise<Downloaded<() => Promise<Decoded>>> {
  const inWorker = await worker?.download({ url, file: DATASET_PATH }, abort);
  if (inWorker) return { ...inWorker, body: () => inWorker.body };
  const here = await fetchHere(url, abort);
  return { ...here, body: () => decodeHere(here.body) };
}

async function decode(url: string, signal?: AbortSignal): Promise<Decoded> {
  const inline = inlineData('dataset');
  // The single file runs from file://, where workers cannot start, and its data is already in the page.
  if (inline !== null) return decodeHere(inline);
  const worker = startDatasetWorker();
  try {
    const decodeBody = await download(url, signal, (abort) => downloadAndDecode(url, worker, abort));
    return await decodeBody();
  } catch (error) {
    worker?.stop();
    throw error;
  }
}

export async function fetchDataset(signal?: AbortSignal): Promise<LoadedDataset> {
  const url = new URL(DATASET_PATH, document.baseURI).href;
  const result = await decode(url, signal);
  if (result.ok) {
    const { dataset, issues, dropped, fingerprint } = result;
    return { dataset, issues, dropped, fingerprint };
  }
  if (result.kind === 'json') throw new DatasetLoadError('json', url, result.detail);
  throw new DatasetLoadError('invalid', url, `${result.issues.length} problem(s)`, result.issues);
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
      error instanceof DatasetLoadError && error.retriable && failures < MAX_AUTOMATIC_RETRIES,
    staleTime: STALE_MS,
    // Instead of react-query's object-by-object comparison, which blocks the page for seconds at 1000× data: an
    // unchanged file keeps the dataset the page has, so no view resets (the timeline its paging, say).
    structuralSharing: (old, next) => keepUnchanged(old as LoadedDataset | undefined, next as LoadedDataset),
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
