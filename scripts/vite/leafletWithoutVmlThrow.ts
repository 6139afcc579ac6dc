/**
 * Leaflet tests for old Internet Explorer's VML when it loads, by calling `document.namespaces.add` inside a
 * try/catch: every other browser throws a TypeError there. Harmless for a reader, but with a DevTools client
 * attached (Lighthouse, Playwright, an open DevTools) V8 then records where the throw happened, which means
 * parsing the whole Leaflet chunk again: 40–100 ms more in the task that loads the map on this project's test machines, counted in Lighthouse's
 * blocking time. The guard skips the call where there is no `document.namespaces`; the element factory the test
 * then returns is only ever called by Leaflet's VML renderer, which browsers with SVG (all that run this app) never use.
 */
import type { Plugin } from 'vite';

const VML_TEST = "document.namespaces.add('lvml', 'urn:schemas-microsoft-com:vml');";
const GUARDED = `if (document.namespaces) ${VML_TEST}`;

export function guardLeafletVmlTest(code: string): string {
  const at = code.indexOf(VML_TEST);
  // A Leaflet update that changes the test must be looked at again, not silently left unguarded.
  if (at < 0 || code.indexOf(VML_TEST, at + 1) >= 0) {
    throw new Error(`leafletWithoutVmlThrow: expected Leaflet's VML test once (${VML_TEST})`);
  }
  return code.replace(VML_TEST, GUARDED);
}

const LEAFLET_BUILD = /[\\/]node_modules[\\/]leaflet[\\/]dist[\\/]leaflet-src(\.esm)?\.js$/;
const LEAFLET_MODULE = /[\\/]node_modules[\\/]leaflet[\\/].*\.js$/;

/**
 * Applies the guard in builds (the dev server pre-bundles Leaflet without plugins, unguarded, which only costs
 * time under DevTools). A build whose Leaflet came from a file the guard does not know fails, rather than
 * shipping the throw again unnoticed.
 */
export function leafletWithoutVmlThrow(): Plugin {
  const guarded = new Set<string>();
  return {
    name: 'szpledges:leaflet-without-vml-throw',
    apply: 'build',
    transform(code, id) {
      if (!LEAFLET_BUILD.test(id)) return null;
      guarded.add(id);
      // One line grows; no line moves, so the source map stays close enough to place errors.
      return { code: guardLeafletVmlTest(code), map: null };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const missed = chunk.moduleIds.filter((id) => LEAFLET_MODULE.test(id) && !guarded.has(id));
        if (missed.length > 0) this.error(`Leaflet's VML test is not guarded in ${missed.join(', ')}`);
      }
    },
  };
}
