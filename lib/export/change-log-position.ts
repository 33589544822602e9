/**
 * Where the last change-log export ended (its manifest's `toSeq`), kept in `storage.local` so the next
 * export offers to start there: each file then holds only what changed since the one before.
 */
import { browser } from 'wxt/browser';

const KEY = 'changeLogExportedSeq';

/** The sequence number the last change-log export ended at; 0 before the first. */
export async function lastExportedSeq(): Promise<number> {
  const stored: unknown = (await browser.storage.local.get(KEY))[KEY];
  return typeof stored === 'number' && Number.isSafeInteger(stored) && stored >= 0 ? stored : 0;
}

/** Remembers where an export ended. */
export async function rememberExportedSeq(seq: number): Promise<void> {
  await browser.storage.local.set({ [KEY]: seq });
}
