/** Helpers that reach into the extension's own origin during browser tests. */
import type { Page } from '@playwright/test';
import { readStore } from '../../../scripts/lib/read-store.mjs';
import type { Margin } from './launch';

/** Opens one of Margin's pages (e.g. `dashboard.html`) in a new tab. */
export async function openExtensionPage(margin: Margin, file: string): Promise<Page> {
  const page = await margin.context.newPage();
  await page.goto(`chrome-extension://${margin.extensionId}/${file}`);
  return page;
}

/** Counts the notes in Margin's IndexedDB, read from an extension page (the database's origin). */
export async function countStoredNotes(extensionPage: Page): Promise<number> {
  return (await readStore(extensionPage, 'notes')).length;
}

/**
 * Stops Margin's service worker the way the browser does when it idles, and waits until it is gone.
 * The next message wakes a new one.
 */
export async function stopServiceWorker(margin: Margin): Promise<void> {
  const page = await openExtensionPage(margin, 'dashboard.html');
  const worker = margin.context
    .serviceWorkers()
    .find((w) => w.url().startsWith(`chrome-extension://${margin.extensionId}/`));
  const closed = worker ? new Promise((resolve) => worker.once('close', resolve)) : Promise.resolve();
  const cdp = await margin.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await closed;
  await cdp.detach();
  await page.close();
}
