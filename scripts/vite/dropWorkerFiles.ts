/**
 * For the single-file build: Vite emits the dataset worker's file even though the single file never starts it
 * (its data is inline, and a page opened from file:// cannot start workers; see src/shared/api/datasetWorker.ts).
 * Left out, so the build stays one file.
 */
import type { Plugin } from 'vite';
import { isWorkerFile } from '../bundle.ts';

export function dropWorkerFiles(): Plugin {
  return {
    name: 'szpledges:drop-worker-files',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.keys(bundle)) if (isWorkerFile(file)) delete bundle[file];
    },
  };
}
