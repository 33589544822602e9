// The sidebar frame on a demo screen: what it shows, how it follows client-side navigation, and how it
// sits on the page (push or overlay, collapse to a slim tab, resize, hide and show).
import { test, expect, sidebarFrame } from './support/fixtures';
import type { Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const hostBox = async (page: Page) => (await page.locator('margin-sidebar').boundingBox())!;
const pageMargin = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).marginRight);

test('the sidebar is an iframe titled "Margin" showing what the demo adapter reads', async ({ openDemo }) => {
  const { sidebar } = await openDemo('/person/P123456');
  expect(await (await sidebar.frameElement()).getAttribute('title')).toBe('Margin');
  const facts = sidebar.getByRole('region', { name: 'This screen', exact: true });
  await expect(facts).toContainText('P123456');
  await expect(facts).toContainText('Person summary');
  await expect(facts).toContainText("Northbury Children's Record (demo)");
});

test('the sidebar follows client-side navigation between screens', async ({ openDemo }) => {
  const { page, sidebar } = await openDemo('/person/P123456');
  const urlBefore = page.url();
  await page
    .getByRole('navigation', { name: 'Person navigation' })
    .getByRole('link', { name: 'Chronology' })
    .click();
  await expect(page.locator('#screen-title')).toHaveText('Chronology');
  await expect(sidebar.locator('dd', { hasText: /^Chronology$/ })).toBeVisible();
  expect(page.url()).not.toBe(urlBefore);
  await page.goBack();
  await expect(sidebar.locator('dd', { hasText: /^Person summary$/ })).toBeVisible();
});

test('push mode shifts the page; overlay, collapse, expand and resize work', async ({ openDemo }) => {
  const { page, sidebar } = await openDemo('/person/P123456');
  const viewport = page.viewportSize()!;
  expect(await pageMargin(page)).toBe('360px');
  expect((await hostBox(page)).width).toBe(360);

  await sidebar.getByRole('button', { name: 'Overlay page' }).click();
  await expect(sidebar.getByRole('button', { name: 'Overlay page' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => pageMargin(page)).toBe('0px');

  await sidebar.getByRole('button', { name: 'Overlay page' }).click();
  await expect.poll(() => pageMargin(page)).toBe('360px');

  await sidebar.getByRole('button', { name: 'Collapse sidebar' }).click();
  await expect.poll(async () => (await hostBox(page)).width).toBe(28);
  const slim = await hostBox(page);
  await page.mouse.click(slim.x + slim.width / 2, viewport.height * 0.45);
  await expect.poll(async () => (await hostBox(page)).width).toBe(360);

  // Drag the left edge 100 px to the left: the sidebar grows and the page is pushed further.
  const box = await hostBox(page);
  await page.mouse.move(box.x + 2, 300);
  await page.mouse.down();
  await page.mouse.move(box.x - 50, 300, { steps: 3 });
  await page.mouse.move(box.x - 98, 300, { steps: 3 });
  await page.mouse.up();
  await expect.poll(async () => (await hostBox(page)).width).toBe(460);
  await expect.poll(() => pageMargin(page)).toBe('460px');

  // The width is remembered for the next screen.
  await page.reload();
  await expect.poll(async () => (await page.locator('margin-sidebar').boundingBox())?.width).toBe(460);
});

test('the toolbar toggle preference hides and shows the sidebar in open tabs', async ({
  margin,
  openDemo,
}) => {
  const { page } = await openDemo('/person/P123456');
  const setOpen = (open: boolean) =>
    margin.serviceWorker.evaluate(async (value) => {
      const { framePrefs } = await chrome.storage.local.get('framePrefs');
      await chrome.storage.local.set({ framePrefs: { ...(framePrefs as object), open: value } });
    }, open);
  await setOpen(false);
  await expect(page.locator('margin-sidebar')).toBeHidden();
  await expect.poll(() => pageMargin(page)).toBe('0px');
  await setOpen(true);
  await expect(page.locator('margin-sidebar')).toBeVisible();
});

test('Margin stays off sites it is not enabled on', async ({ margin }) => {
  // Another loopback address the default build does not enable, standing in for any other website.
  const server = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html');
    response.end('<!doctype html><title>Elsewhere</title><h1>Another system</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  try {
    const page = await margin.context.newPage();
    await page.goto(`http://127.0.0.2:${(server.address() as AddressInfo).port}/`);
    await expect(page.getByRole('heading', { name: 'Another system' })).toBeVisible();
    await page.waitForTimeout(500);
    await expect(page.locator('margin-sidebar')).toHaveCount(0);
    expect(page.frames()).toHaveLength(1);
  } finally {
    server.close();
  }
});

test('the sidebar asks once for the auditor’s name, shows it, puts it on records, and lets it change', async ({
  openDemo,
}) => {
  const { page, sidebar } = await openDemo('/person/P123456');
  const form = sidebar.getByRole('form', { name: 'Before you start: your name' });
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: 'Save name' }).click();
  await expect(form.getByRole('alert')).toHaveText('Enter your name: it goes on everything you record.');
  await form.getByLabel('Your name', { exact: true }).fill('Sam Patel');
  await form.getByRole('button', { name: 'Save name' }).click();
  await expect(sidebar.getByText('Recording as Sam Patel')).toBeVisible();

  await sidebar.getByRole('button', { name: 'Add observation' }).click();
  await sidebar.getByLabel('Observation', { exact: true }).fill('Plan reviewed with the family');
  await sidebar.getByRole('button', { name: 'Save', exact: true }).first().click();
  const list = sidebar.getByRole('region', { name: /^Observations/ });
  await expect(list.getByRole('listitem').first()).toContainText('Sam Patel');
  await expect(list).not.toContainText('Unnamed auditor');

  // Asked once: after a reload the name is shown, not asked for; it can be changed.
  await page.reload();
  const again = await sidebarFrame(page);
  await expect(again.getByText('Recording as Sam Patel')).toBeVisible();
  await expect(again.getByRole('button', { name: 'Save name' })).toHaveCount(0);
  await again.getByRole('button', { name: 'Change your name' }).click();
  await again.getByLabel('Your name', { exact: true }).fill('Sam Patel-Jones');
  await again.getByRole('button', { name: 'Save name' }).click();
  await expect(again.getByText('Recording as Sam Patel-Jones')).toBeVisible();
});

test('the sidebar leads with the task at hand and never shows the page title or the full address', async ({
  openDemo,
}) => {
  const { page, sidebar } = await openDemo('/person/P123456/forms/assessment/884213?sid=secret-session');
  await page.setViewportSize({ width: 1366, height: 768 });
  // Audit first, then the screen's observations, then friction.
  const tops = async (...names: RegExp[]) =>
    Promise.all(names.map(async (name) => (await sidebar.getByRole('region', { name }).boundingBox())!.y));
  const [audit, observations, friction] = (await tops(/^Audit/, /^Observations/, /^Friction/)) as [
    number,
    number,
    number,
  ];
  expect(audit).toBeLessThan(observations);
  expect(observations).toBeLessThan(friction);
  const start = await sidebar.getByRole('button', { name: 'Start audit' }).boundingBox();
  expect(start!.y + start!.height, 'Start audit is on the first screen').toBeLessThan(768);
  // The title carries the child's name; the address carries session tokens.
  const text = await sidebar.locator('body').innerText();
  expect(text).not.toContain(await page.title());
  expect(text).not.toContain('secret-session');
  expect(text).not.toContain('http://');
});
