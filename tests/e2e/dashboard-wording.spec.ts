// The QA screens speak plain English: template names, section titles, grade labels and statuses in
// words, counts with their totals, Grade and Template section filters that list the real choices, and
// charts that say when there is nothing to show.
import type { Frame } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { openExtensionPage } from './support/extension';

async function gradedObservation(sidebar: Frame, section: string, grade: string, text: string) {
  await sidebar.getByRole('list', { name: 'Sections' }).getByRole('button', { name: section }).click();
  await sidebar.getByRole('button', { name: 'Add observation' }).click();
  await sidebar.getByLabel('Grade', { exact: true }).selectOption({ label: grade });
  await sidebar.getByLabel('Observation', { exact: true }).fill(text);
  await sidebar.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(sidebar.getByText('Observation saved.')).toBeVisible();
}

test('an empty dashboard says “Nothing recorded yet” in every chart', async ({ margin }) => {
  const dashboard = await openExtensionPage(margin, 'dashboard.html');
  const charts = dashboard.getByRole('figure');
  // Observations by factor, grades by section, audits per month, friction hot spots, and compliance
  // beside quality.
  await expect(charts).toHaveCount(5);
  await expect(dashboard.getByRole('figure', { name: /Compliance beside quality/ })).toBeVisible();
  for (const chart of await charts.all()) await expect(chart).toContainText('Nothing recorded yet.');
});

test('the dashboard and report show names, titles and labels, never ids; the filters list the real choices', async ({
  margin,
  openDemo,
}) => {
  const { sidebar } = await openDemo('/person/P123456/casenotes');
  const audit = sidebar.getByRole('region', { name: /^Audit/ });
  await audit.getByLabel('Template').selectOption({ label: 'Learning case file audit' });
  await audit.getByRole('button', { name: 'Start audit' }).click();
  await expect(sidebar.getByRole('heading', { name: 'Audit of P123456' })).toBeVisible();
  await gradedObservation(sidebar, 'Voice of the child', 'Outstanding', 'Her own words are recorded.');
  await gradedObservation(sidebar, 'Chronology and history', 'Good', 'The history is up to date.');
  await sidebar.getByLabel('Section grade').selectOption({ label: 'Good' });
  await sidebar.getByLabel('Justification').fill('Reviewed in full.');
  await sidebar.getByRole('checkbox', { name: 'Section complete' }).check();
  await sidebar.getByRole('button', { name: 'Save section' }).click();
  await expect(sidebar.getByText('1 of 8 sections complete')).toBeVisible();

  const dashboard = await openExtensionPage(margin, 'dashboard.html');
  const count = dashboard.getByRole('status').filter({ hasText: /observations$/ });
  await expect(count).toHaveText('2 observations');
  const audits = dashboard.getByRole('table', { name: /^Audits \(/ });
  await expect(audits).toContainText('Learning case file audit');
  await expect(audits).toContainText('In progress');
  await expect(audits).toContainText('1 of 8 sections');
  const observations = dashboard.getByRole('table', { name: 'Observations', exact: true });
  await expect(observations).toContainText('Voice of the child');
  await expect(observations).toContainText('Outstanding');
  const grades = dashboard.getByRole('table', { name: 'Grades by template section: numbers' });
  await expect(grades.getByRole('rowheader')).toHaveText(['Chronology and history', 'Voice of the child']);
  await expect(grades.getByRole('columnheader')).toHaveText(['Category', 'Outstanding', 'Good']);
  const months = dashboard.getByRole('table', { name: 'Audits per month: numbers' });
  await expect(months.getByRole('rowheader').first()).toHaveText(/^[A-Z][a-z]+ \d{4}$/);

  const everything = await dashboard.locator('main').evaluate((main) => main.textContent ?? '');
  for (const raw of [
    'learning-case-file-audit',
    'voice-of-the-child',
    'chronology',
    'in-progress',
    'outstanding',
    'good',
  ])
    expect(everything, `raw “${raw}” on the dashboard`).not.toMatch(new RegExp(`\\b${raw}\\b`));

  // Grade and Template section are lists of the real grades and sections, with “Any”.
  const grade = dashboard.getByLabel('Grade', { exact: true });
  expect(await grade.evaluate((el) => el.tagName)).toBe('SELECT');
  const gradeOptions = await grade.locator('option').allTextContents();
  expect(gradeOptions.slice(0, 5)).toEqual([
    'Any',
    'Outstanding',
    'Good',
    'Requires improvement',
    'Inadequate',
  ]);
  expect(gradeOptions).toContain('Amber');
  const section = dashboard.getByLabel('Template section', { exact: true });
  expect(await section.evaluate((el) => el.tagName)).toBe('SELECT');
  const sectionOptions = await section.locator('option').allTextContents();
  expect(sectionOptions[0]).toBe('Any');
  expect(sectionOptions).toContain('Voice of the child');
  expect(sectionOptions).toContain('Referral and information sharing at the front door');
  // One group of sections per template this device knows.
  await expect(section.locator('optgroup')).toHaveCount(4);

  await grade.selectOption({ label: 'Good' });
  await expect(count).toHaveText('1 of 2 observations');
  await expect(observations.getByRole('row').nth(1)).toContainText('The history is up to date.');
  await grade.selectOption({ label: 'Any' });
  await section.selectOption({ label: 'Voice of the child' });
  await expect(count).toHaveText('1 of 2 observations');
  await expect(observations.getByRole('row').nth(1)).toContainText('Her own words are recorded.');
  await grade.selectOption({ label: 'Good' });
  await expect(count).toHaveText('0 of 2 observations');

  // The audit report: the audit chosen by its template and status in words, grades by their labels.
  const report = await openExtensionPage(margin, 'report.html');
  // Named for what it is (audits chosen from any round or none), apart from a round's own report.
  await expect(report).toHaveTitle('Margin audit report');
  await expect(report.getByRole('heading', { name: 'Audit report', level: 1 })).toBeVisible();
  await report.getByRole('checkbox', { name: /P123456/ }).check();
  await expect(report.getByRole('checkbox', { name: /P123456/ })).toHaveAccessibleName(
    /Learning case file audit · In progress/,
  );
  const row = report.getByRole('row', { name: /P123456/ }).first();
  await expect(row).toContainText('Good');
  const reportText = await report.locator('main').evaluate((main) => main.textContent ?? '');
  for (const raw of ['learning-case-file-audit', 'in-progress', 'good', 'outstanding'])
    expect(reportText, `raw “${raw}” in the report`).not.toMatch(new RegExp(`\\b${raw}\\b`));
});
