// The QA lead's dashboard: every observation, filtered and searched, sorted, and opened in the record.
import { test, expect, sidebarFrame } from './support/fixtures';
import { openExtensionPage } from './support/extension';
import { selectText } from './support/page-text';
import type { Frame } from '@playwright/test';

async function observe(sidebar: Frame, kind: string, text: string) {
  await sidebar.getByRole('button', { name: 'Add observation' }).click();
  await sidebar.getByRole('radio', { name: kind }).check();
  await sidebar.getByLabel('Observation', { exact: true }).fill(text);
  await sidebar.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(sidebar.getByText('Observation saved.')).toBeVisible();
}

test('observations are listed, filtered, searched, sorted, and open in the record', async ({
  margin,
  openDemo,
}) => {
  const notes = await openDemo('/person/P123456/casenotes');
  await notes.page.locator('#casenote-list[data-render-count]').waitFor();
  await selectText(notes.page, 'Maya asked whether she would have to move house.');
  await observe(notes.sidebar, 'Strength', 'Question recorded in her own words');
  const other = await openDemo('/person/P204518');
  await observe(other.sidebar, 'Concern', 'No chronology since the spring');

  const dashboard = await openExtensionPage(margin, 'dashboard.html');
  const table = dashboard.getByRole('table', { name: 'Observations', exact: true });
  await expect(dashboard.getByRole('status').filter({ hasText: /observations$/ })).toHaveText(
    '2 observations',
  );
  await expect(table.getByRole('row')).toHaveCount(3);

  await dashboard.getByLabel('Kind').selectOption({ label: 'Concern' });
  await expect(dashboard.getByRole('status').filter({ hasText: /observations$/ })).toHaveText(
    '1 of 2 observations',
  );
  await expect(table.getByRole('row').nth(1)).toContainText('P204518');
  await dashboard.getByLabel('Kind').selectOption({ label: 'All' });
  await dashboard.getByLabel('Search').fill('own words');
  await expect(table.getByRole('row')).toHaveCount(2);
  await dashboard.getByLabel('Search').fill('');

  await table.getByRole('button', { name: 'Person' }).click();
  await expect(table.getByRole('columnheader', { name: /Person/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('row').nth(1)).toContainText('P123456');
  await table.getByRole('button', { name: 'Person' }).click();
  await expect(table.getByRole('row').nth(1)).toContainText('P204518');

  // Charts with nothing to show (no audits, no factors tagged) say so in words, with no empty image.
  for (const title of ['Audits per month', 'Observations by contributory factor']) {
    const chart = dashboard.getByRole('figure', { name: title });
    await expect(chart).toContainText('Nothing recorded yet.');
    await expect(chart.getByRole('button', { name: /Download/ })).toHaveCount(0);
  }

  // Opening a row opens the case-system screen with the observation focused in its sidebar.
  const opened = margin.context.waitForEvent('page');
  await table.getByRole('row', { name: /own words/ }).click();
  const record = await opened;
  await record.waitForLoadState();
  expect(record.url()).toMatch(/\/person\/P123456\/casenotes$/);
  const sidebar = await sidebarFrame(record);
  await expect(sidebar.locator('li.observation.focused')).toContainText('Question recorded in her own words');
  await expect
    .poll(() =>
      record.evaluate(() =>
        [...(CSS.highlights.get('margin-focus') ?? [])].map((r) => (r as Range).toString()),
      ),
    )
    .toEqual(['Maya asked whether she would have to move house.']);
});
