// Exports from the dashboard in every format, checked against their published shapes, imported into a
// fresh profile; malformed files refused with nothing written.
import { createHash } from 'node:crypto';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import { test, expect } from './support/fixtures';
import { countStoredNotes, openExtensionPage } from './support/extension';
import { selectText } from './support/page-text';
import { launchMargin } from './support/launch';
import { readStore } from '../../scripts/lib/read-store.mjs';
import type { Page } from '@playwright/test';

const names: string[] = [];

async function download(dashboard: Page, button: string): Promise<string> {
  const started = dashboard.waitForEvent('download');
  await dashboard.getByRole('button', { name: button, exact: true }).click();
  const file = await started;
  names.push(file.suggestedFilename());
  return readFile((await file.path())!, 'utf8');
}

test('JSON, JSON-LD and CSV exports are valid, say what personal data they hold, and import into a fresh profile', async ({
  margin,
  openDemo,
}) => {
  const { page, sidebar } = await openDemo('/person/P123456/casenotes');
  await page.locator('#casenote-list[data-render-count]').waitFor();
  await selectText(page, 'Maya asked whether she would have to move house.');
  await sidebar.getByRole('button', { name: 'Add observation' }).click();
  await sidebar
    .getByLabel('Observation', { exact: true })
    .fill('=HYPERLINK("http://x") her question, in her words');
  await sidebar.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(sidebar.getByText('Observation saved.')).toBeVisible();

  const dashboard = await openExtensionPage(margin, 'dashboard.html');
  const json = await download(dashboard, 'Export JSON');
  const bundle = JSON.parse(json);
  const schema = JSON.parse(await readFile('docs/export/margin-bundle.schema.json', 'utf8'));
  // ajv is CommonJS: under Node's ESM loader its class arrives as the default export's `default`.
  const Ajv2020 = (Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ?? Ajv2020Module;
  const validate = new Ajv2020({ strict: false }).compile(schema);
  expect(validate(bundle), JSON.stringify(validate.errors)).toBe(true);
  expect(bundle.observations).toHaveLength(1);
  expect(bundle.personalData.contains).toContain('quoted case-record text');
  await expect(dashboard.getByRole('status').filter({ hasText: /^Saved / })).toContainText('1 observations');

  const jsonLd = JSON.parse(await download(dashboard, 'Export JSON-LD'));
  expect(jsonLd['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
  expect(jsonLd.type).toContain('AnnotationCollection');
  const annotation = jsonLd.first.items[0];
  expect(annotation).toMatchObject({
    type: 'Annotation',
    target: { source: expect.stringMatching(/\/person\/P123456\/casenotes$/) },
  });
  expect(JSON.stringify(annotation.target.selector)).toContain('TextQuoteSelector');

  const csv = await download(dashboard, 'Export CSV');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(`"'=HYPERLINK(""http://x"") her question, in her words"`);

  await dashboard.getByLabel('Leave out quoted record text').check();
  await dashboard.getByLabel('Pseudonymise person IDs and names').check();
  const redacted = await download(dashboard, 'Export JSON');
  expect(redacted).not.toContain('move house');
  expect(redacted).not.toContain('P123456');
  const shareable = await download(dashboard, 'Export CSV');
  expect(shareable).not.toContain('P123456');
  // The full and the shareable copies never get the same file name.
  const date = new Date().toISOString().slice(0, 10);
  expect(names).toEqual([
    `margin-export-${date}.margin.json`,
    `margin-export-${date}.annotations.jsonld`,
    `margin-export-${date}.csv`,
    `margin-export-${date}-pseudonymised-without-quotes.margin.json`,
    `margin-export-${date}-pseudonymised-without-quotes.csv`,
  ]);

  // The change log for analysis: pseudonymised by default, closed by a manifest that checks, and the
  // next export starts where this one ended.
  await dashboard.setViewportSize({ width: 1366, height: 768 });
  await dashboard.getByRole('heading', { name: 'Change log for analysis (NDJSON)' }).scrollIntoViewIfNeeded();
  await dashboard.screenshot({ path: '/tmp/shots-changelog/change-log-panel.png' });
  const ndjson = await download(dashboard, 'Export change log');
  const lines = ndjson.trimEnd().split('\n');
  const { manifest } = JSON.parse(lines.at(-1)!);
  expect(manifest).toMatchObject({ format: 'margin-change-log', fromSeq: 0, counts: { observation: 1 } });
  const body = ndjson.slice(0, ndjson.lastIndexOf('{"manifest"'));
  expect(createHash('sha256').update(body, 'utf8').digest('hex')).toBe(manifest.sha256);
  const line = JSON.parse(lines[0]!);
  expect(line).toMatchObject({ kind: 'observation', deleted: false, rev: expect.stringMatching(/^1-/) });
  expect(ndjson).not.toContain('P123456');
  await expect(dashboard.getByRole('status').filter({ hasText: /change/ })).toContainText(
    `sequence 1 to ${manifest.toSeq}`,
  );
  await expect(dashboard.getByLabel('From sequence')).toHaveValue(String(manifest.toSeq));
  await download(dashboard, 'Export change log');
  await expect(dashboard.getByRole('status').filter({ hasText: /change/ })).toContainText(
    `nothing changed after sequence ${manifest.toSeq}`,
  );

  // A fresh profile: the JSON file imports with the same records; a broken file is refused.
  const folder = await mkdtemp(path.join(os.tmpdir(), 'margin-import-'));
  const good = path.join(folder, 'auditor-a.json');
  const broken = path.join(folder, 'broken.json');
  await writeFile(good, json);
  await writeFile(broken, json.slice(0, json.length / 2));
  const fresh = await launchMargin(path.join(folder, 'profile'));
  try {
    const other = await fresh.context.newPage();
    await other.goto(`chrome-extension://${fresh.extensionId}/dashboard.html`);
    await other.getByLabel('Import Margin JSON files').setInputFiles([broken]);
    await expect(other.getByRole('alert')).toContainText('broken.json');
    await expect(other.getByRole('alert')).toContainText('not complete JSON');
    await expect(other.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
    expect(await readStore(other, 'observations')).toEqual([]);

    await other.getByLabel('Import Margin JSON files').setInputFiles([good]);
    await expect(other.getByRole('list', { name: 'Files to import' })).toContainText('auditor-a.json: 1 new');
    await other.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(other.getByRole('list', { name: 'Import results' })).toContainText(
      'auditor-a.json: imported.',
    );
    await expect(
      other.getByRole('table', { name: 'Observations', exact: true }).getByRole('row'),
    ).toHaveCount(2);
    expect(await readStore(other, 'observations')).toEqual(bundle.observations);
    expect(await countStoredNotes(other)).toBe(0);

    // The same file again changes nothing.
    await other.getByLabel('Import Margin JSON files').setInputFiles([good]);
    await expect(other.getByRole('list', { name: 'Files to import' })).toContainText('already imported');
    expect(fresh.egress).toEqual([]);
  } finally {
    await fresh.context.close();
    await rm(folder, { recursive: true, force: true });
  }
});
