/**
 * Which Chromium the end-to-end tests drive. Playwright cannot download its own browser on these
 * machines, so the tests use one that is installed: $CHROME_PATH, else Debian's /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';

export const BROWSER_CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter((path): path is string => typeof path === 'string' && path.length > 0);

export function findBrowser(): string | undefined {
  return BROWSER_CANDIDATES.find((path) => existsSync(path));
}
