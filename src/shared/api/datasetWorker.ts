/**
 * The page's side of the dataset worker (./dataset.worker.ts), which downloads and checks the file so that the
 * page's main thread never holds its bytes. A worker whose code cannot load has fetched nothing: the page then does
 * the work itself.
 */
import type { Decoded } from '../dataset/decode';
import type { Dataset } from '../dataset/schema';
import { primeSearchText } from '../dataset/search';
import { assembler, type DownloadRequest, type Downloaded, type WorkerMessage } from './handOver';
import DATASET_WORKER_URL from './dataset.worker.ts?worker&url';
import { takeDecoder, type DecodeHere } from './decoderHandle';

export interface DatasetWorker {
  /**
   * Resolves once the whole response is in, with the checked dataset to follow, or with null when the worker's code
   * could not load; rejects as fetch() would when the request fails, and with `abort`'s reason when aborted. After
   * a dataset the worker goes on to fold its search text (src/shared/dataset/search.ts), then stops by itself.
   */
  download(request: DownloadRequest, abort: AbortSignal): Promise<Downloaded<Promise<Decoded>> | null>;
  /** Stops it at once; needed only when the download failed or was not wanted. */
  stop(): void;
}

/**
 * Where no worker can start: the worker's own module, run on the page. The single file instead bundles the
 * decoder (it has no worker files beside it; the branch not taken is dropped from each build).
 */
export async function loadDecoderHere(): Promise<DecodeHere> {
  if (import.meta.env.MODE === 'single') {
    const { decodeDataset } = await import('../dataset/decode');
    return async (data, file) => decodeDataset(data, file);
  }
  await import(/* @vite-ignore */ DATASET_WORKER_URL);
  return takeDecoder();
}

/** Null where workers cannot start: from file://, or when the browser or the page's policy refuses them. */
export function startDatasetWorker(): DatasetWorker | null {
  // The single file carries its data inline and runs from file://: no worker code travels with it.
  if (import.meta.env.MODE === 'single') return null;
  let worker: Worker;
  try {
    worker = new Worker(DATASET_WORKER_URL, { type: 'module', name: 'dataset' });
  } catch {
    return null;
  }
  const stop = () => worker.terminate();
  const ready = new Promise<boolean>((resolve) => {
    worker.addEventListener('message', (e: MessageEvent<WorkerMessage>) => e.data.type === 'ready' && resolve(true));
    worker.addEventListener('error', () => resolve(false), { once: true });
  });
  return {
    stop,
    download: (request, abort) =>
      new Promise((resolveDownload, rejectDownload) => {
        let resolveDecoded: (decoded: Decoded) => void = () => {};
        let rejectDecoded: (reason: unknown) => void = () => {};
        const decoded = new Promise<Decoded>((resolve, reject) => {
          resolveDecoded = resolve;
          rejectDecoded = reject;
        });
        let received = false;
        let dataset: Dataset | null = null;
        // Whichever is pending: the download, or the dataset after it.
        const fail = (reason: unknown) => {
          stop();
          (received ? rejectDecoded : rejectDownload)(reason);
        };
        if (abort.aborted) return fail(abort.reason);
        abort.addEventListener('abort', () => fail(abort.reason), { once: true });
        worker.addEventListener('messageerror', () => fail(new Error('dataset worker: a message could not be read')));
        const add = assembler();
        worker.addEventListener('message', ({ data: message }: MessageEvent<WorkerMessage>) => {
          switch (message.type) {
            case 'ready':
              return;
            case 'fetch-failed':
              return fail(Object.assign(new Error(message.message), { name: message.name }));
            case 'crashed':
              return fail(new Error(`dataset worker: ${message.message}`));
            case 'received': {
              const { ok, status, statusText } = message;
              received = true;
              return resolveDownload({ ok, status, statusText, body: decoded });
            }
            default: {
              const done = add(message);
              if (done?.decoded) {
                resolveDecoded(done.decoded);
                dataset = done.decoded.ok ? done.decoded.dataset : null;
              }
              // The worker's work ends with the search texts, or with a file that is no dataset.
              if (dataset && done?.search) primeSearchText(dataset, done.search);
              if (done?.search || done?.decoded?.ok === false) stop();
            }
          }
        });
        void ready.then((loaded) => {
          if (!loaded) return resolveDownload(null);
          // Only now: an error before it means the code did not load, after it that something went wrong in it.
          worker.addEventListener('error', (e) => fail(new Error(`dataset worker: ${e.message}`)));
          worker.postMessage(request);
        });
      }),
  };
}
