import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { guardLeafletVmlTest, leafletWithoutVmlThrow } from './leafletWithoutVmlThrow.ts';

/**
 * Runs Leaflet's VML test, cut out of the installed Leaflet, against a document without VML namespaces, and
 * tells which way it went: its catch block leads to the second element factory, so that one means it threw.
 */
function vmlTestThrows(code: string): boolean {
  const start = code.indexOf('var vmlCreate = (function () {');
  const end = code.indexOf('})();', start);
  expect(start, 'the VML test in Leaflet').toBeGreaterThan(0);
  const test = code.slice(start + 'var vmlCreate = '.length, end + '})()'.length);
  const created: string[] = [];
  const document = { namespaces: undefined, createElement: (tag: string) => created.push(tag) };
  const vmlCreate = new Function('document', `return ${test};`)(document) as (name: string) => void;
  vmlCreate('shape');
  return created[0].includes('xmlns=');
}

describe('guardLeafletVmlTest', () => {
  for (const file of ['leaflet-src.js', 'leaflet-src.esm.js']) {
    it(`keeps ${file} as installed from throwing at load where there is no VML`, () => {
      const code = readFileSync(`node_modules/leaflet/dist/${file}`, 'utf8');
      expect(vmlTestThrows(code), 'Leaflet as it is').toBe(true);
      const guarded = guardLeafletVmlTest(code);
      expect(vmlTestThrows(guarded), 'guarded').toBe(false);
      // Nothing else changes.
      expect(guarded.replace('if (document.namespaces) document.namespaces.add(', 'document.namespaces.add(')).toBe(
        code,
      );
    });
  }

  it('refuses a Leaflet whose VML test it does not recognise', () => {
    expect(() => guardLeafletVmlTest('var vmlCreate = 1;')).toThrow(/expected Leaflet's VML test once/);
  });
});

describe('leafletWithoutVmlThrow', () => {
  // The plugin's hooks as plain functions, with the one bit of Rollup's context they use.
  const hooks = (plugin: Plugin) => ({
    transform: plugin.transform as (code: string, id: string) => { code: string } | null,
    generateBundle: plugin.generateBundle as (
      this: { error: (message: string) => never },
      options: unknown,
      bundle: Record<string, { type: 'chunk'; moduleIds: string[] }>,
    ) => void,
  });
  const context = {
    error: (message: string): never => {
      throw new Error(message);
    },
  };
  const leaflet = createRequire(import.meta.url).resolve('leaflet');
  const code = readFileSync(leaflet, 'utf8');

  it('guards the Leaflet that `import L from "leaflet"` resolves to, on POSIX and Windows paths', () => {
    for (const id of [leaflet, leaflet.replaceAll('/', '\\')]) {
      const result = hooks(leafletWithoutVmlThrow()).transform(code, id);
      expect(result && vmlTestThrows(result.code), id).toBe(false);
    }
    expect(hooks(leafletWithoutVmlThrow()).transform(code, '/app/src/main.ts')).toBeNull();
  });

  it('fails a build whose Leaflet it did not guard', () => {
    const plugin = hooks(leafletWithoutVmlThrow());
    const bundle = { 'map.js': { type: 'chunk' as const, moduleIds: ['/x/node_modules/leaflet/dist/leaflet.js'] } };
    expect(() => plugin.generateBundle.call(context, {}, bundle)).toThrow(/not guarded/);
    plugin.transform(code, leaflet);
    const guarded = { 'map.js': { type: 'chunk' as const, moduleIds: [leaflet] } };
    expect(() => plugin.generateBundle.call(context, {}, guarded)).not.toThrow();
  });
});
