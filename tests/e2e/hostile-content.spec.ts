// Script and HTML payloads arriving as data (a template file, an adapter configuration, text read from a
// case-system page) are shown as the text they are, in Settings, the sidebar and the audit report:
// nothing runs, no element is created from them. (Observation text and imported files: merge.spec.ts;
// CSV formulas: export-import.spec.ts.)
import { test, expect, sidebarFrame } from './support/fixtures';
import { openExtensionPage } from './support/extension';
import type { Frame, Page } from '@playwright/test';
import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

/** No element came from the payload and nothing it carried ran. */
async function expectInert(target: Page | Frame) {
  expect(await target.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await target.locator('img[src="x"], script:not([src])').count()).toBe(0);
}

test('template and adapter payloads are shown as text in Settings, the sidebar and the audit report', async ({
  margin,
  openDemo,
}) => {
  const dialogs: string[] = [];
  margin.context.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const template = {
    id: 'hostile-template',
    name: `Template ${PAYLOAD}`,
    version: 1,
    scale: { type: 'numeric', name: `Scale ${PAYLOAD}`, min: 0, max: 3 },
    description: `Description ${PAYLOAD}`,
    sections: [{ id: 'one', title: `Section ${PAYLOAD}`, required: true, prompts: [`Prompt ${PAYLOAD}`] }],
  };
  const options = await openExtensionPage(margin, 'options.html');
  await options
    .getByLabel('Import template files (JSON)')
    .setInputFiles([
      { name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(template)) },
    ]);
  const table = options.getByRole('table', { name: 'Audit templates' });
  await expect(table.getByRole('row', { name: /Template </ })).toContainText(PAYLOAD);
  await expectInert(options);

  const adapter = {
    name: 'hostile-adapter',
    system: `System ${PAYLOAD}`,
    urlPattern: '^http://127\\.0\\.0\\.1:\\d+/person/',
    personId: { selector: '.identity-bar .person-id' },
    formName: { selector: '#screen-title' },
  };
  const editor = options.getByRole('region', { name: 'Site adapters' });
  await editor.getByLabel('Adapter (JSON)').fill(JSON.stringify(adapter));
  await editor.getByRole('button', { name: 'Save adapter' }).click();
  await expect(editor.getByRole('status')).toContainText('“hostile-adapter” saved');
  await expectInert(options);

  const { page } = await openDemo('/person/P123456');
  let sidebar = await sidebarFrame(page);
  await expect
    .poll(async () => {
      sidebar = await sidebarFrame(page);
      return sidebar.getByRole('region', { name: 'This screen', exact: true }).innerText();
    })
    .toContain(`System ${PAYLOAD}`);
  await sidebar.getByLabel('Template').selectOption({ label: `Template ${PAYLOAD}` });
  await sidebar.getByRole('button', { name: 'Start audit' }).click();
  await expect(sidebar.getByRole('list', { name: 'Sections' })).toContainText(`Section ${PAYLOAD}`);
  await expectInert(sidebar);
  await expectInert(page);

  const report = await openExtensionPage(margin, 'report.html');
  await report.getByLabel(/P123456/).check();
  await expect(report.getByRole('columnheader', { name: `Section ${PAYLOAD}` })).toBeVisible();
  await expectInert(report);
  expect(dialogs).toEqual([]);
});

test('the audit report shows hostile quotes, comments, summaries, justifications and section labels as text', async ({
  margin,
}) => {
  const dialogs: string[] = [];
  margin.context.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // An auditor's export whose every text field carries the payload (summaries and justifications too,
  // for wherever the report shows them), imported like any returned audit.
  // Its dates moved from January 2025 to late 2026, inside the retention period.
  const fixture = await readFile(
    new URL('../fixtures/exports/margin-export-v1.json', import.meta.url),
    'utf8',
  );
  const file = JSON.parse(fixture.replaceAll('"2025-0', '"2026-1'));
  const template = file.templates[0];
  for (const section of template.sections) section.title = `Section ${PAYLOAD}`;
  template.name = `Template ${PAYLOAD}`;
  for (const audit of file.audits) {
    audit.summary = `Summary ${PAYLOAD}`;
    for (const result of Object.values(audit.sections) as { justification?: string }[])
      result.justification = `Justification ${PAYLOAD}`;
  }
  for (const observation of file.observations) {
    observation.comment = `Comment ${PAYLOAD}`;
    observation.target.quote = `Quote ${PAYLOAD}`;
    for (const selector of observation.target.selectors)
      if (selector.type === 'TextQuoteSelector') selector.exact = `Quote ${PAYLOAD}`;
  }
  const folder = await mkdtemp(path.join(os.tmpdir(), 'margin-hostile-report-'));
  await writeFile(path.join(folder, 'hostile-return.json'), JSON.stringify(file));
  const dashboard = await openExtensionPage(margin, 'dashboard.html');
  await dashboard
    .getByLabel('Import Margin JSON files')
    .setInputFiles(path.join(folder, 'hostile-return.json'));
  await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dashboard.getByRole('list', { name: 'Import results' })).toContainText('imported.');
  await expectInert(dashboard);

  const report = await openExtensionPage(margin, 'report.html');
  await expect(report.getByRole('columnheader', { name: `Section ${PAYLOAD}` }).first()).toBeVisible();
  const text = await report.locator('body').innerText();
  expect(text).toContain(`Comment ${PAYLOAD}`);
  expect(text).toContain(`Quote ${PAYLOAD}`);
  await expectInert(report);
  // Printing renders the same document: still inert.
  await report.emulateMedia({ media: 'print' });
  await expectInert(report);
  expect(dialogs).toEqual([]);
});
