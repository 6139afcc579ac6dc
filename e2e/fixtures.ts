/**
 * Every end-to-end test runs under these guards: the page may log no console error, throw no
 * uncaught exception, and send no request outside its own origin (or the other origins the test
 * serves itself, such as a host page that embeds the dashboard).
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ allowedConsoleErrors: RegExp[]; ownOrigins: Set<string>; guards: void }>({
  /** Console errors a test provokes on purpose (a 404 it serves itself, say). */
  allowedConsoleErrors: [[], { option: true }],
  /** The app's origin, and any a test adds for servers it starts itself. */
  ownOrigins: async ({ baseURL }, use) => use(new Set([new URL(baseURL ?? 'http://127.0.0.1').origin])),
  guards: [
    async ({ page, ownOrigins, allowedConsoleErrors }, use) => {
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
        if (url.protocol !== 'data:' && url.protocol !== 'blob:' && !ownOrigins.has(url.origin))
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

/** A quote card the reader can see: the timeline keeps some cards built but hidden while a filter leaves them out. */
export const CARD = '.quote-card:not([hidden])';
