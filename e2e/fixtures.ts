/**
 * Every end-to-end test runs under these guards: the page may log no console error, throw no
 * uncaught exception, and send no request outside its own origin.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ allowedConsoleErrors: RegExp[]; guards: void }>({
  /** Console errors a test provokes on purpose (a 404 it serves itself, say). */
  allowedConsoleErrors: [[], { option: true }],
  guards: [
    async ({ page, baseURL, allowedConsoleErrors }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const consoleErrors: string[] = [];
      const foreignRequests: string[] = [];
      const pageErrors: string[] = [];
      page.on('console', (message) => {
        const text = message.text();
        if (message.type() === 'error' && !allowedConsoleErrors.some((allowed) => allowed.test(text))) {
          consoleErrors.push(text);
        }
      });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
          foreignRequests.push(request.url());
      });
      await use();
      expect(foreignRequests, 'requests outside the page origin').toEqual([]);
      expect(pageErrors, 'uncaught errors').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
