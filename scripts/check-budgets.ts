/**
 * Bundle budgets, checked on the production build by `npm test` (deterministic bytes, not timings).
 * A failure names the chunks so the one that grew is plain to see.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS, isJs, KB, measureChunks, sumGzip } from './bundle';

const dist = resolve(join(dirname(fileURLToPath(import.meta.url)), '..'), process.argv[2] ?? 'dist');
const js = measureChunks(dist).filter(isJs);
const firstView = js.filter((c) => c.firstView);
const checks = [
  { name: 'first-view JS', used: sumGzip(firstView), budget: BUDGETS.firstViewJsGzip, chunks: firstView },
  { name: 'total JS', used: sumGzip(js), budget: BUDGETS.totalJsGzip, chunks: js },
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
