/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { compileHints } from './scripts/vite/compileHints.ts';
import { dropWorkerFiles } from './scripts/vite/dropWorkerFiles.ts';
import { inlineData } from './scripts/vite/inlineData.ts';
import { leafletWithoutVmlThrow } from './scripts/vite/leafletWithoutVmlThrow.ts';
import { precacheList } from './scripts/vite/precacheList.ts';

/** `vite build --mode single` (npm run build:single): one HTML file with everything inlined, for file:// and CMS attachments. */
const SINGLE = 'single';

export default defineConfig(({ mode }) => ({
  // Relative asset paths: the build runs under any sub-path of any server.
  base: './',
  plugins: [
    react(),
    leafletWithoutVmlThrow(),
    ...(mode === SINGLE
      ? [inlineData('public'), viteSingleFile({ removeViteModuleLoader: true }), dropWorkerFiles()]
      : [precacheList(), compileHints()]),
  ],
  // The single file copies nothing beside it: its data, geometry and icon are inlined.
  publicDir: mode === SINGLE ? false : 'public',
  worker: {
    // Module workers, so the dataset worker can start its download before Zod has loaded (a lazy chunk of its own,
    // named as a worker's). Its exports are kept: where no worker starts, the page imports the same module.
    format: 'es',
    rolldownOptions: {
      preserveEntrySignatures: 'exports-only',
      output: { chunkFileNames: 'assets/[name].worker-[hash].js' },
    },
  },
  build: {
    target: 'es2022',
    sourcemap: mode !== SINGLE,
    outDir: mode === SINGLE ? 'dist-single' : 'dist',
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
}));
