/**
 * Marks the chunks whose code runs almost whole as soon as they load with V8's explicit compile hint
 * (`//# allFunctionsCalledOnLoad`, Chromium 136+; other engines read a comment). V8 otherwise compiles each
 * function lazily, on the main thread, the first time it is called: the first draw of a chart called hundreds
 * of ECharts functions for the first time and was the longest task of every page load (105–190 ms on this
 * project's test machines). With the hint V8 compiles the chunk on a background thread while it loads: over 8
 * loads each with no DevTools attached, the longest task fell from a median of 124 ms to 91 ms.
 *
 * Only libraries that a view runs through on its first draw are marked: eager compilation of code that never
 * runs would only cost memory.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Packages whose chunk is compiled eagerly; a chunk is marked when it holds any module from one of them.
 * ECharts (with ZRender, its renderer) only: marking Leaflet's chunk or the entry chunk as well measured no
 * better in the same comparison, and the entry chunk's compile would then sit before the first paint.
 */
const EAGER_PACKAGES = ['echarts', 'zrender'];

export function needsCompileHint(moduleIds: readonly string[], packages: readonly string[] = EAGER_PACKAGES): boolean {
  return moduleIds.some((id) => packages.some((name) => id.includes(`/node_modules/${name}/`)));
}

/**
 * Adds the hint as the chunk's first line. It is added after minification (`postBanner`), which would
 * otherwise drop it, and V8 only reads it before any code.
 */
export function compileHints(): Plugin {
  return {
    name: 'szpledges:compile-hints',
    apply: 'build',
    outputOptions(options) {
      return {
        ...options,
        postBanner: (chunk) => (needsCompileHint(chunk.moduleIds) ? COMPILE_HINT : ''),
      };
    },
  };
}
