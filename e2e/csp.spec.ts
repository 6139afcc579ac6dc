import type { Page } from '@playwright/test';
import { CARD, expect, test as base } from './fixtures';
import { serve, type Served } from './servers';

/**
 * The policy docs/embedding.md asks intranet servers for, with the host page allowed to frame it. Styles
 * need no 'unsafe-inline': React and Leaflet set styles through the CSSOM (element.style), which CSP does not
 * govern, and the charts are SVG with their colours in attributes, their tooltips plain text.
 */
const STYLES = { documented: "style-src 'self' 'unsafe-inline'", strictest: "style-src 'self'" };
const policy = (host: string, styles: string) =>
  ["default-src 'self'", "script-src 'self'", styles, "img-src 'self' data: blob:", `frame-ancestors ${host}`].join(
    '; ',
  );

const DIST = process.env.E2E_DIST ?? 'dist';

const test = base.extend<{ styles: string; strict: { app: Served; host: Served } }>({
  styles: [STYLES.documented, { option: true }],
  strict: async ({ ownOrigins, styles }, use) => {
    const host = await serve({
      pages: {
        '/': '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>门户</title></head><body><main><h1>门户</h1><iframe id="map" title="区域分布" style="width:100%;height:900px;border:0"></iframe></main></body></html>',
      },
    });
    const app = await serve({ dir: DIST, headers: { 'content-security-policy': policy(host.origin, styles) } });
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

/** Loads every view and goes through what a reader does: slow on a busy two-core machine, hence test.slow(). */
async function useTheDashboard(page: Page, origin: string) {
  test.slow();
  await page.goto(`${origin}/`);
  await expect(page.locator(CARD).first()).toBeVisible();
  await expect(page.locator('.district-map__canvas')).toHaveAttribute('data-zoom', /\d/, { timeout: 20_000 });
  await expect(page.locator('.chart-panel .chart-svg').first()).toBeVisible({ timeout: 20_000 });
  // What a reader does touches the code paths that create styles and elements at run time.
  const chart = page.locator('.chart-panel .chart-svg').first();
  for (let y = 20; y < 320; y += 25) await chart.hover({ position: { x: 260, y } });
  await page.getByRole('button', { name: /^罗湖区，/ }).hover();
  await page.getByText('查看数据表').first().click();
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.chart-panel__download').first().click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  await page.getByRole('button', { name: /^南山区，/ }).press('Enter');
  await expect(page.locator(CARD)).toHaveCount(2);
  await page.locator(CARD).first().getByRole('button').first().click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Shenzhen/);
}

test.describe('under a strict Content-Security-Policy', () => {
  test('the whole dashboard renders and works with zero violations', async ({ page, strict }) => {
    await recordViolations(page);
    await useTheDashboard(page, strict.app.origin);
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

test.describe('under a CSP without unsafe-inline styles', () => {
  test.use({ styles: STYLES.strictest, allowedConsoleErrors: [/Applying inline style violates/] });

  test('the whole dashboard still renders and works with zero violations', async ({ page, strict }) => {
    await recordViolations(page);
    await useTheDashboard(page, strict.app.origin);
    expect(await violations(page)).toEqual([]);
    // The recorder itself works: a style attribute written as markup is refused and reported.
    await page.evaluate(() => document.body.setAttribute('style', 'outline: 0'));
    await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^style-src-attr inline/)]);
  });
});
