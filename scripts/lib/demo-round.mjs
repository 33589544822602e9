// The demo tour's audit round: the QA lead plans a round on the rounds page from the demo system's
// candidate list (/static/round-candidates.csv), draws a sample of 12, adds three auditors, assigns and
// opens the round; one auditor's return (a Margin JSON export: two audits finished, one in progress) is
// imported on the dashboard, and the round's progress follows. Saves round-plan.png and
// round-progress.png, moderation.png, calibration.png and round-report.png (each also at 200% zoom).
import { writeFile } from 'node:fs/promises';
import { readStore } from './read-store.mjs';
import { moderationTour } from './demo-moderation.mjs';

const DAY = 86_400_000;
const day = (offset) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const AUDITORS = [
  'Sam Patel, Quality Assurance, QA officer, 5',
  'Jo Okafor, Practice Development, team manager, 5',
  'Alex Morgan, Principal Social Worker, senior practitioner, 5',
].join('\n');

/** Sam's section grades of each returned audit (varied, so moderation has something to compare). */
const SAM_GRADES = [
  ['good', 'requires-improvement', 'good', 'good'],
  ['good', 'good', 'outstanding', 'requires-improvement'],
  ['good', 'good', 'good', 'good'],
];

/** A finished or in-progress audit of an assignment, as an auditor's export holds it. */
function returnedAudit(assignment, finished, hoursAgo, index = 0) {
  const at = new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
  // Compliance beside quality: the first case's assessment was on time but thin, the second's visits
  // were late but the child's voice is strong.
  const diverging = {
    0: ['assessment', 'requires-improvement', 'yes'],
    1: ['voice-of-the-child', 'good', 'no'],
  };
  const sections = Object.fromEntries(
    ['chronology', 'assessment', 'voice-of-the-child', 'planning'].map((id, i) => {
      const [section, grade, compliance] = diverging[index] ?? [];
      return [
        id,
        {
          grade: section === id ? grade : SAM_GRADES[index % SAM_GRADES.length][i],
          compliance: section === id ? compliance : 'yes',
          justification: 'Seen in the record and discussed with the case holder.',
          complete: true,
        },
      ];
    }),
  );
  return {
    id: crypto.randomUUID(),
    templateId: 'learning-case-file-audit',
    templateVersion: 1,
    caseRef: { personId: assignment.caseId },
    auditor: 'Sam Patel',
    status: finished ? 'finished' : 'in-progress',
    sections,
    ...(finished ? { overallGrade: 'good', summary: 'The child is seen and heard.', finishedAt: at } : {}),
    startedAt: at,
    updatedAt: at,
    roundId: assignment.roundId,
    assignmentId: assignment.id,
  };
}

/** Sam's return: their first two cases finished, the third in progress. */
function samsReturn(assignments) {
  const sams = assignments.filter((a) => a.auditorId === 'Sam Patel').slice(0, 3);
  return {
    schemaVersion: 2,
    generator: { name: 'Margin', version: '0.1.0' },
    exportedAt: new Date().toISOString(),
    exportedBy: 'Sam Patel',
    filters: {},
    options: { redactQuotes: false, pseudonymise: false },
    personalData: {
      summary: 'Person identifiers and author names.',
      contains: ['person identifiers', 'author names'],
    },
    audits: sams.map((a, i) => returnedAudit(a, i < 2, 30 - i, i)),
    observations: [],
    notes: [],
    templates: [],
    frictionFlags: [],
    frictionCounters: [],
  };
}

/**
 * Runs the round part of the tour and returns the files it wrote.
 * @param {{ context: import('@playwright/test').BrowserContext, extensionId: string }} margin
 * @param {string} demoUrl
 * @param {{ screen: { width: number, height: number }, at: (name: string) => string,
 *   shoot: (page: import('@playwright/test').Page, file: string, options?: object) => Promise<string[]>,
 *   report: (page: import('@playwright/test').Page) => Promise<string[]> }} tour
 */
export async function roundTour(margin, demoUrl, { screen, at, shoot, report }) {
  const written = [];
  const page = await margin.context.newPage();
  await page.setViewportSize(screen);
  await page.goto(`chrome-extension://${margin.extensionId}/rounds.html`);
  await page.getByRole('link', { name: 'Plan a new round' }).click();
  await page.getByLabel('Round name').fill('Voice of the child, winter 2026');
  await page.getByLabel('Theme').fill('Voice of the child');
  await page.getByLabel('Owner').fill('Priya Shah, QA lead');
  await page.getByLabel('Template').selectOption({ label: 'Learning case file audit' });
  await page.getByLabel('Opens on').fill(day(-14));
  await page.getByLabel('Closes on').fill(day(30));
  await page.getByLabel('Purpose').fill('Is the child seen, heard and helped, and does the record show it?');
  await page.getByRole('button', { name: 'Plan the round' }).click();
  await page.getByRole('heading', { name: 'Voice of the child, winter 2026', level: 2 }).waitFor();

  const candidates = await (await fetch(`${demoUrl}/static/round-candidates.csv`)).text();
  await page.getByLabel('Paste the candidate list').fill(candidates);
  await page.getByRole('button', { name: 'Use this list' }).click();
  await page.getByText('40 candidate cases kept.').waitFor();
  await page.getByLabel('Sample size').fill('12');
  await page.getByLabel('Seed', { exact: true }).fill('WINTER-2026');
  await page.getByLabel('At most this many cases per case holder').fill('2');
  await page.getByRole('button', { name: 'Draw sample' }).click();
  await page.locator('#drawn-cases tbody tr').nth(11).waitFor();
  await page.getByLabel('Add auditors').fill(AUDITORS);
  await page.getByRole('button', { name: 'Add auditors' }).click();
  await page.getByRole('button', { name: 'Assign automatically' }).click();
  await page.locator('#assignments-table tbody tr').nth(11).waitFor();
  await page.getByRole('button', { name: 'Open the round' }).click();
  await page.getByRole('button', { name: 'Move to moderation' }).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  written.push(...(await shoot(page, at('round-plan.png'), { zoom: true })));

  // Sam's return arrives as a Margin JSON export and is imported on the dashboard.
  const file = at('round-return-sam.json');
  await writeFile(file, JSON.stringify(samsReturn(await readStore(page, 'roundAssignments'))));
  const dashboard = await margin.context.newPage();
  await dashboard.setViewportSize(screen);
  await dashboard.goto(`chrome-extension://${margin.extensionId}/dashboard.html`);
  await dashboard.getByLabel('Import Margin JSON files').setInputFiles(file);
  await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
  await dashboard.getByRole('list', { name: 'Import results' }).waitFor();
  await dashboard.close();

  // The rounds page, open all along, shows the progress without a reload.
  await page.bringToFront();
  const progress = page.locator('#progress');
  await progress.getByText('2 of 12').waitFor();
  const toProgress = () => progress.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await toProgress();
  written.push(...(await shoot(page, at('round-progress.png'), { zoom: true, before: toProgress })));

  // Moderation of Sam's finished audits (demo-moderation.mjs): moderation.png and calibration.png.
  written.push(...(await moderationTour(margin, page, { screen, at, shoot })));

  // The round's report for the board, from its link on the round's page.
  written.push(...(await report(page)));
  return [...written, file];
}
