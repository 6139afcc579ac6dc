/**
 * The single-file build (`npm run build:single`) carries its data in `<script type="application/json">`
 * blocks: the browser never runs them (no CSP hash or nonce needed), and from file:// there is nothing to fetch.
 */
export const INLINE_DATA = {
  dataset: 'szpledges-dataset',
  districts: 'szpledges-districts',
} as const;

/** The block's JSON text, or null in the normal build, which fetches the files next to the page instead. */
export function inlineData(name: keyof typeof INLINE_DATA): string | null {
  return document.getElementById(INLINE_DATA[name])?.textContent ?? null;
}

/** The single file has no files beside it: links to them would lead nowhere. */
export const isSingleFile = (): boolean => inlineData('dataset') !== null;
