import AxeBuilder from '@axe-core/playwright';
import { CARD, expect, test } from './fixtures';
import { SCHEMES, VIEWPORTS, screenshotPath } from './screenshots';

/** Who the source article quotes in each district (read off the article, not the dataset). */
const SPEAKERS_BY_DISTRICT: Record<string, string[]> = {
  futian: ['范磊', '练佳其'],
  luohu: ['黄拓', '谭志成', '吕毅'],
  nanshan: ['曹环', '陈炳炎'],
  yantian: ['汪斌'],
  longgang: ['蒋小平'],
  dapeng: ['李洪波', '陈马林'],
};

const cardNames = (page: import('@playwright/test').Page) => page.locator(`${CARD} .quote-card__name`);

test.describe('the page', () => {
  for (const [district, speakers] of Object.entries(SPEAKERS_BY_DISTRICT)) {
    test(`shows ${district}'s speakers from the source under that district`, async ({ page }) => {
      await page.goto(`./?district=${district}`);
      await expect(cardNames(page)).toHaveText(speakers);
    });
  }

  test('keeps city institutions and companies apart from the districts', async ({ page }) => {
    await page.goto('./?group=institution,company');
    await expect(cardNames(page)).toHaveText(['胡晓军', '杨学明', '李婷华']);
    for (const card of await page.locator(CARD).all()) {
      await expect(card.locator('.tag--district')).toHaveText(/市级机构|企业/);
    }
  });

  test('summarises the dataset in numbers and names its source', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('深圳各区高质量发展承诺看板');
    const summary = page.getByRole('region', { name: '概况' });
    const value = (label: string) => summary.locator('.summary__item', { hasText: label }).locator('dd');
    await expect(value('条发言')).toHaveText('16');
    await expect(value('位发言人')).toHaveText('14');
    await expect(value('个区有承诺')).toHaveText('6');
    expect(Number(await value('项承诺').textContent())).toBeGreaterThanOrEqual(40);
    await expect(page.getByText('来源：深圳特区报（深圳市商务局网站转载），2023年2月6日或之后')).toBeVisible();
  });

  test('marks an inferred district as inferred, with the reason', async ({ page }) => {
    await page.goto('./?q=练佳其');
    const card = page.locator(CARD);
    await expect(card.locator('.tag--district')).toHaveText('福田区（推定）');
    await expect(card.getByText(/华强北街道是福田区辖下街道/)).toBeVisible();
  });

  for (const scheme of SCHEMES) {
    test(`has no accessibility violations in the ${scheme} scheme`, async ({ page }) => {
      // Scanning the whole page takes axe 20–35 s on a busy 2-core CI machine; it is not slow for readers.
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('./');
      await expect(cardNames(page).first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });

    for (const viewport of VIEWPORTS) {
      test(`fits a ${viewport.width}×${viewport.height} screen in the ${scheme} scheme`, async ({ page }) => {
        // A full-page 4K screenshot is slow to take on a 2-core CI machine; it is not slow for readers.
        if (viewport.width > 2000) test.slow();
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto('./');
        await expect(cardNames(page).first()).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
        // The header's title and buttons line up with the page's column, however wide the screen.
        const edges = await page.evaluate(() => {
          const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
          return {
            title: box('.masthead__title')?.left,
            column: box('.summary__item')?.left,
            buttons: box('.controls')?.right,
            columnEnd: box('.views')?.right,
          };
        });
        expect(edges.title).toBeCloseTo(edges.column ?? NaN, 0);
        expect(edges.buttons).toBeCloseTo(edges.columnEnd ?? NaN, 0);
        // The scheme select stands as tall as the buttons beside it (not counting those of the closed embed dialog).
        const heights = await page
          .locator('.controls')
          .evaluate((bar) =>
            [...bar.querySelectorAll('button, select')]
              .filter((c) => c.closest('dialog') === null)
              .map((c) => c.getBoundingClientRect().height),
          );
        expect(Math.max(...heights) - Math.min(...heights), heights.join(', ')).toBeLessThanOrEqual(1);
        // The source's date stays on one line wherever it is given, never "2023" at a line's end and "年2月6日"
        // on the next.
        const dateLines = await page.evaluate((date) => {
          const linesOf = (element: Element) => {
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const at = node.textContent?.indexOf(date) ?? -1;
              if (at < 0) continue;
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + date.length);
              return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
            }
            return 0;
          };
          return [...document.querySelectorAll('.masthead__source, .timeline__source-meta')].map(linesOf);
        }, '2023年2月6日');
        expect(dateLines).toEqual([1, 1]);
        await page.screenshot({ path: screenshotPath(`page-${viewport.name}-${scheme}`), fullPage: true });
      });
    }
  }
});

test.describe('when the dataset is bad or cannot be loaded', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });

  test('a missing file says so and offers a retry that recovers', async ({ page }) => {
    let fail = true;
    await page.route('**/data/dataset.json', (route) =>
      fail ? route.fulfill({ status: 404, body: 'gone' }) : route.fallback(),
    );
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('服务器未能提供承诺数据（404');
    fail = false;
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(cardNames(page).first()).toBeVisible();
  });

  test('a broken shared part is named by record and field, and nothing is shown', async ({ page }) => {
    await page.route('**/data/dataset.json', async (route) => {
      const response = await route.fetch();
      const dataset = await response.json();
      dataset.themes[0].label.en = ' ';
      await route.fulfill({ response, json: dataset });
    });
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('承诺数据不符合格式要求');
    await expect(alert).toContainText('data/dataset.json: theme "fintech": label.en: must not be empty');
    await expect(cardNames(page)).toHaveCount(0);
  });

  test('keeps the good statements when one is broken, and says what was left out', async ({ page }) => {
    await page.route('**/data/dataset.json', async (route) => {
      const response = await route.fetch();
      const dataset = await response.json();
      dataset.statements[4].district = 'atlantis';
      await route.fulfill({ response, json: dataset });
    });
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('有 1 条发言不符合格式要求，已略去');
    await expect(page.getByRole('alert')).toContainText('district: unknown district "atlantis"');
    await expect(cardNames(page)).toHaveCount(15);
  });

  for (const [kind, emptied] of [
    ['no statements at all', (statements: unknown[]) => statements.splice(0)],
    [
      'only bad statements',
      (statements: { district: string }[]) => statements.forEach((s) => (s.district = 'atlantis')),
    ],
  ] as const) {
    test(`a file with ${kind} says so, on the dashboard and the meeting-room screen, not a page of zeros`, async ({
      page,
    }) => {
      await page.route('**/data/dataset.json', async (route) => {
        const response = await route.fetch();
        const dataset = await response.json();
        emptied(dataset.statements);
        await route.fulfill({ response, json: dataset });
      });
      for (const url of ['./', './?mode=present', './?embed=1']) {
        await page.goto(url);
        await expect(page.getByText('数据文件中没有可显示的发言。')).toBeVisible();
        // Not "everything else is shown" when nothing is.
        await expect(page.getByText('其余内容照常显示')).toHaveCount(0);
        await expect(page.getByRole('region', { name: '概况' })).toHaveCount(0);
        await expect(page.locator('.present__stage')).toHaveCount(0);
      }
    });
  }

  test('renders markup in the data as inert text', async ({ page }) => {
    const payload = '<img src=x onerror="window.__pwned=1"><a href="javascript:window.__pwned=2">link</a>';
    await page.route('**/data/dataset.json', async (route) => {
      const response = await route.fetch();
      const dataset = await response.json();
      // Fields the runtime cannot check against the source; quotes and pledges it can.
      dataset.statements[2].speaker.post.zh = payload;
      dataset.statements[2].speaker.name = '<b>范磊</b>';
      await route.fulfill({ response, json: dataset });
    });
    await page.goto('./');
    const card = page.locator(CARD, { hasText: '<b>范磊</b>' });
    await expect(card.locator('.quote-card__role')).toContainText(payload);
    await expect(card.locator('img, b, a[href^="javascript"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('renders markup in a quote as inert text, even when the source paragraph carries it too', async ({ page }) => {
    const payload = '<img src=x onerror="window.__pwned=1"><a href="javascript:window.__pwned=2">link</a>';
    await page.route('**/data/dataset.json', async (route) => {
      const response = await route.fetch();
      const dataset = await response.json();
      // A quote must be the source's words, so a forged file puts the markup into the paragraph as well; the
      // quote runs on to it from where it began, so the pledges still lie within it.
      const statement = dataset.statements[2];
      const source = dataset.sources.find((s: { id: string }) => s.id === statement.sourceId);
      const paragraphs: string[] = source.paragraphs;
      paragraphs[statement.paragraph - 1] += payload;
      const { start } = statement.quoteSpan;
      statement.quote = paragraphs[statement.paragraph - 1].slice(start);
      statement.quoteSpan = { start, end: start + statement.quote.length };
      await route.fulfill({ response, json: dataset });
    });
    await page.goto('./');
    await expect(page.locator(`${CARD} .quote-card__quote`, { hasText: payload })).toHaveCount(1);
    await expect(page.locator('.quote-card img, .quote-card a[href^="javascript"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

test.describe('when one view fails', () => {
  // One pattern: Playwright would read a second array element as fixture options.
  test.use({ allowedConsoleErrors: [/Failed to load resource|Failed to fetch dynamically imported module/] });

  test('says so in its place, the rest of the page keeps working, and its retry hands on the focus', async ({
    page,
  }) => {
    // A chunk that cannot be loaded (replaced by a deploy, blocked by a proxy) makes its lazy view throw.
    let broken = true;
    await page.route('**/assets/ThemeCharts-*.js', (route) =>
      broken ? route.fulfill({ status: 500, body: 'boom' }) : route.fallback(),
    );
    await page.goto('./');
    await expect(cardNames(page)).toHaveCount(16);
    // The failed chunk can take a while to give up on a busy machine.
    const failed = page.getByText('此部分无法显示。');
    await expect(failed).toHaveCount(1, { timeout: 15_000 });
    await expect(page.getByRole('region', { name: '区域分布' })).toBeVisible();
    await page.getByRole('region', { name: '筛选' }).getByRole('button', { name: '罗湖区', exact: true }).click();
    await expect(cardNames(page)).toHaveCount(3);
    // A retry from the keyboard that fails again leaves the focus on the new panel's button, not on the page.
    const retry = page.locator('.status', { has: failed }).getByRole('button', { name: '重试' });
    await retry.focus();
    await page.keyboard.press('Enter');
    await expect(retry).toBeFocused({ timeout: 15_000 });
    // Once the file can be had again, the view's own retry button brings it back, filter and all, and the
    // view's heading takes the focus.
    broken = false;
    await page.keyboard.press('Enter');
    await expect(failed).toHaveCount(0);
    await expect(page.getByRole('button', { name: '下载 PNG：各主题承诺数' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('heading', { name: '主题分布', exact: true })).toBeFocused();
  });
});
