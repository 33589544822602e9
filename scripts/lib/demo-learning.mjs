// The demo's finished learning round: the QA lead plans "Learning round, Q3" from the seed's candidate
// list, imports four auditors' returns (12 finished audits with grades, compliance answers, observations
// tagged with their factors, the friction flags they cite and a conversation with each case holder:
// demo-learning-seed.mjs), starts a finding from Margin's top suggestion and saves it, then opens the
// round report that leads with it. Saves findings.png and board-report.png (and both at 200% zoom).
import { writeFile } from 'node:fs/promises';
import { readStore } from './read-store.mjs';
import { learningCandidatesCsv, learningSeed } from './demo-learning-seed.mjs';

/**
 * @param {{ context: import('@playwright/test').BrowserContext, extensionId: string }} margin
 * @param {string} demoUrl
 * @param {{ screen: { width: number, height: number }, at: (name: string) => string,
 *   shoot: (page: import('@playwright/test').Page, file: string, options?: object) => Promise<string[]> }} tour
 */
export async function learningTour(margin, demoUrl, { screen, at, shoot }) {
  const written = [];
  const page = await margin.context.newPage();
  await page.setViewportSize(screen);
  await page.goto(`chrome-extension://${margin.extensionId}/rounds.html`);
  await page.getByRole('link', { name: 'Plan a new round' }).click();
  await page.getByLabel('Round name').fill('Learning round, Q3');
  await page.getByLabel('Theme').fill('What helps and what hinders');
  await page.getByLabel('Owner').fill('Quinn Lead');
  await page.getByLabel('Opens on').fill('2026-07-01');
  await page.getByLabel('Closes on').fill('2026-12-31');
  await page.getByRole('button', { name: 'Plan the round' }).click();
  await page.getByLabel('Paste the candidate list').fill(learningCandidatesCsv());
  await page.getByRole('button', { name: 'Use this list' }).click();
  await page.getByText('12 candidate cases kept.').waitFor();
  const round = /** @type {{ id: string, name: string }[]} */ (await readStore(page, 'rounds')).find(
    (r) => r.name === 'Learning round, Q3',
  );
  if (!round) throw new Error('The learning round was not saved.');

  const file = at('learning-round.margin.json');
  const seed = learningSeed({ roundId: round.id, origin: new URL(demoUrl).origin, withConversations: true });
  await writeFile(file, JSON.stringify(seed));
  written.push(file);
  const dashboard = await margin.context.newPage();
  await dashboard.setViewportSize(screen);
  await dashboard.goto(`chrome-extension://${margin.extensionId}/dashboard.html`);
  await dashboard.getByLabel('Import Margin JSON files').setInputFiles(file);
  await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
  await dashboard.getByRole('list', { name: 'Import results' }).getByText('imported.').first().waitFor();
  await dashboard.close();

  // The Findings step: a finding started from the top suggestion, its counts computed, saved.
  await page.reload();
  await page.getByRole('link', { name: 'Findings', exact: true }).click();
  const findings = page.locator('#findings');
  const suggestions = findings.getByRole('list', { name: 'Suggested findings' }).getByRole('listitem');
  await suggestions
    .first()
    .getByRole('button', { name: /^Start a finding from this/ })
    .click();
  await findings
    .getByLabel('Finding', { exact: true })
    .fill('Assessment forms with no room for analysis lead to conclusions recorded without their reasoning.');
  await findings.getByLabel('How widespread, in your judgement').selectOption('widespread');
  await findings
    .getByLabel('Why it matters')
    .fill('Decisions about risk cannot be reviewed when the reasons are lost.');
  await findings
    .getByLabel('Questions for the board (one a line)')
    .fill('Who can change the assessment form?');
  await findings.getByRole('button', { name: 'Add an action' }).click();
  await findings
    .getByLabel('Action 1', { exact: true })
    .fill('Redesign the analysis box of the assessment form');
  await findings.getByLabel('Owner').fill('Head of service');
  await findings.getByLabel('Due by').fill('2027-03-31');
  await findings.getByRole('button', { name: 'Save the finding' }).click();
  await findings
    .getByRole('list', { name: 'Findings', exact: true })
    .getByText('Assessment forms with no room for analysis')
    .waitFor();
  const top = () =>
    page.locator('#findings-heading').evaluate((heading) => {
      heading.scrollIntoView({ block: 'start' });
    });
  await top();
  await page.waitForTimeout(300);
  written.push(...(await shoot(page, at('findings.png'), { zoom: true, before: top })));

  // The board report: the round report, led by the findings, pseudonymised by default.
  await page.goto(`chrome-extension://${margin.extensionId}/round-report.html?round=${round.id}`);
  await page.locator('.board-findings').getByText('Finding 1:').first().waitFor();
  written.push(...(await shoot(page, at('board-report.png'), { zoom: true, fullPage: true })));
  await page.close();
  return written;
}
