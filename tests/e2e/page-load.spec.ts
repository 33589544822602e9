// Margin never delays the case system's own page load: it starts once the page has loaded.
import { test, expect, sidebarFrame } from './support/fixtures';

test('Margin starts after the page load event, even when a page resource is slow', async ({
  margin,
  demoUrl,
}) => {
  // A first screen wakes Margin's background (on a fresh profile its first answer takes seconds).
  const first = await margin.context.newPage();
  await first.goto(new URL('/person/P123456/chronology', demoUrl).href);
  await sidebarFrame(first);
  const page = await margin.context.newPage();
  // When Margin's element first appears, in the page's own clock.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('margin-sidebar')) {
        (window as unknown as { marginAddedAt: number }).marginAddedAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  // The screen carries an image that takes 1.5 s to arrive: its load event waits for it.
  await page.route('**/person/P123456', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      '</main>',
      '<img src="/static/favicon.svg?slow" alt=""></main>',
    );
    await route.fulfill({ response, body });
  });
  await page.route('**/static/favicon.svg?slow', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto(new URL('/person/P123456', demoUrl).href);
  await sidebarFrame(page);
  const timing = await page.evaluate(() => ({
    load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    added: (window as unknown as { marginAddedAt: number }).marginAddedAt,
  }));
  expect(timing.load).toBeGreaterThan(1400);
  expect(timing.added).toBeGreaterThanOrEqual(timing.load);
});
