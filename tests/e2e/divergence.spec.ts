// Compliance beside quality in real Chromium, one profile: the auditor answers a section's compliance
// question from the keyboard beside its grade in the sidebar (saved, shown again), the flag form offers
// "Recorded to satisfy an indicator"; on the dashboard, after the demo's audits are imported, the
// divergence chart counts the divergent audits per section, and choosing a bar from the keyboard narrows
// the dashboard to exactly those audits (their observations, their cases' flags) under a removable chip.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import { openExtensionPage } from './support/extension';
import { divergenceFile } from '../../scripts/lib/demo-divergence.mjs';

const SHOTS = process.env.DIVERGENCE_SHOTS;

test('compliance beside quality: answered in the sidebar, charted and filtered on the dashboard', async ({
  openDemo,
  margin,
  demoUrl,
}) => {
  test.setTimeout(120_000);
  const { sidebar } = await openDemo('/person/P123456/casenotes');
  await sidebar.getByRole('button', { name: 'Flag friction' }).click();
  await expect(
    sidebar
      .getByLabel('Friction category')
      .locator('option', { hasText: 'Recorded to satisfy an indicator' }),
  ).toHaveCount(1);
  await sidebar.getByRole('button', { name: 'Cancel' }).click();

  const audit = sidebar.getByRole('region', { name: /^Audit/ });
  await audit.getByLabel('Template').selectOption({ label: 'Learning case file audit' });
  await audit.getByRole('button', { name: 'Start audit' }).click();
  await expect(sidebar.getByRole('heading', { name: 'Audit of P123456' })).toBeVisible();
  const sections = sidebar.getByRole('list', { name: 'Sections' });
  await sections.getByRole('button', { name: 'Voice of the child' }).click();
  const compliance = sidebar.getByRole('group', { name: /Compliance: Visits within timescale recorded\?/ });
  await expect(compliance).toBeVisible();
  // From the grade to the answer by keyboard: Tab into the radio group, the arrow keys between answers.
  await sidebar.getByLabel('Section grade').selectOption({ label: 'Inadequate' });
  await sidebar.getByLabel('Section grade').press('Tab');
  // Not yet answered: the checked "Not answered" takes the focus; the arrow keys go round to "Yes".
  await expect(compliance.getByRole('radio', { name: 'Not answered' })).toBeFocused();
  await compliance.getByRole('radio', { name: 'Not answered' }).press('ArrowDown');
  await expect(compliance.getByRole('radio', { name: 'Yes' })).toBeChecked();
  await sidebar.getByRole('button', { name: 'Save section' }).click();
  await expect(sidebar.getByText('Section “Voice of the child” saved.')).toBeVisible();
  // A section without a compliance question asks none; the answer is shown again on return.
  await sections.getByRole('button', { name: /^Impact/ }).click();
  await expect(sidebar.getByRole('group', { name: /^Compliance:/ })).toHaveCount(0);
  await sections.getByRole('button', { name: 'Voice of the child' }).click();
  await expect(compliance.getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expect(sidebar.getByLabel('Section grade')).toHaveValue('inadequate');

  // The demo's audits, imported as another auditor's file.
  const folder = await mkdtemp(path.join(os.tmpdir(), 'margin-divergence-'));
  const file = path.join(folder, 'divergence.margin.json');
  await writeFile(file, JSON.stringify(divergenceFile(new URL(demoUrl).origin)));
  const dashboard = await openExtensionPage(margin, 'dashboard.html');
  await dashboard.setViewportSize({ width: 1366, height: 768 });
  await dashboard.getByLabel('Import Margin JSON files').setInputFiles(file);
  await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dashboard.getByRole('list', { name: 'Import results' })).toContainText('imported.');
  await expect(dashboard.getByRole('heading', { name: 'Audits (5)' })).toBeVisible();

  const numbers = dashboard.getByRole('table', {
    name: 'Compliance beside quality: where they diverge: numbers',
  });
  const row = (name: string) => numbers.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell');
  await expect(row('Assessment')).toHaveText(['1', '0']);
  await expect(row('Voice of the child')).toHaveText(['3', '0']);
  await expect(row('Planning')).toHaveText(['0', '2']);
  await expect(dashboard.getByRole('img', { name: /Compliance beside quality/ })).toBeVisible();

  // Choosing the bar from the keyboard: exactly those audits, their observations and flags.
  await dashboard
    .getByRole('button', { name: 'Compliant on paper, poor practice, Voice of the child: 3. Show them' })
    .focus();
  await dashboard.keyboard.press('Enter');
  const chip = dashboard.locator('.focus-status');
  await expect(chip).toContainText(
    'Showing only 3 audits (3 cases): Compliant on paper, poor practice: Voice of the child',
  );
  await expect(chip).toBeInViewport();
  const audits = dashboard.getByRole('table', { name: 'Audits (3)' });
  await expect(audits.getByRole('row')).toHaveCount(4);
  for (const person of ['P123456', 'P200101', 'P200102']) await expect(audits).toContainText(person);
  for (const person of ['P200103', 'P200104']) await expect(audits).not.toContainText(person);
  await expect(dashboard.getByRole('region', { name: 'Observations' }).getByRole('status')).toHaveText(
    '1 observation',
  );
  await expect(dashboard.getByRole('region', { name: 'Observations' })).toContainText(
    'Visits are logged on time',
  );
  const flags = dashboard.getByRole('table', { name: 'Friction flags (1)' });
  await expect(flags).toContainText('Recorded to satisfy an indicator');
  const axe = await new AxeBuilder({ page: dashboard }).analyze();
  expect(axe.violations).toEqual([]);
  if (SHOTS) {
    await dashboard.screenshot({ path: `${SHOTS}/dashboard-focus.png` });
    await numbers.scrollIntoViewIfNeeded();
    await dashboard.screenshot({ path: `${SHOTS}/chart.png` });
  }

  // The other kind, then the chip removed: everything again.
  await dashboard
    .getByRole('button', { name: 'Not compliant, good practice, Planning: 2. Show them' })
    .click();
  await expect(chip).toContainText('Showing only 2 audits (2 cases): Not compliant, good practice: Planning');
  await expect(dashboard.getByRole('table', { name: 'Audits (2)' })).toContainText('P200104');
  await dashboard.getByRole('button', { name: /^Remove filter: / }).click();
  await expect(chip).toBeEmpty();
  await expect(dashboard.getByRole('heading', { name: 'Audits (5)' })).toBeVisible();
});
