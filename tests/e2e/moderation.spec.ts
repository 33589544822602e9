// Moderation with two profiles: the QA lead (holding a round's three finished audits) draws the
// moderation sample (the rule saved with the round: it survives a reload) and downloads the blinded pack,
// first with the first auditor's observations hidden (none in the file), then shown; the moderator, in
// another profile, grades blind (no first grade or justification in the pack file, in what Margin
// stored, or in the page; the observations without their grades); the QA lead imports the return, sees
// both grades side by side, records the agreed outcomes (the step then shows Completed), and calibration
// shows agreement per auditor, per section with intervals, and per round over time.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { openExtensionPage } from './support/extension';
import { launchMargin } from './support/launch';
import { readStore } from '../../scripts/lib/read-store.mjs';
import { BUILTIN_TEMPLATES } from '../../lib/audit/builtin-templates';

const template = BUILTIN_TEMPLATES.find((t) => t.id === 'learning-case-file-audit')!;
const section = template.sections[0]!;
const round = {
  id: crypto.randomUUID(),
  name: 'Voice of the child, winter 2026',
  theme: 'Voice of the child',
  purpose: '',
  templateId: template.id,
  opensOn: '2026-12-01',
  closesOn: '2027-01-31',
  status: 'moderation',
  owner: 'QA lead',
};
const NOW = '2026-12-07T10:00:00.000Z';
const FIRST = ['good', 'requires-improvement', 'inadequate'];
const audits = FIRST.map((grade, i) => ({
  id: crypto.randomUUID(),
  templateId: template.id,
  templateVersion: template.version,
  caseRef: { personId: `P10000${i}` },
  auditor: 'SP01',
  status: 'finished',
  sections: { [section.id]: { grade, justification: `FIRST-JUSTIFICATION-${i}`, complete: true } },
  overallGrade: grade,
  summary: `FIRST-SUMMARY-${i}`,
  startedAt: NOW,
  finishedAt: NOW,
  updatedAt: NOW,
  roundId: round.id,
}));

/** The first auditor's observations: one per audit, graded (a grade the moderator must never see). */
const observations = audits.map((audit, i) => ({
  id: crypto.randomUUID(),
  auditId: audit.id,
  sectionId: section.id,
  kind: 'strength',
  grade: 'outstanding',
  comment: `FIRST-OBSERVATION-${i}: the child's words are recorded.`,
  evidenceSource: 'case-record',
  factors: [],
  target: { page: { origin: 'http://127.0.0.1', path: '/notes', adapter: 'generic' }, selectors: [] },
  pageKey: 'http://127.0.0.1/notes',
  author: 'SP01',
  createdAt: NOW,
  updatedAt: NOW,
}));

/** Puts records into one of Margin's stores (the QA lead's audits, as an import would). */
function seed(page: Page, store: string, rows: unknown[]) {
  return page.evaluate(
    ([name, values]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('margin');
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const value of values) tx.objectStore(name).put(value);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, rows] as const,
  );
}

async function saved(page: Page, click: () => Promise<void>, folder: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(folder, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

test('a moderator grades blind, both grades are revealed and an outcome agreed', async ({ margin }) => {
  test.setTimeout(180_000);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'margin-moderation-'));
  const lead = await openExtensionPage(margin, 'rounds.html');
  await expect(lead.getByRole('heading', { name: 'Margin audit rounds' })).toBeVisible();
  await expect.poll(() => readStore(lead, 'rounds')).toEqual([]);
  await seed(lead, 'rounds', [round]);
  await seed(lead, 'audits', audits);
  await seed(lead, 'observations', observations);
  await lead.goto(`${lead.url().split('#')[0]}#round=${round.id}`);
  await lead.reload();

  // The QA lead draws every audit (100%, at least 3) and downloads the blinded pack: observations hidden.
  const moderation = lead.locator('#moderation');
  const showObservations = moderation.getByLabel("The moderator sees the first auditor's observations");
  await moderation.getByLabel('Percentage of finished audits').fill('100');
  await moderation.getByLabel('At least this many audits').fill('3');
  await moderation.getByLabel('Moderation seed').fill('K7QM-3XPA');
  await expect(showObservations).not.toBeChecked();
  await moderation.getByRole('button', { name: 'Draw the moderation sample' }).click();
  await expect(moderation).toContainText('Seed K7QM-3XPA: 3 of 3 finished audits drawn.');
  await expect(moderation).toContainText('graded at the worst grade');
  await moderation.getByLabel("Moderator's reference").fill('MO09');
  const download = () => moderation.getByRole('button', { name: 'Download the moderation pack' }).click();
  const hidden = await readFile(await saved(lead, download, folder), 'utf8');
  expect(hidden).not.toContain('FIRST-OBSERVATION');
  expect(JSON.parse(hidden).round.moderation).toMatchObject({ observationsVisible: false });

  // The rule is saved with the round: after a reload it and its draw are still there. Shown now.
  await lead.reload();
  await expect(moderation.getByLabel('Moderation seed')).toHaveValue('K7QM-3XPA');
  await expect(moderation.getByLabel('Percentage of finished audits')).toHaveValue('100');
  await expect(moderation).toContainText('Seed K7QM-3XPA: 3 of 3 finished audits drawn.');
  await showObservations.check();
  await expect
    .poll(async () => ((await readStore(lead, 'rounds')) as { moderation?: object }[])[0]?.moderation)
    .toMatchObject({ observationsVisible: true, seed: 'K7QM-3XPA', percent: 100, minimum: 3 });
  await lead.reload();
  await expect(showObservations).toBeChecked();
  await moderation.getByLabel("Moderator's reference").fill('MO09');
  const pack = await saved(lead, download, folder);
  const packText = await readFile(pack, 'utf8');
  expect(packText).toContain('FIRST-OBSERVATION-0');
  for (const secret of [
    'FIRST-JUSTIFICATION',
    'FIRST-SUMMARY',
    '"outstanding"',
    ...FIRST.map((g) => `"${g}"`),
  ]) {
    expect(packText).not.toContain(secret);
  }

  // The moderator, in another profile: an altered pack is refused; the real one is graded blind.
  const other = await launchMargin(path.join(folder, 'moderator'));
  try {
    const mod = await openExtensionPage(other, 'rounds.html#moderate');
    const altered = path.join(folder, 'altered.json');
    await writeFile(altered, packText.replace('MO09', 'MO10'));
    await mod.getByLabel('Import a moderation pack').setInputFiles(altered);
    await expect(mod.getByRole('alert')).toContainText('has been altered since the QA lead exported it');
    await mod.getByLabel('Import a moderation pack').setInputFiles(pack);
    const forms = mod.locator('form');
    await expect(forms).toHaveCount(3);
    const stored = JSON.stringify(await readStore(mod, 'moderationPacks'));
    expect(stored).not.toContain('FIRST-JUSTIFICATION');
    expect(stored).toContain('FIRST-OBSERVATION-0');
    for (const g of [...FIRST, 'outstanding']) expect(stored).not.toContain(`"${g}"`);
    // The round shows the observations: each audit's are there, without their grade.
    await expect(mod.getByText("This round shows you the first auditor's observations")).toBeVisible();
    await forms.first().getByText("The first auditor's observations (1)").click();
    await expect(forms.first()).toContainText(/FIRST-OBSERVATION-\d: the child's words are recorded\./);
    const html = await mod.content();
    expect(html).not.toContain('FIRST-JUSTIFICATION');
    expect(html).not.toContain('FIRST-SUMMARY');
    expect(await forms.first().locator('details').innerText()).not.toContain('Outstanding');
    for (const select of await mod.locator('select').all()) await expect(select).toHaveValue('');
    const axe = await new AxeBuilder({ page: mod }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    for (let i = 0; i < 3; i++) {
      const form = forms.nth(i);
      await form.getByLabel('Overall grade').selectOption('requires-improvement');
      await form.getByLabel(section.title).selectOption('outstanding');
      await form.getByRole('button', { name: 'Submit my grades' }).click();
      await expect(form.getByRole('status')).toHaveText('Your grades are recorded.');
    }
    const back = await saved(
      mod,
      () => mod.getByRole('button', { name: 'Download my grades for the QA lead' }).click(),
      folder,
    );

    // The QA lead imports the return: both grades side by side, then the agreed outcome beside them.
    await moderation.getByLabel("Import the moderator's return").setInputFiles(back);
    await expect(moderation.getByRole('status')).toHaveText("Imported the moderator's grades of 3 audits.");
    const first = moderation
      .getByRole('article')
      .filter({ has: lead.getByRole('cell', { name: 'Inadequate', exact: true }) });
    const overallRow = first.getByRole('row', { name: /Overall grade/ });
    await expect(overallRow).toContainText('Inadequate');
    await expect(overallRow).toContainText('Requires improvement');
    await first.getByLabel('Agreed overall grade').selectOption('requires-improvement');
    await first.getByLabel('Why this grade was agreed').fill('The plan was reviewed within timescales.');
    await first.getByRole('button', { name: 'Record the agreed outcome' }).click();
    await expect(first).toContainText(
      'Agreed: Requires improvement. Why: The plan was reviewed within timescales.',
    );
    const records = (await readStore(lead, 'moderations')) as {
      first: { overall: string };
      agreed?: unknown;
    }[];
    expect(records.map((r) => r.first.overall).sort()).toEqual([...FIRST].sort());
    expect(records.filter((r) => r.agreed)).toHaveLength(1);

    const moderationStep = lead
      .getByRole('navigation', { name: 'Steps of the round' })
      .getByRole('listitem')
      .filter({ hasText: 'Moderation' });
    await expect(moderationStep).toContainText('1 of 3 agreed');
    await expect(lead.getByRole('heading', { name: 'Calibration' })).toBeVisible();
    await expect(lead.getByText('Of 6 grades compared, 1 higher, 1 the same, 4 lower.')).toBeVisible();
    const bySection = lead.getByTestId('section-agreement');
    await expect(bySection.getByRole('row', { name: new RegExp(section.title) })).toContainText(
      '95% interval',
    );
    await expect(bySection).toContainText('Small sample');
    await expect(
      lead.getByTestId('agreement-over-time').getByRole('row', { name: /Voice of the child/ }),
    ).toContainText('3');
    await expect(lead.getByTestId('agreement')).toContainText("Krippendorff's alpha");
    await expect(lead.getByRole('table', { name: /Overall grades changed/ })).toContainText(
      'The plan was reviewed',
    );
    // Every sampled audit agreed: the step is completed.
    for (const article of await moderation.getByRole('article').all()) {
      if (await article.getByRole('button', { name: 'Record the agreed outcome' }).isHidden()) continue;
      await article.getByLabel('Why this grade was agreed').fill('The moderator’s grade stands.');
      await article.getByRole('button', { name: 'Record the agreed outcome' }).click();
      await expect(article).toContainText('Agreed:');
    }
    await expect(moderationStep).toContainText('Completed');
    // The first auditor imports the outcomes of their audits (here in the moderator's browser, to keep
    // to two profiles) and sees their grade, the moderator's, and the agreed one with the reason.
    const outcomes = await saved(
      lead,
      () => moderation.getByRole('button', { name: 'Download the outcomes for SP01' }).click(),
      folder,
    );
    await mod.getByLabel('Import moderation outcomes').setInputFiles(outcomes);
    await expect(
      mod.getByRole('region', { name: 'Moderation of my audits' }).getByRole('listitem'),
    ).toHaveCount(3);
    await expect(mod.getByRole('region', { name: 'Moderation of my audits' })).toContainText(
      "Your grade Inadequate, the moderator's Requires improvement; agreed Requires improvement because: The plan was reviewed within timescales.",
    );
    // The round report gains a moderation section, the first auditor pseudonymised by default.
    const board = await margin.context.newPage();
    await board.goto(`chrome-extension://${margin.extensionId}/round-report.html?round=${round.id}`);
    const moderated = board.getByRole('region', { name: 'Moderation' });
    await expect(moderated).toContainText(
      '3 audits drawn for moderation, 3 graded by the moderator, 3 with an',
    );
    await expect(moderated.getByTestId('agreement')).toContainText("Krippendorff's alpha");
    await expect(moderated.getByRole('table', { name: /Overall grades changed/ })).toContainText(
      'The plan was reviewed',
    );
    expect(await moderated.innerText()).not.toContain('SP01');
    await board.close();
    const axeLead = await new AxeBuilder({ page: lead }).analyze();
    expect(axeLead.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    if (process.env.MODERATION_SHOTS) {
      await mod.screenshot({ path: `${process.env.MODERATION_SHOTS}/moderation.png`, fullPage: true });
      await lead.screenshot({ path: `${process.env.MODERATION_SHOTS}/calibration.png`, fullPage: true });
    }
  } finally {
    await other.context.close();
  }
});
