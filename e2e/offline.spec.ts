/**
 * A copy of the build on a server of the test's own, so a test can replace data/dataset.json on disk the way
 * an administrator would, and take the server away to play a dead network.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CARD, expect, test as base } from './fixtures';
import { screenshotPath } from './screenshots';
import { serve, type Served } from './servers';
import { layoutProblems } from './slideLayout';

const DIST = process.env.E2E_DIST ?? 'dist';

interface Site extends Served {
  /** Writes a new data/dataset.json on the server. */
  replaceDataset(text: string): Promise<void>;
  /** The dataset as built, less one statement: a visible difference that still passes validation. */
  oneStatementFewer(): Promise<string>;
}

const test = base.extend<{ site: Site }>({
  site: async ({ ownOrigins, page }, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'szpledges-site-'));
    await cp(DIST, dir, { recursive: true });
    const file = join(dir, 'data', 'dataset.json');
    const original = await readFile(file, 'utf8');
    const served = await serve({ dir });
    ownOrigins.add(served.origin);
    await use({
      ...served,
      replaceDataset: (text) => writeFile(file, text),
      oneStatementFewer: async () => {
        const dataset = JSON.parse(original) as { statements: { id: string }[] };
        return JSON.stringify({ ...dataset, statements: dataset.statements.slice(0, -1) });
      },
    });
    // The page goes before its server: an open page may still fetch from it (Chromium asked for the icon again
    // after one test had ended), and the refused request is a console error the guards count.
    await page.close();
    await served.close();
    await rm(dir, { recursive: true, force: true });
  },
});

const cards = (page: Page) => page.locator(CARD);

// Each test loads the app more than once and waits on real servers and timers.
test.beforeEach(() => test.slow());

test.describe('a replaced dataset', () => {
  test('is picked up by an open page every refresh= seconds; a broken one keeps the last good data', async ({
    page,
    site,
  }) => {
    await page.goto(`${site.origin}/?refresh=5&lang=en`);
    await expect(cards(page)).toHaveCount(16);
    await site.replaceDataset(await site.oneStatementFewer());
    await expect(cards(page)).toHaveCount(15, { timeout: 15_000 });

    await site.replaceDataset('{"statements": [');
    const warning = page.getByRole('status').filter({ hasText: 'The updated data file could not be loaded' });
    await expect(warning).toBeVisible({ timeout: 15_000 });
    await expect(warning).toContainText('not valid JSON');
    await warning.screenshot({ path: screenshotPath('dataset-stale-warning') });
    await expect(cards(page)).toHaveCount(15);
  });

  for (const lang of ['zh', 'en'] as const) {
    test(`that fails to load is said on a meeting-room screen until a good one comes (${lang})`, async ({
      page,
      site,
    }) => {
      // A 4:3 projector leaves the bar the least room.
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.goto(`${site.origin}/?mode=present&refresh=5&lang=${lang}`);
      const bar = page.locator('.present__bar');
      await expect(bar).toContainText('1 /');
      const failed = bar.getByRole('status').filter({ hasText: lang === 'zh' ? '数据更新失败' : 'Update failed' });
      await expect(failed).toHaveCount(0);

      await site.replaceDataset('{"statements": [');
      await expect(failed).toBeVisible({ timeout: 15_000 });
      expect(await layoutProblems(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`present-update-failed-${lang}`) });

      await site.replaceDataset(await site.oneStatementFewer());
      await expect(failed).toHaveCount(0, { timeout: 15_000 });
    });
  }

  test('is picked up when the reader comes back to the tab', async ({ page, site }) => {
    await page.clock.install();
    await page.goto(`${site.origin}/`);
    await expect(cards(page)).toHaveCount(16);
    await site.replaceDataset(await site.oneStatementFewer());
    // A minute later the data counts as stale, and coming back to the tab fetches it again.
    await page.clock.fastForward(61_000);
    await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
    await expect(cards(page)).toHaveCount(15);
  });

  test('is not fetched again by an embed unless it asks', async ({ page, site }) => {
    await page.clock.install();
    await page.goto(`${site.origin}/?embed=1&view=timeline`);
    // An embedded timeline shows its first six statements.
    await expect(cards(page)).toHaveCount(6);
    let fetched = 0;
    page.on('request', (r) => void (r.url().endsWith('/data/dataset.json') && (fetched += 1)));
    await page.clock.fastForward(600_000);
    await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
    await page.getByRole('searchbox').fill('数字人民币');
    await expect(cards(page)).toHaveCount(1);
    expect(fetched).toBe(0);
  });
});

/** The first visit, which leaves the service worker in charge of the page. */
async function visitOnce(page: Page, site: Site) {
  await page.goto(`${site.origin}/`);
  await expect(cards(page)).toHaveCount(16);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after the first load the dashboard and its embeds work with the server gone', async ({ page, site }) => {
    await visitOnce(page, site);

    // With the worker in charge a replaced file still wins while the server answers.
    await site.replaceDataset(await site.oneStatementFewer());
    await page.reload();
    await expect(cards(page)).toHaveCount(15);

    await site.close();
    await page.reload();
    await expect(cards(page)).toHaveCount(15);
    await expect(page.locator('.district-map__canvas')).toHaveAttribute('data-zoom', /\d/, { timeout: 20_000 });
    await expect(page.locator('.chart-panel .chart-svg')).toHaveCount(2);

    await page.goto(`${site.origin}/?embed=1&view=map&district=nanshan`);
    await expect(page.getByRole('button', { name: /^南山区，/ })).toHaveAttribute('aria-pressed', 'true', {
      timeout: 20_000,
    });
  });

  test('where no Web Worker can start, the page checks the saved dataset itself', async ({ page, site }) => {
    await visitOnce(page, site);
    await site.close();
    // From the next load on, as a browser without module workers, or a policy forbidding them, would have it.
    await page.addInitScript(() => {
      window.Worker = class {
        constructor() {
          throw new Error('workers are not allowed here');
        }
      } as unknown as typeof Worker;
    });
    await page.reload();
    await expect(cards(page)).toHaveCount(16);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
