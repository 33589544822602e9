// Friction by form on the dashboard: a practitioner's real input on a demo form and a flag on one of
// its fields, then the QA lead chooses that form and reads each field's signals and flags, with totals.
import type { Frame, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { openExtensionPage } from './support/extension';
import { selectText } from './support/page-text';
import { readStore } from '../../scripts/lib/read-store.mjs';
import type { Margin } from './support/launch';

const FORM = '/person/P123456/forms/assessment/884213';

async function switchCaptureOn(sidebar: Frame) {
  await sidebar.getByRole('switch', { name: 'Record friction signals' }).check();
  await expect(sidebar.getByText(/● Recording on/)).toBeVisible();
}

async function storedCorrections(margin: Margin): Promise<number> {
  const page = await openExtensionPage(margin, 'dashboard.html');
  const rows = (await readStore(page, 'frictionCounters')) as {
    field: string;
    counts: Record<string, number>;
  }[];
  await page.close();
  return rows
    .filter((r) => r.field === 'asmt_worker')
    .reduce((sum, r) => sum + (r.counts.corrections ?? 0), 0);
}

async function leave(page: Page) {
  await page.getByRole('banner').getByRole('link', { name: 'Work tray' }).click();
  await page.waitForLoadState('load');
}

test('the dashboard shows one form’s fields with their signals, flags and totals', async ({
  margin,
  openDemo,
}) => {
  const dashboard0 = await openExtensionPage(margin, 'dashboard.html');
  await expect(dashboard0.getByRole('region', { name: 'Friction by form' })).toContainText(
    'Nothing recorded yet',
  );
  await dashboard0.close();

  const { page, sidebar } = await openDemo(FORM);
  await sidebar.getByRole('textbox', { name: 'Your name' }).fill('Sam Practitioner');
  await sidebar.getByRole('button', { name: 'Save name' }).click();
  await switchCaptureOn(sidebar);
  const lead = page.getByLabel('Lead social worker');
  const reason = page.getByLabel(/Reason for assessment/);
  // Lead social worker: focus, type, three corrections, leave, come back (a return).
  await lead.click();
  await lead.press('End');
  await page.keyboard.type('abc');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await reason.click();
  await page.keyboard.type(' x');
  await page.keyboard.press('Backspace');
  await lead.click();
  // A flag about the Lead social worker field: its label selected, then Flag friction.
  await selectText(page, 'Lead social worker');
  await sidebar.getByRole('button', { name: 'Flag friction' }).click();
  await sidebar
    .getByLabel('Friction category')
    .selectOption({ label: 'Duplicate entry (typing the same thing again)' });
  await sidebar.getByLabel('What happened (optional)').fill('Typed on every form');
  await sidebar.getByRole('button', { name: 'Save flag' }).click();
  await expect(sidebar.getByText('Flag saved.')).toBeVisible();
  // And one about the form as a whole.
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  await sidebar.getByRole('button', { name: 'Flag friction' }).click();
  // (It starts about the field the person was last in: the flag is about the whole screen instead.)
  await sidebar.getByRole('button', { name: 'The whole screen instead' }).click();
  await sidebar.getByLabel('Friction category').selectOption({ label: 'Slow or crashing screen' });
  await sidebar.getByRole('button', { name: 'Save flag' }).click();
  await expect(sidebar.getByText('Flag saved.')).toBeVisible();
  await leave(page);
  await expect.poll(() => storedCorrections(margin), { timeout: 10_000 }).toBe(3);

  const dashboard = await openExtensionPage(margin, 'dashboard.html');
  const view = dashboard.getByRole('region', { name: 'Friction by form' });
  const choose = view.getByLabel('Form');
  await expect(choose.locator('option')).toHaveText(['Choose a form', 'Child and Family Assessment']);
  await choose.selectOption({ label: 'Child and Family Assessment' });
  const table = view.getByRole('table', {
    name: 'Friction signals and flags on “Child and Family Assessment”, by field',
  });
  const headers = await table.locator('thead th').allTextContents();
  expect(headers.map((h) => h.replace(/ [▲▼]$/, '').trim())).toEqual([
    'Field',
    'Times focused',
    'Validation errors',
    'Returns',
    'Corrections',
    'Pastes',
    'Left unfinished',
    'Rage clicks',
    'Dead clicks',
    'All signals (not focus)',
    'Practitioner flags',
  ]);
  const cells = async (name: string) =>
    (
      await table
        .getByRole('row', { name: new RegExp(`^${name}`) })
        .locator('th, td')
        .allTextContents()
    ).map((t) => t.trim());
  // Most friction first: Lead social worker, then the reason (1 correction).
  await expect(table.locator('tbody tr').first().locator('th')).toHaveText('Lead social worker');
  expect(await cells('Lead social worker')).toEqual([
    'Lead social worker',
    '2', // focused twice
    '0',
    '1', // came back once
    '3', // three Backspaces
    '0',
    '1', // the last field touched before the form was left unsaved
    '0',
    '0',
    '5',
    'Duplicate entry (typing the same thing again): 1',
  ]);
  expect((await cells('Reason for assessment')).slice(1, 5)).toEqual(['1', '0', '0', '1']);
  expect(await cells('The form as a whole')).toContain('Slow or crashing screen: 1');
  const total = await table.locator('tfoot tr').locator('th, td').allTextContents();
  expect(total.map((t) => t.trim())).toEqual([
    'Total',
    '3',
    '0',
    '1',
    '4',
    '0',
    '1',
    '0',
    '0',
    '6',
    '2 flags',
  ]);
  // The heaviest count of a column is the darkest shade, with its number written in it.
  await expect(
    table
      .getByRole('row', { name: /^Lead social worker/ })
      .locator('td')
      .nth(3),
  ).toHaveClass(/heat-4/);

  // Sortable by a column, keyboard first.
  await table.getByRole('button', { name: 'Field' }).focus();
  await dashboard.keyboard.press('Enter');
  await expect(table.getByRole('columnheader', { name: /^Field/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.locator('tbody tr').first().locator('th')).toHaveText('Lead social worker');
  await dashboard.keyboard.press('Enter');
  await expect(table.locator('tbody tr').first().locator('th')).toHaveText('Reason for assessment');

  // The flags, with the practitioner pseudonymised and where each is about.
  await view.getByText(/The 2 flags on this form/).click();
  const flags = view.locator('details.form-flags');
  await expect(flags).toContainText(
    'Duplicate entry (typing the same thing again) · Medium · about Lead social worker',
  );
  await expect(flags).toContainText('Typed on every form');
  await expect(flags).toContainText(/author-[0-9a-f]{12} · /);
  await expect(flags).not.toContainText('Sam Practitioner');
  await dashboard.setViewportSize({ width: 1366, height: 768 });
  await view.screenshot({ path: test.info().outputPath('friction-by-form.png') });
});
