// Findings in real Chromium, one profile: the QA lead plans a round with the demo's candidate list
// (teams), imports the auditors' returns of the demo learning round (scripts/lib/demo-learning-seed.mjs)
// on the dashboard, opens the round's Findings step, starts a finding from the top suggestion, sees its
// counts computed from the evidence, saves it, and its evidence clicks through to the audit and to the
// record; the round report then leads with the finding, pseudonymised, and passes axe.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import { openExtensionPage } from './support/extension';
import { readStore } from '../../scripts/lib/read-store.mjs';
import { learningCandidatesCsv, learningSeed } from '../../scripts/lib/demo-learning-seed.mjs';
import type { Round } from '../../lib/model/round';
import type { Finding } from '../../lib/model/finding';

const SHOTS = process.env.FINDINGS_SHOTS;

test('a finding built from a suggestion: counts computed, evidence clicks through, the report leads with it', async ({
  margin,
  demoUrl,
}) => {
  test.setTimeout(120_000);
  const page = await openExtensionPage(margin, 'rounds.html');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('link', { name: 'Plan a new round' }).click();
  await page.getByLabel('Round name').fill('Learning round, Q3');
  await page.getByLabel('Theme').fill('What helps and what hinders');
  await page.getByLabel('Owner').fill('Quinn Lead');
  await page.getByLabel('Opens on').fill('2026-07-01');
  await page.getByLabel('Closes on').fill('2026-12-31');
  await page.getByRole('button', { name: 'Plan the round' }).click();
  await page.getByLabel('Paste the candidate list').fill(learningCandidatesCsv());
  await page.getByRole('button', { name: 'Use this list' }).click();
  await expect(page.getByRole('status')).toHaveText('12 candidate cases kept.');
  const [round] = (await readStore(page, 'rounds')) as Round[];

  const folder = await mkdtemp(path.join(os.tmpdir(), 'margin-findings-'));
  const file = path.join(folder, 'learning-round.margin.json');
  await writeFile(
    file,
    JSON.stringify(learningSeed({ roundId: round!.id, origin: new URL(demoUrl).origin })),
  );
  const dashboard = await openExtensionPage(margin, 'dashboard.html');
  await dashboard.getByLabel('Import Margin JSON files').setInputFiles(file);
  await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dashboard.getByRole('list', { name: 'Import results' })).toContainText('imported.');

  // The Findings step, by keyboard from the round's steps.
  await page.getByRole('link', { name: 'Findings', exact: true }).focus();
  await page.keyboard.press('Enter');
  const findings = page.locator('#findings');
  await expect(findings).toContainText('From 12 audits, 52 observations');
  const suggestions = findings.getByRole('list', { name: 'Suggested findings' }).getByRole('listitem');
  await expect(suggestions.first()).toContainText('Human-tool operation × friction: Tick-box structure');
  await expect(suggestions.first()).toContainText('12 cases, 4 auditors');
  // The thresholds are the QA lead's: more cases than the round has leaves no suggestion.
  await findings.getByLabel('Seen in at least this many cases').fill('13');
  await findings.getByLabel('Seen in at least this many cases').press('Tab');
  await expect(findings).toContainText('No combination is seen in 13 cases by 2 auditors yet.');
  await findings.getByLabel('Seen in at least this many cases').fill('3');
  await findings.getByLabel('Seen in at least this many cases').press('Tab');

  await suggestions
    .first()
    .getByRole('button', { name: /^Start a finding from this/ })
    .click();
  await expect(findings.getByLabel('Underlying pattern')).toHaveValue('human-tool');
  await expect(findings.getByLabel('Within it')).toHaveValue('assessment-forms');
  const counts = findings.locator('.finding-editor .finding-counts');
  // 12 observations and the 12 flags they cite: 12 cases, 12 audits, 4 auditors, 4 teams; all concerns.
  await expect(counts).toContainText('Seen in 12 cases, 12 audits, 4 auditors, 4 teams.');
  await expect(counts).toContainText(
    'Strengths: 0 observations in 0 cases. Concerns: 12 observations in 12 cases.',
  );
  // Counts follow the evidence live: leaving one observation out takes its audit away (its case stays,
  // through the friction flag on it).
  const evidence = findings.getByRole('list', { name: 'Evidence found' });
  await findings.getByLabel('Search the evidence').fill('P123456 concern');
  await evidence.getByRole('checkbox').first().uncheck();
  await expect(counts).toContainText('Seen in 12 cases, 11 audits,');
  await evidence.getByRole('checkbox').first().check();
  await expect(counts).toContainText('Seen in 12 cases, 12 audits,');

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
  const list = findings.getByRole('list', { name: 'Findings', exact: true });
  await expect(list).toContainText('Assessment forms with no room for analysis');
  await expect(list).toContainText('Seen in 12 cases, 12 audits, 4 auditors, 4 teams.');
  const [stored] = (await readStore(page, 'findings')) as Finding[];
  expect(stored).toMatchObject({ roundId: round!.id, status: 'draft', pattern: { factor: 'human-tool' } });
  expect(stored!.evidence.filter((e) => e.kind === 'observation')).toHaveLength(12);
  expect(stored!.evidence.filter((e) => e.kind === 'friction-flag')).toHaveLength(12);
  if (SHOTS) {
    await findings.screenshot({ path: `${SHOTS}/findings.png` });
    await page.evaluate(() => ((document.body.style as unknown as { zoom: string }).zoom = '2'));
    await page.locator('#suggestions-heading').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/findings-zoom200.png` });
    await page.evaluate(() => ((document.body.style as unknown as { zoom: string }).zoom = '1'));
  }
  const axe = await new AxeBuilder({ page }).include('#findings').analyze();
  expect(axe.violations).toEqual([]);

  // Evidence clicks through: to the audit (its report) and to the record's screen.
  await list.getByRole('button', { name: 'Change finding 1' }).click();
  await findings.getByLabel('Search the evidence').fill('P123456 concern');
  const item = evidence.getByRole('listitem').first();
  const [audit] = await Promise.all([
    margin.context.waitForEvent('page'),
    item.getByRole('link', { name: /^Open the audit: Concern · case P123456/ }).click(),
  ]);
  await expect(audit.getByRole('main')).toContainText('P123456');
  await expect(audit.getByRole('main')).toContainText('The assessment form has no room for the analysis');
  const [record] = await Promise.all([
    margin.context.waitForEvent('page'),
    item.getByRole('button', { name: /^Open in the record: Concern · case P123456/ }).click(),
  ]);
  await expect(record).toHaveURL(`${demoUrl.replace(/\/$/, '')}/person/P123456/casenotes`);
  await audit.close();
  await record.close();
  await findings.getByRole('button', { name: 'Cancel' }).click();

  // The round report leads with the finding, names no practitioner or case by default, and prints.
  await page.goto(`chrome-extension://${margin.extensionId}/round-report.html?round=${round!.id}`);
  const h2 = page.getByRole('heading', { level: 2 });
  await expect(page.getByRole('heading', { name: 'Findings', exact: true, level: 2 })).toBeVisible();
  const headings = await h2.allInnerTexts();
  expect(headings.slice(0, 2)).toEqual(['About this report', 'Findings']);
  const lead = page.locator('.board-findings');
  await expect(lead).toContainText('Finding 1: Assessment forms with no room for analysis');
  await expect(lead).toContainText('Human-tool operation: Influence of assessment forms');
  await expect(lead).toContainText('Seen in 12 cases, 12 audits, by 4 auditors, in 4 teams');
  await expect(lead).toContainText('Widespread');
  await expect(lead).toContainText('Who can change the assessment form?');
  await expect(lead.getByRole('table', { name: 'Actions for finding 1' })).toContainText('Head of service');
  const text = await page.locator('body').innerText();
  for (const name of ['Sam Patel', 'Jo Okafor', 'Wendy Hart', 'P123456'])
    expect(text, name).not.toContain(name);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/board-report.png`, fullPage: true });
    await page.evaluate(() => ((document.body.style as unknown as { zoom: string }).zoom = '2'));
    await page.screenshot({ path: `${SHOTS}/board-report-zoom200.png` });
  }
});
