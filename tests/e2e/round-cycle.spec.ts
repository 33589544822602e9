// The whole round cycle in real Chromium with two browser profiles, the QA lead's and an auditor's:
// the QA lead plans a round of 12 from 40 candidates with a template of the council's own, adds 3
// auditors, assigns, opens the round and exports the packs; the auditor imports their pack (the
// template travels with it), sees "My assigned cases", audits two of them on the demo system (one
// finished, one in progress) and exports the usual Margin JSON; the QA lead imports that return on the
// dashboard and the rounds page, open all along in another tab, shows the progress per case and per
// auditor without a reload.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, sidebarFrame } from './support/fixtures';
import { openExtensionPage } from './support/extension';
import { launchMargin, type Margin } from './support/launch';
import { readStore } from '../../scripts/lib/read-store.mjs';
import { parseCandidates } from '../../lib/rounds/candidates-csv';
import { drawSample } from '../../lib/rounds/sample';
import { SampleSpecSchema } from '../../lib/model/round';

/** The council's own template (not one Margin ships): it must travel to the auditor in the pack. */
const TEMPLATE = {
  id: 'northbury-child-voice',
  name: 'Northbury voice of the child audit',
  version: 1,
  scale: {
    type: 'levels',
    name: 'RAG',
    levels: [
      { value: 'green', label: 'Green' },
      { value: 'amber', label: 'Amber' },
      { value: 'red', label: 'Red' },
    ],
  },
  sections: [
    { id: 'seen-alone', title: 'Seen alone', required: true },
    { id: 'views-recorded', title: 'Views recorded', required: true },
  ],
};

/** Two of the demo system's people are the auditor's cases; the rest are other cases of the council. */
const MINE = ['P123456', 'P123457'];
const TEAMS = ['North', 'South', 'East'];
const CSV = [
  'Case ID,Team,Case holder,Age band',
  ...MINE.map((id, i) => `${id},North,W${i + 1},5-10`),
  ...Array.from(
    { length: 38 },
    (_, i) => `P${1000 + i},${TEAMS[i % 3]},W${(i % 8) + 1},${i % 2 ? '0-4' : '5-10'}`,
  ),
].join('\n');

/** The first seed of CYCLE-1, CYCLE-2, ... whose sample of 12 holds both demo cases: found, not hard-coded. */
function seedDrawingMine(): string {
  const list = parseCandidates(CSV);
  if (!list.ok) throw new Error('the test list does not parse');
  for (let i = 1; i < 500; i++) {
    const seed = `CYCLE-${i}`;
    const spec = SampleSpecSchema.parse({ size: { kind: 'count', count: 12 }, seed });
    const drawn = drawSample(list.candidates, spec, { today: '2026-07-01' });
    if (drawn.ok && MINE.every((id) => drawn.sample.drawn.some((c) => c.caseId === id))) return seed;
  }
  throw new Error('no seed draws both demo cases');
}

async function saveDownload(page: Page, button: string, folder: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const download = await downloading;
  const file = path.join(folder, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

async function openDemoIn(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  return { page, sidebar: await sidebarFrame(page) };
}

/** The QA lead's side, up to the packs: returns the rounds page, left open on the round. */
async function planAndPack(margin: Margin, folder: string): Promise<{ rounds: Page; packFile: string }> {
  const options = await openExtensionPage(margin, 'options.html');
  await options.getByLabel('Import template files (JSON)').setInputFiles({
    name: 'northbury.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(TEMPLATE)),
  });
  await expect(options.getByText(`northbury.json: imported “${TEMPLATE.name}” version 1.`)).toBeVisible();
  await options.close();

  const rounds = await openExtensionPage(margin, 'rounds.html');
  await rounds.setViewportSize({ width: 1366, height: 768 });
  await rounds.getByRole('link', { name: 'Plan a new round' }).click();
  await rounds.getByLabel('Round name').fill('Voice of the child, Q3');
  await rounds.getByLabel('Theme').fill('Voice of the child');
  await rounds.getByLabel('Owner').fill('QA lead');
  await rounds.getByLabel('Template').selectOption({ label: TEMPLATE.name });
  await rounds.getByLabel('Opens on').fill('2026-07-01');
  await rounds.getByLabel('Closes on').fill('2026-09-30');
  await rounds.getByRole('button', { name: 'Plan the round' }).click();
  await expect(rounds.getByRole('heading', { name: 'Voice of the child, Q3', level: 2 })).toBeVisible();

  await rounds.getByLabel('Paste the candidate list').fill(CSV);
  await rounds.getByRole('button', { name: 'Use this list' }).click();
  await expect(rounds.getByRole('status')).toHaveText('40 candidate cases kept.');
  await rounds.getByLabel('Sample size').fill('12');
  await rounds.getByLabel('Seed', { exact: true }).fill(seedDrawingMine());
  await rounds.getByRole('button', { name: 'Draw sample' }).click();
  await expect(rounds.locator('#drawn-cases tbody tr')).toHaveCount(12);

  await rounds
    .getByLabel('Add auditors')
    .fill('Ana North, North, team manager, 6\nBen South, South, peer, 6\nCat East, East, QA officer, 6');
  await rounds.getByRole('button', { name: 'Add auditors' }).click();
  await rounds.getByRole('button', { name: 'Assign automatically' }).click();
  const rows = rounds.locator('#assignments-table tbody tr');
  await expect(rows).toHaveCount(12);
  // The QA lead gives both demo cases to Ben (a manual choice within the rules).
  for (const id of MINE) {
    const row = rows.filter({ has: rounds.getByRole('cell', { name: id, exact: true }) });
    const auditor = row.getByRole('combobox', { name: /^Auditor of/ });
    if ((await auditor.inputValue()) !== 'Ben South') await auditor.selectOption('Ben South');
    await expect(auditor).toHaveValue('Ben South');
  }
  await rounds.getByRole('button', { name: 'Open the round' }).click();
  await expect(rounds.getByRole('definition').filter({ hasText: 'Open' })).toBeVisible();

  let packFile = '';
  for (const name of ['Ana North', 'Ben South', 'Cat East']) {
    const file = await saveDownload(rounds, `Download pack for ${name}`, folder);
    if (name === 'Ben South') packFile = file;
  }
  const pack = JSON.parse(await readFile(packFile, 'utf8'));
  expect(pack.template).toMatchObject({ id: TEMPLATE.id, version: 1 });
  expect(pack.assignments.map((a: { caseId: string }) => a.caseId)).toEqual(expect.arrayContaining(MINE));
  return { rounds, packFile };
}

/** Fills every section of the open audit and finishes it with an overall grade. */
async function finishAudit(sidebar: Awaited<ReturnType<typeof sidebarFrame>>) {
  const sections = sidebar.getByRole('list', { name: 'Sections' }).getByRole('button');
  for (let index = 0; index < 2; index++) {
    await sections.nth(index).click();
    await sidebar.getByLabel('Section grade').selectOption({ label: 'Green' });
    await sidebar.getByLabel('Justification').fill(`Seen and recorded (${index + 1}).`);
    await sidebar.getByRole('checkbox', { name: 'Section complete' }).check();
    await sidebar.getByRole('button', { name: 'Save section' }).click();
    await expect(sidebar.getByText(`${index + 1} of 2 sections complete`)).toBeVisible();
  }
  await sidebar.getByLabel('Overall grade').selectOption({ label: 'Green' });
  await sidebar.getByLabel('Summary').fill('The child is seen alone and her words are recorded.');
  await sidebar.getByRole('button', { name: 'Finish audit' }).click();
  await expect(sidebar.getByText('Audit finished. Overall grade: Green')).toBeVisible();
}

/** Adds an observation about the screen as a whole. */
async function observe(sidebar: Awaited<ReturnType<typeof sidebarFrame>>, text: string) {
  await sidebar.getByRole('button', { name: 'Add observation' }).click();
  await sidebar.getByLabel('Observation', { exact: true }).fill(text);
  await sidebar.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(sidebar.getByRole('region', { name: /^Observations/ }).getByText(text)).toBeVisible();
}

/** The auditor's side: imports the pack, audits two cases, exports the return. */
async function auditAndReturn(auditor: Margin, demoUrl: string, packFile: string, folder: string) {
  const dashboard = await openExtensionPage(auditor, 'dashboard.html');
  await dashboard.getByLabel('Import Margin JSON files').setInputFiles(packFile);
  const files = dashboard.getByRole('list', { name: 'Files to import' });
  await expect(files).toContainText('round pack "Voice of the child, Q3" for Ben South:');
  await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dashboard.getByRole('list', { name: 'Import results' })).toContainText('round pack imported');

  const first = await openDemoIn(auditor.context, new URL('/person/P123456', demoUrl).href);
  await first.sidebar.getByRole('textbox', { name: 'Your name' }).fill('Ben South');
  await first.sidebar.getByRole('button', { name: 'Save name' }).click();
  const assigned = first.sidebar.getByRole('list', { name: /My assigned cases/ });
  for (const id of MINE) await expect(assigned).toContainText(id);
  // Ben's cases only: Ana's and Cat's are not listed.
  await expect(assigned.getByRole('listitem')).toHaveCount(
    JSON.parse(await readFile(packFile, 'utf8')).assignments.length,
  );
  const audit = first.sidebar.getByRole('region', { name: /^Audit/ });
  await expect(audit).toContainText('This case is assigned to you in Voice of the child, Q3');
  // The council's template came with the pack and is chosen for the round.
  await expect(audit.getByLabel('Template')).toHaveValue(TEMPLATE.id);
  await audit.getByRole('button', { name: 'Start audit' }).click();
  await expect(first.sidebar.getByRole('heading', { name: 'Audit of P123456' })).toBeVisible();
  await observe(first.sidebar, 'Maya’s own question is recorded and answered.');
  await finishAudit(first.sidebar);
  // No need to close the finished audit: the next case's screen offers to start that case's audit.
  await first.page.close();

  const second = await openDemoIn(auditor.context, new URL('/person/P123457', demoUrl).href);
  const audit2 = second.sidebar.getByRole('region', { name: /^Audit/ });
  await expect(audit2.getByLabel('Template')).toHaveValue(TEMPLATE.id);
  await audit2.getByRole('button', { name: 'Start audit' }).click();
  await expect(second.sidebar.getByRole('heading', { name: 'Audit of P123457' })).toBeVisible();
  await observe(second.sidebar, 'No record of Jayden being seen alone since March.');
  await second.page.close();

  await dashboard.reload();
  const returned = await saveDownload(dashboard, 'Export JSON', folder);
  const bundle = JSON.parse(await readFile(returned, 'utf8'));
  expect(bundle.schemaVersion).toBe(2);
  expect(
    bundle.audits.map((a: { caseRef: { personId: string }; status: string; roundId?: string }) => [
      a.caseRef.personId,
      a.status,
      !!a.roundId,
    ]),
  ).toEqual(
    expect.arrayContaining([
      ['P123456', 'finished', true],
      ['P123457', 'in-progress', true],
    ]),
  );
  return returned;
}

test('a round from plan to progress: QA lead and auditor in two browser profiles', async ({
  margin,
  demoUrl,
}) => {
  test.setTimeout(180_000);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'margin-cycle-'));
  let auditor: Margin | undefined;
  try {
    const { rounds, packFile } = await planAndPack(margin, folder);
    const progress = rounds.locator('#progress');
    await expect(progress).toContainText('0 of 12 (0% of the target)');

    auditor = await launchMargin(path.join(folder, 'auditor-profile'));
    const returned = await auditAndReturn(auditor, demoUrl, packFile, folder);
    await auditor.context.close();
    expect(auditor.egress, 'requests that left 127.0.0.1 (auditor)').toEqual([]);

    // The QA lead imports the return on the dashboard; the rounds tab updates by itself.
    const dashboard = await openExtensionPage(margin, 'dashboard.html');
    await dashboard.getByLabel('Import Margin JSON files').setInputFiles(returned);
    await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dashboard.getByRole('list', { name: 'Import results' })).toContainText('imported');
    const audits = (await readStore(dashboard, 'audits')) as { roundId?: string; assignmentId?: string }[];
    expect(audits).toHaveLength(2);
    expect(audits.every((a) => a.roundId && a.assignmentId)).toBe(true);

    await rounds.bringToFront();
    await expect(progress).toContainText('1 of 12 (8% of the target)');
    const byCase = rounds.getByRole('table', { name: 'Progress by case' });
    await expect(byCase.getByRole('row', { name: /P123456/ })).toContainText('Finished');
    await expect(byCase.getByRole('row', { name: /P123457/ })).toContainText('In progress');
    await expect(byCase.getByRole('row').filter({ hasText: 'Not started' })).toHaveCount(10);
    const byAuditor = rounds.getByRole('table', { name: 'Progress by auditor' });
    const ben = byAuditor.getByRole('row', { name: /Ben South/ }).getByRole('cell');
    // Auditor, assigned, not started, in progress, finished, moderated, overdue.
    const benCells = await ben.allTextContents();
    expect(benCells.slice(3, 6)).toEqual(['1', '1', '0']);
    expect(Number(benCells[2])).toBe(Number(benCells[1]) - 2);
    // The round closed on 2026-09-30: every case not finished is overdue.
    expect(Number(benCells[6])).toBe(Number(benCells[1]) - 1);
    await expect(progress).toContainText('11 overdue');
    for (const other of ['Ana North', 'Cat East']) {
      const cells = await byAuditor
        .getByRole('row', { name: new RegExp(other) })
        .getByRole('cell')
        .allTextContents();
      expect(cells.slice(3, 5)).toEqual(['0', '0']);
    }

    // The round's report for the board: the return is in it, and nobody is named by default.
    await rounds.getByRole('link', { name: 'Round report' }).click();
    await expect(
      rounds.getByRole('heading', { name: 'Round report: Voice of the child, Q3', level: 1 }),
    ).toBeVisible();
    const report = rounds.getByRole('main');
    await expect(report).toContainText('1 of 12 cases finished (8% of the target)');
    await expect(report).toContainText('Maya’s own question is recorded and answered.');
    const text = await report.innerText();
    for (const name of ['Ana North', 'Ben South', 'Cat East', ...MINE])
      expect(text, name).not.toContain(name);
  } finally {
    await auditor?.context.close().catch(() => undefined);
    await rm(folder, { recursive: true, force: true });
  }
});
