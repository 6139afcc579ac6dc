import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { CARD, expect, test as base } from './fixtures';
import { screenshotPath } from './screenshots';
import { serve, type Served } from './servers';

const MAP = '?embed=1&view=map&district=nanshan';
const TIMELINE = '?embed=1&view=timeline';

/** A portal page on another origin, as an intranet editor would paste the snippet from docs/embedding.md. */
function hostPage(app: string) {
  const frame = (id: string, search: string, title: string) =>
    `<iframe id="${id}" data-szpledges src="${app}/${search}" title="${title}" style="display:block;width:100%;border:0"></iframe>`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>区政务门户</title></head>
<body><main><h1>区政务门户</h1>
${frame('map', MAP, '深圳各区承诺：区域分布')}
<p>门户正文。</p>
${frame('timeline', TIMELINE, '深圳各区承诺：发言')}
</main>
<script src="${app}/embed.js"></script>
<script src="/listen.js"></script>
</body></html>`;
}

// Registered after embed.js: by the time it sees a message, embed.js has already dealt with it.
const LISTEN = `window.seen = [];
window.addEventListener('message', (e) => window.seen.push(e.data && e.data.marker));`;

/** A page of another origin that ends up inside one of the dashboard's iframes and lies about its height. */
const ROGUE = `<!doctype html><html lang="en"><head><title>rogue</title></head><body><script>
parent.postMessage({ type: 'szpledges:height', height: 4321 }, '*');
parent.postMessage({ marker: 'rogue-done' }, '*');
</script></body></html>`;

const test = base.extend<{ host: Served }>({
  host: async ({ baseURL, ownOrigins }, use) => {
    const app = new URL(baseURL ?? '').origin;
    const host = await serve({ pages: { '/': hostPage(app), '/listen.js': LISTEN, '/rogue.html': ROGUE } });
    ownOrigins.add(host.origin);
    await use(host);
    await host.close();
  },
});

async function frameOf(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.locator(`#${id}`).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame in #${id}`);
  return frame;
}

/** The iframe's height on the host page, and the height of the content inside it. */
async function heights(page: Page, id: string) {
  const outer = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().height);
  const inner = await (
    await frameOf(page, id)
  ).evaluate(() => document.querySelector('main.embed')?.getBoundingClientRect().height ?? -1);
  return { outer, inner: Math.ceil(inner) };
}

/** Within `ms` (a second, unless the test only needs it sized) the iframe is exactly as tall as its content. */
async function expectSized(page: Page, id: string, ms = 1000) {
  await expect
    .poll(
      async () => {
        const { outer, inner } = await heights(page, id);
        return outer === inner && inner > 150 ? 'sized' : `iframe ${outer} px, content ${inner} px`;
      },
      { timeout: ms, intervals: [50] },
    )
    .toBe('sized');
  return (await heights(page, id)).outer;
}

test.describe('embedded in a page of another origin', () => {
  test('each iframe sizes itself to its content, and shrinks when a filter narrows the list', async ({
    page,
    host,
  }) => {
    await page.goto(`${host.origin}/`);
    const map = page.frameLocator('#map');
    const timeline = page.frameLocator('#timeline');
    const nanshan = map.getByRole('button', { name: /^南山区，/ });
    await expect(nanshan).toHaveAttribute('aria-pressed', 'true', { timeout: 20_000 });
    await expect(timeline.locator(CARD).first()).toBeVisible();
    await expectSized(page, 'map');
    const tall = await expectSized(page, 'timeline');
    await page.screenshot({ path: screenshotPath('embed-host-page') });

    await timeline.getByRole('searchbox').fill('数字人民币');
    await expect(timeline.locator(CARD)).not.toHaveCount(16);
    const short = await expectSized(page, 'timeline');
    expect(short, 'the iframe shrank').toBeLessThan(tall - 200);

    await timeline.getByRole('searchbox').fill('');
    expect(await expectSized(page, 'timeline'), 'and grew back').toBe(tall);

    // Choosing inside an iframe must not pile up entries in the host page's history (Back leaves the page).
    const entries = await page.evaluate(() => history.length);
    await map.getByRole('button', { name: /^福田区，/ }).press('Enter');
    await expect(nanshan).toHaveAttribute('aria-pressed', 'false');
    // The frame writes its address after the frame that shows the choice: once it is there, count again.
    const mapFrame = page.frame({ url: /[?&]view=map/ });
    await expect.poll(() => mapFrame && new URL(mapFrame.url()).searchParams.get('district')).toBe('futian');
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });

  test('ignores a height from a page of another origin inside a dashboard iframe', async ({ page, host }) => {
    await page.goto(`${host.origin}/`);
    await expect(page.frameLocator('#map').locator('.district-map__canvas')).toHaveAttribute('data-zoom', /\d/, {
      timeout: 20_000,
    });
    await expectSized(page, 'map', 10_000);
    const before = await page.locator('#map').evaluate((el) => el.style.height);
    await (await frameOf(page, 'map')).goto(`${host.origin}/rogue.html`);
    await page.waitForFunction(() => (window as unknown as { seen: string[] }).seen.includes('rogue-done'));
    expect(await page.locator('#map').evaluate((el) => el.style.height)).not.toBe('4321px');
    expect(await page.locator('#map').evaluate((el) => el.style.height)).toBe(before);
  });
});

/** Each widget, with what shows it is ready, scanned in one of the two looks (both are covered across them). */
const WIDGETS = [
  { view: 'map', ready: '.district-map__canvas[data-zoom]', look: 'lang=zh&scheme=light' },
  { view: 'themes', ready: '.chart-panel .chart-svg', look: 'lang=en&scheme=dark' },
  { view: 'timeline', ready: CARD, look: 'lang=en&scheme=light' },
  { view: 'summary', ready: '.summary__item', look: 'lang=zh&scheme=dark' },
] as const;

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test.describe('embed mode', () => {
  test('drops the page chrome and keeps the views and filters', async ({ page }) => {
    await page.goto('./?embed=1&district=futian');
    await expect(page.locator(CARD)).toHaveCount(2);
    await expect(page.locator('.masthead, .colophon')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('深圳各区高质量发展承诺看板');
    await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();
    await expect(page.getByRole('region', { name: '区域分布' })).toBeVisible();
    await expect(page.getByRole('searchbox')).toBeVisible();
  });

  for (const { view, ready, look } of WIDGETS) {
    test(`view=${view} shows that widget alone, with no accessibility violations (${look})`, async ({ page }) => {
      // An axe scan of the whole timeline takes some 25 s on two busy cores; readers do not wait for it.
      test.slow();
      await page.goto(`./?embed=1&view=${view}&${look}`);
      await expect(page.locator(ready).first()).toBeVisible({ timeout: 20_000 });
      const shown = await page.evaluate(() => ({
        map: !!document.querySelector('.district-map'),
        themes: !!document.querySelector('.chart-panel'),
        timeline: !!document.querySelector('.quote-card'),
        summary: !!document.querySelector('.summary__item'),
      }));
      expect(shown).toEqual({ map: false, themes: false, timeline: false, summary: false, [view]: true });
      await expectNoAxeViolations(page);
    });
  }

  for (const [lang, source] of [
    ['zh', '来源：深圳特区报（深圳市商务局网站转载），2023年2月6日或之后（日期为推定）'],
    [
      'en',
      'Source: Shenzhen Special Zone Daily (republished by the Shenzhen Municipal Commerce Bureau website), on or after 6 Feb 2023 (date inferred)',
    ],
  ] as const) {
    test(`names the source of its numbers under the widget (${lang})`, async ({ page }) => {
      await page.goto(`./?embed=1&view=summary&lang=${lang}`);
      await expect(page.locator('.summary__item').first()).toBeVisible();
      await expect(page.locator('.embed__source')).toHaveText(source);
      await expectNoAxeViolations(page);
    });
  }

  test('shows the timeline a few cards at a time, as a widget in an article should', async ({ page }) => {
    await page.goto('./?embed=1&view=timeline');
    await expect(page.locator(CARD)).toHaveCount(6, { timeout: 20_000 });
    await page.getByRole('button', { name: '显示更多（还有 10 条）' }).click();
    await expect(page.locator(CARD)).toHaveCount(12);
    // The first of the new cards takes the focus, so a keyboard reader goes on where the list went on.
    await expect(page.locator(CARD).nth(6)).toBeFocused();
  });

  test('focuses the first new card in the timeline’s order, whatever order the dataset lists statements in', async ({
    page,
  }) => {
    await page.route('**/data/dataset.json', async (route) => {
      const response = await route.fetch();
      const dataset = await response.json();
      dataset.statements.reverse();
      await route.fulfill({ response, json: dataset });
    });
    await page.goto('./?embed=1&view=timeline');
    await expect(page.locator(CARD)).toHaveCount(6, { timeout: 20_000 });
    // Read without the route: the bundled file lists statements in timeline order, so its 7th is the 7th card.
    const seventh = await page.request.get('data/dataset.json').then(async (r) => {
      const { statements } = (await r.json()) as { statements: { id: string }[] };
      return statements[6].id;
    });
    await page.getByRole('button', { name: '显示更多（还有 10 条）' }).click();
    await expect(page.locator(CARD)).toHaveCount(12);
    await expect(page.locator(CARD).nth(6)).toBeFocused();
    await expect(page.locator(CARD).nth(6)).toHaveAttribute('id', `statement-${seventh}`);
  });

  test('folds the filter choices behind one button, so a fixed 600 px frame shows a quote', async ({ page }) => {
    // A CMS that strips the host script leaves the iframe at the height the editor typed.
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto('./?embed=1&view=timeline&district=nanshan');
    await expect(page.locator(CARD)).toHaveCount(2, { timeout: 20_000 });
    // Its words, not only the speaker's name above them.
    const words = page.locator(CARD).first().locator('.quote-card__quote, .quote-card__reported').first();
    await expect(words).toBeInViewport();
    // Search and the filters in force stay in sight; the choices wait behind the button.
    await expect(page.getByRole('searchbox')).toBeVisible();
    await expect(page.getByRole('button', { name: '移除筛选：南山区' })).toBeVisible();
    const choice = page.getByRole('button', { name: '福田区', exact: true });
    await expect(choice).toBeHidden();
    const more = page.getByText('更多筛选条件');
    await more.focus();
    await page.keyboard.press('Enter');
    await choice.click();
    await expect(page.locator(CARD)).toHaveCount(4);
    await more.click();
    await expect(choice).toBeHidden();
  });

  test('links to the same view un-embedded, in a new tab', async ({ page }) => {
    await page.goto('./?embed=1&view=map&bg=transparent&district=nanshan&lang=en');
    const link = page.getByRole('link', { name: 'Open the full dashboard (opens in a new tab)' });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener');
    const [full] = await Promise.all([page.waitForEvent('popup'), link.click()]);
    await expect(full).toHaveURL(/\/\?district=nanshan&lang=en$/);
    await expect(full.getByRole('heading', { level: 1 })).toBeVisible();
    await full.close();
  });

  test('bg=transparent lets the host page show through', async ({ page }) => {
    await page.goto('./?embed=1&view=summary&bg=transparent&scheme=light');
    await expect(page.locator('.summary__item').first()).toBeVisible();
    const backgrounds = await page.evaluate(() =>
      [document.documentElement, document.body].map((el) => getComputedStyle(el).backgroundColor),
    );
    expect(backgrounds).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
  });

  for (const [name, width, height, scheme] of [
    ['phone', 390, 844, 'light'],
    ['desk', 1440, 900, 'dark'],
  ] as const) {
    test(`fits a ${name} screen in the ${scheme} scheme, each view`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width, height });
      for (const { view, ready } of [{ view: 'all', ready: CARD }, ...WIDGETS]) {
        await page.goto(`./?embed=1&scheme=${scheme}${view === 'all' ? '' : `&view=${view}`}`);
        await expect(page.locator(ready).first()).toBeVisible({ timeout: 20_000 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${view}: horizontal overflow in px`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: screenshotPath(`embed-${view}-${name}-${scheme}`), fullPage: true });
      }
    });
  }
});

test.describe('an editor taking the embed code from the dashboard', () => {
  test('copies the code for the map of the current filter; pasted into a portal page, it shows that map, sized', async ({
    page,
    context,
    ownOrigins,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./?district=nanshan');
    await page.getByRole('button', { name: '嵌入' }).click();
    const dialog = page.getByRole('dialog', { name: '嵌入当前视图' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: '区域分布' }).check();
    const code = dialog.getByRole('textbox', { name: '嵌入代码' });
    await expect(code).toHaveValue(/title="深圳各区高质量发展承诺看板：区域分布"/);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: '复制代码' }).click();
    await expect(dialog.getByRole('status')).toHaveText('已复制到剪贴板。');
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toBe(await code.inputValue());
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: '嵌入' })).toBeFocused();

    const portal = await serve({
      pages: {
        '/': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>区政务门户</title></head><body><main><h1>区政务门户</h1>${snippet}</main></body></html>`,
      },
    });
    ownOrigins.add(portal.origin);
    try {
      await page.goto(portal.origin);
      const frame = page.frameLocator('iframe[data-szpledges]');
      await expect(frame.locator('.district-map__canvas')).toHaveAttribute('data-zoom', /\d/, { timeout: 20_000 });
      await expect(frame.getByRole('button', { name: /^南山区/ })).toHaveAttribute('aria-pressed', 'true');
      await expect(frame.locator(CARD)).toHaveCount(0);
      await page.locator('iframe[data-szpledges]').evaluate((el) => (el.id = 'pasted'));
      // embed.js sized the frame to its content, not to the snippet's 600 px placeholder.
      expect(await expectSized(page, 'pasted', 10_000)).not.toBe(600);
    } finally {
      await portal.close();
    }
  });

  test('opens on its first choice, and gives the code of a filter set after it was last closed', async ({ page }) => {
    await page.goto('./?district=nanshan');
    const open = page.getByRole('button', { name: '嵌入' });
    const dialog = page.getByRole('dialog', { name: '嵌入当前视图' });
    const code = dialog.getByRole('textbox', { name: '嵌入代码' });
    await open.click();
    await expect(dialog.getByRole('radio', { name: '整个看板' })).toBeFocused();
    await expect(code).toHaveValue(/district=nanshan/);
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect(dialog).toBeHidden();
    await page.locator('.filters__options').getByRole('button', { name: '罗湖区' }).click();
    await open.click();
    await expect(code).toHaveValue(/district=nanshan%2Cluohu|district=nanshan,luohu/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('radio', { name: '整个看板' })).toBeFocused();
  });

  test('opens again, afresh, when asked before its close event has come', async ({ page }) => {
    await page.goto('./');
    const open = page.getByRole('button', { name: '嵌入' });
    const dialog = page.getByRole('dialog', { name: '嵌入当前视图' });
    await open.click();
    await dialog.getByRole('radio', { name: '区域分布' }).check();
    // The close event is queued for a later task; a press of the button in the same task comes before it, as a key
    // pressed right after Escape did once in the end-to-end run.
    await page.evaluate(() => {
      document.querySelector('dialog')?.close();
      [...document.querySelectorAll('button')].find((b) => b.textContent === '嵌入')?.click();
    });
    // Open, and afresh: on its first choice.
    await expect(dialog.getByRole('radio', { name: '整个看板' })).toBeFocused();
    await expect(dialog.getByRole('radio', { name: '整个看板' })).toBeChecked();
    await expect(dialog.getByRole('textbox', { name: '嵌入代码' })).not.toHaveValue(/view=map/);
  });
});
