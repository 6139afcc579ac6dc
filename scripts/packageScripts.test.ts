/**
 * Every `npm run` script that names a file of ours must find it: a script left pointing at a file that was
 * moved or never written (`npm run geo` did, from the first commit on) fails only when someone tries it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const { scripts } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

/** Paths of our own sources that a command line runs: `tsx scripts/x.ts`, `node bench/y.mjs`. */
function scriptFiles(command: string): string[] {
  return [...command.matchAll(/(?:^|\s)((?:scripts|bench|src)\/[\w./-]+\.[cm]?[jt]sx?)(?=\s|$)/g)].map((m) => m[1]);
}

describe('package.json scripts', () => {
  it('finds the files a command names', () => {
    expect(scriptFiles('tsx scripts/check-browser.ts && playwright test')).toEqual(['scripts/check-browser.ts']);
    expect(scriptFiles('tsx bench/run.ts --scales=1')).toEqual(['bench/run.ts']);
    expect(scriptFiles('vite build --mode single')).toEqual([]);
  });

  it.each(Object.entries(scripts))('"%s" runs only files that exist', (_name, command) => {
    for (const file of scriptFiles(command)) expect(existsSync(resolve(root, file)), file).toBe(true);
  });
});
