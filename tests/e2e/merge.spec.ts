// A QA lead merges three overlapping exports (one conflicting) and is protected from malformed files.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import { openExtensionPage } from './support/extension';
import { readStore } from '../../scripts/lib/read-store.mjs';
import type { Page } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const t = (minute: number) => `2026-11-27T10:${String(minute).padStart(2, '0')}:00.000Z`;
const page = {
  origin: 'http://127.0.0.1:4173',
  path: '/person/P123456/casenotes',
  adapter: 'demo',
  personId: 'P123456',
  formName: 'Case notes',
};

function observation(id: string, comment: string, updatedAt: string) {
  return {
    id,
    auditId: null,
    kind: 'concern',
    comment,
    evidenceSource: 'case-record',
    factors: [{ factor: 'judgement' }],
    target: { page, selectors: [] },
    pageKey: `${page.origin} person:P123456 form:Case notes`,
    author: 'Sam',
    createdAt: t(0),
    updatedAt,
  };
}

function file(exportedBy: string, exportedAt: string, observations: unknown[]) {
  return {
    schemaVersion: 1,
    generator: { name: 'Margin', version: '0.1.0' },
    exportedAt,
    exportedBy,
    filters: {},
    options: { redactQuotes: false, pseudonymise: false },
    personalData: {
      summary: 'Person identifiers and author names.',
      contains: ['person identifiers', 'author names'],
    },
    audits: [],
    observations,
    notes: [],
    templates: [],
    frictionFlags: [],
    frictionCounters: [],
  };
}

const asFile = (name: string, content: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(content)),
});

/** Chooses files in the import box, written to disk first (a browser file chooser reads real files). */
async function choose(dashboard: Page, files: { name: string; buffer: Buffer }[]) {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'margin-merge-'));
  const paths = await Promise.all(
    files.map(async ({ name, buffer }) => {
      await writeFile(path.join(folder, name), buffer);
      return path.join(folder, name);
    }),
  );
  await dashboard.getByLabel('Import Margin JSON files').setInputFiles(paths);
}

test('three overlapping exports merge by the stated rule; the losing version stays in history', async ({
  margin,
}) => {
  const id = crypto.randomUUID();
  const other = crypto.randomUUID();
  const a = file('Ann', t(10), [observation(id, 'First wording', t(1))]);
  const b = file('Ben', t(20), [
    observation(id, 'Later edit by Ben', t(5)),
    observation(other, 'Ben only', t(5)),
  ]);
  const c = file('Cat', t(30), [observation(id, 'Cat edited at the same moment', t(5))]);
  const dashboard = await openExtensionPage(margin, 'dashboard.html');
  await choose(dashboard, [asFile('ann.json', a), asFile('ben.json', b), asFile('cat.json', c)]);
  const preview = dashboard.getByRole('list', { name: 'Files to import' });
  await expect(preview).toContainText('ann.json: 1 new');
  await expect(dashboard.getByText('3 files ready; each imports whole or not at all.')).toBeVisible();
  await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dashboard.getByRole('list', { name: 'Import results' })).toContainText('cat.json: imported.');

  const stored = (await readStore(dashboard, 'observations')) as { id: string; comment: string }[];
  expect(stored.find((o) => o.id === id)?.comment).toBe('Later edit by Ben');
  expect(stored).toHaveLength(2);
  const history = (await readStore(dashboard, 'recordHistory')) as {
    recordId: string;
    reason: string;
    version: { comment: string };
  }[];
  expect(history.map((h) => [h.reason, h.version.comment]).sort()).toEqual([
    ['import-conflict', 'Cat edited at the same moment'],
    ['import-superseded', 'First wording'],
  ]);

  // Importing any of them again changes nothing.
  await choose(dashboard, [asFile('ben.json', b)]);
  await expect(preview).toContainText('already imported');
  expect(await readStore(dashboard, 'observations')).toEqual(await readStore(dashboard, 'observations'));
});

test('malformed files are refused with a clear message and nothing is written', async ({ margin }) => {
  const dashboard = await openExtensionPage(margin, 'dashboard.html');
  const good = observation(crypto.randomUUID(), 'fine', t(1));
  await choose(dashboard, [
    {
      name: 'truncated.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file('A', t(1), [good])).slice(0, 200)),
    },
    asFile('wrong-types.json', file('A', t(1), [{ ...good, comment: 42 }])),
    asFile('newer.json', { ...file('A', t(1), [good]), schemaVersion: 7 }),
    { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(51 * 1024 * 1024, 32) },
    asFile('too-long.json', file('A', t(1), [{ ...good, comment: 'x'.repeat(100_000) }])),
    // 100,000 objects nested in one field that is kept as given (written as text: too deep to build).
    {
      name: 'deep.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ ...file('A', t(1), [good]), filters: 'DEEP' }).replace(
          '"DEEP"',
          `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`,
        ),
      ),
    },
    asFile('future.json', file('A', t(1), [{ ...good, updatedAt: '9999-12-31T00:00:00.000Z' }])),
    asFile('shared.json', {
      ...file('A', t(1), [good]),
      options: { redactQuotes: false, pseudonymise: true },
    }),
  ]);
  const alerts = dashboard.getByRole('list', { name: 'Files to import' }).getByRole('alert');
  await expect(alerts).toHaveCount(8);
  await expect(alerts.nth(0)).toContainText('not complete JSON');
  await expect(alerts.nth(1)).toContainText(/observations\[0\].*comment/);
  await expect(alerts.nth(2)).toContainText('newer Margin (schema version 7)');
  await expect(alerts.nth(3)).toContainText('at most 50 MB');
  await expect(alerts.nth(4)).toContainText('at most 20000 characters');
  await expect(alerts.nth(5)).toContainText('deep.json nests objects or lists more than 64 levels deep');
  await expect(alerts.nth(6)).toContainText(
    /observations\[0\].*updatedAt: 9999-12-31.*more than a day after/,
  );
  await expect(alerts.nth(7)).toContainText('shared.json is a copy made for sharing');
  await expect(dashboard.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  expect(await readStore(dashboard, 'observations')).toEqual([]);

  // Hostile strings are data: shown as text, never run as markup.
  const hostile = observation(
    crypto.randomUUID(),
    '<img src=x onerror="document.title=\'pwned\'"> =SUM(A1)',
    t(2),
  );
  await choose(dashboard, [asFile('hostile.json', file('A', t(2), [hostile]))]);
  await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
  const row = dashboard
    .getByRole('table', { name: 'Observations', exact: true })
    .getByRole('row', { name: /onerror/ });
  await expect(row).toContainText('<img src=x onerror=');
  expect(await dashboard.locator('img').count()).toBe(0);
  expect(await dashboard.title()).toBe('Margin dashboard');
});

test('the import preview shows, record by record, what will be added or changed and the fields that differ', async ({
  margin,
}) => {
  const id = crypto.randomUUID();
  const other = crypto.randomUUID();
  const dashboard = await openExtensionPage(margin, 'dashboard.html');
  await choose(dashboard, [asFile('ann.json', file('Ann', t(10), [observation(id, 'First wording', t(1))]))]);
  await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dashboard.getByRole('list', { name: 'Import results' })).toContainText('ann.json: imported.');

  const ben = file('Ben', t(20), [
    { ...observation(id, 'Later edit by Ben', t(5)), kind: 'strength' },
    observation(other, 'Ben only', t(5)),
  ]);
  await choose(dashboard, [asFile('ben.json', ben)]);
  const preview = dashboard.getByRole('list', { name: 'Files to import' });
  await preview.getByText('What will change, record by record (2 records)').click();
  const rows = preview.getByRole('table').getByRole('row');
  const updated = rows.filter({ hasText: 'Later edit by Ben' });
  await expect(updated.getByRole('cell').nth(1)).toHaveText('Will be updated');
  await expect(updated.getByRole('cell').nth(2)).toContainText(
    'Observation: First wording → Later edit by Ben',
  );
  await expect(updated.getByRole('cell').nth(2)).toContainText('Kind: Concern → Strength');
  await expect(updated.getByRole('cell').first()).toHaveText('Observation Strength: Later edit by Ben');
  const added = rows.filter({ hasText: 'Ben only' });
  await expect(added.getByRole('cell').nth(1)).toHaveText('Will be added');
  await expect(added.getByRole('cell').nth(2)).toHaveText('New record');
  // Nothing was written by looking.
  const stored = (await readStore(dashboard, 'observations')) as { comment: string }[];
  expect(stored.map((o) => o.comment)).toEqual(['First wording']);
  const scan = await new AxeBuilder({ page: dashboard }).include('#import-heading ~ *').analyze();
  expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
