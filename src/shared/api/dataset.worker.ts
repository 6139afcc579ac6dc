/**
 * The dataset worker: downloads the file, decodes, parses and validates it off the main thread (at 1000× data
 * that is seconds of work), then hands the result over in slices (./handOver.ts). Started by ./datasetWorker.ts.
 *
 * Where no worker can start, the page imports this same module and takes its decoder (./decoderHandle.ts):
 * so Zod and the schema ship once, in the worker's files, and the page's own bundle carries none of them.
 */
import { offerDecoder } from './decoderHandle';
import { DATASET_REQUEST, handOverMessages, type DownloadRequest, type WorkerMessage } from './handOver';

const post = (message: WorkerMessage) => self.postMessage(message);

// Zod and the schema load while the file downloads.
const decoder = import('../dataset/decode');
// Awaited only once the file is in: should this load fail first (offline), the failure belongs to that await
// (a failed load the page retries), not to the page's console as an unhandled rejection.
decoder.catch(() => {});

async function load({ url, file }: DownloadRequest) {
  let response: Response;
  let bytes: ArrayBuffer;
  try {
    response = await fetch(url, DATASET_REQUEST);
    bytes = await response.arrayBuffer();
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    post({ type: 'fetch-failed', name, message });
    return;
  }
  const { ok, status, statusText } = response;
  post({ type: 'received', ok, status, statusText });
  if (!ok) return;
  const { decodeDataset } = await decoder;
  for (const message of handOverMessages(decodeDataset(bytes, file))) post(message);
}

// Only in a worker: imported by the page, this module must not listen to or post on the window.
if ('WorkerGlobalScope' in globalThis) {
  self.addEventListener('message', (event: MessageEvent<DownloadRequest>) => {
    load(event.data).catch((error: unknown) => post({ type: 'crashed', message: String(error) }));
  });
  post({ type: 'ready' });
} else {
  // A worker's bundle keeps no exports, so the page finds the decoder under a registered key instead.
  offerDecoder(async (data, file) => (await decoder).decodeDataset(data, file));
}
