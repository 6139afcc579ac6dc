import fc from 'fast-check';
import type { Page } from '@playwright/test';
import { CARD, expect, test } from './fixtures';

/** A page that is not blank: either the dashboard or a message that says what is wrong. */
async function expectSomethingUseful(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator(`${CARD}, .status--error, .timeline__empty`).first()).toBeVisible();
}

const urlPart = fc.oneof(
  fc.constantFrom('district', 'theme', 'section', 'group', 'q', 'lang', 'scheme', 'mode', 'embed', 'view', 'x'),
  fc.string({ maxLength: 12 }),
);
const urlValue = fc.oneof(
  fc.constantFrom(
    'nanshan',
    'futian,luohu',
    'fintech',
    'en',
    'dark',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 2000, maxLength: 3000 }),
  fc.constantFrom('%', '%E0%A4%A', '&&', '=', ',,,,'),
);
const fuzzedQueries = fc.sample(
  fc
    .array(fc.tuple(urlPart, urlValue), { minLength: 1, maxLength: 6 })
    .map((pairs) =>
      pairs.map(([k, v]) => `${encodeURIComponent(k)}=${Math.random() < 0.7 ? encodeURIComponent(v) : v}`).join('&'),
    ),
  { numRuns: 50, seed: 42 },
);

test.describe('fuzzing', () => {
  test('50 malformed URLs never crash or blank the page, and run no script', async ({ page }) => {
    test.setTimeout(180_000);
    page.on('dialog', (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`);
    });
    for (const query of fuzzedQueries) {
      await page.goto(`./?${query}`);
      await expectSomethingUseful(page);
    }
  });

  test('20 mutated datasets give the dashboard or a clear message, never a blank page or a script run', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const original = await (await page.request.get('data/dataset.json')).json();
    const mutations = fc.sample(
      fc.array(
        fc.record({
          statement: fc.nat({ max: original.statements.length - 1 }),
          field: fc.constantFrom('quote', 'district', 'id', 'speaker', 'pledges', 'order', 'quoteSpan', 'section'),
          value: fc.constantFrom(
            null,
            42,
            '',
            '<img src=x onerror="window.__pwned=1">',
            'javascript:window.__pwned=1',
            [],
            {},
            'nanshan',
          ),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      { numRuns: 20, seed: 7 },
    );
    page.on('dialog', (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`);
    });
    let current = original;
    await page.route('**/data/dataset.json', (route) => route.fulfill({ json: current }));
    for (const changes of mutations) {
      current = structuredClone(original);
      for (const { statement, field, value } of changes) current.statements[statement][field] = value;
      await page.goto('./');
      await expectSomethingUseful(page);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    }
  });
});
