// Moderation with two profiles: the QA lead (holding a round's three finished audits) draws the
// moderation sample and downloads the blinded pack; the moderator, in another profile, grades blind
// (no first grade or justification in the pack file, in what Margin stored, or in the page); the QA lead
// imports the return, sees both grades side by side, records the agreed outcome, and the calibration
// view shows the agreement.
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
  test.setTimeout(120_000);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'margin-moderation-'));
  const lead = await openExtensionPage(margin, 'rounds.html');
  await expect(lead.getByRole('heading', { name: 'Margin audit rounds' })).toBeVisible();
  await expect.poll(() => readStore(lead, 'rounds')).toEqual([]);
  await seed(lead, 'rounds', [round]);
  await seed(lead, 'audits', audits);
  await lead.goto(`${lead.url().split('#')[0]}#round=${round.id}`);
  await lead.reload();

  // The QA lead draws every audit (100%, at least 3) and downloads the blinded pack.
  const moderation = lead.locator('#moderation');
  await moderation.getByLabel('Percentage of finished audits').fill('100');
  await moderation.getByLabel('At least this many audits').fill('3');
  await moderation.getByLabel('Moderation seed').fill('K7QM-3XPA');
  await moderation.getByRole('button', { name: 'Draw the moderation sample' }).click();
  await expect(moderation).toContainText('Seed K7QM-3XPA: 3 of 3 finished audits drawn.');
  await expect(moderation).toContainText('graded at the worst grade');
  await moderation.getByLabel("Moderator's reference").fill('MO09');
  const pack = await saved(
    lead,
    () => moderation.getByRole('button', { name: 'Download the moderation pack' }).click(),
    folder,
  );
  const packText = await readFile(pack, 'utf8');
  for (const secret of ['FIRST-JUSTIFICATION', 'FIRST-SUMMARY', ...FIRST.map((g) => `"${g}"`)]) {
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
    for (const g of FIRST) expect(stored).not.toContain(`"${g}"`);
    const html = await mod.content();
    expect(html).not.toContain('FIRST-JUSTIFICATION');
    expect(html).not.toContain('FIRST-SUMMARY');
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

    await expect(lead.getByRole('heading', { name: 'Calibration' })).toBeVisible();
    await expect(lead.getByText('Of 6 grades compared, 1 higher, 1 the same, 4 lower.')).toBeVisible();
    await expect(lead.getByTestId('agreement')).toContainText("Krippendorff's alpha");
    await expect(lead.getByRole('table', { name: /Overall grades changed/ })).toContainText(
      'The plan was reviewed',
    );
    // The first auditor imports the outcomes of their audits (here in the moderator's browser, to keep
    // to two profiles) and sees their grade, the moderator's, and the agreed one with the reason.
    const outcomes = await saved(
      lead,
      () => moderation.getByRole('button', { name: 'Download the outcomes for SP01' }).click(),
      folder,
    );
    await mod.getByLabel('Import moderation outcomes').setInputFiles(outcomes);
    await expect(mod.getByRole('region', { name: 'Moderation of my audits' })).toContainText(
      "Your grade Inadequate, the moderator's Requires improvement; agreed Requires improvement because: The plan was reviewed within timescales.",
    );
    // The round report gains a moderation section, the first auditor pseudonymised by default.
    const board = await margin.context.newPage();
    await board.goto(`chrome-extension://${margin.extensionId}/round-report.html?round=${round.id}`);
    const moderated = board.getByRole('region', { name: 'Moderation' });
    await expect(moderated).toContainText(
      '3 audits drawn for moderation, 3 graded by the moderator, 1 with an',
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
