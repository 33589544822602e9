// When Margin is updated, reloaded or switched off, the browser leaves the old in-page script running
// in open tabs, cut off from Margin. It must then take everything of its own out of the page.
import { test, expect } from './support/fixtures';

test('the in-page script leaves nothing in the page once Margin’s extension context is gone', async ({
  margin,
  openDemo,
}) => {
  const { page } = await openDemo('/person/P123456');
  const traces = () =>
    page.evaluate(() => ({
      hosts: document.querySelectorAll('margin-sidebar').length,
      pushed: getComputedStyle(document.documentElement).marginRight,
    }));
  expect(await traces()).toEqual({ hosts: 1, pushed: '360px' });

  // Reloading the extension ends the context of every in-page script it had injected.
  await margin.serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  await expect.poll(traces, { timeout: 15_000 }).toEqual({ hosts: 0, pushed: '0px' });

  // The page keeps working on its own, and nothing of Margin comes back.
  await page
    .getByRole('navigation', { name: 'Person navigation' })
    .getByRole('link', { name: 'Chronology' })
    .click();
  await expect(page.locator('#screen-title')).toHaveText('Chronology');
  await page.waitForTimeout(2500);
  expect(await traces()).toEqual({ hosts: 0, pushed: '0px' });
});
