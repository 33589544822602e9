// Faults a council PC will meet: the storage quota runs out, the service worker is stopped in the middle
// of writes, and two tabs edit the same observation. Nothing acknowledged is lost, nothing is half
// written, and the person is told what happened in words they can act on.
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { test, expect, noteBox } from './support/fixtures';
import { openExtensionPage, stopServiceWorker } from './support/extension';
import { readStore } from '../../scripts/lib/read-store.mjs';
import type { Frame, Page } from '@playwright/test';
import type { Margin } from './support/launch';

const FULL = /storage on this device is full, so nothing of this change was saved/;
/** Text that does not compress (the browser compresses what it stores). */
const noise = (length: number) => randomBytes(length).toString('base64').slice(0, length);

async function observe(sidebar: Frame, text: string) {
  await sidebar.getByRole('button', { name: 'Add observation' }).click();
  await sidebar.getByLabel('Observation', { exact: true }).fill(text);
  await sidebar.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(sidebar.getByText('Observation saved.')).toBeVisible();
}

/**
 * Makes the storage of Margin's origin full, as a full disk would, until the returned function gives it
 * room again. The override lasts as long as the DevTools session that made it.
 */
async function fillStorage(margin: Margin, page: Page): Promise<() => Promise<void>> {
  const cdp = await margin.context.newCDPSession(page);
  const origin = `chrome-extension://${margin.extensionId}`;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1000 });
  return async () => {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await cdp.detach();
  };
}

test('when storage runs out: a clear message, nothing half written, the draft kept; saving works again with room', async ({
  margin,
  openDemo,
}) => {
  // An import file of 400 observations (copies of a published example export under new ids).
  const bundle = JSON.parse(await readFile('tests/fixtures/exports/margin-export-v1.json', 'utf8'));
  const [template] = bundle.observations;
  bundle.observations = Array.from({ length: 400 }, (_, i) => ({
    ...template,
    id: crypto.randomUUID(),
    comment: `Imported observation ${i} ${noise(500)}`,
  }));
  const folder = await mkdtemp(path.join(os.tmpdir(), 'margin-quota-'));
  const file = path.join(folder, 'many.json');
  await writeFile(file, JSON.stringify(bundle));

  // The browser works out how much room is left when an origin first writes: the disk is full from the start.
  const page = await openExtensionPage(margin, 'dashboard.html');
  // The background opens (so creates) the database as it starts; the disk fills once that is done.
  await expect
    .poll(() => page.evaluate(async () => (await indexedDB.databases()).some((db) => db.name === 'margin')))
    .toBe(true);
  const makeRoom = await fillStorage(margin, page);
  const { sidebar } = await openDemo('/person/P123456');
  const draft = `A long note that no longer fits. ${noise(9_000)}`;
  try {
    await (await noteBox(sidebar)).fill(draft);
    await sidebar.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(sidebar.getByRole('alert')).toHaveText(FULL);
    await expect(await noteBox(sidebar)).toHaveValue(draft);

    const dashboard = page;
    await dashboard.getByLabel('Import Margin JSON files').setInputFiles([file]);
    await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
    const results = dashboard.getByRole('list', { name: 'Import results' });
    await expect(results).toContainText('many.json could not be imported (nothing of it was written)');
    await expect(results).toContainText(FULL);
    for (const store of ['notes', 'observations', 'audits', 'importedFiles'])
      expect(await readStore(dashboard, store), store).toEqual([]);
  } finally {
    await makeRoom();
    await rm(folder, { recursive: true, force: true });
  }
  await sidebar.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(sidebar.getByRole('status').filter({ hasText: 'Note saved.' })).toBeVisible();
  const stored = (await readStore(await openExtensionPage(margin, 'dashboard.html'), 'notes')) as {
    text: string;
  }[];
  expect(stored.map((note) => note.text)).toEqual([draft]);
});

test('the service worker stopped in the middle of writes: every acknowledged write is stored, whole', async ({
  margin,
}) => {
  const page = await openExtensionPage(margin, 'dashboard.html');
  const context = { origin: 'http://127.0.0.1:1', path: '/person/P1', title: 'Summary', adapter: 'demo' };
  const texts = Array.from({ length: 60 }, (_, i) => `Note ${i} written while the worker stops`);
  // Send every write at once, then stop the worker while they are being handled.
  await page.evaluate(
    ({ texts, context }) => {
      (window as unknown as { results: Promise<unknown[]> }).results = Promise.all(
        texts.map((text) =>
          chrome.runtime
            .sendMessage({ type: 'note/create', text, context })
            .then((reply: { ok: boolean }) => (reply?.ok ? text : null))
            .catch(() => null),
        ),
      );
    },
    { texts, context },
  );
  await stopServiceWorker(margin);
  const acknowledged = (
    await page.evaluate(() => (window as unknown as { results: Promise<(string | null)[]> }).results)
  ).filter((text): text is string => text !== null);

  const stored = (await readStore(page, 'notes')) as { text: string; id: string; createdAt: string }[];
  const storedTexts = new Set(stored.map((note) => note.text));
  for (const text of acknowledged) expect(storedTexts, text).toContain(text);
  for (const note of stored) expect(texts).toContain(note.text);
  test.info().annotations.push({
    type: 'worker stopped mid-write',
    description: `${acknowledged.length} of ${texts.length} acknowledged before the stop; ${stored.length} stored`,
  });

  // The writes that got no answer are sent again (as the sidebar lets the user do): all are then stored.
  const missing = texts.filter((text) => !storedTexts.has(text));
  await page.evaluate(
    ({ missing, context }) =>
      Promise.all(missing.map((text) => chrome.runtime.sendMessage({ type: 'note/create', text, context }))),
    { missing, context },
  );
  const after = new Set(((await readStore(page, 'notes')) as { text: string }[]).map((note) => note.text));
  expect([...after].sort()).toEqual([...texts].sort());
});

test('two tabs edit the same observation: the later writer sees the conflict and keeps their words', async ({
  margin,
  openDemo,
}) => {
  const first = await openDemo('/person/P123456');
  await observe(first.sidebar, 'Original wording');
  const second = await openDemo('/person/P123456');
  const list = (sidebar: Frame) => sidebar.getByRole('region', { name: /^Observations/ });

  await list(first.sidebar)
    .getByRole('button', { name: /Edit: .*Original wording/ })
    .click();
  await list(second.sidebar)
    .getByRole('button', { name: /Edit: .*Original wording/ })
    .click();
  await first.sidebar.getByLabel('Observation', { exact: true }).fill('Edited in the first tab');
  await first.sidebar.getByLabel('Observation', { exact: true }).press('Control+Enter');
  await expect(list(first.sidebar).getByText('Edited in the first tab')).toBeVisible();

  await second.sidebar.getByLabel('Observation', { exact: true }).fill('Edited in the second tab');
  await second.sidebar.getByLabel('Observation', { exact: true }).press('Control+Enter');
  await expect(second.sidebar.getByRole('alert')).toContainText('changed elsewhere');
  await expect(second.sidebar.getByLabel('Observation', { exact: true })).toHaveValue(
    'Edited in the second tab',
  );

  const dashboard = await openExtensionPage(margin, 'dashboard.html');
  const [stored] = (await readStore(dashboard, 'observations')) as { comment: string }[];
  expect(stored!.comment).toBe('Edited in the first tab');
  const history = (await readStore(dashboard, 'recordHistory')) as { version: { comment: string } }[];
  expect(history.map((entry) => entry.version.comment)).toEqual(['Original wording']);
});
