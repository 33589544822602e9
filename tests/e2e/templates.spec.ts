// QA leads import and export audit templates in Margin's settings; invalid files are refused precisely.
import { readFile } from 'node:fs/promises';
import { test, expect } from './support/fixtures';
import { countStoredNotes, openExtensionPage } from './support/extension';

const peerAudit = {
  id: 'peer-audit',
  name: 'Peer audit (scaling)',
  version: 1,
  scale: { type: 'numeric', name: 'Signs of Safety scaling', min: 0, max: 10 },
  sections: [{ id: 'safety', title: 'How safe is the child?', required: true }],
};

test('templates import (valid and invalid files at once), export, and appear when starting an audit', async ({
  margin,
  openDemo,
}) => {
  const options = await openExtensionPage(margin, 'options.html');
  await options.getByLabel('Import template files (JSON)').setInputFiles([
    { name: 'peer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(peerAudit)) },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"id": "x", "name": ') },
    {
      name: 'wrong.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          ...peerAudit,
          id: 'other',
          sections: [peerAudit.sections[0], peerAudit.sections[0]],
        }),
      ),
    },
  ]);
  await expect(options.getByText('peer.json: imported “Peer audit (scaling)” version 1.')).toBeVisible();
  await expect(options.getByText(/^broken\.json: it is not valid JSON/)).toBeVisible();
  await expect(
    options.getByText('wrong.json: the id of section 2: repeats section id "safety".'),
  ).toBeVisible();
  const templates = options.getByRole('table', { name: 'Audit templates' });
  await expect(templates.getByRole('row', { name: /Peer audit \(scaling\)/ })).toContainText('Imported');
  // A header row, the four shipped templates and the imported one.
  await expect(templates.getByRole('row')).toHaveCount(6);
  for (const name of ['Section 11 agency self-assessment', 'Themed audit']) {
    await expect(templates.getByRole('row', { name: new RegExp(name) })).toContainText('Built in');
  }

  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export template Learning case file audit' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(await readFile(file, 'utf8'));
  expect(exported).toMatchObject({ id: 'learning-case-file-audit', version: 1 });
  expect(exported.sections).toHaveLength(8);

  const { sidebar } = await openDemo('/person/P123456');
  await sidebar.getByLabel('Template').selectOption({ label: 'Peer audit (scaling)' });
  await sidebar.getByRole('button', { name: 'Start audit' }).click();
  await expect(sidebar.getByLabel('Section grade').locator('option')).toHaveCount(12);
  expect(await countStoredNotes(options)).toBe(0);
});
