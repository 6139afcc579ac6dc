import { join } from 'node:path';

/** Screenshots land in one folder so a person can open them all after a run. */
export const screenshotPath = (name: string) => join('test-results', 'screenshots', `${name}.png`);

export const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1440, height: 900 },
  { name: 'desk', width: 1920, height: 1080 },
  { name: 'wall-4k', width: 3840, height: 2160 },
] as const;

export const SCHEMES = ['light', 'dark'] as const;
