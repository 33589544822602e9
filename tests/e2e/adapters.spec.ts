// Site adapters on real pages: every demo screen read right, the generic fallback where no adapter
// knows the page, and a broken adapter reported in the editor while the page and sidebar keep working.
import { test, expect, sidebarFrame } from './support/fixtures';
import { openExtensionPage } from './support/extension';
import type { Frame } from '@playwright/test';

async function facts(sidebar: Frame): Promise<Record<string, string>> {
  const card = sidebar.getByRole('region', { name: 'This screen', exact: true });
  await expect(card.locator('dt').first()).toBeVisible();
  const terms = await card.locator('dt').allInnerTexts();
  const values = await card.locator('dd').allInnerTexts();
  return Object.fromEntries(terms.map((term, index) => [term, values[index] ?? '']));
}

const SCREENS: [string, Record<string, string>][] = [
  ['/worktray', { Screen: 'Work tray' }],
  ['/person/P123456', { 'Person ID': 'P123456', Screen: 'Person summary' }],
  ['/person/P204518/chronology', { 'Person ID': 'P204518', Screen: 'Chronology' }],
  ['/person/P318802/casenotes', { 'Person ID': 'P318802', Screen: 'Case notes' }],
  [
    '/person/P123456/forms/contact/884201',
    { 'Person ID': 'P123456', Screen: 'Contact', 'Step ID': '884201' },
  ],
  [
    '/person/P123456/forms/referral/884207',
    { 'Person ID': 'P123456', Screen: 'Referral', 'Step ID': '884207' },
  ],
  [
    '/person/P123457/forms/assessment/884214',
    { 'Person ID': 'P123457', Screen: 'Child and Family Assessment', 'Step ID': '884214' },
  ],
  [
    '/person/P123456/forms/strategy/884220',
    { 'Person ID': 'P123456', Screen: 'Strategy Discussion', 'Step ID': '884220' },
  ],
  [
    '/person/P123456/forms/cpplan/884236',
    { 'Person ID': 'P123456', Screen: 'Child Protection Plan', 'Step ID': '884236' },
  ],
];

test('the demo adapter reads person, screen and step on every demo screen', async ({ margin, demoUrl }) => {
  const page = await margin.context.newPage();
  for (const [route, expected] of SCREENS) {
    await page.goto(new URL(`${route}?sid=abc123`, demoUrl).href);
    const sidebar = await sidebarFrame(page);
    await expect.poll(async () => (await facts(sidebar)).Screen, { message: route }).toBe(expected.Screen);
    const read = await facts(sidebar);
    expect(read, route).toMatchObject({ System: "Northbury Children's Record (demo)", ...expected });
    expect(read.Page, 'no query string is kept').not.toContain('sid=');
    if (!expected['Person ID']) expect(read['Person ID']).toBeUndefined();
  }
});

test('a page no adapter knows gets sensible generic context', async ({ openDemo }) => {
  const { sidebar } = await openDemo('/reports/2025/quarterly');
  const read = await facts(sidebar);
  expect(read.Screen).toBe('Page not found');
  expect(read.Page).toMatch(/\/reports\/2025\/quarterly$/);
  expect(read['Person ID']).toBeUndefined();
  await expect(sidebar.getByText('No adapter knows this system yet')).toBeVisible();
});

test('the adapter editor shows what an adapter extracts, names every broken rule, and a broken adapter never breaks the page', async ({
  margin,
  openDemo,
}) => {
  const { page } = await openDemo('/person/P123456/forms/assessment/884213');
  const options = await openExtensionPage(margin, 'options.html');
  const editor = options.getByRole('region', { name: 'Site adapters' });
  const json = editor.getByLabel('Adapter (JSON)');
  await json.fill('{"name": "x", ');
  await editor.getByRole('button', { name: 'Test on page' }).click();
  await expect(editor.getByRole('alert')).toContainText('not valid JSON');

  await json.fill(
    JSON.stringify({
      name: 'x',
      system: 'S',
      urlPattern: '^http',
      personId: { selector: '.person-id', atribute: 'x' },
    }),
  );
  await editor.getByRole('button', { name: 'Test on page' }).click();
  await expect(editor.getByRole('alert')).toContainText('personId: Unrecognized key: "atribute"');

  const working = {
    name: 'demo-copy',
    system: 'Demo (edited)',
    urlPattern: '^http://127\\.0\\.0\\.1:\\d+/person/',
    personId: { selector: '.identity-bar .person-id', textPattern: 'P(\\d+)' },
    formName: { selector: '#screen-title' },
    stepId: { selector: '.no-such-step' },
    content: '#main',
    chrome: ['nav[aria-label="Workflow map"]', '(('],
    sensitive: ['input[type=password]'],
  };
  await editor.getByLabel('Page to test on').selectOption({ label: await page.title() });
  await json.fill(JSON.stringify(working));
  await editor.getByRole('button', { name: 'Test on page' }).click();
  const result = editor.getByRole('heading', { name: /^Result on / }).locator('..');
  await expect(result).toContainText('The URL pattern matches this page.');
  await expect(result.locator('dd').first()).toHaveText('123456');
  await expect(result.getByRole('alert')).toContainText(
    'stepId: selector ".no-such-step" matches nothing on this page',
  );
  await expect(result.getByRole('alert')).toContainText('chrome[1] "((" is not valid CSS');
  await expect(result).toContainText('Reason for assessment');

  // Saved, the broken rules read nothing; the page, its scripts and the sidebar carry on.
  await editor.getByRole('button', { name: 'Save adapter' }).click();
  await expect(editor.getByRole('status')).toContainText('“demo-copy” saved');
  // Margin restarts in the page with the new adapter (a new sidebar frame).
  await expect.poll(async () => (await facts(await sidebarFrame(page))).System).toBe('Demo (edited)');
  expect(await facts(await sidebarFrame(page))).toMatchObject({
    'Person ID': '123456',
    Screen: 'Child and Family Assessment',
  });
  await page.getByRole('tab', { name: 'Risk analysis' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Risk analysis' })).toBeVisible();
});

test('switching Margin off for a site removes it from open pages at once, and back on restores it', async ({
  margin,
  openDemo,
}) => {
  const { page } = await openDemo('/person/P123456');
  const options = await openExtensionPage(margin, 'options.html');
  const sites = options.getByRole('region', { name: 'Sites' });
  const loopback = sites.getByRole('switch', { name: /on http:\/\/127\.0\.0\.1/ });
  await expect(loopback).toBeChecked();
  // An optional site of the build is off until the user enables it (the browser asks for it alone).
  await expect(
    sites
      .getByRole('row', { name: /127\.0\.0\.2/ })
      .getByRole('button', { name: 'Enable Margin on http://127.0.0.2' }),
  ).toBeVisible();
  await loopback.uncheck();
  await expect(page.locator('margin-sidebar')).toHaveCount(0);
  await loopback.check();
  await expect(page.locator('margin-sidebar')).toHaveCount(1);
  await sidebarFrame(page);
});

const VENDOR_SCREENS: [string, Record<string, string>, string][] = [
  [
    '/lcs/web/portal/page?pageId=FormView&formId=CFA&personId=123456&stepId=884213&sid=tok',
    {
      System: 'LCS-style demo',
      'Person ID': '123456',
      Screen: 'Child and Family Assessment',
      'Step ID': '884213',
    },
    'textarea[name=asmt_reason]',
  ],
  [
    '/mosaic/person/123456/step/884213',
    {
      System: 'Mosaic-style demo',
      'Person ID': '123456',
      Screen: 'Child and Family Assessment',
      'Step ID': '884213',
    },
    'textarea[name=asmt_reason]',
  ],
];

test('LCS-style and Mosaic-style screens: context from their adapters, fields named without labels', async ({
  margin,
  demoUrl,
}) => {
  const page = await margin.context.newPage();
  for (const [route, expected, field] of VENDOR_SCREENS) {
    await page.goto(new URL(route, demoUrl).href);
    const sidebar = await sidebarFrame(page);
    await expect.poll(async () => (await facts(sidebar)).System, { message: route }).toBe(expected.System);
    expect(await facts(sidebar), route).toMatchObject(expected);
    await sidebar.getByRole('button', { name: 'Pick element' }).click();
    await page.locator(field).click();
    await expect(sidebar.locator('.observation-form .quote')).toHaveText('Reason for assessment');
    await sidebar.getByRole('button', { name: 'Cancel' }).click();
  }
});
