/**
 * What the page and the dataset worker say to each other. The worker downloads the file itself: reading a 40 MB
 * body (1000× data) on the page costs it a long task, even when the bytes are then handed to a worker. And the
 * page deserializes each message in one go, so one message holding 40 MB of statements would be another long
 * task; instead they travel in slices, each message a short task of its own, and the page puts them back
 * together in order.
 */
import type { Decoded } from '../dataset/decode';
import type { Dataset, Statement } from '../dataset/schema';
import { statementSearchText, type StatementSearchText } from '../dataset/search';
import { sameOriginRequest } from './sameOrigin';

/** Statements a message: small enough that the page receives a slice in a few milliseconds. */
export const SLICE_STATEMENTS = 250;

/** How the dataset file is requested, by the worker or the page. */
export const DATASET_REQUEST = sameOriginRequest('application/json');

/** What the page asks the worker for: the file at `url`, named `file` in any problems found in it. */
export interface DownloadRequest {
  url: string;
  file: string;
}

/** A finished download: the response's status, and what came of its body. */
export interface Downloaded<T> {
  ok: boolean;
  status: number;
  statusText: string;
  body: T;
}

type Success = Extract<Decoded, { ok: true }>;
type Failure = Extract<Decoded, { ok: false }>;

export type WorkerMessage =
  /** The worker's code has loaded; when it cannot, the page downloads and checks the file itself. */
  | { type: 'ready' }
  /** The request failed, as fetch() reports it (its error's name and message). */
  | { type: 'fetch-failed'; name: string; message: string }
  /** The whole body is in; a dataset follows if `ok`. */
  | ({ type: 'received' } & Omit<Downloaded<unknown>, 'body'>)
  /** Something other than the file went wrong in the worker. */
  | { type: 'crashed'; message: string }
  | { type: 'failed'; failure: Failure }
  /** Everything but the statements, and how many of them follow. */
  | { type: 'head'; result: Omit<Success, 'dataset'>; dataset: Omit<Dataset, 'statements'>; statements: number }
  /** The next statements, in order. */
  | { type: 'slice'; statements: Statement[] }
  /** After all the statements, so the page can show them sooner: the next of their search texts, in order. */
  | { type: 'search'; search: StatementSearchText[] };

export function* handOverMessages(decoded: Decoded, sliceSize = SLICE_STATEMENTS): Generator<DecodeMessage> {
  if (!decoded.ok) {
    yield { type: 'failed', failure: decoded };
    return;
  }
  const {
    dataset: { statements, ...dataset },
    ...result
  } = decoded;
  yield { type: 'head', result, dataset, statements: statements.length };
  const slices = (from: number) => statements.slice(from, from + sliceSize);
  for (let from = 0; from < statements.length; from += sliceSize) yield { type: 'slice', statements: slices(from) };
  for (let from = 0; from < statements.length; from += sliceSize) {
    yield { type: 'search', search: slices(from).map(statementSearchText) };
  }
}

/** What the last message completed: the decoded file, then (for a dataset) one search text per statement. */
export interface Assembled {
  decoded?: Decoded;
  search?: StatementSearchText[];
}

type DecodeMessage = Extract<WorkerMessage, { type: 'failed' | 'head' | 'slice' | 'search' }>;

/** Takes the worker's messages about the decoded file in order; says when a part is complete, else null. */
export function assembler(): (message: DecodeMessage) => Assembled | null {
  let head: Extract<WorkerMessage, { type: 'head' }> | null = null;
  const statements: Statement[] = [];
  const search: StatementSearchText[] = [];
  const completed = (): Assembled | null => {
    if (!head) return null;
    const all = head.statements;
    const decoded = { ...head.result, dataset: { ...head.dataset, statements } };
    // A dataset without statements is complete, search texts and all, with its head.
    if (all === 0) return { decoded, search };
    if (search.length === all) return { search };
    return statements.length === all && search.length === 0 ? { decoded } : null;
  };
  return (message) => {
    switch (message.type) {
      case 'failed':
        return { decoded: message.failure };
      case 'head':
        head = message;
        return completed();
      case 'slice':
        statements.push(...message.statements);
        return completed();
      case 'search':
        search.push(...message.search);
        return completed();
    }
  };
}
