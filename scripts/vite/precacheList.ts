/**
 * Writes sw-precache.json next to the build: what public/sw.js caches when it installs. Built files are
 * listed from the bundle itself, so a new chunk can never be forgotten.
 */
import type { Plugin } from 'vite';

/** Network-first at run time: a replaced file on the server wins whenever the server answers. */
const DATA = ['data/dataset.json', 'data/districts.geojson'];
/** The page itself (under the app's folder, whatever it is) and the files copied from public/ it uses. */
const PAGE = ['./', 'favicon.svg'];

export function precacheList(): Plugin {
  return {
    name: 'szpledges:precache-list',
    apply: 'build',
    generateBundle(_options, bundle) {
      const built = Object.keys(bundle).filter((file) => !file.endsWith('.map') && file !== 'index.html');
      this.emitFile({
        type: 'asset',
        fileName: 'sw-precache.json',
        source: `${JSON.stringify({ shell: [...PAGE, ...built.sort()], data: DATA }, null, 2)}\n`,
      });
    },
  };
}
