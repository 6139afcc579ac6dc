import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guardLeafletVmlTest } from './leafletWithoutVmlThrow.ts';

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
