// Team sync in two real browser profiles against a CouchDB-protocol server started here (express-pouchdb
// in memory, scripts/lib/couch-server.mjs), through a build whose one sync origin is that server's gate
// and a managed policy naming its database: sign-in refused then accepted, edits converge, the same
// record edited on both sides becomes a conflict a person resolves, a deletion travels, the service
// worker stopped mid-run loses and duplicates nothing, the server down gives a clear status and a later
// retry succeeds. One test, two browsers, the whole story. Runs only where managed policy may be written.
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, sidebarFrame } from './support/fixtures';
import { launchMargin, type Margin } from './support/launch';
import { keyedCopy, policyWritable, POLICY_DIR, writePolicy } from './support/keyed-copy';
import { startCouchGate } from './support/couch-gate';
import { MARGIN_SECURITY, marginDesignDoc, startCouch } from '../../scripts/lib/couch-server.mjs';

const SHOTS = '/tmp/shots-syncui';
const ANN = { name: 'ann', password: 'ann-secret', roles: ['margin-auditor'] };
const PAGE = { origin: 'http://127.0.0.1:4173', path: '/person/P123456', title: '', adapter: 'demo' };

/** Sends a message to Margin's background from one of its pages, as its own screens do. */
async function send<T>(page: Page, message: Record<string, unknown>): Promise<T> {
  const reply = (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as {
    ok: boolean;
    data: T;
    error?: { message: string };
  };
  if (!reply.ok) throw new Error(reply.error?.message);
  return reply.data;
}

const fields = (comment: string) => ({
  auditId: null,
  kind: 'concern',
  comment,
  evidenceSource: 'case-record',
  factors: [],
});

/** The observations this profile holds, read from its database (comment by id). */
const stored = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Record<string, { comment: string; updatedAt: string }>>((resolve, reject) => {
        const open = indexedDB.open('margin');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('observations').objectStore('observations').getAll();
          all.onsuccess = () => {
            resolve(Object.fromEntries(all.result.map((o) => [o.id, o])));
            open.result.close();
          };
        };
      }),
  );

test('two profiles sync through the council server: converge, conflict, deletion, stopped worker, server down', async ({
  demoUrl,
}) => {
  test.skip(!(await policyWritable()), `cannot write ${POLICY_DIR} here`);
  test.setTimeout(300_000);
  await mkdir(SHOTS, { recursive: true });
  const couch = await startCouch({
    users: [ANN],
    db: 'margin',
    security: MARGIN_SECURITY,
    designDoc: marginDesignDoc(),
  });
  const gate = await startCouchGate(Number(new URL(couch.origin).port));
  // Its own build, with the gate's origin as the one sync origin (the default build reaches nothing).
  const out = await mkdtemp(path.join(os.tmpdir(), 'margin-sync-build-'));
  execFileSync('npx', ['wxt', 'build'], {
    env: { ...process.env, MARGIN_SYNC_ORIGIN: gate.origin, MARGIN_OUT_DIR: out },
    stdio: 'ignore',
  });
  const { dir, id } = await keyedCopy(path.join(out, 'chrome-mv3'));
  const policyFile = await writePolicy(id, { syncDatabase: `${gate.origin}/margin` });
  const profiles = await Promise.all([0, 1].map(() => mkdtemp(path.join(os.tmpdir(), 'margin-sync-'))));
  const browsers: Margin[] = [];
  try {
    for (const profile of profiles) browsers.push(await launchMargin(profile, { extensionDir: dir }));
    const [a, b] = (await Promise.all(
      browsers.map(async (margin) => {
        const page = await margin.context.newPage();
        await page.setViewportSize({ width: 1366, height: 768 });
        await page.goto(`chrome-extension://${id}/dashboard.html#team-sync`);
        await page.evaluate(() => chrome.storage.local.set({ settings: { author: 'Ann Auditor' } }));
        return page;
      }),
    )) as [Page, Page];
    const panel = (page: Page) => page.getByRole('region', { name: 'Team sync' });
    const status = (page: Page) => panel(page).getByTestId('sync-status');
    const syncNow = async (page: Page) => {
      await panel(page).getByRole('button', { name: 'Sync now' }).click();
      await expect(status(page)).toContainText('Last synced');
    };

    // Sign-in: a wrong password is refused in words; the right one signs in and syncs; no password kept.
    const signIn = async (page: Page, password: string) => {
      await panel(page).getByLabel('User name').fill('ann');
      await panel(page).getByLabel('Password').fill(password);
      await panel(page).getByRole('button', { name: 'Sign in' }).click();
    };
    await expect(panel(a)).toContainText(`council server at ${gate.origin}`);
    await signIn(a, 'wrong');
    await expect(panel(a).getByRole('alert')).toContainText('The council server refused your sign-in');
    await expect(panel(a).getByLabel('Password')).toHaveValue('');
    await signIn(a, ANN.password);
    await expect(panel(a)).toContainText('Signed in as ann');
    await expect(status(a)).toContainText('Last synced');
    await signIn(b, ANN.password);
    await expect(status(b)).toContainText('Last synced');
    for (const page of [a, b])
      expect(JSON.stringify(await page.evaluate(() => chrome.storage.local.get()))).not.toContain(
        ANN.password,
      );

    // Two profiles edit, sync and converge.
    const { observation: first } = await send<{ observation: { id: string } }>(a, {
      type: 'observation/create',
      fields: fields('Seen alone at home.'),
      target: { page: PAGE, selectors: [] },
    });
    await send(b, {
      type: 'observation/create',
      fields: fields('Plan reviewed.'),
      target: { page: PAGE, selectors: [] },
    });
    await expect(status(a)).toContainText('1 change waiting to be sent');
    await syncNow(a);
    await expect(status(a)).toContainText('sent 1 change');
    await syncNow(b);
    await expect(status(b)).toContainText('sent 1 change, received 1 change');
    await syncNow(a);
    expect(await stored(a)).toEqual(await stored(b));
    expect(Object.keys(await stored(a))).toHaveLength(2);

    // The same record edited on both sides: a visible conflict, resolved by a person.
    const edit = async (page: Page, comment: string) =>
      send(page, {
        type: 'observation/update',
        id: first.id,
        fields: fields(comment),
        expectedUpdatedAt: (await stored(page))[first.id]!.updatedAt,
      });
    await edit(a, 'Seen alone at home, twice.');
    await edit(b, 'Seen with the neighbour.');
    await syncNow(a);
    await syncNow(b);
    await expect(panel(b)).toContainText('1 record changed on two devices at once');
    const conflict = panel(b).getByRole('article', { name: /Observation/ });
    await expect(conflict).toContainText('On this device');
    await expect(conflict).toContainText('Seen with the neighbour.');
    await expect(conflict).toContainText('From the council server');
    await expect(conflict).toContainText('Seen alone at home, twice.');
    await expect(conflict).not.toContainText('{');
    await conflict.scrollIntoViewIfNeeded();
    await b.screenshot({ path: `${SHOTS}/conflicts.png` });
    const axe = await new AxeBuilder({ page: b }).include('#team-sync').analyze();
    expect(axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact ?? ''))).toEqual([]);
    // 200% zoom: half the CSS pixels at twice the density, captured through the DevTools protocol.
    await b.setViewportSize({ width: 683, height: 384 });
    const cdpB = await b.context().newCDPSession(b);
    const zoom = { width: 683, height: 384, deviceScaleFactor: 2, mobile: false };
    await cdpB.send('Emulation.setDeviceMetricsOverride', zoom);
    await conflict.getByRole('heading', { name: 'On this device' }).scrollIntoViewIfNeeded();
    const shot = await cdpB.send('Page.captureScreenshot', { format: 'png' });
    await writeFile(`${SHOTS}/conflicts-zoom200.png`, Buffer.from(shot.data, 'base64'));
    await cdpB.send('Emulation.clearDeviceMetricsOverride');
    await b.setViewportSize({ width: 1366, height: 768 });
    // By keyboard: the first "Keep this version" is this device's.
    const keepLocal = conflict.getByRole('button', { name: 'Keep this version' }).first();
    await keepLocal.focus();
    await b.keyboard.press('Enter');
    await expect(
      panel(b).getByRole('status').filter({ hasText: 'Kept the version on this device' }),
    ).toBeVisible();
    await expect(panel(b).getByRole('article')).toHaveCount(0);
    await syncNow(b);
    await syncNow(a);
    expect((await stored(a))[first.id]!.comment).toBe('Seen with the neighbour.');
    expect(await stored(a)).toEqual(await stored(b));

    // A deletion travels.
    await send(a, { type: 'observation/delete', id: first.id });
    await syncNow(a);
    await syncNow(b);
    await expect(status(b)).toContainText('1 deletion');
    expect((await stored(b))[first.id]).toBeUndefined();

    // The service worker stopped in the middle of a run loses and duplicates nothing.
    await a.evaluate(async (page) => {
      for (let i = 0; i < 40; i++)
        await chrome.runtime.sendMessage({
          type: 'observation/create',
          fields: {
            auditId: null,
            kind: 'evidence',
            comment: `Batch ${i}.`,
            evidenceSource: 'case-record',
            factors: [],
          },
          target: { page, selectors: [] },
        });
    }, PAGE);
    const held = gate.holdNext('_bulk_docs');
    await panel(a).getByRole('button', { name: 'Sync now' }).click();
    const { release } = await held;
    const cdpA = await a.context().newCDPSession(a);
    await cdpA.send('ServiceWorker.enable');
    await cdpA.send('ServiceWorker.stopAllWorkers');
    release();
    await syncNow(a);
    await syncNow(b);
    const [onA, onB] = [await stored(a), await stored(b)];
    expect(Object.keys(onA)).toHaveLength(41);
    expect(onB).toEqual(onA);
    const docs = (await couch.call('GET', '/margin/_all_docs')) as { rows: { id: string }[] };
    expect(docs.rows.filter((row) => row.id.startsWith('observation:'))).toHaveLength(41);

    // The server down: a clear status with the retry time; a later retry succeeds.
    await gate.close();
    await panel(a).getByRole('button', { name: 'Sync now' }).click();
    await expect(panel(a).getByTestId('sync-error')).toContainText(
      /Could not reach the council server — Margin will try again at \d/,
    );
    await gate.open();
    await syncNow(a);
    await expect(panel(a).getByTestId('sync-error')).toHaveCount(0);

    // The sidebar shows the same status, with "Sync now".
    const record = await browsers[0]!.context.newPage();
    await record.setViewportSize({ width: 1366, height: 768 });
    await record.goto(new URL('/person/P123456', demoUrl).href);
    const sidebar = await sidebarFrame(record);
    const card = sidebar.getByRole('region', { name: 'Team sync' });
    await expect(card.getByTestId('sync-status')).toContainText('Last synced');
    await expect(card.getByRole('button', { name: 'Sync now' })).toBeVisible();
    await card.scrollIntoViewIfNeeded();
    await record.screenshot({ path: `${SHOTS}/sidebar-sync.png` });
    for (const margin of browsers) expect(margin.egress).toEqual([]);
  } finally {
    for (const margin of browsers) await margin.context.close().catch(() => undefined);
    await gate.close().catch(() => undefined);
    await couch.stop();
    await rm(policyFile, { force: true });
    for (const folder of [dir, out, ...profiles]) await rm(folder, { recursive: true, force: true });
  }
});
