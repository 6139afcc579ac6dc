import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints, needsCompileHint } from './compileHints.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('needsCompileHint', () => {
  it('marks a chunk holding Leaflet modules, on POSIX and Windows paths', () => {
    expect(needsCompileHint(['/p/src/a.ts', '/p/node_modules/leaflet/dist/leaflet-src.js'])).toBe(true);
    expect(needsCompileHint(['C:\\p\\node_modules\\leaflet\\dist\\leaflet-src.js'])).toBe(true);
  });

  it('leaves other chunks alone', () => {
    expect(needsCompileHint(['/p/src/features/charts/ThemeCharts.tsx'])).toBe(false);
    expect(needsCompileHint(['/p/node_modules/react-dom/cjs/react-dom-client.production.js'])).toBe(false);
    // A package whose name only starts like one of them.
    expect(needsCompileHint(['/p/node_modules/leaflet.markercluster/dist/index.js'])).toBe(false);
  });
});

describe('compileHints in a minified build', () => {
  it('puts the hint on the first line of the Leaflet chunk only', async () => {
    const output = (await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [compileHints()],
      build: {
        write: false,
        minify: true,
        rolldownOptions: { input: join(root, 'scripts/vite/fixtures/lazyViews.ts') },
      },
    })) as Rolldown.RolldownOutput;
    const chunks = output.output.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
    const marked = chunks.filter((c) => needsCompileHint(c.moduleIds));
    const others = chunks.filter((c) => !needsCompileHint(c.moduleIds));
    expect(marked).toHaveLength(1);
    expect(others.length).toBeGreaterThan(0);
    for (const chunk of marked) expect(chunk.code.split('\n')[0]).toBe(COMPILE_HINT);
    for (const chunk of others) expect(chunk.code).not.toContain(COMPILE_HINT);
  }, 60_000);
});
