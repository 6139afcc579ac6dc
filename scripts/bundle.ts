/** Sizes of the production build's chunks, and which of them the first view loads. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  chunk: string;
  raw: number;
  gzip: number;
  /** Loaded by index.html itself, before anything is interactive (lazy chunks are not). */
  firstView: boolean;
}

export function measureChunks(distDir: string): ChunkSize[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const firstView = new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]));
  return readdirSync(join(distDir, 'assets'))
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => {
      const bytes = readFileSync(join(distDir, 'assets', name));
      return {
        chunk: name,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        firstView: firstView.has(`assets/${name}`),
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

export const isJs = (c: ChunkSize) => c.chunk.endsWith('.js');
/** A Web Worker's code (Vite names it after its `*.worker.ts` entry): it runs beside the page, never in it. */
export const isWorkerFile = (file: string) => /\.worker-[\w-]+\.js$/.test(file);
export const sumGzip = (chunks: readonly ChunkSize[]) => chunks.reduce((n, c) => n + c.gzip, 0);

export const KB = 1024;

/** Checked by `npm test` on every build (scripts/check-budgets.ts) and listed among the bench's targets. */
export const BUDGETS = {
  /** JS the first view needs before anything is interactive. */
  firstViewJsGzip: 150 * KB,
  /** All JS the build ships: the page's chunks, lazy ones (map, charts) included, and the dataset worker's. */
  totalJsGzip: 350 * KB,
};
