import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { CARD, expect, test } from './fixtures';

const cardNames = (page: Page) => page.locator(`${CARD} .quote-card__name`);
const summaryValue = (page: Page, label: string) =>
  page
    .getByRole('region', { name: /概况|Summary/ })
    .locator('.summary__item', { hasText: label })
    .locator('dd');
const searchParams = (page: Page) => new URL(page.url()).searchParams;

test.describe('an official filtering the dashboard', () => {
  test('selects 南山 on the map with the mouse: only 南山 remains, and the URL says so', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: /^南山区，/ }).click();
    await expect(cardNames(page)).toHaveText(['曹环', '陈炳炎']);
    // The cards it leaves out are gone for every reader: not read out, not in the tab order, not printed.
    await expect(page.getByRole('article')).toHaveCount(2);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('article')).toHaveCount(2);
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => searchParams(page).get('district')).toBe('nanshan');
    await expect(summaryValue(page, '条发言')).toHaveText('2');
    await expect(summaryValue(page, '个区有承诺')).toHaveText('1');
    await expect(page.getByRole('button', { name: '移除筛选：南山区' })).toBeVisible();
  });

  test('sees at the top what the numbers count, and clears the filter from there', async ({ page }) => {
    await page.goto('./');
    const summary = page.getByRole('region', { name: '概况' });
    await expect(summary).toContainText('未筛选：显示全部发言');
    await expect(summary).not.toContainText('当前筛选');
    await page.goto('./?district=luohu&theme=fintech');
    await expect(summary).toContainText('当前筛选：罗湖区、金融科技与数字人民币');
    await expect(summaryValue(page, '条发言')).toHaveText('1');
    await summary.getByRole('button', { name: '清除全部' }).focus();
    await page.keyboard.press('Enter');
    await expect(summaryValue(page, '条发言')).toHaveText('16');
    await expect(summary).not.toContainText('当前筛选');
    // The pressed button is gone; the keyboard's place is the line saying so, not the top of the page.
    await expect(summary.getByText('未筛选：显示全部发言')).toBeFocused();
    await expect.poll(() => searchParams(page).get('district')).toBeNull();
  });

  test('selects 南山 on the map with the keyboard', async ({ page }) => {
    await page.goto('./');
    const nanshan = page.getByRole('button', { name: /^南山区，/ });
    await nanshan.focus();
    await page.keyboard.press('Enter');
    await expect(cardNames(page)).toHaveText(['曹环', '陈炳炎']);
    await expect.poll(() => searchParams(page).get('district')).toBe('nanshan');
    await nanshan.focus();
    await page.keyboard.press('Space');
    await expect(page).not.toHaveURL(/district=/);
    await expect(cardNames(page)).toHaveCount(16);
  });

  test('opens a shared link with district and theme and sees that exact view', async ({ page }) => {
    await page.goto('./?district=luohu&theme=fintech');
    await expect(cardNames(page)).toHaveText(['黄拓']);
    await expect(page.getByRole('button', { name: '移除筛选：罗湖区' })).toBeVisible();
    await expect(page.getByRole('button', { name: '移除筛选：金融科技与数字人民币' })).toBeVisible();
    // Only the fintech pledges are counted and highlighted.
    await expect(summaryValue(page, '项承诺')).toHaveText('7');
    await expect(page.locator(`${CARD} mark`)).not.toHaveCount(0);
  });

  test('searches 数字人民币 and finds only 黄拓', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('searchbox', { name: '搜索' }).fill('数字人民币');
    await expect(cardNames(page)).toHaveText(['黄拓']);
    await expect.poll(() => searchParams(page).get('q')).toBe('数字人民币');
    // His quote holds the words, but two of his eight pledges do not: the six that do are counted, as in English.
    await expect(page.locator(`${CARD} .quote-card__toggle`)).toHaveText('展开 6 项承诺与出处');
    await page.goto(`./?lang=en&q=digital`);
    await expect(page.locator(`${CARD} .quote-card__toggle`)).toHaveText(/^Show 6 pledges/);
  });

  test('sees the words searched for in the English translation of the pledges', async ({ page }) => {
    await page.goto(`./?lang=en&q=${encodeURIComponent('Digital CURRENCY')}`);
    await expect(cardNames(page)).toHaveCount(1);
    await expect(page.locator(`${CARD} .quote-card__translation mark.search-hit`)).toHaveText(['digital currency']);
    // Open, each pledge carries its own translation, marked the same; the run of them all would repeat it.
    await page.locator(`${CARD} .quote-card__toggle`).click();
    await expect(page.locator(`${CARD} .quote-card__translation`)).toHaveCount(0);
    await expect(page.locator('.pledge__summary > [lang="en"] mark.search-hit')).toHaveText(['digital currency']);
  });

  for (const [lang, first, second] of [
    ['zh', 'zh-CN', 'en'],
    ['en', 'en', 'zh-CN'],
  ] as const) {
    test(`reads an opened card's pledges in its own language first (${lang})`, async ({ page }) => {
      await page.goto(`./?lang=${lang}&district=yantian`);
      await page.locator(`${CARD} .quote-card__toggle`).click();
      const summary = page.locator('.pledge__summary').first();
      // The other language follows as the smaller second line.
      await expect(summary.locator(`> [lang="${first}"]`)).toHaveCount(1);
      await expect(summary.locator(`> .pledge__second > [lang="${second}"]`)).toHaveCount(1);
      const [firstSize, secondSize] = await Promise.all(
        [`> [lang="${first}"]`, '> .pledge__second'].map((inside) =>
          summary.locator(inside).evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize)),
        ),
      );
      expect(secondSize).toBeLessThan(firstSize);
      await expect(summary.locator('[lang="en"] .quote-card__label')).toHaveText(
        lang === 'en' ? 'Translation' : '译文',
      );
    });
  }

  test('sees the words searched for in the Chinese summaries of the pledges too', async ({ page }) => {
    await page.goto(`./?q=${encodeURIComponent('数字人民币')}`);
    await page.locator(`${CARD} .quote-card__toggle`).click();
    const marked = page.locator('.pledge__summary > [lang="zh-CN"] mark.search-hit');
    await expect(marked).not.toHaveCount(0);
    expect(new Set(await marked.allTextContents())).toEqual(new Set(['数字人民币']));
  });

  test('finds our hyphenated "digital-RMB" when typing "digital RMB"', async ({ page }) => {
    await page.goto(`./?lang=en&q=${encodeURIComponent('digital RMB')}`);
    await expect(cardNames(page)).toHaveText(['Huang Tuo 黄拓']);
    await expect(page.locator(`${CARD} .quote-card__translation mark.search-hit`).first()).toHaveText('digital-RMB');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`sees where the words searched for stand in the quote, readable in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      // Full-width capitals fold to the source's ASCII, as the search itself does.
      await page.goto(`./?q=${encodeURIComponent('ｉ南山')}`);
      const card = page.locator(CARD);
      await expect(cardNames(page)).toHaveCount(1);
      await expect(card.locator('mark.search-hit')).toHaveText(['i南山']);
      await page.getByRole('searchbox', { name: '搜索' }).fill('数字人民币');
      await expect(cardNames(page)).toHaveText(['黄拓']);
      const hits = card.locator('mark.search-hit');
      await expect(hits).toHaveCount(7);
      expect(new Set(await hits.allTextContents())).toEqual(new Set(['数字人民币']));
      // Clearing the search clears the marks; the pledges' own marks stay.
      await page.getByRole('searchbox', { name: '搜索' }).fill('');
      await expect(page.locator('mark.search-hit')).toHaveCount(0);
      await expect(page.locator(`${CARD} mark`).first()).toBeVisible();
      await page.getByRole('searchbox', { name: '搜索' }).fill('数字人民币');
      const results = await new AxeBuilder({ page }).include('.quote-card').analyze();
      expect(results.violations).toEqual([]);
    });
  }

  test('keeps the search box in step with back and forward, one history entry per search', async ({ page }) => {
    await page.goto('./');
    const box = page.getByRole('searchbox', { name: '搜索' });
    await box.pressSequentially('南山');
    await expect(page).toHaveURL(/q=/);
    await page.getByRole('region', { name: '筛选' }).getByRole('button', { name: '人才', exact: true }).click();
    // The entry is written just after the frame that shows the choice; Back before it would skip it.
    await expect(page).toHaveURL(/theme=/);
    await page.goBack();
    await expect(box).toHaveValue('南山');
    await expect(page).not.toHaveURL(/theme=/);
    await page.goBack();
    await expect(box).toHaveValue('');
    await expect(cardNames(page)).toHaveCount(16);
  });

  test('lists the filters in force as chips, with a clear button of their height on their line', async ({ page }) => {
    await page.goto('./?district=luohu&theme=talent');
    const active = page.getByRole('region', { name: '筛选' }).locator('.filters__active');
    const chip = active.getByRole('button', { name: '移除筛选：罗湖区' });
    const clear = active.getByRole('button', { name: '清除全部', exact: true });
    await expect(chip).toBeVisible();
    await expect(clear).toBeVisible();
    // Measured in one go: the views above still load and move the bar down while the test runs.
    const [chipBox, clearBox] = await active.evaluate((bar) =>
      [
        bar.querySelector('.chip--active'),
        [...bar.querySelectorAll('button')].find((b) => b.textContent === '清除全部'),
      ].map((el) => {
        const { top, height } = (el as Element).getBoundingClientRect();
        return { top, height };
      }),
    );
    expect(Math.abs(clearBox.height - chipBox.height)).toBeLessThanOrEqual(1);
    expect(Math.abs(clearBox.top - chipBox.top)).toBeLessThanOrEqual(1);
    await clear.click();
    await expect(page).not.toHaveURL(/district=|theme=/);
  });

  test('says so when nothing matches, and clears in one click', async ({ page }) => {
    await page.goto('./?q=火星基地');
    await expect(page.getByText('没有符合当前筛选条件的发言。')).toBeVisible();
    // No top themes: a plain word where the chips stand, not something that looks like a chip to click.
    const none = page.locator('.summary__themes').getByText('无', { exact: true });
    await expect(none).toBeVisible();
    await expect(none).toHaveCSS('border-top-color', 'rgba(0, 0, 0, 0)');
    await expect(none).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    await page.getByRole('button', { name: '清除全部筛选' }).click();
    await expect(cardNames(page)).toHaveCount(16);
    await expect(page).not.toHaveURL(/q=/);
  });

  test('clearing from the keyboard focuses the timeline heading, its focus ring drawn above it', async ({ page }) => {
    await page.goto('./?q=火星基地');
    // Map and charts drawn first: their chunks arriving would move the heading between the reads below.
    await expect(page.locator('.district-map__canvas')).toHaveAttribute('data-zoom', /\d/, { timeout: 20_000 });
    await expect(page.locator('.chart-panel .chart-svg')).toHaveCount(2, { timeout: 20_000 });
    await page.getByRole('button', { name: '清除全部筛选' }).press('Enter');
    const heading = page.getByRole('heading', { name: '发言时间线' });
    await expect(heading).toBeFocused();
    await heading.evaluate((h) => h.scrollIntoView({ block: 'center' }));
    const box = await heading.boundingBox();
    if (!box) throw new Error('the timeline heading has no box');
    // The heading starts the timeline, which clips what it paints (contain: paint): this strip lies just above
    // the heading, where only the ring's upper edge is drawn (3 px, 2 px out).
    const strip = { x: box.x - 8, y: box.y - 5, width: box.width + 16, height: 4 };
    const focused = await page.screenshot({ clip: strip });
    await heading.evaluate((h) => h.blur());
    expect(focused.equals(await page.screenshot({ clip: strip }))).toBe(false);
  });

  test('switches to English and back', async ({ page }) => {
    await page.goto('./?district=nanshan');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Shenzhen District Commitments on High-Quality Development',
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect.poll(() => searchParams(page).get('lang')).toBe('en');
    await expect.poll(() => searchParams(page).get('district')).toBe('nanshan');
    // Quotes stay in Chinese, with the English summary beside them marked as translation.
    await expect(page.locator(`${CARD} .quote-card__translation`).first()).toContainText('Translation');
    // A sentence a pledge, as they are written: imperatives starting with a capital.
    await expect(page.locator(`${CARD} .quote-card__translation`).first()).toContainText(
      '“clustering + whole-chain support” strategy. Complete the innovation chain',
    );
    await expect(page.getByRole('button', { name: 'Remove filter: Nanshan District' })).toBeVisible();
    // Speakers by our romanisation, then their names as printed; a search finds them by it.
    await expect(cardNames(page)).toHaveText(['Cao Huan 曹环', 'Chen Bingyan 陈炳炎']);
    await page.getByRole('searchbox').fill('chen bingyan');
    await expect(cardNames(page)).toHaveText(['Chen Bingyan 陈炳炎']);
    await page.getByRole('button', { name: '中文', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('深圳各区高质量发展承诺看板');
    await expect(page).not.toHaveURL(/lang=/);
  });

  test('reads English with narrow quotation marks and Chinese with the full-width ones of the source', async ({
    page,
  }) => {
    await page.goto('./?lang=en');
    // The width of the first “ in the element, as a share of its font size.
    const quoteMarkWidth = (locator: Locator) =>
      locator.first().evaluate((element) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf('“') ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          return range.getBoundingClientRect().width / Number.parseFloat(getComputedStyle(element).fontSize);
        }
        return null;
      });
    const english = page.locator('.timeline__section-title', { hasText: '“new look”' });
    await expect(english).toBeVisible();
    expect(await quoteMarkWidth(english)).toBeLessThan(0.6);
    expect(await quoteMarkWidth(page.locator(`${CARD} .quote-card__quote`))).toBeGreaterThan(0.9);
  });

  test('goes back to the previous filter with the browser’s back button', async ({ page }) => {
    await page.goto('./');
    const filters = page.getByRole('region', { name: '筛选' });
    await filters.getByRole('button', { name: '罗湖区', exact: true }).click();
    await expect(cardNames(page)).toHaveCount(3);
    await filters.getByRole('button', { name: '招商引资', exact: true }).click();
    await expect(cardNames(page)).toHaveText(['谭志成', '吕毅']);
    await expect(page).toHaveURL(/theme=/);
    await page.goBack();
    await expect(cardNames(page)).toHaveText(['黄拓', '谭志成', '吕毅']);
    await expect(page).toHaveURL(/district=luohu$/);
    await page.goForward();
    await expect(cardNames(page)).toHaveText(['谭志成', '吕毅']);
  });

  test('filters by a district a dataset adds beyond the ten, and keeps it in the link', async ({ page }) => {
    // 汪斌's statement moved to a new area the bundled data does not have: no code, no shape on the map.
    await page.route('**/data/dataset.json', async (route) => {
      const response = await route.fetch();
      const dataset = await response.json();
      dataset.districts.push({
        slug: 'shenshan',
        adcode: null,
        kind: 'new-area',
        name: { zh: '深汕特别合作区', en: 'Shenshan Special Cooperation Zone' },
        shortName: { zh: '深汕', en: 'Shenshan' },
      });
      dataset.statements.find((s: { id: string }) => s.id === 'wang-bin').district = 'shenshan';
      await route.fulfill({ response, json: dataset });
    });
    await page.goto('./');
    const filters = page.getByRole('region', { name: '筛选' });
    const shenshan = filters.getByRole('button', { name: '深汕特别合作区', exact: true });
    await shenshan.click();
    await expect(shenshan).toHaveAttribute('aria-pressed', 'true');
    await expect(cardNames(page)).toHaveText(['汪斌']);
    await expect.poll(() => searchParams(page).get('district')).toBe('shenshan');
    await page.reload();
    await expect(cardNames(page)).toHaveText(['汪斌']);
  });

  test('exports exactly the filtered pledges as CSV that Excel reads as UTF-8', async ({ page }) => {
    await page.goto('./?district=dapeng&theme=tourism');
    const dataset = await (await page.request.get('data/dataset.json')).json();
    type Pledge = { id: string; text: string; themes: string[] };
    type Statement = { district: string | null; pledges: Pledge[] };
    const expected = (dataset.statements as Statement[])
      .filter((s) => s.district === 'dapeng')
      .flatMap((s) => s.pledges)
      .filter((p) => p.themes.includes('tourism'));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(expected.length + 1);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(expected.map((p) => p.id));
    for (const p of expected) expect(bytes.toString('utf8')).toContain(p.text);
  });

  test('gives an English reader the motto, which has no pledge to summarise it, in our translation', async ({
    page,
  }) => {
    await page.goto('./?lang=en&q=reach%20the%20clouds');
    const card = page.locator(CARD);
    await expect(card).toHaveCount(1);
    await expect(card.locator('blockquote')).toHaveText('“胸怀拿云志、功成在力行!”');
    const translation = card.locator('.quote-card__translation');
    await expect(translation).toHaveText('TranslationAspire to reach the clouds; success lies in action!');
    await expect(translation.locator('mark')).toHaveText('reach the clouds');
    // Open, it stays: no pledge below gives it.
    await card.locator('.quote-card__toggle').click();
    await expect(translation).toBeVisible();
  });

  test('expands a card to its pledges and the place in the source', async ({ page }) => {
    await page.goto('./?q=范磊');
    const details = page.locator(`${CARD} .quote-card__details`);
    await expect(page.getByRole('button', { name: /展开 3 项承诺与出处/ })).toBeVisible();
    await expect(details).toHaveCount(1);
    await expect(details).toBeHidden();
    // Closed, the details are not built at all: they were more than half of the page's elements.
    await expect(details.locator('*')).toHaveCount(0);
    await page.getByRole('button', { name: /展开 3 项承诺与出处/ }).click();
    await expect(details.locator('.pledge')).toHaveCount(3);
    await expect(details).toContainText('35项');
    await expect(details).toContainText('第 4 段');
  });

  for (const [lang, when] of [
    ['zh', '时间接下来（未给具体时间），原文“接下来”'],
    ['en', 'WhenNext steps (no date given); the source says “接下来”'],
  ] as const) {
    test(`gives a pledge's time horizon once, then the source's own words (${lang})`, async ({ page }) => {
      await page.goto(`./?q=黄拓&lang=${lang}`);
      await page.locator(`${CARD} .quote-card__toggle`).click();
      // His quote's pledges come first and name no time; those of his reported speech say 接下来.
      const facts = page.locator('.pledge__facts').filter({ hasText: lang === 'zh' ? '时间' : 'When' });
      await expect(facts.first()).toHaveText(when);
      // The label stands apart from its value: in the page's ink, the value muted.
      const [ink, label, value] = await facts
        .first()
        .evaluate((dl) =>
          [document.body, dl.querySelector('dt'), dl.querySelector('dd')].map(
            (el) => getComputedStyle(el as Element).color,
          ),
        );
      expect(label).toBe(ink);
      expect(value).not.toBe(ink);
    });
  }

  test('keeps each pledge fact’s label on one line on a phone, however long its value (en)', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./?q=黄拓&lang=en');
    await page.locator(`${CARD} .quote-card__toggle`).click();
    const labels = page.locator('.pledge__facts dt');
    await expect(labels.first()).toBeVisible();
    // "When" beside a long value was squeezed to "Wh / en". Lines counted from the text's boxes, a new one wherever
    // a box starts below the last: values that wrap, labels that do not.
    const lines = (selector: string) =>
      page.locator(selector).evaluateAll((els) =>
        els.map((el) => {
          const text = document.createRange();
          text.selectNodeContents(el);
          const boxes = [...text.getClientRects()].sort((a, b) => a.top - b.top);
          let count = 0;
          let bottom = -Infinity;
          for (const box of boxes) {
            if (box.top >= bottom - 1) count += 1;
            bottom = Math.max(bottom, box.bottom);
          }
          return count;
        }),
      );
    expect(Math.max(...(await lines('.pledge__facts dd')))).toBeGreaterThan(1);
    const labelLines = await lines('.pledge__facts dt');
    for (const [i, n] of labelLines.entries()) expect(n, `label ${i}`).toBe(1);
  });

  test('a link to one district builds its cards alone; once the whole list is seen, a filter hides the rest', async ({
    page,
  }) => {
    await page.goto('./?district=yantian');
    await expect(page.locator(CARD)).toHaveCount(1);
    await expect(page.locator('.quote-card')).toHaveCount(1);
    await page.getByRole('button', { name: '清除全部' }).first().click();
    await expect(page.locator(CARD)).toHaveCount(16);
    await page.locator('.filters__options').getByRole('button', { name: '盐田区', exact: true }).click();
    await expect(page.locator(CARD)).toHaveCount(1);
    await expect(page.locator('.quote-card')).toHaveCount(16);
  });

  /** 盐田 chosen after the whole list was shown: the other cards are kept, hidden, and must print nothing. */
  async function showYantianAfterAll(page: Page) {
    await page.goto('./');
    await expect(page.locator(CARD)).toHaveCount(16);
    await page.locator('.filters__options').getByRole('button', { name: '盐田区', exact: true }).click();
    await expect(page.locator(CARD)).toHaveCount(1);
  }

  test('a PDF made with print media alone, without the print events, spells out every pledge too', async ({ page }) => {
    await showYantianAfterAll(page);
    await expect(page.locator('.quote-card__details .pledge')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    // 盐田's four, and none from the cards the filter hides.
    await expect(page.locator('.quote-card__details .pledge')).toHaveCount(4);
    await expect(page.locator(`${CARD} .quote-card__details`).first()).toBeVisible();
  });

  test('spells out every pledge in the task of Ctrl+P’s beforeprint, and folds them again after', async ({ page }) => {
    await showYantianAfterAll(page);
    // The browser lays the page out for paper right after the event: the pledges must be there in that same task.
    const printed = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return document.querySelectorAll('.quote-card__details .pledge').length;
    });
    expect(printed).toBe(4);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.locator('.quote-card__details .pledge')).toHaveCount(0);
  });

  test('prints the current view without controls and with every pledge spelled out', async ({ page }) => {
    await page.goto('./?district=yantian');
    // What Ctrl+P does first: every view below the fold is drawn.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.chart-panel .chart-svg')).toHaveCount(2, { timeout: 20_000 });
    await expect(page.locator('.district-map__canvas')).toHaveAttribute('data-zoom', /\d/);
    for (const name of ['导出 CSV', '清除全部', '放大', '重置视图', '下载 PNG']) {
      await expect(page.getByRole('button', { name }).first(), name).toBeHidden();
    }
    await expect(page.getByText('查看数据表').first()).toBeHidden();
    await expect(page.locator('.district-map__help')).toBeHidden();
    await expect(page.getByRole('heading', { name: '筛选', exact: true })).toBeHidden();
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.locator(`${CARD} .quote-card__details .pledge`)).toHaveCount(4);
    await expect(page.locator(`${CARD} .quote-card__details`).first()).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('prints a dark-scheme page in the light scheme, charts and map included, and goes back after', async ({
    page,
    context,
  }) => {
    const charts = (on: Page) => on.locator('.chart-panel .chart-svg');
    const drawn = async (on: Page, search: string) => {
      await on.setViewportSize({ width: 1920, height: 1080 });
      await on.goto(`./${search}`);
      await expect(charts(on)).toHaveCount(2, { timeout: 20_000 });
      await expect(on.locator('.district-map__canvas')).toHaveAttribute('data-zoom', /\d/);
      await expect(on.locator('[aria-busy="true"]')).toHaveCount(0);
    };
    /** The charts' pictures (their colours are in their markup), read in the same task as `beforeprint` when
     * `print`: the browser lays the page out for paper right after that event, so the charts must be redrawn by then. */
    const pictures = (print: boolean) => {
      if (print) window.dispatchEvent(new Event('beforeprint'));
      return [...document.querySelectorAll('.chart-panel .chart-svg')].map((svg) => svg.outerHTML);
    };
    const baoanFill = (on: Page) => on.getByRole('button', { name: /^宝安区/ }).getAttribute('fill');

    const light = await context.newPage();
    await drawn(light, '?district=luohu&scheme=light');
    const onPaper = { charts: await light.evaluate(pictures, false), baoan: await baoanFill(light) };
    await light.close();

    await drawn(page, '?district=luohu&scheme=dark');
    const onScreen = { charts: await page.evaluate(pictures, false), baoan: await baoanFill(page) };
    expect(onScreen.charts).not.toEqual(onPaper.charts);
    expect(await page.evaluate(pictures, true)).toEqual(onPaper.charts);
    expect(await baoanFill(page)).toBe(onPaper.baoan);

    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => baoanFill(page)).toBe(onScreen.baoan);
    await expect.poll(() => page.evaluate(pictures, false)).toEqual(onScreen.charts);
  });

  test('the print button first draws the views still waiting below the fold', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    // What was on the page when the browser was asked to print.
    await page.addInitScript(() => {
      window.print = () => {
        document.body.dataset.printedCharts = String(document.querySelectorAll('.chart-panel .chart-svg').length);
      };
    });
    await page.goto('./');
    await expect(page.locator(CARD).first()).toBeAttached();
    await expect(page.locator('.chart-panel .chart-svg')).toHaveCount(0);
    await page.getByRole('button', { name: '打印' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed-charts', '2', { timeout: 20_000 });
  });

  test('ignores invalid URL values instead of failing', async ({ page }) => {
    await page.goto('./?district=atlantis,nanshan&theme=%3Cimg%20src%3Dx%3E&lang=xx&scheme=neon&q=');
    await expect(cardNames(page)).toHaveText(['曹环', '陈炳炎']);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('深圳各区高质量发展承诺看板');
  });
});

test.describe('an official clicking a district on the map', () => {
  for (const [width, height] of [
    [1920, 1080],
    [390, 844],
  ]) {
    for (const lang of ['zh', 'en']) {
      test(`finds the map (and on a desk the timeline) where it was after filtering and clearing, at ${width}×${height} (${lang})`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height });
        await page.goto(`./?lang=${lang}`);
        const map = page.locator('.district-map__canvas');
        await expect(map).toHaveAttribute('data-zoom', /\d/, { timeout: 20_000 });
        // Where the map and the timeline sit in the page, whatever the scroll: a line added above the map would
        // push it down under the pointer, and the district under the pointer would no longer be the one just
        // clicked. Exactly, not within a pixel: the lines that name the filter are as tall either way, and even
        // a shift of 1/32 px repaints all that lies below. On a phone the filter bar's count and its first chip
        // may take two lines, so there the timeline may move down by one.
        const desk = width > 1000;
        const watched = desk ? ['.district-map__canvas', '.timeline'] : ['.district-map__canvas'];
        // On a desk the charts load at once; drawn, they move nothing more (on a phone they wait to be scrolled to).
        if (desk) await expect(page.locator('.chart-panel .chart-svg')).toHaveCount(2, { timeout: 20_000 });
        const tops = () =>
          page.evaluate(
            (selectors) =>
              selectors.map((selector) => document.querySelector(selector)!.getBoundingClientRect().top + scrollY),
            watched,
          );
        const before = await tops();
        await page.getByRole('button', { name: /^(罗湖区，|Luohu District, )/ }).click();
        await expect(page).toHaveURL(/[?&]district=luohu(&|$)/);
        await expect(page.locator('.summary__filter')).toContainText(/罗湖区|Luohu District/);
        await expect(page.locator('.filters__active .chip')).toHaveCount(1);
        expect(await tops()).toEqual(before);
        await page
          .getByRole('button', { name: /^(清除全部|Clear all)$/ })
          .first()
          .click();
        await expect(page).not.toHaveURL(/district=/);
        await expect(page.locator('.filters__active .chip')).toHaveCount(0);
        expect(await tops()).toEqual(before);
      });
    }
  }
});

test.describe('an official at a wide desk screen', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('keeps the map in view while scrolling down to the theme × district grid', async ({ page }) => {
    await page.goto('./');
    const map = page.getByRole('region', { name: '区域分布' });
    const grid = page.locator('.chart-panel', { hasText: '各区与单位的主题分布' });
    // The charts' chunk and first draws take a while on a busy 2-core machine.
    await expect(grid.locator('.chart-svg')).toBeVisible({ timeout: 30_000 });
    await grid.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    const [mapBox, gridBox] = [await map.boundingBox(), await grid.boundingBox()];
    if (!mapBox || !gridBox) throw new Error('the map or the grid has no box');
    // The whole map panel is on screen beside the grid's last rows: nothing of it is cut off at either edge.
    expect(mapBox.y).toBeGreaterThanOrEqual(0);
    expect(mapBox.y + mapBox.height).toBeLessThanOrEqual(1080);
    expect(mapBox.y + mapBox.height).toBeGreaterThan(gridBox.y);
  });
});

test.describe('a dashboard on a 4K wall at 100 % scaling', () => {
  test.use({ viewport: { width: 3840, height: 2160 } });

  test('draws the colour menu’s arrow in proportion to its type, inside the menu', async ({ page }) => {
    await page.goto('./');
    const menu = page.getByRole('combobox', { name: '配色' });
    await expect(menu).toBeVisible();
    const { arrow, type, inside } = await menu.evaluate((select) => {
      const label = select.closest('label');
      if (!label) throw new Error('the colour menu has no label');
      const after = getComputedStyle(label, '::after');
      const box = select.getBoundingClientRect();
      const right = Number.parseFloat(after.right);
      // The arrow hangs off the label's right edge, which is the menu's.
      const labelRight = label.getBoundingClientRect().right;
      return {
        arrow: Number.parseFloat(after.width),
        type: Number.parseFloat(getComputedStyle(select).fontSize),
        inside: labelRight - right <= box.right && labelRight - right - Number.parseFloat(after.width) >= box.left,
      };
    });
    // The browser's own arrow stayed a few pixels wide, whatever the type's size.
    expect(arrow).toBeGreaterThanOrEqual(type * 0.4);
    expect(inside).toBe(true);
  });
});

test.describe('an official reading the map panel on a desk screen', () => {
  for (const [width, height] of [
    [1920, 1080],
    [1024, 768],
  ]) {
    for (const lang of ['zh', 'en']) {
      test(`finds no blank stretch under the map's help text, at ${width}×${height} (${lang})`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await page.goto(`./?lang=${lang}`);
        const panel = page.locator('.district-map');
        await expect(panel.locator('.district-map__canvas')).toHaveAttribute('data-zoom', /\d/, { timeout: 20_000 });
        const box = async (selector: string) => {
          const found = await panel.locator(selector).boundingBox();
          if (!found) throw new Error(`no box for ${selector}`);
          return found;
        };
        const [help, groups, source, legend] = await Promise.all(
          ['.district-map__help', '.district-map__groups', '.district-map__source', '.district-map__legend'].map(box),
        );
        // The legend stays beside the map.
        expect(legend.x).toBeGreaterThan(help.x + help.width);
        // The groups follow the help text in its own column, and the source note follows them: beside the map,
        // the groups' column ran about 200 px below the help text, which had only blank space under it.
        expect(groups.x).toBeCloseTo(help.x, 0);
        expect(groups.y - (help.y + help.height)).toBeGreaterThan(0);
        expect(groups.y - (help.y + help.height)).toBeLessThan(40);
        expect(source.y - (groups.y + groups.height)).toBeLessThan(40);
      });
    }
  }
});

test.describe('the numbers at the top', () => {
  for (const [path, width] of [
    ['./?lang=en', 390],
    ['./?lang=en', 700],
    ['./?embed=1&view=summary', 800],
    ['./?lang=en', 1024],
    ['./', 1920],
  ] as const) {
    test(`leave no row half empty at ${width} px (${path})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const list = page.locator('.summary__list');
      await expect(list.locator('.summary__item')).toHaveCount(5, { timeout: 20_000 });
      const rows = await list.evaluate((element) => {
        const right = element.getBoundingClientRect().right;
        const ends = new Map<number, number>();
        for (const item of element.querySelectorAll('.summary__item')) {
          const box = item.getBoundingClientRect();
          ends.set(Math.round(box.top), Math.max(ends.get(Math.round(box.top)) ?? 0, box.right));
        }
        // How far short of the list's right edge each row ends.
        return [...ends.values()].map((end) => Math.round(right - end));
      });
      // At 800 px the top themes wrapped alone into a second row and filled half of it.
      expect(
        rows.every((short) => short <= 1),
        `rows end ${rows.join(', ')} px short`,
      ).toBe(true);
    });
  }
});
