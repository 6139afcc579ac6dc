/**
 * For the single-file build: the dataset and the district shapes go into the page as JSON data blocks
 * (read by src/shared/api/inline.ts), and the favicon as a data URL, so the one file needs nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { INLINE_DATA } from '../../src/shared/api/inline.ts';

/** Minified, and with every `<` escaped so no string in the data can close the block early. */
export const jsonForHtml = (text: string) => JSON.stringify(JSON.parse(text)).replace(/</g, '\\u003c');

export function inlineData(publicDir: string): Plugin {
  const read = (file: string) => readFileSync(join(publicDir, file), 'utf8');
  return {
    name: 'szpledges:inline-data',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const favicon = `data:image/svg+xml;base64,${Buffer.from(read('favicon.svg')).toString('base64')}`;
        const block = (id: string, file: string) => ({
          tag: 'script',
          attrs: { type: 'application/json', id },
          children: jsonForHtml(read(file)),
          injectTo: 'body' as const,
        });
        return {
          html: html.replace('href="./favicon.svg"', `href="${favicon}"`),
          tags: [
            block(INLINE_DATA.dataset, 'data/dataset.json'),
            block(INLINE_DATA.districts, 'data/districts.geojson'),
          ],
        };
      },
    },
  };
}
