/** Fails fast, with the fix, when no browser for the end-to-end tests is installed. */
import { BROWSER_CANDIDATES, findBrowser } from './browser';

const browser = findBrowser();
if (!browser) {
  console.error(`No Chromium found for the end-to-end tests (looked at: ${BROWSER_CANDIDATES.join(', ')}).

Install Debian's Chromium and a CJK font (without one, Chinese renders as boxes):
  sudo apt-get install -y chromium fonts-noto-cjk
or point CHROME_PATH at an installed Chrome or Chromium:
  CHROME_PATH=/path/to/chrome npm test`);
  process.exit(1);
}
console.log(`e2e: using ${browser}`);
