import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { CARD, expect, test } from './fixtures';
import { serve } from './servers';

const DIST = process.env.E2E_DIST ?? 'dist';

const cardNames = (page: Page) => page.locator(`${CARD} .quote-card__name`);

test.describe('a bad network', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });

  test('a server error says so at once, retries by itself and recovers', async ({ page }) => {
    let failures = 0;
    await page.route('**/data/dataset.json', (route) => {
      if (failures >= 1) return route.fallback();
      failures += 1;
      return route.fulfill({ status: 500, body: 'boom' });
    });
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('服务器未能提供承诺数据（500');
    await expect(page.getByText(/正在自动重试/)).toBeVisible();
    await expect(cardNames(page).first()).toBeVisible();
    expect(failures).toBe(1);
  });

  // A file being replaced on the server can be missing or half written for a moment.
  for (const [kind, answer, message] of [
    ['a missing file', { status: 404, body: 'gone' }, '服务器未能提供承诺数据（404'],
    [
      'a half-written file',
      { status: 200, contentType: 'application/json', body: '{"statements": [' },
      '数据文件已损坏',
    ],
  ] as const) {
    test(`${kind} says so at once, retries by itself and recovers`, async ({ page }) => {
      let failures = 0;
      await page.route('**/data/dataset.json', (route) => {
        if (failures >= 2) return route.fallback();
        failures += 1;
        return route.fulfill(answer);
      });
      await page.goto('./');
      await expect(page.getByRole('alert')).toContainText(message);
      await expect(page.getByText(/正在自动重试/)).toBeVisible();
      await expect(cardNames(page).first()).toBeVisible();
      expect(failures).toBe(2);
    });
  }

  test('the retry button keeps the keyboard focus while it asks again', async ({ page }) => {
    let requests = 0;
    let answerRetry = () => {};
    const retryAnswered = new Promise<void>((resolve) => (answerRetry = resolve));
    await page.route('**/data/dataset.json', async (route) => {
      requests += 1;
      // The button's own request waits for the test, so the page can be seen while it runs.
      if (requests === 5) await retryAnswered;
      return route.fulfill({ status: 500, body: 'boom' });
    });
    await page.goto('./');
    // The automatic attempts (after 1, 2 and 4 s) are over: only the button asks again now.
    await expect.poll(() => requests, { timeout: 15_000 }).toBe(4);
    const alert = page.getByRole('alert');
    await expect(alert.getByText(/正在自动重试/)).toBeHidden();
    const retry = alert.getByRole('button', { name: '重试' });
    await retry.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => requests).toBe(5);
    await expect(alert).toContainText('服务器未能提供承诺数据（500');
    await expect(alert.getByRole('status')).toHaveText('正在重新载入…');
    await expect(retry).toHaveAttribute('aria-disabled', 'true');
    await expect(retry).toBeFocused();
    answerRetry();
    await expect(alert.getByRole('status')).toHaveText(/正在自动重试/);
    await expect(retry).toHaveAttribute('aria-disabled', 'false');
    await expect(retry).toBeFocused();
  });

  test('malformed JSON is reported as a damaged file, in English when the page is English', async ({ page }) => {
    await page.route('**/data/dataset.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"statements": [' }),
    );
    await page.goto('./?lang=en');
    await expect(page.getByRole('alert')).toContainText('The data file is damaged: it is not valid JSON.');
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  test('going offline says so, and coming back online recovers by itself', async ({ page, context }) => {
    let offline = true;
    await page.route('**/data/dataset.json', async (route) => {
      if (!offline) return route.fallback();
      await context.setOffline(true);
      return route.abort('internetdisconnected');
    });
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('网络已断开');
    offline = false;
    await context.setOffline(false);
    await expect(cardNames(page).first()).toBeVisible({ timeout: 15_000 });
  });

  test.describe('a redirect to another origin', () => {
    // Chromium reports the redirect it refused as a console error. One pattern: Playwright reads a second as options.
    test.use({ allowedConsoleErrors: [/^Failed to load resource|^Unsafe attempt to load URL /] });

    // The worst case: the other origin would hand the files over to anyone (CORS). They must not even be asked for.
    for (const [file, place, message] of [
      ['dataset.json', 'page', '无法连接服务器'],
      ['districts.geojson', 'map', '区界数据未能载入'],
    ] as const) {
      test(`${file} redirected to another origin is not fetched from there`, async ({ page, ownOrigins }) => {
        const elsewhere = await serve({ dir: join(DIST, 'data'), headers: { 'access-control-allow-origin': '*' } });
        try {
          // Playwright reports the redirect's target as a request even where the browser refuses to send it.
          ownOrigins.add(elsewhere.origin);
          await page.route(`**/data/${file}`, (route) =>
            route.fulfill({ status: 302, headers: { location: `${elsewhere.origin}/${file}` } }),
          );
          await page.goto('./');
          const where = place === 'map' ? page.getByRole('region', { name: '区域分布' }) : page;
          await expect(where.getByRole('alert')).toContainText(message, { timeout: 20_000 });
          expect(elsewhere.requests).toEqual([]);
        } finally {
          // A failed expectation must not leave the server listening for the rest of the run.
          await elsewhere.close();
        }
      });
    }
  });

  test('a stalled server is given up on with a message, and its retry button asks again', async ({ page }) => {
    await page.clock.install();
    let stalled = true;
    let requests = 0;
    await page.route('**/data/dataset.json', (route) => {
      requests += 1;
      return stalled ? undefined : route.fallback();
    });
    await page.goto('./');
    await expect(page.getByRole('status')).toContainText('正在载入');
    await expect.poll(() => requests).toBe(1);
    // From here the clock moves only when told. The page gives up after 15 s and its own automatic retry is due a
    // second later: stepping a quarter second at a time stops the clock between the two, whatever the machine's speed.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    const alert = page.getByRole('alert');
    for (let stepped = 0; stepped < 20_000 && !(await alert.isVisible()); stepped += 250) {
      await page.clock.runFor(250);
    }
    await expect(alert).toContainText('服务器长时间无响应');
    expect(requests).toBe(1);
    stalled = false;
    await page.getByRole('button', { name: '重试' }).click();
    // No timer can have fired since: this request is the click's.
    await expect.poll(() => requests).toBe(2);
    // Loading and drawing need the clock to flow again.
    await page.clock.resume();
    await expect(cardNames(page).first()).toBeVisible();
  });
});

test.describe('where no Web Worker can start', () => {
  test('the page loads and checks the dataset itself, with the worker’s own code', async ({ page }) => {
    await page.addInitScript(() => {
      // As a browser without module workers, or a policy forbidding them, would have it.
      window.Worker = class {
        constructor() {
          throw new Error('workers are not allowed here');
        }
      } as unknown as typeof Worker;
    });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('./');
    await expect(cardNames(page)).toHaveCount(16);
    expect(scripts.some((path) => /\/dataset\.worker-[\w-]+\.js$/.test(path))).toBe(true);
  });
});
