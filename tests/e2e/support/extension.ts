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
 * Stops Margin's service worker the way the browser does when it idles, and resolves once the browser
 * reports it stopped. The next message starts a new one.
 */
export async function stopServiceWorker(margin: Margin): Promise<void> {
  const page = await openExtensionPage(margin, 'dashboard.html');
  const cdp = await margin.context.newCDPSession(page);
  const scriptPrefix = `chrome-extension://${margin.extensionId}/`;
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.startsWith(scriptPrefix) && v.runningStatus === 'stopped'))
        resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
  await page.close();
}
