/**
 * How the page takes the decoder from the dataset worker's module when it runs that module itself (where no worker
 * can start): Vite builds a worker's file without exports, so the module leaves the function under this key.
 */
import type { Decoded } from '../dataset/decode';

export type DecodeHere = (data: ArrayBuffer | string, file: string) => Promise<Decoded>;

const KEY = Symbol.for('szpledges.decodeDataset');

export function offerDecoder(decode: DecodeHere): void {
  (globalThis as Record<symbol, unknown>)[KEY] = decode;
}

export function takeDecoder(): DecodeHere {
  const decode = (globalThis as Record<symbol, unknown>)[KEY];
  if (typeof decode !== 'function') throw new Error('The dataset decoder did not load');
  return decode as DecodeHere;
}
