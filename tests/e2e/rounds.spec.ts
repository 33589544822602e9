// The QA lead's audit rounds page in real Chromium: plan a round, take a 40-case candidate list, draw a
// reproducible sample of 12, add 3 auditors, assign under the rules, and download an auditor's pack;
// bad candidate lists are refused with their problems and nothing stored.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { openExtensionPage } from './support/extension';
import { readStore } from '../../scripts/lib/read-store.mjs';
import { verifyPack } from '../../lib/rounds/pack';

const TEAMS = ['North', 'South', 'East'];
const CSV = [
  'Case ID,Team,Case holder,Age band',
  ...Array.from(
    { length: 40 },
    (_, i) => `P${1000 + i},${TEAMS[i % 3]},W${(i % 8) + 1},${i % 2 ? '0-4' : '5-10'}`,
  ),
].join('\n');
const AUDITORS = { 'Ana North': 'North', 'Ben South': 'South', 'Cat East': 'East' } as Record<string, string>;

async function planRound(page: Page, name: string) {
  await page.getByRole('link', { name: 'Plan a new round' }).click();
  await page.getByLabel('Round name').fill(name);
  await page.getByLabel('Theme').fill('Voice of the child');
  await page.getByLabel('Owner').fill('QA lead');
  await page.getByLabel('Opens on').fill('2026-07-01');
  await page.getByLabel('Closes on').fill('2026-09-30');
  await page.getByLabel('Purpose').fill('Is the child seen and heard?');
  await page.getByRole('button', { name: 'Plan the round' }).click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}

const drawnIds = (page: Page) => page.locator('#drawn-cases tbody tr td:first-child').allTextContents();

test('the QA lead plans, samples, assigns and packs a round', async ({ margin }) => {
  const page = await openExtensionPage(margin, 'rounds.html');
  await page.setViewportSize({ width: 1366, height: 768 });
  await planRound(page, 'Voice of the child, Q3');
  await expect(page.getByRole('definition').filter({ hasText: 'Planning' })).toBeVisible();

  await page.getByLabel('Paste the candidate list').fill(CSV);
  await page.getByRole('button', { name: 'Use this list' }).click();
  await expect(page.getByRole('status')).toHaveText('40 candidate cases kept.');
  await expect(page.locator('#candidates')).toContainText(
    'Case ID (case ID), Team (team), Case holder (case holder), Age band (age band)',
  );

  await page.getByLabel('Sample size').fill('12');
  await page.getByLabel('Seed', { exact: true }).fill('TEST-SEED');
  await page.getByLabel('At most this many cases per case holder').fill('2');
  await page.getByRole('button', { name: 'Draw sample' }).click();
  await expect(page.locator('#drawn-cases tbody tr')).toHaveCount(12);
  const first = await drawnIds(page);
  await page.getByRole('button', { name: 'New seed' }).click();
  await expect(page.getByLabel('Seed', { exact: true })).not.toHaveValue('TEST-SEED');
  await page.getByRole('button', { name: 'Draw sample' }).click();
  await expect.poll(() => drawnIds(page)).not.toEqual(first);
  await page.getByLabel('Seed', { exact: true }).fill('test-seed');
  await page.getByRole('button', { name: 'Draw sample' }).click();
  await expect.poll(() => drawnIds(page)).toEqual(first);
  await page.getByText('Cases left out and why (28)').click();
  const leftOut = page.getByRole('table', { name: 'Cases left out, by case ID' });
  await expect(leftOut.locator('tbody tr')).toHaveCount(28);
  await expect(leftOut).toContainText('not drawn: the sample of 12 was complete');

  await page
    .getByLabel('Add auditors')
    .fill('Ana North, North, team manager, 5\nBen South, South, peer, 5\nCat East, East, QA officer, 5');
  await page.getByRole('button', { name: 'Add auditors' }).click();
  await expect(page.getByRole('table', { name: 'Auditors of this round' }).locator('tbody tr')).toHaveCount(
    3,
  );

  await page.getByRole('button', { name: 'Assign automatically' }).click();
  const rows = page.locator('#assignments-table tbody tr');
  await expect(rows).toHaveCount(12);
  const load = new Map<string, string[]>();
  for (const row of await rows.all()) {
    const [caseId, team] = await row.locator('td').allTextContents();
    const auditor = await row.getByRole('combobox', { name: /^Auditor of/ }).inputValue();
    expect(AUDITORS[auditor], `${caseId} is of ${team}`).not.toBe(team);
    load.set(auditor, [...(load.get(auditor) ?? []), caseId!]);
  }
  for (const cases of load.values()) expect(cases.length).toBeLessThanOrEqual(5);
  expect([...load.values()].flat().sort()).toEqual([...first].sort());

  // A choice that breaks the team rule is explained and not kept.
  const northRow = rows.filter({ has: page.getByRole('cell', { name: 'North', exact: true }) }).first();
  const before = await northRow.getByRole('combobox', { name: /^Auditor of/ }).inputValue();
  await northRow.getByRole('combobox', { name: /^Auditor of/ }).selectOption('Ana North');
  await expect(northRow.getByRole('alert')).toContainText("nobody audits their own team's cases");
  await expect(northRow.getByRole('combobox', { name: /^Auditor of/ })).toHaveValue(before);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download pack for Ben South' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('round-voice-of-the-child-q3-ben-south.margin-round.json');
  const verified = await verifyPack(await readFile((await download.path())!, 'utf8'));
  expect(verified.ok).toBe(true);
  if (!verified.ok) return;
  expect(verified.pack.forAuditor).toBe('Ben South');
  expect(verified.pack.assignments.map((a) => a.caseId).sort()).toEqual((load.get('Ben South') ?? []).sort());
  expect(verified.pack.candidates.map((c) => c.caseId).sort()).toEqual((load.get('Ben South') ?? []).sort());

  if (process.env.ROUNDS_SHOTS) {
    await page.screenshot({ path: `${process.env.ROUNDS_SHOTS}/planning-1366-full.png`, fullPage: true });
  }
  await page.getByRole('button', { name: 'Open the round' }).click();
  await expect(page.getByRole('definition').filter({ hasText: 'Open' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Progress by case' }).locator('tbody tr')).toHaveCount(12);

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  const shots = process.env.ROUNDS_SHOTS;
  if (shots) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${shots}/round-1366.png` });
    await page.screenshot({ path: `${shots}/round-1366-full.png`, fullPage: true });
    await page.evaluate(() => ((document.body.style as unknown as { zoom: string }).zoom = '2'));
    await page.screenshot({ path: `${shots}/round-200.png` });
    await page.locator('#assignments').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/round-200-assign.png` });
    await page.goto(page.url().replace(/#.*/, '#'));
    await page.evaluate(() => ((document.body.style as unknown as { zoom: string }).zoom = '1'));
    await page.screenshot({ path: `${shots}/list-1366.png` });
  }
});

test('a candidate list with a missing column or a case listed twice is refused and nothing is stored', async ({
  margin,
}) => {
  const page = await openExtensionPage(margin, 'rounds.html');
  await planRound(page, 'Refusals');
  const box = page.getByLabel('Paste the candidate list');
  await box.fill('Case ID,Team\nP1,North\nP2,South');
  await page.getByRole('button', { name: 'Use this list' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'The list was not used: nothing was kept' });
  await expect(refusal).toContainText('case holder');
  expect(await readStore(page, 'roundCandidates')).toEqual([]);

  await box.fill('Case ID,Team,Case holder\nP1,North,W1\nP2,South,W2\np1,East,W3');
  await page.getByRole('button', { name: 'Use this list' }).click();
  await expect(refusal).toContainText('rows 2 and 4');
  expect(await readStore(page, 'roundCandidates')).toEqual([]);
  await expect(page.getByText('No candidate cases yet.')).toBeVisible();
});

test('a large round shows its first 100 assignments and cases until the QA lead asks for all', async ({
  margin,
}) => {
  const page = await openExtensionPage(margin, 'rounds.html');
  await planRound(page, 'Large round');
  const list = [
    'Case ID,Team,Case holder',
    ...Array.from({ length: 120 }, (_, i) => `P${5000 + i},${TEAMS[i % 3]},W${i % 30}`),
  ].join('\n');
  await page.getByLabel('Paste the candidate list').fill(list);
  await page.getByRole('button', { name: 'Use this list' }).click();
  await page.getByLabel('Sample size').fill('110');
  await page.getByRole('button', { name: 'Draw sample' }).click();
  await expect(page.locator('#drawn-cases tbody tr')).toHaveCount(110);
  await page
    .getByLabel('Add auditors')
    .fill('Ana North, North, team manager, 50\nBen South, South, peer, 50\nCat East, East, QA officer, 50');
  await page.getByRole('button', { name: 'Add auditors' }).click();
  await page.getByRole('button', { name: 'Assign automatically' }).click();
  const rows = page.locator('#assignments-table tbody tr');
  await expect(rows).toHaveCount(100);
  await expect(page.getByText('Showing the first 100 of 110 assignments.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all 110 assignments' }).click();
  await expect(rows).toHaveCount(110);
  await expect(page.getByRole('button', { name: /^Show all \d+ assignments/ })).toHaveCount(0);
  // The progress by case is a long list too: its first 100 cases, then all of them on request.
  const cases = page.getByRole('table', { name: 'Progress by case' }).locator('tbody tr');
  await expect(cases).toHaveCount(100);
  await expect(page.getByText('Showing the first 100 of 110 cases.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all 110 cases' }).click();
  await expect(cases).toHaveCount(110);
  await expect(page.getByRole('button', { name: /^Show all/ })).toHaveCount(0);
});
