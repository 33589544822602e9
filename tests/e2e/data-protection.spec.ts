// Data protection on this device: the edit trail of an observation, retention (automatic purge when the
// browser starts, and "Purge now"), and "Delete everything Margin holds on this device".
import { test, expect, sidebarFrame, noteBox } from './support/fixtures';
import { openExtensionPage } from './support/extension';
import { launchMargin, type Margin } from './support/launch';
import { readStore } from '../../scripts/lib/read-store.mjs';
import type { Frame, Page } from '@playwright/test';

const DAY = 24 * 60 * 60 * 1000;

async function setName(margin: Margin, name: string) {
  const settings = await openExtensionPage(margin, 'options.html');
  await settings.getByLabel('Your name, as it appears on your notes').fill(name);
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await settings.close();
}

async function observe(sidebar: Frame, text: string) {
  await sidebar.getByRole('button', { name: 'Add observation' }).click();
  await sidebar.getByLabel('Observation', { exact: true }).fill(text);
  await sidebar.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(sidebar.getByText('Observation saved.')).toBeVisible();
}

/** Stores a copy of `record` under a new id, last changed `days` ago, straight into Margin's database. */
function putAgedCopy(extensionPage: Page, store: string, record: object, days: number): Promise<string> {
  const at = new Date(Date.now() - days * DAY).toISOString();
  const copy = { ...record, id: crypto.randomUUID(), createdAt: at, updatedAt: at };
  return extensionPage.evaluate(
    ({ store, copy }) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('margin');
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          tx.objectStore(store).put(copy);
          tx.oncomplete = () => {
            open.result.close();
            resolve(copy.id);
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { store, copy },
  );
}

const ids = async (page: Page, store: string) =>
  ((await readStore(page, store)) as { id: string }[]).map((record) => record.id).sort();

test('every edit of an observation keeps the version it replaced, with who replaced it', async ({
  margin,
  openDemo,
}) => {
  await setName(margin, 'Ann Auditor');
  const { sidebar } = await openDemo('/person/P123456');
  await observe(sidebar, 'First wording');
  await setName(margin, 'Ben Lead');
  const list = sidebar.getByRole('region', { name: /^Observations/ });
  await list.getByRole('button', { name: /Edit: .*First wording/ }).click();
  await sidebar.getByLabel('Observation', { exact: true }).fill('Second wording');
  await sidebar.getByLabel('Observation', { exact: true }).press('Control+Enter');
  await expect(list.getByText('Second wording')).toBeVisible();

  await list.getByRole('button', { name: /History: .*Second wording/ }).click();
  const trail = list.getByRole('list', { name: 'Earlier versions, oldest first' });
  await expect(list.getByText(/Created by Ann Auditor on .*; 1 earlier version/)).toBeVisible();
  await expect(trail.getByRole('listitem')).toHaveCount(1);
  await expect(trail).toContainText('replaced by an edit (by Ben Lead)');
  await expect(trail).toContainText('First wording');

  const dashboard = await openExtensionPage(margin, 'dashboard.html');
  const history = (await readStore(dashboard, 'recordHistory')) as { by: string; reason: string }[];
  expect(history.map((entry) => [entry.reason, entry.by])).toEqual([['edited', 'Ben Lead']]);
});

test('records past the retention period are purged by "Purge now", and when the browser starts a day later', async ({
  margin,
  userDataDir,
  demoUrl,
  openDemo,
}) => {
  const { sidebar } = await openDemo('/person/P123456');
  await observe(sidebar, 'Recent observation');
  const settings = await openExtensionPage(margin, 'options.html');
  const [recent] = (await readStore(settings, 'observations')) as { id: string }[];
  const stale = await putAgedCopy(settings, 'observations', recent!, 400);

  // The daily purge is scheduled.
  const alarm = await margin.serviceWorker.evaluate(() => chrome.alarms.get('margin-retention'));
  expect(alarm).toMatchObject({ periodInMinutes: 24 * 60 });

  // Purge now: the panel says what is past the period, deletes exactly that, and keeps the rest.
  await settings.reload();
  const panel = settings.getByRole('region', { name: 'Data on this device' });
  await expect(panel).toContainText('Past the period now: 1 observation.');
  await panel.getByRole('button', { name: 'Purge now' }).click();
  await expect(panel.getByRole('status')).toHaveText('Purged: deleted 1 observation.');
  await expect(panel.getByRole('button', { name: 'Purge now' })).toBeDisabled();
  expect(await ids(settings, 'observations')).toEqual([recent!.id]);
  expect(stale).not.toBe(recent!.id);

  // A shorter period chosen by the user; then a record past it is purged when the browser starts.
  await panel.getByLabel('Keep records for (days)').fill('30');
  await panel.getByRole('button', { name: 'Save period' }).click();
  await expect(panel.getByRole('status')).toHaveText('Records are now kept for 30 days.');
  await panel.getByLabel('Keep records for (days)').fill('0');
  await panel.getByRole('button', { name: 'Save period' }).click();
  await expect(panel.getByRole('alert')).toHaveText('Keep records for at least 1 day.');
  await putAgedCopy(settings, 'observations', recent!, 45);
  // A day passes without a purge: the next browser start catches up.
  await settings.evaluate(
    async (at) => {
      const { lastPurge } = await chrome.storage.local.get('lastPurge');
      await chrome.storage.local.set({ lastPurge: { ...(lastPurge as object), at } });
    },
    new Date(Date.now() - 2 * DAY).toISOString(),
  );
  await margin.context.close();

  const again = await launchMargin(userDataDir);
  try {
    const reopened = await again.context.newPage();
    await reopened.goto(`chrome-extension://${again.extensionId}/options.html`);
    await expect.poll(() => ids(reopened, 'observations')).toEqual([recent!.id]);
    await reopened.reload();
    await expect(reopened.getByRole('region', { name: 'Data on this device' })).toContainText(
      /Last purge .* \(automatic\): deleted 1 observation\./,
    );
    const page = await again.context.newPage();
    await page.goto(new URL('/person/P123456', demoUrl).href);
    await expect((await sidebarFrame(page)).getByText('Recent observation')).toBeVisible();
    expect(again.egress).toEqual([]);
  } finally {
    await again.context.close();
  }
});

test('"Delete everything" removes all Margin holds on this device, after typing DELETE', async ({
  margin,
  openDemo,
}) => {
  await setName(margin, 'Ann Auditor');
  const { page, sidebar } = await openDemo('/person/P123456');
  await (await noteBox(sidebar)).fill('A note to delete');
  await sidebar.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(sidebar.getByRole('status')).toHaveText('Note saved.');
  await observe(sidebar, 'An observation to delete');

  const settings = await openExtensionPage(margin, 'options.html');
  const zone = settings.getByRole('form', { name: 'Delete everything Margin holds on this device' });
  await zone.getByLabel('Type DELETE to confirm').fill('delete');
  await zone.getByRole('button', { name: 'Delete everything' }).click();
  await expect(zone.getByRole('alert')).toHaveText('Type DELETE (in capitals) to confirm.');
  expect(await ids(settings, 'notes')).toHaveLength(1);

  await zone.getByLabel('Type DELETE to confirm').fill('DELETE');
  await zone.getByRole('button', { name: 'Delete everything' }).click();
  await expect(zone.getByRole('status')).toHaveText(
    'Everything Margin held on this device has been deleted.',
  );
  for (const store of ['notes', 'observations', 'audits', 'recordHistory'])
    expect(await ids(settings, store), store).toEqual([]);
  const local = await settings.evaluate(() => chrome.storage.local.get(null));
  expect(local).not.toHaveProperty('settings');

  await page.reload();
  const after = await sidebarFrame(page);
  await expect(after.getByText('No notes on this screen yet.')).toBeVisible();
  await expect(after.getByText('No observations on this screen yet.')).toBeVisible();
});
