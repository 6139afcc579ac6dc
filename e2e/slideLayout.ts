import type { Page } from '@playwright/test';

/** Everything a person could miss on a slide: scrolling, text pushed out of its box or off the screen. */
export function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > innerWidth || root.scrollHeight > innerHeight) {
      problems.push(`page scrolls: ${root.scrollWidth}×${root.scrollHeight} in ${innerWidth}×${innerHeight}`);
    }
    for (const box of document.querySelectorAll<HTMLElement>('.present-quote, .present__stage, .present-list')) {
      if (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1) {
        problems.push(
          `${box.className} overflows: ${box.scrollWidth}×${box.scrollHeight} in ${box.clientWidth}×${box.clientHeight}`,
        );
      }
    }
    for (const plot of document.querySelectorAll<HTMLElement>('.theme-bars__plot')) {
      const chart = plot.firstElementChild as HTMLElement | null;
      if (chart && chart.getBoundingClientRect().height > plot.getBoundingClientRect().height + 1) {
        problems.push(`chart taller than its box: ${chart.getBoundingClientRect().height} > ${plot.clientHeight}`);
      }
    }
    for (const more of document.querySelectorAll<HTMLElement>('.theme-bars__more')) {
      const chart = more
        .closest('.theme-bars')
        ?.querySelector('.theme-bars__plot > :first-child')
        ?.getBoundingClientRect();
      const gap = chart ? more.getBoundingClientRect().top - chart.bottom : Infinity;
      if (gap > Number.parseFloat(getComputedStyle(more).fontSize)) {
        problems.push(`"${more.textContent}" stands ${Math.round(gap)} px below its chart`);
      }
    }
    const texts = document.querySelectorAll<HTMLElement>('.present__stage *, .present__bar *');
    for (const el of texts) {
      if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) {
        problems.push(`off screen: "${el.textContent?.slice(0, 20)}" at ${Math.round(r.left)},${Math.round(r.top)}`);
      }
    }
    return problems;
  });
}
