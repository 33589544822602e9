// Friction evidence on the demo forms: a scripted practitioner triggers every passive signal and files a
// flag; the stored counts are exactly the expected ones, and nothing typed or pasted is stored anywhere.
import type { Frame, Page } from '@playwright/test';
import { test, expect, sidebarFrame } from './support/fixtures';
import { openExtensionPage } from './support/extension';
import { readStore } from '../../scripts/lib/read-store.mjs';
import type { Margin } from './support/launch';

const FORM = '/person/P123456/forms/assessment/884213';
type Row = { field: string; form: string; counts: Record<string, number> };

async function switchCapture(sidebar: Frame, on: boolean) {
  const toggle = sidebar.getByRole('switch', { name: 'Record friction signals' });
  if (on) await toggle.check();
  else await toggle.uncheck();
  await expect(sidebar.getByText(on ? /● Recording on/ : /^Off\./)).toBeVisible();
}

/** Counter rows summed by form|field, read from Margin's database. */
async function counters(margin: Margin): Promise<Map<string, Record<string, number>>> {
  const page = await openExtensionPage(margin, 'dashboard.html');
  const rows = (await readStore(page, 'frictionCounters')) as Row[];
  await page.close();
  const sums = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const sum = sums.get(`${row.form}|${row.field}`) ?? {};
    for (const [name, value] of Object.entries(row.counts)) sum[name] = (sum[name] ?? 0) + value;
    sums.set(`${row.form}|${row.field}`, sum);
  }
  return sums;
}

/** Everything Margin holds: IndexedDB stores and extension storage, as one string. */
async function everythingStored(margin: Margin): Promise<string> {
  const page = await openExtensionPage(margin, 'dashboard.html');
  const stores = [
    'notes',
    'audits',
    'observations',
    'templates',
    'frictionFlags',
    'frictionCounters',
    'appliedBatches',
  ];
  const dump = await Promise.all(stores.map((store) => readStore(page, store)));
  const storage = await page.evaluate(async () => [
    await chrome.storage.local.get(),
    await chrome.storage.session.get(),
  ]);
  await page.close();
  return JSON.stringify([dump, storage]);
}

async function leaveFor(page: Page, route: string) {
  await page.getByRole('banner').getByRole('link', { name: route }).click();
  await page.waitForLoadState('load');
}

test('every passive signal is counted exactly, and nothing typed or pasted is stored', async ({
  margin,
  openDemo,
}) => {
  await margin.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const marker = `TYPED-${crypto.randomUUID()}`;
  const pasted = `PASTED-${crypto.randomUUID()}`;
  const { page, sidebar } = await openDemo(`${FORM}?timeout=24`);
  await switchCapture(sidebar, true);

  const lead = page.getByLabel('Lead social worker');
  const reason = page.getByLabel(/Reason for assessment/);
  // Lead social worker: focus, type, three corrections, leave, come back (a return), leave.
  await lead.click();
  await lead.press('End');
  await page.keyboard.type(marker);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await reason.click();
  await lead.click();
  // Reason: a real paste from the clipboard.
  await page.evaluate((text) => navigator.clipboard.writeText(text), pasted);
  await reason.click();
  await page.keyboard.press('Control+V');

  // Save with required fields emptied: validation errors and an error summary.
  const start = page.getByLabel(/Assessment start date/);
  await start.fill('');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  // One error per question (a radio question is one field however many options it marks invalid).
  const invalidFields = await page.locator('.error-summary li').count();

  // Print does nothing: three quick clicks are one rage click and three dead clicks.
  const print = page.getByRole('button', { name: 'Print' });
  for (let i = 0; i < 3; i++) await print.click({ delay: 20 });
  await page.waitForTimeout(2_500); // the dead-click window (1 s) has passed, also on a busy machine
  // The session-timeout warning of the demo (at half the 24 s timeout).
  await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 14_000 });
  await page.getByRole('button', { name: 'Stay signed in' }).click();

  // Type into the reason again and leave the form unsubmitted: an unsaved exit, the reason abandoned.
  await reason.click();
  await page.keyboard.type(' more');
  await leaveFor(page, 'Work tray');

  await expect
    .poll(async () => (await counters(margin)).get('|(page)')?.unsavedExits ?? 0, { timeout: 10_000 })
    .toBe(1);
  const sums = await counters(margin);
  expect(sums.get('workflow-form|asmt_worker')).toMatchObject({ focus: 2, returns: 1, corrections: 3 });
  expect(sums.get('workflow-form|asmt_reason')).toMatchObject({ focus: 3, pastes: 1, abandoned: 1 });
  const invalidTotal = [...sums.values()].reduce((sum, counts) => sum + (counts.invalid ?? 0), 0);
  expect(invalidTotal).toBe(invalidFields);
  const printRow = [...sums.entries()].find(([key]) => key.endsWith('Print') || key.includes('print'));
  expect(printRow?.[1]).toMatchObject({ rageClicks: 1, deadClicks: 3 });
  expect(sums.get('|(page)')).toMatchObject({ errorSummaries: 1, timeoutWarnings: 1, unsavedExits: 1 });

  // The evidence view: fields ranked by signal, and marked on the page on request.
  await page.goto(new URL(FORM, page.url()).href);
  const evidence = await sidebarFrame(page);
  const ranked = evidence.getByRole('list', { name: 'Fields ranked by friction' });
  await expect(ranked.getByRole('listitem').first()).toBeVisible();
  await expect(ranked).toContainText('Reason for assessment');
  await evidence.getByRole('checkbox', { name: 'Show friction on page' }).check();
  await expect(page.locator('margin-friction-layer')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('friction.png') });

  // Friction evidence cited in an audit observation, tagged with the human-tool operation factor.
  await ranked.getByRole('button', { name: /Cite friction on Reason for assessment/ }).click();
  await expect(evidence.getByLabel('Observation', { exact: true })).toHaveValue(
    /^Friction evidence on “Reason for assessment”: .*pastes/,
  );
  await evidence.getByRole('button', { name: 'Save', exact: true }).first().click();
  const cited = evidence
    .getByRole('region', { name: /^Observations/ })
    .getByRole('listitem')
    .first();
  await expect(cited).toContainText('Human-tool operation: ICT systems');
  await expect(cited).toContainText('Cites friction signals: “Reason for assessment”');
  await expect(cited.getByRole('button', { name: /Show in record/ })).toBeVisible();

  const stored = await everythingStored(margin);
  expect(stored).not.toContain(marker);
  expect(stored).not.toContain(marker.slice(0, 20));
  expect(stored).not.toContain(pasted);
});

test('an unanswered required radio question is one validation error, stored under the question', async ({
  margin,
  openDemo,
}) => {
  const { page, sidebar } = await openDemo(FORM);
  await switchCapture(sidebar, true);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  // Both options of "Was the child seen alone?" fire `invalid` and are marked aria-invalid.
  await expect(page.locator('input[name=asmt_seen_alone][aria-invalid="true"]')).toHaveCount(2);
  await leaveFor(page, 'Work tray');

  const rowsFor = async () => {
    const dashboard = await openExtensionPage(margin, 'dashboard.html');
    const rows = (await readStore(dashboard, 'frictionCounters')) as (Row & { label?: string })[];
    await dashboard.close();
    return rows.filter((row) => row.form === 'workflow-form' && row.field.includes('seen_alone'));
  };
  await expect.poll(async () => (await rowsFor()).length, { timeout: 10_000 }).toBeGreaterThan(0);
  const rows = await rowsFor();
  expect(rows.map((row) => [row.field, row.label, row.counts.invalid])).toEqual([
    ['asmt_seen_alone', 'Was the child seen alone?', 1],
  ]);
});

test('a flag takes two actions; switching capture off stops it at once; a tab closed mid-batch loses nothing', async ({
  margin,
  openDemo,
  demoUrl,
}) => {
  const { page, sidebar } = await openDemo(FORM);
  await sidebar.getByRole('button', { name: 'Flag friction' }).click();
  // The first flag comes with no category chosen: two clicks cannot file it under one nobody picked.
  await expect(sidebar.getByLabel('Friction category')).toHaveValue('');
  await sidebar.getByRole('button', { name: 'Save flag' }).click();
  await expect(sidebar.getByRole('alert')).toHaveText('Choose the friction category first.');
  await sidebar
    .getByLabel('Friction category')
    .selectOption({ label: 'Duplicate entry (typing the same thing again)' });
  await sidebar.getByRole('button', { name: 'Save flag' }).click();
  await expect(sidebar.getByText('Flag saved.')).toBeVisible();
  // The next flag starts from the last choice: two actions.
  await sidebar.getByRole('button', { name: 'Flag friction' }).click();
  await expect(sidebar.getByLabel('Friction category')).toHaveValue('duplicate-entry');
  await sidebar.getByRole('button', { name: 'Save flag' }).click();
  await expect(sidebar.getByRole('list', { name: 'Flags by category' })).toContainText(
    'Duplicate entry (typing the same thing again): 2',
  ); // The dashboard lists them, and filters them by category.
  const dashboard = await margin.context.newPage();
  await dashboard.goto(`chrome-extension://${margin.extensionId}/dashboard.html`);
  await expect(dashboard.getByRole('heading', { name: 'Friction flags (2)' })).toBeVisible();
  await dashboard
    .getByLabel('Friction category')
    .selectOption({ label: 'Session timed out or work was lost' });
  await expect(dashboard.getByRole('heading', { name: 'Friction flags (0)' })).toBeVisible();
  await dashboard.close();

  // Capture on, a few events, then the tab closes before the batch interval: the counts arrive.
  await switchCapture(sidebar, true);
  // While recording, hiding the sidebar leaves its slim tab showing, so capture is never invisible.
  await margin.serviceWorker.evaluate(async () => {
    const { framePrefs } = await chrome.storage.local.get('framePrefs');
    await chrome.storage.local.set({ framePrefs: { ...(framePrefs as object), open: false } });
  });
  await expect.poll(async () => (await page.locator('margin-sidebar').boundingBox())?.width).toBe(28);
  await page.locator('margin-sidebar').click(); // the slim tab: shows the sidebar again
  await expect(sidebar.getByRole('heading', { name: 'This screen', exact: true })).toBeVisible();
  const lead = page.getByLabel('Lead social worker');
  await lead.click();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
  await page.close({ runBeforeUnload: true });
  await expect
    .poll(async () => (await counters(margin)).get('workflow-form|asmt_worker')?.corrections ?? 0, {
      timeout: 10_000,
    })
    .toBe(4);

  // Switched off: nothing more is counted, even across a page exit.
  const again = await margin.context.newPage();
  await again.goto(new URL(FORM, demoUrl).href);
  const againSidebar = await sidebarFrame(again);
  await switchCapture(againSidebar, false);
  await again.getByLabel('Lead social worker').click();
  for (let i = 0; i < 5; i++) await again.keyboard.press('Backspace');
  await again.close({ runBeforeUnload: true });
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect((await counters(margin)).get('workflow-form|asmt_worker')).toMatchObject({
    corrections: 4,
    focus: 1,
  });
});

test('a flag is about the field the person was in, or one they choose by keyboard, or the whole screen', async ({
  margin,
  openDemo,
}) => {
  const { page, sidebar } = await openDemo(FORM);
  // Nothing recorded yet: one line, not two empty lists.
  await expect(sidebar.getByRole('region', { name: 'Friction' })).toContainText(
    'No flags or friction signals on this form yet.',
  );
  await page.getByLabel('Lead social worker').click();
  await sidebar.getByRole('button', { name: 'Flag friction' }).click();
  const form = sidebar.getByRole('form', { name: 'Flag friction' });
  await expect(form.locator('.target')).toHaveText('Field or element: Lead social worker');

  // Another field, chosen without the mouse.
  await form.getByRole('button', { name: 'Choose another field' }).click();
  const panel = sidebar.getByRole('group', { name: 'Picking a field or element' });
  await expect(panel).toBeFocused();
  await page.keyboard.press('ArrowDown'); // starts at the field the person was in
  await expect(panel.getByRole('status')).toHaveText(/^Field: Lead social worker/);
  await page.keyboard.press('ArrowDown');
  await expect(panel.getByRole('status')).toHaveText(/^Field: Team/);
  await page.keyboard.press('Enter');
  await expect(form.locator('.target')).toHaveText('Field or element: Team');
  await expect(form.getByLabel('Friction category')).toBeFocused();
  await form.getByLabel('Friction category').selectOption({ label: 'Unclear label or missing option' });
  await form.getByRole('button', { name: 'Save flag' }).click();
  await expect(sidebar.getByText('Flag saved.')).toBeVisible();

  // The whole screen, when that is what the friction is about.
  await page.getByLabel('Lead social worker').click();
  await sidebar.getByRole('button', { name: 'Flag friction' }).click();
  await form.getByRole('button', { name: 'The whole screen instead' }).click();
  await expect(form.locator('.target')).toHaveText('About this screen as a whole.');
  await form.getByRole('button', { name: 'Save flag' }).click();
  await expect(sidebar.getByText('Flag saved.')).toBeVisible();

  const dashboard = await openExtensionPage(margin, 'dashboard.html');
  const flags = (await readStore(dashboard, 'frictionFlags')) as { target: { quote?: string } }[];
  await dashboard.close();
  expect(flags.map((flag) => flag.target.quote ?? '(screen)').sort()).toEqual(['(screen)', 'Team']);
});

test('friction thresholds are set in Settings, validated, and used by open pages', async ({
  margin,
  openDemo,
}) => {
  const options = await margin.context.newPage();
  await options.goto(`chrome-extension://${margin.extensionId}/options.html`);
  const count = options.getByLabel('Clicks that make a rage click');
  await expect(count).toHaveValue('3');
  await count.fill('1');
  await options.getByRole('button', { name: 'Save thresholds' }).click();
  await expect(options.getByRole('alert')).toContainText(
    'rageClickCount: a rage click needs at least 2 clicks',
  );
  await count.fill('5');
  await options.getByRole('button', { name: 'Save thresholds' }).click();
  await expect(options.getByText('Thresholds saved.')).toBeVisible();

  const { page, sidebar } = await openDemo(FORM);
  await switchCapture(sidebar, true);
  const print = page.getByRole('button', { name: 'Print' });
  for (let i = 0; i < 3; i++) await print.click({ delay: 20 });
  await page.waitForTimeout(2_500); // the dead-click window (1 s) has passed, also on a busy machine
  await page.close({ runBeforeUnload: true });
  await expect
    .poll(
      async () =>
        [...(await counters(margin)).entries()].find(([key]) => key.toLowerCase().includes('print'))?.[1]
          ?.deadClicks ?? 0,
      {
        timeout: 10_000,
      },
    )
    .toBe(3);
  const print3 = [...(await counters(margin)).entries()].find(([key]) =>
    key.toLowerCase().includes('print'),
  )?.[1];
  expect(print3?.rageClicks ?? 0).toBe(0);
});

test('a page script’s synthetic events make no friction evidence; a person’s input still counts', async ({
  margin,
  openDemo,
}) => {
  const { page, sidebar } = await openDemo(FORM);
  await switchCapture(sidebar, true);
  const lead = page.getByLabel('Lead social worker');
  const reason = page.getByLabel(/Reason for assessment/);
  const print = page.getByRole('button', { name: 'Print' });

  // The page floods every event type capture listens to, on the fields a person will use next.
  const forge = (element: Element) => {
    const fire = (event: Event) => element.dispatchEvent(event);
    for (let round = 0; round < 10; round++) {
      fire(new FocusEvent('focusin', { bubbles: true }));
      fire(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
      fire(new InputEvent('input', { bubbles: true, data: 'a' }));
      fire(new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true }));
      fire(new Event('paste', { bubbles: true }));
      fire(new Event('invalid'));
      fire(new FocusEvent('focusout', { bubbles: true }));
      for (let i = 0; i < 5; i++) fire(new MouseEvent('click', { bubbles: true, clientX: 40, clientY: 40 }));
    }
    element.closest('form')?.dispatchEvent(new Event('submit', { bubbles: true }));
    window.dispatchEvent(new Event('pagehide'));
  };
  for (const target of [lead, reason, print]) await target.evaluate(forge);
  await page.waitForTimeout(1_500);

  // A person: two visits to "Lead social worker" with input in between (a return), two corrections.
  await lead.click();
  await lead.press('End');
  await page.keyboard.type('ab');
  for (let i = 0; i < 2; i++) await page.keyboard.press('Backspace');
  await reason.click();
  await lead.click();
  await leaveFor(page, 'Work tray');

  await expect
    .poll(async () => (await counters(margin)).get('workflow-form|asmt_worker')?.returns ?? 0, {
      timeout: 10_000,
    })
    .toBe(1);
  const sums = await counters(margin);
  expect(sums.get('workflow-form|asmt_worker')).toMatchObject({ focus: 2, returns: 1, corrections: 2 });
  const total = (name: string) => [...sums.values()].reduce((sum, counts) => sum + (counts[name] ?? 0), 0);
  for (const forged of ['pastes', 'invalid', 'rageClicks', 'deadClicks', 'errorSummaries', 'submits'])
    expect(total(forged), forged).toBe(0);
  expect(sums.get('workflow-form|asmt_reason')?.returns ?? 0).toBe(0);
});
