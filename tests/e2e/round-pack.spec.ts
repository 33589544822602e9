// An auditor receives the QA lead's round pack: imported on the dashboard (verified, previewed, refused
// when altered), the sidebar lists "My assigned cases", and an audit started on an assigned case's
// screen comes with the round's template and is linked to the round and the assignment.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './support/fixtures';
import { openExtensionPage } from './support/extension';
import { readStore } from '../../scripts/lib/read-store.mjs';
import { buildPack, packText } from '../../lib/rounds/pack';
import { BUILTIN_TEMPLATES } from '../../lib/audit/builtin-templates';
import type { Page } from '@playwright/test';

const template = BUILTIN_TEMPLATES.find((t) => t.id === 'learning-case-file-audit')!;
const round = {
  id: crypto.randomUUID(),
  name: 'Voice of the child, winter 2026',
  theme: 'Voice of the child',
  purpose: 'How well do records capture what children say?',
  templateId: template.id,
  opensOn: '2026-12-01',
  closesOn: '2027-01-31',
  status: 'open' as const,
  owner: 'QA lead',
};
const auditors = [
  { id: 'SP01', name: 'Sam Patel', team: 'Quality Assurance', role: 'qa-officer' as const, capacity: 5 },
  { id: 'JO02', name: 'Jo Okafor', team: 'Northbury South', role: 'team-manager' as const, capacity: 5 },
];
const candidates = ['P123456', 'P234567', 'P345678'].map((caseId) => ({
  caseId,
  team: 'Northbury North',
  caseHolder: 'PH17',
  attributes: {},
}));
const assignment = (caseId: string, auditorId: string, dueOn: string) => ({
  id: crypto.randomUUID(),
  roundId: round.id,
  caseId,
  auditorId,
  dueOn,
  mode: 'desk' as const,
  status: 'not-started' as const,
});
const assignments = [
  assignment('P123456', 'SP01', '2027-01-15'),
  assignment('P234567', 'SP01', '2026-12-01'), // already overdue
  assignment('P345678', 'JO02', '2027-01-15'),
];

async function packFile(content: string, name: string) {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'margin-pack-'));
  await writeFile(path.join(folder, name), content);
  return path.join(folder, name);
}

async function importFile(dashboard: Page, file: string) {
  await dashboard.getByLabel('Import Margin JSON files').setInputFiles(file);
}

test('an auditor imports a round pack, sees their assigned cases, and starts an audit linked to the round', async ({
  margin,
  openDemo,
}) => {
  const pack = await buildPack({
    round,
    template,
    forAuditor: 'SP01',
    assignments,
    auditors,
    candidates,
    now: new Date().toISOString(),
  });
  const dashboard = await openExtensionPage(margin, 'dashboard.html');

  // An altered pack is refused, and nothing is stored.
  const altered = packText(pack).replace('2027-01-15', '2027-03-15');
  await importFile(dashboard, await packFile(altered, 'altered.margin-round.json'));
  const files = dashboard.getByRole('list', { name: 'Files to import' });
  await expect(files).toContainText('has been altered since the QA lead exported it');
  await expect(dashboard.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  expect(await readStore(dashboard, 'roundPacks')).toEqual([]);

  // The real pack: previewed in words, then imported.
  await importFile(dashboard, await packFile(packText(pack), 'sam.margin-round.json'));
  await expect(files).toContainText(
    'round pack "Voice of the child, winter 2026" for Sam Patel: 2 assigned cases, due 2026-12-01 to 2027-01-15; new to this device.',
  );
  await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dashboard.getByRole('list', { name: 'Import results' })).toContainText(
    'sam.margin-round.json: round pack imported',
  );
  // The same pack again changes nothing.
  await importFile(dashboard, await packFile(packText(pack), 'sam-again.margin-round.json'));
  await expect(files).toContainText('already imported: nothing to do');

  // The sidebar lists the auditor's cases (not Jo's), the one on screen marked, the overdue one too.
  const { sidebar } = await openDemo('/person/P123456');
  const assigned = sidebar.getByRole('list', { name: /My assigned cases/ });
  await expect(assigned.getByRole('listitem')).toHaveCount(2);
  const here = assigned.getByRole('listitem').filter({ hasText: 'P123456' });
  await expect(here).toContainText('This screen');
  await expect(here).toContainText('Not started');
  await expect(assigned.getByRole('listitem').filter({ hasText: 'P234567' })).toContainText('Overdue');
  await expect(assigned).not.toContainText('P345678');

  // Start audit comes with the round's template and links the audit to the round and assignment.
  const audit = sidebar.getByRole('region', { name: /^Audit/ });
  await expect(audit).toContainText('This case is assigned to you in Voice of the child, winter 2026');
  await expect(audit.getByLabel('Template')).toHaveValue(template.id);
  await audit.getByRole('button', { name: 'Start audit' }).click();
  await expect(sidebar.getByRole('heading', { name: 'Audit of P123456' })).toBeVisible();
  const audits = (await readStore(dashboard, 'audits')) as { roundId?: string; assignmentId?: string }[];
  expect(audits.map((a) => [a.roundId, a.assignmentId])).toEqual([[round.id, assignments[0]!.id]]);
  await expect(here).toContainText('In progress');
});
