import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { CARD, expect, test } from './fixtures';
import { SCHEMES, VIEWPORTS, screenshotPath } from './screenshots';

/** Only the fields of data/dataset.json these tests count with. */
interface DatasetFile {
  themes: { id: string; label: { zh: string; en: string } }[];
  districts: { slug: string }[];
  unitTypes: { id: string; group: string }[];
  statements: { district: string | null; speaker: { unitType: string }; pledges: { themes: string[] }[] }[];
}

interface Expected {
  /** Theme id → pledges carrying it, over the whole dataset. */
  totals: Map<string, number>;
  /** `${theme}|${place}` → pledges, place being the district or the speaker group. */
  cells: Map<string, number>;
  /** Themes as the totals chart ranks them: by count, ties in taxonomy order. */
  order: string[];
  /** Columns of the matrix: districts with pledges, then the three non-district groups. */
  places: string[];
  labels: Map<string, string>;
}

/** The numbers computed here from the published file, independently of the app's selectors. */
async function expected(request: APIRequestContext): Promise<Expected> {
  const response = await request.get('data/dataset.json');
  expect(response.ok()).toBe(true);
  const data = (await response.json()) as DatasetFile;
  const groups = new Map(data.unitTypes.map((u) => [u.id, u.group]));
  const totals = new Map<string, number>();
  const cells = new Map<string, number>();
  const placesWithPledges = new Set<string>();
  for (const s of data.statements) {
    const place = s.district ?? groups.get(s.speaker.unitType) ?? '?';
    for (const pledge of s.pledges) {
      placesWithPledges.add(place);
      for (const theme of pledge.themes) {
        totals.set(theme, (totals.get(theme) ?? 0) + 1);
        cells.set(`${theme}|${place}`, (cells.get(`${theme}|${place}`) ?? 0) + 1);
      }
    }
  }
  const taxonomy = data.themes.map((t) => t.id);
  const order = [...taxonomy].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0));
  const places = [
    ...data.districts.map((d) => d.slug).filter((slug) => placesWithPledges.has(slug)),
    'institution',
    'company',
    'collective',
  ];
  return { totals, cells, order, places, labels: new Map(data.themes.map((t) => [t.id, t.label.zh])) };
}

const chartsRegion = (page: Page) => page.getByRole('region', { name: '主题分布' });
const panel = (page: Page, name: 'theme-totals' | 'theme-places') => page.locator(`[data-chart="${name}"]`);

/** The chart's picture: an SVG image named by its description. */
const picture = (page: Page, name: 'theme-totals' | 'theme-places') => panel(page, name).getByRole('img');

/** How many bars or cells the chart draws, each at a size that shows. */
const drawnMarks = (chart: Locator) =>
  chart.locator('.chart-svg__mark').evaluateAll(
    (marks) =>
      marks.filter((mark) => {
        const box = mark.getBoundingClientRect();
        return box.width >= 1 && box.height >= 1;
      }).length,
  );

/** The plot box the chart builder laid out, as the panel states it in data attributes. */
async function plotBox(page: Page, name: 'theme-totals' | 'theme-places') {
  const box = panel(page, name).locator('.chart-panel__picture');
  const read = async (attribute: string) => Number(await box.getAttribute(attribute));
  return {
    left: await read('data-plot-left'),
    top: await read('data-plot-top'),
    width: await read('data-plot-width'),
    rowHeight: await read('data-row-height'),
  };
}

/** The charts are a lazy chunk after the data: on a busy test machine that can take a while. */
const LOAD = { timeout: 30_000 };

async function chartsReady(page: Page, region = chartsRegion(page)) {
  // Below the fold (on a phone) the charts wait until the reader scrolls near them.
  await page.locator('.views').evaluate((views) => views.lastElementChild?.scrollIntoView({ block: 'nearest' }));
  await expect(region).toBeVisible(LOAD);
  for (const name of ['theme-totals', 'theme-places'] as const) {
    await expect.poll(() => drawnMarks(picture(page, name)), { message: name, ...LOAD }).toBeGreaterThan(0);
  }
}

test.describe('theme charts', () => {
  // Transitions off, so a click lands on a bar at its final size and screenshots are stable.
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('draws both charts with a heading, titles and an accessible summary', async ({ page, request }) => {
    const { order, totals, labels } = await expected(request);
    await page.goto('./');
    await chartsReady(page);
    const region = chartsRegion(page);
    await expect(region.getByRole('heading', { level: 2, name: '主题分布' })).toBeVisible();
    await expect(region.getByRole('heading', { level: 3 })).toHaveText(['各主题承诺数', '各区与单位的主题分布']);
    // The chart's own description states every count the bars show.
    const summary = await panel(page, 'theme-totals').getByRole('img').getAttribute('aria-label');
    for (const id of order) expect(summary).toContain(`${labels.get(id)} ${totals.get(id)} 项`);
  });

  test('a click on the first bar filters by its theme; the table’s theme buttons add more', async ({
    page,
    request,
  }) => {
    const { order } = await expected(request);
    await page.goto('./');
    await chartsReady(page);
    const box = await plotBox(page, 'theme-totals');
    // The first row is the largest count, so its bar covers the start of the plot at the row's middle.
    await picture(page, 'theme-totals').click({ position: { x: box.left + 8, y: box.top + box.rowHeight / 2 } });
    await expect(page).toHaveURL(new RegExp(`[?&]theme=${order[0]}(&|$)`));

    const totals = panel(page, 'theme-totals');
    await totals.getByText('查看数据表').click();
    const second = totals.locator(`tr[data-theme="${order[1]}"]`).getByRole('button');
    await second.click();
    await expect(page).toHaveURL(new RegExp(`[?&]theme=${order[0]},${order[1]}(&|$)`));
    await expect(second).toHaveAttribute('aria-pressed', 'true');
    await second.click();
    await expect(page).toHaveURL(new RegExp(`[?&]theme=${order[0]}(&|$)`));
  });

  test('a click on a matrix cell shows that theme in that district', async ({ page, request }) => {
    const { order, places } = await expected(request);
    await page.goto('./');
    await chartsReady(page);
    const box = await plotBox(page, 'theme-places');
    const row = order.indexOf('fintech');
    const column = places.indexOf('luohu');
    const cellWidth = box.width / places.length;
    await picture(page, 'theme-places').click({
      position: { x: box.left + (column + 0.5) * cellWidth, y: box.top + (row + 0.5) * box.rowHeight },
    });
    await expect(page).toHaveURL(/[?&]district=luohu(&|$)/);
    await expect(page).toHaveURL(/[?&]theme=fintech(&|$)/);
  });

  test('shows the number under the pointer in a tip beside it, in the page’s type, and hides it on leaving', async ({
    page,
    request,
  }) => {
    const { order, totals, labels } = await expected(request);
    await page.goto('./');
    await chartsReady(page);
    const box = await plotBox(page, 'theme-totals');
    const chart = picture(page, 'theme-totals');
    await chart.hover({ position: { x: box.left + 8, y: box.top + box.rowHeight / 2 } });
    const tip = panel(page, 'theme-totals').locator('.chart-tip');
    await expect(tip).toHaveText(`${labels.get(order[0])}\n${totals.get(order[0])} 项承诺`);
    // Beside the pointer, inside the chart.
    const [tipBox, chartBox] = [await tip.boundingBox(), await chart.boundingBox()];
    expect(tipBox && chartBox && tipBox.x + tipBox.width <= chartBox.x + chartBox.width).toBe(true);
    await page.mouse.move(0, 0);
    await expect(tip).toHaveCount(0);
  });

  test('an open data table follows a filter set elsewhere, and is the same after closing and opening it', async ({
    page,
  }) => {
    await page.goto('./');
    await chartsReady(page);
    const totals = panel(page, 'theme-totals');
    const summary = totals.getByText('查看数据表');
    const enterprise = totals.locator('tr[data-theme="enterprise"] td').first();
    // Closed, the table is not built at all (a filter change would otherwise rebuild it for nobody).
    await expect(totals.locator('table')).toHaveCount(0);
    await summary.click();
    // 营商环境与企业服务: 17 pledges in the bundled dataset, 5 of them from 罗湖.
    await expect(enterprise).toHaveText('17');
    await page.getByRole('region', { name: '筛选' }).getByRole('button', { name: '罗湖区', exact: true }).click();
    await expect(enterprise).toHaveText('5');
    await summary.click();
    await expect(totals.locator('table')).toHaveCount(0);
    await summary.click();
    await expect(enterprise).toHaveText('5');
  });

  test('the data tables hold the same numbers as the published data', async ({ page, request }) => {
    const { order, totals, cells, places } = await expected(request);
    await page.goto('./');
    await chartsReady(page);

    const totalsPanel = panel(page, 'theme-totals');
    await totalsPanel.getByText('查看数据表').click();
    const table = totalsPanel.getByRole('table');
    await expect(table.locator('caption')).toHaveText(/各主题的承诺数/);
    await expect(table.locator('tbody tr')).toHaveCount(order.length);
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-theme'), tr.querySelector('td')?.textContent]));
    expect(rows).toEqual(order.map((id) => [id, String(totals.get(id) ?? 0)]));

    const matrixPanel = panel(page, 'theme-places');
    await matrixPanel.getByText('查看数据表').click();
    const matrix = matrixPanel.getByRole('table');
    // The table is built once the details have opened.
    await expect(matrix.locator('tbody tr')).toHaveCount(order.length);
    const found = await matrix.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        theme: tr.getAttribute('data-theme'),
        cells: [...tr.querySelectorAll('td[data-place]')].map((td) => [td.getAttribute('data-place'), td.textContent]),
        total: tr.querySelector('.chart-table__total')?.textContent,
      })),
    );
    expect(found).toEqual(
      order.map((theme) => ({
        theme,
        cells: places.map((place) => [place, String(cells.get(`${theme}|${place}`) ?? 0)]),
        total: String(totals.get(theme) ?? 0),
      })),
    );
    await matrix.getByRole('button', { name: /查看罗湖在“金融科技与数字人民币”主题下的/ }).click();
    await expect(page).toHaveURL(/[?&]theme=fintech(&|$)/);
    await expect(page).toHaveURL(/[?&]district=luohu(&|$)/);
  });

  test('exports each chart as a PNG: the picture on screen at twice its size', async ({ page }) => {
    await page.goto('./');
    await chartsReady(page);
    for (const [name, title, file] of [
      ['theme-totals', '各主题承诺数', '承诺-主题分布.png'],
      ['theme-places', '各区与单位的主题分布', '承诺-主题与区.png'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: `下载 PNG：${title}` }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(file);
      const bytes = await readFile(await download.path());
      expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      // Decoded in the page: twice the chart's size, with the first bar (or cell) in its own colour near its left
      // end (its middle holds its number).
      const chart = picture(page, name);
      const first = await chart
        .locator('.chart-svg__mark')
        .first()
        .evaluate((mark) => {
          const number = (key: string) => Number(mark.getAttribute(key));
          return {
            x: number('x') + 4,
            y: number('y') + number('height') / 2,
            fill: mark.getAttribute('fill'),
          };
        });
      const size = {
        width: Number(await chart.getAttribute('width')),
        height: Number(await chart.getAttribute('height')),
      };
      const decoded = await page.evaluate(
        async ({ png, at }) => {
          const image = new Image();
          image.src = `data:image/png;base64,${png}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width;
          canvas.height = image.height;
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0);
          const [r, g, b] = context.getImageData(Math.round(at.x * 2), Math.round(at.y * 2), 1, 1).data;
          return {
            width: image.width,
            height: image.height,
            colour: `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`,
          };
        },
        { png: bytes.toString('base64'), at: first },
      );
      expect(decoded).toEqual({ width: size.width * 2, height: size.height * 2, colour: first.fill?.toLowerCase() });
      await download.saveAs(screenshotPath(`charts-export-${file.replace(/\.png$/, '')}`));
    }
  });

  test('redraws at the new width when the window narrows', async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto('./');
    await chartsReady(page);
    const chart = picture(page, 'theme-totals');
    const wide = (await chart.boundingBox())?.width ?? 0;
    await page.setViewportSize({ width: 600, height: 1000 });
    await expect.poll(async () => (await chart.boundingBox())?.width ?? 0).toBeLessThan(wide - 100);
    // Laid out again for the new width, not shrunk: the picture's own width is the box's.
    const scaledBy = () =>
      chart.evaluate((svg) => Math.abs(Number(svg.getAttribute('width')) - svg.getBoundingClientRect().width));
    await expect.poll(scaledBy, 'laid out for the new width, not scaled down').toBeLessThan(1);
    await expect.poll(() => drawnMarks(chart)).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
  });

  test('draws a chart that was hidden at first once it is shown', async ({ page }) => {
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.id = 'hide-charts';
        // Important: the charts' own stylesheet loads later and would win a tie.
        style.textContent = '.theme-charts__panels { display: none !important; }';
        document.head.append(style);
      });
    });
    await page.goto('./');
    await expect(chartsRegion(page)).toBeVisible(LOAD);
    await expect(chartsRegion(page).locator('.chart-panel')).toHaveCount(2);
    await expect(chartsRegion(page).getByRole('img')).toHaveCount(0);
    await page.evaluate(() => document.getElementById('hide-charts')?.remove());
    await chartsReady(page);
    const width = (await picture(page, 'theme-places').boundingBox())?.width ?? 0;
    expect(width).toBeGreaterThan(200);
  });

  test('on a phone, load only once the reader scrolls towards them', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const chartChunks: string[] = [];
    page.on('request', (request) => {
      if (/themeTotalsChart|ThemeCharts/.test(request.url())) chartChunks.push(request.url());
    });
    await page.goto('./');
    await expect(page.locator(CARD).first()).toBeAttached(LOAD);
    // The map, half on screen, loads; the charts a screen further down do not, not even their code.
    await expect(page.locator('.district-map__canvas')).toHaveAttribute('data-zoom', /\d/, LOAD);
    await expect(chartsRegion(page)).toHaveCount(0);
    expect(chartChunks).toEqual([]);
    await page.mouse.wheel(0, 900);
    await expect.poll(() => chartChunks.length, LOAD).toBeGreaterThan(0);
    await chartsReady(page);
  });

  test('on a phone, names the sideways-scrolling matrix table in full, above its box', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./?lang=en');
    await chartsReady(page, page.getByRole('region', { name: 'By theme' }));
    const matrixPanel = panel(page, 'theme-places');
    await matrixPanel.getByText('Show data table').click();
    const caption =
      'Pledges by theme in each district, city institutions, companies and collective voices (the same numbers as the chart above)';
    const box = matrixPanel.getByRole('region', { name: caption });
    await expect(matrixPanel.getByRole('table', { name: caption })).toBeVisible();
    // The box scrolls sideways; the words naming it stay within the screen, none under its right edge.
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    // Every line of the words naming it ends within the screen, none under the box's right edge.
    const overhang = await matrixPanel.getByText(caption, { exact: true }).evaluate(
      (p, frame) => {
        const words = document.createRange();
        words.selectNodeContents(p);
        const edge = (frame as Element).getBoundingClientRect().right;
        return Math.max(...[...words.getClientRects()].map((line) => line.right - edge));
      },
      await box.elementHandle(),
    );
    expect(overhang).toBeLessThanOrEqual(1);
    // A screen reader hears the name twice, as the box's and as the table's, not once more as a paragraph.
    const spoken = await matrixPanel.ariaSnapshot();
    expect(spoken.split(caption).length - 1).toBe(2);
  });

  test('speaks English when the page does', async ({ page }) => {
    await page.goto('./?lang=en');
    await chartsReady(page, page.getByRole('region', { name: 'By theme' }));
    await expect(page.getByRole('button', { name: 'Download PNG: Pledges by theme' })).toBeVisible();
    const summary = await panel(page, 'theme-totals').getByRole('img').getAttribute('aria-label');
    expect(summary).toContain('Business environment & enterprise services');
  });

  test('redraws when the reader switches language or colours', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto('./');
    await chartsReady(page);
    // The picture's colours are in its markup.
    const image = () => picture(page, 'theme-places').evaluate((svg) => svg.outerHTML);
    const light = await image();
    await page.getByRole('combobox', { name: '配色' }).selectOption({ label: '深色' });
    await expect.poll(image).not.toBe(light);

    // The header's language toggle (named by its visible text or by its action, depending on the header).
    await page
      .getByRole('banner')
      .getByRole('button', { name: /^(English|切换到英文)$/ })
      .click();
    const region = page.getByRole('region', { name: 'By theme' });
    await expect(region).toBeVisible();
    await expect(panel(page, 'theme-totals').getByRole('img')).toHaveAttribute(
      'aria-label',
      /^Bar chart of pledges by theme: .*Business environment & enterprise services \d+/,
    );
  });

  for (const scheme of SCHEMES) {
    test(`has no accessibility violations in the ${scheme} scheme, tables open`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('./?theme=talent');
      await chartsReady(page);
      for (const summary of await chartsRegion(page).getByText('查看数据表').all()) await summary.click();
      const results = await new AxeBuilder({ page }).include('.theme-charts').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
      // An open table never widens the charts: the matrix scrolls inside its own box.
      const chart = await picture(page, 'theme-places').boundingBox();
      const section = await chartsRegion(page).boundingBox();
      expect((chart?.x ?? 0) + (chart?.width ?? Infinity)).toBeLessThanOrEqual(
        (section?.x ?? 0) + (section?.width ?? 0),
      );
      await chartsRegion(page).screenshot({ path: screenshotPath(`charts-tables-${scheme}`) });
    });

    for (const viewport of VIEWPORTS) {
      for (const lang of ['zh', 'en'] as const) {
        test(`fits and reads on a ${viewport.width}×${viewport.height} screen in the ${scheme} scheme (${lang})`, async ({
          page,
        }) => {
          // A 4K screenshot is slow to take on a 2-core CI machine; it is not slow for readers.
          if (viewport.width > 2000) test.slow();
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme: scheme });
          // Chinese unfiltered; English with a theme selected, to see the emphasis too.
          await page.goto(lang === 'zh' ? './' : './?lang=en&theme=enterprise');
          const region = lang === 'zh' ? chartsRegion(page) : page.getByRole('region', { name: 'By theme' });
          await chartsReady(page, region);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
          await region.screenshot({ path: screenshotPath(`charts-${viewport.name}-${scheme}-${lang}`) });
        });
      }
    }
  }
});
