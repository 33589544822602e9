// The round report in real Chromium, one profile: the QA lead plans a small round on the rounds page
// (6 candidates, a sample of 3 with at most one case per case holder, 3 auditors), an auditor's return
// with a finished audit of the demo case is imported on the dashboard, and the report reached from the
// round's steps shows every section (compliance beside quality too), names no practitioner and no case
// by default, passes axe, prints (print media hides the controls), and the Margin JSON export carries
// the round.
import { readFile } from 'node:fs/promises';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import { openExtensionPage } from './support/extension';
import { readStore } from '../../scripts/lib/read-store.mjs';
import { roundReportShot } from '../../scripts/lib/demo-tour.mjs';
import { pageKey } from '../../lib/model/page-context';
import type { Assignment, Round } from '../../lib/model/round';

const SHOTS = process.env.ROUND_REPORT_SHOTS;
const CSV = [
  'Case ID,Team,Case holder',
  'P123456,South,Wendy Hart',
  'P200001,North,Harry Holt',
  'P200002,North,Harry Holt',
  'P200003,East,Ivy Irwin',
  'P200004,East,Ivy Irwin',
  'P200005,South,Ivy Irwin',
].join('\n');
const NAMES = ['Wendy Hart', 'Harry Holt', 'Ivy Irwin', 'Ana North', 'Ben South', 'Cat East', 'Quinn Lead'];

/** An auditor's return: their finished audit of the demo case, two observations and a friction flag. */
function returnFile(round: Round, assignment: Assignment, origin: string) {
  const at = new Date(Date.now() - 60_000).toISOString();
  const page = { origin, path: '/person/P123456/case-notes', adapter: 'demo', personId: 'P123456' };
  const observation = (kind: 'strength' | 'concern', comment: string, extra: object) => ({
    id: crypto.randomUUID(),
    auditId,
    kind,
    comment,
    evidenceSource: 'case-record',
    target: { page, selectors: [] },
    pageKey: pageKey(page),
    author: assignment.auditorId,
    createdAt: at,
    updatedAt: at,
    ...extra,
  });
  const auditId = crypto.randomUUID();
  return {
    schemaVersion: 2,
    generator: { name: 'Margin', version: '0.1.0' },
    exportedAt: at,
    exportedBy: assignment.auditorId,
    filters: {},
    options: { redactQuotes: false, pseudonymise: false },
    personalData: { summary: 'An auditor’s return.', contains: ['person identifiers', 'author names'] },
    audits: [
      {
        id: auditId,
        templateId: round.templateId,
        templateVersion: 1,
        caseRef: { personId: 'P123456' },
        auditor: assignment.auditorId,
        status: 'finished',
        sections: {
          'voice-of-the-child': { grade: 'good', compliance: 'no', complete: true },
          planning: {
            grade: 'requires-improvement',
            compliance: 'yes',
            complete: true,
            justification:
              'No contingency plan.\nAction: agree a contingency plan. Owner: team manager South; by 2026-10-31',
          },
        },
        overallGrade: 'good',
        summary: 'Wendy Hart knows Maya well.',
        startedAt: at,
        finishedAt: at,
        updatedAt: at,
        roundId: round.id,
        assignmentId: assignment.id,
      },
    ],
    observations: [
      observation('strength', 'Wendy Hart records Maya’s own words and answers her question.', {
        sectionId: 'voice-of-the-child',
        grade: 'good',
        factors: [{ factor: 'family-professional' }],
      }),
      observation('concern', 'The assessment form leaves no room for the rationale.', {
        sectionId: 'assessment',
        factors: [{ factor: 'human-tool', subItem: 'assessment-forms' }],
        followUp: 'Raise the form with the systems team. Owner: Quinn Lead, by 2026-11-15',
      }),
    ],
    notes: [],
    templates: [],
    frictionFlags: [
      {
        id: crypto.randomUUID(),
        category: 'duplicate-entry',
        severity: 'high',
        minutesLost: 15,
        target: { page, selectors: [] },
        pageKey: pageKey(page),
        author: 'Wendy Hart',
        createdAt: at,
      },
    ],
    frictionCounters: [],
  };
}

test('the round report: every section, no practitioner named by default, printable, and in the JSON export', async ({
  margin,
  demoUrl,
}) => {
  // The whole story in one browser: planning, an import, the report, print and an export.
  test.setTimeout(150_000);
  const page = await openExtensionPage(margin, 'rounds.html');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('link', { name: 'Plan a new round' }).click();
  await page.getByLabel('Round name').fill('Voice of the child, Q3');
  await page.getByLabel('Theme').fill('Voice of the child');
  await page.getByLabel('Owner').fill('Quinn Lead');
  await page.getByLabel('Opens on').fill('2026-07-01');
  await page.getByLabel('Closes on').fill('2026-12-31');
  await page.getByLabel('Purpose').fill('Is the child seen and heard?');
  await page.getByRole('button', { name: 'Plan the round' }).click();
  await page.getByLabel('Paste the candidate list').fill(CSV);
  await page.getByRole('button', { name: 'Use this list' }).click();
  await expect(page.getByRole('status')).toHaveText('6 candidate cases kept.');
  await page.getByLabel('Sample size').fill('3');
  await page.getByLabel('Seed', { exact: true }).fill('BOARD-Q3');
  await page.getByLabel('At most this many cases per case holder').fill('1');
  await page.getByRole('button', { name: 'Draw sample' }).click();
  await expect(page.locator('#drawn-cases tbody tr')).toHaveCount(3);
  await page
    .getByLabel('Add auditors')
    .fill('Ana North, North, team manager, 5\nBen South, South, peer, 5\nCat East, East, QA officer, 5');
  await page.getByRole('button', { name: 'Add auditors' }).click();
  await page.getByRole('button', { name: 'Assign automatically' }).click();
  await expect(page.locator('#assignments-table tbody tr')).toHaveCount(3);
  await page.getByRole('button', { name: 'Open the round' }).click();
  await expect(page.getByRole('definition').filter({ hasText: 'Open' })).toBeVisible();

  const [round] = (await readStore(page, 'rounds')) as Round[];
  const assignment = ((await readStore(page, 'roundAssignments')) as Assignment[]).find(
    (a) => a.caseId === 'P123456',
  )!;
  const folder = await mkdtemp(path.join(os.tmpdir(), 'margin-round-report-'));
  const file = path.join(folder, 'return.margin.json');
  await writeFile(file, JSON.stringify(returnFile(round!, assignment, new URL(demoUrl).origin)));
  const dashboard = await openExtensionPage(margin, 'dashboard.html');
  await dashboard.getByLabel('Import Margin JSON files').setInputFiles(file);
  await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dashboard.getByRole('list', { name: 'Import results' })).toContainText('imported.');

  // From the round's steps to its report, by keyboard.
  await page.getByRole('link', { name: 'Round report' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Round report: Voice of the child, Q3', level: 1 }),
  ).toBeVisible();
  for (const heading of [
    'The round',
    'Sample and method',
    'Progress and completion',
    'Grades',
    'What good looks like',
    'Areas for development',
    'Systemic factors',
    'Compliance beside quality',
    'Friction recorded',
    'Actions',
  ])
    await expect(page.getByRole('heading', { name: heading, exact: true, level: 2 })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('BOARD-Q3');
  await expect(page.getByRole('table', { name: 'Cases left out and why (3)' })).toContainText(
    'Their case holder already had the most cases allowed in the sample',
  );
  await expect(main).toContainText('1 of 3 cases finished (33% of the target)');
  await expect(
    page.getByRole('table', { name: 'Overall grades', exact: true }).getByRole('row', { name: 'Good 1' }),
  ).toBeVisible();
  await expect(main).toContainText('records Maya’s own words');
  await expect(main).toContainText('The assessment form leaves no room for the rationale.');
  await expect(page.getByRole('table', { name: 'By pattern within each factor' })).toContainText(
    'Human-tool operation: Influence of assessment forms',
  );
  await expect(page.getByRole('table', { name: 'Friction by category' })).toContainText('Duplicate entry');
  const divergent = page.getByRole('table', { name: 'Divergent cases by section' });
  await expect(
    divergent.getByRole('row', {
      name: /^Planning 1 0 person-[0-9a-f]{12} \(compliant on paper, poor practice\)$/,
    }),
  ).toBeVisible();
  await expect(divergent.getByRole('row', { name: /^Voice of the child 0 1 person-/ })).toContainText(
    'not compliant, good practice',
  );
  const actions = page.getByRole('table', { name: 'Actions with owners and dates' });
  await expect(actions).toContainText('team manager South');
  await expect(actions).toContainText('31 Oct 2026');
  // Pseudonymised by default: no practitioner, owner or case is named anywhere on the page.
  const text = (await page.locator('body').innerText()) ?? '';
  for (const name of [...NAMES, 'P123456']) expect(text, name).not.toContain(name);
  expect(text).toMatch(/author-[0-9a-f]{12}/);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/report-1366.png`, fullPage: true });
    await page.evaluate(() => ((document.body.style as unknown as { zoom: string }).zoom = '2'));
    await page.screenshot({ path: `${SHOTS}/report-200.png` });
    await page.evaluate(() => ((document.body.style as unknown as { zoom: string }).zoom = '1'));
  }

  // Printed: the controls are hidden, the report is not.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Privacy' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Actions', exact: true })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/report-print.png`, fullPage: true });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });

  // Names appear only when the QA lead asks for them.
  await page.getByLabel('Pseudonymise person IDs and names').uncheck();
  await expect(main).toContainText('Wendy Hart records Maya’s own words');
  await expect(main).toContainText('P123456');

  // The Margin JSON export carries the round, its sample, auditors, assignments and report.
  const downloading = dashboard.waitForEvent('download');
  await dashboard.getByRole('button', { name: 'Export JSON', exact: true }).click();
  const bundle = JSON.parse(await readFile((await (await downloading).path())!, 'utf8'));
  expect(bundle.rounds).toHaveLength(1);
  expect(bundle.rounds[0].round.id).toBe(round!.id);
  expect(bundle.rounds[0].sample.seed).toBe('BOARD-Q3');
  expect(bundle.rounds[0].sample.leftOut).toHaveLength(3);
  expect(bundle.rounds[0].assignments).toHaveLength(3);
  expect(bundle.rounds[0].report.audits).toEqual({ total: 1, finished: 1, observations: 2 });
  expect(bundle.personalData.summary).toContain('1 audit round');

  // The demo tour's step, from the round on the rounds screen (screenshots only when asked for).
  if (SHOTS) {
    await page.goto(`chrome-extension://${margin.extensionId}/rounds.html#round=${round!.id}`);
    await roundReportShot(page, SHOTS);
  }
});
