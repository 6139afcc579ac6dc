/**
 * Bundle budgets, checked on the production build by `npm test` (deterministic bytes, not timings).
 * A failure names the chunks so the one that grew is plain to see.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isJs, isWorkerFile, measureChunks, sumGzip } from './bundle';

const KB = 1024;
export const BUDGETS = {
  /** JS the first view needs before anything is interactive. */
  firstViewJsGzip: 150 * KB,
  /** All JS the page runs, lazy chunks (map, charts) included. */
  totalJsGzip: 350 * KB,
  /**
   * Web Workers' JS, downloaded only to start them: the dataset worker is Zod and the schema again (a worker
   * shares no chunks with the page, which loads its own copy lazily for the map and where no worker can start).
   */
  workerJsGzip: 32 * KB,
};

const dist = resolve(join(dirname(fileURLToPath(import.meta.url)), '..'), process.argv[2] ?? 'dist');
const js = measureChunks(dist).filter(isJs);
const workers = js.filter((c) => isWorkerFile(c.chunk));
const chunks = js.filter((c) => !isWorkerFile(c.chunk));
const firstView = chunks.filter((c) => c.firstView);
const checks = [
  { name: 'first-view JS', used: sumGzip(firstView), budget: BUDGETS.firstViewJsGzip, chunks: firstView },
  { name: 'total JS', used: sumGzip(chunks), budget: BUDGETS.totalJsGzip, chunks },
  { name: 'worker JS', used: sumGzip(workers), budget: BUDGETS.workerJsGzip, chunks: workers },
];
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
let failed = false;
for (const check of checks) {
  const ok = check.used <= check.budget;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${check.name}: ${kb(check.used)} gzip of ${kb(check.budget)}`);
  if (!ok) for (const c of check.chunks) console.log(`       ${c.chunk}: ${kb(c.gzip)} gzip (${kb(c.raw)} raw)`);
}
if (failed) {
  console.error('Bundle budget exceeded: the chunks above are the ones to shrink (or split and load lazily).');
  process.exit(1);
}
