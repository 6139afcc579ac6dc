/**
 * From the dataset file's bytes (or text) to a checked dataset. The dataset worker runs this, and so does the
 * main thread where no worker can start (the single file from file://), loading it lazily: it brings Zod along.
 */
import type { DataIssue } from './locate';
import type { Dataset } from './schema';
import { validateDataset } from './validate';

export type Decoded =
  | { ok: true; dataset: Dataset; issues: DataIssue[]; dropped: number; fingerprint: string }
  | { ok: false; kind: 'json'; detail: string }
  | { ok: false; kind: 'invalid'; issues: DataIssue[] };

export function decodeDataset(data: ArrayBuffer | string, file: string): Decoded {
  // Like Response.text(): UTF-8, a byte-order mark dropped, broken sequences replaced rather than refused.
  const text = typeof data === 'string' ? data : new TextDecoder().decode(data);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, kind: 'json', detail: (error as Error).message };
  }
  const result = validateDataset(json, file);
  return result.ok
    ? { ...result, fingerprint: fingerprint(text) }
    : { ok: false, kind: 'invalid', issues: result.issues };
}

/**
 * Tells a refetched file that is the same as the last one (so the page can keep the dataset it has, and every
 * view its state) without comparing 40 MB of objects: the length and two 32-bit FNV-1a style hashes of the text.
 */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x3b9aca07;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${text.length}:${(a >>> 0).toString(16)}:${(b >>> 0).toString(16)}`;
}
