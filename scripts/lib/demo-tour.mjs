// The scripted tour `npm run demo` runs without a display: an auditor writes notes on two screens of
// the demo system, then opens the dashboard. Saves screenshots and a JSON dump of what Margin stored.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readStore } from './read-store.mjs';
import { selectText } from './page-text.mjs';

/** @param {import('@playwright/test').Page} page */
async function sidebarOf(page) {
  for (let tries = 0; tries < 100; tries++) {
    const frame = page.frames().find((candidate) => candidate.url().endsWith('/sidebar.html'));
    if (frame) {
      await frame.getByRole('heading', { name: 'This screen', exact: true }).waitFor();
      return frame;
    }
    await page.waitForTimeout(100);
  }
  throw new Error('The Margin sidebar did not appear on the demo page.');
}

/** @param {import('@playwright/test').Frame} sidebar @param {string} text */
async function writeNote(sidebar, text) {
  const fold = sidebar.locator('details.fold', { has: sidebar.locator('#note-heading') });
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
  await sidebar.getByLabel('Note', { exact: true }).fill(text);
  await sidebar.getByRole('button', { name: 'Save', exact: true }).click();
  await sidebar.getByRole('status').filter({ hasText: 'Note saved.' }).waitFor();
}

/**
 * Runs the tour and returns the files it wrote.
 * @param {{ context: import('@playwright/test').BrowserContext, extensionId: string }} margin
 * @param {string} demoUrl
 * @param {string} outDir
 */
export async function runTour(margin, demoUrl, outDir) {
  await mkdir(outDir, { recursive: true });
  const page = await margin.context.newPage();
  await page.goto(`${demoUrl}/person/P123456/forms/assessment/884213`);
  let sidebar = await sidebarOf(page);
  // First use: the sidebar asks who is recording.
  await sidebar.getByLabel('Your name', { exact: true }).fill('Sam Patel');
  await sidebar.getByRole('button', { name: 'Save name' }).click();
  await sidebar.getByText('Recording as Sam Patel').waitFor();
  await writeNote(
    sidebar,
    'Analysis weighs the risks from the home conditions against the strengths of the extended family: good practice.',
  );
  await writeNote(
    sidebar,
    'The child’s own words are recorded in the voice of the child section, not only the worker’s summary.',
  );

  await page
    .getByRole('navigation', { name: 'Person navigation' })
    .getByRole('link', { name: 'Chronology' })
    .click();
  await page.locator('#screen-title', { hasText: 'Chronology' }).waitFor();
  await sidebar.locator('dd', { hasText: /^Chronology$/ }).waitFor();
  await writeNote(sidebar, 'Chronology stops in March; the strategy discussion is missing from it.');

  await page.goBack();
  await page.locator('#screen-title', { hasText: 'Child and Family Assessment' }).waitFor();
  sidebar = await sidebarOf(page);
  await sidebar.getByText('Notes on this screen (2)').waitFor();

  // An audit, with an observation anchored to a sentence of a case note.
  await sidebar.getByRole('button', { name: 'Start audit' }).click();
  await sidebar.getByRole('heading', { name: 'Audit of P123456' }).waitFor();
  await page
    .getByRole('navigation', { name: 'Person navigation' })
    .getByRole('link', { name: 'Case notes' })
    .click();
  await page.locator('#casenote-list[data-render-count]').waitFor();
  await selectText(page, 'Maya asked whether she would have to move house.');
  await sidebar.getByRole('button', { name: 'Voice of the child' }).click();
  await sidebar.getByRole('button', { name: 'Add observation' }).click();
  await sidebar.getByLabel('Grade', { exact: true }).selectOption({ label: 'Good' });
  await sidebar
    .getByLabel('Observation', { exact: true })
    .fill('Maya’s own question is recorded in her words and answered honestly.');
  await sidebar.getByRole('button', { name: 'Save', exact: true }).first().click();
  await sidebar.getByText('Observation saved.').waitFor();
  await sidebar.getByRole('button', { name: /Show in record/ }).click();

  await page.waitForTimeout(300);
  const sidebarShot = path.join(outDir, 'sidebar.png');
  await page.screenshot({ path: sidebarShot });

  const dashboard = await margin.context.newPage();
  await dashboard.goto(`chrome-extension://${margin.extensionId}/dashboard.html`);
  await dashboard.getByRole('status').filter({ hasText: '3 notes' }).waitFor();
  const dashboardShot = path.join(outDir, 'dashboard.png');
  await dashboard.screenshot({ path: dashboardShot, fullPage: true });

  const report = await margin.context.newPage();
  await report.goto(`chrome-extension://${margin.extensionId}/report.html`);
  await report.getByRole('checkbox').first().check();
  await report.getByText(/1 audit \(/).waitFor();
  const reportShot = path.join(outDir, 'report.png');
  await report.screenshot({ path: reportShot, fullPage: true });

  const dump = path.join(outDir, 'stored.json');
  const stored = {
    exportedAt: new Date().toISOString(),
    audits: await readStore(dashboard, 'audits'),
    observations: await readStore(dashboard, 'observations'),
    notes: await readStore(dashboard, 'notes'),
  };
  await writeFile(dump, `${JSON.stringify(stored, null, 2)}\n`);
  return [sidebarShot, dashboardShot, reportShot, dump];
}
