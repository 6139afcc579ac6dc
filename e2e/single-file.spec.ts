import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CARD, expect, test } from './fixtures';
import { screenshotPath } from './screenshots';

/** Made by `npm run build:single` (npm test builds it before the end-to-end tests). */
const SINGLE = resolve(process.env.E2E_SINGLE ?? 'dist-single/index.html');

test.describe('the single-file build', () => {
  test('opened from file:// renders map, charts and quotes and asks for nothing else', async ({ page, ownOrigins }) => {
    // 1.2 MB of inline script and data to parse before the first paint: slow on a busy two-core machine.
    test.slow();
    expect(existsSync(SINGLE), `${SINGLE} exists (run npm run build:single)`).toBe(true);
    const url = pathToFileURL(SINGLE).href;
    // file:// pages have the opaque origin "null"; what they may load is checked exactly below.
    ownOrigins.add('null');
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!/^(data|blob):/.test(request.url())) requests.push(request.url());
    });

    await page.goto(url);
    await expect(page.locator(CARD)).toHaveCount(16);
    await expect(page.getByRole('button', { name: /^南山区，/ })).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('.district-map__canvas')).toHaveAttribute('data-zoom', /\d/);
    await expect(page.locator('.chart-panel .chart-svg')).toHaveCount(2);
    await page.getByRole('button', { name: /^南山区，/ }).press('Enter');
    await expect(page.locator(CARD)).toHaveCount(2);
    // Its footer offers no links to data files that do not travel with it.
    await expect(page.locator('.colophon a[href^="data/"]')).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('single-file'), fullPage: false });
    expect(requests, 'requests besides the file itself').toEqual([url]);
  });
});
