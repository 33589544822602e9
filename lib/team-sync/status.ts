/**
 * Team sync's state on this device, kept in `storage.local` (not the database, so it survives deleting
 * Margin's records and never travels): who is signed in, the last run's report, the last error in words.
 * Never a password. Loaded through Zod: a malformed stored value counts as "never synced".
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';

const KEY = 'syncStatus';

const CountsSchema = z.object({
  pushed: z.number().int().min(0),
  pulled: z.number().int().min(0),
  conflicts: z.number().int().min(0),
  deleted: z.number().int().min(0),
  startedAt: z.string(),
  finishedAt: z.string(),
});

export const SyncStatusSchema = z.object({
  /** The CouchDB user name of this browser's session; absent when signed out. */
  signedInAs: z.string().max(200).optional(),
  /** The last run that finished without error. */
  lastSync: CountsSchema.extend({ trigger: z.string().max(20) }).optional(),
  /** When the last run, good or bad, ended. */
  lastAttemptAt: z.string().optional(),
  /** The last run's error in plain words; cleared by a run that succeeds. */
  error: z
    .object({
      kind: z.string().max(20),
      message: z.string().max(500),
      at: z.string(),
      retryAt: z.string().optional(),
    })
    .optional(),
  /** Set while a run is under way (a worker stopped mid-run leaves it; the next start clears it). */
  runningSince: z.string().optional(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

/** The stored status; `{}` when none or malformed. */
export async function loadSyncStatus(): Promise<SyncStatus> {
  const parsed = SyncStatusSchema.safeParse((await browser.storage.local.get(KEY))[KEY]);
  return parsed.success ? parsed.data : {};
}

/** Replaces the stored status with `next(current)`. */
export async function updateSyncStatus(next: (current: SyncStatus) => SyncStatus): Promise<SyncStatus> {
  const status = SyncStatusSchema.parse(next(await loadSyncStatus()));
  await browser.storage.local.set({ [KEY]: status });
  return status;
}
