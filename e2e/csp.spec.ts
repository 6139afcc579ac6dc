import type { Page } from '@playwright/test';
import { expect, test as base } from './fixtures';
import { serve, type Served } from './servers';

/** The policy docs/embedding.md asks intranet servers for, with the host page allowed to frame it. */
const policy = (host: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `frame-ancestors ${host}`,
  ].join('; ');

const DIST = process.env.E2E_DIST ?? 'dist';

const test = base.extend<{ strict: { app: Served; host: Served } }>({
  strict: async ({ ownOrigins }, use) => {
    const host = await serve({
      pages: {
        '/': '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>门户</title></head><body><main><h1>门户</h1><iframe id="map" title="区域分布" style="width:100%;height:900px;border:0"></iframe></main></body></html>',
      },
    });
    const app = await serve({ dir: DIST, headers: { 'content-security-policy': policy(host.origin) } });
    ownOrigins.add(host.origin).add(app.origin);
    await use({ app, host });
    await Promise.all([app.close(), host.close()]);
  },
});

/** Every violation the page (and its frames) reports, recorded from before the first script runs. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test.describe('under a strict Content-Security-Policy', () => {
  test('the whole dashboard renders and works with zero violations', async ({ page, strict }) => {
    await recordViolations(page);
    await page.goto(`${strict.app.origin}/`);
    await expect(page.locator('.quote-card').first()).toBeVisible();
    await expect(page.locator('.district-map__canvas')).toHaveAttribute('data-zoom', /\d/, { timeout: 20_000 });
    await expect(page.locator('.chart-panel canvas').first()).toBeVisible({ timeout: 20_000 });
    // What a reader does touches the code paths that create styles and elements at run time.
    await page
      .locator('.chart-panel canvas')
      .first()
      .hover({ position: { x: 200, y: 40 } });
    await page.getByRole('button', { name: /^南山区，/ }).press('Enter');
    await expect(page.locator('.quote-card')).toHaveCount(2);
    await page.locator('.quote-card').first().getByRole('button').first().click();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Shenzhen/);
    expect(await violations(page)).toEqual([]);
  });

  test('an embed framed by the allowed host renders with zero violations', async ({ page, strict }) => {
    await recordViolations(page);
    await page.goto(`${strict.host.origin}/`);
    await page
      .locator('#map')
      .evaluate((el, src) => el.setAttribute('src', src), `${strict.app.origin}/?embed=1&view=map`);
    const map = page.frameLocator('#map');
    await expect(map.locator('.district-map__canvas')).toHaveAttribute('data-zoom', /\d/, { timeout: 20_000 });
    const frame = await (await page.locator('#map').elementHandle())?.contentFrame();
    expect(await frame?.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });
});
