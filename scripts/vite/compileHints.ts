/**
 * Marks the chunks whose code runs almost whole as soon as they load with V8's explicit compile hint
 * (`//# allFunctionsCalledOnLoad`, Chromium 136+; other engines read a comment). V8 otherwise compiles each
 * function lazily, on the main thread, the first time it is called: creating the map called hundreds of
 * Leaflet's functions for the first time in one of the longest tasks of a page load. With the hint V8 compiles
 * the chunk on a background thread while it loads. Measured on a production build, on a phone-sized page at
 * 4× CPU slowdown: the map's first task fell from 160–215 ms to 101–123 ms.
 *
 * Only libraries that a view runs through on its first draw are marked: eager compilation of code that never
 * runs would only cost memory.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * A module of the package whose chunk is compiled eagerly, Leaflet, on POSIX or Windows paths. The entry chunk
 * is not marked: that measured no better, and its compile would sit before the first paint.
 */
const EAGER_MODULE = /[\\/]node_modules[\\/]leaflet[\\/]/;

/** Whether a chunk holding these modules gets the hint. */
export function needsCompileHint(moduleIds: readonly string[]): boolean {
  return moduleIds.some((id) => EAGER_MODULE.test(id));
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
