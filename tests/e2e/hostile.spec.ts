// A deliberately hostile page (demo/render/hostile.mjs, demo/public/hostile.js): strict CSP, prototype
// overrides, a postMessage flood, styles aimed at Margin's host, removal of Margin's elements, sandboxed
// and nested frames and a huge, deep DOM. Margin must still work there, keep its data out of the page's
// reach, accept nothing forged, and come back by itself when the page removes it.
import { test, expect, sidebarFrame, noteBox } from './support/fixtures';
import { openExtensionPage } from './support/extension';
import { highlighted, selectText } from './support/page-text';
import { readStore } from '../../scripts/lib/read-store.mjs';
import { DEEP_QUOTE, HOSTILE_QUOTE } from '../../demo/render/hostile.mjs';
import type { Frame, Page } from '@playwright/test';

interface HostileReport {
  shadowRoots: number;
  posted: number;
  removed: number;
  runtime: string;
  heartbeat: number;
}
// The hostile page floods its own main thread (which Margin's in-page script shares); late in a full
// run on a busy 2-core machine Margin's start there was once starved past every timeout, while the same
// tests pass alone every time. One more attempt, in a fresh browser; two failures are a real failure.
test.describe.configure({ retries: 1 });

const hostile = (page: Page) =>
  page.evaluate(() => (window as unknown as { __hostile: HostileReport }).__hostile);

async function writeNote(sidebar: Frame, text: string) {
  await (await noteBox(sidebar)).fill(text);
  await sidebar.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(sidebar.getByRole('status').filter({ hasText: 'Note saved.' })).toBeVisible();
}

async function observeSelection(page: Page, sidebar: Frame, quote: string, comment: string) {
  await selectText(page, quote);
  await sidebar.getByRole('button', { name: 'Add observation' }).click();
  await sidebar.getByLabel('Observation', { exact: true }).fill(comment);
  await sidebar.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(sidebar.getByText('Observation saved.')).toBeVisible();
}

test('on a hostile page Margin shows, anchors and saves, keeps its data unreadable, and accepts nothing forged', async ({
  margin,
  openDemo,
}) => {
  const { page, sidebar } = await openDemo('/hostile');
  // Styles aimed at the host element do not hide or shrink the sidebar.
  const box = await (await sidebar.frameElement()).boundingBox();
  expect(box?.width).toBeGreaterThan(250);
  expect(box?.height).toBeGreaterThan(400);

  await observeSelection(page, sidebar, HOSTILE_QUOTE, 'Secret comment about the child');
  await observeSelection(page, sidebar, DEEP_QUOTE, 'Deeply nested text anchored');
  const list = sidebar.getByRole('region', { name: /^Observations/ });
  await expect(list.getByRole('button', { name: /Show in record/ })).toHaveCount(2);
  await expect.poll(async () => Object.values(await highlighted(page)).flat()).toContain(HOSTILE_QUOTE);
  await writeNote(sidebar, 'Private note on the hostile screen');

  // The page's forced-open shadow roots caught nothing; the host's root stays closed; the sidebar's
  // document is another origin; the extension is out of the page's reach; nothing Margin holds shows.
  const seen = await page.evaluate(() => {
    const host = document.querySelector('margin-sidebar');
    let frameReadable = true;
    for (let i = 0; i < window.frames.length; i++) {
      try {
        void window.frames[i]!.document.body.innerText;
      } catch {
        frameReadable = false;
      }
    }
    return {
      hostRoot: host?.shadowRoot ?? null,
      frameReadable,
      text: document.body.innerText + document.head.innerHTML,
    };
  });
  expect(seen.hostRoot).toBeNull();
  expect(seen.frameReadable).toBe(false);
  expect(seen.text).not.toContain('Secret comment');
  expect(seen.text).not.toContain('Private note');
  const report = await hostile(page);
  expect(report.shadowRoots).toBe(0);
  expect(report.runtime).toBe('absent');
  expect(report.posted).toBeGreaterThan(500);

  // Sandboxed and nested frames get no Margin of their own.
  expect(page.frames().filter((frame) => frame.url().endsWith('/sidebar.html'))).toHaveLength(1);
  for (const frame of page.frames().filter((f) => f.url().includes('/hostile/frame')))
    expect(await frame.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(20);

  // The flood of forged note/create and delete-everything messages wrote and deleted nothing.
  const dashboard = await openExtensionPage(margin, 'dashboard.html');
  const notes = (await readStore(dashboard, 'notes')) as { text: string }[];
  expect(notes.map((note) => note.text)).toEqual(['Private note on the hostile screen']);
  expect(await readStore(dashboard, 'observations')).toHaveLength(2);
  // The page kept running throughout.
  const before = (await hostile(page)).heartbeat;
  await expect.poll(async () => (await hostile(page)).heartbeat).toBeGreaterThan(before + 5);
});

test('Margin comes back by itself when the page removes its elements, without hanging the page', async ({
  openDemo,
}) => {
  const { page } = await openDemo('/hostile');
  await page.evaluate(() => (window as unknown as { __removeMargin(): void }).__removeMargin());
  expect((await hostile(page)).removed).toBeGreaterThan(0);
  await writeNote(await sidebarFrame(page), 'Saved after the page removed Margin');

  // A page that removes Margin as soon as it reappears, for two seconds: the page stays responsive
  // (Margin backs off instead of fighting), and Margin is back soon after the page stops.
  const start = await hostile(page);
  await page.evaluate(() =>
    (window as unknown as { __keepRemovingMargin(ms: number): void }).__keepRemovingMargin(2000),
  );
  await page.waitForTimeout(2500);
  const after = await hostile(page);
  expect(after.heartbeat - start.heartbeat).toBeGreaterThan(20);
  expect(after.removed - start.removed).toBeLessThan(40);
  const back = await sidebarFrame(page);
  await writeNote(back, 'Saved after the page gave up');
  await expect(back.getByRole('region', { name: /Notes on this screen/ }).getByRole('listitem')).toHaveCount(
    2,
  );
});
